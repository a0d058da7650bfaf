"""The films already known to the graph, searchable by title and year.

A :class:`FilmIndex` holds the films it is given (those of the reviews being resolved) and reads
the others from a :class:`FilmSource` (the store: catalog films and films of earlier reviews) only
when a lookup may match them: on a graph of 10M quads and ~100k films, an ingest reads the title
keys once and then the few films each mention could be. :meth:`FilmIndex.candidates` returns scored candidates: exact
key matches first (on the title or on an alternate, e.g. original-language, title), then close
spellings found with rapidfuzz. A known year is a hard constraint: a film of another year is
never offered. Titles whose numbers differ ("Rocky II", "Rocky III") are never close spellings,
nor are titles that differ only by something added at the start or end ("Brother", "O Brother",
"Brothers").

>>> index = FilmIndex()
>>> index.add(FilmCandidate("https://example.org/pb", "Phone Booth", 2002))
>>> [(c.title, c.score) for c in index.candidates("Phonebooth", 2002)]
[('Phone Booth', 100.0)]
>>> index.candidates("Phonebooth", 1999)
[]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy
from rapidfuzz import fuzz, process

from ..titlekeys import normalize_title
from .names import compact_key, title_numbers

__all__ = ["FilmCandidate", "FilmIndex", "FilmSource", "FUZZY_THRESHOLD", "YEARLESS_FUZZY_THRESHOLD"]

#: Below this rapidfuzz ratio (0-100) a spelling is not taken for the same title.
FUZZY_THRESHOLD = 90.0
#: The stricter threshold when the mention gives no year to confirm a close spelling.
YEARLESS_FUZZY_THRESHOLD = 93.0
#: Keys shorter than this are matched exactly only (a one-letter change is a different word).
_MIN_FUZZY_KEY = 5
#: Mentions fuzzy-matched against the source's keys in one rapidfuzz call (a 150k-key source
#: gives a matrix of 150k bytes a mention).
_FUZZY_BATCH = 64


def _cutoff(year: int | None) -> float:
    """The fuzzy-match threshold for a mention with or without a year."""
    return FUZZY_THRESHOLD if year is not None else YEARLESS_FUZZY_THRESHOLD


def _affixed(a: str, b: str) -> bool:
    """Whether one title is the other plus a word at the start or end, or a plural ending:
    "O Brother", "Brothers" and "Brother", "Aliens" and "Alien" are other titles, not misspellings
    (while "Phone Boothe" may be a misspelling of "Phone Booth")."""
    short, long = sorted((normalize_title(a), normalize_title(b)), key=len)
    if not short or short == long:
        return False
    if long.startswith(short):
        extra = long[len(short):]
        return extra.startswith(" ") or extra in ("s", "es")
    if long.endswith(short):
        return long[: -len(short)].endswith(" ")
    return False


class _KeysByLength:
    """A set of title keys grouped by length: ``fuzz.ratio`` cannot reach a cutoff between keys
    whose lengths differ too much, so a fuzzy search need read only the groups in reach. Over the
    ~100k keys of a large graph that is a quarter of them or less, and no list is rebuilt when a
    key is added."""

    __slots__ = ("_groups", "_keys")

    def __init__(self) -> None:
        self._groups: dict[int, list[str]] = defaultdict(list)
        self._keys: set[str] = set()

    def add(self, key: str) -> None:
        if key not in self._keys:
            self._keys.add(key)
            self._groups[len(key)].append(key)

    def discard(self, key: str) -> None:
        if key in self._keys:
            self._keys.remove(key)
            self._groups[len(key)].remove(key)

    def within_reach(self, length: int, cutoff: float) -> Iterator[list[str]]:
        """The groups of keys that may score ``cutoff`` or more against a key of ``length``.

        ``fuzz.ratio`` is at most 200 * shorter / (shorter + longer), so the other length lies
        within a factor of cutoff / (200 - cutoff) of ``length``; the bounds are widened by one
        so rounding never drops a group.
        """
        factor = cutoff / (200.0 - cutoff)
        for other in range(math.floor(length * factor), math.ceil(length / factor) + 1):
            group = self._groups.get(other)
            if group:
                yield group


@dataclass(frozen=True, slots=True)
class FilmCandidate:
    """A known film that a mention may refer to, with the score of that match and why.

    Parameters
    ----------
    iri : str
        The film's IRI.
    title : str
        Its title.
    year : int or None
        Its year, when known.
    alternate_titles : tuple of str
        Other titles it is known by (original-language, release titles).
    score : float
        How well the mention matched, 0-100 (100: same title key).
    reason : str
        Why it is a candidate ("exact title", "alternate title 'El desconocido'", ...).
    """

    iri: str
    title: str
    year: int | None = None
    alternate_titles: tuple[str, ...] = ()
    score: float = 100.0
    reason: str = "exact title"


class FilmSource(Protocol):
    """Where a :class:`FilmIndex` finds, when it needs them, the films it was not given: the
    films of a store. A large graph holds ~100k films; a batch of reviews names a few hundred."""

    def title_keys(self) -> Iterable[str]:
        """The title key (:func:`normalize_title`) of every title and alternate title."""

    def films_with_key(self, key: str) -> Iterable[FilmCandidate]:
        """The films with a title or alternate title of this key, alternate titles included."""

    def all_films(self) -> Iterable[FilmCandidate]:
        """Every film, for callers that will look most of them up."""

    def remake_links(self, iri: str) -> Iterable[str]:
        """The films that the film ``iri`` remakes, and those that remake it."""


@dataclass
class FilmIndex:
    """Known films by title key, for exact and fuzzy lookup, and the remake links between them.

    Examples
    --------
    >>> index = FilmIndex()
    >>> index.add(FilmCandidate("https://example.org/r15", "Retribution", 2015, ("El desconocido",)))
    >>> index.add(FilmCandidate("https://example.org/r23", "Retribution", 2023))
    >>> [(c.year, c.reason) for c in index.candidates("El Desconocido")]
    [(2015, "alternate title 'El desconocido'")]
    >>> [c.year for c in index.candidates("Retribution")]
    [2015, 2023]
    """

    #: compact title key -> {film IRI: the title (or alternate title) that has this key}
    _by_key: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    _by_iri: dict[str, FilmCandidate] = field(default_factory=dict)
    #: year (None for films of unknown year) -> the keys of that year's films
    _keys_by_year: dict[int | None, _KeysByLength] = field(default_factory=lambda: defaultdict(_KeysByLength))
    #: the keys of every film, whatever its year
    _all_keys: _KeysByLength = field(default_factory=_KeysByLength)
    #: film IRI -> IRIs of the films it remakes or that remake it, as recorded by :meth:`relate`
    _related: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: The films not added but known elsewhere (a store), fetched a title key at a time when a
    #: lookup may match them; None: the index knows only what was added.
    source: FilmSource | None = None
    #: compact key -> the source's keys with that compact form, read on first use
    _source_keys: dict[str, list[str]] | None = None
    _fetched: set[str] = field(default_factory=set)
    #: (compact key, cutoff) pairs whose near keys in the source have been fetched
    _searched: set[tuple[str, float]] = field(default_factory=set)
    _fetched_all: bool = False
    _source_related: dict[str, frozenset[str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self._by_iri)

    def __iter__(self):
        return iter(list(self._by_iri.values()))

    def add(self, film: FilmCandidate) -> None:
        """Add a film (or more titles and a year for a film already known by its IRI)."""
        known = self._by_iri.get(film.iri)
        if known is not None:
            titles = tuple(dict.fromkeys((*known.alternate_titles, film.title, *film.alternate_titles)))
            merged = replace(known, year=known.year or film.year,
                             alternate_titles=tuple(t for t in titles if t != known.title))
            if merged == known:
                return
            if merged.year != known.year:
                for title in (known.title, *known.alternate_titles):
                    self._keys_by_year[known.year].discard(compact_key(title))
            film = merged
        film = replace(film, score=100.0, reason="exact title")
        self._by_iri[film.iri] = film
        for title in (film.title, *film.alternate_titles):
            key = compact_key(title)
            if not key:
                continue
            self._by_key[key].setdefault(film.iri, title)
            self._keys_by_year[film.year].add(key)
            self._all_keys.add(key)

    def discard(self, iri: str) -> None:
        """Forget the film ``iri``, so lookups no longer offer it, until it is added again.

        The film must be known (added, or read from the source by a lookup of its title): one
        the index has not read yet would be read later like any other.
        """
        film = self._by_iri.pop(iri, None)
        if film is None:
            return
        for title in (film.title, *film.alternate_titles):
            key = compact_key(title)
            films = self._by_key.get(key, {})
            films.pop(iri, None)
            if not any(self._by_iri[other].year == film.year for other in films):
                self._keys_by_year[film.year].discard(key)
            if not films:
                self._by_key.pop(key, None)
                self._all_keys.discard(key)

    def relate(self, remake: str, original: str) -> None:
        """Record that the film ``remake`` remakes ``original`` (context for year-less mentions)."""
        self._related[remake].add(original)
        self._related[original].add(remake)

    def unrelate(self, remake: str, original: str) -> None:
        """Forget that ``remake`` remakes ``original``, whether recorded or read from the source."""
        for one, other in ((remake, original), (original, remake)):
            self._related.get(one, set()).discard(other)
            if self.source is not None:
                self.related(one)  # the source's links are read first, so the one dropped stays dropped
                self._source_related[one] -= {other}

    def related(self, iri: str) -> frozenset[str]:
        """The films that remake, or are remade by, the film ``iri``."""
        recorded = frozenset(self._related.get(iri, ()))
        if self.source is None:
            return recorded
        found = self._source_related.get(iri)
        if found is None:
            found = self._source_related[iri] = frozenset(self.source.remake_links(iri))
        return found | recorded

    def fetch_all(self) -> None:
        """Add every film of the source now: cheaper than key by key when most will be looked up."""
        if self.source is not None and not self._fetched_all:
            for film in self.source.all_films():
                self.add(film)
            self._fetched_all = True

    def _fetch(self, key: str) -> None:
        """Add the source's films with the compact title ``key``, once."""
        if self.source is None or self._fetched_all or key in self._fetched:
            return
        self._fetched.add(key)
        for stored in self._keys_of_source(self.source).get(key, ()):
            for film in self.source.films_with_key(stored):
                self.add(film)

    def prefetch(self, mentions: Iterable[tuple[str, int | None]]) -> None:
        """Read from the source now the films that lookups of these (title, year) mentions may match.

        Lookups afterwards answer as they would have, but the fuzzy search of the source's keys
        is done for all the mentions in one pass: over 158k keys, one rapidfuzz call costs about
        4 ms for one mention and 1-2 ms a mention for a batch of them.
        """
        self._fetch_near({(compact_key(title), _cutoff(year)) for title, year in mentions})

    def _fetch_near(self, searches: Iterable[tuple[str, float]]) -> None:
        """Add the source's films whose title key is each ``key``, or close enough to it to score
        its ``cutoff``, for every (key, cutoff) of ``searches``."""
        source = self.source
        if source is None or self._fetched_all:
            return
        todo = sorted(set(searches) - self._searched)
        self._searched.update(todo)
        for key, _ in todo:
            self._fetch(key)
        fuzzy = [(key, cutoff) for key, cutoff in todo if len(key) >= _MIN_FUZZY_KEY]
        if not fuzzy:
            return
        source_keys = list(self._keys_of_source(source))
        # The lowest cutoff serves every mention: a film fetched that a stricter lookup will not
        # offer costs one small read, not a wrong answer (lookups still apply their own cutoff).
        cutoff = min(cutoff for _, cutoff in fuzzy)
        for start in range(0, len(fuzzy), _FUZZY_BATCH):
            # uint8 scores keep the matrix small; a score under the cutoff is 0, any other is not
            scores = process.cdist([key for key, _ in fuzzy[start:start + _FUZZY_BATCH]], source_keys,
                                   scorer=fuzz.ratio, score_cutoff=cutoff, dtype=numpy.uint8, workers=-1)
            for column in numpy.flatnonzero(scores.any(axis=0)):
                self._fetch(source_keys[column])

    def _keys_of_source(self, source: FilmSource) -> dict[str, list[str]]:
        """The source's compact title keys, each with the stored keys of that compact form."""
        if self._source_keys is None:
            self._source_keys = defaultdict(list)
            for stored in source.title_keys():
                self._source_keys[stored.replace(" ", "")].append(stored)
        return self._source_keys

    def get(self, iri: str) -> FilmCandidate | None:
        """The film with this IRI, if known."""
        return self._by_iri.get(iri)

    def exact(self, title: str, year: int | None) -> list[FilmCandidate]:
        """Known films whose title or alternate title has the key of ``title``, of exactly ``year``.

        ``year`` None asks for films of unknown year. No fuzzy matching: this is what catalog
        imports use to find a film already in the graph.
        """
        key = compact_key(title)
        self._fetch(key)
        found = self._by_key.get(key, {})
        return [self._by_iri[iri] for iri in found if self._by_iri[iri].year == year]

    def _fuzzy(self, key: str, year: int | None, cutoff: float) -> Iterator[tuple[str, float]]:
        """(known key, score) of every key that a mention of ``year`` may close-match: any film's
        when the year is unknown, else that year's films' and those of unknown year."""
        shelves = [self._all_keys] if year is None else [self._keys_by_year[year], self._keys_by_year[None]]
        for shelf in shelves:
            for group in shelf.within_reach(len(key), cutoff):
                for match, score, _ in process.extract(key, group, scorer=fuzz.ratio, score_cutoff=cutoff,
                                                       limit=None):
                    yield match, score

    def candidates(self, title: str, year: int | None = None, *, limit: int = 5) -> list[FilmCandidate]:
        """Known films this title may name, best first; films of another year are never offered.

        Parameters
        ----------
        title : str
            The title as mentioned, in any case, with or without a leading article.
        year : int or None
            The year given with the mention; None when the mention gives none.
        limit : int
            At most this many candidates.

        Returns
        -------
        list of FilmCandidate
            Each with its ``score`` (100 for the same key) and ``reason``; sorted by score, then
            with films whose year is known first, then by year.
        """
        key = compact_key(title)
        cutoff = _cutoff(year)
        self._fetch_near([(key, cutoff)])
        found: dict[str, FilmCandidate] = {}
        for iri, matched in self._by_key.get(key, {}).items():
            film = self._by_iri[iri]
            reason = "exact title" if compact_key(film.title) == key else f"alternate title {matched!r}"
            found[iri] = replace(film, score=100.0, reason=reason)
        if len(key) >= _MIN_FUZZY_KEY:
            numbers = title_numbers(title)
            for match, score in sorted(self._fuzzy(key, year, cutoff), key=lambda found: (-found[1], found[0])):
                for iri, matched in self._by_key[match].items():
                    if iri in found or title_numbers(matched) != numbers or _affixed(title, matched):
                        continue
                    film = self._by_iri[iri]
                    found[iri] = replace(film, score=round(score, 1), reason=f"close spelling of {matched!r}")
        ranked = [c for c in found.values() if year is None or c.year is None or c.year == year]
        return sorted(ranked, key=lambda c: (-c.score, c.year is None, c.year or 0, c.title, c.iri))[:limit]

    def titles(self) -> list[str]:
        """Every known title, for suggesting near matches."""
        return sorted({normalize_title(c.title) for c in self._by_iri.values()})
