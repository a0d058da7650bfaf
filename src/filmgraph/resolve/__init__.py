"""Resolve stage: an :class:`~filmgraph.model.Extraction` in, a :class:`~filmgraph.model.ResolvedReview` out.

Every film and person mention gets an IRI. Films already known (from the catalog or from other
reviews, held in a :class:`FilmIndex`) are reused, so one film is one node; a film seen for the
first time gets a stable, readable IRI minted from its normalised title and year, the same on
every machine.

>>> film_iri("The Thing", 1982) == film_iri("THING, THE", 1982)
True
>>> person_iri("Jo Woo-jin") == person_iri("Woo-jin Jo")
True
"""

from __future__ import annotations

from .index import FilmCandidate, FilmIndex
from .names import film_iri, person_iri, person_key, title_slug
from .resolver import Decision, Resolver, resolve_extraction

__all__ = [
    "Decision",
    "FilmCandidate",
    "FilmIndex",
    "Resolver",
    "film_iri",
    "person_iri",
    "person_key",
    "resolve_extraction",
    "title_slug",
]
