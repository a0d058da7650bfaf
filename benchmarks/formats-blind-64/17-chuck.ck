// chime.ck: the intermission chime for screen 2 at the Quarry Lane cinema.
// The film club's review of the week rides along in the header.
//
// Funny Games (2007)
//
// Michael Haneke wrote and directed this shot-for-shot remake of his own Funny
// Games (1997), the Austrian film in which two polite young men in white
// gloves take a family hostage at their lake house. He has moved it to Long
// Island and made it in English with American and British stars, and he has
// changed almost nothing else, down to the position of the furniture.
//
// Naomi Watts plays Ann, the mother, who opens the door to a young man asking
// to borrow some eggs for a neighbour. Michael Pitt plays Paul, the smiling
// leader, and Brady Corbet plays Peter, the soft, clumsy one, and they break
// the eggs, then a phone, then the father's leg. Tim Roth plays George, that
// father, who spends most of the film on the floor, and Devon Gearhart plays
// their son, Georgie.
//
// Haneke's point is that we watch this sort of thing for fun, so Paul turns to
// the camera, winks at us, asks whose side we are on, and at one point picks
// up a remote control and rewinds the film when things go wrong for him. It is
// clever, and it is meant to make us ashamed.
//
// I admired the acting, above all Watts, who is humiliated at length and never
// loses her dignity. But the lecture is no better for a second telling. The
// Strangers (2008), which followed a year later, kept the home invasion and
// left out the lecture.
//
// Wilhelmina Quarrington

SinOsc s => ADSR e => JCRev r => dac;
0.08 => r.mix;
0.4 => s.gain;
e.set(5::ms, 80::ms, 0.3, 600::ms);
[74, 76, 79, 81] @=> int notes[];

for (0 => int i; i < notes.size(); i++)
{
    Std.mtof(notes[i]) => s.freq;
    e.keyOn();
    350::ms => now;
    e.keyOff();
    150::ms => now;
}
800::ms => now;
