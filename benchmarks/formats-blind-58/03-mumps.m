REELREV ;SMC/MT - Saturday Matinee Club review ;21 Jun 2023
 ;;1.0;REEL REVIEWS;;Jun 21, 2023;Build 1
 ; Author: Mercy Tallant
 ; Writes the review to the current device, one line per WRITE,
 ; then files the reviewer and the sign-off under ^REEL(3699).
 ;
EN ; entry point: D EN^REELREV
 W !,"In the Good Old Summertime (1949)"
 W !
 W !,"MGM moved Ernst Lubitsch's Budapest to Chicago at the turn of the"
 W !,"century and swapped the leather-goods shop for a music store, and"
 W !,"the result is a sweet, slightly overstuffed musical. It is a remake"
 W !,"of The Shop Around the Corner (1940). Two clerks who cannot stand"
 W !,"each other across the counter are, without knowing it, writing"
 W !,"tender anonymous letters to each other every night."
 W !
 W !,"Judy Garland is Veronica Fisher, the new girl behind the sheet"
 W !,"music, and Van Johnson is Andrew Larkin, the senior salesman who"
 W !,"gets on her nerves. S. Z. Sakall fusses wonderfully as Otto"
 W !,"Oberkugen, the owner, and Buster Keaton, as the clumsy clerk Hickey,"
 W !,"gets one glorious fall. Spring Byington plays Nellie Burke, whom"
 W !,"Otto has been courting for years."
 W !
 W !,"Robert Z. Leonard directed without much flair, letting the songs"
 W !,"carry it. Frances Goodrich and Albert Hackett were among the"
 W !,"writers, and they keep the letters and the misunderstandings ticking"
 W !,"along. Stay for the last shot, in which a toddler named Liza"
 W !,"Minnelli makes her first appearance on screen. Half a century later"
 W !,"You've Got Mail (1998) moved the same letters into email, and nobody"
 W !,"will mistake either one for Lubitsch, but this is a pleasant way to"
 W !,"spend a warm afternoon."
 W !
 W !,"Reviewed by Mercy Tallant for Saturday Matinee Club, 21 June 2023."
 W !
 D FILE
 Q
FILE ; file the reviewer and the sign-off
 S ^REEL(3699,"BY")="Mercy Tallant"
 S ^REEL(3699,"SIGNOFF")="Reviewed by Mercy Tallant for Saturday Matinee Club, 21 June 2023."
 Q
