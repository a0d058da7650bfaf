(* Los Olvidados (1950) *)
(* Author: Marisol Ferrante, streetlevel.example.org *)
(* Run with any Standard ML top level, e.g. sml 03-sml.sml *)

val title = "Los Olvidados (1950)"
val reviewer = "Marisol Ferrante"
val signoff = "Reviewed by Marisol Ferrante for Street Level Film Notes, 9 May 2024."

val paragraphs =
  [ "Luis Bunuel's Los Olvidados (1950), released in the United \
    \States as The Young and the Damned, is a Mexican film about boys \
    \scraping a living on the waste ground at the edge of Mexico \
    \City. Bunuel wrote it with Luis Alcoriza, and he softens \
    \nothing."
  , "Roberto Cobo plays El Jaibo, who escapes from reform school and \
    \drags the younger Pedro, played by Alfonso Mejia, down with him. \
    \Estela Inda plays Pedro's mother, too worn out to love him, and \
    \Miguel Inclan plays Don Carmelo, a blind street musician who is \
    \no kinder than the boys who torment him."
  , "I think it takes its street boys straight from Vittorio De \
    \Sica's Shoeshine (1946) and then strips away every comfort. \
    \Critics often pair it with Bicycle Thieves, but I see no real \
    \link beyond the poverty. The one dream sequence, with its slab \
    \of raw meat, is pure Bunuel, and a long way from the surrealist \
    \jokes of Un Chien Andalou two decades before."
  ]

fun show s = print (s ^ "\n\n")

val () = show title
val () = List.app show paragraphs
val () = print (signoff ^ "\n")
