; Seat counter for the screen-three lobby display (CP1600, as1600 syntax).
; The programme note of the week is kept in these comments.
; Note by Emeka Halvorsen
;
; Frequency (2000)
;
; Gregory Hoblit directed this thriller from a script written by Toby Emmerich, and it begins
; with a premise that sounds like a greeting card. In Queens, in the autumn of 1969, a
; firefighter talks on his ham radio while the northern lights flicker over the city. Thirty
; years later his grown son, alone in the same house, picks up the same set and hears his
; father's voice.
;
; Dennis Quaid plays Frank Sullivan, the firefighter, and Jim Caviezel plays John, the son,
; now a police detective who has never got over his father's death in a warehouse fire. John
; warns him, Frank lives, and the past begins to shift in ways neither of them can control.
; Elizabeth Mitchell is Julia, Frank's wife, a nurse, and Andre Braugher plays Satch DeLeon,
; Frank's friend in the police. Noah Emmerich is Gordo, John's childhood friend, and Shawn
; Doyle plays Jack Shepard, a killer of nurses whom the changes set loose.
;
; Anyone hoping for the gentle fantasy of Field of Dreams (1989), which also reunites a son
; with his father, will find a serial-killer picture instead. The change of gear is clumsy,
; and the last act piles coincidence on coincidence. But the radio scenes are lovely, with the
; two men talking baseball across three decades, and Quaid gives Frank an easy warmth.
;
; Hoblit, who made Primal Fear (1996), keeps the plot tidy enough to follow. It is a
; sentimental film that is not ashamed of being one.

            ROMW    16
            ORG     $5000
SEATS       EQU     $0102

START       MVII    #120,   R0      ; seats in screen three
            MVO     R0,     SEATS
LOOP        MVI     SEATS,  R1
            DECR    R1
            MVO     R1,     SEATS
            BNEQ    LOOP
DONE        B       DONE
