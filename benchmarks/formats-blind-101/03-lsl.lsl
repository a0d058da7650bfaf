// Lobby greeter script for the cinema.example screening room in Second Life
// The LSL compiler drops // comments, so this film note costs no script memory.
//
// Night of the Lepus (1972)
//
// Reviewed by Henrietta Falk-Moreno
//
// MGM's killer-rabbit picture takes its whole shape from Them! (1954): a scientific accident, a
// desert town, a few mysterious deaths, a scientist who works out what is happening, and a last-
// reel battle in which the authorities throw everything they have at the monsters. What Gordon
// Douglas did with giant ants and a real sense of dread, William F. Claxton tries to do with
// bunnies filmed in slow motion on miniature sets, and the result has become a byword for
// misjudged horror.
//
// Stuart Whitman plays Roy Bennett and Janet Leigh plays his wife, Gerry, a husband-and-wife
// team of researchers asked to help an Arizona rancher, Cole Hillman, whose land is overrun by
// rabbits. Rory Calhoun plays Hillman with his usual leathery ease. DeForest Kelley turns up as
// Elgin Clark, a college president, and delivers his lines as though he had wandered in from
// another and better film. An experimental hormone, a switched test tube and a careless child do
// the rest.
//
// The actors never wink, which is to their credit, and the night scenes of stampeding animals
// have an odd dreamlike quality. But no amount of red paint on fur can make a rabbit
// frightening, and the film never stops asking us to be scared.
//
default
{
    state_entry()
    {
        llSetText("Now showing", <1.0, 0.8, 0.2>, 1.0);
    }
    touch_start(integer total)
    {
        llSay(0, "Doors open at eight. Please take a seat.");
    }
}
