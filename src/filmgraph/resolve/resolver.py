"""Give every film and person of one review's kept facts an IRI.

Films are looked up in a :class:`~filmgraph.resolve.index.FilmIndex`; a mention that matches
one known film takes its IRI, a mention that matches none gets a newly minted IRI (and joins the
index, so the next review finds it), and a year-less mention that matches several films is
settled by context (a film a review's film remakes or draws on came out before it) or, failing
that, linked to none of them and reported in the warnings.
"""

from __future__ import annotations

from ..model import (
    DEFAULT_MIN_CONFIDENCE,
    Extraction,
    FilmRef,
    PersonRef,
    ResolvedFilm,
    ResolvedPerson,
    ResolvedReview,
)
from .index import FilmCandidate, FilmIndex
from .names import film_iri, person_iri

__all__ = ["Resolver", "resolve_extraction"]


class Resolver:
    """Resolves extractions against a shared :class:`FilmIndex`, which it keeps up to date."""

    def __init__(self, index: FilmIndex | None = None) -> None:
        self.index = index if index is not None else FilmIndex()

    def __call__(self, extraction: Extraction, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> ResolvedReview:
        """Resolve the kept facts of ``extraction`` (see :meth:`Extraction.kept`)."""
        kept = extraction.kept(min_confidence)
        warnings: list[str] = list(kept.warnings)
        film = None
        directors: tuple[ResolvedPerson, ...] = ()
        writers: tuple[ResolvedPerson, ...] = ()
        if kept.film is not None:
            ref = FilmRef(kept.film.title, kept.film.year, kept.film.countries, evidence=kept.film.evidence)
            film = self._film(ref, before=None, exclude=None, warnings=warnings)
            directors = tuple(_person(p) for p in kept.film.directors)
            writers = tuple(_person(p) for p in kept.film.writers)
        exclude = film.iri if film else None
        before = film.year if film else None
        remakes = tuple(self._film(r, before=before, exclude=exclude, warnings=warnings) for r in kept.remake_of)
        influences = tuple(self._film(r, before=before, exclude=exclude, warnings=warnings) for r in kept.influences)
        cast = tuple((_person(PersonRef(c.actor, c.evidence)), c) for c in kept.cast)
        reviewer = None
        if kept.reviewer is not None:
            reviewer = _person(PersonRef(kept.reviewer.name, kept.reviewer.evidence))
        return ResolvedReview(
            extraction=kept, film=film, directors=directors, writers=writers, remake_of=remakes,
            influences=influences, cast=cast, reviewer=reviewer, warnings=tuple(warnings),
        )

    def _film(self, ref: FilmRef, *, before: int | None, exclude: str | None, warnings: list[str]) -> ResolvedFilm:
        candidates = [c for c in self.index.candidates(ref.title, ref.year) if c.iri != exclude]
        if ref.year is None and len(candidates) > 1 and before is not None:
            earlier = [c for c in candidates if c.year is not None and c.year < before]
            candidates = earlier or candidates
        exact = [c for c in candidates if c.score == 100.0]
        chosen: FilmCandidate | None = None
        if len(exact) == 1 or (not exact and len(candidates) == 1):
            chosen = (exact or candidates)[0]
        elif len(candidates) > 1:
            listed = ", ".join(f"{c.title} ({c.year or '?'})" for c in candidates)
            warnings.append(f"{ref.title!r} without a year may be any of: {listed}; linked to none")
        if chosen is not None:
            resolved = ResolvedFilm(chosen.iri, chosen.title, chosen.year or ref.year, ref.countries, source=ref)
        else:
            resolved = ResolvedFilm(film_iri(ref.title, ref.year), ref.title, ref.year, ref.countries, source=ref)
        self.index.add(FilmCandidate(resolved.iri, resolved.title, resolved.year))
        return resolved


def _person(ref: PersonRef) -> ResolvedPerson:
    return ResolvedPerson(person_iri(ref.name), ref.name, ref.evidence)


def resolve_extraction(extraction: Extraction, index: FilmIndex | None = None) -> ResolvedReview:
    """Resolve one extraction against ``index`` (an empty one if not given).

    >>> from filmgraph.model import ReviewedFilm
    >>> from filmgraph.reviews import read_text
    >>> review = read_text("Psycho (1998) remakes Psycho (1960).", source="r.txt")
    >>> extraction = Extraction(review, ReviewedFilm("Psycho", 1998), remake_of=(FilmRef("Psycho", 1960),))
    >>> resolved = resolve_extraction(extraction)
    >>> resolved.film.iri.rsplit("/", 1)[1], resolved.remake_of[0].iri.rsplit("/", 1)[1]
    ('psycho-1998', 'psycho-1960')
    """
    return Resolver(index)(extraction)
