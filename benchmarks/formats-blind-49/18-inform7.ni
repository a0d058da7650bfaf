"Silent Reel" by Esme Kovalenko

The story headline is "A film review in one room".
The story genre is "Criticism".
The release number is 1.
The story creation year is 2024.

Chapter 1 - The Screening Room

The Screening Room is a room. "Rows of folding chairs face a blank screen. A reel can sits on the projector table."

The reel can is a thing in the Screening Room. The description of the reel can is "Someone has taped a typed review to the lid. Type READ REVIEW to read it."

Chapter 2 - The Review

Table of Review Lines
part	passage
1	"The Artist (2011) is a French film that is silent, black and white,"
1	"shot in the square old frame and set in Hollywood between 1927 and"
1	"1932. Michel Hazanavicius wrote and directed it, and it is a better"
1	"idea than a film, though a charming one."
2	"Jean Dujardin plays George Valentin, a silent-era swashbuckler with a"
2	"Douglas Fairbanks grin and a performing dog. Berenice Bejo is Peppy"
2	"Miller, an extra who bumps into him at a premiere, gets a beauty spot"
2	"from him and becomes a star of the talkies just as he refuses to"
2	"speak. John Goodman plays Al Zimmer, the cigar-chewing studio boss,"
2	"James Cromwell is Clifton, the chauffeur who stays loyal after the"
2	"money runs out, and Penelope Ann Miller is George's bored wife Doris."
3	"The story of one career going up while the other crashes is borrowed"
3	"from A Star Is Born (1937), the William Wellman version, with the"
3	"drink replaced by pride. People also mention Sunset Boulevard, but the"
3	"link is only a ruined star with a loyal servant, and I do not count"
3	"it. Dujardin and Bejo had worked together before in the OSS 117 spy"
3	"spoofs; they dance like old partners."
4	"It won the big Oscars and has been half forgotten since. The one"
4	"sequence with sound, a nightmare in which George hears everything"
4	"except himself, is worth seeing it for."
5	"Esme Kovalenko"

Reading the review is an action applying to nothing. Understand "read review" as reading the review.

Carry out reading the review:
	repeat through the Table of Review Lines:
		say "[passage entry][line break]".
