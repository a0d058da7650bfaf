/*
 * grammar.y: seat-booking grammar for the cinema.example box office
 * Between the slash-star markers yacc sees nothing: the review here is prose, not grammar.
 *
 * The Battle of the Sexes (1928)
 *
 * Critic: Fennimore Adebayo-Lisle
 *
 * D. W. Griffith spent the late twenties taking whatever assignments came his way, and
 * here he went back to his own material, remaking The Battle of the Sexes (1914), a film
 * of his that had long since dropped out of circulation. The source is a novel by Daniel
 * Carson Goodman, The Single Standard, though little of its argument survives on the
 * screen.
 *
 * Jean Hersholt plays Judson, a prosperous and contented family man whose head is turned
 * by Marie Skinner, a gold digger played by Phyllis Haver with a relish that nearly steals
 * the picture. Belle Bennett is the neglected wife, suffering in close-up, and Sally
 * O'Neil plays the daughter who sets out to put things right. Don Alvarado also appears,
 * as a smooth young man about town.
 *
 * Griffith still knows how to stage a room full of people and how to light a face in
 * distress, and a scene at a jazz party has real energy. But the moralising is heavy and
 * the comedy heavier, and Hersholt, a fine actor elsewhere, is asked to play foolishness
 * in a register that soon grows tiring. It looks expensive, moves slowly, and leaves the
 * impression of a master filling in time.
 */
%{
#include <stdio.h>
int yylex(void);
void yyerror(const char *s) { fprintf(stderr, "%s\n", s); }
%}
%token ROW SEAT NUMBER
%%
booking : ROW NUMBER SEAT NUMBER { printf("row %d seat %d\n", $2, $4); }
        ;
%%
