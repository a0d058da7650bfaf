# poster.pml: renders the science club's protein poster for the lobby (cinema.example).
# PyMOL skips lines that begin with #, so the club's film note sits at the top.
#
# Reviewed by Casimir Olabode
#
# Retribution (2023)
#
# Nimrod Antal directed this remake of Retribution (2015), the Spanish thriller released at home
# as El desconocido, in which a banker driving his children to school receives a phone call
# telling him there is a bomb under his seat. The new version keeps that premise and nearly
# every turn of the plot, and moves the whole thing from A Coruna to Berlin.
#
# Liam Neeson plays Matt Turner, an American investment banker who has been too busy to notice
# his family. Jack Champion and Lilly Aspell play his children, Zach and Emily, who sit in the
# back bickering until they realise what is happening. Embeth Davidtz plays Heather, his wife,
# and Noma Dumezweni plays Angela Brickmann, the Europol officer who comes to believe that Matt
# himself is the bomber. Matthew Modine plays Anders, Matt's colleague and friend, whose fate
# early on shows that the caller is serious.
#
# Neeson does a good line in panic, and the cramped space of the car is used cleverly for the
# first half hour. After that, the film runs out of road. The villain's motive is a muddle about
# bad investments, the police are idiots, and the last act collapses into shouting. Luis Tosar
# did all of this better in the original, with less money and more sweat. It is watchable and
# forgettable in equal measure, another late entry in its star's long cycle of angry fathers.

reinitialize
load 1ubq.pdb, ubq
hide everything
show cartoon, ubq
color skyblue, ubq and ss h
color salmon, ubq and ss s
show sticks, ubq and resn LYS
set cartoon_transparency, 0.2
bg_color white
orient ubq
set ray_opaque_background, 0
png ubq_poster.png, width=2400, height=1800, dpi=300, ray=1
