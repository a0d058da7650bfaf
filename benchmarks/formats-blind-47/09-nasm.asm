; review.asm -- film club review card as a DOS .COM program
; author: Wendell Oakhurst
; build:  nasm -f bin -o review.com review.asm
; run:    review.com   (prints the card and exits)

        org 100h

section .text
start:
        mov     dx, card        ; DS:DX -> '$'-terminated text
        mov     ah, 09h         ; DOS: print string
        int     21h
        mov     ax, 4C00h       ; DOS: exit with code 0
        int     21h

section .data
card:
        db "Heaven Can Wait (1978) is a remake of Here Comes Mr. Jordan", 13, 10
        db "(1941), with the boxer of the old film turned into a", 13, 10
        db "quarterback for the Los Angeles Rams. Warren Beatty directed", 13, 10
        db "it with Buck Henry, and Beatty wrote the script with Elaine", 13, 10
        db "May.", 13, 10
        db 13, 10
        db "Beatty plays Joe Pendleton, who is taken up to heaven too", 13, 10
        db "early by a fussy escort and has to borrow the body of a", 13, 10
        db "murdered millionaire. James Mason plays Mr. Jordan, the calm", 13, 10
        db "official who sorts out the mess, and Julie Christie is Betty", 13, 10
        db "Logan, the English campaigner who came to complain about the", 13, 10
        db "millionaire's factories. Dyan Cannon and Charles Grodin are", 13, 10
        db "Julia Farnsworth and Tony Abbott, the wife and the secretary", 13, 10
        db "who keep trying to kill him, and their scenes are the", 13, 10
        db "funniest.", 13, 10
        db 13, 10
        db "Do not confuse it with Lubitsch's Heaven Can Wait (1943),", 13, 10
        db "which shares only the name. Down to Earth (2001) told the", 13, 10
        db "story yet again.", 13, 10
        db 13, 10
        db "-- Wendell Oakhurst", 13, 10
        db 13, 10
        db "$"
