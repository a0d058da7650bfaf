; chime.asm -- SPC700 code for the foyer's sound chip: plays the two-note chime
; before each show. The week's programme note is kept in the header.
;
; The Heartbreak Kid (2007)
;
; Bobby Farrelly and Peter Farrelly, brothers, directed this American remake of Elaine May's
; The Heartbreak Kid (1972), and share the screenplay credit with Scot Armstrong, Leslie
; Dixon and Kevin Barnett. They have kept the premise, a man who meets the right woman on
; his honeymoon with the wrong one, and thrown out nearly everything else.
;
; Ben Stiller plays Eddie Cantrow, who runs a sporting goods shop in San Francisco and
; marries Lila (Malin Akerman) after a courtship of a few weeks, partly because his father,
; Doc, played by his real father, Jerry Stiller, keeps telling him to. On the drive to
; Mexico he discovers that she sings along to every song on the radio, has a deviated
; septum, and has a past she had not mentioned. At the resort he meets Miranda (Michelle
; Monaghan), a sensible woman on holiday with her family, and falls for her while Lila lies
; in the hotel room with a terrible sunburn. Rob Corddry is Mac, Eddie's married friend, who
; offers advice that nobody should take.
;
; The 1972 film, written by Neil Simon, was a sharp and uncomfortable comedy about a man who
; was wrong. This version decides that Eddie is right and Lila is awful, which lets him off
; and kills the joke. Akerman is fearless and funny, and Stiller does his familiar slow
; panic. The gross-out scenes are lazier than the brothers' best, and the ending is the one
; really good idea.
;
; Reviewed by Lavinia Castellanos

        org $0200

start:  mov $f2, #$6c        ; FLG register
        mov $f3, #$20        ; unmute, echo off
        mov $f2, #$0c        ; main volume left
        mov $f3, #$7f
        mov $f2, #$1c        ; main volume right
        mov $f3, #$7f
        mov x, #$02          ; two notes
chime:  mov $f2, #$4c        ; key on
        mov $f3, #$01
        call wait
        dec x
        bne chime
halt:   bra halt

wait:   mov y, #$ff
loop:   dec y
        bne loop
        ret
