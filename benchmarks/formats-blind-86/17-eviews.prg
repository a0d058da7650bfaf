' boxoffice.prg: EViews program for the weekly ticket figures (cinema.example).
' The week's programme note is kept in these comment lines.
'
' Searching for Bobby Fischer (1993)
'
' Steven Zaillian wrote and directed this quiet, intelligent American film about a boy who
' is very good at chess, and it is far better than that description makes it sound. It is
' based on a book by the boy's father.
'
' Max Pomeranc plays Josh Waitzkin, a seven-year-old in New York who learns chess by
' watching the hustlers in Washington Square Park and turns out to have a gift for it. Joe
' Mantegna is Fred Waitzkin, his father, a sportswriter who is thrilled and then a little
' too thrilled. Joan Allen plays Bonnie Waitzkin, his mother, who cares more that her son
' is kind than that he wins. Ben Kingsley is Bruce Pandolfini, the strict teacher who
' wants Josh to play like the great American champion who vanished from the game, and
' Laurence Fishburne plays Vinnie, the park hustler who teaches him to attack and to trust
' his hands.
'
' Bobby Fischer himself appears only in old newsreel, as a ghost of what genius can cost,
' and the film never pretends to tell his story. Pomeranc is a natural, and the scenes
' between Mantegna and Allen about what they owe their son are the best in the picture.
' Conrad Hall's photography makes even a school hall full of children bent over boards
' look like a battlefield.
'
' The final tournament is as tense as any sports film I know. This is a rare family
' picture that treats children as people.
'
' Written by Cosmo Attwater

wfcreate(wf=boxoffice) u 100
series sold = @round(rnd*120)
scalar total = @sum(sold)
scalar busiest = @max(sold)
show sold
