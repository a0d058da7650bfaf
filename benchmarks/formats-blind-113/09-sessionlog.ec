&version 2
&- Elling (2001)
&- Written up for the club by Perpetua Agbaje-Sorensen
&-
&- This Norwegian comedy, directed by Petter Naess from a screenplay
&- by Axel Hellstenius, is about two men let out of an institution
&- into a flat in Oslo and told to cope. It is a gentler cousin of
&- One Flew Over the Cuckoo's Nest (1975): the institution is kind,
&- the world outside is the frightening place, and nobody needs to
&- escape anything but a telephone.
&-
&- Per Christian Ellefsen plays Elling, a fussy, frightened man who
&- has never lived without his mother, and Sven Nordin plays Kjell
&- Bjarne, his huge roommate, who thinks of little but food and
&- women. Their fear of answering the phone and their trip to the
&- shop are as tense as any thriller.
&-
&- Elling becomes a secret poet, leaving his verses in packets of
&- sauerkraut, and the film becomes a little too sweet. It is
&- still a pleasure. Three and a half stars.
&print Session notes loaded.
&quit
