; house.s -- lobby sign for the film club's retro night (ca65)
; Build: cl65 -t c64 -C c64-asm.cfg -u __EXEHDR__ -o house.prg house.s
;
; The month's programme note rides along in the comments, unsigned as the
; club's notes always are; the printed listing goes on the noticeboard.
;
; Harold and Maude
;
; Hal Ashby directed Harold and Maude in 1971 from a screenplay by Colin
; Higgins, and it was a flop long before it was a cult. Harold Chasen, played
; by Bud Cort, is a rich, pale young man who stages elaborate fake suicides to
; get a rise out of his mother, goes to the funerals of strangers, and drives
; a hearse. His mother, Mrs. Chasen, played by Vivian Pickles, answers by
; signing him up with a computer dating service and sending him to a
; psychiatrist.
;
; At one of those funerals he meets Maude, played by Ruth Gordon, who is about
; to turn eighty, steals cars as a matter of principle and lives in an old
; railway carriage crowded with paintings and smells. She teaches him to sing,
; to dance and to take things less seriously, his own death included. Charles
; Tyner plays Uncle Victor, an army man with an empty sleeve who would like to
; send Harold to war, and Cyril Cusack has a short scene as Glaucus, an old
; sculptor and a friend of Maude's.
;
; It ought to be unbearable, a film about a boy and an old woman that sells
; itself on being odd, and now and then it is. But Gordon is so sure of
; herself, and the Cat Stevens songs so unembarrassed, that the ending lands.
; It may be a distant cousin of The Graduate (1967), with a young man in a
; daze at its centre, but no more than that. Ashby went on to make Being There
; (1979), a gentler joke about a man who only watches.
;

        .setcpu "6502"

CHROUT  = $FFD2             ; KERNAL: print character in A
BORDER  = $D020
BGCOLOR = $D021

        .segment "CODE"
start:  lda #$00            ; black border and background
        sta BORDER
        sta BGCOLOR
        ldx #$00
@loop:  lda message,x
        beq @done
        jsr CHROUT
        inx
        bne @loop
@done:  rts

        .segment "RODATA"
message:
        .byte $93                   ; clear screen
        .byte "FILM CLUB TONIGHT 8 PM", $0D
        .byte "DOORS 7.30  MEMBERS FREE", $0D
        .byte $00
