/ q script for the weekly ticket sales at cinema.example.
/ The programme note of the week is kept in these comment lines.

/ This note came unsigned.

/ Frost/Nixon (2008)

/ Ron Howard directed Frost/Nixon, and Peter Morgan adapted his own stage play about the
/ television interviews that the British talk-show host David Frost recorded with Richard
/ Nixon in 1977, three years after the resignation. It plays like a boxing picture with
/ armchairs, and it owes a good deal to All the President's Men (1976), from the
/ researchers hunched over transcripts to the sense that history can turn on a single
/ admission.

/ Michael Sheen is Frost, a charming lightweight with a stalled career who gambles his own
/ money on the project, and Frank Langella, who played the part on stage, is Nixon:
/ hunched, shrewd, funny and very lonely. Nixon's chief of staff, Jack Brennan (Kevin
/ Bacon), guards him fiercely. Frost's team is his producer John Birt (Matthew Macfadyen)
/ and two researchers, Bob Zelnick (Oliver Platt) and the furious James Reston Jr. (Sam
/ Rockwell), who wants Nixon put on trial at last. Rebecca Hall plays Caroline Cushing,
/ Frost's girlfriend, and Toby Jones is the agent Swifty Lazar.

/ For three sessions Nixon runs rings round his interviewer. Then comes a late-night
/ telephone call, invented for the play, in which a drunken Nixon tells Frost what they
/ have in common, and the last session turns into something else.

/ Howard's staging is plain and the mock documentary interviews add little, but Langella's
/ final close-up, when the mask slips, is worth the whole film.

sales:([] day:`mon`tue`wed`thu`fri`sat`sun; screen:1 2 1 3 2 1 2; tickets:112 98 131 140 187 244 203)
byscreen:select sum tickets by screen from sales
best:first exec day from `tickets xdesc sales
show byscreen
