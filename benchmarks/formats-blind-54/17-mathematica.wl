(* review.wl: prints a film review; run with wolframscript -file review.wl *)
(* Author: Suresh Balakrishnan *)
(* Date: 2024-04-04 *)

title = "Papanasam (2015)";
reviewer = "Suresh Balakrishnan";

paragraphs = {
  StringJoin[
    "Papanasam is an Indian film of 2015, in Tamil, and a remake of ",
    "Drishyam (2013), which its director, Jeethu Joseph, had made in ",
    "Malayalam two years before. Jeethu Joseph also wrote it. A cable ",
    "television operator who watches films all night uses what he has ",
    "learned from them to shield his family after his daughter kills ",
    "a boy who was blackmailing her."
  ],
  StringJoin[
    "Kamal Haasan plays Suyambulingam, the cable operator, with a ",
    "thick local accent and great patience. Gautami plays Rani, his ",
    "wife, and Niveda Thomas is Selvi, the elder daughter. Asha ",
    "Sarath plays Geetha, the police chief whose son has vanished, ",
    "and she repeats her part from the original."
  ],
  StringJoin[
    "Mohanlal played the father in the Malayalam version, and Ajay ",
    "Devgn played him in a Hindi remake of the same year, which I ",
    "have not seen. Kamal is more openly emotional than Mohanlal, and ",
    "the last scene lands harder for it. The plot holds up on a ",
    "second telling, which says a great deal about how well it was ",
    "built."
  ]
};

signoff = "Suresh Balakrishnan, Chennai Screen Notes.";

Print[title]; Print[""];
Scan[(Print[#]; Print[""]) &, paragraphs];
Print[signoff];
