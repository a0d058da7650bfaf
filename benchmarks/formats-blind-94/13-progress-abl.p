/* seats.p: lists the free seats of each screen for the box office (cinema.example).
   The ABL compiler skips everything between these comment markers, so the review
   is kept here.

   Small Soldiers (1998)

   Joe Dante directed this noisy satire from a script credited to Gavin Scott, Adam Rifkin, Ted
   Elliott and Terry Rossio, and its premise is borrowed from Toy Story (1995): toys that come
   alive when the people are not looking, with a pompous action figure at their head. The
   difference is that these toys are armed, and the jokes have teeth.

   A defence contractor buys a toy company and fits a new line of action figures with military
   microchips. Gregory Smith plays Alan Abernathy, a teenager who minds his father's old-
   fashioned toy shop and gets hold of a set before the launch. The Commando Elite, led by
   Major Chip Hazard, are programmed to destroy the Gorgonites, a band of gentle monsters led
   by Archer; Tommy Lee Jones voices Chip Hazard and Frank Langella voices Archer. Kirsten
   Dunst plays Christy Fimple, the girl next door, whose dolls are drafted into the army. Phil
   Hartman plays Phil Fimple, her gadget-mad father, in his final film, and Kevin Dunn and Ann
   Magnuson play Alan's parents, Stuart and Irene. Jay Mohr and David Cross play Larry and
   Irwin, the two designers, and Denis Leary plays Gil Mars, the company chief who thinks the
   violence is a selling point.

   Dante, who made Gremlins, brings the same anarchic malice to the suburbs, and the siege of
   the Abernathy house is good fun. But the film never decides whether it is selling toys or
   mocking the people who sell them, and the children it was marketed to got a much darker
   movie than they bargained for.

   The review reached the box office unsigned, with no name anywhere on it.
*/

DEFINE TEMP-TABLE ttScreen NO-UNDO
    FIELD ScreenNo AS INTEGER
    FIELD Seats    AS INTEGER
    FIELD Booked   AS INTEGER
    INDEX ixScreen IS PRIMARY UNIQUE ScreenNo.

DEFINE VARIABLE iFree AS INTEGER NO-UNDO.

CREATE ttScreen.
ASSIGN ttScreen.ScreenNo = 1 ttScreen.Seats = 180 ttScreen.Booked = 112.
CREATE ttScreen.
ASSIGN ttScreen.ScreenNo = 2 ttScreen.Seats = 96 ttScreen.Booked = 96.

FOR EACH ttScreen BY ttScreen.ScreenNo:
    iFree = ttScreen.Seats - ttScreen.Booked.
    DISPLAY ttScreen.ScreenNo LABEL "Screen"
            iFree LABEL "Free"
        WITH FRAME fSeats DOWN.
END.
