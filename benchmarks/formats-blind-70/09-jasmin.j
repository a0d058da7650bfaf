; LateShow.j -- Jasmin source for the late-show countdown on the booth
; terminal (assemble with jasmin, run with java -cp . LateShow).
; The note below was left on the booth desk unsigned; it is kept here
; until its writer claims it.
;
; Broadcast News (1987)
;
; James L. Brooks wrote, produced and directed this American comedy about
; the Washington bureau of a television network, and it holds up better than
; almost anything else made about the news. Holly Hunter is Jane Craig, a
; producer so quick and so certain that she sets aside a few minutes each
; morning to cry, and then gets on with the day.
;
; Her best friend is Aaron Altman, the bureau's cleverest reporter, who
; knows everything except how to look relaxed on camera, and Albert Brooks
; plays him as a man who has lost every argument he ever won. The network
; sends them Tom Grunick, a former sportscaster who is handsome, decent and
; knows nothing, and William Hurt makes Tom's honesty about his ignorance
; strangely appealing. Jane is drawn to him and despises herself for it.
; When Aaron at last gets his chance to read the weekend news, he sweats
; through his shirt in one of the funniest scenes of the decade.
;
; Robert Prosky is Ernie Merriman, the bureau chief, and Joan Cusack has a
; small, breathless part as Blair Litton, racing through the building with a
; tape seconds before it goes on air. Lois Chiles plays Jennifer Mack, a
; correspondent with her eye on Tom. It is not Network (1976), and nobody
; shouts out of a window; the director is more interested in how people talk
; to each other than in the end of civilisation. His Terms of Endearment
; (1983) was more of a weepie. This one is sharper, and its last ten
; minutes, set years later, are exactly right.
;

.class public LateShow
.super java/lang/Object

.method public <init>()V
    aload_0
    invokespecial java/lang/Object/<init>()V
    return
.end method

; prints the minutes left before the doors open at 21:40
.method public static main([Ljava/lang/String;)V
    .limit stack 3
    .limit locals 2
    sipush 1300        ; doors open at 21:40, in minutes after midnight
    bipush 60
    bipush 21
    imul
    isub               ; minutes after nine o'clock: 1300 - 21 * 60
    istore_1
    getstatic java/lang/System/out Ljava/io/PrintStream;
    ldc "Doors open at 21:40. Minutes after nine o'clock:"
    invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
    getstatic java/lang/System/out Ljava/io/PrintStream;
    iload_1
    invokevirtual java/io/PrintStream/println(I)V
    return
.end method
