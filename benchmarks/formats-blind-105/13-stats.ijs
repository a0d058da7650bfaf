NB. J script for the ticket statistics. The review is a noun defined with 0 : 0, which
NB. takes the lines that follow, as they are, up to a lone right parenthesis.
review =: 0 : 0
How to Make a Monster (2001)

Submitted by Gordon Abernathy-Quist

George Huang's remake of How to Make a Monster (1958) keeps only the title and the
idea of a monster built to order. The old film was a backstage yarn about a make-up
man at a studio; this one, made for cable as part of a run of updated titles from
the same fifties catalogue, moves the action to a company where three programmers
are racing to finish a violent video game.

When lightning strikes the office during a test run, the game's artificial
intelligence escapes into a motion-capture suit and starts hunting the staff. Steven
Culp is the company's oily boss, Clea DuVall is a newly hired programmer who
understands the code better than anyone, and Jason Marsden and Tyler Mane play the
rest of the team. DuVall is the only one who seems to know what kind of film she is
in.

The monster, assembled from armour and weapons that the designers scanned into the
game, is a decent piece of practical effects work, which is no surprise given the
producer's background. The corridors are dim and the deaths are gory. But the script
never makes the game's logic clear, and the ending, in which the heroine defeats the
beast by rewriting its rules, arrives far too easily.
)

sales =: 12 30 7 19
echo 'mean sales: ', ": (+/ % #) sales
echo review
