/*
 * marquee.sl: the bulb shader for the marquee model (cinema.example).
 * The programme note of the week is kept in this comment.
 *
 * Review by Wendeline Pokorny
 *
 * Loaded Weapon 1 (1993)
 *
 * Gene Quintano directed National Lampoon's Loaded Weapon 1, as it is billed, and wrote it
 * with Don Holley, and it is built squarely on Lethal Weapon (1987), the Mel Gibson and
 * Danny Glover picture: the suicidal loose-cannon detective, the steady older partner
 * counting the days to his pension, the drug ring run by old soldiers and the long fight
 * on a lawn at the end. It takes swipes at other hits of the day as well, mostly in
 * passing.
 *
 * Emilio Estevez plays Jack Colt, the wild detective who lives in a trailer with his dog,
 * and Samuel L. Jackson is Wes Luger, his partner, a family man a couple of days from
 * retirement. William Shatner plays General Mortars, the villain, whose gang hides cocaine
 * in cookies, and Tim Curry is Mr. Jigsaw, his giggling henchman. Kathy Ireland is Destiny
 * Demeanor, the general's bodyguard, and Jon Lovitz plays Becker, a junkie informer. Frank
 * McRae is Captain Doyle, who shouts.
 *
 * The film is a scattershot collection of sight gags that come at you like traffic, and
 * most of them miss. Estevez tries too hard and Jackson, wisely, barely tries at all,
 * which makes him the funniest thing in it. Shatner plays the villain as if auditioning
 * for a Starfleet pantomime. The title promised a series; none followed, and nobody seems
 * to have minded.
 */

surface
marquee_bulb(float Ka = 1, Kd = 0.6, glow = 2.5;
             color warm = color(1.0, 0.85, 0.5))
{
    normal Nf = faceforward(normalize(N), I);
    color lit = Ka * ambient() + Kd * diffuse(Nf);
    Oi = Os;
    Ci = Os * (Cs * lit + glow * warm);
}
