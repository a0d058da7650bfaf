// ANTLR grammar for the showtimes board (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Review by Lorcan Tiwari-Blythe
//
// The Shadow (1994)
//
// Russell Mulcahy directed this pulp adventure from a screenplay by David Koepp, based on the
// radio and magazine hero of the thirties, and it is handsome to look at and empty at the
// core. It models its whole look, the black skyline, the gothic towers and the brooding hero
// in a cape, on Batman (1989), and comes off second best.
//
// Alec Baldwin plays Lamont Cranston, a playboy with a past as an opium warlord in Tibet, who
// has been taught to cloud men's minds and now fights crime in New York as the Shadow. Baldwin
// is smooth and witty, but he never seems haunted. John Lone plays Shiwan Khan, the last
// descendant of Genghis Khan, who arrives in Manhattan by sarcophagus, and he has a lovely dry
// menace. Penelope Ann Miller plays Margo Lane, a telepathic socialite, and Ian McKellen is
// her father, Reinhardt Lane, an absent-minded scientist building a bomb. Tim Curry is Farley
// Claymore, a traitorous colleague, and Peter Boyle plays Moe Shrevnitz, the cab driver who
// works as one of the Shadow's agents.
//
// The sets are grand and the hotel that appears from nowhere is a wonderful effect. But the
// plot is muddled, the action is clumsy, and there is no real sense of danger. Anyone who grew
// up on the old radio broadcasts will find little of their eeriness here. It is a good-looking
// film that never finds a reason to exist.

grammar Showtimes;

schedule : showing+ EOF ;
showing  : TIME TITLE SCREEN? ;

TIME     : [0-2][0-9] ':' [0-5][0-9] ;
TITLE    : '"' ~'"'* '"' ;
SCREEN   : 'screen' [ ]+ [0-9]+ ;
WS       : [ \t\r\n]+ -> skip ;
