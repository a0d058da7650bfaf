$! REVIEW.COM
$! Author: Marit Engqvist, Dark Room Journal (darkroomjournal.example.net)
$! Writes review 52771 to SYS$OUTPUT.
$!
$ SET NOON
$ REVIEW_NUMBER = 52771
$ REVIEWER = "Marit Engqvist"
$ OUTLET = "Dark Room Journal"
$ SAY = "WRITE SYS$OUTPUT"
$ SAY "Harakiri, or Seppuku: the ronin who came to die"
$ SAY ""
$ SAY "Masaki Kobayashi directed this 1962 Japanese film, and Shinobu"
$ SAY "Hashimoto wrote it from a novel by Yasuhiko Takiguchi. In 1630 a"
$ SAY "masterless samurai, Tsugumo Hanshiro, played by Tatsuya Nakadai,"
$ SAY "comes to the house of a powerful clan and asks for a corner of the"
$ SAY "courtyard in which to kill himself with honour."
$ SAY ""
$ SAY "Rentaro Mikuni plays Saito Kageyu, the senior retainer who"
$ SAY "receives him and, as a warning, tells him what happened to the"
$ SAY "last ronin who made the same request, a young man named Chijiiwa"
$ SAY "Motome, played by Akira Ishihama. Shima Iwashita is Miho, the wife"
$ SAY "Motome left behind. The story comes out in flashbacks that keep"
$ SAY "overturning the first account, and the film takes that shape"
$ SAY "straight from Rashomon (1950), which Hashimoto had written with"
$ SAY "Akira Kurosawa."
$ SAY ""
$ SAY "Toru Takemitsu wrote the score, all plucked strings and silence."
$ SAY "The last duel, fought in the wind on a grassy hill, is one of the"
$ SAY "great fights in any film. Takashi Miike remade it in 3D in 2011,"
$ SAY "which was brave but unnecessary. Cannes gave Kobayashi its jury"
$ SAY "prize."
$ SAY ""
$ SAY "Reviewed by Marit Engqvist for Dark Room Journal, 30 January 2024."
$ EXIT
