**FREE
// Seat counter for the late show, run on the box-office IBM i (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// The Unholy Three (1930)
//
// Lon Chaney made only one talking picture before he died, and it is this remake of his own
// silent hit, The Unholy Three (1925), which Tod Browning had directed. Jack Conway takes over
// behind the camera here, working from a screenplay by J. C. Nugent and Elliott Nugent, and
// the story is unchanged: three sideshow performers go into crime together and run their
// schemes out of a pet shop.
//
// Chaney plays Echo, the ventriloquist who dresses up as a sweet old grandmother, Mrs.
// O'Grady, to sell talking parrots that only talk while he is in the room. Harry Earles is
// Tweedledee, the tiny, vicious partner who passes for a baby in a pram, and Ivan Linow is
// Hercules, the strongman whose temper turns a robbery into a murder. Lila Lee plays Rosie,
// the pickpocket who loves Echo less than he would like, and Elliott Nugent is Hector, the
// honest shop clerk who ends up accused of the killing.
//
// The real pleasure is hearing Chaney, who had been silent for his whole career, try out five
// voices, including the parrot's. The courtroom scene, with Echo prompting a witness from the
// gallery in the grandmother's quavering tone, is the film's best. The gorilla in the back
// room is less convincing than it ought to be, and the jeweller who is robbed hardly
// registers. People sometimes call it a rehearsal for Freaks, but Browning made that one
// later, and the two have little in common beyond a midget.
//
// -- Odile Marchetti

ctl-opt dftactgrp(*no) actgrp(*new);

dcl-s seats int(10) inz(180);
dcl-s sold int(10) inz(0);
dcl-s msg char(52);

sold = 42;
msg = 'Seats left: ' + %char(seats - sold);
dsply msg;

*inlr = *on;
return;
