(* Seats.m3 -- prints the seats left in the small screen. The week's
   programme note is kept in this header comment, as in every booth file.

   The Way Way Back (2013)

   Nat Faxon and Jim Rash, who had shared an Oscar for adapting The Descendants (2011),
   wrote and directed this summer comedy, and both turn up in it, Faxon as Roddy and Rash as
   Lewis, two of the staff at a water park who do very little work.

   Liam James plays Duncan, a silent fourteen-year-old spending the summer at a beach house
   with his mother Pam (Toni Collette), her boyfriend Trent (Steve Carell), and Trent's
   daughter. Trent opens the film by asking Duncan to rate himself on a scale of one to ten,
   and answers for him: a three. Next door lives Betty, played by Allison Janney, who drinks
   and talks without a pause, and her daughter Susanna (AnnaSophia Robb), who is kind to
   Duncan.

   Duncan escapes on a borrowed bicycle to the Water Wizz park, where the manager, Owen (Sam
   Rockwell), a grown man who has never grown up, gives him a job and, without making a
   speech about it, a sense of himself. Maya Rudolph is Caitlin, Owen's exasperated
   colleague.

   Rockwell is wonderful, funny and careless and kind, and Carell, playing against his usual
   warmth, is quietly horrible. The film is soft in places, and some of its jokes are aimed
   at people who remember the eighties. But the last drive out of town, and a slide that
   nobody has ever dared, are earned.

   Clementine Roux-Baptiste *)

MODULE Seats EXPORTS Main;

IMPORT IO, Fmt;

CONST Capacity = 120;

VAR sold := 97;

PROCEDURE Left (capacity, taken: INTEGER): INTEGER =
  BEGIN
    RETURN MAX (0, capacity - taken);
  END Left;

BEGIN
  IO.Put ("Seats left: " & Fmt.Int (Left (Capacity, sold)) & "\n");
END Seats.
