import pytest

from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.influences import InfluenceFinder
from filmgraph.extract.scorer import CueIndex


def _titles(refs):
    return [(r.title, r.year) for r in refs]


def test_resemblance_cues(extract):
    kept, _ = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS will call to mind the premise of Fast Lane (1994). "
        "It is a cross between COLD CASE and THE LONG PIER, and a rip-off of DUSK (2001)."
    )
    assert _titles(kept.influences) == [
        ("Fast Lane", 1994), ("Cold Case", None), ("The Long Pier", None), ("Dusk", 2001)]


@pytest.mark.parametrize("sentence", [
    "It lifts its gangs, their costumes and their rules of the road from DUSK (2001).",
    "It follows the formula of DUSK (2001) to the letter: teenagers, a lake, a legend.",
    "Its skeleton is DUSK (2001) dragged out of the sea and into the outback.",
    "Its design is that of DUSK (2001): an ordinary man, a stranger, and killers.",
])
def test_a_film_built_on_another_in_so_many_words(extract, sentence):
    kept, _ = extract(f"NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS is a chase. {sentence}")
    assert _titles(kept.influences) == [("Dusk", 2001)]


def test_what_is_taken_out_of_a_film_runs_to_its_title(extract):
    """What is taken runs to "out of" as to "from", not on to the "from" inside the title."""
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS is a chase. It takes its monsters, almost "
                      "unaltered, out of Creature from the Black Lagoon (1954), down to the webbed hands.")
    assert _titles(kept.influences) == [("Creature from the Black Lagoon", 1954)]


def test_the_other_half_of_the_films_catalog_title_is_the_film_itself(extract):
    """The catalog knows "An Alan Smithee Film: Burn Hollywood Burn" (1998): in a review of Burn
    Hollywood Burn the other half is the film's own name, no film it draws on."""
    kept, _ = extract("BURN HOLLYWOOD BURN (1998)\nReviewed by A B\n\nBURN HOLLYWOOD BURN recalls AN ALAN SMITHEE FILM and "
                      "SHOWGIRLS (1995) in equal measure. It is a mess.")
    assert _titles(kept.influences) == [("Showgirls", 1995)]


def test_an_undated_film_drawn_on_takes_the_catalogs_only_earlier_year(extract):
    # the catalog knows one Rope (1948) and one Vertigo (1958), but five films called Speed
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS is a cross between ROPE and VERTIGO, "
                      "and it recalls SPEED.")
    assert _titles(kept.influences) == [("Rope", 1948), ("Vertigo", 1958), ("Speed", None)]


def test_an_apposition_dates_the_film_drawn_on(extract):
    kept, _ = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS often reminded me of COLD CASE, Ann Lee's 1976 shredding of "
        "the news business, in its plot and in its spirit."
    )
    assert _titles(kept.influences) == [("Cold Case", 1976)]


def test_negated_later_and_other_subject(extract):
    kept, found = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nUnlike FAST LANE, NIGHT BUS is slow. "
        "It echoes FUTURE RUN (2015). Meanwhile DUSK owes a debt to DAWN."
    )
    assert kept.influences == ()
    assert {r.title: r.evidence.flag for r in found.influences} == {"Fast Lane": "negation"}


def test_a_likeness_whose_difference_is_denied(extract):
    kept, found = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nThe set-up is not unlike Fast Lane (1994), except that the bus never stops. "
        "The ending is unlike Dusk (2001) in every way."
    )
    assert _titles(kept.influences) == [("Fast Lane", 1994)]
    assert {r.title: r.evidence.flag for r in found.influences}.get("Dusk") == "negation"


@pytest.mark.parametrize("sentence", [
    "I have read that it borrows from Fast Lane (1994); I do not see it, since nobody here is in a hurry.",
    "It is said to be a cousin of Fast Lane (1994); I see no family likeness.",
    "Most reviews set it next to Fast Lane (1994), but I don't think the two have much in common.",
])
def test_a_likeness_the_critic_disowns(extract, sentence):
    kept, found = extract(f"NIGHT BUS (2010)\nReviewed by A B\n{sentence}")
    assert kept.influences == ()
    assert all(ref.evidence.flag == "negation" for ref in found.influences)


def test_a_clauses_subject_before_meets_is_no_mashup(extract):
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nA driver who looks like James Dean, meets Holly, a girl of fifteen.")
    assert kept.influences == ()
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nIt is Fast Lane (1994) meets Dusk (2001), on a bus.")
    assert _titles(kept.influences) == [("Fast Lane", 1994), ("Dusk", 2001)]


def test_list_items_with_their_own_describing_words_and_asides(extract):
    kept, _ = extract(
        "PORK PIE (1993)\nReviewed by A B\nIt plays as a cross between last year's GREEN SOUP and the "
        "Belgian MEAT LOCKER. It borrows from classics like SKY RAIDERS (the trench run), MOON BASE "
        "(the dog-fight) and DEEP FREEZE (the creature)."
    )
    # (the catalog dates Sky Raiders, its only film of that title; its Deep Freeze came after this film)
    assert _titles(kept.influences) == [("Green Soup", None), ("Meat Locker", None), ("Sky Raiders", 1941),
                                        ("Moon Base", None), ("Deep Freeze", None)]
    assert kept.influences[1].countries == ("Belgium",)


def test_a_likeness_qualified_by_an_aside(extract):
    kept, _ = extract("BAD HABITS (1993)\nReviewed by A B\nReminiscent in tone, if not content, of Ann Lee's "
                      "SWEET LIFE, BAD HABITS is a slice of life. It is similar in spirit to OLD TOWN.")
    assert _titles(kept.influences) == [("Sweet Life", None), ("Old Town", None)]


def test_an_actor_in_another_film_and_the_film_a_sequel_follows_are_no_influences(extract):
    kept, _ = extract(
        "STAR RAID II (1980)\nReviewed by A B\nSTAR RAID II is the sequel to STAR RAID, and the hero looks a "
        "lot like Ethan Hawke in SUNRISE WALK. The villain is reminiscent of the one in DARK HOUR."
    )
    assert _titles(kept.influences) == [("Dark Hour", 1936)]  # (the catalog's only one before 1980)


def test_titles_the_catalog_knows_past_an_owner_a_comma_or_a_suffix(extract):
    kept, _ = extract(
        "TEA (2019)\nReviewed by A B\nIt recalls Ozu's Tokyo Story (1953) and Jan Holm's Dock Lights (2004), and "
        "Schindler's List (1993). The music owes a bit to O Brother, Where Art Thou?, and it owes an obvious "
        "debt to Once Upon a Time in the West."
    )
    assert _titles(kept.influences) == [("Tokyo Story", 1953), ("Dock Lights", 2004), ("Schindler's List", 1993),
                                        ("O Brother, Where Art Thou", 2000), ("Once Upon a Time in the West", 1968)]


def test_a_catalog_title_shaped_like_a_name_with_a_common_word_is_a_film(extract):
    # two capitalised words read like a person's name; "Park" is a word prose writes in lower case
    kept, _ = extract("Night Harbour (2019)\n\nThe plot is borrowed from films like Jurassic Park, and the "
                      "monsters plainly owe a debt to Starship Troopers.")
    # (the catalog knows two films called Starship Troopers: that one stays undated)
    assert set(_titles(kept.influences)) == {("Jurassic Park", 1993), ("Starship Troopers", None)}


def test_a_cue_written_onto_the_films_name(extract):
    _, found = extract("SALT (2019)\nReviewed by A B\nThe film's Vertigo-inspired finale is fun, and its "
                       "Lawrence of Arabia-inspired desert sequences are long.")
    assert {r.title for r in found.influences} >= {"Vertigo"}


def test_more_likeness_phrasings_and_a_repeated_preposition_in_a_list(extract):
    kept, _ = extract(
        "SALT (2005)\nReviewed by A B\nSALT owes a debt to GREEN SOUP and to MEAT LOCKER (1999). It has more in "
        "common with DUSK than with anything else. It totally reminded me of DAWN. The model is obviously MOON BASE, "
        "and the ending comes straight out of SKY RAIDERS. A Gallic cousin of DEEP FREEZE, too."
    )
    assert _titles(kept.influences) == [("Green Soup", None), ("Meat Locker", 1999), ("Dusk", None), ("Dawn", None),
                                        ("Moon Base", None), ("Sky Raiders", 1941), ("Deep Freeze", 2003)]


def test_others_include_continues_the_borrowing_of_the_sentence_before(extract):
    kept, _ = extract("BATTLE EARTH (2000)\nReviewed by A B\nThe movie borrows liberally from many films. First is "
                      "SKY RAIDERS, but others include SPACE TREK, BRAVE HEART and MAD MIKE. Others include Ann and Bo.")
    assert {"Space Trek", "Brave Heart", "Mad Mike"} <= {t for t, _ in _titles(kept.influences)}
    kept, _ = extract("QUIET (2000)\nReviewed by A B\nIt is a quiet film. Others include SPACE TREK and MAD MIKE.")
    assert kept.influences == ()
    kept, _ = extract("SALT (2000)\nReviewed by A B\nIt has more in common with another recent offering--SIRENS.")
    assert _titles(kept.influences) == [("Sirens", None)]


@pytest.mark.parametrize("likeness", ["has as much in common with", "shares a great deal with", "shares more with"])
def test_a_film_that_much_in_common_is_said_of_is_drawn_on(extract, likeness):
    kept, _ = extract(f"SALT (2000)\nReviewed by A B\nOddly, the film {likeness} SIRENS (1994) as with the news.")
    assert _titles(kept.influences) == [("Sirens", 1994)]


def test_a_softened_claim_of_borrowing_is_a_claim(extract):
    kept, _ = extract("DUSK (1999)\nReviewed by A B\nDUSK may actually owe an equal debt to Ann Lee's DARK WOOD "
                          "in its slapstick. Someone might remake it as a cross between MOON BASE and SKY RAIDERS.")
    assert _titles(kept.influences) == [("Dark Wood", None)]


def test_informal_and_critics_phrasings_of_borrowing(extract):
    for said, title in (("the heist wants very badly to be DARK STREETS", "Dark Streets"),
                        ("it is plainly indebted to Ozu's COLD SPRING", "Cold Spring"),
                        ("its quiet scenes lean just as heavily on COLD SPRING", "Cold Spring"),
                        ("the long walks invite comparison with DAWN WALK", "Dawn Walk"),
                        ("the idea is lifted more or less straight from RADIO DEAD", "Radio Dead"),
                        ("there are echoes of PRESS ROOM too", "Press Room"),
                        ("the ride has more than a whiff of THE LONG TRAIL about it", "The Long Trail"),
                        ("the chase has a dash of SIEGE AT SEA", "Siege at Sea"),
                        ("the whole first hour is one long DEEP WATER homage", "Deep Water"),
                        ("the town scenes feel like SMALL HOURS", "Small Hours")):
        kept, _ = extract(f"NIGHT COACH (2019)\nReviewed by A B\n\nNIGHT COACH is loud. Sadly {said}.")
        assert [ref.title for ref in kept.influences] == [title], said  # (the catalog dates some: Dark Streets 2008)


def test_looks_and_quality_are_no_borrowing(extract):
    kept, _ = extract("NIGHT COACH (2019)\nReviewed by A B\n\nNIGHT COACH is loud. Its villain looks like FRANKENSTEIN. "
                      "It is better than HARD FALL, and it is no DARK STREETS.")
    assert kept.influences == ()


def test_likeness_with_a_degree_and_a_title_that_runs_on_past_of(extract):
    for said, title in (("Its a bit like LITTLE MISS SUMMER, same kind of family", "Little Miss Summer"),
                        ("It's all very like THE LODGER, fog and gaslight", "The Lodger"),
                        ("Much like WAKING NED, it is a feel-good comedy", "Waking Ned")):
        kept, _ = extract(f"NIGHT COACH (2019)\nReviewed by A B\n\nNIGHT COACH is loud. {said}.")
        assert _titles(kept.influences) == [(title, None)], said
    kept, _ = extract("Seven Days (2019)\n\nSeven Days is a comedy. There's a montage that's straight out of Edge of "
                      "Tomorrow. Now, is it good?")
    assert _titles(kept.influences) == [("Edge of Tomorrow", None)]


def test_a_user_reviews_summary_line_is_read_and_a_credits_line_is_not(extract):
    kept, _ = extract("basically Jaws meets Tremors lol\nrating: 6/10\n\nok so i went into Sand Mouth expecting nothing.")
    assert _titles(kept.influences) == [("Jaws", 1975), ("Tremors", 1990)]
    kept, _ = extract("GREY TOWN (1999)\nScreenplay: Ann Lee, inspired by the novel THE MAYOR OF DUSK\nDirector: Bo Ek\n\n"
                      "A bleak film about a mining town.")
    assert kept.influences == ()


def test_meeting_someone_and_borrowing_words_name_no_film(extract):
    kept, _ = extract("HOLLOW BAY (1999)\nReviewed by A B\n\nHOLLOW BAY is a noir. He meets up with a singer "
                      "who lies. She meets her match in the last reel.")
    assert kept.influences == ()
    kept, _ = extract("HOLLOW BAY (1999)\nReviewed by A B\n\nHOLLOW BAY is basically DOCK LIGHTS meets SALT ROAD with more rain.")
    assert sorted(r.title for r in kept.influences) == ["Dock Lights", "Salt Road"]
    doc = DocBuilder()("To borrow a phrase from Dockside Follies, it is all smoke. It borrows from SALT ROAD (1950).")
    assert [r.title for r in InfluenceFinder()(doc, "Hollow Bay", 1999, [])] == ["Salt Road"]


def test_capital_headings_do_not_make_a_review_write_titles_in_capitals(extract):
    kept, _ = extract("Night Shift (1986) [Blu-ray]\n\nTHE FILM\n\nNight Shift shamelessly rips off Jaws, right down "
                      "to the mayor.\n\nTHE DISC\n\nThe transfer is clean.\n\nEXTRAS\n\nA commentary.")
    assert [r.title for r in kept.influences] == ["Jaws"]


def test_lower_case_titles_a_catalog_knows_in_a_review_typed_in_lower_case(extract):
    kept, _ = extract("salt road ★★★½\n\nok so i saw it. this is giving picnic at hanging rock vibes from the first shot. "
                      "the second half is basically a copy of seven samurai. i liked it. the end is good.")
    assert sorted(r.title.lower() for r in kept.influences) == ["picnic at hanging rock", "seven samurai"]
    # in a review typed in ordinary case a lower-case phrase is no title, and a physical copy is no likeness
    kept, _ = extract("SALT ROAD (2001)\nReviewed by A B\n\nSALT ROAD is slow. It has seven samurai in it. Go track "
                      "down a copy of DOCK LIGHTS instead. It is fine.")
    assert kept.influences == ()


def test_a_makers_other_films_are_no_influence(extract):
    kept, _ = extract("NIGHT HARBOUR (1994)\nReviewed by A B\n\nNIGHT HARBOUR is a remake. The team who previously gave "
                      "us SALT ROAD and DOCK LIGHTS know this territory well, much like any team would.")
    assert kept.influences == ()


def test_basically_a_film(extract):
    kept, _ = extract("Somebody give this director a budget\n\nCaught this at a festival. Yes, it's basically a low budget "
                      "Rear Window, and it knows it. Dock Lane (the title is the street) was written and directed by "
                      "Ann Lee. It is basically a remake of nothing.")
    assert kept.film is not None and kept.film.title == "Dock Lane"
    assert [r.title for r in kept.influences] == ["Rear Window"]


def test_a_person_of_the_story_is_no_film_drawn_on(extract):
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\n\nOn the ferry, Sam meets Helen, who found the body. Sam says "
                      "nothing. NIGHT BUS is reminiscent of DUSK (2001).")
    titles = [f.title for f in kept.influences]
    assert "Helen" not in titles and "Sam" not in titles and "Dusk" in titles


def test_two_films_crossed_with_meets_stay_influences(extract):
    kept, _ = extract("Night Bus (2010)\n\nbasically Jaws meets Tremors lol. the shark is fake.")
    assert {"Jaws", "Tremors"} <= {f.title for f in kept.influences}


@pytest.mark.parametrize(("text", "influences"), [
    # the critic's formula: the film this one is, and what it changes
    ("Salt Marsh (2019)\n\nSALT MARSH is DOCK LIGHTS with a rodent in place of the child.", ["Dock Lights"]),
    # (a rule's formula with no cue word around it sits at the learned threshold: 0.21 against 0.20
    # before a retraining, 0.19 after; the model decides, and this case is known to sit on the line)
    pytest.param("Salt Marsh (2019)\n\nThematically, it's simply Dock Lights (1980) in a log cabin.", ["Dock Lights"],
                 marks=pytest.mark.xfail(strict=False, reason="borderline: the model's probability is at its threshold")),
    ("Salt Marsh (2019)\n\nIt plays a lot like Braveheart with monkeys, and the ending drags.", ["Braveheart"]),
    # ... and not a quality comparison, a cast, or a word stressed in capitals
    ("Salt Marsh (2019)\n\nIt makes another Ann Lee script, DOCK LIGHTS, seem like VERTIGO in comparison.", []),
    ("Salt Marsh (2019)\n\nThe best of it is Dock Lights (1980) with Ann Lee, which I saw twice.", []),
    ("Salt Marsh (2019)\n\nAnd somehow this new version is WORSE in every single frame.", []),
])
def test_the_formula_a_film_with_a_change(extract, text, influences):
    kept, _ = extract(text)
    assert [r.title for r in kept.influences] == influences


@pytest.mark.parametrize("sentence", [
    "Night Harbour openly emulates Dock Lights in its last reel.",
    "The finale mimics Dock Lights.",
    "It takes Dock Lights and repackages it for teenagers.",
    "Its antecedents are plain: Dock Lights above all.",
    "An uninspired take-off of Dock Lights opens it.",
    "It is a teenage spin on Dock Lights.",
    "The parallels with Dock Lights are plain.",
    "It combines the dread of Dock Lights with jokes.",
])
def test_more_words_of_borrowing_are_influence_cues_for_the_relation_model(sentence):
    doc = DocBuilder()(sentence)
    assert "influence" in CueIndex(doc).families_within(0, len(sentence))


@pytest.mark.parametrize(("sentence", "family"), [
    ("Like Dock Lights, Night Harbour cares about why, not who.", "likeness"),
    ("It is much like Dock Lights.", "likeness"),
    ("It is similar to Dock Lights.", "likeness"),
    ("The power of an image is reinforced, much as in Dock Lights.", "likeness"),
    ("Yet another retelling; the remake of Dock Lights was better.", "remake"),
])
def test_every_family_finds_its_first_word(sentence, family):
    # ("like" is written after look-behinds: the pattern's fast first-letter test must still know its "l")
    doc = DocBuilder()(sentence)
    assert family in CueIndex(doc).families_within(0, len(sentence))


def test_a_face_that_looks_like_another_is_no_likeness():
    sentence = "Her face looks like Dock Lights."
    assert "likeness" not in CueIndex(DocBuilder()(sentence)).families_within(0, len(sentence))


def test_a_clause_subject_is_read_before_its_first_cue_not_before_each_film():
    from filmgraph.extract import Extractor
    from filmgraph.reviews import read_text

    text = ("NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS is a loose remake of DUSK (2001). "
            "This reminded me of Ann Lee's grim \"Cold Case\", and it borrows from \"Fast Lane\" and \"The Long Walk\". "
            "Meanwhile \"Harbour Lights\" owes a debt to \"Sea Fog\".")
    subject_of_other = {c.title: "other_subject" in features
                        for c, features, _ in Extractor().relation_candidates(read_text(text, source="inline.txt"))}
    # the films after "borrows" are its objects, one after the other; "Sea Fog" is what another film owes
    assert subject_of_other["The Long Walk"] is False
    assert subject_of_other["Cold Case"] is False
    assert subject_of_other["Sea Fog"] is True


def test_a_film_named_beside_the_reviewed_film_s_maker_is_marked_as_their_own_work():
    from filmgraph.extract import Extractor
    from filmgraph.reviews import read_text

    text = ("NIGHT BUS (2010)\nDirected by Ann Okafor\n\nOkafor made her name with DUSK LINES (2004), a debut "
            "that recalls nothing so much as itself. NIGHT BUS recalls \"Sea Fog\" (1990) in its long silences.")
    maker_named = {c.title: "maker_in_sentence" in features
                   for c, features, _ in Extractor().relation_candidates(read_text(text, source="inline.txt"))}
    assert maker_named == {"Dusk Lines": True, "Sea Fog": False}


def test_films_given_as_examples_of_a_kind_are_marked_apart_from_a_likeness():
    from filmgraph.extract import Extractor
    from filmgraph.reviews import read_text

    text = ("NIGHT BUS (2010)\nDirected by Ann Okafor\n\nOkafor's earlier films like SEA FOG, SALT MARSH and DUSK LINES were "
            "quieter. NIGHT BUS plays like HARBOUR LIGHTS, and it feels like COLD CASE.")
    examples = {c.title: "examples_of" in features
                for c, features, _ in Extractor().relation_candidates(read_text(text, source="inline.txt"))}
    # the whole list after "films like" gives examples; "plays like" and "feels like" compare
    assert examples == {"Sea Fog": True, "Salt Marsh": True, "Dusk Lines": True, "Harbour Lights": False, "Cold Case": False}


def test_a_studio_named_like_a_film_is_no_influence(extract):
    kept, _ = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS is reminiscent of Hollywood at its most cynical, and it borrows "
        "from Disney. It will call to mind the premise of Fast Lane (1994)."
    )
    assert _titles(kept.influences) == [("Fast Lane", 1994)]
    # dated, it is the film
    kept, _ = extract("NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS owes a debt to Hollywood (1923).")
    assert _titles(kept.influences) == [("Hollywood", 1923)]


@pytest.mark.parametrize("text", [
    # a one-word owner before a film the review dates, which no catalog knows by its English title
    "Night Harbour (2019)\n\nThe dance in the bar borrows from the dance in Lindqvist's Dock Lights (1964), and it shows.",
    "Night Harbour (2019)\n\nIts patience owes more to Lindqvist's Dock Lights (1964) than to any Hollywood thriller.",
])
def test_an_owner_s_possessive_before_a_dated_film_drawn_on_is_no_part_of_it(extract, text):
    kept, _ = extract(text)
    assert _titles(kept.influences) == [("Dock Lights", 1964)]


@pytest.mark.parametrize("subject", ["Ann Lee", "Lindqvist"])
def test_a_new_clause_s_subject_after_a_film_is_no_film_of_its_list(extract, subject):
    kept, _ = extract(f"Night Harbour (2019)\n\nThe dance in the bar borrows from the dance in Lindqvist's Dock Lights (1964), "
                      f"and {subject} never hid it.")
    assert _titles(kept.influences) == [("Dock Lights", 1964)]


def test_a_possessive_in_the_subject_of_a_verb_of_borrowing_owns_nothing_borrowed(extract):
    kept, _ = extract("Night Harbour (2019)\n\nAnn Lee and her co-writer took the shape of their plot from Leo McCarey's "
                      "Make Way for Tomorrow (1937), in which an old couple is parted.")
    assert _titles(kept.influences) == [("Make Way for Tomorrow", 1937)]
    # (a work of theirs is another film: "her earlier film borrows from X" says nothing of this one)
    kept, _ = extract("Night Harbour (2019)\n\nAnn Lee's Night Harbour is slow. Her earlier film borrows from Dock Lights (1964).")
    assert kept.influences == ()
