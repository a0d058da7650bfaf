// seats.pwn: prints the matinee seat plan for the lobby display (cinema.example).
// The Pawn compiler skips // and /* */ comments, so the week's review sits in this header.
//
// The Wizard of Gore (2007)
//
// Jeremy Kasten directed this remake of The Wizard of Gore (1970), Herschell Gordon Lewis's
// crude splatter film about a stage magician whose volunteers die for real hours after the show.
// The new version keeps the magician and the doubt about what is real, moves the story into the
// Los Angeles underground scene, and swaps the old film's buckets of offal for a slicker, more
// dreamlike kind of gore.
//
// Kip Pardue plays Edmund Bigelow, a rich young man who publishes a free underground paper and
// dresses like a detective from an old movie. Bijou Phillips plays Maggie, his girlfriend, who
// goes with him to see the act. Crispin Glover plays Montag the Magnificent, the magician, a
// pale man who lectures his audience about illusion before he saws a volunteer in half. Jeffrey
// Combs turns up as a sideshow geek who seems to know far more than he lets on.
//
// Glover is the reason to watch. He speaks in a kind of sermon, his eyes never settling on
// anything, and he makes every line sound like a threat. Pardue is less interesting, and the
// mystery dissolves into a drugged haze of flashbacks and doubles that never quite adds up. The
// gore is plentiful but strangely bloodless in effect. It is an odd, handsome, muddled picture,
// better than the original at everything except conviction, and a cult audience will probably
// find it sooner or later.
//
// This note was left in the projection booth without a name.

#include <console>

const ROWS = 6
const SEATS = 12

new booked[ROWS][SEATS]

main()
{
    booked[2][5] = 1;
    booked[2][6] = 1;
    booked[4][0] = 1;
    for (new r = 0; r < ROWS; r++)
    {
        new free = 0;
        for (new s = 0; s < SEATS; s++)
        {
            if (!booked[r][s])
                free++;
        }
        printf("row %c: %d free\n", 'A' + r, free);
    }
}
