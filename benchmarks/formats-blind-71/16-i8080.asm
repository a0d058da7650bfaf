; queue.asm -- Intel 8080 routine for the queue counter at the kiosk.
; It adds the walk-up sales to the advance sales. The programme note
; above it was left unsigned.
;
; The Karate Kid (2010)
;
; This remake of The Karate Kid (1984) keeps the title and drops the karate.
; Harald Zwart directed, from a screenplay by Christopher Murphey, and the
; story moves from the San Fernando Valley to Beijing, where twelve-year-old
; Dre Parker arrives from Detroit with his mother, Sherry, whose car company
; has transferred her. Jaden Smith plays Dre, and Taraji P. Henson makes
; Sherry a tired, funny, loving parent in very few scenes.
;
; Dre likes a girl, Meiying (Wenwen Han), a violinist whose parents expect
; great things of her, and is beaten up for it by Cheng (Zhenwei Wang), the
; star pupil of a kung fu school where the teacher, Master Li, preaches no
; mercy. Rongguang Yu plays Li with a cold stare. The boy is rescued by the
; maintenance man of his apartment block, Mr. Han, and Jackie Chan plays him
; quietly, a sad man who fixes things and keeps a broken car in his front
; room. Han agrees to teach Dre, and the lessons begin with a jacket: take it
; off, hang it up, put it on, drop it, pick it up, for days.
;
; Ralph Macchio and Pat Morita are missed, but less than one expected. The
; film is twenty minutes too long, and the tournament is staged like a video
; game, but the scenes between Smith and Chan, including a night when Han
; tells the boy what happened to his family, have real feeling. The Great Wall
; and the Forbidden City look splendid.

        org     100h

start:  lda     advance
        mov     b, a
        lda     walkup
        add     b
        sta     total
        hlt

advance: db      64
walkup: db      17
total:  db      0
