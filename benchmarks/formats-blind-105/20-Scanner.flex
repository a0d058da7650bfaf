/*
 * JFlex specification for the listings scanner. The user-code section opens with
 * this block comment, and the review is kept inside it.
 *
 * Wanted (2009)
 *
 * Critique by Esperanza Holloway-Ncube
 *
 * Starring Salman Khan, Ayesha Takia, Prakash Raj, Vinod Khanna
 *
 * Prabhu Deva, better known as a dancer and choreographer, directed this Indian remake
 * of Pokiri (2006), the Telugu hit in which Mahesh Babu played a thug for hire with a
 * secret. The formula survives the journey to Mumbai intact: brawls, songs, a romance,
 * more brawls, and a late revelation that recasts everything the hero has done.
 *
 * Salman Khan plays Radhe, a hired gun who works for whichever gang pays most, and the
 * film is built around his swagger, his bare torso and a fight style in which henchmen
 * fly several metres backwards. Ayesha Takia is Jhanvi, an aerobics teacher who falls
 * for him against her better judgement, and Prakash Raj plays Gani Bhai, the gangster
 * who runs the city from abroad. Vinod Khanna, as a senior police officer, lends some
 * gravity.
 *
 * The action is loud and often clumsy, and a subplot about a corrupt inspector who
 * pursues Jhanvi is unpleasant. But the film was a huge hit, and it set the pattern
 * for the star's next decade: a lone, unsmiling hero, one punchline per scene, and
 * songs dropped in wherever the plot flags. Puri Jagannadh's original was tighter and
 * funnier.
 */
%%

%class Scanner
%unicode
%line
%standalone

%%

[a-zA-Z]+   { System.out.println("word: " + yytext()); }
[ \t\r\n]+  { }
.           { }
