// unescaped-seat-name.ql: a code-scanning query for the booking app (cinema.example).
// This week's film review rides along in the comments below.
//
// Written by Tobias Wetherall
//
// Gregory's Girl (1981)
//
// Bill Forsyth wrote and directed this small Scottish comedy about a gangly schoolboy in a new
// town who falls in love with a girl who plays football better than he does. It was made for
// very little money, with many of the young actors taken from a youth theatre, and it shows,
// happily: nobody acts like a film star, and the jokes are all in the timing. People called it
// a Scottish answer to American Graffiti (1973), but it owes that film nothing.
//
// John Gordon Sinclair plays Gregory, sixteen, tall, awkward and certain that he is in love,
// whose school team is so bad that the coach lets a girl try out. Dee Hepburn plays Dorothy,
// that girl, a cool, fast centre forward who is kind enough to let him down gently. Jake
// D'Arcy plays Phil Menzies, the coach, a tired man who would rather be at the piano. Clare
// Grogan plays Susan, who noticed Gregory long before he noticed her, and Allison Forster
// plays Madeline, his small sister, who advises him about clothes and life with the calm of a
// woman of forty.
//
// Nothing much happens. A boy in a penguin suit wanders the school corridors, two friends set
// off to hitch a lift to Caracas, and Gregory spends a long evening lying on the grass of a
// park with a girl he did not expect. It is one of the gentlest films I know, and one of the
// funniest.

/**
 * @name Seat label written without escaping
 * @description Finds seat labels written straight into the booking page.
 * @kind problem
 * @problem.severity warning
 * @id cinema/unescaped-seat-label
 */

import javascript

from CallExpr call
where call.getCalleeName() = "write"
select call, "Seat label written to the page without escaping."
