// usher rota for cinema.example, a V program.
// V skips line comments, so the review has been left in them.
//
// By Ottoline Marchbanks
//
// Sleeping Car to Trieste (1948)
//
// There is no better setting for a thriller than a train, and the British cinema knows it.
// Sleeping Car to Trieste is John Paddy Carstairs's remake of Rome Express (1932), the same
// studio's old success, and it borrows that picture's plan wholesale: a stolen document, a murder
// in a compartment, and a trainload of travellers who each have a reason to lie to the police.
//
// Jean Kent and Albert Lieven play the thieves, a glamorous pair who fall out almost at once, and
// Derrick De Marney is the third member of their gang. Paul Dupuis plays the inspector who boards
// at the frontier, and David Tomlinson steals several scenes as a bird-watching bore who cannot
// stop talking about his hobby.
//
// The opening in Paris is slow, but once the express is moving the film finds its pace, and
// Carstairs keeps the corridors narrow and the lights low. Kent has a hard, bright glamour that
// suits a double cross. The comic passengers are a shade too comic, and there are one or two too
// many of them, but as a way of spending ninety minutes this British entertainment is hard to
// beat.
//

module main

struct Shift {
	name  string
	start int
	hours int
}

fn main() {
	shifts := [Shift{'early', 10, 5}, Shift{'late', 17, 6}]
	for s in shifts {
		println('${s.name}: from ${s.start} for ${s.hours} hours')
	}
}
