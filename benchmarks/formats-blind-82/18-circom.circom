pragma circom 2.1.6;

// Circom circuit for the box office's seat-proof demonstration (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Leviathan (1989)
//
// George P. Cosmatos's undersea monster film owes nearly everything to Alien (1979): a crew
// of working stiffs in an isolated company outpost, a cynical corporation that knows more
// than it says, and a creature that gets loose among them and changes shape as it goes.
// David Webb Peoples and Jeb Stuart wrote the screenplay, and they set it in a mining
// station on the floor of the Atlantic.
//
// Peter Weller plays Steven Beck, a geologist who has taken the job of running the station
// for the money and is counting the days to the end of the shift. Richard Crenna is Doc, the
// station's physician, Glen Thompson, who knows more than he admits, and Amanda Pays is
// Willie Williams, the tough diver who is the best at her job. Daniel Stern plays Sixpack,
// the crude one who brings a flask of vodka back from the wreck of a Soviet ship and is the
// first to pay for it, and Ernie Hudson is Justin Jones, who cracks jokes to keep his nerve.
// Meg Foster plays Martin, the smooth company executive who talks to the crew on a video
// screen from the surface.
//
// The creature, built in Stan Winston's workshop, is a slimy patchwork of the people it has
// absorbed, and it is a good deal less frightening than the original it imitates. The same
// year brought The Abyss and DeepStar Six to the ocean floor; this is not the worst of the
// three, but it is the least surprising. Jerry Goldsmith's score does what it can.
//
// Reviewed by Caspian Ferreira

include "circomlib/circuits/comparators.circom";

template SeatInRange(n) {
    signal input seat;
    signal input rows;
    signal output ok;

    component lt = LessThan(n);
    lt.in[0] <== seat;
    lt.in[1] <== rows;
    ok <== lt.out;
}

component main {public [rows]} = SeatInRange(16);
