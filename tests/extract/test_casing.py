"""Reviews written all in capitals (captions, a teletext page, a post typed with caps lock on)
are read in ordinary case: names, titles and cast come out as prose would give them, and every
offset still points into the text as written.

Every review here is invented for these tests (films, people and words).
"""

from __future__ import annotations

from filmgraph.extract import extract_review
from filmgraph.extract.casing import recased
from filmgraph.model import Review

CAPTIONS = (">> THANKS, DANA. THIS WEEK'S BIG OPENER IS NIGHT HARBOUR (2019), A REMAKE OF THE NORWEGIAN FILM "
            "DOCK LIGHTS (1958). FIRST-TIME DIRECTOR ANA PIRES KEEPS THE FERRY AND NOT MUCH ELSE. "
            "MARISOL QUENNEVILLE PLAYS JUNE, A PILOT WHO WAKES UP TO FIND THE HARBOUR EMPTY, AND TOMAS BRENK "
            "IS HER BROTHER, A QUIET MAN NAMED OSKAR. I GIVE IT THREE STARS OUT OF FOUR.")


def _review(text: str) -> Review:
    return Review(review_id="caps", text=text, source="caps.txt", content_hash="0")


def test_capitals_are_read_in_ordinary_case_and_keep_their_length():
    text = recased(CAPTIONS)
    assert len(text) == len(CAPTIONS) and text.upper() == CAPTIONS
    assert "Marisol Quenneville plays June" in text and "a quiet man named Oskar" in text
    assert "I give it three stars" in text


def test_a_review_in_capitals_gives_its_cast_and_crew():
    extraction = extract_review(_review(CAPTIONS))
    assert extraction.film is not None and (extraction.film.title, extraction.film.year) == ("Night Harbour", 2019)
    assert [person.name for person in extraction.film.directors] == ["Ana Pires"]
    assert [(ref.title, ref.year) for ref in extraction.remake_of] == [("Dock Lights", 1958)]
    assert ("Marisol Quenneville", "June") in {(credit.actor, credit.character) for credit in extraction.cast}
    evidence = extraction.film.evidence.mention
    assert CAPTIONS[evidence.start:evidence.end].title() == "Night Harbour"  # offsets point into the text as written


def test_text_in_ordinary_case_is_left_as_it_is():
    text = "NIGHT HARBOUR (2019) is a slow film. ANA PIRES directs, and MARISOL QUENNEVILLE plays June. " * 4
    assert recased(text) == text
