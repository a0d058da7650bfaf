%------------------------------------------------------------------------------
% File     : BOOTH001+1 : screen two has seats
% Domain   : Cinema
% English  : An open screen has seats; screen two is open.
%
% Note by Halvard Quist: the programme note of the week.
%
% Matchstick Men (2003)
%
% Ridley Scott, better known for the scale of Alien (1979) and Gladiator (2000), made this
% small, tricky comedy from a screenplay by Nicholas Griffin and Ted Griffin, who adapted Eric
% Garcia's novel. Its middle stretch borrows the heart of Peter Bogdanovich's Paper Moon (1973):
% a con man on the road with a girl who may be his daughter and who turns out to be better at
% the game than he is.
%
% Nicolas Cage plays Roy Waller, a small-time swindler in Los Angeles who sells overpriced water
% filters over the telephone and suffers from so many tics and fears that he cannot open his own
% front door without counting. When his pills run out, his partner Frank Mercer (Sam Rockwell)
% sends him to a psychiatrist, Dr. Harris Klein (Bruce Altman), and the doctor learns that Roy
% has a teenage daughter he has never met.
%
% Alison Lohman plays the girl, Angela, who arrives chewing gum and asking questions, and who
% wants to learn the trade. Roy teaches her, against his own rules, and for a few happy scenes,
% one of them a little swindle she works alone in a laundrette, the two become a family. Bruce
% McGill is the mark for the big job Frank has planned.
%
% Cage is at his most nervous and funny, and Lohman, who was a grown woman playing a schoolgirl,
% is remarkable. The final twist will divide viewers: it is clever, and it is also cruel.
%------------------------------------------------------------------------------
fof(screen_two_open, axiom, open(screen_two)).
fof(open_has_seats, axiom, ![S]: (open(S) => has_seats(S))).
fof(seats_sold_out, axiom, ![S]: (sold_out(S) => ~ has_seats(S))).
fof(screen_two_has_seats, conjecture, has_seats(screen_two)).
%------------------------------------------------------------------------------
