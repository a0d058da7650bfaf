# The club's readme, in RD. The formatter drops lines led by a hash mark;
# the notice itself runs from the begin line to the end line.

=begin

= Harry Brown (2009)

Harry Brown is a British vigilante thriller in the mould of Death
Wish (1974), Michael Winner's film about a mild man who takes up a
gun, and it has much the same mixture of anger and cheap
satisfaction. Daniel Barber directed it from a script by Gary Young,
and he sets it on a crumbling south London estate where the underpass
belongs to teenage dealers and the police seem to have given up.

Michael Caine plays Harry Brown, a widowed former marine whose only
friend, Leonard, is murdered by the gang. David Bradley plays Leonard
in a few short, sad scenes over a chessboard. As Alice Frampton, the
detective who suspects what Harry is up to, Emily Mortimer is sharp
but underused, and Ben Drew, better known for his music, is
frightening as Noel, one of the gang.

Caine, who played a very different sort of avenger in Get Carter, is
magnificent: slow, short of breath, utterly convincing when his hands
shake. The film around him is less sure. It paints the estate's young
people as a plague, and its climax, a riot staged like a battle, is
both overwrought and oddly comforting. Caine makes it worth the trip
all the same.

Three stars.

Fergus Adeyemi-Clarke wrote this for the club.

=end
