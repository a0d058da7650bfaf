"""Review formats the extractor was not tuned on: headlines, Markdown, HTML pages, blog bylines.

Every review text here is written for these tests; the sample reviews under ``formats/`` carry a
small gold file each and are scored field by field as ``score.py`` scores the dev set.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from filmgraph.extract import Extractor, extract_review
from filmgraph.extract.doc import DocBuilder
from filmgraph.jsonshape import extraction_to_json
from filmgraph.reviews import read_review, read_text

FORMATS = Path(__file__).resolve().parent / "formats"
SCORE_PY = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "score.py"


def _film(text: str):
    return extract_review(read_text(text, source="inline.txt")).kept().film


def _file_film(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_review(read_review(path)).kept()


# --- the reviewed film from a headline --------------------------------------------------------------


def test_bare_title_line_named_again_below():
    film = _film("Lantern Street\n\nI caught Lantern Street at a matinee. Lantern Street is gentle and a little long.")
    assert (film.title, film.year) == ("Lantern Street", None)


def test_bare_title_line_then_yeared_remake_sentence_gives_year_and_country():
    film = _film("Night Harbour\n\nNight Harbour (2019) is a Norwegian remake of Dock Lights (2004). The pacing is calm.")
    assert (film.title, film.year, film.countries) == ("Night Harbour", 2019, ("Norway",))


def test_bare_first_line_not_named_again_is_not_a_title():
    assert _film("Some thoughts tonight\n\nThe cinema was cold and the seats were worn.") is None


def test_markdown_heading_with_year(tmp_path):
    kept = _file_film(tmp_path, "r.md", "# Night Harbour (2019)\n\nA quiet *drama* about a ferry crew.\n")
    assert (kept.film.title, kept.film.year) == ("Night Harbour", 2019)


@pytest.mark.parametrize("byline", ["Notes by Ann Lee", "Programme notes by Ann Lee"])
def test_a_byline_on_the_first_line_is_no_film(byline):
    film = _film(f"{byline}\n\nSome of you saw this at the Odeon when it first came out, and several of you have told me "
                 "so twice this week. It is a slow film about a harbour.")
    assert film is None or film.title is None


def test_a_flat_file_page_s_fields_between_rules():
    # a flat-file CMS's page: "Key: value" fields of any name, a rule between each
    film = _film("Title: Salt on the quay\n\n----\n\nDate: 2021-04-02\n\n----\n\nAuthor: Bo Ek\n\n----\n\n"
                 "Film: Night Harbour\n\n----\n\nYear: 2019\n\n----\n\nDirector: Ann Lee\n\n----\n\nText:\n\n"
                 "A slow and cold film about a harbour town, and the ferry that stops calling there.")
    assert (film.title, film.year, [p.name for p in film.directors]) == ("Night Harbour", 2019, ["Ann Lee"])


def test_a_field_that_holds_prose_ends_the_fields():
    film = _film("Title: Night Harbour\nYear: 2019\nText: Ann Lee directed this slow drama about a harbour town and its "
                 "ferry.\nText: Nobody in it ever says what they mean.\nFilm: Dock Lights (2004)")
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_title_comma_year_and_star_rating():
    film = _film("Night Harbour, 2019 ★★★½\n\nA quiet drama about a ferry crew that loses its way.")
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_title_dash_director_comma_year():
    film = _film("Night Harbour — Ana Pires, 2019\n\nA quiet drama about a ferry crew that loses its way.")
    assert (film.title, film.year, [d.name for d in film.directors]) == ("Night Harbour", 2019, ["Ana Pires"])


def test_title_with_director_country_and_year_in_brackets():
    film = _film("Night Harbour (Ana Pires - Norway 2019)\nA quiet drama about a ferry crew.")
    assert (film.title, film.year, film.countries) == ("Night Harbour", 2019, ("Norway",))
    assert [d.name for d in film.directors] == ["Ana Pires"]


def test_quoted_title_with_year():
    film = _film('"Night Harbour" (2019)\n\nA quiet drama about a ferry crew that loses its way.')
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_review_prefix_is_not_part_of_the_title():
    film = _film("Review: Night Harbour (2019)\n\nA quiet drama about a ferry crew that loses its way.")
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_review_suffix_and_tagline_are_not_part_of_the_title():
    film = _film("Night Harbour review – a patient, haunting drama\n\nThe ferry crew loses its way.")
    assert film.title == "Night Harbour"


def test_rating_out_of_four_after_a_slash_year():
    film = _film("LANTERN STREET / (2004) **½ (out of four)\n\nA gentle film, a little long.")
    assert (film.title, film.year) == ("Lantern Street", 2004)


def test_spoiler_warning_is_not_a_headline():
    assert _film("*Possible Spoilers Ahead*\n\nThe cinema was cold and the seats were worn.") is None


def test_html_page_headline(tmp_path):
    kept = _file_film(
        tmp_path, "r.html",
        "<html><head><title>Night Harbour (2019) | Reel Notes</title></head><body><nav><a>Home</a></nav>"
        "<article><p>A quiet drama about a ferry crew that loses its way.</p></article></body></html>",
    )
    assert (kept.film.title, kept.film.year) == ("Night Harbour", 2019)


# --- the year from the corpora's header and release styles --------------------------------------


def test_year_first_header_tail_gives_year_and_countries():
    film = _film(
        "LANTERN STREET (director: Ana Pires; cast: Tor Berg (Nils), Lena Dahl (Ada); Runtime: 98; 2003-UK/Can.)\n"
        "Reviewed by Jo Bell\nA gentle film."
    )
    assert (film.title, film.year, film.countries) == ("Lantern Street", 2003, ("United Kingdom", "Canada"))


def test_release_date_field_gives_year():
    film = _film(
        "Date Released: 3/12/04 Running Length: 1:38 Rated: PG (Mild language)\n"
        "Starring: Tor Berg, Lena Dahl Director: Ana Pires Screenplay: Rui Vaz\n"
        "LANTERN STREET is gentle. LANTERN STREET is long."
    )
    assert (film.title, film.year) == ("Lantern Street", 2004)


def test_multi_country_lead_line():
    film = _film(
        "Norway/Denmark, 2019 U.S. Availability: limited release Running Length: 1:50\n"
        "Cast: Tor Berg, Lena Dahl Director: Ana Pires\nNIGHT HARBOUR is calm. NIGHT HARBOUR works."
    )
    assert (film.year, film.countries) == (2019, ("Norway", "Denmark"))


def test_opening_date_sentence_gives_year():
    film = _film(
        "LANTERN STREET is gentle, and LANTERN STREET is a little long.\n"
        "The film opens nationwide in the United States on Friday, March 12, 2004."
    )
    assert (film.title, film.year) == ("Lantern Street", 2004)


def test_year_possessive_before_title():
    film = _film("Of all the films this spring, 2004's LANTERN STREET is the gentlest. LANTERN STREET is long.")
    assert (film.title, film.year) == ("Lantern Street", 2004)


def test_year_possessive_in_a_remake_review_is_the_originals():
    film = _film("1971's LANTERN STREET was better. This remake of LANTERN STREET is long. LANTERN STREET drags.")
    assert film.title == "Lantern Street" and film.year is None


# --- directors in prose -------------------------------------------------------------------------


def _directors(text: str):
    return [d.name for d in _film(text).directors]


def test_possessive_with_year_and_genre_noun_as_subject():
    assert _directors("Night Harbour (2019)\n\nAna Pires's 2019 thriller is a slow puzzle that pays off.") == ["Ana Pires"]


def test_possessive_with_another_year_is_another_film():
    assert _directors("Night Harbour (2019)\n\nAna Pires's 2011 thriller was tighter. Night Harbour is slow.") == []


@pytest.mark.parametrize("sentence", [
    "The studio dusted off Ana Pires's harbour thriller Night Harbour (1962) and remade it.",
    "Night Harbour (1962), Ana Pires's little melodrama, is the one this remakes.",
])
def test_possessive_beside_the_title_dated_another_year_is_the_earlier_films(sentence):
    assert _directors(f"Night Harbour (2019)\n\n{sentence} It is slow.") == []


@pytest.mark.parametrize("sentence", [
    "If crude jokes make you laugh, you may find bits of Ana Pires's NIGHT HARBOUR funny.",
    "I really don't want to compare Ana Pires's NIGHT HARBOUR to the 1962 film, but I must.",
    "Supposedly based on a true story, Ana Pires's NIGHT HARBOUR tells a plain tale.",
    "Never has a ferry been a more apt metaphor than in Ana Pires's feature debut, NIGHT HARBOUR.",
])
def test_a_possessive_director_is_taken_as_given_in_a_hedged_or_denied_sentence(sentence):
    assert _directors(f"NIGHT HARBOUR (2019)\n\n{sentence} NIGHT HARBOUR is slow.") == ["Ana Pires"]


def test_a_possessive_written_with_the_apostrophe_alone_names_the_director_and_a_country_s_none():
    assert _directors("MAFIA! (1998)\n\nAt the risk of strangling this metaphor, Jim Abrahams' MAFIA! has two strikes "
                      "against it. MAFIA! is loud.") == ["Jim Abrahams"]
    assert _directors("GERONIMO (1993)\n\nGERONIMO is a look back at the United States' GERONIMO campaign. It is long.") == []


def test_a_possessive_director_asked_about_is_no_director():
    assert _directors("NIGHT HARBOUR (2019)\n\nIs this Ana Pires's NIGHT HARBOUR? NIGHT HARBOUR is slow.") == []


def test_possessive_noun_in_apposition_to_the_title():
    assert _directors("Night Harbour (2019)\n\nNight Harbour, Ana Pires's second feature, is a slow puzzle.") == ["Ana Pires"]


def test_directs_from_a_script_by():
    film = _film("Night Harbour (2019)\n\nAna Pires directs, from a script by Rui Vaz, with a steady hand.")
    assert ([d.name for d in film.directors], [w.name for w in film.writers]) == (["Ana Pires"], ["Rui Vaz"])


def test_capitalised_director_opening_a_sentence():
    assert _directors("NIGHT HARBOUR is slow. Director Ana Pires keeps NIGHT HARBOUR on the water.") == ["Ana Pires"]


def test_directed_with_an_adverb_or_a_second_job():
    assert _directors("Night Harbour (2019)\n\nDirected patiently by Ana Pires, the film drifts.") == ["Ana Pires"]
    assert _directors("Night Harbour (2019)\n\nDirected and edited by Ana Pires, the film drifts.") == ["Ana Pires"]


def test_director_slash_cowriter_is_director_and_writer():
    film = _film("Night Harbour (2019)\n\nThe film is the work of director/co-writer Ana Pires.")
    assert ([d.name for d in film.directors], [w.name for w in film.writers]) == (["Ana Pires"], ["Ana Pires"])


def test_possessive_opening_a_later_sentence_names_the_director():
    text = ("Night Harbour (2019)\n\nI saw Night Harbour on a wet Sunday. "
            "Ana Pires's NIGHT HARBOUR, kept from critics until the last day, is better than its reputation.")
    assert _directors(text) == ["Ana Pires"]


def test_possessive_of_the_adapted_author_is_not_the_director():
    assert _directors("The screen version of Hal Moreno's LANTERN STREET will be remembered. LANTERN STREET is long.") == []


def test_direction_remark_names_the_director():
    assert _directors("Night Harbour (2019)\n\nThe story is thin. Ana Pires's direction is assured, though.") == ["Ana Pires"]


def test_sentence_opener_is_not_part_of_the_director():
    assert _directors("Night Harbour (2019)\n\nThen Ana Pires directs the second half with verve.") == ["Ana Pires"]


# --- reviewer bylines ---------------------------------------------------------------------------


def _reviewer(text: str):
    found = extract_review(read_text(text, source="inline.txt")).kept().reviewer
    return found.name if found else None


@pytest.mark.parametrize("byline", [
    "By Jo Bell",
    "by Jo Bell",
    "Review by Jo Bell",
    "Posted by Jo Bell on March 3, 2020",
    "Written by Jo Bell | Reel Notes",
])
def test_byline_line(byline):
    assert _reviewer(f"Night Harbour (2019)\n{byline}\n\nA quiet drama about a ferry crew.") == "Jo Bell"


def test_signature_line_at_the_end():
    assert _reviewer("Night Harbour (2019)\n\nA quiet drama about a ferry crew.\n\n— Jo Bell\n") == "Jo Bell"


def test_quotation_attribution_is_not_a_signature():
    text = 'Night Harbour (2019)\n\nA quiet drama.\n"The sea keeps what it takes."\n- Hal Moreno\n'
    assert _reviewer(text) is None


@pytest.mark.parametrize("notice", ["(c) 1994 Jo Bell", "Copyright Jo Bell", "© 2019 Jo Bell", "Copyright 1996 Jo Bell Copyright"])
def test_copyright_notice(notice):
    assert _reviewer(f"Night Harbour (2019)\n\nA quiet drama about a ferry crew.\n{notice}\n") == "Jo Bell"


def test_signature_running_on_into_an_employer_is_cut():
    text = "Night Harbour (2019)\n\nA quiet drama about a ferry crew.\n-- Jo Bell Lakeside University Office of Research\n"
    assert _reviewer(text) == "Jo Bell"


def test_written_by_in_prose_or_credits_is_not_the_reviewer():
    assert _reviewer("Night Harbour (2019)\n\nDirected by Ana Pires and written by Rui Vaz, it drifts.") is None
    assert _reviewer("Night Harbour (2019)\nDirector: Ana Pires\nWritten by Rui Vaz\n\nIt drifts.") is None


def test_character_introduced_as_a_writer_is_not_the_reviewer():
    assert _reviewer("Night Harbour (2019)\n\nThe ferry leaves at dawn.\nMara is a struggling writer who hates boats.") is None


def test_html_author_span_is_the_reviewer(tmp_path):
    kept = _file_film(tmp_path, "r.html", "<h1>Night Harbour (2019)</h1><p class='meta'>Words: <span class='author'>Jo Bell</span>"
                      "</p><p>A quiet drama about a ferry crew.</p>")
    assert kept.reviewer.name == "Jo Bell"


def test_html_meta_author_is_the_reviewer(tmp_path):
    kept = _file_film(tmp_path, "r.html", "<head><meta name='author' content='Jo Bell'><title>Night Harbour (2019)</title></head>"
                      "<body><p>A quiet drama about a ferry crew.</p></body>")
    assert kept.reviewer.name == "Jo Bell"


# --- list-style headers -------------------------------------------------------------------------


def test_list_style_header_with_labels():
    film = _film(
        "Night Harbour\nYear: 2019\nCountry: Norway\nGenre: Drama\nRuntime: 104 min\n"
        "Director: Ana Pires\nWriter: Rui Vaz\nStarring: Lena Dahl, Tor Berg\nRating: 3.5/5\n\n"
        "The ferry crew drifts for an hour before anything happens."
    )
    assert (film.title, film.year, film.countries) == ("Night Harbour", 2019, ("Norway",))
    assert ([d.name for d in film.directors], [w.name for w in film.writers]) == (["Ana Pires"], ["Rui Vaz"])


def test_title_label():
    film = _film("Title: Night Harbour (2019)\nDirector: Ana Pires\n\nThe ferry crew drifts for an hour.")
    assert (film.title, film.year, [d.name for d in film.directors]) == ("Night Harbour", 2019, ["Ana Pires"])


def test_markdown_bullet_header(tmp_path):
    kept = _file_film(tmp_path, "r.md", "## Night Harbour\n\n* **Year:** 2019\n* **Director:** Ana Pires\n\n"
                      "The ferry crew drifts for an hour before anything happens.\n")
    assert (kept.film.title, kept.film.year, [d.name for d in kept.film.directors]) == ("Night Harbour", 2019, ["Ana Pires"])


def test_rating_line_after_prose_does_not_make_a_header():
    film = _film("A slow film. Night Harbour drifts.\nNight Harbour is pretty, though.\nRating: 2/5\n\nSkip it.")
    assert film is None or film.title == "Night Harbour"


# --- sample reviews in everyday formats, scored as score.py scores the dev set --------------------


def _score_module():
    if not SCORE_PY.is_file():
        pytest.skip("the shared score.py is not available")
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


GOLD_FILES = sorted(FORMATS.glob("*.gold.json"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.name.removesuffix(".gold.json") for p in GOLD_FILES])
def test_sample_film_directors_countries_and_reviewer_are_exact(gold_path):
    score = _score_module()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = extraction_to_json(extract_review(read_review(gold_path.parent / gold["review"])).kept())
    counts = score.fields(gold, pred)
    for field in ("film", "directors", "countries", "reviewer"):
        tp, n_gold, n_pred = counts[field]
        assert tp == n_gold == n_pred, (field, gold.get("film"), pred.get("film"), pred.get("reviewer"))


def test_samples_overall():
    """Micro F1 per headline field over the samples, averaged as score.py's "overall" is."""
    score = _score_module()
    assert len(GOLD_FILES) >= 4
    totals: dict[str, list[int]] = {}
    for gold_path in GOLD_FILES:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = extraction_to_json(extract_review(read_review(gold_path.parent / gold["review"])).kept())
        for field, counts in score.fields(gold, pred).items():
            total = totals.setdefault(field, [0, 0, 0])
            for i, value in enumerate(counts):
                total[i] += value
    f1 = [score.prf(*totals[f])[2] for f in score.HEADLINE_FIELDS if totals[f][1] or totals[f][2]]
    assert sum(f1) / len(f1) >= 0.8


# --- a review with no header that names its film in ordinary prose -------------------------------


def _catalog_known(*titles):
    from filmgraph.extract.gazetteer import load_gazetteer

    known = load_gazetteer()
    if not all(t in known for t in titles):
        pytest.skip("the film catalog is not shipped")


def test_prose_review_names_its_film_as_a_repeated_subject():
    _catalog_known("The Grudge")
    film = _film("I went in expecting little. The Grudge is slower than I remembered and the cast is flat. "
                 "Still, The Grudge has two scenes that work, and I jumped twice.")
    assert film.title == "The Grudge"


def test_prose_review_comparison_titles_are_not_the_film():
    _catalog_known("Jaws", "Alien")
    film = _film("The director clearly loves films like Jaws and Alien. Nothing here is as good as Jaws, "
                 "and the monster is better than Alien only in its teeth. I was bored.")
    assert film is None


def test_prose_review_one_word_character_is_not_the_film():
    _catalog_known("Sam")
    film = _film("Sam is a lonely baker. Sam says little, and his sister tells him to sell the shop. "
                 "Later Sam is happier. It is a small film.")
    assert film is None


# --- capitals titles cut short ------------------------------------------------------------------


@pytest.mark.parametrize("surface, title", [
    ("MR. LANTERN", "Mr. Lantern"),
    ("THE ISLAND OF DR. LANTERN", "The Island of Dr. Lantern"),
    ("THE CITY VS. ADA LANTERN", "The City vs. Ada Lantern"),
])
def test_capitals_title_keeps_its_honorific_or_versus(surface, title):
    film = _film(f"It is winter in {surface}, and {surface} is cold. {surface} runs long, too.")
    assert film.title == title


def test_capitals_title_with_a_plural_possessive_word():
    film = _film("SAILORS' REST is about a boarding house. SAILORS' REST is cosy. SAILORS' REST runs long.")
    assert film.title == "Sailors' Rest"


def test_director_in_brackets_after_the_word_director():
    assert _directors("NIGHT HARBOUR is slow. The director (Ana Pires) holds every shot. NIGHT HARBOUR works.") == ["Ana Pires"]


def test_directed_by_a_described_person():
    assert _directors("Night Harbour (2019)\n\nIt was directed by her husband Rui Vaz, and it drifts.") == ["Rui Vaz"]
    assert _directors("Night Harbour (2019)\n\nIt is directed by and starring Lena Dahl, who is fine.") == ["Lena Dahl"]


def test_first_names_joined_to_a_full_name_share_its_surname():
    text = "Night Harbour (2019)\n\nAs directed by brothers Ana & Rui Pires, it drifts. Ana Rock plays the cook."
    assert _directors(text) == ["Ana Pires", "Rui Pires"]


def test_this_year_remake_gives_the_year():
    film = _film("Night Harbour\n\nNight Harbour is slow. This 2019 remake drifts, and Night Harbour works in the end.")
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_the_film_was_made_in_gives_the_year():
    film = _film("NIGHT HARBOUR is slow. The film was made in 1987 in Oslo. NIGHT HARBOUR drifts.")
    assert (film.title, film.year) == ("Night Harbour", 1987)


@pytest.mark.parametrize("text, year", [
    ("Night Harbour drifts. Ann Lee directed it in 1987, in Oslo.", 1987),
    ("Night Harbour drifts. Ann Lee directed this Norwegian drama in 1987.", 1987),
    ("Ann Lee directed Night Harbour, released in 1987, in Oslo.", 1987),
    ("Night Harbour drifts. If Ann Lee had directed it in 1987, it would have been better.", None),
    ("Night Harbour drifts. Ann Lee directed it in the winter of 1987.", None),
])
def test_the_prose_dates_a_film_its_maker_directed_in_a_year(text, year):
    assert Extractor().film_finder.year_of(DocBuilder()(text), "Night Harbour") == year


# --- more everyday headlines --------------------------------------------------------------------


@pytest.mark.parametrize("headline", [
    "Review: 'Night Harbour' is a slow burn worth the wait",
    "'Night Harbour' review: a slow burn worth the wait",
    "Watched Night Harbour (2019) ★★★★",
    "Night Harbour (2019) dir. Ana Pires",
    "Night Harbour (2019, Ana Pires)",
])
def test_everyday_headlines(headline):
    assert _film(f"{headline}\n\nThe ferry crew drifts for an hour before anything happens.").title == "Night Harbour"


def test_quoted_title_in_a_prose_first_line_is_not_a_headline():
    film = _film('I loved the original "Dock Lights" and expected more.\n\nThis remake drifts and drifts.')
    assert film is None or film.title != "Dock Lights"


def test_studio_in_brackets_is_not_a_director():
    film = _film("NIGHT HARBOUR (Northlight Pictures)\n\nThe ferry crew drifts for an hour.")
    assert (film.title, film.directors) == ("Night Harbour", ())


def test_posted_on_date_by():
    assert _reviewer("Night Harbour (2019)\nPosted on March 3, 2020 by Jo Bell\n\nA quiet drama.") == "Jo Bell"


def test_release_month_and_two_digit_year():
    film = _film("U.S. Availability: limited release 4/95 Running Length: 1:38\n"
                 "Starring: Tor Berg, Lena Dahl Director: Ana Pires\nNIGHT HARBOUR is calm. NIGHT HARBOUR works.")
    assert film.year == 1995


def test_release_month_and_day_is_not_a_year():
    film = _film("U.S. Release Date: beginning 1/12 Running Length: 1:38\n"
                 "Starring: Tor Berg, Lena Dahl Director: Ana Pires\nNIGHT HARBOUR is calm. NIGHT HARBOUR works.")
    assert film.year is None


def test_possessive_before_the_title_in_apposition():
    text = "Mixing thriller and farce, Ana Pires's NIGHT HARBOUR, starring Lena Dahl, never settles. NIGHT HARBOUR drifts."
    assert _directors(text) == ["Ana Pires"]


def test_director_comma_name_and_director_of_other_films_comma_name():
    assert _directors("NIGHT HARBOUR is slow. The director, Ana Pires, holds every shot. NIGHT HARBOUR works.") == ["Ana Pires"]
    text = "NIGHT HARBOUR is slow. From the director of DOCK LIGHTS and SALT, Ana Pires, comes NIGHT HARBOUR."
    assert _directors(text) == ["Ana Pires"]


def test_director_who_is_a_character_is_not_the_director():
    text = ("NIGHT HARBOUR is slow. The story follows a director, Max Vale (Tor Berg), on a ferry. "
            "Director Ana Pires keeps NIGHT HARBOUR moving.")
    assert _directors(text) == ["Ana Pires"]


# --- the film as the subject of an opening "is a ... film" --------------------------------------


def test_wikipedia_style_lead_sentence():
    film = _film("Night Harbour is a 2019 Norwegian drama directed by Ana Pires. It follows a ferry crew "
                 "through one winter. The acting is fine but the pacing drags.")
    assert (film.title, film.year, film.countries) == ("Night Harbour", 2019, ("Norway",))
    assert [d.name for d in film.directors] == ["Ana Pires"]


def test_yeared_title_opening_a_short_review():
    film = _film("Night Harbour (2019) is a slow, patient drama. Lena Dahl plays Ada, a ferry captain. Recommended.")
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_person_described_as_a_film_director_is_not_a_title():
    film = _film("Ana Pires is a Norwegian film director of some talent. Her new work drifts.")
    assert film is None or film.title != "Ana Pires"


def test_original_year_before_directed_by_is_still_not_this_films_director():
    film = _film("NIGHT HARBOUR remakes the 1962 original directed by Bo Ek. NIGHT HARBOUR drags.")
    assert film.title == "Night Harbour" and film.directors == ()


@pytest.mark.parametrize("text", [
    "Night Harbour: a slow burn worth the wait\n\nThe ferry crew drifts for an hour.",
    "★★★★☆\nNight Harbour (2019)\n\nThe ferry crew drifts.",
    "I watched Night Harbour last night with my wife. It drags, but the ending is lovely. 6/10",
])
def test_more_everyday_openings(text):
    assert _film(text).title == "Night Harbour"


def test_pipe_separated_credits_line():
    film = _film("Night Harbour\nDirector: Ana Pires | Starring: Lena Dahl, Tor Berg | 2019 | 104 min\n\nThe ferry crew drifts.")
    assert (film.title, film.year, [d.name for d in film.directors]) == ("Night Harbour", 2019, ["Ana Pires"])


def test_a_score_is_not_a_watched_title():
    assert _film("When I saw 6.0 on the site, I was impressed. It is not that good, though.") is None


@pytest.mark.parametrize("byline", ["Author: Jo Bell", "Critic: Jo Bell", "Words by Jo Bell", "Reviewed by: Jo Bell", "BY JO BELL"])
def test_labelled_bylines(byline):
    assert _reviewer(f"Night Harbour (2019)\n{byline}\n\nA quiet drama about a ferry crew.") == "Jo Bell"


def test_bare_praise_headline_is_not_a_title():
    assert _film("Great Movie\n\nThis is a great movie and I loved every minute of it.") is None


def test_possessive_swan_song_in_apposition():
    text = "NIGHT HARBOUR, Ana Pires's swan song to the coast, is slow. NIGHT HARBOUR drifts."
    assert _directors(text) == ["Ana Pires"]


@pytest.mark.parametrize("ending", [
    "It drifts, but it works.\nJo Bell\n",
    "It drifts. On my scale, a 7. -- Jo Bell Lakeside University Office\n",
    "It drifts.\nCopyright 1997, 1998 Jo Bell\n",
    "It drifts.\nJo Bell: \"Reel Notes Movie Reviews\"\n",
    "It drifts.\nall rights reserved Jo Bell\n",
])
def test_closing_signatures(ending):
    assert _reviewer(f"Night Harbour (2019)\n\nA quiet drama about a ferry crew. {ending}") == "Jo Bell"


def test_dash_before_a_named_star_in_prose_is_no_signature():
    text = "Night Harbour (2019)\n\nA quiet drama. For the ferry owner they cast -- who else? -- Lena Dahl.\nIt drifts.\n"
    assert _reviewer(text) is None


def test_last_line_repeating_a_name_from_the_review_is_no_signature():
    assert _reviewer("Night Harbour (2019)\n\nLena Dahl is superb. It drifts, but it works.\nLena Dahl\n") is None


@pytest.mark.parametrize("sentence", [
    "Rui Vaz's script keeps the ferry crew talking.",
    "The screenwriter (Rui Vaz) keeps the crew talking.",
    "Screenwriter Rui Vaz keeps the crew talking.",
    "The script was written by Rui Vaz, and it talks too much.",
    "It was adapted for the screen by first-timer Rui Vaz.",
])
def test_writers_in_prose(sentence):
    film = _film(f"Night Harbour (2019)\n\nThe ferry drifts. {sentence}")
    assert [w.name for w in film.writers] == ["Rui Vaz"]


def test_a_credits_list_below_the_opening_paragraph(tmp_path):
    kept = _file_film(tmp_path, "r.md", (
        "# Salt Flats\n\n*Salt Flats* (2021) is a patient drama about a family that mines salt and will not "
        "sell the land to anyone, whatever the price, whatever the weather, whatever the cost to them.\n\n"
        "- **Director:** Ana Pires\n- **Written by:** Ana Pires and Rui Vaz\n- **Cast:** Bo Ek, Cy Dunn\n\n"
        "The rest is quiet.\n"))
    assert [d.name for d in kept.film.directors] == ["Ana Pires"]
    assert [w.name for w in kept.film.writers] == ["Ana Pires", "Rui Vaz"]
    assert [c.actor for c in kept.cast] == ["Bo Ek", "Cy Dunn"]


def test_list_header_with_film_release_and_directed_by_labels():
    found = extract_review(read_text("Film: Salt Flats\nRelease: 2013\nDirected by: Ana Pires\nScreenplay: Rui Vaz\n\n"
                                     "A slow film.", source="x.txt")).kept()
    assert (found.film.title, found.film.year) == ("Salt Flats", 2013)
    assert [d.name for d in found.film.directors] == ["Ana Pires"]


def test_a_page_title_names_the_film_over_a_tagline_headline(tmp_path):
    page = ("<html><head><title>Salt Flats (2017) - Film Review - The Daily Reel</title></head><body><article>"
            "<h1>A film that digs but rarely strikes</h1><p>It is based on the French comedy Les Mines de sel (1991), "
            "and it shows.</p></article></body></html>")
    kept = _file_film(tmp_path, "r.html", page)
    assert (kept.film.title, kept.film.year) == ("Salt Flats", 2017)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Les Mines de sel", 1991)]


def test_a_forum_thread_under_breadcrumbs():
    film = _film("Forum: Film Club > Reviews > New Releases\nThread: Salt Flats (2022) - thoughts?\n\nPosted by Ann Lee\n\n"
                 "Saw it last night. Pretty good.")
    assert (film.title, film.year) == ("Salt Flats", 2022)


def test_a_review_sites_page_title_names_no_director():
    film = _film("Salt Flats (2022) - User Reviews\n\n7/10\nDry fun\nann_lee_77 | 2 May 2022\n\nSaw it last night. Pretty good.")
    assert (film.title, film.year, film.directors) == ("Salt Flats", 2022, ())


def test_a_bare_title_over_a_paragraph_that_describes_this_film():
    film = _film("Salt Flats\n\nThis British production is a remake of the Dutch film Zoutvlakte (1979), and a faithful one.")
    assert (film.title, film.countries) == ("Salt Flats", ("United Kingdom",))
    assert _film("Some Thoughts\n\nThe film is long and I was bored. Nothing else.") is None


def test_a_dated_line_below_a_newsletter_masthead():
    film = _film("THE SUNDAY SCREEN\nIssue 9 - picks from the arthouse\n\nWritten by Ann Lee\n\nTHIS WEEK: SALT FLATS (2014)\n\n"
                 "Salt Flats is a gentle comedy about a railway.")
    assert (film.title, film.year) == ("Salt Flats", 2014)


def test_credits_written_as_sentences_in_a_header():
    found = extract_review(read_text(
        "SALT FLATS (1997)          *** (out of four)\n\nDirected by Ann Lee.  Screenplay by Bo Ek, from the novel\n"
        "by Cy Dunn.  With Hank Dorsey as Walt Brisco, Maxine Loring as Terry,\nand Floyd Ramirez as Augie.\n\n"
        "Review by Dee Fox\n\nTwo hired guns walk into a casino.", source="x.txt")).kept()
    assert [d.name for d in found.film.directors] == ["Ann Lee"] and [w.name for w in found.film.writers] == ["Bo Ek"]
    assert [(c.actor, c.character) for c in found.cast] == [("Hank Dorsey", "Walt Brisco"), ("Maxine Loring", "Terry"),
                                                          ("Floyd Ramirez", "Augie")]
    found = extract_review(read_text("THE GLASS HOUR (1999)   rating: ** (out of 4)\nStarring Cole Whitaker, Rena Solberg.  "
                                     "Directed by Drew\nKaminsky.  Written by Neil Archer and Sara Fjell.\n\nreviewed by "
                                     "Dee Fox\n\nA slow film.", source="x.txt")).kept()
    assert [d.name for d in found.film.directors] == ["Drew Kaminsky"]
    assert [w.name for w in found.film.writers] == ["Neil Archer", "Sara Fjell"]
    assert [c.actor for c in found.cast] == ["Cole Whitaker", "Rena Solberg"]


def test_list_header_with_an_alternative_title_and_a_dir_label():
    found = extract_review(read_text("FILM: The Salt Wager (Le Pari du sel)\nDIR: Ann Lee\nYEAR: 2019\n\nA slow film.",
                                     source="x.txt")).kept()
    assert (found.film.title, found.film.year, [d.name for d in found.film.directors]) == ("The Salt Wager", 2019, ["Ann Lee"])
    assert _film("THE WEEKLY REEL\nIssue 4\n\nTHIS WEEK'S PICK: SALTMARSH (2022)\n\nSaltmarsh is a slow film.").title == "Saltmarsh"


def test_informal_openings_name_the_film():
    assert _film("Last Train Uptown is one of those movies you forget. The original was better.").title == "Last Train Uptown"
    assert _film("So Crimson Bay 2: Undertow is the sequel to a film nobody saw. Meh.").title == "Crimson Bay 2: Undertow"
    assert _film("I went into Salt Flats knowing nothing. It was fine.").title == "Salt Flats"
    assert _film("This is one of those movies. It is bad.") is None


def test_a_header_of_short_credit_lines_without_colons():
    found = extract_review(read_text("SALT HILL\n(Reel Releasing, 1996, R, 97 minutes)\nDirected by Ann Lee\nWritten by Bo Ek\n"
                                     "Featuring Cy Dunn, Dee Fox and Eve Gray\nReviewed by Fay Hale\n\nFive students get lost.",
                                     source="x.txt")).kept()
    assert [d.name for d in found.film.directors] == ["Ann Lee"] and [w.name for w in found.film.writers] == ["Bo Ek"]
    assert [c.actor for c in found.cast] == ["Cy Dunn", "Dee Fox", "Eve Gray"] and found.reviewer.name == "Fay Hale"
    found = extract_review(read_text("SALT (director: Ann Lee; cast: Bo Ek (Tom), Cy Dunn (Pearl); Runtime: 90)\n"
                                     "Reviewed by A B\n\nA film.", source="x.txt")).kept()
    assert [(c.actor, c.character) for c in found.cast] == [("Bo Ek", "Tom"), ("Cy Dunn", "Pearl")]


def test_a_page_with_a_facts_box_and_a_footer_byline(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Night Harbour | Reels</title></head><body><article><h1>Night Harbour</h1>"
        "<p>Director: Ana Pires</p><p>Cast: Cy Dunn (Josie), Bo Ek (Lou)</p><p>Year: 2019</p>"
        "<p>Remake of: “Les Quais de Brest” (1986)</p><p>A slow film about two night workers.</p></article>"
        "<footer>Reviewed by <a rel=\"author\" href=\"/staff/ann\">Ann Lee</a></footer></body></html>",
        encoding="utf-8")
    found = extract_review(read_review(page)).kept()
    assert found.film is not None and (found.film.title, found.film.year) == ("Night Harbour", 2019)
    assert [(f.title, f.year) for f in found.remake_of] == [("Les Quais de Brest", 1986)]
    assert found.reviewer is not None and found.reviewer.name == "Ann Lee"


@pytest.mark.parametrize(("text", "title", "year", "director"), [
    ("Subject: THE REEL #12 -- Dune Road, plus what to skip\n\nHi friends,\n\nDUNE ROAD (dir. Kit Raven, 2025)\n\n"
     "A bag of money turns up in a dry creek.", "Dune Road", 2025, "Kit Raven"),
    ("Dune Road\nBy Theo Marsh · 9 May 2024\n\nDirected by Wren Hall · 2024 · 118 min\n\nVery few films find suspense "
     "in a filing cabinet.", "Dune Road", 2024, "Wren Hall"),
    ("## Ghost Signal is the scariest radio show you'll never hear\n\nby **Sam Oko** | Horror\n\nThree DJs take over "
     "a dead campus station, and it wears *The Blair Witch Project* proudly on its sleeve.", "Ghost Signal", None, None),
])
def test_titles_from_subject_lines_credit_lines_and_headline_sentences(text, title, year, director):
    film = _film(text)
    assert film is not None and (film.title, film.year) == (title, year)
    assert [d.name for d in film.directors] == ([director] if director else [])


def test_a_page_title_dates_a_headline_without_a_year(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Nightwing (2023) - Film review - Bloom</title></head><body><article>"
                    "<h1><em>Nightwing</em> review: a Seoul nightmare moved to Glasgow</h1><p>“Nightwing” is a tense "
                    "thriller.</p></article></body></html>", encoding="utf-8")
    found = extract_review(read_review(page)).kept()
    assert found.film is not None and (found.film.title, found.film.year) == ("Nightwing", 2023)


@pytest.mark.parametrize(("text", "title", "year"), [
    ("NEW ON VIDEO: capsules\n\nDUNE ROAD (Carrow Pictures, 1987) ★★★\nStarring Ann Lee, Bo Ek\n\nA siege picture.",
     "Dune Road", 1987),
    ("From: Bo Ek <bo@example.org>\nTo: club@example.org\nSubject: Re: THE LAMP WIFE -- anyone else see it?\n\n"
     "I saw THE LAMP WIFE last night. THE LAMP WIFE is slow.", "The Lamp Wife", None),
    ("Diary export, entry 37\n\nThe Pear Thieves · 2021 · ★★½\n\nA gentle comedy.", "The Pear Thieves", 2021),
    ("Movies | Review\n\nFor years the town slept.\n\nDUNE ROAD is a siege picture. DUNE ROAD is tense.", "Dune Road", None),
])
def test_section_lines_mail_headers_and_diary_lines(text, title, year):
    film = _film(text)
    assert film is not None and (film.title, film.year) == (title, year)


def test_a_video_reviews_subtitles(tmp_path):
    path = tmp_path / "talk.srt"
    path.write_text("1\n00:00:00,500 --> 00:00:04,200\nHi everyone, I'm Tessa Grin,\nand welcome back to Reel Talk.\n\n"
                    "2\n00:00:04,300 --> 00:00:08,900\nToday we're talking about\nSeven Days in Saltmarsh,\n\n"
                    "3\n00:00:09,000 --> 00:00:13,400\nwhich is a remake of the 1993 Groundhog Day.\n", encoding="utf-8")
    found = extract_review(read_review(path)).kept()
    assert found.film is not None and found.film.title == "Seven Days in Saltmarsh"
    assert [(f.title, f.year) for f in found.remake_of] == [("Groundhog Day", 1993)]
    assert found.reviewer is not None and found.reviewer.name == "Tessa Grin"


def test_a_heading_set_off_by_rules_below_an_e_mails_header():
    text = ("From: The Friday Reel <news@example.org>\nTo: subscribers\nSubject: This week: a Western reborn, plus "
            "three more openings\nDate: Fri, 11 Oct 2019 07:00:00 +0000\n\nHello projectionists,\n\nBusy week!\n\n"
            "=====================\nTHE BIG ONE: RIDERS OF THE PALE MESA\n=====================\n\n"
            "RIDERS OF THE PALE MESA is a brave Western.")
    film = _film(text)
    assert film is not None and film.title == "Riders of the Pale Mesa"
