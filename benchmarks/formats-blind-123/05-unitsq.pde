# poisson.pde  -- NGSolve: Poisson problem on the unit square, P3 elements
#
# Hollis Brandt -- film diary, vol. 6
#
# 14.07 Branded to Kill next, borrowed the disc from Sam.
#
# 16.07 Tokyo Drifter (1966). Seijun Suzuki was told to make a routine
# gangster picture and made a pop-art musical instead. Tetsuya Watari is
# Tetsu, the loyal hood who goes on the road when his boss sells him
# out, and he keeps singing the theme song while people shoot at him.
# Whole sets change colour in the middle of a scene; a nightclub fight
# turns into slapstick. It borrows from West Side Story openly, the
# finger-snapping gangs and the stylised brawls, and the white final set
# is pure stage musical. Ridiculous and wonderful.
#
# 19.07 Singin' in the Rain with the kids. They clapped.
#
# 20.07 The Umbrellas of Cherbourg, colour for colour's sake, in a good
# way.
#
geometry = square.in2d
mesh = square.vol

define constant heapsize = 1e7

define fespace v -type=h1ho -order=3 -dirichlet=[1,2]
define gridfunction u -fespace=v -nested

define bilinearform a -fespace=v -symmetric
laplace 1

define linearform f -fespace=v
source 1

define preconditioner c -type=multigrid -bilinearform=a -smoothingsteps=3

numproc bvp np1 -bilinearform=a -linearform=f -gridfunction=u -preconditioner=c -maxsteps=1000
