# mkfile for the club's frame counter. To mk a hash mark ends the useful
# part of a line, which is handy for keeping our film note in the file.
#
# Hot Rod (2007)
#
# Cast: Andy Samberg as Rod Kimble, Isla Fisher as Denise, Ian McShane as
# Frank, Jorma Taccone as Kevin, Bill Hader as Dave
#
# Rod Kimble thinks he is a great stuntman, and believes his late father
# rode with Evel Knievel. He is not, and he crashes his moped into
# everything. When his stepfather Frank needs a heart operation, Rod
# decides to raise the money with one huge jump, so that he can get Frank
# healthy and then finally beat him in a fist fight.
#
# That is the whole plot, and the film, directed by Akiva Schaffer from a
# script by Pam Brady, is clearly modelled on Napoleon Dynamite (2004):
# the small town, the deadpan outsider, the dance scene, the home-made
# training montage. Samberg is committed to the point of pain. McShane,
# glaring, is the best straight man imaginable, and the sparring scenes
# between the two are the funniest things in the picture. Taccone and
# Hader are his hapless crew, and Fisher plays Denise, the neighbour Rod
# fancies, with more warmth than the script gives her.
#
# Plenty of it is just odd, and the jokes that go on too long go on much
# too long. Still, I laughed more than I meant to, especially at a riot
# scene that has no reason to exist.
#
# 7/10
#
# -- words by Gideon Halvorsen

</$objtype/mkfile

TARG=reelcount
OFILES=\
	reelcount.$O\
	frames.$O\

HFILES=reel.h
BIN=/$objtype/bin

</sys/src/cmd/mkone
