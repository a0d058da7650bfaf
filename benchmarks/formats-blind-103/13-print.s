; 68000 routine that prints the box-office banner. Semicolon lines are remarks
; to the assembler, and the review lives in them.
;
; Notes by Fenwick Adeyemi-Hart
;
; Maniac (1980)
;
; Cast: Joe Spinell (Frank Zito), Caroline Munro (Anna D'Antoni)
;
; William Lustig's grimy little shocker is patterned on Psycho (1960), with a killer
; ruled by a dead mother, but where Hitchcock kept almost everything off screen, Lustig
; shows every wound in close-up. The screenplay is by C. A. Rosenberg and the film's
; star, Joe Spinell, and it is plainly a personal project for him.
;
; Spinell plays Frank Zito, a heavy, sweating loner who stalks women through New York at
; night and takes their scalps back to his apartment, where he dresses mannequins in
; them and talks to them as if they were his mother. The film spends most of its time
; inside his head, and Spinell makes him pitiable as well as horrible, a child who never
; grew up. Caroline Munro is Anna D'Antoni, a fashion photographer who meets him in a
; park and, improbably, agrees to dinner, and the romance is the least believable thing
; in the picture.
;
; The murders are shot in long, queasy takes, and one on a subway platform is genuinely
; frightening. But the relentlessness is also the weakness: there is no one else to care
; about, and the violence grows numbing. It is hard to recommend and hard to forget.

        section code
start:  lea     banner(pc),a0
        move.l  a0,d1
        moveq   #0,d0
        rts

banner: dc.b    'Box office open',0
        even
