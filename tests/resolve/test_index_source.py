"""A FilmIndex reading a FilmSource on demand answers exactly as one holding every film, and
reads only the films a lookup may match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmgraph.resolve import FilmCandidate, FilmIndex
from filmgraph.titlekeys import normalize_title

FILMS = [
    FilmCandidate("f:pb", "Phone Booth", 2002),
    FilmCandidate("f:p60", "Psycho", 1960),
    FilmCandidate("f:p98", "Psycho", 1998),
    FilmCandidate("f:r15", "Retribution", 2015, ("El desconocido",)),
    FilmCandidate("f:r23", "Retribution", 2023),
    FilmCandidate("f:s94", "Speed", 1994),
    FilmCandidate("f:ss54", "Seven Samurai", 1954, ("Shichinin no samurai",)),
    FilmCandidate("f:m7", "The Magnificent Seven", 1960),
    FilmCandidate("f:r2", "Rocky II", 1979),
    FilmCandidate("f:r3", "Rocky III", 1982),
    FilmCandidate("f:b", "Brother", None),
    FilmCandidate("f:ob", "O Brother, Where Art Thou?", 2000),
    FilmCandidate("f:tt", "The Terror Live", 2013),
    FilmCandidate("f:hh", "Hard Hit", 2021),
]
REMAKES = [("f:r23", "f:r15"), ("f:hh", "f:r15"), ("f:p98", "f:p60"), ("f:m7", "f:ss54")]


class CountingSource:
    """The films above as a store would give them, counting what is read."""

    def __init__(self) -> None:
        self.keys_read = 0
        self.key_lookups: list[str] = []
        self.link_lookups: list[str] = []

    def title_keys(self):
        self.keys_read += 1
        return sorted({normalize_title(t) for f in FILMS for t in (f.title, *f.alternate_titles)})

    def films_with_key(self, key):
        self.key_lookups.append(key)
        return [f for f in FILMS if key in {normalize_title(t) for t in (f.title, *f.alternate_titles)}]

    def all_films(self):
        return list(FILMS)

    def remake_links(self, iri):
        self.link_lookups.append(iri)
        return [b if a == iri else a for a, b in REMAKES if iri in (a, b)]


def eager_index() -> FilmIndex:
    index = FilmIndex()
    for film in FILMS:
        index.add(film)
    for remake, original in REMAKES:
        index.relate(remake, original)
    return index


MENTIONS = ["Phonebooth", "Phone Booth", "PSYCHO", "Psyco", "El Desconocido", "Retribution", "Speed",
            "Seven Samurai", "Seven Samurais", "Shichinin no Samurai", "Magnificent Seven", "Rocky IV",
            "Rocky II", "Brothers", "O Brother Where Art Thou", "Terror Live", "Hard Hitt", "Unknown Film"]


@pytest.mark.parametrize("title", MENTIONS)
@pytest.mark.parametrize("year", [None, 1960, 1998, 2002, 2015, 2021, 1954])
def test_lazy_index_answers_as_the_full_one(title: str, year: int | None) -> None:
    lazy = FilmIndex(source=CountingSource())
    assert lazy.candidates(title, year) == eager_index().candidates(title, year)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MENTIONS) | st.text(max_size=20),
                          st.none() | st.sampled_from([1954, 1960, 1998, 2002, 2015])), max_size=8))
def test_lazy_index_answers_as_the_full_one_over_a_sequence(lookups) -> None:
    """Lookups in any order, with films added between them, as a batch ingest does."""
    lazy, eager = FilmIndex(source=CountingSource()), eager_index()
    for n, (title, year) in enumerate(lookups):
        assert lazy.candidates(title, year) == eager.candidates(title, year)
        added = FilmCandidate(f"f:new{n}", title or "x", year)
        lazy.add(added)
        eager.add(added)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MENTIONS) | st.text(max_size=20),
                          st.none() | st.sampled_from([1954, 1960, 1998, 2002, 2015])), max_size=8),
       st.lists(st.tuples(st.sampled_from(MENTIONS) | st.text(max_size=20),
                          st.none() | st.sampled_from([1954, 1960, 1998, 2002, 2015])), max_size=8))
def test_prefetching_changes_no_answer(prefetched, lookups) -> None:
    """A prefetch of any mentions (those looked up after, or others) leaves every answer as it was."""
    lazy = FilmIndex(source=CountingSource())
    lazy.prefetch(prefetched + lookups[::2])
    eager = eager_index()
    for title, year in lookups:
        assert lazy.candidates(title, year) == eager.candidates(title, year)


def test_a_prefetch_reads_the_near_films_once_for_all_its_mentions() -> None:
    source = CountingSource()
    index = FilmIndex(source=source)
    index.prefetch([("Phonebooth", 2002), ("Psyco", 1960), ("Seven Samurais", 1954), ("Phonebooth", 2002)])
    assert source.keys_read == 1
    assert sorted(source.key_lookups) == ["phone booth", "psycho", "seven samurai"]
    for title, year in [("Phonebooth", 2002), ("Seven Samurais", 1954)]:
        index.candidates(title, year)
    assert len(source.key_lookups) == 3  # the lookups after read nothing more


def test_only_the_films_a_lookup_may_match_are_read() -> None:
    source = CountingSource()
    index = FilmIndex(source=source)
    index.candidates("Phonebooth", 2002)
    index.candidates("Phone Booth", 2002)
    assert source.keys_read == 1
    assert source.key_lookups == ["phone booth"]  # once, and nothing else is close
    assert len(index) == 1


def test_remake_links_are_read_per_film_and_merged_with_recorded_ones() -> None:
    source = CountingSource()
    index = FilmIndex(source=source)
    index.relate("f:new", "f:r15")
    assert index.related("f:r15") == {"f:r23", "f:hh", "f:new"}
    assert index.related("f:r15") == {"f:r23", "f:hh", "f:new"}
    assert source.link_lookups == ["f:r15"]


def test_unrelate_forgets_a_link_both_ways_whether_read_or_recorded() -> None:
    index = FilmIndex(source=CountingSource())
    index.relate("f:new", "f:r15")
    index.unrelate("f:r23", "f:r15")  # read from the source
    index.unrelate("f:r15", "f:new")  # recorded, named the other way round
    assert index.related("f:r15") == {"f:hh"}
    assert index.related("f:r23") == set() and index.related("f:new") == set()


def test_exact_lookups_read_the_source_and_fetch_all_reads_it_whole() -> None:
    index = FilmIndex(source=CountingSource())
    assert [f.iri for f in index.exact("psycho", 1998)] == ["f:p98"]
    whole = FilmIndex(source=(source := CountingSource()))
    whole.fetch_all()
    assert len(whole) == len(FILMS)
    assert [f.iri for f in whole.exact("el desconocido", 2015)] == ["f:r15"]
    assert source.key_lookups == [] and source.keys_read == 0


def test_without_a_source_only_added_films_count() -> None:
    index = FilmIndex()
    assert index.candidates("Psycho", 1960) == []
    assert index.related("f:p60") == frozenset()

