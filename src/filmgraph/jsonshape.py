"""The JSON shape of one review's extraction: the contract of ``filmgraph extract --format json``.

``film {title, year, countries[], directors[], writers[]}``, one list of ``[{title, year}]`` per
film relation under its :attr:`~filmgraph.relations.RelationInfo.key` (``remake_of``,
``influences``, ...), ``cast [{actor, character}]``, ``reviewer {name, location}``.
Every film and person object may carry more: ``iri``, the surface ``mention``, the ``evidence``
sentence with character offsets, and ``confidence``. Fields are added over time, never renamed.
"""

from __future__ import annotations

from typing import Any

from .model import Evidence, Extraction, FilmRef, Review
from .relations import FILM_RELATIONS

__all__ = ["extraction_to_json", "evidence_to_json"]


def evidence_to_json(evidence: Evidence | None, review: Review) -> dict[str, Any] | None:
    """The sentence (text and offsets) and mention offsets behind a fact."""
    if evidence is None:
        return None
    shown: dict[str, Any] = {
        "sentence": evidence.sentence.of(review.text),
        "start": evidence.sentence.start,
        "end": evidence.sentence.end,
    }
    if evidence.mention is not None:
        shown["mention_start"], shown["mention_end"] = evidence.mention.start, evidence.mention.end
    if evidence.flag:
        shown["flag"] = evidence.flag
    return shown


def _extras(evidence: Evidence | None, review: Review, iri: str | None) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    if iri:
        extras["iri"] = iri
    if evidence is not None:
        extras["confidence"] = round(evidence.confidence, 3)
        extras["evidence"] = evidence_to_json(evidence, review)
    return extras


def _film(ref: FilmRef, review: Review, iris: dict[int, str]) -> dict[str, Any]:
    shown: dict[str, Any] = {"title": ref.title, "year": ref.year}
    if ref.countries:
        shown["countries"] = list(ref.countries)
    if ref.mention and ref.mention != ref.title:
        shown["mention"] = ref.mention
    shown.update(_extras(ref.evidence, review, iris.get(id(ref))))
    return shown


def extraction_to_json(extraction: Extraction, iris: dict[int, str] | None = None) -> dict[str, Any]:
    """One review's facts as the JSON object of the ``extract`` contract.

    ``iris`` maps ``id(fact)`` to the IRI the resolver gave it, when the caller resolved them.

    >>> from filmgraph.reviews import read_text
    >>> shown = extraction_to_json(Extraction(read_text("A review.", source="r.txt")))
    >>> sorted(shown)
    ['cast', 'film', 'influences', 'parodies', 'remake_of', 'review', 'reviewer', 'sequel_of']
    """
    iris = iris or {}
    review = extraction.review
    film = extraction.film
    shown_film: dict[str, Any] = {"title": None, "year": None, "countries": [], "directors": [], "writers": []}
    if film is not None:
        shown_film = {
            "title": film.title,
            "year": film.year,
            "countries": list(film.countries),
            "directors": [p.name for p in film.directors],
            "writers": [p.name for p in film.writers],
        }
        if film.genres:
            shown_film["genres"] = list(film.genres)
        shown_film.update(_extras(film.evidence, review, iris.get(id(film))))
    reviewer = None
    if extraction.reviewer is not None:
        reviewer = {"name": extraction.reviewer.name, "location": extraction.reviewer.location}
        reviewer.update(_extras(extraction.reviewer.evidence, review, iris.get(id(extraction.reviewer))))
    return {
        "review": review.source,
        "film": shown_film,
        **{info.key: [_film(ref, review, iris) for ref in extraction.films(info.name)]
           for info in FILM_RELATIONS if info.key},
        "cast": [
            {"actor": c.actor, "character": c.character, **_extras(c.evidence, review, iris.get(id(c)))}
            for c in extraction.cast
        ],
        "reviewer": reviewer,
    }
