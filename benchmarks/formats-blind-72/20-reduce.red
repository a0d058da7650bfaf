% seats.red -- REDUCE script that works out the seats left in each screen.
% The programme note is kept at the top, as on every script the booth keeps.
%
% Papillon (2017)
%
% Michael Noer's remake of Franklin J. Schaffner's Papillon (1973) goes back to
% Henri Charriere's books, and Aaron Guzikowski's screenplay adds a prologue in
% Paris in 1931, where Charriere is a safecracker with a girlfriend and money in
% his pockets, before he is framed for the murder of a pimp and shipped to the
% penal colony in French Guiana.
%
% Charlie Hunnam plays Charriere, called Papillon for the butterfly tattooed on
% his chest. Eve Hewson is Nenette, the girlfriend he leaves behind. On the
% prison ship he makes a deal with Louis Dega (Rami Malek), a rich and
% frightened forger: protection in return for money for an escape. Roland Moller
% plays Celier, a fellow convict, and Yorick van Wageningen is Warden Barrot,
% who promises that every escape will be paid for in solitary.
%
% The middle of the film, two long stretches in the dark, silent cells of the
% solitary block, is the strongest thing in it, and Hunnam, gaunt and stubborn,
% makes you feel every day of them. Malek is fine but seems to be playing a man
% in a different and more interesting film.
%
% Steve McQueen and Dustin Hoffman made the story a legend, and Dalton Trumbo's
% old screenplay gave it wit. The new version is handsome, earnest and rather
% flat, and it ends, like the first, on a cliff with a sack of coconuts.
%
% Marisol Cranleigh

procedure seatsleft(total, sold);
   if sold > total then 0 else total - sold;

write "screen one: ", seatsleft(240, 187);
write "screen two: ", seatsleft(120, 64);

end;
