* HLASM routine for the foyer sign. An asterisk in column one
* makes a remark line for the assembler, and the review is
* kept in them.
*
* The Poseidon Adventure (2005)
*
* With Adam Baldwin, Rutger Hauer, Steve Guttenberg
*
* Ronald Neame's disaster classic was capsized again within a year
* on both the big and the small screen, and this is the small one:
* John Putch's television remake of The Poseidon Adventure (1972),
* which keeps the upside-down ocean liner but updates the cause.
* Instead of a freak wave, terrorists plant a bomb, and the ship
* rolls over on New Year's Eve with a ballroom full of passengers
* inside.
*
* Adam Baldwin plays a sky marshal who happens to be aboard and
* takes charge of the survivors, and Rutger Hauer is a bishop
* whose faith is tested in every flooded corridor, a role that
* asks him to glower and pray in roughly equal measure. Steve
* Guttenberg is a harried father trying to keep his family
* together while his marriage quietly falls apart, and the ship's
* officers are mostly seen in the early scenes. The Paul Gallico
* novel is credited, but little of it remains.
*
* The climb through the inverted hull is the whole point, and
* Putch stages it competently on a television budget: ladders,
* vents, rising water and the occasional explosion. The terrorist
* subplot feels bolted on, and the dialogue is poor. Gene
* Hackman's fiery preacher has no real equivalent here, and his
* absence is felt. As a long evening of undemanding peril it
* serves, but few will remember it afterwards.
*
* Column by Lorcan Abiodun

SIGN     CSECT
         USING SIGN,15
         SR    15,15
         BR    14
         END   SIGN
