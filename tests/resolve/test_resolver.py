"""Film mentions resolve to one node across reviews; different films stay apart (filmgraph.resolve)."""

from __future__ import annotations

import pytest

from filmgraph.model import Extraction, FilmRef, ReviewedFilm
from filmgraph.resolve import FilmCandidate, FilmIndex, Resolver, film_iri
from filmgraph.reviews import read_text


def _index(*films: tuple) -> FilmIndex:
    index = FilmIndex()
    for iri, title, year, *alternates in films:
        index.add(FilmCandidate(iri, title, year, tuple(alternates)))
    return index


@pytest.fixture
def index() -> FilmIndex:
    return _index(
        ("f:thing82", "The Thing", 1982),
        ("f:pb", "Phone Booth", 2002),
        ("f:p60", "Psycho", 1960),
        ("f:p98", "Psycho", 1998),
        ("f:r15", "Retribution", 2015, "El desconocido"),
        ("f:r23", "Retribution", 2023),
        ("f:godfather", "The Godfather", 1972),
        ("f:rocky2", "Rocky II", 1979),
        ("f:alien", "Alien", 1979),
        ("f:brother", "Brother", 2001),
    )


@pytest.mark.parametrize("title, year, iri", [
    ("THE THING", 1982, "f:thing82"),
    ("Thing, The", 1982, "f:thing82"),
    ("the thing", None, "f:thing82"),
    ("Phonebooth", 2002, "f:pb"),
    ("Phone  Booth!", 2002, "f:pb"),
    ("The Godfater", 1972, "f:godfather"),
    ("El desconocido", 2015, "f:r15"),
    ("EL DESCONOCIDO", None, "f:r15"),
    ("Psycho", 1960, "f:p60"),
    ("PSYCHO", 1998, "f:p98"),
    ("Retribution", 2023, "f:r23"),
])
def test_mentions_resolve_to_the_known_film(index: FilmIndex, title: str, year: int | None, iri: str) -> None:
    decision = Resolver(index).decide(FilmRef(title, year))
    assert decision.chosen is not None and decision.chosen.iri == iri, decision


@pytest.mark.parametrize("title, year", [
    ("Phone Booth", 1999),   # the year is a hard constraint
    ("Rocky III", 1979),     # numbers tell sequels apart
    ("Aliens", None),        # a near spelling without a year to confirm it
    ("The Thin", 1982),      # too short to be a misspelling
    ("O Brother", None),     # a word added at the start is another title
    ("The Brothers", 2001),  # ... or at the end
])
def test_different_films_are_not_merged(index: FilmIndex, title: str, year: int | None) -> None:
    decision = Resolver(index).decide(FilmRef(title, year))
    assert decision.chosen is None and decision.reason == "no match: new film", decision
    assert decision.iri == film_iri(title, year)


@pytest.mark.parametrize("title", ["Psycho", "Retribution"])
def test_yearless_mention_of_several_films_links_to_none(index: FilmIndex, title: str) -> None:
    decision = Resolver(index).decide(FilmRef(title))
    assert decision.ambiguous and decision.chosen is None
    assert len(decision.candidates) == 2
    assert decision.iri == film_iri(title, None)


def test_yearless_mention_is_reported_in_warnings(index: FilmIndex) -> None:
    review = read_text("A new film draws on Psycho.", source="r.txt")
    extraction = Extraction(review, ReviewedFilm("Unrelated", None), influences=(FilmRef("Psycho"),))
    resolved = Resolver(index)(extraction)
    assert resolved.influences[0].iri not in ("f:p60", "f:p98")
    assert any("'Psycho' without a year may be any of" in w for w in resolved.warnings)


def test_reviewed_films_year_decides(index: FilmIndex) -> None:
    review = read_text("Psycho (1998) remakes Psycho.", source="r.txt")
    extraction = Extraction(review, ReviewedFilm("Psycho", 1998), remake_of=(FilmRef("Psycho"),))
    resolved = Resolver(index)(extraction)
    assert resolved.film.iri == "f:p98"
    assert resolved.remake_of[0].iri == "f:p60"
    assert resolved.warnings == ()


def test_remake_relation_decides(index: FilmIndex) -> None:
    index.add(FilmCandidate("f:r99", "Retribution", 1999))
    index.relate("f:r23", "f:r15")
    resolver = Resolver(index)
    decision = resolver.decide(FilmRef("Retribution"), near=("f:r23",), exclude="f:r23")
    assert decision.chosen.iri == "f:r15"
    assert decision.reason.startswith("context: linked by a remake relation")
    # Without the relation, the 2015 and the 2023 film are both candidates of a year-less mention.
    assert Resolver(_index(("a", "Retribution", 2015), ("b", "Retribution", 2023))).decide(
        FilmRef("Retribution")).ambiguous


def test_one_node_across_reviews() -> None:
    resolver = Resolver(record=True)
    mentions = [("The Thing", 1982), ("THING, THE", 1982), ("the thing", 1982), ("Phone Booth", 2002),
                ("Phonebooth", 2002), ("PHONE BOOTH", None), ("Psycho", 1960), ("Psycho", 1998)]
    iris = []
    for i, (title, year) in enumerate(mentions):
        review = read_text(f"Review {i}.", source=f"r{i}.txt")
        iris.append(resolver(Extraction(review, ReviewedFilm(title, year))).film.iri)
    assert len(set(iris[:3])) == 1 and len(set(iris[3:6])) == 1
    assert iris[6] != iris[7]
    assert len(set(iris)) == 4
    assert [d.reason.split(" (")[0] for d in resolver.decisions][:2] == ["no match: new film", "one exact match"]


def test_alternate_title_is_recorded_on_the_resolved_film(index: FilmIndex) -> None:
    review = read_text("El desconocido (2015) is tense.", source="r.txt")
    resolved = Resolver(index)(Extraction(review, ReviewedFilm("El desconocido", 2015)))
    assert resolved.film.iri == "f:r15" and resolved.film.title == "Retribution"
    assert resolved.film.alternate_titles == ("El desconocido",)


def test_index_keeps_year_buckets_in_step() -> None:
    index = FilmIndex()
    index.add(FilmCandidate("f:1", "Phone Booth", None))
    assert [c.iri for c in index.candidates("Phone Boothe", 2002)] == ["f:1"]
    index.add(FilmCandidate("f:1", "Phone Booth", 2002))
    assert [c.iri for c in index.candidates("Phone Boothe", 2002)] == ["f:1"]
    assert index.candidates("Phone Boothe", 2003) == []
    assert [c.iri for c in index.exact("phone booth", 2002)] == ["f:1"]


def test_a_review_without_a_film_of_its_own_puts_no_film_in_the_index() -> None:
    review = read_text("A remake of Psycho (1960), they say.", source="x.txt")
    resolver = Resolver(FilmIndex())
    resolved = resolver(Extraction(review, None, remake_of=(FilmRef("Psycho", 1960),)))
    assert resolved.claims == () and resolver.take_new_dated() == []
    assert resolver.decide(FilmRef("Psycho")).chosen is None  # a later "Psycho" links to nothing unwritten
