"""The films already known to the graph, searchable by title and year.

A :class:`FilmIndex` is filled from the store (catalog films and films of earlier reviews) and
from the reviews being resolved. :meth:`FilmIndex.candidates` returns scored candidates: exact
key matches first, then close spellings found with rapidfuzz. A known year is a hard constraint.

>>> index = FilmIndex()
>>> index.add(FilmCandidate("https://example.org/pb", "Phone Booth", 2002))
>>> [(c.title, c.score) for c in index.candidates("Phonebooth", 2002)]
[('Phone Booth', 100.0)]
>>> index.candidates("Phonebooth", 1999)
[]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from .names import compact_key, normalize_title

__all__ = ["FilmCandidate", "FilmIndex", "FUZZY_THRESHOLD"]

#: Below this rapidfuzz ratio (0-100) a spelling is not taken for the same title.
FUZZY_THRESHOLD = 90.0


@dataclass(frozen=True, slots=True)
class FilmCandidate:
    """A known film that a mention may refer to, with the score of that match and why."""

    iri: str
    title: str
    year: int | None = None
    alternate_titles: tuple[str, ...] = ()
    score: float = 100.0
    reason: str = "exact title"


@dataclass
class FilmIndex:
    """Known films by title key, for exact and fuzzy lookup."""

    _by_key: dict[str, list[FilmCandidate]] = field(default_factory=lambda: defaultdict(list))
    _by_iri: dict[str, FilmCandidate] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self._by_iri)

    def add(self, film: FilmCandidate) -> None:
        """Add a film (or more titles and a year for a film already known by its IRI)."""
        known = self._by_iri.get(film.iri)
        if known is not None:
            titles = tuple(dict.fromkeys((*known.alternate_titles, film.title, *film.alternate_titles)))
            film = replace(known, year=known.year or film.year,
                           alternate_titles=tuple(t for t in titles if t != known.title))
        self._by_iri[film.iri] = film
        for title in (film.title, *film.alternate_titles):
            entries = self._by_key[compact_key(title)]
            entries[:] = [e for e in entries if e.iri != film.iri] + [film]

    def get(self, iri: str) -> FilmCandidate | None:
        """The film with this IRI, if known."""
        return self._by_iri.get(iri)

    def candidates(self, title: str, year: int | None = None, *, limit: int = 5) -> list[FilmCandidate]:
        """Known films this title may name, best first; films of another year are never offered."""
        key = compact_key(title)
        found = {c.iri: replace(c, score=100.0, reason="exact title") for c in self._by_key.get(key, ())}
        if len(key) >= 4:
            for match, score, _ in process.extract(key, self._by_key.keys(), scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_THRESHOLD, limit=limit):
                for c in self._by_key[match]:
                    if c.iri not in found:
                        found[c.iri] = replace(c, score=round(score, 1), reason=f"close spelling of {c.title!r}")
        ranked = [c for c in found.values() if year is None or c.year is None or c.year == year]
        return sorted(ranked, key=lambda c: (-c.score, c.year is None, c.year or 0, c.title))[:limit]

    def titles(self) -> list[str]:
        """Every known title, for suggesting near matches."""
        return sorted({normalize_title(c.title) for c in self._by_iri.values()})
