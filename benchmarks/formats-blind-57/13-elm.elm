module Main exposing (main)

{-| Heavenly Creatures (1994)

Author: Fenella Garrick, southernscreen.example.org

A review for Southern Screen, rendered as a single page.

-}

import Html exposing (Html, article, h1, p, text)
import Html.Attributes exposing (class)


title : String
title =
    "Heavenly Creatures (1994)"


reviewer : String
reviewer =
    "Fenella Garrick"


paragraphs : List String
paragraphs =
    [ "Peter Jackson directed Heavenly Creatures (1994) and wrote it with Fran Walsh. This New Zealand film tells the true story of two Christchurch schoolgirls in the early 1950s whose friendship grew into a private world and then into murder."
    , "Melanie Lynskey plays Pauline Parker, sullen and watchful, and Kate Winslet, in her first film, plays Juliet Hulme, the bright English newcomer. Sarah Peirse plays Pauline's mother, and Clive Merrison and Diana Kent play Juliet's parents, Henry and Hilda Hulme."
    , "The girls worship the tenor Mario Lanza and sit through The Third Man, and Orson Welles turns up in their fantasies as a menace. None of that makes the film a copy of anything. Jackson had been making splatter comedies such as Braindead, and nobody expected this from him."
    ]


signoff : String
signoff =
    "Reviewed by Fenella Garrick for Southern Screen, 5 December 2024."


main : Html msg
main =
    article [ class "review" ]
        (h1 [] [ text title ]
            :: List.map (\para -> p [] [ text para ]) paragraphs
            ++ [ p [ class "signoff" ] [ text signoff ] ]
        )
