     * SEATS LEFT: 1401 Autocoder source, box office of cinema.example.
     * The programme note of the week is kept on these comment cards.
     *
     * The Loft (2014)
     *
     * Erik Van Looy directed this remake of his own Belgian thriller
     * Loft (2008), with an English-language screenplay by Wesley
     * Strick, and he has changed surprisingly little in the crossing.
     * Five married friends share the keys to a penthouse where they
     * can take their lovers, until one morning they find a dead woman
     * handcuffed to the bed.
     *
     * Karl Urban plays Vincent Stevens, the architect who designed the
     * building and the arrangement. James Marsden is Chris Vanowen, a
     * psychiatrist and the most conscience-stricken of the five;
     * Wentworth Miller is Luke Seacord, the nervous one; Eric
     * Stonestreet is Marty Landry, the loud one; and Matthias
     * Schoenaerts plays Philip Trauner, Chris's short-tempered
     * half-brother. Isabel Lucas is Sarah Deakins, and the other women
     * in their lives are given little to do but suffer or seduce.
     *
     * The film keeps jumping between the morning of the discovery, the
     * police interviews afterwards and the affairs before, and Van
     * Looy handles the shuffling cleanly. Each man suspects the
     * others, and each has his reasons.
     *
     * But the twists are mechanical, the dialogue is flat, and the
     * glossy erotic thriller it wants to be belongs to another decade.
     * Anyone who has seen the original will know every turn, and
     * anyone who has not will guess most of them well before the men
     * do. The one surprise is how little the director seems to want
     * from his own story the second time around.
     *
     * -- Casimir Delacroix-Hale
               JOB  SEATS LEFT FOR TONIGHT
               ORG  333
     START     MCW  CAP,LEFT
               S    SOLD,LEFT
               MCW  LEFT,205
               W
               H    START
     CAP       DCW  180
     SOLD      DCW  112
     LEFT      DCW  000
               END  START
