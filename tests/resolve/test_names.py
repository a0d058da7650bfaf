"""Title keys, person keys and IRI minting (filmgraph.resolve.names)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filmgraph.resolve.names import (
    compact_key,
    film_iri,
    person_iri,
    person_key,
    split_title_year,
    title_numbers,
)
from filmgraph.titlekeys import normalize_title


@pytest.mark.parametrize("a, b", [
    ("The Thing", "Thing, The"),
    ("THE THING", "the thing"),
    ("Phone-Booth!", "phone booth"),
    ("Amélie", "Amelie"),
    ("Se7en", "SE7EN"),
])
def test_same_title_key(a: str, b: str) -> None:
    assert compact_key(a) == compact_key(b)
    assert film_iri(a, 2002) == film_iri(b, 2002)


def test_spacing_is_ignored_by_the_match_key() -> None:
    # Minting keeps the words apart for readable IRIs; the index matches on the compact key.
    assert compact_key("Phonebooth") == compact_key("Phone Booth")


def test_year_is_part_of_the_iri() -> None:
    assert film_iri("Psycho", 1960) != film_iri("Psycho", 1998)
    assert film_iri("Psycho", None).endswith("/film/psycho")


@pytest.mark.parametrize("text, expected", [
    ("Phonebooth (2002)", ("Phonebooth", 2002)),
    ("12 Angry Men (1997)", ("12 Angry Men", 1997)),
    ("Billu Barber (2009)\n", ("Billu Barber", 2009)),
    ("Psycho [1960]", ("Psycho", 1960)),
    ("Psycho", ("Psycho", None)),
    ("LOL (Laughing Out Loud)", ("LOL (Laughing Out Loud)", None)),
    ("1984", ("1984", None)),
])
def test_split_title_year(text: str, expected: tuple) -> None:
    assert split_title_year(text) == expected


@pytest.mark.parametrize("a, b", [
    ("Jo Woo-jin", "Woo-jin Jo"),
    ("Ji Chang-Wook", "Ji Chang-wook"),
    ("J.R.R. Tolkien", "J. R. R. Tolkien"),
    ("JRR Tolkien", "J.R.R. Tolkien"),
    ("Luis Tosar", "TOSAR, Luis"),
])
def test_same_person(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)
    assert person_iri(a) == person_iri(b)


def test_different_people_stay_apart() -> None:
    assert person_iri("Samuel L. Jackson") != person_iri("Samuel Jackson")


def test_title_numbers_tell_sequels_apart() -> None:
    assert title_numbers("Rocky II") != title_numbers("Rocky III")
    assert title_numbers("The 39 Steps") == ("39",)


_WORDS = st.sampled_from(["night", "of", "living", "dead", "phone", "booth", "seven", "samurai", "x", "2"])


@given(st.lists(_WORDS, min_size=1, max_size=6).map(" ".join), st.integers(1870, 2100))
def test_minting_ignores_case_article_and_spacing(title: str, year: int) -> None:
    variants = [title.upper(), f"The {title}", f"{title}, The", "  ".join(title.split())]
    assert {film_iri(v, year) for v in variants} == {film_iri(title, year)}


@given(st.text(min_size=0, max_size=40))
def test_keys_never_fail(text: str) -> None:
    assert isinstance(normalize_title(text), str)
    assert isinstance(person_key(text), str)
    assert film_iri(text, None).startswith("https://w3id.org/filmgraph/id/film/")


def test_die_is_not_an_article() -> None:
    assert compact_key("Die Hard") != compact_key("Hard")
    assert compact_key("El Mariachi") == compact_key("Mariachi, El")
