// seats_left.cairo: seats left for a screening, for the lobby display (cinema.example).
// The programme note of the week is kept in these comment lines.
// Reviewed by Okonkwo Bright
//
// May (2002)
//
// Lucky McKee wrote and directed this odd, sad horror film, and for most of its length
// it is less a shocker than a portrait of loneliness. May Canady (Angela Bettis) grew up
// with a lazy eye and a mother who gave her a doll in a glass case instead of friends.
// Now she works at a veterinary clinic, sews her own clothes and talks to the doll,
// Suzie, as if it could answer.
//
// She fixes on Adam Stubbs (Jeremy Sisto), a mechanic with lovely hands who likes gory
// art films and thinks May is quirky until she proves to be far stranger than he
// bargained for. Her colleague Polly (Anna Faris), flirtatious and careless, takes an
// interest of her own. James Duval turns up as Blank, a punk with a pet cat, and Nichole
// Hiltz plays Polly's girlfriend Ambrosia. Each of them disappoints May in a small way,
// and May keeps count.
//
// The film owes a plain debt to Brian De Palma's Carrie (1976): the outcast girl, the
// cruel laughter, the slow build to a bloody night. McKee has also read his Mary
// Shelley, and the last act turns the idea of a made companion into something grisly and
// oddly tender. Nobody should go in expecting Scream (1996); there is almost no irony
// here.
//
// Bettis is remarkable, all twitches and hopeful smiles, and she makes May pitiable even
// at her worst.
//

fn seats_left(capacity: u32, sold: u32) -> u32 {
    capacity - sold
}

fn main() -> u32 {
    seats_left(120, 87)
}
