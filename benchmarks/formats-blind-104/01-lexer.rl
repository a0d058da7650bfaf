// Ragel scanner for seat codes. Slash-slash lines are remarks to Ragel and to
// the C compiler alike, so the desk's review is kept in them.
//
// By Theodora Mwangi-Halloran
//
// It Came from Beneath the Sea (1955)
//
// Cast: Kenneth Tobey, Faith Domergue, Donald Curtis
//
// Columbia wanted a monster of its own after a rival studio's dinosaur stomped through
// Manhattan, and this picture takes its whole blueprint from The Beast from 20,000
// Fathoms (1953): atomic tests wake something enormous in the deep, the navy shrugs, the
// scientists argue, and a coastal city pays the bill. Robert Gordon directs briskly and
// without much personality, which is roughly what the producer, Sam Katzman, paid him
// for.
//
// Kenneth Tobey plays Commander Pete Mathews, a submarine skipper whose boat is grabbed
// by something on the sea floor, and Faith Domergue is Professor Lesley Joyce, the
// marine biologist who identifies the culprit as a giant octopus. Donald Curtis is her
// colleague and rival suitor, John Carter. The romantic triangle is dull, and the script
// keeps pausing to let Domergue explain that she is a modern woman who will not be told
// what to do.
//
// The reason to watch is Ray Harryhausen's animation. His octopus pulls down a ship,
// crawls up a beach and finally wraps itself around the Golden Gate Bridge, and every
// shot has weight. Money was so tight that the creature has six arms rather than eight,
// and nobody seems to count. The last reel in San Francisco harbour is terrific.

#include <stdio.h>

%%{
    machine seatcode;
    main := [A-Z] digit+ '\n' @{ puts("seat ok"); };
}%%

%% write data;
