"""Give every film and person of one review's kept facts an IRI.

Films are looked up in a :class:`~filmgraph.resolve.index.FilmIndex`; a mention that matches
one known film takes its IRI, a mention that matches none gets a newly minted IRI (and joins the
index, so the next review finds it), and a year-less mention that matches several films is
settled by context (a film the reviewed film is known to remake, or one that came out before the
reviewed film when the review says it remakes or draws on it) or, failing that, linked to none of
them and reported in the warnings. Every choice is a :class:`Decision` that says why.

>>> index = FilmIndex()
>>> index.add(FilmCandidate("https://example.org/p60", "Psycho", 1960))
>>> index.add(FilmCandidate("https://example.org/p98", "Psycho", 1998))
>>> resolver = Resolver(index)
>>> resolver.decide(FilmRef("PSYCHO", 1960)).chosen.iri
'https://example.org/p60'
>>> decision = resolver.decide(FilmRef("Psycho"))
>>> decision.chosen is None, decision.reason
(True, 'ambiguous: 2 films match and no year or context decides')
>>> resolver.decide(FilmRef("Psycho"), before=1998).chosen.year
1960
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import (
    DEFAULT_MIN_CONFIDENCE,
    Extraction,
    FilmRef,
    PersonRef,
    ResolvedClaim,
    ResolvedFilm,
    ResolvedPerson,
    ResolvedReview,
)
from ..relations import REMAKE_OF
from .index import FilmCandidate, FilmIndex
from .names import film_iri, person_iri

__all__ = ["Decision", "Resolver", "resolve_extraction", "CLEAR_MARGIN"]

#: A close spelling wins over other close spellings only if it scores this much higher.
CLEAR_MARGIN = 3.0


@dataclass(frozen=True, slots=True)
class Decision:
    """How one film mention was resolved: the candidates considered, the one chosen and why.

    Parameters
    ----------
    title, year : str, int or None
        The mention.
    candidates : tuple of FilmCandidate
        What the index offered, best first, with scores and reasons.
    chosen : FilmCandidate or None
        The film the mention was linked to; None when it is a new film or is ambiguous.
    iri : str
        The IRI the mention got (the chosen film's, or a newly minted one).
    reason : str
        Why, in words: "one exact match", "context: ...", "ambiguous: ...", "no match: new film".
    """

    title: str
    year: int | None
    candidates: tuple[FilmCandidate, ...]
    chosen: FilmCandidate | None
    iri: str
    reason: str

    @property
    def ambiguous(self) -> bool:
        """True when several films matched and nothing decided between them."""
        return self.reason.startswith("ambiguous")


class Resolver:
    """Resolves extractions against a shared :class:`FilmIndex`, which it keeps up to date.

    Parameters
    ----------
    index : FilmIndex or None
        The known films; an empty index when None.
    record : bool
        Keep every :class:`Decision` in :attr:`decisions` (for reports and benchmarks).
    """

    def __init__(self, index: FilmIndex | None = None, *, record: bool = False) -> None:
        self.index = index if index is not None else FilmIndex()
        self.record = record
        #: Every film decision made, in order, when ``record`` is on.
        self.decisions: list[Decision] = []
        self._new_dated: list[ResolvedFilm] = []

    def take_new_dated(self) -> list[ResolvedFilm]:
        """The films with a year that matched no known film (so got an IRI of their own) since
        the last call. A film of unknown year with the same title may be one of them: see
        :meth:`FilmGraph.ingest`, which resolves the reviews naming such a film again."""
        taken, self._new_dated = self._new_dated, []
        return taken

    def __call__(self, extraction: Extraction, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> ResolvedReview:
        """Resolve the kept facts of ``extraction`` (see :meth:`Extraction.kept`)."""
        kept = extraction.kept(min_confidence)
        warnings: list[str] = list(kept.warnings)
        film = None
        directors: tuple[ResolvedPerson, ...] = ()
        writers: tuple[ResolvedPerson, ...] = ()
        # A claim of a review that names no film of its own (none found, or one known only by its
        # makers) has no subject and is never written: resolving it would put a film the graph never
        # holds into the index, where it would decide later mentions (and the graph would depend
        # on the order reviews come in).
        named = kept.film if kept.film is not None and kept.film.title is not None else None
        claimed = kept.claims if named is not None else ()
        # Mentions with a year first: they need no context, and they are context for the rest.
        dated = {id(r): self._film(r, before=None, exclude=None, near=(), warnings=warnings)
                 for r in (claim.film for claim in claimed) if r.year is not None}
        if named is not None and named.title is not None:  # (the second test is for mypy)
            ref = FilmRef(named.title, named.year, named.countries, evidence=named.evidence)
            film = self._film(ref, before=None, exclude=None, near=tuple(f.iri for f in dated.values()),
                              warnings=warnings)
            directors = tuple(_person(p) for p in named.directors)
            writers = tuple(_person(p) for p in named.writers)
        exclude = film.iri if film else None
        before = film.year if film else None
        near = (film.iri,) if film else ()

        def resolve(ref: FilmRef) -> ResolvedFilm:
            if id(ref) in dated:
                return dated[id(ref)]
            return self._film(ref, before=before, exclude=exclude, near=near, warnings=warnings)

        # Remakes first: what the film remakes is context for the other mentions, and for the
        # reviews that follow.
        remakes = {id(c): resolve(c.film) for c in claimed if c.relation == REMAKE_OF.name}
        if film is not None:
            for original in remakes.values():
                self.index.relate(film.iri, original.iri)
        claims = tuple(ResolvedClaim(c.relation, remakes[id(c)] if id(c) in remakes else resolve(c.film))
                       for c in claimed)
        cast = tuple((_person(PersonRef(c.actor, c.evidence)), c) for c in kept.cast)
        reviewer = None
        if kept.reviewer is not None:
            reviewer = _person(PersonRef(kept.reviewer.name, kept.reviewer.evidence))
        return ResolvedReview(
            extraction=kept, film=film, directors=directors, writers=writers, claims=claims,
            cast=cast, reviewer=reviewer, warnings=tuple(warnings),
        )

    def prefetch(self, extractions: Iterable[Extraction], *,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        """Let the index read, in one pass, the stored films that resolving ``extractions`` will
        look up (see :meth:`FilmIndex.prefetch`). Resolving them afterwards gives the same result."""
        mentions = []
        for extraction in extractions:
            kept = extraction.kept(min_confidence)
            if kept.film is not None and kept.film.title is not None:
                mentions.append((kept.film.title, kept.film.year))
            mentions.extend((claim.film.title, claim.film.year) for claim in kept.claims)
        self.index.prefetch(mentions)

    def decide(self, ref: FilmRef, *, before: int | None = None, exclude: str | None = None,
               near: tuple[str, ...] = ()) -> Decision:
        """Which known film ``ref`` names, and why; the index is not changed.

        Parameters
        ----------
        ref : FilmRef
            The mention: title and, when given, year.
        before : int or None
            The reviewed film's year, when ``ref`` is something it remakes or draws on: a
            year-less mention that matches several films is then the one that came out earlier.
        exclude : str or None
            An IRI the mention cannot be (the reviewed film itself).
        near : tuple of str
            IRIs of films the mention is related to in the review; among several candidates,
            one that the graph already links to these by a remake relation wins.

        Returns
        -------
        Decision
            With ``chosen`` None when no film matches (a new film) or several do (ambiguous).
        """
        candidates = [c for c in self.index.candidates(ref.title, ref.year) if c.iri != exclude]
        offered = tuple(candidates)
        if ref.year is not None:
            # A mention with a year is never merged into a film of unknown year: a stable
            # title-and-year IRI is minted instead, and `stats` reports the pair as suspect.
            candidates = [c for c in candidates if c.year == ref.year]
        context = ""
        if len(candidates) > 1 and near:
            related = set().union(*(self.index.related(iri) for iri in near))
            linked = [c for c in candidates if c.iri in related]
            if linked:
                candidates, context = linked, "context: linked by a remake relation to the reviewed film"
        if len(candidates) > 1 and ref.year is None and before is not None:
            earlier = [c for c in candidates if c.year is not None and c.year < before]
            if earlier and len(earlier) < len(candidates):
                candidates, context = earlier, f"context: released before the reviewed film ({before})"
        chosen, reason = _choose(candidates)
        if chosen is not None and context:
            reason = f"{context}; {reason}"
        iri = chosen.iri if chosen is not None else film_iri(ref.title, ref.year)
        return Decision(ref.title, ref.year, offered, chosen, iri, reason)

    def _film(self, ref: FilmRef, *, before: int | None, exclude: str | None, near: tuple[str, ...],
              warnings: list[str]) -> ResolvedFilm:
        decision = self.decide(ref, before=before, exclude=exclude, near=near)
        if self.record:
            self.decisions.append(decision)
        chosen = decision.chosen
        if decision.ambiguous:
            listed = ", ".join(f"{c.title} ({c.year or '?'})" for c in decision.candidates)
            warnings.append(f"{ref.title!r} without a year may be any of: {listed}; linked to none")
        if chosen is not None:
            alternates = (ref.title,) if "alternate title" in decision.reason else ()
            resolved = ResolvedFilm(chosen.iri, chosen.title, chosen.year or ref.year, ref.countries,
                                    alternates, source=ref)
        else:
            resolved = ResolvedFilm(decision.iri, ref.title, ref.year, ref.countries, source=ref)
            if ref.year is not None:
                self._new_dated.append(resolved)
        self.index.add(FilmCandidate(resolved.iri, resolved.title, resolved.year))
        return resolved


def _choose(candidates: list[FilmCandidate]) -> tuple[FilmCandidate | None, str]:
    """The one candidate to link to, or None, with the reason."""
    if not candidates:
        return None, "no match: new film"
    exact = [c for c in candidates if c.score == 100.0]
    if len(exact) == 1:
        only = exact[0]
        how = "exact title" if only.reason == "exact title" else only.reason
        return only, f"one exact match ({how})"
    if len(exact) > 1:
        return None, f"ambiguous: {len(exact)} films match and no year or context decides"
    if len(candidates) == 1:
        return candidates[0], f"one close match ({candidates[0].reason}, score {candidates[0].score})"
    first, second = candidates[0], candidates[1]
    if first.score - second.score >= CLEAR_MARGIN:
        return first, f"best close match ({first.reason}, score {first.score} vs {second.score})"
    return None, f"ambiguous: {len(candidates)} close matches score within {CLEAR_MARGIN}"


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
