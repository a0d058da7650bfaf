(* Author: Nasrin Holm *)
(* Written: 2024-07-07 *)
(* Run: ocaml 19-ocaml.ml *)

type review = {
  film : string;
  year : int;
  reviewer : string;
  paragraphs : string list;
  signoff : string;
}

let review = {
  film = "The Salesman";
  year = 2016;
  reviewer = "Nasrin Holm";
  paragraphs = [
    "Asghar Farhadi wrote and directed The Salesman (2016), an Iranian film also " ^
    "known as Forushande. Emad and Rana, a married couple who act together in a small " ^
    "company's staging of Arthur Miller's Death of a Salesman, have to leave their " ^
    "Tehran flat when the building starts to crack.";
    "Shahab Hosseini plays Emad, a schoolteacher liked by his pupils, and Taraneh " ^
    "Alidoosti is Rana, who is attacked in the new flat by a stranger while her " ^
    "husband is out. Babak Karimi plays Babak, a fellow actor who found them the flat " ^
    "and did not mention who lived there before. Farid Sajjadi Hosseini appears late " ^
    "as an old man whose fate Emad holds in his hands.";
    "Farhadi follows Emad's need for revenge more closely than Rana's need to forget, " ^
    "and the last half hour in the empty building is hard to watch. It won the Oscar " ^
    "for foreign-language film. I liked it less than A Separation, which had the same " ^
    "precision and more warmth.";
  ];
  signoff = "Nasrin Holm";
}

let () =
  Printf.printf "%s (%d)\n" review.film review.year;
  List.iter (fun p -> print_newline (); print_endline p) review.paragraphs;
  print_newline ();
  print_endline ("- " ^ review.signoff)
