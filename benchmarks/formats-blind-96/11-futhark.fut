-- occupancy.fut: seat occupancy for the booking page of screen three (cinema.example).
-- Futhark reads nothing after two dashes, which is where the review has been kept.
--
-- By Horatio Quennell
--
-- Spacehunter: Adventures in the Forbidden Zone (1983)
--
-- Lamont Johnson directed this 3-D space western for Columbia, and it helps itself freely to
-- Mad Max 2: The Road Warrior (1981), with a lone salvage man in a battered vehicle crosses a
-- wasteland of scavengers and mutants in search of a prize, with a scruffy teenage sidekick he
-- never asked for. The planet is different and the jokes are broader, but the dust, the spiked
-- buggies and the gladiatorial finale all come from the same desert.
--
-- Peter Strauss plays Wolff, a down-at-heel space scavenger who hears that three young women
-- from a wrecked pleasure liner are being held on a plague-ridden colony world and that a
-- reward awaits whoever brings them back. Molly Ringwald plays Niki, a tough, chattering orphan
-- of the planet who attaches herself to him, and Ernie Hudson plays Washington, an old rival
-- who turns up in the wastes with his own claim to the bounty. Michael Ironside plays Overdog,
-- the half-machine tyrant who keeps the women in his fortress and amuses himself with a deadly
-- maze, and Andrea Marcovicci plays Chalmers, Wolff's ill-fated shipmate.
--
-- Strauss has a dry, tired charm, and Ringwald, in one of her first parts, is lively and funny.
-- The stereoscopic gimmicks in Spacehunter are less intrusive than usual, and some of the
-- landscapes are striking. But the story is thin, Overdog is more costume than character, and
-- the climax inside his lair is murkily staged, as if nobody had decided what it should look
-- like.

def occupancy (sold: []i32) (capacity: i32): []f32 =
  map (\s -> f32.i32 s / f32.i32 capacity) sold

def main (sold: []i32): f32 =
  let rates = occupancy sold 212
  in reduce (+) 0f32 rates / f32.i64 (length rates)
