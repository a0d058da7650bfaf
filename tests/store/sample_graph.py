"""A small hand-built film graph for query and backend tests, written through the real pipeline
(Extraction -> ``FilmGraph.resolver`` -> ``review_graph`` -> ``store.replace_graph``), so it does
not depend on the extractor.

The facts, and what the queries should answer on them::

    The Original (1950) <- Second Take (1970) <- Third Take (1990)      remakes
    The Original (1950) <- Another Take (1985)
    Psycho (1960)       <- Psycho (1998)
    Rebecca (1940) <- Vertigo (1958) <- Third Take (1990)               influences
    Mystery Film (no year) <- Psycho (1998)

    Psycho (1998): dir. Gus Van Sant, wr. Joseph Stefano; Vince Vaughn (Norman Bates),
                   Anne Heche (Marion Crane), Julianne Moore
    Psycho (1960): dir. Alfred Hitchcock, wr. Joseph Stefano; Anthony Perkins (Norman Bates),
                   Janet Leigh (Marion Crane)
    Third Take (1990): Vince Vaughn, Anne Heche (Lila)
    Vertigo (1958): dir. Alfred Hitchcock
"""

from __future__ import annotations

from dataclasses import dataclass

from filmgraph.api import FilmGraph
from filmgraph.model import CastCredit, Evidence, Extraction, FilmRef, PersonRef, ReviewedFilm, Reviewer, Span
from filmgraph.rdf.writer import review_graph
from filmgraph.resolve import film_iri, person_iri
from filmgraph.reviews import read_text

__all__ = ["REVIEWS", "SampleReview", "write_sample", "write_review", "extraction_of", "film", "person"]


@dataclass(frozen=True)
class SampleReview:
    """One hand-made review: its text and the facts it states."""

    source: str
    text: str
    title: str
    year: int | None
    remake_of: tuple[tuple[str, int | None], ...] = ()
    influences: tuple[tuple[str, int | None], ...] = ()
    cast: tuple[tuple[str, str | None], ...] = ()
    directors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    reviewer: str | None = None


REVIEWS: tuple[SampleReview, ...] = (
    SampleReview("psycho-1998.txt", "Psycho (1998) remakes Psycho (1960), with a nod to Mystery Film.",
                 "Psycho", 1998, remake_of=(("Psycho", 1960),), influences=(("Mystery Film", None),),
                 cast=(("Vince Vaughn", "Norman Bates"), ("Anne Heche", "Marion Crane"), ("Julianne Moore", None)),
                 directors=("Gus Van Sant",), writers=("Joseph Stefano",), reviewer="Ann Critic"),
    SampleReview("psycho-1960.txt", "Psycho (1960) is Hitchcock's shocker.", "Psycho", 1960,
                 cast=(("Anthony Perkins", "Norman Bates"), ("Janet Leigh", "Marion Crane")),
                 directors=("Alfred Hitchcock",), writers=("Joseph Stefano",), reviewer="Bob Writer"),
    SampleReview("second-take.txt", "Second Take (1970) remakes The Original (1950).", "Second Take", 1970,
                 remake_of=(("The Original", 1950),)),
    SampleReview("third-take.txt", "Third Take (1990) remakes Second Take (1970) and owes Vertigo (1958).",
                 "Third Take", 1990, remake_of=(("Second Take", 1970),), influences=(("Vertigo", 1958),),
                 cast=(("Vince Vaughn", None), ("Anne Heche", "Lila"))),
    SampleReview("another-take.txt", "Another Take (1985) remakes The Original (1950) too.", "Another Take", 1985,
                 remake_of=(("The Original", 1950),)),
    SampleReview("vertigo.txt", "Vertigo (1958) draws on Rebecca (1940).", "Vertigo", 1958,
                 influences=(("Rebecca", 1940),), directors=("Alfred Hitchcock",)),
)


def film(title: str, year: int | None) -> str:
    """The IRI the resolver mints for a film."""
    return film_iri(title, year)


def person(name: str) -> str:
    """The IRI of a person."""
    return person_iri(name)


def extraction_of(sample: SampleReview, source: str | None = None) -> Extraction:
    """The Extraction an ideal extractor would return for ``sample``."""
    review = read_text(sample.text, source=source or sample.source)
    said = Evidence(Span(0, len(sample.text)), None, 0.9)
    return Extraction(
        review,
        ReviewedFilm(sample.title, sample.year, directors=tuple(PersonRef(n, said) for n in sample.directors),
                     writers=tuple(PersonRef(n, said) for n in sample.writers), evidence=said),
        remake_of=tuple(FilmRef(t, y, evidence=said) for t, y in sample.remake_of),
        influences=tuple(FilmRef(t, y, evidence=said) for t, y in sample.influences),
        cast=tuple(CastCredit(a, c, said) for a, c in sample.cast),
        reviewer=Reviewer(sample.reviewer, evidence=said) if sample.reviewer else None,
    )


def write_review(fg: FilmGraph, sample: SampleReview, source: str | None = None) -> str:
    """Resolve and store one sample review as ``FilmGraph.ingest_review`` would; its graph IRI."""
    graph = review_graph(fg.resolver(extraction_of(sample, source)))
    fg.store.replace_graph(graph)
    return str(graph.identifier)


def write_sample(fg: FilmGraph) -> dict[str, str]:
    """Write every sample review; their graph IRIs by source."""
    return {sample.source: write_review(fg, sample) for sample in REVIEWS}
