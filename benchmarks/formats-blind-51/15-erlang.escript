#!/usr/bin/env escript
%% -*- erlang -*-
%% review.escript -- prints a film review
%% Author: Aiko Tanabe <aiko@jidaigeki.example.jp>
%% Written: 2023-08-12
%% Run: escript review.escript

main(_Args) ->
    io:put_chars([heading(), "\n\n", body(), "\n", signoff(), "\n"]).

heading() ->
    film() ++ " (" ++ integer_to_list(year()) ++ ")".

film() -> "Hara-Kiri: Death of a Samurai".

year() -> 2011.

reviewer() -> "Aiko Tanabe".

signoff() -> reviewer().

body() ->
    [
     "Takashi Miike directed Hara-Kiri: Death of a Samurai (Ichimei,\n",
     "2011), a remake of Masaki Kobayashi's Harakiri (1962), and the\n",
     "second samurai remake he made in a row, after 13 Assassins. It was\n",
     "shot in 3-D, which is strange for a film that is mostly people\n",
     "kneeling in a courtyard, and the 3-D adds nothing.\n",
     "\n",
     "Ebizo Ichikawa plays Hanshiro Tsugumo, a masterless samurai who\n",
     "comes to the house of the Ii clan and asks for a place to commit\n",
     "ritual suicide, a request that poor ronin of the time made in the\n",
     "hope of being paid to go away. Koji Yakusho is Kageyu Saito, the\n",
     "clan's senior retainer, who tells him what happened to the last\n",
     "young man who tried it. That was Motome Chijiiwa, played by Eita,\n",
     "and Hikari Mitsushima is Miho, Motome's wife and Hanshiro's\n",
     "daughter.\n",
     "\n",
     "Miike keeps the old structure, and this Japanese film changes only\n",
     "its weight: the flashback of Motome's poverty now takes up most of\n",
     "the running time, and the final fight is shorter and angrier.\n",
     "Tatsuya Nakadai's cold fury in the older film is not matched, but\n",
     "Ichikawa is good. Ryuichi Sakamoto wrote the score.\n"
    ].
