# MOOSE input file for the cinema.example projector heat study
# The HIT parser ignores text after a #, so the film note below is not part of the model.
#
# The Computer Wore Tennis Shoes (1995)
#
# Disney remade a good many of its sixties and seventies comedies for television in the
# nineties, and this one goes back to The Computer Wore Tennis Shoes (1969), the Robert Butler
# picture in which a dim student absorbs the contents of a computer after an electric shock.
# That film was followed by two sequels, the second of which, The Strongest Man in the World,
# Vincent McEveety directed, but this new version ignores them and simply starts again.
#
# Kirk Cameron plays Dexter Riley, a lazy student at a small college who becomes a genius
# overnight when a freak accident with a lightning storm and a computer leaves the whole of the
# internet, more or less, inside his head. Soon he is a television quiz champion, the pride of
# his struggling college and the target of crooks who want the information he carries. Larry
# Miller plays the dean, a nervous man who sees Dexter as a way out of the college's money
# troubles, and he is the funniest thing in the film.
#
# Peyton Reed, directing his first feature, keeps it bright and fast, and the quiz-show scenes
# have some energy. But Cameron is an uneasy comedian, and the jokes about computers and modems
# have dated faster than the original's jokes about punch cards.
#
# Reviewed by Alaric Nwachukwu-Brandt
#
[Mesh]
  type = GeneratedMesh
  dim = 2
  nx = 20
  ny = 20
[]

[Variables]
  [./temperature]
  [../]
[]

[Kernels]
  [./diff]
    type = Diffusion
    variable = temperature
  [../]
[]

[Executioner]
  type = Steady
[]
