! notice.s -- SPARC (V9, Linux) program that prints the foyer notice
! for the night. The programme note is kept above the code.
!
! Reviewed by Rosalind Achebe-Hart
!
! Cop Land (1997)
!
! James Mangold wrote and directed this American crime drama, his second
! feature, and he sets it in Garrison, a small New Jersey town across the
! river from Manhattan where half the city's police seem to live. Sylvester
! Stallone plays Freddy Heflin, the town sheriff, who is deaf in one ear from
! the night he pulled a girl out of a sinking car, and so was never allowed to
! join the force he idolises. He spends his days on traffic and his nights
! with old records.
!
! When Murray Babitch (Michael Rapaport), a young patrolman, shoots two
! teenagers on the George Washington Bridge and is then reported to have
! jumped, his uncle, Ray Donlan (Harvey Keitel), hides him in Garrison. Robert
! De Niro plays Moe Tilden, an internal affairs lieutenant who wants Freddy to
! be the honest man he once meant to be, and Ray Liotta is Gary Figgis, a cop
! who has seen too much and drinks to forget it. Annabella Sciorra plays Liz
! Randone, the girl from the car, now married to Joey (Peter Berg), and
! Janeane Garofalo is Deputy Cindy Betts. Robert Patrick and Cathy Moriarty
! fill out Donlan's circle.
!
! Mangold takes the lawman abandoned by his town, and the lone walk to the
! final shoot-out, from High Noon (1952), and Stallone, heavier and slower
! than we had seen him, earns the comparison. The cast is almost too rich:
! Keitel and De Niro have too little to do. But the last twenty minutes,
! played half-deaf, are superb.

        .section ".rodata"
notice:
        .ascii "Doors open at 19:30, screen two.\n"
        .set notice_len, . - notice

        .section ".text"
        .align 4
        .global _start
_start:
        mov     1, %o0                  ! stdout
        sethi   %hi(notice), %o1
        or      %o1, %lo(notice), %o1
        mov     notice_len, %o2
        mov     4, %g1                  ! write
        ta      0x6d
        mov     0, %o0
        mov     1, %g1                  ! exit
        ta      0x6d
