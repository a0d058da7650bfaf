// Lemon grammar for the listings calculator. The parser generator skips C-style
// comments, so the review has been written into these lines.
//
// Shiva (1990)
//
// Words: Benedikt Achterberg-Nwosu
//
// Ram Gopal Varma made Shiva (1989) in Telugu as his first feature and watched
// it become a sensation, and a year later he shot it again in Hindi for
// audiences in the north, keeping his leading man, his restless Steadicam and
// most of the set pieces. It is the rare remake by the same hand that feels
// neither lazy nor redundant, partly because so few of the people buying
// tickets in Bombay will have seen the first version.
//
// Nagarjuna plays Shiva, a quiet student who arrives at a college run, in
// effect, by student gangs in the pay of a local strongman. Bhavani
// (Raghuvaran), the strongman, is one of the most frightening villains of
// recent years, all soft voice and dead eyes, and Amala plays Asha, the girl
// whose friendship gives Shiva something to lose when he finally decides to
// fight back.
//
// Varma's great discovery, in both versions, is that violence on a campus is
// frightening precisely because it is petty. The famous bicycle-chain fight is
// here again, shot just as well, and if the songs feel bolted on, that is the
// price this Indian production pays for a mainstream release. Few debuts have
// been worth making twice.

%include {
#include <stdio.h>
#include <assert.h>
}

%token_type {int}
%left PLUS MINUS.
%left TIMES.

program ::= expr(A).                 { printf("%d\n", A); }
expr(A) ::= expr(B) PLUS expr(C).    { A = B + C; }
expr(A) ::= expr(B) MINUS expr(C).   { A = B - C; }
expr(A) ::= expr(B) TIMES expr(C).   { A = B * C; }
expr(A) ::= INTEGER(B).              { A = B; }
