% Turing program for the marquee. Percent lines are remarks to Turing, and the
% review is kept in them.
%
% The Arena (2001)
%
% Text by Carmela Rourke
%
% Cast: Karina Lombard, Lisa Dergan
%
% Roger Corman has never let a profitable idea stay buried, and this remake of The Arena
% (1974), the women-gladiators picture Steve Carver made for him in Italy, is proof.
% What makes it a curiosity is the director: Timur Bekmambetov, a few years before his
% vampire epics made him famous at home and in Hollywood, shooting on leftover sets with
% a cast of models and a schedule measured in days.
%
% The plot is the same as before. Roman soldiers raid a northern village, carry off its
% young women and sell them to a provincial governor who needs fresh entertainment for
% his bored garrison. Karina Lombard plays the proud captive who leads the others in
% revolt, and Lisa Dergan is the fellow slave who at first wants only to survive. Both
% look fine in the costumes, and neither is given lines worth saying.
%
% Bekmambetov cannot do much about the script, but he can move a camera, and the fight
% scenes have a whirling energy the rest of the film lacks. The arena itself is plainly
% a plywood ring, and the crowd is perhaps forty extras shouting on a loop. It is
% exploitation, cheerfully unashamed of itself, and for about ten minutes in the middle
% it is a good deal livelier than it deserves to be.

put "Marquee ready"
