* Free-format MPS model for the desk's blend problem. Solvers skip lines that
* begin with an asterisk, so the review is stored in them.
*
* Hanna (2011)
*
* Notes from Cordelia Featherstonhaugh-Imre
*
* Joe Wright, who until now has made elegant literary adaptations, is an
* unlikely choice for a thriller about a teenage assassin, and perhaps that is
* why this one feels so fresh. The screenplay, by Seth Lochhead and David
* Farr, is a fairy tale in all but name: a girl raised in a forest by a man
* who is not quite her father, a witch in the city who wants her dead, and a
* journey through strange lands in between.
*
* Saoirse Ronan plays Hanna, who has spent her childhood in the Finnish snow
* learning to hunt, fight and recite encyclopaedia entries, and Erik (Eric
* Bana), the former agent who trained her, sends her into the world with one
* task: to kill Marissa Wiegler, played by Cate Blanchett with a soft Southern
* drawl and a fastidious horror of dirt. Tom Hollander turns up as a
* whistling, track-suited killer whom Wiegler hires to finish the job.
*
* Wright borrows the pulse of Run Lola Run (1998) for the chases, cutting them
* to a thumping electronic score, and the set pieces, above all a single long
* take in which Bana fights four men in a subway station, are thrilling. The
* last act is weaker than the first, but Ronan, pale and unblinking, is
* extraordinary.
NAME BLEND
ROWS
 N COST
 G PROTEIN
 L FAT
COLUMNS
    OATS COST 2.0 PROTEIN 4.0
    OATS FAT 1.0
    BRAN COST 3.0 PROTEIN 6.0
    BRAN FAT 0.5
RHS
    RHS PROTEIN 12.0 FAT 3.0
BOUNDS
 UP BND OATS 4.0
ENDATA
