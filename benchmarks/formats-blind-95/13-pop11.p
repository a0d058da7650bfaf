;;; polls.p: adds up the audience poll cards for the politics season (cinema.example).
;;; Pop-11 drops the rest of a line after three semicolons; the review is held in them.
;;;
;;; Reviewed by Lucan Pemberton
;;;
;;; Bob Roberts (1992)
;;;
;;; Tim Robbins wrote and directed this American satire and plays its title character, and its
;;; form is borrowed from This Is Spinal Tap (1984): a mock documentary that follows its subject
;;; on the road, with a British film-maker tagging along and letting the subject hang himself.
;;; Here the subject is not a rock band but a folk-singing millionaire running for the Senate in
;;; Pennsylvania.
;;;
;;; Bob Roberts sings songs about welfare cheats and drug users in the style of the protest
;;; singers he grew up despising, and his campaign, run like a concert tour, is draining votes
;;; from the old liberal incumbent, Senator Brickley Paiste, played by the novelist Gore Vidal
;;; with weary, devastating ease. Brian Murray plays Terry Manchester, the man behind the
;;; documentary. Alan Rickman plays Lukas Hart III, Roberts's smooth campaign chairman, whose
;;; past includes a savings and loan scandal and a shadier trade in weapons. Giancarlo Esposito
;;; plays Bugs Raplin, a reporter for an underground paper who is trying to drag those dealings
;;; into the light.
;;;
;;; Robbins is frighteningly good: Roberts smiles and chats and strums and never lets anyone
;;; glimpse the hardness underneath. The fake songs are clever enough to be catchy, which is
;;; exactly the point. The film is sometimes too pleased with itself, and the shooting in the
;;; last act is heavy-handed. But it saw the coming decade's politics of entertainment very
;;; clearly, and the joke has aged into a warning.

vars cards = [12 9 15 4];

define total(list) -> sum;
    lvars item;
    0 -> sum;
    for item in list do
        sum + item -> sum;
    endfor;
enddefine;

pr('Poll cards counted: ');
pr(total(cards));
nl(1);
