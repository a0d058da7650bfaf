--## tpp slides for the lobby screen between shows (cinema.example).
--## The programme note of the week is on the slides below.
--bgcolor black
--fgcolor white
--title Programme note of the week
--author Review by Lucinda Farrow
--date today
--newpage note
--heading Critters (1986)

Stephen Herek's first feature arrived two years after Gremlins (1984) and
plainly takes its cue from that film: small, furry, ravenous creatures
descend on a farm in Kansas and eat whatever they can catch, with jokes
between the bites. Herek wrote it with Domonic Muir, and it is cheaper,
cruder and in a few places funnier than its model.

---
The creatures are the Krites, escaped prisoners from an asteroid jail, and
they roll across the fields like balls of hair with teeth. Two shape-
changing bounty hunters follow them to Earth, and one of them takes the face
of a rock singer he sees on television, which is the film's best running
gag; Terrence Mann plays Johnny Steele, the singer. Dee Wallace plays Helen
Brown, the farmer's wife, and Billy Green Bush is her husband, Jay. Scott
Grimes is their son, Brad, the boy with the firecrackers who is the only one
to see the danger at first, and Nadine Van der Velde is his sister, April.
M. Emmet Walsh plays Harv, the town sheriff, and Don Opper is Charlie
McFadden, the drunken mechanic who says the fillings in his teeth pick up
messages from space.

---
It is a short film and a busy one, and the Krites, who talk to each other in
subtitles, are more fun than the humans. The sequels that followed are best
forgotten.

--newpage end
--center Doors open half an hour before the late show
--horline
