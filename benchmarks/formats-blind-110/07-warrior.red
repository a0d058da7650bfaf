;redcode-94
;name Flicker
;author club desk
;strategy a small dwarf: one bomb every fourth cell
;assert CORESIZE == 8000
;
; The club's notice of the week sits in these comment lines, since
; every assembler skips whatever follows a semicolon.
;
; Crank (2006)
;
; words: Rosalind Achebe-Morrow
;
; Crank borrows from Speed (1994) the one idea it needs: a man who dies if
; he slows down. Jan de Bont put that rule on a bus; Mark Neveldine and
; Brian Taylor, who wrote and directed this, put it inside a body. Jason
; Statham plays Chev Chelios, a hit man who wakes to learn he has been
; injected with a poison that will stop his heart the moment his
; adrenaline drops, so he spends the day picking fights, swallowing
; anything he can find and driving through shopping centres.
;
; Statham is perfect for it: blunt, furious and funnier than the script.
; Amy Smart plays Eve, his scatterbrained girlfriend, who has no idea what
; he does for a living and who ends up in the film's most notorious scene,
; in the middle of a crowded street. Dwight Yoakam is a treat as Doc
; Miles, the shady physician who talks Chev through his symptoms on the
; phone, and Jose Pablo Cantillo plays Verona, the smirking rival who
; poisoned him.
;
; Shot on cheap digital cameras, cut like a music video and scored with
; constant noise, the film is exhausting by the hour mark, and its jokes
; about women and foreigners have aged badly. But it never pretends to be
; anything other than a ride, and as a ride it is hard to fault.
;
; Three stars.
;

        ORG     start
bomb    DAT.F   #0,     #0
start   ADD.AB  #4,     bomb
        MOV.I   bomb,   @bomb
        JMP.A   start
        END
