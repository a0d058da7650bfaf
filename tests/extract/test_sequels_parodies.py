"""Sequels and parodies read from reviews (sentences written for these tests)."""

from __future__ import annotations

import pytest

from filmgraph.explain import explain_extraction
from filmgraph.extract import extract_review
from filmgraph.jsonshape import extraction_to_json
from filmgraph.reviews import read_text


def _found(text: str, relation: str) -> list[tuple[str, int | None, str | None]]:
    extraction = extract_review(read_text(text, source="made-up.txt"))
    return [(ref.title, ref.year, ref.evidence.flag if ref.evidence else None) for ref in extraction.films(relation)]


@pytest.mark.parametrize("text, relation, expected", [
    ("COLD HARBOUR (2012)\nCOLD HARBOUR is the sequel to WARM SHORE (2009), and it shows.", "sequelOf", "Warm Shore"),
    ("COLD HARBOUR (2012)\nThis is a follow-up to WARM SHORE (2009) with the same crew.", "sequelOf", "Warm Shore"),
    ("COLD HARBOUR (2012)\nA lazy followup to WARM SHORE (2009).", "sequelOf", "Warm Shore"),
    ("SPACE LLAMAS (2009)\nSPACE LLAMAS is a send-up of STAR FLEET (2009), broad and silly.", "parodies", "Star Fleet"),
    ("SPACE LLAMAS (2009)\nIt spoofs STAR FLEET (2009) from the first frame.", "parodies", "Star Fleet"),
    ("SPACE LLAMAS (2009)\nA gentle parody of STAR FLEET (2009).", "parodies", "Star Fleet"),
])
def test_cues(text: str, relation: str, expected: str) -> None:
    assert _found(text, relation) == [(expected, 2009, None)]


def test_a_numbered_title_is_a_sequel_of_the_film_the_review_names() -> None:
    text = "GLASS DOGS PART II (2015)\nWhoever liked GLASS DOGS (2011) will find the same gags."
    assert _found(text, "sequelOf") == [("Glass Dogs", 2011, None)]
    text = "GLASS DOGS 2 (2015)\nThe director still has a way with dogs."
    assert _found(text, "sequelOf") == []  # the first film is not named


@pytest.mark.parametrize("text, flag", [
    ("COLD HARBOUR (2012)\nCOLD HARBOUR is not a sequel to WARM SHORE (2009).", "negation"),
    ("COLD HARBOUR (2012)\nMaybe it was meant as a sequel to WARM SHORE (2009).", "hedge"),
    ("COLD HARBOUR (2012)\nWARM SHORE (2009) was fun. Is COLD HARBOUR a sequel to WARM SHORE?", "question"),
])
def test_denied_wished_or_asked_sequels_are_flagged(text: str, flag: str) -> None:
    assert [(title, found) for title, _, found in _found(text, "sequelOf")] == [("Warm Shore", flag)]


def test_a_later_film_another_films_sequel_or_a_makers_next_film_is_not_a_sequel() -> None:
    text = "COLD HARBOUR (2012)\nCOLD HARBOUR, Ann Lee's follow-up to her debut WARM SHORE (2009), is slower."
    assert _found(text, "sequelOf") == []
    assert _found("COLD HARBOUR (2012)\nCOLD HARBOUR is the sequel to ICE PORT (2019).", "sequelOf") == []
    text = "COLD HARBOUR (2012)\nWe liked it; ICE PORT is the sequel to WARM SHORE (2009)."
    assert _found(text, "sequelOf") == []


def test_a_denied_parody_is_flagged_and_left_out_of_the_kept_facts() -> None:
    text = "SPACE LLAMAS (1999)\nSPACE LLAMAS isn't a parody of STAR FLEET (1980) at all."
    extraction = extract_review(read_text(text, source="made-up.txt"))
    assert [ref.evidence.flag for ref in extraction.parodies] == ["negation"]
    assert extraction.kept().parodies == ()
    assert "parodies       Star Fleet (1980)  [left out: negation]" in explain_extraction(extraction)


def test_the_json_contract_gains_keys_and_keeps_the_old_ones() -> None:
    text = "SPACE LLAMAS (1999)\nSPACE LLAMAS is a remake of SKY LLAMAS (1950) and a send-up of STAR FLEET (1980)."
    shown = extraction_to_json(extract_review(read_text(text, source="made-up.txt")))
    assert list(shown) == ["review", "film", "remake_of", "influences", "sequel_of", "parodies", "cast", "reviewer"]
    assert [f["title"] for f in shown["remake_of"]] == ["Sky Llamas"]
    assert [(f["title"], f["year"], f["confidence"]) for f in shown["parodies"]] == [("Star Fleet", 1980, 0.9)]
    assert shown["sequel_of"] == []
