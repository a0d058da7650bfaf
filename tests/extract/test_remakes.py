import pytest

from filmgraph.extract import Extractor
from filmgraph.reviews import read_text


def _remakes(found):
    return [(r.title, r.year) for r in found.remake_of]


def test_explicit_remake(extract):
    kept, _ = extract("GLASS HOUSE (2003)\nReviewed by A B\nGLASS HOUSE is a remake of the Swedish film, Vinter (1988).")
    assert _remakes(kept) == [("Vinter", 1988)]
    assert kept.remake_of[0].countries == ("Sweden",)


def test_a_title_without_a_year_ends_with_its_sentence(extract):
    # "Bay." looks like an abbreviation ("St. Louis"), but the sentence ends there
    kept, _ = extract("COLD HARBOR (2019)\nReviewed by A B\n\nCold Harbor is a remake of the Danish film Lantern "
                      "Bay. It keeps the storm.")
    assert _remakes(kept) == [("Lantern Bay", None)]


def test_same_title_original(extract):
    kept, _ = extract(
        "DARK MILL (1999)\nReviewed by A B\nDARK MILL is a glossy remake. Robert Vane's 1961 DARK MILL "
        "was scarier, and the remake never matches it."
    )
    assert _remakes(kept) == [("Dark Mill", 1961)]


def test_an_original_the_catalog_never_lists_under_the_film_s_title_is_another_film_s(extract):
    # the catalog lists one JURASSIC PARK, in 1993: "the 1925 original" is the original of the
    # story it retells, under another title, not a same-title film
    kept, _ = extract("JURASSIC PARK\nReviewed by A B\n\nJURASSIC PARK borrows its island from the 1925 original, "
                      "and the remake talk around it is beside the point.")
    assert _remakes(kept) == []


def test_the_film_s_title_cut_short_with_an_earlier_year_is_the_original(extract):
    kept, _ = extract("Dark Mill 3D (2012)\n\nAnn Lee directed this remake of Bo Ek's Dark Mill (1961), from a "
                      "screenplay by Cy Dunn. Dark Mill 3D is louder.")
    assert _remakes(kept) == [("Dark Mill", 1961)]


def test_flagged_remakes_are_kept_but_not_believed(extract):
    kept, found = extract(
        "STONE BAY (2001)\nReviewed by A B\nSTONE BAY is not a remake of HIGH TIDE. "
        "If someone remakes STONE BAY, I hope it is a remake of nothing. Is it a remake of PSYCHO?"
    )
    assert kept.remake_of == ()
    flags = {r.title: r.evidence.flag for r in found.remake_of}
    assert flags["High Tide"] == "negation"
    assert flags["Psycho"] == "question"


def test_other_films_remakes_and_figurative_remakes(extract):
    kept, _ = extract(
        "RED SKY (2004)\nReviewed by A B\nRED SKY is practically a remake of BLUE SEA. "
        "Its star was also in the 1999 remake of OLD MOON, and his remake of GREEN FIELD flopped."
    )
    assert kept.remake_of == ()
    assert [i.title for i in kept.influences] == ["Blue Sea"]


def test_a_header_based_on_a_catalog_film_is_a_remake(extract):
    kept, _ = extract("SKY ABOVE (2001)\nDirector: Ann Lee Screenplay: Bo Ek, based on WINGS OF DESIRE\n\n"
                      "A quiet film about angels over a city.")
    assert _remakes(kept) == [("Wings of Desire", 1987)]  # dated by the catalog


def test_a_header_based_on_a_book_or_play_is_no_remake(extract):
    for header in ("Screenplay: Bo Ek, based on THE GLASS LANTERN by Ann Lee",
                   "Screenplay: Bo Ek, based on LITTLE WOMEN by Louisa May Alcott",
                   "Screenplay: Bo Ek, based on Chekhov's UNCLE VANYA"):
        kept, _ = extract(f"LITTLE WOMEN (1994)\nDirector: Cy Dunn {header}\n\nFour sisters grow up in wartime.")
        assert _remakes(kept) == [], header


def test_an_updated_version_through_a_long_description(extract):
    kept, _ = extract("DUST TOWN (1996)\nReviewed by A B\n\nAs an updated version of the far better-realized "
                      "HARBOR LIGHTS, it fails.")
    assert _remakes(kept) == [("Harbor Lights", None)]


def test_a_question_that_asks_who_takes_the_remake_as_given(extract):
    kept, _ = extract("BOUNCE (1997)\nReviewed by A B\n\nWho stars in BOUNCE, the studio's remake of its "
                          "1961 film THE FORGETFUL DOCTOR? A comic at his best.")
    assert _remakes(kept) == [("The Forgetful Doctor", 1961)]
    kept, _ = extract("BOUNCE (1997)\nReviewed by A B\n\nIs BOUNCE a remake of THE FORGETFUL DOCTOR?")
    assert _remakes(kept) == []


def test_a_film_that_calls_itself_a_remake_of_a_listed_same_title_original(extract):
    # the catalog lists Village of the Damned (1995) as a remake of the 1960 film
    kept, _ = extract("VILLAGE OF THE DAMNED (1995)\nReviewed by A B\n\nDespite being an inferior remake, "
                      "VILLAGE OF THE DAMNED has a few scares.")
    assert _remakes(kept) == [("Village of the Damned", 1960)]
    kept, _ = extract("VILLAGE OF THE DAMNED\nReviewed by A B\n\nThe remake is far worse than VILLAGE OF THE DAMNED.")
    assert _remakes(kept) == []  # a review of the original says "the remake" too


def test_the_original_of_an_undated_film_is_dated_by_a_catalog_that_knows_two(extract):
    # the catalog knows Prom Night of 1980 and of 2008
    kept, _ = extract("PROM NIGHT\nReviewed by A B\n\nThis remake is tame: the original PROM NIGHT had real scares.")
    assert _remakes(kept) == [("Prom Night", 1980)]


def test_a_remake_of_this_movie_is_another_film(extract):
    kept, _ = extract("SHALL WE (1996)\nReviewed by A B\n\nThere was a recent Hollywood remake of this movie, with "
                      "Richard Gere. Do not confuse the two.")
    assert _remakes(kept) == []


def test_a_remade_version_and_a_two_digit_year(extract):
    kept, _ = extract("DARK MILL (1998)\nReviewed by A B\n\nThis remade version of one of the greatest films ever made, "
                      "\"Dark Mill\" (1960), is a waste. It is also a '90s remake of '85's \"Bright Kids\".")
    assert _remakes(kept) == [("Dark Mill", 1960), ("Bright Kids", None)]


def test_remakes_as_a_verb_and_a_studio_word_before_the_title(extract):
    kept, _ = extract("MARIGOLD STATION (2014)\nReviewed by A B\n\nMARIGOLD STATION remakes the Ealing comedy "
                      "THE IRON LINE (1953), and does it with affection.")
    assert _remakes(kept) == [("The Iron Line", 1953)]


def test_originals_named_after_a_dated_description(extract):
    kept, _ = extract("LAST TRAIN (2009)\nReviewed by A B\n\nThis remake is flat. The original 1974 version of THE "
                      "NIGHT LINE was way better.")
    assert _remakes(kept) == [("The Night Line", 1974)]
    kept, _ = extract("TWELVE BELLS (1995)\nReviewed by A B\n\nThis remake is flat. He steps into the old role from the "
                      "1947 original, KISS OF DUSK.")
    assert _remakes(kept) == [("Kiss of Dusk", 1947)]
    kept, _ = extract("GLASS HOUR (1999)\nReviewed by A B\n\nGLASS HOUR is an English-language remake of GLASSTIMEN, "
                      "Lars Brekke's 1991 Norwegian thriller, and a remake of DUSK\n(1946) as well.")
    assert _remakes(kept) == [("Glasstimen", 1991), ("Dusk", 1946)]


def test_descriptions_studios_tv_remakes_and_counterfactuals(extract):
    kept, found = extract(
        "HOUSE OF SAND (2005)\nReviewed by A B\n\nA remake of the classic Vincent Price B-movie, it bored me. It is a "
        "remake of the Ann Lee- Bo Ek film Singapore Sling (1947). It is worse than the TV remake of Night Hunter. "
        "(A remake of \"Dr Yes\" might have worked.)")
    assert _remakes(kept) == [("Singapore Sling", 1947)]
    assert {r.title: r.evidence.flag for r in found.remake_of}.get("Dr Yes") == "hedge"
    kept, _ = extract("So Long Mr. Chippy (1969)\nReviewed by A B\n\nSo Long Mr. Chippy is an MGM musical remake of the "
                      "1939 movie also from MGM.")
    assert _remakes(kept) == [("So Long Mr. Chippy", 1939)]


def test_an_adverb_before_an_adjective_does_not_make_a_remake_figurative(extract):
    kept, found = extract("DUSK (1984)\nReviewed by A B\n\nAn unimaginative and practically unwatchable remake of "
                          "THE ROAD RACER. It is virtually a remake of SKY RAIDERS.")
    assert _remakes(kept) == [("The Road Racer", None)]
    assert [r.title for r in found.influences] == ["Sky Raiders"]


def test_basically_or_essentially_a_remake_states_the_remake(extract):
    kept, _ = extract("DUSK (1984)\nReviewed by A B\n\nIt is basically a remake of The Beast from 40,000 Feet (1953), with snark.")
    assert _remakes(kept) == [("The Beast from 40,000 Feet", 1953)]
    kept, _ = extract("DUSK (1984)\nReviewed by A B\n\nThis is essentially a remake of the 1951 Ann Lee classic \"Sky Raiders.\"")
    assert _remakes(kept) == [("Sky Raiders", 1951)]


def test_a_remake_dated_with_the_films_own_year_is_the_film(extract):
    kept, _ = extract("Glass Orchard is a 2011 remake of the 1987 movie Vidro Verde (Green Glass). The lead is good.")
    assert _remakes(kept) == [("Vidro Verde", 1987)]
    kept, _ = extract("GLASS ORCHARD (2011)\nReviewed by A B\n\nIt stars Ann Lee, who was in the 1999 remake of OLD MOON.")
    assert kept.remake_of == ()


def test_a_denied_qualifier_leaves_the_remake_standing(extract):
    for said in ("isn't a strict remake of", "is not a faithful remake of", "is not merely a remake of"):
        kept, _ = extract(f"FENCE LINE (1998)\nReviewed by A B\n\nFENCE LINE {said} RING THE BELL, but it borrows a lot.")
        assert _remakes(kept) == [("Ring the Bell", None)], said
    kept, _ = extract("FENCE LINE (1998)\nReviewed by A B\n\nFENCE LINE is not a remake of RING THE BELL.")
    assert kept.remake_of == ()


def test_a_header_adapted_from_a_film(extract):
    kept, _ = extract("STEPS ABOVE (1995)\nDirector: Cy Dunn\nScreenplay: Bo Ek, adapted from Ann Lee's 1942 Italian "
                      "film, FOUR LANTERNS\nMusic: Jo Berg\n\nA sweet film about a vineyard.")
    assert _remakes(kept) == [("Four Lanterns", 1942)]


def test_an_original_dated_after_its_title(extract):
    for said, year in (("the American remake of the Danish film Stille Vand from 2009", 2009),
                       ("a remake of Wait Until Noon, the 1967 one with Ann Lee", 1967)):
        kept, _ = extract(f"HARBOUR LIGHTS (2020)\nReviewed by A B\n\nHarbour Lights is {said}, and it is flat.")
        assert kept.remake_of and kept.remake_of[0].year == year, said
    kept, _ = extract("HOLLOW ACRE (2024)\nReviewed by A B\n\nok so this is a remake, same title, the old 1971 version is "
                      "a cult thing. This new one adds jump scares.")
    assert _remakes(kept) == [("Hollow Acre", 1971)]


def test_the_original_of_the_films_own_title_makes_it_a_remake(extract):
    kept, _ = extract("PROM NIGHT (2008)\nReviewed by A B\n\nThis should have been a TV film. My favourite slashers "
                      "(HALLOWEEN, the original PROM NIGHT) were not gory.")
    assert _remakes(kept) == [("Prom Night", 1980)]


def test_a_remake_of_the_first_film_of_a_series(extract):
    kept, _ = extract("THE CURSE (2004)\nReviewed by A B\n\nIt is a remake based on the Japanese film series that "
                      "began with Noroi (2000), and it is scary.")
    assert _remakes(kept) == [("Noroi", 2000)]


@pytest.mark.parametrize(("said", "original"), [
    ("is based on the 1974 Italian film Profumo di mare, a road comedy", ("Profumo di mare", 1974)),
    ("is a remake of the 1998 French comedy Le Dîner de chats, which is funnier", ("Le Dîner de chats", 1998)),
    ("is an English-language version of Ann Lee's 1955 thriller Les Diablesses, moved to a school", ("Les Diablesses", 1955)),
    ("reworks Akira Kurosawa's \"Yojimbo\" (1961) as a desert picture", ("Yojimbo", 1961)),
    ("is a remake, and the poster quotes the 1956 original, Don Siegel's \"Invasion of the Pod People,\" outright",
     ("Invasion of the Pod People", 1956)),
])
def test_foreign_titles_reworkings_and_an_original_past_its_maker(extract, said, original):
    kept, _ = extract(f"SMALL HOURS (2010)\nReviewed by A B\n\nSMALL HOURS {said}.")
    assert _remakes(kept) == [original]


def test_a_remake_of_a_film_dated_elsewhere_in_the_review(extract):
    kept, _ = extract("SMALL HOURS (2013)\nReviewed by A B\n\nSMALL HOURS is a remake of OLD BOYS. Apparently the 2003 "
                      "OLD BOYS is a classic.")
    assert _remakes(kept) == [("Old Boys", 2003)]


def test_a_remake_taken_back_in_the_next_sentence(extract):
    kept, _ = extract("SMALL HOURS (2010)\nReviewed by A B\n\nPeople online call it a remake of CHILDREN OF THE "
                          "FIELD. It isn't, beyond the setting. Doyle reworks his DEAD AGAIN music.")
    assert kept.remake_of == ()
    kept, _ = extract("SMALL HOURS (2010)\nReviewed by A B\n\nIt is a remake of CHILDREN OF THE FIELD. It is not, "
                      "whatever the poster says, a remake of SPEED.")
    assert _remakes(kept) == [("Children of the Field", None)]


def test_what_names_the_original_in_a_users_remake_talk(extract):
    # an industry word before "flick" describes the film; a quoted title keeps its lower-case words
    kept, _ = extract("Rain Street\n\nRain Street is a remake of Hollywood flick Tin Lantern and a poor one.")
    assert _remakes(kept) == [("Tin Lantern", None)]
    kept, _ = extract("Rain Street (2011)\n\nRain Street is a remake of \"Two lost keys\" and a poor one.")
    assert _remakes(kept) == [("Two lost keys", None)]
    # an owner and a year describe the original; "of the same title" names the film itself
    kept, _ = extract("The Glass Ferry (1956)\n\nIn a remake of Holm's 1934 movie of the same title, Dr. Ann Vik "
                      "goes to Oslo.")
    assert _remakes(kept) == [("The Glass Ferry", 1934)]
    kept, _ = extract("Rain Street\n\nIt is a remake of Holm's 1999 movie with the same name. I doubt I'll ever get "
                      "to see the original, so I'll stick to this one.")
    assert _remakes(kept) == []


@pytest.mark.parametrize("text", [
    "Night Harbour (2011)\n\nso i watched this version. the 85 one is a classic and they remade it in 2011.",
    "Night Harbour (2011)\n\nfor context they remade this from the original from '85, which is basically one long chase.",
    "Night Harbour (2011)\n\nSo they remade it. I stayed loyal to the 1985 one for years.",
])
def test_how_users_date_the_original(extract, text):
    kept, _ = extract(text)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Night Harbour", 1985)]


def test_the_year_one_belongs_to_a_named_original_of_another_title(extract):
    kept, _ = extract("Blind House\n\nWatched Blind House last night. it's a remake of Dark Stair, the 1967 one with "
                      "Ann Lee, and the original was better.")
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dark Stair", 1967)]
    kept, _ = extract("BLIND HOUSE (1979)\nReviewed by A B\n\nThe first was Ola Berg's DARK STAIR (1938). This remake "
                      "is fine, but I kept watching the 1938 one in my head.")
    assert ("Blind House", 1938) not in [(r.title, r.year) for r in kept.remake_of]


def test_hollywood_remade_and_a_description_of_the_original(extract):
    kept, _ = extract("Haven't seen the Swedish one\n\nPeople are angry that Hollywood remade DOCK LIGHTS only two years "
                      "later. I went into Night Harbour pretty much blind.")
    assert [r.title for r in kept.remake_of] == ["Dock Lights"]
    kept, _ = extract("Night Harbour\n\nNight Harbour is a remake of the 1960 Rat Pack movie but I haven't seen it.")
    assert [(r.title, r.year) for r in kept.remake_of] == [("Night Harbour", 1960)]


def test_a_place_the_remake_moves_to_and_a_numbered_title(extract):
    kept, _ = extract("COLD WAKE (2014)\nReviewed by A B\n\nCOLD WAKE is an authorized remake that transposes the Swedish "
                      "film to a Colorado ski resort. It is an official adaptation of the Korean hit Miracle in Cell No. 7 "
                      "(2013) as well.")
    assert [(r.title, r.year) for r in kept.remake_of] == [("Miracle in Cell No. 7", 2013)]


def test_a_users_version_of_a_film_and_a_dated_original_named_in_apposition(extract):
    kept, _ = extract("Lee's Harbour is better, sorry purists\n\nI think Ann Lee's version of Night Harbour beats the "
                      "1951 original, DOCK LIGHTS, on every level.")
    assert kept.film is not None and kept.film.title == "Night Harbour"
    assert [p.name for p in kept.film.directors] == ["Ann Lee"]
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 1951)]


@pytest.mark.parametrize(("text", "expected"), [
    # a show is no film: the remake of a television series has no original in remake_of
    ("Harbour Lane (1997)\n\nHarbour Lane is charming. Next to the surprise that the remake of the 1960's TV "
     "series works, the best thing is the parents.", []),
    ("Harbour Lane\n\nHarbour Lane is a remake of a 1960's TV show and film, and it shows.", [("Harbour Lane", 1960)]),
])
def test_a_remake_of_a_dated_show_is_no_film_remake(extract, text, expected):
    kept, _ = extract(text)
    assert _remakes(kept) == expected


def test_a_re_release_is_the_film_itself_not_its_remake():
    review = read_text(
        "For its anniversary Das Boot is back, in a new director's cut and a new release.\n\nI'll compare the "
        "original with the remake at the end of this review. The original release of DAS BOOT ran two and a half "
        "hours.\n\nIn 1981 DAS BOOT was the costliest German film made to that time. The director's cut of DAS BOOT "
        "runs three and a half.", source="inline.txt")
    # no rule proposes the dated film as the original: it is the film the review is about
    assert not [c for c, features, _ in Extractor().relation_candidates(review) if "rule:remake" in features]


def test_when_released_dates_the_film(extract):
    kept, _ = extract("Starring: Jo Bell, Ed Vik\n\nWhen released in 1934, SALT MARSH was a sensation. One remake "
                      "has come and gone since, and the original SALT MARSH still rules.")
    assert (kept.film.title, kept.film.year) == ("Salt Marsh", 1934) and _remakes(kept) == []


def test_a_dated_film_of_the_same_title_beside_a_named_original_is_a_third_film(extract):
    kept, _ = extract(
        "Salt Marsh [Blu-ray] - Customer reviews\n\nThe movie: Ann Lee's SALT MARSH is a remake of THE MARSH LIGHT "
        "from 1951, but don't let that put you off.\n\nDON'T confuse it with the 2011 movie also called Salt Marsh, "
        "which is a prequel. Not the same thing.")
    assert _remakes(kept) == [("The Marsh Light", 1951)]


@pytest.mark.parametrize("text", [
    "Salt Marsh (1997)\n\nThe movie, directed by Ann Lee, who was responsible for the offensive remake of DOCK LIGHTS, "
    "shows no ambition.",
    "Salt Marsh (1997)\n\nLast seen as the star of the remake of DOCK LIGHTS, Bo Ek has a limited range.",
])
def test_a_persons_credit_for_another_remake_is_not_this_films(extract, text):
    kept, _ = extract(text)
    assert _remakes(kept) == []


@pytest.mark.parametrize(("text", "remakes"), [
    # a remake known by "the" or by its maker, inside a clause about something else: another film's
    ("Salt Marsh (2004)\n\nBo Ek was then hired to direct the abysmal remake of Dock Lights (1973), a shame.", []),
    ("Salt Marsh (2004)\n\nShe played a nurse in Ann Lee's remake of Dock Lights, and she is better here.", []),
    ("Salt Marsh (2004)\n\nThe last act pays homage to Ann Lee's glossy remake of DOCK LIGHTS.", []),
    # ... and the film's own, as the subject of its clause or said of the film
    ("Salt Marsh (2004)\n\nSalt Marsh is the remake of Dock Lights (1973) that nobody asked for.", [("Dock Lights", 1973)]),
    ("Salt Marsh (2004)\n\nAnn Lee's remake of Dock Lights (1973) follows it closely.", [("Dock Lights", 1973)]),
    ("Salt Marsh (2004)\n\nits the american remake of Dock Lights (1973), pretty much the same.", [("Dock Lights", 1973)]),
])
def test_a_known_remake_inside_a_clause_about_something_else_is_another_films(extract, text, remakes):
    kept, _ = extract(text)
    assert _remakes(kept) == remakes


@pytest.mark.parametrize("text", [
    "Salt Marsh (2004)\n\nA kinda remake of DOCK LIGHTS in a lot of ways, and a fun one.",
    "Salt Marsh (2004)\n\nReally bad horror movie, a sort of remake of DOCK LIGHTS, with more blood.",
])
def test_a_sort_of_remake_is_a_likeness(extract, text):
    kept, _ = extract(text)
    assert _remakes(kept) == [] and [f.title for f in kept.influences] == ["Dock Lights"]


@pytest.mark.parametrize("text", [
    "Salt Marsh (2019) is slow. Ann Lee's remake (the poster only says 'inspired by') of Dock Lights (2004) keeps the end.",
    "Salt Marsh (2019) is slow. It's a remake of Bo Ek's Dock Lights, from '04, scene for scene.",
])
def test_a_remake_with_an_aside_or_a_users_short_year(extract, text):
    kept, _ = extract(text)
    assert _remakes(kept) == [("Dock Lights", 2004)]


def test_a_makers_dated_original_of_the_same_title(extract):
    kept, _ = extract("REVIEW: SALT MARSH\n\nAnyone who has seen Ann Lee's 2003 original knows the story, and Bo Ek's "
                      "new version keeps most of it. Salt Marsh is slower, though.")
    assert _remakes(kept) == [("Salt Marsh", 2003)]


@pytest.mark.parametrize("text, original", [
    ("THE NUTTY PROFESSOR (1996)\n\nThe new Klump is gentler than his counterpart in the Jerry Lewis original, "
     "and the remake is the better for it.", ("The Nutty Professor", 1963)),
    ("Cape Fear (1991)\n\nScorsese keeps the bones of the 1962 original but lets the rot in.", ("Cape Fear", 1962)),
])
def test_an_untitled_same_title_original(extract, text, original):
    kept, _ = extract(text)
    assert original in [(f.title, f.year) for f in kept.remake_of]


def test_an_untitled_original_of_no_known_earlier_film_is_no_remake(extract):
    kept, _ = extract("Night Harbour (2019)\n\nIt is nothing like the original story its writer once sold to the papers.")
    assert kept.remake_of == ()


@pytest.mark.parametrize("text, named", [
    # two small words between capitals, in ordinary case
    ("Harbour Lane (2001)\n\nIts last scene shares a beach with Planet of the Apes and little else.", "Planet of the Apes"),
    # a one-word title reads like a name, except as a maker's work or an original
    ("Harbour Lane (2001)\n\nIt keeps the motel of Hitchcock's Psycho and nothing of its nerve.", "Psycho"),
    ("Harbour Lane (2001)\n\nFans of the original Psycho will find the motel familiar.", "Psycho"),
])
def test_catalog_titles_in_ordinary_case_are_candidates(text, named):
    titles = [c.title for c, _, _ in Extractor().relation_candidates(read_text(text, source="inline.txt"))]
    assert named in titles


def test_a_one_word_catalog_title_alone_is_read_as_a_name():
    text = "Harbour Lane (2001)\n\nThe film stars Ann Lee and Psycho Jones, who is fine."
    titles = [c.title for c, _, _ in Extractor().relation_candidates(read_text(text, source="inline.txt"))]
    assert "Psycho" not in titles


def test_a_review_that_never_names_its_film_but_its_same_title_original(extract):
    # the catalog lists one same-title remake of the 1968 film: the review is about that one
    kept, _ = extract("Re-imagining, my foot\n\nThey kept calling it a re-imagining, but it is a remake of the 1968 "
                      "Planet of the Apes with a new twist bolted on. Ann Lee is fine as the chimp.")
    assert (kept.film.title, kept.film.year) == ("Planet of the Apes", 2001)
    assert _remakes(kept) == [("Planet of the Apes", 1968)]


def test_a_named_film_is_not_renamed_by_its_remake_source(extract):
    kept, _ = extract("Harbour Lane (2001)\n\nHarbour Lane is a remake of the 1968 Planet of the Apes, set in a harbour.")
    assert kept.film.title == "Harbour Lane"


@pytest.mark.parametrize("text, original", [
    ("Why remake it at all? For me the original 'Harbour Lane' is still the one to see.", "Harbour Lane"),
    ("Another Hollywood remake, and I had seen the Dutch original, HARBOUR LANE. The new ending is silly.", "Harbour Lane"),
    ("This remake is a chore. Night of the Harbour, the delightful original, did it all with half the money.",
     "Night of the Harbour"),
])
def test_the_original_said_in_more_ways(extract, text, original):
    kept, _ = extract(text)
    assert original in [f.title for f in kept.remake_of]


def test_an_original_script_is_no_film(extract):
    kept, _ = extract("This remake is a chore. The original Script was better, says Ann Lee.")
    assert kept.remake_of == ()


@pytest.mark.parametrize("text", [
    "Night Harbour (2019) is a slow Norwegian drama. Some online listings claim the film is a remake of Dock Lights (2004).",
    "Night Harbour (2019) is a slow drama. A trade paper reported earlier this year that it was a remake of Dock Lights (2004).",
    "Night Harbour (2019) is a slow drama. My neighbour kept whispering that it's a remake of Dock Lights (2004).",
    "Night Harbour (2019) is being billed as a remake of Dock Lights (2004); it is not much like it.",
])
def test_a_remake_on_someone_elses_word_is_not_stated(extract, text):
    kept, found = extract(text)
    assert kept.remake_of == ()
    assert [(f.title, f.evidence.flag) for f in found.remake_of] == [("Dock Lights", "hedge")]


def test_a_reported_remake_beside_one_the_critic_states(extract):
    kept, _ = extract("Night Harbour (2019) is billed as a remake of Dock Lights (2004), but it is really a remake of "
                      "Harbour Town (1990). Critics have called it a remake of Quay Nights (1980), and they are right.")
    assert {f.title for f in kept.remake_of} == {"Harbour Town", "Quay Nights"}


@pytest.mark.parametrize("kind", ["short", "documentary", "hit", "b-movie", "cartoon"])
def test_a_kind_of_film_before_a_title_that_reads_like_a_name(extract, kind):
    # "Dock Lights" could be a person's name: the kind of film before it says it is a film
    kept, _ = extract(f"Night Harbour (2019) is a remake of the 1968 {kind} Dock Lights.")
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1968)]


@pytest.mark.parametrize("text", [
    "Night Harbour (2019) is an American version of Ann Lee's Swedish Fall of the Quiet Tide (2004).",
    "Night Harbour (2019) is a remake of the Swedish Fall of the Quiet Tide (2004).",
])
def test_a_nationality_before_a_dated_title_is_not_part_of_it(extract, text):
    kept, _ = extract(text)
    assert [(f.title, f.year) for f in kept.remake_of] == [("Fall of the Quiet Tide", 2004)]


@pytest.mark.parametrize("maker", ["American", "French", "Hollywood", "US"])
def test_a_nation_or_an_industry_before_remake_is_no_film_remade(extract, maker):
    kept, _ = extract(f"HARBOUR GLASS (2002)\nReviewed by A B\n\nAna Pires directed this {maker} remake of Bo Ek's "
                      "Still Waters (1969), in which two strangers meet on a ferry.")
    assert _remakes(kept) == [("Still Waters", 1969)]


def test_the_original_under_its_makers_name_is_no_film_it_resembles(extract):
    # the catalog titles it "John Carpenter's The Fog": the same-title original, named with its maker
    kept, _ = extract("THE FOG (2005)\n\nRupert Wainwright directed this remake of John Carpenter's The Fog (1980) from a "
                      "script by Cooper Layne. It moves the story to an island.")
    assert (_remakes(kept), kept.influences) == ([("The Fog", 1980)], ())


@pytest.mark.parametrize("alias", ["which was shown in English as", "released in the US as", "also known as", "aka"])
def test_another_title_of_the_film_remade_is_no_second_film(extract, alias):
    # (both titles are in the catalog, the English one as a film remade)
    kept, _ = extract(f"PARADISE (1991)\n\nMary Agnes Donoghue's film is a remake of Le Grand Chemin (1987), {alias} "
                      "The Grand Highway, and it moves the story from France to a Southern town.")
    assert [title for title, _ in _remakes(kept)] == ["Le Grand Chemin"] and not kept.influences


@pytest.mark.parametrize("credit", ["starring", "featuring"])
def test_the_star_of_the_film_remade_is_no_film(extract, credit):
    kept, _ = extract(f"Of course this is a lame remake of the 1979 thriller {credit} Ann Lee as the babysitter Jo Bell. "
                      "The new one forgets the phone calls.")
    assert "Ann Lee" not in [title for title, _ in _remakes(kept)]


@pytest.mark.parametrize(("text", "original"), [
    ("THE BIRDCAGE (1996)\n\nIt is an American remake of the French-Italian La Cage aux Folles (1978), moved to Florida.",
     ("La Cage aux Folles", 1978)),
    ("NIGHT HARBOUR (2015)\n\nAnn Lee's film is a Hindi remake of the Malayalam Dock Lights (2013), which Bo Ek directed.",
     ("Dock Lights", 2013)),
])
def test_a_pair_of_nationalities_or_a_cinema_s_language_before_the_original(extract, text, original):
    kept, _ = extract(text)
    assert _remakes(kept) == [original]


@pytest.mark.parametrize(("text", "year"), [
    ("Title: Dial M for Murder\n\nThis 1981 television remake of Dial M for Murder (1954) goes back to the stage play.", 1981),
    ("The Kid from Left Field\n\nThis television remake of The Kid from Left Field (1953), first shown in 1979, moves the "
     "story to a ball park in San Diego.", 1979),
])
def test_a_film_this_one_is_said_to_remake_under_its_own_title_does_not_date_it(extract, text, year):
    kept, _ = extract(text)
    title = text.split("\n")[0].removeprefix("Title: ")
    assert (kept.film.title, kept.film.year) == (title, year)
    assert _remakes(kept) == [(title, int(text.split("(")[1][:4]))]
