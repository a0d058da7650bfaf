HAI 1.2
BTW tally.lol: counts the matinee ticket stubs for the lobby game night (cinema.example)
BTW the interpreter skips BTW lines and multi-line comment blocks, so the review is one
OBTW
Reviewed by Ludmila Varga

Halloween (2007)

Rob Zombie wrote and directed this American remake of Halloween (1978), and the surprise is
how much of its first half is new. Before we reach the night of the murders, Zombie spends
the best part of an hour on the childhood of Michael Myers, in a squalid house in
Haddonfield, Illinois.

Daeg Faerch plays the young Michael, a ten-year-old who tortures animals, is bullied at
school and lives with a mother who dances in a strip club, a drunken stepfather and a cruel
older sister. Sheri Moon Zombie plays Deborah Myers, the mother, who loves him and cannot
help him. After he murders most of the household, Michael spends many years in a sanatorium
in the care of Dr. Samuel Loomis, played by Malcolm McDowell, who records their sessions,
writes a book about him and slowly gives up. Tyler Mane plays Michael as a grown man, huge
and silent, who escapes and comes home to look for his baby sister. Scout Taylor-Compton
plays Laurie Strode, that sister, now a teenager with no idea who she is. Brad Dourif plays
Sheriff Lee Brackett, and Danielle Harris plays his daughter Annie, Laurie's friend.

The first half has a grim energy, and young Faerch is genuinely unsettling. The second half
is a hurried retelling of the old story with louder killings, and it feels rushed and tired.
Zombie's love of grime and cruelty swamps any suspense, and Loomis, who ought to be the
film's conscience, is left with little to do but shout. A sequel followed two years later.
TLDR
CAN HAS STDIO?
I HAS A STUBS ITZ 0
IM IN YR TALLY UPPIN YR STUB TIL BOTH SAEM STUB AN 12
  STUBS R SUM OF STUBS AN 1
IM OUTTA YR TALLY
VISIBLE "STUBS: " STUBS
KTHXBYE
