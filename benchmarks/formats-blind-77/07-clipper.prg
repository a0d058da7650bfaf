* seats.prg: seats left for tonight's screening at cinema.example.
* The programme note of the week is kept in these comment lines.
*
* Black Sheep (2006)
*
* Jonathan King wrote and directed this New Zealand comedy, in which genetically
* engineered sheep develop a taste for human flesh, and the joke is exactly as good as it
* sounds for about an hour. Henry Oldfield (Nathan Meister) comes back to the family farm
* after years away, still terrified of sheep after a childhood prank by his brother. The
* brother, Angus (Peter Feeney), has turned the farm into a laboratory and is about to
* show a new breed to investors.
*
* Two hapless animal-rights activists, Experience (Danielle Mason) and Grant (Oliver
* Driver), steal a mutant lamb in a jar, it bites Grant, and soon the hills are full of
* woolly killers and a few people who are turning into sheep themselves. Tammy Davis plays
* Tucker, the farmhand who helps Henry and gets most of the good lines.
*
* The effects, by Weta Workshop, are splendidly gory, and the sheep are better actors than
* some of the humans. King's splatter slapstick takes its tone, and a good deal of its
* rubber, from Peter Jackson's Bad Taste (1987), and perhaps a little from Braindead
* (1992) too. The film does not know how to end, and a scene in a farmhouse kitchen goes
* on too long, but anyone who has stood in a field of sheep and felt watched will enjoy
* it.
*
* Reviewed by Ruairi Castellanos

FUNCTION Main()
   LOCAL nCapacity := 180
   LOCAL nSold := 112

   ? "Seats left:", SeatsLeft( nCapacity, nSold )
   RETURN NIL

FUNCTION SeatsLeft( nCap, nTaken )
   RETURN nCap - nTaken
