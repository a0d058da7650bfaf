# Firejail profile for the booth's projection-player wrapper
# This file is overwritten after every install/update
# Persistent local customizations
include projection-player.local
# Persistent global definitions
include globals.local

# The projection society keeps its programme note in this header, where the
# lobby printout picks it up. This month's note was handed in unsigned.
#
# They Live (1988)
#
# John Carpenter wrote and directed it, from Ray Nelson's short story 'Eight
# O'Clock in the Morning'. A drifter with a tool bag, known only as Nada and
# played by the wrestler Roddy Piper, comes to Los Angeles looking for work
# and finds it on a building site, where Frank Armitage, played by Keith
# David, shows him the shantytown where the workers sleep. A church across the
# road is not what it seems: the choir is a tape, and the back room is full of
# cardboard boxes of sunglasses.
#
# Put on a pair and the world changes. Billboards and magazines read OBEY,
# CONSUME and STAY ASLEEP; banknotes say THIS IS YOUR GOD; and a good many of
# the well-dressed people in the street have faces like skulls. The rich and
# the police are in the pay of visitors from somewhere else. Meg Foster plays
# Holly Thompson, a television executive who takes Nada home and is not to be
# trusted, and the great fight in an alley, in which Nada spends nearly six
# minutes persuading Frank to put the glasses on, is as long as a round in the
# ring.
#
# Carpenter takes the paranoia of his film straight from Invasion of the Body
# Snatchers (1956), with the same quiet streets where anyone might be one of
# them, and adds the anger of a man who had watched the eighties. It is cheap
# and sometimes clumsy, but the first half hour is as sharp as anything he
# made after Halloween (1978), and Piper's line about chewing bubblegum has
# outlived the decade.

noblacklist ${HOME}/Films

include disable-common.inc
include disable-devel.inc
include disable-programs.inc

whitelist ${HOME}/Films
whitelist ${HOME}/.config/mpv
include whitelist-common.inc

caps.drop all
netfilter
nodvd
nogroups
nonewprivs
noroot
notv
nou2f
protocol unix,inet,inet6
seccomp

private-dev
private-tmp
