// RTcmix score for the foyer chime. MINC ignores text after two slashes, so the
// review has been written into these remarks.
//
// Black Dynamite (2009)
//
// Column by Thaddeus Okonkwo-Verhoeven
//
// Scott Sanders directed this deadpan pastiche, which Michael Jai White co-
// wrote with Byron Minns and Sanders himself, and it takes its swagger, its
// wah-wah guitars and its leather coats straight from Shaft (1971). The twist
// is that the makers have also reproduced the mistakes of the cheaper
// imitations that followed it: boom microphones dipping into the frame, actors
// reading their stage directions aloud, a fight in which the stuntman is
// plainly somebody else.
//
// White plays Black Dynamite, a former CIA man and kung fu master whose
// brother is murdered by drug dealers, and who discovers, as he fights his way
// up the chain, that the heroin in the orphanages is only one part of a far
// larger plot. Salli Richardson-Whitfield plays Gloria, the community
// organiser he falls for, and Tommy Davidson is Cream Corn, a pimp with a fine
// line in rhyming excuses.
//
// The joke could have worn thin within twenty minutes, and now and then it
// nearly does, but White plays every absurdity with total conviction, and the
// finale, which I shan't describe except to say that it goes somewhere nobody
// could predict, is inspired lunacy.

rtsetparams(44100, 2)
load("WAVETABLE")
wave = maketable("wave", 1000, "sine")
env = maketable("line", 1000, 0,0, 1,1, 9,0)
for (start = 0; start < 4; start = start + 0.5) {
    WAVETABLE(start, 0.4, 20000 * env, cpspch(8.00), 0.5, wave)
}
