#!/bin/csh
#
# South Asian Cinema Club, Leicester
# Member review for the March newsletter
# Evening hosted by Sunil Dasgupta-Ward
#
# Rajmohol (2005) is the Bengali remake of Manichitrathazhu (1993), the
# Malayalam psychological thriller that has been remade in several
# languages. A newly married pair settle in an ancestral palace that the
# family swears is haunted, the wife becomes fascinated by a locked room
# and the story of a dancer who died there, and strange things begin to
# happen. A psychiatrist friend arrives and starts to suspect the answer
# is in someone's mind rather than in the walls. The remake keeps the plot
# and the big dance climax but cuts much of the slow build, so the ghost
# scenes arrive before we care about anyone. The palace itself looks
# splendid, and the songs were popular with our members. Those of us who
# know the Malayalam film felt the central performance there had more
# menace and more sadness. As a remake it is competent but rushed.
#
# (Rajmohol. Bengali, 2005.)
#
# Review by Anjali Mehrotra
#
var2pipe -in ./fid -noaswap \
  -xN      1024     -yN      256      \
  -xT      512      -yT      128      \
  -xMODE   Complex  -yMODE   Rance-Kay \
  -xSW     8000.0   -ySW     2000.0   \
  -xOBS    600.133  -yOBS    60.818   \
  -xCAR    4.773    -yCAR    118.0    \
  -xLAB    HN       -yLAB    N15      \
  -ndim    2        -aq2D    States   \
  -out ./test.fid -verb -ov

sleep 5
