// Clean module for the lobby screen. Slash-slash lines are remarks to the compiler,
// and the desk's review is kept in them.
//
// The Swarm (1978)
//
// Irwin Allen had already capsized a liner and set fire to a skyscraper, so it was
// perhaps inevitable that he would turn to killer bees, and he directed this one himself
// from a screenplay by Stirling Silliphant, who adapted Arthur Herzog's novel. The
// result is one of the great follies of the disaster era.
//
// African bees have crossed into Texas, and after they wipe out a missile base the army
// takes charge. Michael Caine plays Brad Crane, an entomologist who arrives just in time
// to argue with everyone, and he delivers his lines with the air of a man reading a
// grocery list. Richard Widmark is a bullheaded general who wants to burn the bees out,
// Henry Fonda is a frail immunologist testing an antidote on himself, and Katharine Ross
// is a base doctor who mostly stands beside Caine looking worried. Olivia de Havilland,
// as the town's schoolteacher, is caught between two elderly suitors, a subplot the bees
// resolve by derailing a train.
//
// The effects are a blur of black dots laid over the picture, and the dialogue is often
// unintentionally hilarious. At more than two hours it is far too long. Yet there is a
// certain grandeur in the waste of talent, and a few attacks, with children fleeing
// across a playground, are genuinely unsettling.
//
// -- Benedikt Oyelaran-Frost

module hello

import StdEnv

Start = "Lobby screen ready"
