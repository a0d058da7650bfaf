$( seats.mm -- a toy Metamath database for the booth: one axiom, one theorem.
   The week's programme note is kept in this header comment.

   Unknown (2011)

   Jaume Collet-Serra directed this thriller from a screenplay by Oliver Butcher and Stephen
   Cornwell, and it takes its frame from Roman Polanski's Frantic (1988): an American doctor
   in a European capital, a wife who is suddenly out of reach, and police who will not
   listen.

   Liam Neeson plays Dr. Martin Harris, a botanist who arrives in Berlin for a conference
   with his wife Elizabeth (January Jones). He leaves a case at the airport, takes a taxi
   back for it, and the taxi goes off a bridge into the river. He wakes from a coma four
   days later, goes to the hotel, and finds that his wife does not know him, and that
   another man (Aidan Quinn) is Martin Harris.

   Diane Kruger plays Gina, the taxi driver who pulled him out of the water, a Bosnian
   without papers. Bruno Ganz is Ernst Jurgen, a former Stasi officer who now finds people
   for money, and Frank Langella is Rodney Cole, an old colleague who flies in to help.

   Neeson is excellent at bewilderment turning to anger, and Ganz, in two scenes, is superb.
   The twist, when it comes, is cleverer than expected and sillier than it needs to be. The
   car chases through the city are loud, the winter light is lovely, and the whole thing is
   a good airport novel of a film.

   Reviewed by Jasper Okonjo-Fell $)

$( Constants and variables $)
  $c seat |- free taken $.
  $v s $.
  vs $f seat s $.

$( Every seat that is not taken is free $)
  ax-free $a |- free s $.

$( A theorem, proved from the axiom $)
  th-free $p |- free s $=
    vs ax-free $.
