; seats.asm -- CHIP-8 program for the foyer's toy console: shows how many seats
; are left in the small screen, one digit sprite per place. The programme
; note for the week sits in the header, as it does in every file the booth keeps.
;
; Reviewed by Hollis Marchetti
;
; Arachnophobia (1990)
;
; Frank Marshall, who had produced Raiders of the Lost Ark (1981) and much else, directed
; this creature comedy from a screenplay by Don Jakoby and Wesley Strick, and he borrowed
; its shape from Hitchcock's The Birds (1963): a quiet town, an ordinary creature, and a
; slow climb from one odd death to a siege.
;
; Jeff Daniels plays Ross Jennings, a doctor who leaves San Francisco with his wife Molly
; (Harley Jane Kozak) and their children for a practice in the small California town of
; Canaima. The patients do not come, and the ones who do keep dying. The reason is a large
; and very bad-tempered spider that travelled from the Venezuelan jungle in a coffin and has
; been breeding in the Jennings barn. Julian Sands is Dr. James Atherton, the entomologist
; who first found the species, and John Goodman steals every scene he is given as Delbert
; McClintock, an exterminator with great confidence and a spray gun.
;
; Ross, it turns out, is terrified of spiders, which makes the last act a proper test.
; Marshall stages the scares with a producer's sense of budget and rhythm: a spider in a
; bowl of popcorn, another in a shower. The comedy and the horror share the screen without
; quarrelling, which is harder than it looks. The ending in the cellar goes on a little
; long, but the film knows exactly what its audience wants, and gives it to them.
;

start:
        CLS
        LD   V0, 180          ; seats sold so far
        LD   V1, 60           ; seats left
        LD   V2, 8            ; x position
        LD   V3, 4            ; y position
        LD   I, digits
        LD   B, V1            ; BCD of the seats left
        LD   V2, 2
        LD   F, V1
        DRW  V2, V3, 5
        CALL wait
        JP   start

wait:
        LD   V4, 30
        LD   DT, V4
wait_loop:
        LD   V4, DT
        SE   V4, 0
        JP   wait_loop
        RET

digits:
        DB   #F0, #90, #90, #90, #F0
        DB   #20, #60, #20, #20, #70
