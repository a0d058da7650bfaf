\* Usher.tla: a model of the late-show door rota (cinema.example).
\* SANY and TLC skip anything after backslash-star, so the review was written there.
\*
\* Brassed Off (1996)
\*
\* Mark Herman wrote and directed this British comedy about a colliery brass band in a Yorkshire
\* mining town in 1992, the year the government decided that most of the country's pits should
\* close. The band is invented, but it is modelled on a real one, Grimethorpe, whose players
\* perform the music on the soundtrack.
\*
\* Pete Postlethwaite plays Danny, the band's ailing conductor, who believes that music matters
\* more than anything, even while his men are voting on whether to take redundancy money and let
\* the pit go. Ewan McGregor plays Andy, a young horn player and miner, and Tara Fitzgerald
\* plays Gloria, a girl he grew up with who has come back to town to play flugelhorn with the
\* band and, as it turns out, to write a report for the mine's owners on whether the colliery
\* has a future. Stephen Tompkinson plays Phil, Danny's son, a trombonist sunk in debt who
\* moonlights as a clown at children's parties, and Jim Carter plays Harry, one of the older
\* players.
\*
\* The film is angry and funny in roughly equal measure, and it works best when it lets the two
\* moods wrestle. Tompkinson's scenes as the clown, who finally loses his temper at a church
\* party, are painful and hilarious at once. McGregor, fresh from Trainspotting, is good in a
\* quieter part, and Postlethwaite gives one of his finest performances. The closing speech at
\* the Royal Albert Hall is pure sermon, but by then the film has earned it.
\*
\* Written by Clemency Oduya

---------------------------- MODULE Usher ----------------------------
EXTENDS Naturals

CONSTANT Capacity
VARIABLE seated

Init == seated = 0

Enter == /\ seated < Capacity
         /\ seated' = seated + 1

Leave == /\ seated > 0
         /\ seated' = seated - 1

Next == Enter \/ Leave

Spec == Init /\ [][Next]_seated

TypeOK == seated \in 0..Capacity
=======================================================================
