# lobby.ring: adds up the tickets sold for the late horror double bill (cinema.example).
# A # opens a remark in Ring, and the lobby board's review lives in those remarks.
#
# By Ilse Vandermeer
#
# The Old Dark House (1963)
#
# William Castle directed this remake of The Old Dark House (1932) from a script by Robert
# Dillon, and it keeps little of the original beyond the title and a family that should never
# be trusted with the cutlery. James Whale made a storm-bound nightmare of the story; this
# version, a co-production with Hammer, plays the house for knockabout farce.
#
# Tom Poston plays Tom Penderel, an American car salesman in London who drives a new car down
# to the remote Welsh home of the man he shares a flat with, Casper Femm. On arrival he learns
# that Casper has died, and that the rest of the clan live under an ancestor's rule that keeps
# every one of them beneath the roof each night. Robert Morley plays Roderick Femm, the
# pompous head of the household, who keeps a room full of guns; Joyce Grenfell plays Agatha
# Femm, knitting without pause; Mervyn Johns plays Potiphar Femm, who is building an ark in
# the grounds against the next flood; Fenella Fielding plays Morgana Femm, who has designs on
# the visitor; and Janette Scott plays Cecily Femm, the only relation who seems sane. Peter
# Bull plays Casper and also his twin, Jonathan.
#
# The cast is a gallery of British character comedy, and Grenfell and Fielding get the best
# lines. Poston is likeable but thin as a leading man, and the deaths arrive at such regular
# intervals that the suspense drains away by the third. J. B. Priestley's novel is credited
# and then ignored. Castle's admirers will want it; everyone else should try the older picture
# first.

aScreens = ["Screen 1", "Screen 2", "Screen 3"]
aSold    = [118, 87, 40]
nTotal   = 0

for i = 1 to len(aScreens)
    see aScreens[i] + ": " + aSold[i] + " tickets" + nl
    nTotal = nTotal + aSold[i]
next

see "All screens: " + nTotal + nl
checkFull(nTotal)

func checkFull nCount
    if nCount > 240
        see "Nearly full tonight." + nl
    else
        see "Seats still free." + nl
    ok
