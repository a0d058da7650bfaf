; seats.asm -- the STM8 board behind the foyer seat counter.
; Note by Fennimore Ashdown: the programme note of the week, kept in the header.
;
; Paul (2011)
;
; Greg Mottola, who made Superbad (2007), directed this road comedy, and its stars, Simon Pegg
; and Nick Frost, wrote it together. Its heart and its final scenes come from Steven Spielberg's
; Close Encounters of the Third Kind (1977), and the film is happy to say so, with a landing, a
; crowd of upturned faces and a shared sense of wonder.
;
; Pegg and Frost play Graeme Willy and Clive Gollings, two English science-fiction fans who fly
; to San Diego for the comic convention and then rent a camper van to tour the famous alien
; sites of the American West. Near Area 51 they meet Paul, a small grey alien who has escaped
; from the government after sixty years of captivity, smokes, swears and wants to go home. He is
; voiced by Seth Rogen, and he sounds exactly like Seth Rogen.
;
; On the way they kidnap, more or less, Ruth Buggs (Kristen Wiig), a creationist with a bad eye
; who runs a caravan park with her father and who loses her faith and discovers swearing in the
; course of one afternoon. Jason Bateman is Agent Zoil, the man sent to bring Paul back, and
; Bill Hader and Joe Lo Truglio play two hopeless junior agents. Sigourney Weaver has a late
; turn as the boss.
;
; The jokes about fans and their manners are affectionate and sometimes sharp, and Wiig is very
; funny. But the film is baggier than Pegg and Frost's work with Edgar Wright, and the bad
; language soon stops being a joke. It is warm, and that is most of what it is.
;

        .module seats
        .area   DATA
left:   .ds     1

        .area   CODE
start:
        ld      a, #212         ; seats in the house
        sub     a, #147         ; tickets sold
        ld      left, a
        cp      a, #20
        jrnc    plenty
        bset    0x5005, #5      ; light the nearly-full lamp
        jra     done
plenty:
        bres    0x5005, #5
done:
        jra     done
