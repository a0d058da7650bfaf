* Film club algebra exercise, week 9.
*
* Labyrinth (1986)
* Written up by Esme Kowalczyk-Brandt
*
* Jim Henson's fantasy owes a great deal to Victor Fleming's The Wizard
* of Oz (1939): a restless teenage girl is carried into a strange land,
* gathers a band of odd companions and learns to value the home she
* wanted to escape. Here the girl wishes her baby half-brother away to
* the goblins, and has thirteen hours to win him back by finding her way
* through a vast maze.
*
* Jennifer Connelly is a little stiff as Sarah, but she was very young
* and carries the film well enough. David Bowie, as Jareth, the Goblin
* King, wears tight trousers and an enormous wig, sings several songs
* and seems to be having a wonderful time. The creatures are the real
* stars, from a tiny, polite worm to a huge, gentle beast called Ludo.
*
* Terry Jones wrote the screenplay, and a few of his Python jokes sneak
* in. The masked ballroom dream and the room of impossible staircases
* are gorgeous, and the Bog of Eternal Stench is as disgusting as it
* sounds. Children should adore it, and grown-ups will find plenty to
* admire.
*
* Cast: Jennifer Connelly (Sarah), David Bowie (Jareth), Toby Froud
* (Toby)
*
* Four stars.

Symbols x, y;
Local F = (x + y)^3;
Print;
.end
