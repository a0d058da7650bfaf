// Interactive review for the film club kiosk. Compile with inklecate.
VAR seen_cast = false

-> start

=== start ===
<b>Touki Bouki (1973)</b>
A review by Awa Delacroix-Mbaye.
<i>Touki Bouki</i> (1973) was written and directed by Djibril Diop Mambéty, and it is a Senegalese film that still feels newer than most of what I saw this year. Mory, a cowherd with a motorbike decorated with horns, and Anta, a student, dream of leaving Dakar for Paris and plan a string of small cons to pay the fare.
* [Who is in it?] -> cast
* [Anything else?] -> last

=== cast ===
~ seen_cast = true
Magaye Niang plays Mory and Mareme Niang plays Anta, and neither was a professional actor. Their faces carry the film.
-> last

=== last ===
Critics sometimes call it an African <i>Breathless</i>, but I do not think Mambéty was copying Godard; the jump cuts come from somewhere else. Josephine Baker singing about Paris on the soundtrack is a bitter joke. I believe the print going round now is a 2008 restoration. His later <i>Hyenas</i> is also worth finding.
{ seen_cast: Thanks for reading the whole thing. | You skipped the cast; go back any time. }
-> END
