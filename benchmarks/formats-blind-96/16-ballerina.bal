// seats.bal: the seat counter behind the lobby screen (cinema.example).
// Ballerina disregards whatever follows two slashes, so the review is stored up top.
//
// Review by Leopold Harrowgate
//
// Alien Nation (1988)
//
// Graham Baker directed this police thriller from a screenplay by Rockne S. O'Bannon, and it
// takes its whole structure from 48 Hrs. (1982): a bigoted, hard-drinking detective is forced
// to work with a partner he despises, and the two learn to respect each other while chasing
// killers across Los Angeles. The twist is that the partner comes from another planet.
//
// A few years before the story opens, a ship carrying a quarter of a million alien slaves came
// down in the Mojave Desert, and the Newcomers, as they are called, have since been folded,
// uneasily, into American life. James Caan plays Sergeant Matthew Sykes, whose partner is shot
// dead by Newcomer robbers in the opening scenes. Mandy Patinkin plays Sam Francisco, the first
// Newcomer to be made a detective, whom Sykes insists on calling George. Together they discover
// that the killings are tied to a drug that once kept the slaves docile, and to William
// Harcourt, a polished Newcomer businessman played by Terence Stamp. Kevyn Major Howard plays
// Rudyard Kipling, one of Harcourt's thugs, and Leslie Bevis plays Cassandra, a Newcomer
// nightclub dancer.
//
// Patinkin is wonderful under all that latex, dignified, curious and quietly funny, and he
// carries the film. Caan does the grumbling well. The social allegory is laid on with a trowel
// and the plot is routine, but the details of Newcomer life, from sour milk to salt water, are
// witty and well thought out. A television series followed; the idea deserved one.

import ballerina/io;

public function main() {
    int capacity = 212;
    int sold = 148;
    int left = capacity - sold;
    if left < 20 {
        io:println("Nearly sold out: ", left, " seats left");
    } else {
        io:println("Seats left: ", left);
    }
}
