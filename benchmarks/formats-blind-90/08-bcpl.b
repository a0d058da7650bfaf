// banner.b: the ticket printer's banner program, in BCPL (cinema.example).
// The week's programme note is kept in these comment lines.
//
// Review by Henrietta Quayle
//
// Event Horizon (1997)
//
// Paul W. S. Anderson, fresh from a video-game adaptation, directed this gruesome
// science-fiction horror film from a script by Philip Eisner. In 2047 a rescue ship, the Lewis
// and Clark, is sent out to Neptune, where the Event Horizon, an experimental vessel that
// vanished seven years earlier, has suddenly reappeared. Its designer comes along to explain
// the ship's gravity drive, which folds space to make a short cut between two points. Where
// the ship has been in between is the question, and the answer is not a pleasant one.
//
// Laurence Fishburne plays Captain Miller, a hard, decent commander who wants his crew home
// alive. Sam Neill plays Dr. William Weir, the designer, a grieving, brittle man who starts to
// hear the ship speaking to him. Kathleen Quinlan plays Peters, the medical technician who
// sees her son in the corridors, Joely Richardson is Starck, the second in command, Jason
// Isaacs is D.J., the doctor, and Richard T. Jones plays Cooper, the rescue man who supplies
// what jokes there are.
//
// The first half is borrowed from Alien (1979): a small working crew in a dark ship, a
// distress signal, long tracking shots down dripping corridors and something waiting inside.
// The second half goes elsewhere, into visions of torture that owe more to a butcher's shop
// than to science, and much of it is too murky to follow. The sets are superb and the cast
// takes it all seriously. It is a mess, but a frightening one.

GET "libhdr"

LET start() = VALOF
{ writes("CINEMA.EXAMPLE*n")
  FOR i = 1 TO 3 DO writef("Screen %n*n", i)
  RESULTIS 0
}
