// coin.qasm: the two-qubit circuit behind the lobby's quantum coin display (cinema.example).
// The programme note of the week is kept in these comments. The note came unsigned.
//
// The World's End (2013)
//
// Edgar Wright directed this British comedy from a script he wrote with Simon Pegg, and it
// closes the loose trilogy that began with Shaun of the Dead (2004) and Hot Fuzz (2007).
// Its second half borrows the replaced townsfolk of Don Siegel's Invasion of the Body
// Snatchers (1956), but the first half is a sad, funny study of a man who never grew up.
//
// Pegg plays Gary King, a recovering alcoholic who is not recovering at all, still in the
// long coat and band T-shirt he wore at school. He talks four old friends into finishing
// the twelve-pub crawl they abandoned as teenagers in their home town, Newton Haven. Nick
// Frost is Andy Knightley, now a lawyer and teetotal, who has the most reason to refuse;
// Paddy Considine is Steven Prince, still carrying a torch for Sam Chamberlain (Rosamund
// Pike); Martin Freeman is Oliver, Sam's brother, an estate agent who never takes out his
// earpiece; and Eddie Marsan is Peter Page, the gentlest of them, who was bullied at
// school.
//
// Then the town turns out to have been emptied and refilled. A whiff of The Stepford Wives
// (1975), perhaps, hangs over the bright, polite locals. Pierce Brosnan turns up as Guy
// Shepherd, their old teacher, with news from the other side.
//
// The fights are superbly staged, and the ending is a wild swerve that not everyone will
// accept. But Pegg's performance, funny and frightening at once, gives the film a bruised
// heart.

OPENQASM 3.0;
include "stdgates.inc";

qubit[2] q;
bit[2] c;

h q[0];
cx q[0], q[1];
c = measure q;
