* lobby.ctl: GrADS descriptor for the weather panel on the lobby screen (cinema.example).
* GrADS skips lines that open with an asterisk, so the note rides along at the top.
*
* Reviewed by Philippa Starling
*
* The Cat and the Canary (1979)
*
* Radley Metzger wrote and directed this British remake of The Cat and the Canary (1927),
* reaching back past the Bob Hope version to Paul Leni's silent film and John Willard's old
* stage play. The result is a determined, handsome and slightly stiff exercise in the
* haunted-mansion manner.
*
* It is 1934. Twenty years after the death of the millionaire Cyrus West, his surviving
* relations are summoned to his gloomy house on a stormy night to hear his will, which he has
* recorded on film; Wilfrid Hyde-White plays West, leering down at them from a screen. The
* fortune goes to Annabelle West, played by Carol Lynley, on condition that she is proved sane.
* Then a warder from the nearby asylum, Hendricks, played by Edward Fox, arrives to announce
* that a lunatic called the Cat has escaped and is loose in the grounds. Wendy Hiller plays
* Allison Crosby, the family solicitor; Honor Blackman plays Susan Sillsby; Michael Callan plays
* Paul Jones, the nervous cousin; Olivia Hussey plays Cicily Young; Daniel Massey plays Harry
* Blythe; Peter McEnery plays Charlie Wilder; and Beatrix Lehmann plays Mrs. Pleasant, the
* housekeeper.
*
* The cast is a luxury, and Fox, goggle-eyed and stammering, steals every scene he enters.
* Metzger stages the sliding panels, groping hands and sudden screams with care, and the period
* design is lovely. What is missing is pace and wit; the jokes arrive late, and the unmasking of
* the killer is oddly limp.

DSET ^lobby_temp.dat
TITLE Hourly air temperature outside the front doors
UNDEF -9999.0
XDEF 1 LINEAR 0.0 1.0
YDEF 1 LINEAR 51.5 1.0
ZDEF 1 LEVELS 1000
TDEF 24 LINEAR 00Z01JAN2024 1hr
VARS 1
temp 0 99 air temperature in degrees C
ENDVARS
