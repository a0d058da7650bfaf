/*
 * MIDWEEK MATINEES
 *
 * **Velvet Harbour** (Tobiah Greenhalgh-Vu, 1988) Noir pastiche with a
 * fine saxophone score. 2/5
 *
 * **Mystery Train** (Jim Jarmusch, 1989) 4/5 Three stories, one night, one
 * fleapit hotel in Memphis, and a single gunshot heard in each of them.
 * Youki Kudoh and Masatoshi Nagase are Mitzuko and Jun, a Japanese couple
 * on a rock-and-roll pilgrimage; Nicoletta Braschi is Luisa, an Italian
 * widow stuck in town with a coffin to fly home; Joe Strummer is Johnny, a
 * drunk Englishman everybody calls Elvis, with Steve Buscemi as Charlie,
 * his unwilling barber friend. Screamin' Jay Hawkins, in a red suit, is
 * the night clerk, and he and Cinque Lee as the bellboy watch over it all.
 * Jarmusch's Down by Law is the better film, but this one is funnier, and
 * very kind to its lost souls.
 *
 * **Ferris Wheel at Dusk** (Marisol Quarterman-Oyo, 1989) Carnival
 * romance; pretty, thin, forgettable. 2/5
 *
 * -- Notes by Aurelio Kettering-Sowande
 */
#define  PHYSICS                        HD
#define  DIMENSIONS                     1
#define  COMPONENTS                     1
#define  GEOMETRY                       CARTESIAN
#define  BODY_FORCE                     NO
#define  FORCED_TURB                    NO
#define  COOLING                        NO
#define  RECONSTRUCTION                 LINEAR
#define  TIME_STEPPING                  RK2
#define  DIMENSIONAL_SPLITTING          YES
#define  NTRACER                        0
#define  USER_DEF_PARAMETERS            1

/* -- physics dependent declarations -- */

#define  EOS                            IDEAL
#define  ENTROPY_SWITCH                 NO
#define  THERMAL_CONDUCTION             NO
#define  VISCOSITY                      NO
#define  ROTATING_FRAME                 NO

/* -- user-defined parameters (labels) -- */

#define  GAMMA_EOS                      0

/* [Beg] user-defined constants (do not change this line) */

#define  LIMITER                        VANLEER_LIM

/* [End] user-defined constants (do not change this line) */
