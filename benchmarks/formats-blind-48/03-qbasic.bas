' LATESHFT.BAS -- Late Shift notes, review printer
' Author: Priya Nandakumar
' Film: Taxi Driver (1976)
' Runs in QBasic 1.1 or QB64: prints the review a screen at a time.

DEFINT A-Z
DIM lineText AS STRING
DIM shown AS INTEGER

CLS
COLOR 14, 1
PRINT "Taxi Driver (1976)"
COLOR 7, 0
PRINT
RESTORE ReviewText
shown = 0
DO
    READ lineText
    IF lineText = "*END*" THEN EXIT DO
    PRINT lineText
    shown = shown + 1
    IF shown MOD 20 = 0 THEN
        PRINT "-- press a key --"
        SLEEP
    END IF
LOOP
END

ReviewText:
DATA "Martin Scorsese directed and Paul Schrader wrote this American"
DATA "nightmare about a night-shift cabbie in New York, and nearly fifty"
DATA "years on it still makes a room go quiet. Robert De Niro is Travis"
DATA "Bickle, an ex-Marine who cannot sleep and keeps a diary of his"
DATA "disgust. Cybill Shepherd plays Betsy, the campaign worker he takes"
DATA "to a porn film on their first date; Albert Brooks is Tom, her"
DATA "colleague; Jodie Foster is Iris, a twelve-year-old prostitute;"
DATA "Harvey Keitel is Sport, her pimp; Peter Boyle is Wizard, the older"
DATA "cabbie who offers Travis advice he cannot use."
DATA ""
DATA "The rescue plot borrows from John Ford's The Searchers (1956), and"
DATA "it shows: Travis is Ethan Edwards in a yellow cab, riding in to save"
DATA "a girl who may not want saving. Some critics hear Bresson's"
DATA "Pickpocket in the diary voice as well; I do not, and the film does"
DATA "not need it. Bernard Herrmann's score, his last, does half the work."
DATA "The Palme d'Or it won at Cannes says less than the final scene,"
DATA "which I still cannot read."
DATA ""
DATA "Reviewed by Priya Nandakumar for the Late Shift notes."
DATA "*END*"
