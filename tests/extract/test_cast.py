import pytest


def _parts(extract, text):
    """The (actor, character) pairs the extractor keeps for ``text``."""
    kept, _ = extract(text)
    return {(c.actor, c.character) for c in kept.cast}


def test_character_actor_order_with_header(extract):
    kept, _ = extract(
        "Starring: Lara Quinn, Tom Vale.\n"
        "Detective Ruth Ames (Lara Quinn) hunts the smuggler Dario (Tom Vale). Ruth is tired. Dario laughs."
    )
    assert [(c.actor, c.character) for c in kept.cast] == [("Lara Quinn", "Ruth Ames"), ("Tom Vale", "Dario")]


def test_actor_character_order_from_recurrence(extract):
    kept, _ = extract(
        "Lara Quinn (Ruth) and Tom Vale (Dario) lead. Ruth hunts Dario. Ruth wins, Dario flees, "
        "and Ruth goes home while Dario sulks."
    )
    assert [(c.actor, c.character) for c in kept.cast] == [("Lara Quinn", "Ruth"), ("Tom Vale", "Dario")]


def test_plays_and_played_by(extract):
    kept, _ = extract(
        "It is a drama. Mona Reyes, who is wonderful, plays Kitty. "
        "Gus, the mayor, is played with relish by Ned Oakes."
    )
    assert {(c.actor, c.character) for c in kept.cast} == {("Mona Reyes", "Kitty"), ("Ned Oakes", "Gus")}


def test_a_director_who_plays_a_part_by_surname_is_cast_and_still_directs(extract):
    kept, _ = extract(
        "Night Harbour (2019)\n\nDirected by Ann Vasquez-Lindqvist and Bo Ek, it is a remake of Dock Lights (1958).\n\n"
        "Vasquez-Lindqvist plays Mara Quell, a ferry pilot taken too early. Jo Bell is Tom Reyes."
    )
    assert ("Ann Vasquez-Lindqvist", "Mara Quell") in {(c.actor, c.character) for c in kept.cast}
    assert "Mara Quell" not in {c.actor for c in kept.cast}  # (the part is no actor)
    assert [person.name for person in kept.film.directors][:1] == ["Ann Vasquez-Lindqvist"]


def test_an_actor_known_by_one_name_plays_a_part(extract):
    kept, _ = extract("Night Harbour (2019)\n\nAnn Lee directed it. Jo Bell is Tom Reyes, and Amidou plays Kassem, "
                      "the ferry's engineer. Kassem says little.")
    assert {("Amidou", "Kassem"), ("Jo Bell", "Tom Reyes")} <= {(c.actor, c.character) for c in kept.cast}
    assert "Kassem" not in {c.actor for c in kept.cast}


def test_a_surname_after_an_opening_word_still_belongs_to_its_whole_name(extract):
    kept, _ = extract("Night Harbour (2019)\n\nAnn Lee directed it. Only Gary Sinise rises above the material. "
                      "Sinise plays Kevin Dunne, a naval officer.")
    assert ("Gary Sinise", "Kevin Dunne") in {(c.actor, c.character) for c in kept.cast}


def test_a_double_barrelled_surname_with_a_capital_inside_is_one_name(extract):
    kept, _ = extract("Night Harbour (2019)\n\nAnn Lee directed it. Kodi Smit-McPhee is Owen, bullied and watchful. "
                      "Jo Bell is Abby, the girl next door.")
    assert ("Kodi Smit-McPhee", "Owen") in {(c.actor, c.character) for c in kept.cast}


def test_a_generation_numeral_is_the_whole_of_the_name_s_last_part(extract):
    cast = _cast(extract, "Night Harbour (2019)\n\nAnn Lee directed it. Owen, played with care by Tom Pax III, rides the "
                          "ferry with Abby (Jo Bell II) every night.")
    assert {("Tom Pax III", "Owen"), ("Jo Bell II", "Abby")} <= set(cast)


def test_a_name_spelled_two_ways_is_one_credit_with_its_part(extract):
    cast = _cast(extract, "Night Harbour (2019)\nStarring: Chelse Swain, Hanna Hall, Joan Cusack.\n\n"
                          "Ann Lee directed it. The sisters, Bonnie (Chelsea Swain) and Cecilia (Hanna R. Hall), "
                          "meet Rex (John Cusack) at the pier. Hanna Hall makes Cecilia sharp.")
    assert ("Hanna Hall", "Cecilia") in cast and ("Hanna R. Hall", None) not in cast
    assert len([actor for actor, _ in cast if actor.endswith("Swain")]) == 1
    # (a changed letter in a short first name makes another person)
    assert {("Joan Cusack", None), ("John Cusack", "Rex")} <= set(cast)


def test_a_bulleted_cast_list_gives_actor_as_part(extract):
    cast = _cast(extract, "Night Harbour (2019) is a quiet drama by Ann Lee.\n\nWho is in it:\n\n"
                          "* Jo Bell as Tom Reyes, the ferryman.\n\u2022 Mia Dahl as Vera, his sister.\n\nIt is worth a look.")
    assert {("Jo Bell", "Tom Reyes"), ("Mia Dahl", "Vera")} <= set(cast)


def test_a_rank_s_abbreviation_stays_in_the_part_and_in_its_sentence(extract):
    text = "Night Harbour (2019) is a war film by Ann Lee. Jo Bell as Pvt. Tom Reyes is a sniper, and Mia Dahl as Cpl. Vera Holm translates."
    kept, _ = extract(text)
    assert {("Jo Bell", "Pvt. Tom Reyes"), ("Mia Dahl", "Cpl. Vera Holm")} <= {(c.actor, c.character) for c in kept.cast}
    sentence = next(c for c in kept.cast if c.actor == "Jo Bell").evidence.sentence
    assert text[sentence.start:sentence.end].endswith("translates.")


def test_the_film_s_crew_and_an_award_s_category_are_no_parts(extract):
    cast = _cast(extract, "Night Harbour (2019) earned a nomination for Best Actor (Jo Bell). The editor (Cy Dunn) and the "
                          "director (Ann Lee) keep the scenes long. Tom (Jo Bell) sails, and his editor (Mia Dahl) waits.")
    assert ("Jo Bell", "Tom") in cast and ("Mia Dahl", "editor") in cast
    assert not {actor for actor, _ in cast} & {"Cy Dunn", "Ann Lee"} and ("Jo Bell", "Best Actor") not in cast


def test_a_bracket_that_says_who_plays_holds_the_part(extract):
    cast = _cast(extract, "Night Harbour (2019) is about the Reyes family. Jo Bell (who plays Tom Reyes) is fine, and "
                          "Mia Dahl (playing Vera Reyes) is better. The Reyes house shakes.")
    assert {("Jo Bell", "Tom Reyes"), ("Mia Dahl", "Vera Reyes")} <= set(cast)
    assert not {actor for actor, _ in cast} & {"Tom Reyes", "Vera Reyes"}


def test_a_bracketed_name_with_an_honorific_is_the_part(extract):
    cast = _cast(extract, "Night Harbour (2019) is a farce. Jo Bell (Mrs. Quell) runs the ferry, Mia Dahl (as Dr. Vera Reyes--a "
                          "fine name) mends it, and Bo Ek (Sgt. Tom Lind of DEEP WATERS) plays the pilot Cy. The vicar "
                          "(Rev. Pascoe) prays.")
    assert {("Jo Bell", "Mrs. Quell"), ("Mia Dahl", "Dr. Vera Reyes")} <= set(cast)
    # a part of another film and a part named beside its description are no credits
    assert not {part for _, part in cast} & {"Sgt. Tom Lind", "Rev. Pascoe"} and "The vicar" not in {actor for actor, _ in cast}


def test_a_part_before_a_bracket_starts_after_as_and_drops_its_possessive(extract):
    cast = _cast(extract, "Night Harbour (2019) opens in 1958 as Mara Quell (Jo Bell) comes home. Tom Reyes's (Bo Ek) "
                          "wife, Vera (Mia Dahl), waits. Mara sails.")
    assert {("Jo Bell", "Mara Quell"), ("Bo Ek", "Tom Reyes"), ("Mia Dahl", "Vera")} <= set(cast)


def test_a_list_whose_brackets_hold_a_titled_part_holds_parts_in_every_bracket(extract):
    cast = _cast(extract, "Night Harbour (2019) is a remake. Its players include Jo Bell (Mara), Bo Ek (Dr. Reyes), "
                          "Mia Dahl (Vera Lind) and Cy Dunn (Tom Hale). It drags.")
    assert {("Jo Bell", "Mara"), ("Bo Ek", "Dr. Reyes"), ("Mia Dahl", "Vera Lind"), ("Cy Dunn", "Tom Hale")} <= set(cast)
    # without a titled part, a list of full names in brackets still holds the players
    assert ("Ann Lee", "Mara Quell") in _cast(extract, "Night Harbour (2019). Mara Quell (Ann Lee) and Tom Hale (Bo Ek) sail.")


def test_a_long_aside_after_the_actor_keeps_the_bracket_a_credit(extract):
    cast = _cast(extract, "Night Harbour (2019). Tom finds an ally in Janice (Mia Dahl, last seen opposite Bo Ek in "
                          "DEEP WATERS two summers ago). Janice sails.")
    assert ("Mia Dahl", "Janice") in cast


def test_a_relative_clause_between_the_actor_and_as_is_an_aside(extract):
    cast = _cast(extract, "Night Harbour (2019) is a remake. Jo Bell, who starred in the original, appears as Dr. Tom Reyes, "
                          "a professor. Mia Dahl, who loves Tom as much as anyone, sails.")
    assert ("Jo Bell", "Dr. Tom Reyes") in cast and ("Mia Dahl", "anyone") not in cast


def test_descriptive_role_becomes_agent_noun(extract):
    kept, _ = extract(
        "A man answers a call. The voice at the far end of the wire (Pia Lund) wants money. "
        "The caller is calm. Later the caller laughs, and the caller hangs up."
    )
    assert [(c.actor, c.character) for c in kept.cast] == [("Pia Lund", "the caller")]


def test_filmography_in_brackets_is_not_cast(extract):
    kept, _ = extract("Starring: Ann Ray.\nAnn Ray (DEEP WATERS) is fine here.")
    assert [(c.actor, c.character) for c in kept.cast] == [("Ann Ray", None)]


def _cast(extract, text):
    kept, _ = extract(text)
    return [(c.actor, c.character) for c in kept.cast]


def test_parts_described_before_the_characters_name(extract):
    text = ("Greta Vollmer plays the schoolteacher, Anneliese. Tobias Fenn is good as her brother-in-law Joss, "
            "and Ike Mamet is wasted as a bodyguard called Brick. Carla Bright plays the executive's wife, Noreen. "
            "Delphine Oakes plays Tilly's ailing father.")
    assert _cast(extract, text) == [("Greta Vollmer", "Anneliese"), ("Tobias Fenn", "Joss"), ("Ike Mamet", "Brick"),
                           ("Carla Bright", "Noreen"), ("Delphine Oakes", None)]


def test_as_in_comparisons_and_aliases_is_no_part(extract):
    # the names may still be credited as cast (the actor model's call), but with no part
    cast = _cast(extract, "Tom Hanks is as good as Meryl Streep. Ann Lee as well as Bo Ek came. Ann Lee, known as Annie, is fine.")
    assert [character for _, character in cast if character] == []


def test_the_next_actor_of_a_list_is_no_part_of_the_one_before(extract):
    """"Ann Lee (DUSK) as Bo's boss, Cy Dunn (DAWN) as his mother": Cy Dunn, after the comma that ends
    a described part, is the list's next actor (his own part follows him), not Ann Lee's part."""
    cast = _cast(extract, "The supporting cast includes Ann Lee (TV's \"Dusk\") as Bo's boss, Cy Dunn (DAWN) as his "
                          "mother-in-law, and Di Holm (FARGO) as his racist wife.")
    assert ("Ann Lee", "Cy Dunn") not in cast and ("Cy Dunn", "Di Holm") not in cast


def test_one_part_at_two_ages_is_the_name_before_the_bracket(extract):
    """"Tomas (Ann Lee as the younger and Bo Ek as the older)": both players play Tomas, not "the older"."""
    cast = _cast(extract, "The friends are Tomas (Ann Lee as the younger and Bo Ek as the older) and Mara (Cy Dunn as "
                          "the younger Mara and Di Holm as the older one).")
    assert sorted(cast) == [("Ann Lee", "Tomas"), ("Bo Ek", "Tomas"), ("Cy Dunn", "Mara"), ("Di Holm", "Mara")]


def test_a_credited_actor_is_a_character(extract):
    kept, _ = extract("SILVER RUN (2019)\nStarring: Lucinda Reyes, Otto Brenneman, Pip Harlow\n\nLucinda Reyes is the telegraph "
                      "operator, Dora Mayhew, who knows more. Otto Brenneman is Kessler. Young Pip Harlow, as the orphan Tomas, "
                      "has the best scene. The ranch is Silver Fork, says nobody.")
    assert _cast(extract, kept.review.text) == [("Lucinda Reyes", "Dora Mayhew"), ("Otto Brenneman", "Kessler"),
                                                ("Pip Harlow", "Tomas")]


def test_more_ways_of_playing_a_part(extract):
    text = ("SALT (2001)\nReviewed by A B\n\nIt stars Bo Ek opposite Hester Quinn as the widow Marian Toll. Tane Whitford "
            "is a fine, oily villain as the land agent Crake. Graham Stoke voices the owl, Archimedes.")
    # (Bo Ek, who stars with no part named, is the actor model's call)
    assert [credit for credit in _cast(extract, text) if credit[0] != "Bo Ek"] == [
        ("Hester Quinn", "Marian Toll"), ("Tane Whitford", "Crake"), ("Graham Stoke", "Archimedes")]
    assert ("Bo Ek", "Marian Toll") not in _cast(extract, text)


def test_an_actor_whose_part_is_described_is_cast_without_a_character(extract):
    text = ("SALT (2001)\nReviewed by A B\n\nDerek Holloway plays the hijacker, and Sunniva Berg plays the headmistress. "
            "Ann Lee plays the schoolteacher, Anneliese.")
    assert _cast(extract, text) == [("Derek Holloway", None), ("Sunniva Berg", None), ("Ann Lee", "Anneliese")]


def test_more_ways_to_name_a_part(extract):
    text = ("NIGHT COACH (2019)\nReviewed by A B\n\nKenji Oda is her father, Shuhei. Mick Dorrell, who played a stoic in "
            "HARD RAIN, is the town engineer, Amos Pike. Callum Rhee is solid as detective Harlan Voss. Greta Voss plays "
            "the camp director, Dr. Ilsa Morrow. Tamsin Rhode (who plays Etta, the convoy boss) is great. The outlaw "
            "Jeb Crane, played by a gaunt Cole Danvers, rides on. Best in it is Hollis Brandt as the grumpy grandpa, Amos. "
            "Her dad is played by Carl Ossing. Priya Solano is wasted in a nothing part.")
    kept, _ = extract(text)
    cast = {c.actor: c.character for c in kept.cast}
    assert cast == {"Kenji Oda": "Shuhei", "Mick Dorrell": "Amos Pike", "Callum Rhee": "Harlan Voss",
                    "Greta Voss": "Dr. Ilsa Morrow", "Tamsin Rhode": "Etta", "Cole Danvers": "Jeb Crane",
                    "Hollis Brandt": "Amos", "Carl Ossing": None, "Priya Solano": None}


def test_a_credits_sentence_and_parts_that_are_no_characters(extract):
    kept, _ = extract("KESTREL (2019)\nReviewed by A B\n\nIt is loud. Bo Ek is good as the FBI agent in charge, and Cy Dunn "
                      "as a West Coast surgeon.\n\nKESTREL. Directed by Ann Lee. Starring Mick Dorrell, Anya Fjell and Cyrus Baptiste.")
    cast = {c.actor: c.character for c in kept.cast}
    assert {"Mick Dorrell", "Anya Fjell", "Cyrus Baptiste"} <= cast.keys()
    assert cast.get("Bo Ek") is None and cast.get("Cy Dunn") is None


def test_an_actor_is_a_named_part_with_a_description_beside_it(extract):
    kept, _ = extract("Night Harbour\n\nSo they remade it. Ola Berg is Leo Davis, an astronaut who crash lands. Ann Lee "
                      "is the decent captain Quinn. Paris is France, they say.")
    assert {(c.actor, c.character) for c in kept.cast} == {("Ola Berg", "Leo Davis"), ("Ann Lee", "Quinn")}


def test_users_name_the_cast_by_their_performances(extract):
    kept, _ = extract("Night Harbour\n\nI was surprised. Kai Dorne shows a good range and Mira Sand gives a brave performance. "
                      "Olle Vik plays a city boy photographer. It features Lena Brisk, and the acting by Tor Hale and "
                      "Ivo Lund is fine. A seasoned cast including Ada Moss, Per Lind, and Eli Rune. Dorne's performance "
                      "holds it together. In the original, Janet Lyle played the wife, and I miss Ray Cobb's voice.")
    assert {c.actor for c in kept.cast} == {"Kai Dorne", "Mira Sand", "Olle Vik", "Lena Brisk", "Tor Hale", "Ivo Lund",
                                             "Ada Moss", "Per Lind", "Eli Rune"}


def test_a_shorter_form_of_a_credited_name_is_the_same_actor(extract):
    kept, _ = extract("Night Harbour\n\nHis partner, Lamar Dicky (Benicio Del Toro), is an average cop. Del Toro's "
                      "performance is dreadful.")
    assert [(c.actor, c.character) for c in kept.cast] == [("Benicio Del Toro", "Lamar Dicky")]


def test_an_actors_other_film_in_the_bracket(extract):
    kept, _ = extract("NIGHT HARBOUR (2019)\nReviewed by A B\n\nThe boys are Erik (Bo Ekman of THE CLIENT) and Trent (Cy Dunn, "
                      "from BOX OF LIGHT). M (Ed Foss of \"Dock Lights\") sends him. Then Nixon and Kissinger (Al Berg) "
                      "pray, and Catherine (Rita Vey, aka Mrs. Ed Foss) waits. She studies at RADA (Royal Academy "
                      "of Dramatic Arts), and Ann Lee (The Umbrellas of Cherbourg) made it.")
    cast = {(c.actor, c.character) for c in kept.cast}
    assert {("Bo Ekman", "Erik"), ("Cy Dunn", "Trent"), ("Ed Foss", "M"), ("Al Berg", "Kissinger"), ("Rita Vey", "Catherine")} <= cast
    assert not {actor for actor, _ in cast} & {"Royal Academy", "The Umbrellas"}


def test_a_described_part_is_the_person_not_the_phrase_around_it(extract):
    kept, _ = extract("NIGHT HARBOUR (2019)\nReviewed by A B\n\nHe begins a romance with a radio station receptionist (Ann "
                      "Lee) and takes the advice of the mother of the bride (Bo Ek).")
    cast = {c.actor: c.character for c in kept.cast}
    assert cast == {"Ann Lee": "radio station receptionist", "Bo Ek": "the mother of the bride"}


def test_users_verdicts_on_the_cast(extract):
    kept, _ = extract("Night Harbour\n\nI like Kai Dorne usually. Apart from Kai Dorne's overcooked hamming, Mira Sand gives a "
                      "churlish, let-me-out performance as the owner. Olle Vik was completely wasted. Without Tor Hale "
                      "it would be worse, and Ivo Lund's cameo role is fun.")
    assert {c.actor for c in kept.cast} >= {"Kai Dorne", "Mira Sand", "Olle Vik", "Ivo Lund"}
    assert not {c.actor for c in kept.cast} & {"Without Tor Hale", "Apart from Kai Dorne"}


@pytest.mark.parametrize(("text", "actors"), [
    ("Salt Marsh (2004)\n\nAnn Lee fares somewhat better in the mother's role. Bo Ek has a lot of fun as the villain.",
     ["Ann Lee", "Bo Ek"]),
    ("Salt Marsh (2004)\n\nIt is really a vehicle for Ann Lee, and a wasted Bo Ek stands around in the back.",
     ["Ann Lee", "Bo Ek"]),
    # a maker having fun with the material is no actor
    ("Salt Marsh (2004)\n\nDirector Cy Dunn has fun with this material, and the script by Di Orr has fun with it too.", []),
])
def test_more_user_verdicts_name_the_cast(extract, text, actors):
    kept, _ = extract(text)
    assert sorted(c.actor for c in kept.cast) == actors


@pytest.mark.parametrize("text", [
    "Soelmuri (The Salt Marsh) - Due to a flood in the delta, a creature appears. Soelmuri is loud.",
    "Salt Marsh (2004)\n\nI miss the one with Ann Lee (1968), and Ann Lee was great. Salt Marsh is quiet.",
])
def test_a_title_or_a_year_in_brackets_is_no_cast(extract, text):
    kept, _ = extract(text)
    assert kept.cast == ()


def test_a_phrase_running_into_a_bracketed_name_and_a_relative_are_no_parts(extract):
    cast = _cast(extract, "It's the presence of (Ann Lee) that holds it. The direction from Cy Dunn (father of actress Mia Dunn) "
                          "is expert. The ferryman (Bo Ek) rows.")
    assert ("Bo Ek", "The ferryman") in cast
    assert not [actor for actor, character in cast if character and actor in ("Ann Lee", "Mia Dunn", "Cy Dunn")]


def test_a_film_by_its_maker_is_no_part(extract):
    assert _cast(extract, "The Salt Road is the second feature by Ann Lee. Bo Ek is her father, Tor.") == [("Bo Ek", "Tor")]


@pytest.mark.parametrize("text, pair", [
    ("Odile Brun is Nadia, Marc's restless sister, and she is very good.", ("Odile Brun", "Nadia")),
    ("Kasper Lund is Ferro's weary partner, Hansi, who drinks.", ("Kasper Lund", "Hansi")),
    ("Ines Mota, wearing a borrowed coat, is Clara, the clerk who knows too much.", ("Ines Mota", "Clara")),
    ("The finest work here comes from Tove Aarup as Greta Holm, a widowed ferry pilot.", ("Tove Aarup", "Greta Holm")),
    ("The picture also stars Pavel Horak as Emil Stransky, a failed tenor.", ("Pavel Horak", "Emil Stransky")),
    ("Mira Salo has a couple of quietly lovely scenes as Anneli, the landlady.", ("Mira Salo", "Anneli")),
    ("The night clerk, Benny (Olu Adeyemi, wonderfully dry), locks the doors.", ("Olu Adeyemi", "Benny")),
    ("Later, Dana Kross (as Rook, a fine name) arrives by boat.", ("Dana Kross", "Rook")),
    ("It opens at sea. Much later, Rolf Engel's Captain Brandt is the real engine of the story.", ("Rolf Engel", "Captain Brandt")),
    ("It drifts. As Father Oskar, a tired Bruno Falk mutters his way through the sermon.", ("Bruno Falk", "Father Oskar")),
    ("Greta Lund makes a terrific Agnes Vole, and she knows it.", ("Greta Lund", "Agnes Vole")),
    ("Worse still, Tomas Berg, as Jonny Vale. Who cast him?", ("Tomas Berg", "Jonny Vale")),
    ("Ilse Maar, as Mrs. Dunne, the landlady, steals it.", ("Ilse Maar", "Mrs. Dunne")),
    # "ACTOR as PART" after a preposition, "gives us", or a predicate joined by "and"
    ("We talk about Lara Quinn as Ruth Ames, the getaway driver.", ("Lara Quinn", "Ruth Ames")),
    ("There is a small part for Tom Vale as the keeper's mate, Dario, who is the best thing in it.", ("Tom Vale", "Dario")),
    ("Holm gives us Lara Quinn as Ruth Ames, a hospice nurse.", ("Lara Quinn", "Ruth Ames")),
    ("Lara Quinn is bright and unsentimental as Ruth, the young colleague.", ("Lara Quinn", "Ruth")),
])
def test_more_ways_critics_name_a_part(extract, text, pair):
    kept, _ = extract("Night Harbour (2019)\n\nA slow drama. " + text)
    assert pair in {(c.actor, c.character) for c in kept.cast}


def test_a_makers_film_in_the_opening_is_no_part(extract):
    kept, _ = extract("Sara Lind's Saltmarsh is a crocodile picture set on a quiet estuary. It bites.")
    assert all(c.character != "Saltmarsh" for c in kept.cast)


@pytest.mark.parametrize("lines, pairs", [
    ("Nora Vik ........... Helle Bakke\nInspector Dahl ..... Sverre Lunde\n",
     {("Helle Bakke", "Nora Vik"), ("Sverre Lunde", "Inspector Dahl")}),
    ("Helle Bakke -- Nora Vik\nSverre Lunde -- Dahl (the inspector)\n",
     {("Helle Bakke", "Nora Vik"), ("Sverre Lunde", "Dahl")}),
])
def test_a_cast_list_set_with_leaders_in_either_order(extract, lines, pairs):
    assert pairs <= _parts(extract, "Night Harbour (2019)\n\nA slow drama about a harbour.\n\nThe cast:\n" + lines + "\nIt is long.")


def test_a_credits_block_with_leaders_gives_no_parts(extract):
    kept, _ = extract("Night Harbour (2019)\n\nDIRECTED BY ......... Helle Bakke\nSCREENPLAY .......... Sverre Lunde\n\nIt is long.")
    assert all(c.character not in ("DIRECTED BY", "SCREENPLAY") for c in kept.cast)


def test_a_co_star_or_a_crew_credit_in_brackets_is_no_part(extract):
    # (nor is a craft before a bracketed name: "The cinematography (Cy Dunn)", "the most haunting music (Eva Moss)")
    kept, _ = extract("Night Harbour (2019)\n\nThe star is Bo Ekholm (abetted by Lina Varga), and the score (by Tove Lind) "
                      "swells. Mara (Ann Petersen) runs the ferry. The cinematography (Cy Dunn) is all fog, the story "
                      "(Ida Lund) and the directing (Bo Holm) are patient, and it has some of the most haunting music "
                      "(Eva Moss) of the year. Mara is tired.")
    parts = {(c.actor, c.character) for c in kept.cast}
    assert ("Ann Petersen", "Mara") in parts
    assert not {("Lina Varga", "Bo Ekholm"), ("Tove Lind", "score"), ("Tove Lind", "the score")} & parts
    assert not {actor for actor, _ in parts} & {"Cy Dunn", "Ida Lund", "Bo Holm", "Eva Moss"}


def test_a_craft_done_before_a_bracketed_name_is_no_part(extract):
    kept, _ = extract("Night Harbour (2019)\n\nMara (Ann Petersen) runs the ferry. The picture is beautifully "
                      "photographed (Cy Dunn) in grey light, and NIGHT HARBOUR runs a well edited (Ida Lund) 1:40.")
    parts = {(c.actor, c.character) for c in kept.cast}
    assert ("Ann Petersen", "Mara") in parts
    assert not {actor for actor, _ in parts} & {"Cy Dunn", "Ida Lund"}


def test_a_phrase_that_describes_the_actor_is_no_part(extract):
    kept, _ = extract("Night Harbour (2019)\n\nIt has one asset: a wonderful and talented actress in the leading role "
                      "(Mira Halvorsen). Mira Halvorsen is the reason to go.")
    assert ("Mira Halvorsen", None) in {(c.actor, c.character) for c in kept.cast}


def test_a_voice_credit_in_brackets_stays_a_part(extract):
    kept, _ = extract("Night Harbour (2019)\n\nA dog named Pongo (voice by Rolf Dahl) plans a match. Pongo is clever.")
    assert ("Rolf Dahl", "Pongo") in {(c.actor, c.character) for c in kept.cast}


@pytest.mark.parametrize(("text", "roles"), [
    # a cast list, one "actor as character" a line
    ("Salt Marsh (2019)\n\nThe cast\n\nLara Quinn as Sister Ruth\nTom Vale as Dario Mendes\n\nIt is slow.",
     [("Lara Quinn", "Sister Ruth"), ("Tom Vale", "Dario Mendes")]),
    # a part before a dash, and an actor after "especially" or "was"
    ("Salt Marsh (2019)\n\nLara Quinn as Ruth Ames — feral, frightening, the best thing in it.", [("Lara Quinn", "Ruth Ames")]),
    ("Salt Marsh (2019)\n\nThe rest were all good, especially Tom Vale as Dario Mendes, who steals it.", [("Tom Vale", "Dario Mendes")]),
    # an actor after "notably" or a performance's noun
    ("Salt Marsh (2019)\n\nThe villains are stock (notably Tom Vale as Dario Mendes).", [("Tom Vale", "Dario Mendes")]),
    ("Salt Marsh (2019)\n\nWhat lifts it is the performance of Lara Quinn as Ruth Ames, wiry and sly.", [("Lara Quinn", "Ruth Ames")]),
])
def test_an_actor_as_a_part_on_a_line_of_its_own_or_after_a_verdict(extract, text, roles):
    kept, _ = extract(text)
    assert [(c.actor, c.character) for c in kept.cast if c.character] == roles


def test_a_named_parts_bracketed_credit_stands_in_a_hedged_sentence(extract):
    kept, _ = extract("Salt Marsh (2019)\n\nThe lawyer may have buried the evidence, so Dario Mendes (Tom Vale) "
                      "might be right to be angry. Dario is the film's heart.")
    assert ("Tom Vale", "Dario Mendes") in [(c.actor, c.character) for c in kept.cast]


def test_bracketed_actor_after_part_however_often_the_actor_is_named(extract):
    # a user's review names its stars far more than their parts: that says nothing of which is in brackets
    kept, _ = extract(
        "Mara Quint (Ann Lee) drives north with her brother, Tom (Rob Stone Vance), and a friend, Ella (Pia Lund). "
        "Pia Lund is the draw here. Pia Lund shrieks, Pia Lund runs, and Pia Lund is no actress. "
        "Ann Lee fares better, and Ann Lee at least looks frightened."
    )
    assert {(c.actor, c.character) for c in kept.cast} == {
        ("Ann Lee", "Mara Quint"), ("Rob Stone Vance", "Tom"), ("Pia Lund", "Ella")}


def test_a_part_named_before_is_played_by_with_its_description_between(extract):
    text = ("HARROW LANE (2021)\nReviewed by A B\n\nThe elder sister, Wenna, is played by Iola Prys. Next door lives Bram "
            "Tull, a retired ferryman played by the veteran Osian Vale. Their landlord Mr. Crewe, who's played by Dai "
            "Morgan, never smiles. At the inn there's Cadi Roe, a midwife played by Elen Haf. Dorcas, the mayor "
            "of Cardiff, is played by Nia Bevan.")
    kept, _ = extract(text)
    cast = {c.actor: c.character for c in kept.cast}
    assert cast == {"Iola Prys": "Wenna", "Osian Vale": "Bram Tull", "Dai Morgan": "Mr. Crewe", "Elen Haf": "Cadi Roe",
                    "Nia Bevan": "Dorcas"}


def test_the_name_an_aside_ends_with_is_the_part_played(extract):
    """A hyphenated word between "played" and "by" is read; an aside that runs on to another name
    gives that name's part, one that describes the name before it or lists names does not."""
    text = ("HARROW LANE (2021)\nReviewed by A B\n\nWe meet a ferryman named Bram, played with good-natured calm by "
            "Osian Vale. Oddly, it has not begun since Wenna, played briskly by Iola Prys, is away. Dorcas Hale, a "
            "landlady in league with Crewe, is played for broad laughs by Nia Bevan. The sisters, Ceri, Non and Ffion, "
            "played by Elen Haf, Mari Roe and Siwan Lloyd, sing.")
    kept, _ = extract(text)
    cast = {c.actor: c.character for c in kept.cast}
    assert cast["Osian Vale"] == "Bram" and cast["Iola Prys"] == "Wenna" and cast["Nia Bevan"] == "Dorcas Hale"
    assert cast.get("Elen Haf") != "Ffion"


def test_a_bracket_says_how_the_part_is_played_or_follows_two_names(extract):
    text = ("HARROW LANE (2021)\nStarring: Iola Prys, Osian Vale, Nia Bevan\n\nHe leaves his wife, Wenna (played with "
            "quiet dignity by Iola Prys), and we see Nia Bevan and Osian Vale (Bram) again. A psycho (played this time "
            "by Dai Morgan) lurks.")
    kept, _ = extract(text)
    cast = {c.actor: c.character for c in kept.cast}
    assert cast["Iola Prys"] == "Wenna" and cast["Osian Vale"] == "Bram" and cast.get("Nia Bevan") is None
    assert cast.get("Dai Morgan") is None


def test_a_makers_film_in_a_bracket_is_no_part(extract):
    kept, _ = extract("HARROW LANE (2021)\nReviewed by A B\n\nDirector Ann Lee (Con Air) keeps it taut. Wenna (Iola Prys) waits.")
    assert [(c.actor, c.character) for c in kept.cast] == [("Iola Prys", "Wenna")]


def test_an_actor_named_without_a_part_gets_the_part_the_review_says_they_are():
    from filmgraph.extract.cast import CastFinder
    from filmgraph.extract.doc import DocBuilder
    from filmgraph.model import CastCredit

    doc = DocBuilder()("Night Harbour is slow. Lara Quinn is Ruth Ames, who runs the ferry; Tom Vale is superb, "
                       "and Ann Lee is a ferocious Mara (Mrs. Holm, when she is angry).")
    picked = [CastCredit("Lara Quinn", None), CastCredit("Ruth Ames", None), CastCredit("Tom Vale", None), CastCredit("Bo Ek", "Tom")]
    # (the pick "Ruth Ames" is Lara Quinn's part, not an actor; Ann Lee, a name the model passed over, is cast by her part)
    assert [(c.actor, c.character) for c in CastFinder().named_parts(doc, picked, ["Ann Lee", "Night Harbour"])] == [
        ("Lara Quinn", "Ruth Ames"), ("Tom Vale", None), ("Bo Ek", "Tom"), ("Ann Lee", "Mara")]


def test_a_cast_list_of_actor_and_part_lines(extract):
    text = ("Night Harbour (2019)\n\nA slow, wet drama.\n\n- Lara Quinn = Ruth Ames, the ferry pilot\n"
            "- Tom Vale – Dario\nBo Ek :: Mara\n\nIt works.")
    assert _cast(extract, text) == [("Lara Quinn", "Ruth Ames"), ("Tom Vale", "Dario"), ("Bo Ek", "Mara")]
    # one such line alone is as often a page's title and place
    assert _cast(extract, "Ashgrove Community Centre - Main Hall\n\nNight Harbour (2019) is slow.") == []


def test_two_actors_and_their_two_parts_in_turn(extract):
    kept, _ = extract("It is a drama. It stars Mona Reyes and Ned Oakes as Kitty and Gus Vane, a married couple. "
                      "In the second reel, Ana Pires and Bo Ek play Lise and Tom Roe, and the leads (Cal Dunn and Eva Moss as "
                      "pilots Rita Holt and Sam Fry) are fine. Ida Berg and Max Lund are Jof and Mia, the players.")
    assert {(c.actor, c.character) for c in kept.cast} == {
        ("Mona Reyes", "Kitty Vane"), ("Ned Oakes", "Gus Vane"), ("Ana Pires", "Lise Roe"), ("Bo Ek", "Tom Roe"),
        ("Cal Dunn", "Rita Holt"), ("Eva Moss", "Sam Fry"), ("Ida Berg", "Jof"), ("Max Lund", "Mia")}


def test_two_parts_and_their_two_actors_in_turn(extract):
    kept, _ = extract("It is a drama. Kitty and Gus Vane, played by Mona Reyes and Ned Oakes, meet on a ferry. "
                      "The twins, Lise and Tom, are played by Ana Pires and Bo Ek, respectively.")
    assert {(c.actor, c.character) for c in kept.cast} == {
        ("Mona Reyes", "Kitty Vane"), ("Ned Oakes", "Gus Vane"), ("Ana Pires", "Lise"), ("Bo Ek", "Tom")}


def test_a_part_named_with_its_article(extract):
    kept, _ = extract("It is a drama. Mona Reyes plays the Bride, and Ned Oakes is the Faun who sets the tasks. "
                      "Ana Pires plays the Hollywood star who falls.")
    assert {(c.actor, c.character) for c in kept.cast} == {("Mona Reyes", "Bride"), ("Ned Oakes", "Faun"), ("Ana Pires", None)}


def test_a_part_named_after_a_line_break(extract):
    # a sentence wrapped by hand, not filled to a column: the part opens the next line
    kept, _ = extract("It is a drama about the harbour and the people who work there at night. Mona Reyes plays\n"
                      "Kitty, a clerk, and in the second half of the film Ned Oakes is\nGus, her brother.")
    assert {(c.actor, c.character) for c in kept.cast} == {("Mona Reyes", "Kitty"), ("Ned Oakes", "Gus")}


def test_a_credited_actors_part_named_as_the_actors_own(extract):
    kept, _ = extract("Starring: Mona Reyes, Ned Oakes, Ana Pires Oakes, Tom Vale.\n\n"
                      "The harbour drama rests on Reyes' Marisol, and Ned Oakes's grim foreman Gus Marr -- while Ana Pires "
                      "Oakes's Lena barely registers. Tom Vale's wife Nora gets one scene.")
    assert {(c.actor, c.character) for c in kept.cast} == {
        ("Mona Reyes", "Marisol"), ("Ned Oakes", "Gus Marr"), ("Ana Pires Oakes", "Lena"), ("Tom Vale", None)}


def test_an_owners_part_is_read_only_of_a_credited_actor_and_never_a_film(extract):
    kept, _ = extract("Starring: Mona Reyes.\n\nIt owes much to Carl Dreyer's Ordet, and Reyes's Marisol, doesn't quite work. "
                      "Reyes's next Spanish language film is due in May.")
    assert [(c.actor, c.character) for c in kept.cast] == [("Mona Reyes", "Marisol")]


def test_an_uncredited_actors_part_named_as_the_actors_own_before_a_verb_or_a_description(extract):
    # no cast list: the part is the subject of what follows, or described beside it
    kept, _ = extract("It is a drama about the harbour and the people who work there at night. Mona Reyes's Marisol "
                      "fusses over the nets, Ned Oakes's Gus Marr won't say a word, and Tom Vale's Harkon, the night "
                      "clerk, sees everything.")
    assert {(c.actor, c.character) for c in kept.cast} == {
        ("Mona Reyes", "Marisol"), ("Ned Oakes", "Gus Marr"), ("Tom Vale", "Harkon")}


def test_a_part_with_an_honorific_after_is(extract):
    kept, _ = extract("Starring: Mona Reyes, Ned Oakes.\n\nMona Reyes is Mrs. Marr, who runs the boarding house, "
                      "and Ned Oakes is Dr. Gus Vale.")
    assert {(c.actor, c.character) for c in kept.cast} == {("Mona Reyes", "Mrs. Marr"), ("Ned Oakes", "Dr. Gus Vale")}


def test_a_bracketed_credits_part_starts_on_its_own_line(extract):
    kept, _ = extract("A Harbour Story\nNotes by Ana Pires\nKitty Marr (Mona Reyes) runs the boarding house. "
                      "Kitty is tired. Kitty sells.")
    assert [(c.actor, c.character) for c in kept.cast] == [("Mona Reyes", "Kitty Marr")]


def test_a_credited_actors_part_after_the_surname_alone(extract):
    kept, _ = extract("Starring: Mona Reyes, Ned Oakes, Ana Pires, Tom Vale, Bo Vale.\n\n"
                      "The harbour drama is slow. Reyes plays Marisol Pike, a clerk, and Oakes (fresh from a hit) is Gus Marr. "
                      "Pires as the tired Lena Doyle, is best. Bo Vale plays Jonas, a sailor.")
    assert {(c.actor, c.character) for c in kept.cast} == {
        ("Mona Reyes", "Marisol Pike"), ("Ned Oakes", "Gus Marr"), ("Ana Pires", "Lena Doyle"), ("Tom Vale", None), ("Bo Vale", "Jonas")}


def test_an_actor_s_other_film_beside_the_name_is_an_aside(extract):
    """A critic's habit: the actor's best-known film in the bracket, after the part or before "plays"."""
    assert set(_cast(extract, "Night Harbour is a drama. Its heroine is a doctor, Dr. Lily Penleric (Janet Moor, TUMBLEWEEDS), "
                          "and her lover, Big Dave Brewster (James Gandy, \"The Sopranos\"), is a cad. Jane Adler (HAPPINESS) "
                          "plays her sister, Elna Penleric, and Aden Yorke (from BLACK ROBE) plays Rick.")) == {
        ("Janet Moor", "Dr. Lily Penleric"), ("James Gandy", "Big Dave Brewster"), ("Jane Adler", "Elna Penleric"),
        ("Aden Yorke", "Rick")}
    # two actors in one bracket are no actor and film
    assert set(_cast(extract, "Night Harbour is a drama. The girls (Mena Sova, Tara Reeve) get the best lines.")) == {
        ("Mena Sova", None), ("Tara Reeve", None)}


def test_an_aside_between_the_actor_and_plays_is_passed_over(extract):
    assert set(_cast(extract, "Night Harbour is a drama. Rolf Gable, the television comic, plays Georg Hamm, a shy heir. "
                          "Vera Lind, in her first film, plays Nina Hamm. Otto Brenn, who played the same man in the earlier "
                          "version under another name, plays Jim Hale.")) == {
        ("Rolf Gable", "Georg Hamm"), ("Vera Lind", "Nina Hamm"), ("Otto Brenn", "Jim Hale")}


def test_a_part_voiced_by_an_actor(extract):
    assert set(_cast(extract, "Night Harbour is a cartoon. Wilbur, the pig, is voiced by Vera Lind, and the old goose "
                          "Gussy was voiced by Otto Brenn.")) == {("Vera Lind", "Wilbur"), ("Otto Brenn", "Gussy")}
    assert set(_cast(extract, "Night Harbour is a cartoon. As played by Vera Lind, the frog is the high point.")) == {
        ("Vera Lind", None)}


def test_the_tail_of_a_word_in_capitals_is_no_actor_s_initials(extract):
    # "THE BOXER. Emily ...": "ER." is no initial of hers
    assert set(_cast(extract, "Night Harbour is a drama, and as good as THE BOXER. Vera Lind, whose last film was a "
                          "disaster by any measure that anyone could name, plays Nina. ANGEL FACE. Otto Brenn stars in "
                          "NIGHT HARBOUR as Jim Hale.")) == {("Vera Lind", "Nina"), ("Otto Brenn", "Jim Hale")}


def test_a_name_that_is_a_film_title_or_plain_words_is_marked_for_the_actor_model():
    from filmgraph.extract.actors import ActorScorer
    from filmgraph.extract.doc import DocBuilder

    doc = DocBuilder()("Gull Island (2011)\n\nMy son loves movies like American Pie and cartoons. Mira Sollen and "
                       "Pavel Drosk, two Super Stars of Danish television, are fine. Sollen is Ada.")
    features = {name: found for name, _, found in ActorScorer().candidates(doc, None, [])}
    assert "known_title" in features["American Pie"]
    assert "common_words" in features["Super Stars"]
    assert not {"known_title", "common_words"} & features["Mira Sollen"].keys()


def test_a_name_listed_with_a_credited_actor_is_marked_for_the_actor_model():
    from filmgraph.extract.actors import ActorScorer
    from filmgraph.extract.doc import DocBuilder
    from filmgraph.model import CastCredit

    doc = DocBuilder()("Gull Island (2011)\n\nAmong others, the movie features: Mira Sollen, Pavel Drosk (Ada) and Tove "
                       "Lind. It was scored by Jon Ekdal, Siri Alm and Bo Ek.")
    features = {name: found for name, _, found in ActorScorer().candidates(doc, None, [CastCredit("Pavel Drosk", "Ada")])}
    assert "listed_with_cast" in features["Mira Sollen"] and "listed_with_cast" in features["Tove Lind"]
    assert "listed_with_cast" not in features["Siri Alm"]


@pytest.mark.parametrize(("text", "expected"), [
    # a relation's owner is left out ("her tubercular husband")
    ("Night Harbour (2019)\n\nIda Strand is Mia, a ferrywoman. Her tubercular husband (Rui Vaz) coughs through "
     "the winter, and their grandmother (Lena Berg) knits.",
     {"Rui Vaz": "tubercular husband", "Lena Berg": "grandmother", "Ida Strand": "Mia"}),
    # and so is the degree of a quality ("an emotionally unstable mother"), not an adjective of "-ly"
    ("Night Harbour (2019)\n\nIda Strand is Mia, a ferrywoman. Her emotionally unstable mother (Lena Berg) drinks, "
     "an independently wealthy and extremely nervous ship owner (Rui Vaz) frets, and an elderly neighbour (Bo Ek) watches.",
     {"Lena Berg": "mother", "Rui Vaz": "ship owner", "Bo Ek": "elderly neighbour", "Ida Strand": "Mia"}),
])
def test_a_described_part_is_named_without_its_owner_or_degree(extract, text, expected):
    kept, _ = extract(text)
    parts = {c.actor: c.character for c in kept.cast}
    assert {actor: parts.get(actor) for actor in expected} == expected


def test_a_part_named_after_describing_words_without_an_article(extract):
    kept, _ = extract(
        "Night Harbour (2019)\n\nIda Strand plays reputed smuggler Mia Holt, and the film is hers. "
        "Rui Vaz, as retired harbour pilot Tomas Berg, gets the best lines, and Lena Berg as Rosa (his sister) the worst."
    )
    parts = {c.actor: c.character for c in kept.cast}
    assert parts == {"Ida Strand": "Mia Holt", "Rui Vaz": "Tomas Berg", "Lena Berg": "Rosa"}


def test_an_actor_in_brackets_with_a_remark_after_the_name(extract):
    kept, _ = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nThe lawyer Jed Brill (Matt Corran who has a brief part in DUSK) is back. "
        "So is Deputy Loomis (Chris Copley - the star of DAWN), and Willa Hayes (Omar Eppley replacing Wes Snider) "
        "too. A store Easter bunny (Bruno Willard in a fuzzy pink suit) helps. Her father, Theo (Chris Lloyds from "
        "the DUSK series), shrugs."
    )
    assert {(c.actor, c.character) for c in kept.cast} >= {
        ("Matt Corran", "Jed Brill"), ("Chris Copley", "Deputy Loomis"), ("Omar Eppley", "Willa Hayes"),
        ("Chris Lloyds", "Theo")}
    # a dash before a country and a year credits a maker, not a part
    kept, _ = extract("DUSK (Jules Darrow - France 1955)\n\nDUSK is a heist film, and a cold one.")
    assert all(c.actor != "Jules Darrow" for c in kept.cast)


def test_a_header_part_with_what_it_is_after_a_comma(extract):
    kept, _ = extract(
        "NIGHT BUS (director: Ann Lee; cast: Col Dane (Sam, cabbie), Tom Pax (Nathan Arizona, Jr.), "
        "Bo Ek (Hunt's boss, Swanbeck); Runtime: 102; 1990)\nReviewed by Dennis Schwartz\nIt is a film."
    )
    assert [(c.actor, c.character) for c in kept.cast] == [
        ("Col Dane", "Sam"), ("Tom Pax", "Nathan Arizona Jr"), ("Bo Ek", "Swanbeck")]


def test_a_sentence_adverb_opens_no_part_or_name(extract):
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nAt first Axel is alone. Later Janice (Theresa Randle) helps him. "
                      "Apparently Clive Barker liked the script.")
    assert ("Theresa Randle", "Janice") in {(c.actor, c.character) for c in kept.cast}
    assert all(not c.actor.startswith("Apparently") for c in kept.cast)


def test_a_part_after_casts_or_includes_and_not_the_next_actor_of_a_list(extract):
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nRaimi casts Bill Paxford as Hank, a hard-working farmer. "
                      "The supporting players include Oliver Plath as Bulworth's campaign manager, Paul Sorvin as "
                      "the head of an insurance company, and Don Chadwell as a dealer.")
    cast = {(c.actor, c.character) for c in kept.cast}
    assert ("Bill Paxford", "Hank") in cast
    assert ("Oliver Plath", "Paul Sorvin") not in cast


def test_a_surname_that_stars_as_a_part_and_a_film_aside_before_as(extract):
    kept, _ = extract("NIGHT BUS (2010)\nStarring: Eddie Murrow, Ann Lee\nReviewed by A B\nIt is long. Murrow stars as Scott "
                      "Roper, a negotiator. It is another fine turn by Denzel Washburn (HURRICANE) as Coach Boone, the coach.")
    cast = {(c.actor, c.character) for c in kept.cast}
    assert {("Eddie Murrow", "Scott Roper"), ("Denzel Washburn", "Coach Boone")} <= cast


def test_an_actor_playing_a_part_after_a_comma_and_an_acronym_in_a_described_part(extract):
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nAs the film opens, John Travers, playing FBI agent Sean Archer, "
                      "holds his son. Harry Forde, playing the detective John Book, hides out.")
    cast = {(c.actor, c.character) for c in kept.cast}
    assert {("John Travers", "Sean Archer"), ("Harry Forde", "John Book")} <= cast


@pytest.mark.parametrize("sentence, pairs", [
    ("Their friends, Mona and Griffin (Goldie Hawn and Garry Shandling), are unhappy.",
     {("Goldie Hawn", "Mona"), ("Garry Shandling", "Griffin")}),
    ("Liev Schreiber and Kyle MacLachlan give nice performances as Laertes and Claudius.",
     {("Liev Schreiber", "Laertes"), ("Kyle MacLachlan", "Claudius")}),
    ("Gene Hackman and Dianne Wiest are her parents, Senator Kevin Keeley and Louise.",
     {("Gene Hackman", "Senator Kevin Keeley"), ("Dianne Wiest", "Louise")}),
    ("Dan Futterman and Calista Flockhart play the young couple, Val and Barbara.",
     {("Dan Futterman", "Val"), ("Calista Flockhart", "Barbara")}),
    ("Tom Sizemore and Jon Voight round out the crew as Cheritto and Nate.",
     {("Tom Sizemore", "Cheritto"), ("Jon Voight", "Nate")}),
    # one surname for both parts, and both parts keep it
    ("Harry and Zinia Wormley (Danny Devane and Rhea Perlow) ignore their daughter.",
     {("Danny Devane", "Harry Wormley"), ("Rhea Perlow", "Zinia Wormley")}),
    ("Naomi Walls and Tim Rothe play Ann and George Farber, a couple on holiday.",
     {("Naomi Walls", "Ann Farber"), ("Tim Rothe", "George Farber")}),
])
def test_two_players_and_their_two_parts_are_paired_in_turn(extract, sentence, pairs):
    assert pairs <= _parts(extract, f"NIGHT BUS (2010)\nReviewed by Bo Ek\n\nIt is a slow drama. {sentence}")


@pytest.mark.parametrize("sentence, pairs", [
    ("Instead, we get Mark Addey, Kristen Johns, Stephen Baldwyn and Jane Krakow as Fred, Wilma, Barney and Betty.",
     {("Mark Addey", "Fred"), ("Kristen Johns", "Wilma"), ("Stephen Baldwyn", "Barney"), ("Jane Krakow", "Betty")}),
    ("Andy Nyle, Babou Ceeson, and Claudie Blake play Gordon, Billy, and Jill, three of the walkers.",
     {("Andy Nyle", "Gordon"), ("Babou Ceeson", "Billy"), ("Claudie Blake", "Jill")}),
])
def test_three_players_or_more_and_as_many_parts_are_paired_in_turn(extract, sentence, pairs):
    assert pairs <= _parts(extract, f"NIGHT BUS (2010)\nReviewed by Bo Ek\n\nIt is a slow drama. {sentence}")


def test_a_part_named_after_a_nationality_an_acronym_or_a_describing_article(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nIt is a slow drama with a cast including an overacting "
                           "Tom Karyon as corrupt French police officer Jean-Paul Ricard. Chris Tucktor as LAPD Detective "
                           "James Carter is loud. It stars a sly Ann Lee as Mara Holt, the ferry's captain.")
    assert {("Tom Karyon", "Jean-Paul Ricard"), ("Chris Tucktor", "Detective James Carter"), ("Ann Lee", "Mara Holt")} <= cast
    assert "Jean-Paul Ricard" not in {actor for actor, _ in cast}


def test_a_described_part_keeps_the_name_it_is_given_after_it(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nIt is a slow drama. It stars the fetchingly gorgeous "
                           "Pia Cruzon as a sexual Pied Piper named Isabella Oliveira. Cooking food, she leaves her husband.")
    assert ("Pia Cruzon", "Isabella Oliveira") in cast and ("Pia Cruzon", "Pied Piper") not in cast


def test_lists_of_players_and_parts_of_different_lengths_are_not_paired(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nIt is a slow drama. Ann Lee, Bo Ek, Cy Dunn and Di Roe "
                           "play Mara, Tom and Nell.")
    assert not {character for actor, character in cast if actor in ("Ann Lee", "Di Roe") and character}


def test_a_part_or_a_role_of_a_character(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nIt is a slow drama. Cheech Marten has the part of Romeo "
                           "Posar, his caddie. Julia Robb is more than capable in the small role of Kitty Kiernan. Denzel "
                           "Washburn, in the complex role of Jesus' father, is fine.")
    assert {("Cheech Marten", "Romeo Posar"), ("Julia Robb", "Kitty Kiernan")} <= cast
    assert not [character for actor, character in cast if actor == "Denzel Washburn" and character]


def test_players_as_good_as_two_others_are_not_given_their_names_as_parts(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nAnn Lee and Tom Vale are as good as Meryl Streep and Tom Hanks.")
    assert all(character not in ("Meryl Streep", "Tom Hanks") for _, character in cast)


def test_a_sentence_s_opening_word_or_an_award_is_no_part_of_a_name(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nEnter Clarence (Henry Travers), a bumbling angel. Clarence is "
                           "kind. Soon Fonda is saying that everything is alive. Peter Fonda is the star, and Ann Lee received an "
                           "Oscar nomination for Best Actress.")
    assert ("Henry Travers", "Clarence") in cast
    assert not {actor for actor, _ in cast} & {"Soon Fonda", "Best Actress"}


@pytest.mark.parametrize(("text", "part"), [
    ("Night Harbour (2019)\n\nIt is an ensemble piece: Hans von Witzland (Bo Ek) leads the crew.", "Hans von Witzland"),
    ('Night Harbour (2019)\n\nIt is an ensemble piece: Manfred "Rollo" Rohleder (Bo Ek) leads the crew.',
     'Manfred "Rollo" Rohleder'),
    ("Night Harbour (2019)\n\nBo Ek plays Theodore 'T.J.' Detweiler. Later, Theodore 'T.J.' Detweiler (Bo Ek) wins.",
     "Theodore 'T.J.' Detweiler"),
    # an opening word is no given name; a line of dialogue is no nickname
    ('Night Harbour (2019)\n\nFor Randy "Pink" Floyd (Bo Ek), it ends there.', 'Randy "Pink" Floyd'),
    ('Night Harbour (2019)\n\nShe leaves. "You change." Mildred (Bo Ek) nods.', "Mildred"),
])
def test_a_part_read_short_takes_the_whole_name_the_review_gives_it(extract, text, part):
    assert ("Bo Ek", part) in _parts(extract, text)


def test_a_maker_who_acts_too_plays_the_part_after_and(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nOrson Wellard directed Night Bus in 2010 and plays "
                           "Charles Foster Kale, the publisher. Ann Lee directed the sequel and Tom Vale plays Mara Holt.")
    assert ("Orson Wellard", "Charles Foster Kale") in cast
    assert ("Tom Vale", "Mara Holt") in cast and ("Ann Lee", "Mara Holt") not in cast


@pytest.mark.parametrize("lead", ["When Ann Lee as Mara Holt walks in", "Some are Ann Lee as Mara Holt and others",
                                  "The credits read {Ann Lee as Mara Holt, the pilot} and so on", "1998: Ann Lee as Mara Holt"])
def test_an_actor_as_a_part_after_more_clause_openings(extract, lead):
    assert ("Ann Lee", "Mara Holt") in _parts(extract, f"NIGHT BUS (2010)\nReviewed by Bo Ek\n\n{lead}, the bus slows down.")


def test_a_bracket_that_names_the_voice_of_an_actor_holds_the_actor(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nThe toys include a dinosaur (voice of Ann Lee), "
                           "Mr. Potato Head (voice of Tom Vale) and a bus (father of Cy Dunn).")
    assert {("Ann Lee", "dinosaur"), ("Tom Vale", "Mr. Potato Head")} <= cast
    assert not any(character == "bus" for _, character in cast)


@pytest.mark.parametrize("sentence", ["Comedian Sid Vale plays Coach Calhoun.", "Singer Sid Vale plays Coach Calhoun.",
                                      "Actor Sid Vale is Coach Calhoun.", "Newcomer Sid Vale is Coach Calhoun."])
def test_a_trade_before_an_actors_name_is_no_part_of_it(extract, sentence):
    assert _parts(extract, f"NIGHT BUS (2010)\nReviewed by Bo Ek\n\nAnn Lee is Mara. {sentence} It is fine.") \
        == {("Ann Lee", "Mara"), ("Sid Vale", "Coach Calhoun")}


def test_a_comma_between_describing_words_still_leads_to_the_part(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nTom Vale is great as the lecherous, leering insurance agent "
                           "Walt Nessel. Ann Lee is all wrong as the conniving, back-stabbing Phyla Dorne; Cy Dunn plays a "
                           "tycoon, clearly patterned after Richard Brandt. Sid Vale plays the title character, an Alabama naif.")
    assert {("Tom Vale", "Walt Nessel"), ("Ann Lee", "Phyla Dorne")} <= cast
    assert not {character for _, character in cast} & {"Richard Brandt", "Alabama"}


@pytest.mark.parametrize(("sentence", "credit"), [
    ("As the scheming Lady Zhao, Ann Lee plays a long game.", ("Ann Lee", "Lady Zhao")),
    ("As recently deposed doctor Eugene Sands, Tom Vale is the only reason to go.", ("Tom Vale", "Eugene Sands")),
    ("As the nerdy columnist Frank Navasky, Cy Dunn is good.", ("Cy Dunn", "Frank Navasky")),
])
def test_a_part_described_after_as_before_the_actor(extract, sentence, credit):
    assert credit in _parts(extract, f"NIGHT BUS (2010)\nReviewed by Bo Ek\n\n{sentence} It is fine.")


def test_a_nationality_describes_a_part_and_is_none(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nTom Vale plays a rich Swiss industrialist named Max Zorn. "
                           "Ann Lee plays an American journalist named Carla Moore. Cy Dunn plays the French consul, Henri Blanc.")
    assert {("Tom Vale", "Max Zorn"), ("Ann Lee", "Carla Moore"), ("Cy Dunn", "Henri Blanc")} <= cast
    assert not {character for _, character in cast} & {"Swiss", "American", "French"}


def test_a_name_right_before_the_bracket_is_the_part_whatever_it_is_said_of(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Bo Ek\n\nMara goes into the service of the Duke Orsino (Tom Vale). "
                           "A letter from her old friend the Countess (Cy Dunn) calls her home. The deputy director of "
                           "the CIA (Sid Vale) says no.")
    assert {("Tom Vale", "the Duke Orsino"), ("Cy Dunn", "the Countess"), ("Sid Vale", "The deputy director of the CIA")} <= cast


def test_a_named_owner_opens_a_part_described_by_whose_it_is(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nStarring: Tom Vale, Ann Lee, Cy Dunn.\n\nThe kung fu scene, a showdown between "
                           "Mara's father (Tom Vale) and Jim, is a parody. You may be surprised when Jim's daughter (Ann Lee) "
                           "never falls for him. The coal dust make-up (Sid Vale) is grim.")
    assert ("Tom Vale", "Mara's father") in cast
    assert "Ann Lee" in {actor for actor, _ in cast}  # (a part read in a hedged sentence leaves the credited player)
    assert not any(part and "make-up" in part for _, part in cast)  # (a craft, no part)


def test_an_owned_part_may_bear_a_films_title_where_the_review_writes_films_in_capitals(extract):
    # (the catalog knows Georgia and Emma as films; this review writes its films in capitals)
    cast = _parts(extract, "NIGHT BUS (2010)\nStarring: Mona Reyes, Ned Oakes, Tom Vale, Cy Dunn.\n\nNIGHT BUS is a harbour "
                           "drama, and like HARBOUR LIGHTS it takes its time. Mona Reyes's Georgia is a wasted character, "
                           "and Ned Oakes's Emma fusses over the nets. Tom Vale's Broadway performance shows, as does Vale's "
                           "Hong Kong detective, and Dunn's American fans will come anyway.")
    assert {("Mona Reyes", "Georgia"), ("Ned Oakes", "Emma"), ("Tom Vale", None), ("Cy Dunn", None)} <= cast


def test_a_part_described_after_as_is_the_credited_actors_part_where_none_is_named(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nStarring: Tom Vale, Ann Lee, Cy Dunn, Sid Vale, Bo Ek, Mo Dahl.\n\n"
                           "Tom Vale turns up as a judge. The supporting players include Ann Lee as Bulworth's campaign "
                           "manager, who talks too much. Cy Dunn is as good as a nurse could be, Sid Vale as the director "
                           "is fine, and Mo Dahl as the department head hoping for a raise is wasted. Bo Ek, as a surly "
                           "sergeant, growls; later Bo Ek plays Harlan Voss.")
    assert {("Tom Vale", "a judge"), ("Ann Lee", "Bulworth's campaign manager"), ("Bo Ek", "Harlan Voss")} <= cast
    assert {("Cy Dunn", None), ("Sid Vale", None), ("Mo Dahl", None)} <= cast


def test_a_saints_st_is_part_of_a_name(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\n\nThe bus is late and the film is long. Lt. Tom Vale (Howard St. John), of "
                           "the night squad, is fine, and Jill St. John plays Ida Berg.")
    assert ("Jill St. John", "Ida Berg") in cast
    assert any(actor == "Howard St. John" and (part or "").endswith("Tom Vale") for actor, part in cast)


def test_a_nickname_in_quotes_and_a_joined_particle_are_parts_of_a_name(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\n\nThe bus is late and the film is long. Tom Vale (Ray \"Crash\" Dunn) drives, "
                           "Roy \"Tin Cup\" McAvoy (Ann Lee) rides along and Olivia d'Abo is Hannah, while Irvin 'Empire "
                           "Strikes Back' Kershner stays behind the camera.")
    assert {('Ray "Crash" Dunn', "Tom Vale"), ("Ann Lee", 'Roy "Tin Cup" McAvoy'), ("Olivia d'Abo", "Hannah")} <= cast
    assert not any("Empire" in actor for actor, _ in cast)


def test_a_players_bracket_may_add_who_they_are_to_someone(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\n\nThe bus is late. Charlie Vance (Tom Vale, Bo Ek's co-writer) has just been paroled. "
                           "Carlson (Ann Lee, Cy Dunn's wife in COLD WATER) is called away. Vera Dahl (Jean de Florette, "
                           "Let's Make Love) is fine.")
    assert {("Tom Vale", "Charlie Vance"), ("Ann Lee", "Carlson")} <= cast
    assert not any(actor == "Jean de Florette" for actor, _ in cast)


def test_a_part_described_after_an_actors_bracket_of_films(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nStarring: Tom Vale, Ann Lee, Cy Dunn, Bo Ek.\n\n"
                           "Tom Vale drives the bus. Supporting roles include Ann Lee (COLD WATER) as Tom's estranged wife, "
                           "and Cy Dunn (GREY HARBOUR) as the most memorable of the riders. Bo Ek (SALT ROAD) as his "
                           "sidekick isn't much better.")
    assert ("Ann Lee", "Tom's estranged wife") in cast
    assert {("Cy Dunn", None), ("Bo Ek", None)} <= cast


@pytest.mark.parametrize(("sentence", "part"), [
    ("In 1999 Peter Holm (Bo Ek), a retired clerk, goes home.", "Peter Holm"),
    ("The girls run wild. Led by Abigail Lane (Bo Ek), they dance.", "Abigail Lane"),
    ("He joins the Musketeers: Aramis Holt (Bo Ek) and two others.", "Aramis Holt"),
    ("The next Don Corleone--Vincent Holt (Bo Ek), a driver's son--waits.", "Vincent Holt"),
    ("He has a girlfriend of his own--Molly (Bo Ek).", "Molly"),
    # a part played by its player after a preposition that follows no person's noun, or after a description with capitals
    ("Carol is in the middle of a bitter divorce from Harge, played by Bo Ek, who still wants her.", "Harge"),
    ("She keeps watch on the house of Maria Holt, played by Bo Ek, for a week.", "Maria Holt"),
    ("Here the inventor is Laurel Ayres, a Wall Street analyst played by Bo Ek, who is passed over.", "Laurel Ayres"),
    ("In Los Angeles she meets Gloria, a Mattel employee played by Bo Ek, and her daughter.", "Gloria"),
])
def test_a_parts_name_is_read_without_a_label_a_dash_a_participle_a_year_or_a_description_before_its_player(
        extract, sentence, part):
    assert ("Bo Ek", part) in _parts(extract, f"NIGHT BUS (2010)\nReviewed by Al Roe\n\n{sentence} Bo Ek is fine.")


def test_the_next_parts_of_a_list_share_the_first_ones_determiner(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Al Roe\n\nShe lives with her father (Tom Vale) and stepmother "
                           "(Ann Lee). The acting by the dad (Cy Dunn), stepmom (Mo Dahl), son (Bo Ek), and grandfather "
                           "(Sid Vale) is good, as are the horror (Jo Fry) and the cinematographer (Lu Ray) and editor (Al Oates).")
    assert {("Ann Lee", "stepmother"), ("Mo Dahl", "stepmom"), ("Bo Ek", "son"), ("Sid Vale", "grandfather")} <= cast
    assert not {part for _, part in cast} & {"horror", "editor"}


def test_a_place_after_a_persons_noun_is_no_part_played(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Al Roe\n\nThe mayor of New York, played by Bo Ek, is a crook.")
    assert ("Bo Ek", "New York") not in cast


@pytest.mark.parametrize("sentence", [
    "But the film belongs to Bo Ek as Hans Landa, the polite colonel.",
    "We also have Bo Ek as Hans Landa, who smiles too much.",
    "He hires a troupe of rejects, among them Bo Ek as Hans Landa, a stick insect.",
    "Halfway through, the film picks up Bo Ek as Hans Landa, a small-time thief.",
])
def test_an_actor_as_a_part_after_a_verb_that_gives_the_film_its_player(extract, sentence):
    assert ("Bo Ek", "Hans Landa") in _parts(extract, f"NIGHT BUS (2010)\nReviewed by Al Roe\n\n{sentence}")


def test_a_name_listed_as_another_name_is_no_part(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Al Roe\n\nFinally, we have Pee Wee Herman listed as Paul Reubens "
                           "playing La Farge.")
    assert ("Pee Wee Herman", "Paul Reubens") not in cast


def test_a_long_bracket_credits_the_player_of_a_named_part_before_the_players_other_work(extract):
    cast = _parts(extract, "NIGHT BUS (2010)\nReviewed by Al Roe\n\nDr. Max Askey (Bo Ek who has been so wonderful in so many "
                           "things but whom I remember most fondly in REILLY: THE ACE OF SPIES) is here. Critics assail the "
                           "science in his report (chemist Cy Dunn, who performed the tests for the defence at the trial in Toronto, "
                           "says the method was wrong).")
    assert ("Bo Ek", "Dr. Max Askey") in cast
    assert all(part != "the science in his report" for _, part in cast)
