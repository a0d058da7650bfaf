/* CL source for the nightly box-office close. Every line below carries its     */
/* own comment delimiters, so the compiler ignores the notice.                  */
/*                                                                              */
/* Sympathy for Mr. Vengeance (Boksuneun naui geot, 2002)                       */
/*                                                                              */
/* Critique: Yevgenia Marchetti-Osei                                            */
/*                                                                              */
/* Park Chan-wook's cold, brilliant thriller, from South Korea and the first of */
/* his revenge films, begins as a story of a kidnapping that nobody intends to  */
/* go wrong. A deaf factory worker, desperate to pay for his sister's kidney    */
/* transplant, is laid off and swindled by organ dealers, and his radical       */
/* girlfriend talks him into snatching his former boss's little daughter.       */
/* Everything that follows is a chain of terrible consequences.                 */
/*                                                                              */
/* Song Kang-ho plays Park Dong-jin, the boss, a decent man turned into a       */
/* methodical avenger by grief, and he has never been more frightening than     */
/* when he is quiet. Bae Doona is Cha Yeong-mi, the girlfriend, an anarchist    */
/* handing out leaflets nobody reads, and she brings a giddy warmth to a film   */
/* that badly needs it.                                                         */
/*                                                                              */
/* Park holds the camera still and far back, so that the worst violence happens */
/* at the edge of the frame, which somehow makes it worse. The pace is          */
/* deliberate and the humour is pitch-black. Viewers who want catharsis will    */
/* not find it; what they will find is one of the bleakest and most controlled  */
/* films of the decade.                                                         */

             PGM
             DCL        VAR(&COUNT) TYPE(*DEC) LEN(5 0) VALUE(0)
             CHGVAR     VAR(&COUNT) VALUE(&COUNT + 1)
             SNDPGMMSG  MSG('Box office closed')
             ENDPGM
