"""What :class:`~filmgraph.api.FilmGraph` answers: films, cast, what reviews state, film profiles.

In: rows the library queries read from a store (the API builds these). Out: frozen dataclasses,
each with ``to_json()`` where a command prints it as JSON (the shapes are contracts: keys are
added, never renamed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal

from .relations import FILM_RELATIONS, RELATIONS

__all__ = ["Film", "CastMember", "ReviewFact", "Stated", "ReviewOfFilm", "FilmProfile", "Statement",
           "FactProvenance", "PROFILE_FACTS", "VALUE_FACTS", "source_name", "int_of", "year_of"]


@dataclass(frozen=True, slots=True)
class Film:
    """A film node: IRI, title, year (None when unknown) and, in traversals, its depth."""

    iri: str
    title: str
    year: int | None = None
    depth: int | None = None

    @property
    def label(self) -> str:
        """The title with the year in brackets when it is known: "Psycho (1960)"."""
        return f"{self.title} ({self.year})" if self.year is not None else self.title

    def to_json(self) -> dict[str, Any]:
        """The film as JSON: title, year, IRI and depth (null outside a traversal)."""
        return {"title": self.title, "year": self.year, "iri": self.iri, "depth": self.depth}


@dataclass(frozen=True, slots=True)
class CastMember:
    """An actor of a film, with the character when a review names it."""

    iri: str
    name: str
    character: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewFact:
    """One thing a review said about a film, with its evidence sentence."""

    review: str
    source: str
    relation: str
    value: str
    evidence: str | None = None
    confidence: float | None = None


def int_of(term: object) -> int | None:
    """A count or year as a query's row gives it (an RDF literal), or None for anything else."""
    return int(term.toPython()) if isinstance(term, Literal) else None


def year_of(value: str | None) -> int | None:
    """A year as a query gives it (text), or None when there is none or it is not a number."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def source_name(graph: str) -> str:
    """A short name for a graph that is not a review's: catalog, wikidata, or the graph's IRI.

    >>> source_name("https://w3id.org/filmgraph/id/graph/catalog")
    'catalog'
    """
    from .rdf.vocab import CATALOG_GRAPH
    from .resolve.link import LINK_GRAPH

    return {str(CATALOG_GRAPH): "catalog", LINK_GRAPH: "wikidata"}.get(graph, graph)

@dataclass(frozen=True, slots=True)
class Stated:
    """One value the graph gives a film (a title, a year, a director, a remake...), with how many
    reviews state it and which other sources do (``catalog``, ``wikidata``, or an import graph's IRI).

    ``iri`` is set for a film or a person, ``year`` for a film, ``character`` for a cast member
    when a review names the part."""

    value: str
    reviews: int = 0
    sources: tuple[str, ...] = ()
    iri: str | None = None
    year: int | None = None
    character: str | None = None

    def to_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {"value": self.value}
        for name in ("iri", "year", "character"):
            if getattr(self, name) is not None:
                shown[name] = getattr(self, name)
        shown.update(reviews=self.reviews, sources=list(self.sources))
        return shown


@dataclass(frozen=True, slots=True)
class ReviewOfFilm:
    """A review that discusses a film: ``about`` when it reviews that film, else it names it."""

    review: str
    source: str
    reviewer: str | None
    about: bool

    def to_json(self) -> dict[str, Any]:
        return {"review": self.review, "source": self.source, "reviewer": self.reviewer, "about": self.about}


#: A film's own values (film_facts.rq's "out" properties that are not relations), by field.
VALUE_FACTS = {"title": "titles", "alternateTitle": "alternate_titles", "year": "years", "country": "countries",
                "genre": "genres"}
#: The fields of a film profile, in the order they are shown: the film's own values, its people,
#: its Wikidata item, then each film relation one way and the other (remake_of, remade_as, ...).
PROFILE_FACTS: tuple[str, ...] = (
    *VALUE_FACTS.values(), *(r.fact for r in RELATIONS if not r.between_films), "wikidata",
    *(fact for r in FILM_RELATIONS for fact in (r.fact, r.inverse_fact) if fact),
)


@dataclass(frozen=True)
class FilmProfile:
    """Everything the graph knows about one film (:meth:`FilmGraph.show`), each value with the
    number of reviews stating it, and the reviews that discuss the film.

    ``facts`` maps each field of :data:`PROFILE_FACTS` to its values, which read as attributes
    too: ``profile.directors``, ``profile.remade_as`` (films that remake this one).
    """

    film: Film
    facts: Mapping[str, tuple[Stated, ...]] = field(default_factory=dict, hash=False)  # a dict: not hashable
    reviews: tuple[ReviewOfFilm, ...] = ()

    #: the fields holding stated values, in the order they are shown
    FACTS = PROFILE_FACTS

    def __getattr__(self, name: str) -> tuple[Stated, ...]:
        if name in PROFILE_FACTS:
            return tuple(self.facts.get(name, ()))
        raise AttributeError(f"'FilmProfile' object has no attribute {name!r}")

    @property
    def iri(self) -> str:
        return self.film.iri

    @property
    def title(self) -> str:
        return self.film.title

    @property
    def year(self) -> int | None:
        return self.film.year

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: ``iri``, ``title``, ``year``, one list per fact field, ``reviews``."""
        shown: dict[str, Any] = {"iri": self.iri, "title": self.title, "year": self.year}
        for name in self.FACTS:
            shown[name] = [value.to_json() for value in getattr(self, name)]
        shown["reviews"] = [review.to_json() for review in self.reviews]
        return shown


@dataclass(frozen=True, slots=True)
class Statement:
    """A review stating a fact: the review, its file, reviewer, evidence sentence and confidence."""

    review: str
    source: str
    reviewer: str | None = None
    evidence: str | None = None
    confidence: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"review": self.review, "source": self.source, "reviewer": self.reviewer,
                "evidence": self.evidence, "confidence": self.confidence}


@dataclass(frozen=True)
class FactProvenance:
    """Who states ``subject relation object`` (:meth:`FilmGraph.why`): the reviews, most confident
    first, and the other sources (``catalog``, ``wikidata``, an import graph's IRI)."""

    subject: Film
    relation: str
    #: the object: a film, or for director, writer and castMember a person (``title`` is the name)
    object: Film
    reviews: tuple[Statement, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def stated(self) -> bool:
        """True when some review or other source states the fact."""
        return bool(self.reviews or self.sources)

    def to_json(self) -> dict[str, Any]:
        def node(film: Film) -> dict[str, Any]:
            return {"iri": film.iri, "title": film.title, "year": film.year}

        return {"subject": node(self.subject), "relation": self.relation, "object": node(self.object),
                "reviews": [statement.to_json() for statement in self.reviews], "sources": list(self.sources)}
