%% Film club knowledge base, session 18.
%% Load with:  ?- consult('18-prolog.pl'), show_review.

:- discontiguous review_line/3.

reviewer('Gideon Farrant').
film('12', 2007).
session(18, date(2026, 3, 5)).

review_line(1, 1, "Nikita Mikhalkov's 12 (2007) is a Russian remake of Sidney").
review_line(1, 2, "Lumet's 12 Angry Men (1957): twelve jurors, locked in a school").
review_line(1, 3, "gymnasium for the night, must decide whether a Chechen").
review_line(1, 4, "teenager killed his stepfather, an officer in the Russian").
review_line(1, 5, "army.").
review_line(2, 1, "Mikhalkov directs, co-wrote the script and plays the foreman,").
review_line(2, 2, "a quiet artist who says little until the end. Sergei").
review_line(2, 3, "Makovetsky is the first juror to doubt, Sergei Garmash plays a").
review_line(2, 4, "taxi driver who hates Caucasians, and Valentin Gaft and").
review_line(2, 5, "Aleksei Petrenko are among the older men. Apti Magamayev is").
review_line(2, 6, "the boy, seen in flashbacks of the war.").
review_line(3, 1, "The film runs over two and a half hours, and each juror gets a").
review_line(3, 2, "long speech. The American story had already been remade for").
review_line(3, 3, "television in 1997, with Jack Lemmon; that does not matter").
review_line(3, 4, "here. It was nominated for the foreign-language Oscar.").

show_review :-
    forall(between(1, 3, P),
           ( forall(review_line(P, _, L), (write(L), write(' '))),
             nl, nl )),
    reviewer(R), format("-- ~w~n", [R]).
