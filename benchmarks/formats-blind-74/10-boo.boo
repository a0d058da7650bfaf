# seats.boo -- seats left per screen for the foyer board.
# The week's programme note is kept at the top, as in every booth file.
#
# Reviewed by Lucasta Pembury
#
# Arthur (2011)
#
# Jason Winer directed this remake of Steve Gordon's Arthur (1981), and Peter Baynham wrote the
# new screenplay. It is not a disgrace, but it is hard to see why it was made.
#
# Russell Brand plays Arthur Bach, the drunken heir to a New York fortune, who spends his days
# in costume, his nights in trouble and his money on anything that shines. His mother, tired of
# the headlines, tells him that he will lose his inheritance unless he marries Susan Johnson
# (Jennifer Garner), a ruthless executive with a ruthless father, played by Nick Nolte. In the
# same week Arthur meets Naomi (Greta Gerwig), who gives unlicensed tours of Grand Central
# Station and hopes to write children's books.
#
# The great change is to Hobson, the butler played by John Gielgud in the first film. Here
# Hobson is a nanny, played by Helen Mirren, who has looked after Arthur since he was a child
# and who still dresses him, scolds him and loves him. Mirren gives the film its few moments of
# real feeling, and her scenes with Brand in a hospital are quietly moving. Luis Guzman plays
# Bitterman, the chauffeur, with a sad face.
#
# Brand is quick and sometimes funny, but Dudley Moore's Arthur was a child who had never grown
# up, and Brand's seems a grown man who is merely pleased with himself. Gerwig is charming and
# under-used, and Garner is stuck with a villain who has no jokes. The film is long, loud and
# only fitfully sweet.
#

namespace Booth

import System

def seats_left(total as int, sold as int) as int:
    return total - sold

def label(left as int) as string:
    if left < 20:
        return "nearly full"
    return "seats available"

left = seats_left(180, 122)
print "Screen two: ${left} (${label(left)})"
