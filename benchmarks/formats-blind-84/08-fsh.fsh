// FHIR Shorthand profile for the first-aid desk tickets (cinema.example).
// The programme note of the week is kept in these comment lines.
// This note came to us unsigned.
//
// Top Secret! (1984)
//
// Jim Abrahams, David Zucker and Jerry Zucker directed this spoof and wrote it with Martyn
// Burke, and it comes with all the jokes per minute of their earlier disaster-film parody, but
// aimed at two targets at once: the Elvis musical and the wartime spy thriller.
//
// Val Kilmer, in his first film, plays Nick Rivers, an American rock and roll star sent to
// perform at a cultural festival in East Germany, where he falls in with the French
// Resistance, which makes no sense at all and is meant not to. Kilmer sings his own numbers
// and keeps a straight face through everything, which is exactly right. Lucy Gutteridge plays
// Hillary Flammond, a Resistance fighter whose father, the scientist Dr. Paul Flammond
// (Michael Gough), is held prisoner by the East Germans. Omar Sharif is Cedric, a British
// agent who gets crushed inside a car and keeps talking, and Jeremy Kemp plays General Streck
// with great seriousness. Peter Cushing has a wonderful scene as a Swedish bookshop
// proprietor, shot entirely backwards.
//
// Not every gag lands, and the plot runs out of steam before the end. But the sequence in the
// Swedish bookshop, the underwater bar fight and the cow in boots are as good as anything in
// the genre. Nobody should expect a real spy story; the jokes are the whole show. It is a rare
// comedy that improves on a second viewing, and this one does.

Profile: ScreeningTicket
Parent: Observation
Id: screening-ticket
Description: "A ticket scanned at the door of a screen."
* status = #final
* subject 1..1
* effective[x] only dateTime
* valueString 1..1
* valueString ^short = "Seat code, such as F12"
