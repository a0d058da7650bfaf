// Xtend class for the marquee board. The Xtend compiler drops anything after
// a double slash, so the write-up is stored up here.
//
// Damien: Omen II (1978)
//
// Review by Solveig Narayan
//
// Richard Donner, who directed the first film, had moved on to bigger things, so the
// second chapter was handed to Don Taylor, a journeyman who does exactly what is asked
// of him. The Antichrist is now thirteen, enrolled at a military academy and living with
// his uncle's family in Chicago, and he is only beginning to understand what he is.
//
// William Holden plays Richard Thorn, the wealthy uncle who refuses to believe the
// warnings he is given, and Lee Grant is Ann Thorn, his second wife, whose devotion to
// the boy turns out to be more than maternal. Jonathan Scott-Taylor is Damien, and he is
// good at the slow dawning of something terrible behind a polite schoolboy face. Lance
// Henriksen has a small, sinister part as Sergeant Neff, the academy instructor who
// quietly guides the boy.
//
// As before, the pleasure lies in the deaths, each one an elaborate accident: a reporter
// blinded by a raven, a meddling doctor sliced in half in a lift shaft, a skater trapped
// under the ice of a frozen lake. Taylor stages them with relish, and Jerry Goldsmith's
// choral score does the rest. Between killings the film is stiff, full of boardroom
// scenes about fertiliser and famine. Holden looks tired. Still, it is a more efficient
// entertainment than its reputation suggests.

class Marquee {
	def static void main(String[] args) {
		println('Marquee ready')
	}
}
