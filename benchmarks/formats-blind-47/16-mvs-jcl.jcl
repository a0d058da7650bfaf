//FILMRV16 JOB (8751),'LENA HOBART',CLASS=A,MSGCLASS=X,
//             NOTIFY=&SYSUID
//* ------------------------------------------------------------------
//* FILM CLUB NOTES: COPY THE INLINE REVIEW TO THE PRINTER
//* ------------------------------------------------------------------
//PRINT    EXEC PGM=IEBGENER
//SYSPRINT DD SYSOUT=*
//SYSIN    DD DUMMY
//SYSUT2   DD SYSOUT=A
//SYSUT1   DD *
Jacques Audiard's The Beat That My Heart Skipped (2005), De battre mon
coeur s'est arrete in French, is a remake of James Toback's Fingers
(1978), in which Harvey Keitel was a debt collector who wanted to be a
concert pianist. Audiard wrote the screenplay with Tonino Benacquista
and moved the story into shady Paris property deals.

Romain Duris plays Tom, who beats up squatters for his father's
property business and still practises the piano in secret. Niels
Arestrup is Robert, his father, a bully who is afraid of the men he
owes. Linh Dan Pham plays Miao Lin, the Vietnamese pianist who gives
Tom lessons though they share no language, and their scenes are the
best in the film.

This French film swept the Cesars, and Audiard went on to A Prophet
(2009).

Filed by Lena Hobart.
/*
//
