/*!
    @header Night of the Demon
    @author Tobias Wren-Halloway
    @abstract The club's notice of the week, kept in the header comment of
        the screening scheduler so that the documentation build prints it.
    @discussion
        Jacques Tourneur's chiller was released in 1957 and cut by a quarter
        of an hour for America, where it was called Curse of the Demon. An
        American psychologist arrives in England to expose a
        devil-worshipping cult, meets its genial leader, and receives a slip
        of parchment covered in runes, which gives him three days to live.

        Dana Andrews is stiff as the sceptic, but stiffness suits a man who
        will not believe what is plainly before his eyes. Peggy Cummins is
        lively as the niece of a dead professor, and Niall MacGinnis is
        superb as Karswell, a plump, courteous magician who throws a
        children's party and conjures a storm in the same afternoon.

        Charles Bennett's script keeps the scares in the dark and the
        ordinary, a hand on a banister, a piece of paper that flutters away
        on its own, and Tourneur stages a walk through night-time woods that
        is as frightening as anything in his films for Val Lewton. The
        producer's insistence on showing the demon in the first reel still
        rankles, but it hardly matters. This British film deserves its
        reputation.

        Cast: Dana Andrews (John Holden), Peggy Cummins (Joanna Harrington), Niall MacGinnis (Julian Karswell).

    @updated 2009-04-19
*/

#ifndef SCREENINGS_H
#define SCREENINGS_H

#include <time.h>

/*! @function screening_next
    @abstract Returns the start time of the next screening after now. */
time_t screening_next(time_t now);

#endif /* SCREENINGS_H */
