Module: stock-counter
Synopsis: counts the concession stand's stock (cinema.example)

// The week's programme note is kept in these comment lines.
//
// Evolution (2001)
//
// Ivan Reitman directed this science fiction comedy, and David Diamond, David Weissman and Don
// Jakoby wrote it. It is plainly modelled on Ghostbusters (1984), which Reitman also directed:
// a team of misfit scientists, a plague of creatures, a military man who will not listen, and
// a ridiculous weapon at the end that saves the day.
//
// A meteor lands in the Arizona desert, and the single cells it carries begin to evolve at
// enormous speed, into worms, flying reptiles and apes. David Duchovny plays Ira Kane, a
// college science teacher who was once a government researcher, and Orlando Jones plays Harry
// Block, his friend, a geology teacher and volleyball coach. Seann William Scott is Wayne
// Grey, a would-be firefighter who is first on the scene, and Julianne Moore plays Allison
// Reed, a clumsy scientist sent by the government. Ted Levine is General Woodman, who wants to
// burn the lot, and Dan Aykroyd turns up as Governor Lewis.
//
// Jones is the funniest of them, and his scene with a creature crawling about inside his body
// is the best joke in the film. Duchovny is dry and relaxed, and Moore falls over very nicely.
// But the script is lazy, and the creatures are more disgusting than clever.
//
// The solution, a shampoo, is not a secret anyone will mind hearing. It is an easy,
// forgettable comedy, much weaker than its model.
//
// Review by Ottilie Fairbanks

define function report-stock (item :: <string>, count :: <integer>) => ()
  format-out("%s: %d left\n", item, count);
end function report-stock;

report-stock("popcorn", 40);
report-stock("lemonade", 25);
