#!/bin/csh -f
# Man Bites Dog (1992)
# by Thaddeus Nakagawa-Pryce
#
# Remy Belvaux, Andre Bonzel and Benoit Poelvoorde made this Belgian
# black comedy as students, wrote it together, and shot it in black
# and white on almost no money. A film crew follows a cheerful
# serial killer around for a documentary, and little by little the
# crew start helping.
#
# It takes its deadpan interview manner from This Is Spinal Tap
# (1984), and then turns the joke on the audience: we laugh at Ben's
# poems and his opinions on architecture, and then we watch what he
# does to a family at night.
#
# Poelvoorde plays Ben, the killer, and he is a monstrous comic
# creation, vain, generous to his friends and never quiet. Belvaux
# plays Remy, the director of the documentary, who soon stops
# asking questions.
#
# Hard to watch, hard to forget. Three and a half stars.
#
refmac5 HKLIN native.mtz XYZIN model.pdb XYZOUT refined.pdb << eof
TITLE  first refinement of the native data
LABIN  FP=F SIGFP=SIGF FREE=FreeR_flag
NCYC   10
END
eof
