000100 IDENTIFICATION DIVISION.
000200 PROGRAM-ID. WEDWEST2.
000300 AUTHOR. DESMOND ACHTERBERG.
000400 INSTALLATION. WEDNESDAY WESTERNS.
000500 DATE-WRITTEN. 5 MARCH 2025.
000600*PRINTS THE REVIEW OF THE WEEK ON SYSOUT, ONE DISPLAY
000700*PER LINE. LITERALS KEPT TO 50 CHARACTERS.
000800 ENVIRONMENT DIVISION.
000900 DATA DIVISION.
001000 WORKING-STORAGE SECTION.
001100 01  WS-TITLE          PIC X(40) VALUE "The Outrage (1964)".
001200 01  WS-RULE           PIC X(40) VALUE ALL "-".
001300 PROCEDURE DIVISION.
001400 MAIN-PARA.
001500     DISPLAY WS-TITLE.
001600     DISPLAY WS-RULE.
001700     DISPLAY "Martin Ritt's American western is a remake of".
001800     DISPLAY "Akira Kurosawa's Rashomon (1950), moved from a".
001900     DISPLAY "ruined city gate to a ruined railway station in".
002000     DISPLAY "the desert. Michael Kanin wrote the screenplay,".
002100     DISPLAY "from the stage version he had written with Fay".
002200     DISPLAY "Kanin; the play is not my concern here. Four".
002300     DISPLAY "accounts of one crime are told again: the".
002400     DISPLAY "bandit's, the wife's, the dead husband's through a".
002500     DISPLAY "medium, and a witness who lies least badly.".
002600     DISPLAY " ".
002700     DISPLAY "Paul Newman plays the bandit, Juan Carrasco, with".
002800     DISPLAY "a put-on Mexican accent and a great deal of".
002900     DISPLAY "eye-rolling, and he is the weak link. Claire".
003000     DISPLAY "Bloom, as the wife, and Laurence Harvey, as her".
003100     DISPLAY "husband, Colonel Wakefield, do better with less.".
003200     DISPLAY "The frame belongs to three men waiting out the".
003300     DISPLAY "rain: William Shatner plays the preacher, who is".
003400     DISPLAY "losing his faith, Howard Da Silva the prospector,".
003500     DISPLAY "and Edward G. Robinson the con man, who mocks them".
003600     DISPLAY "both. James Wong Howe shot it in black and white,".
003700     DISPLAY "and the desert flashbacks are the best thing in".
003800     DISPLAY "it.".
003900     DISPLAY " ".
004000     DISPLAY "It is not the only Kurosawa film Hollywood redid;".
004100     DISPLAY "The Magnificent Seven came four years earlier from".
004200     DISPLAY "Seven Samurai, and that says nothing about this".
004300     DISPLAY "one.".
004400     DISPLAY " ".
004500     DISPLAY "-- Desmond Achterberg, Wednesday Westerns".
004600     STOP RUN.
