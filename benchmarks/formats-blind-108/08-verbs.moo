@program #211:review_notes   this none this
"Verb listing from the film club MOO. A bare string statement does nothing";
"when the verb runs, so the review is stored in them, a line a statement.";
"";
"Posted by Anselm Quigley-Nakamura";
"";
"the road (2009)";
"";
"I have read Cormac McCarthy's novel twice and I still cannot finish it";
"without a long walk afterwards, so I went into John Hillcoat's film braced";
"for disappointment. It is more faithful to the book than I expected. Joe";
"Penhall's screenplay keeps almost every scene, and much of the dialogue is";
"lifted straight off the page. What it cannot keep is the prose, and that";
"was always the best thing about the novel.";
"";
"Viggo Mortensen plays the father, walking south through a burnt-out";
"America with his young son, a shopping cart and a pistol with two bullets";
"in it. Kodi Smit-McPhee is the boy, and he is heartbreaking without ever";
"being cute. Charlize Theron appears in flashbacks as the mother who gave";
"up, and Robert Duvall has one long, astonishing scene as an old wanderer";
"who claims his name is Ely. Guy Pearce turns up right at the end.";
"";
"The grey, ashen look is perfect and the cannibals are as horrible as they";
"should be. But the book left me shattered and the film only left me sad.";
"Maybe that is the most a film of it could do.";
"";
"7/10";

player:tell("Review notes are in the verb listing.");
.
