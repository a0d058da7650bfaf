"""Plain typed data passed between the pipeline's stages.

read (``reviews``) -> :class:`Review`
extract (``extract``) -> :class:`Extraction` of :class:`FilmRef`, :class:`CastCredit`, ...
resolve (``resolve``) -> :class:`ResolvedReview` (the same facts, each film and person with an IRI)
write (``rdf``) -> RDF quads; store, query and export work on RDF from there on.

Every fact found in a review carries :class:`Evidence`: half-open character offsets into the
review text for the sentence and for the mention itself, so the text is sliced from the review,
never copied; and a confidence in [0, 1]. Hedged, negated or questioned statements are still
recorded (``--explain`` shows them) but are flagged, and :meth:`Extraction.kept` is the one place
that decides what becomes a fact in the graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

__all__ = [
    "Span",
    "Evidence",
    "Review",
    "Relation",
    "FilmRef",
    "PersonRef",
    "CastCredit",
    "ReviewedFilm",
    "Reviewer",
    "Extraction",
    "ResolvedFilm",
    "ResolvedPerson",
    "ResolvedReview",
    "DEFAULT_MIN_CONFIDENCE",
]

#: Facts below this confidence are shown by ``--explain`` but kept out of the graph. Remake and
#: influence confidences are the relation model's probabilities, and the model makes its own
#: (learned) decision first; this floor is below the lowest threshold it may learn.
DEFAULT_MIN_CONFIDENCE = 0.2


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` range of character offsets into a review's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The text this span covers; an offset past the end of ``text`` is an error."""
        if self.end > len(text):
            raise ValueError(f"span [{self.start}, {self.end}) lies outside a text of {len(text)} characters")
        return text[self.start:self.end]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, the mention inside it, and how sure we are."""

    sentence: Span
    mention: Span | None = None
    confidence: float = 1.0
    #: Why the fact should not be believed, if it should not: "hedge", "negation", "question".
    flag: str | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is not in [0, 1]")


@dataclass(frozen=True, slots=True)
class Review:
    """One review as read from disk: its identity, where it came from, and its text.

    ``review_id`` is stable for a source (the same file gives the same id on re-ingest, so an
    edited review replaces what it said before); ``content_hash`` tells whether it changed.
    """

    review_id: str
    source: str
    text: str
    content_hash: str


class Relation(str, Enum):
    """Relations between films and people; the values are the ontology's local names."""

    REMAKE_OF = "remakeOf"
    INFLUENCED_BY = "influencedBy"
    DIRECTOR = "director"
    WRITER = "writer"
    CAST_MEMBER = "castMember"
    REVIEWS = "reviews"


@dataclass(frozen=True, slots=True)
class FilmRef:
    """A film named in a review: title as the review gives it, year if stated."""

    title: str
    year: int | None = None
    countries: tuple[str, ...] = ()
    #: The surface text, when it differs from the title ("Phonebooth" for Phone Booth).
    mention: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person named in a review."""

    name: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class CastCredit:
    """An actor in the reviewed film, and the character they play when the review names it."""

    actor: str
    character: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class ReviewedFilm:
    """The film a review is about."""

    title: str
    year: int | None = None
    countries: tuple[str, ...] = ()
    directors: tuple[PersonRef, ...] = ()
    writers: tuple[PersonRef, ...] = ()
    genres: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Reviewer:
    """The review's author, and where they are based when the review says so."""

    name: str
    location: str | None = None
    evidence: Evidence | None = None


def _believed(evidence: Evidence | None, min_confidence: float) -> bool:
    if evidence is None:
        return True
    return evidence.flag is None and evidence.confidence >= min_confidence


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one review says, as found by the extractor (output of ``extract``)."""

    review: Review
    film: ReviewedFilm | None = None
    remake_of: tuple[FilmRef, ...] = ()
    influences: tuple[FilmRef, ...] = ()
    cast: tuple[CastCredit, ...] = ()
    reviewer: Reviewer | None = None
    warnings: tuple[str, ...] = ()

    def kept(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Extraction:
        """The facts that go into the graph: not hedged, negated or questioned, and confident enough.

        This is the single place where that decision is made.
        """
        film = self.film
        if film is not None:
            film = replace(
                film,
                directors=tuple(p for p in film.directors if _believed(p.evidence, min_confidence)),
                writers=tuple(p for p in film.writers if _believed(p.evidence, min_confidence)),
            )
        reviewer = self.reviewer if self.reviewer and _believed(self.reviewer.evidence, min_confidence) else None
        return replace(
            self,
            film=film,
            remake_of=tuple(f for f in self.remake_of if _believed(f.evidence, min_confidence)),
            influences=tuple(f for f in self.influences if _believed(f.evidence, min_confidence)),
            cast=tuple(c for c in self.cast if _believed(c.evidence, min_confidence)),
            reviewer=reviewer,
        )


@dataclass(frozen=True, slots=True)
class ResolvedFilm:
    """A film with its IRI: a review mention or catalog entry mapped to one graph node."""

    iri: str
    title: str
    year: int | None = None
    countries: tuple[str, ...] = ()
    alternate_titles: tuple[str, ...] = ()
    source: FilmRef | None = None


@dataclass(frozen=True, slots=True)
class ResolvedPerson:
    """A person with their IRI."""

    iri: str
    name: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class ResolvedReview:
    """One review's kept facts with IRIs for every film and person (output of ``resolve``)."""

    extraction: Extraction
    film: ResolvedFilm | None
    directors: tuple[ResolvedPerson, ...] = ()
    writers: tuple[ResolvedPerson, ...] = ()
    remake_of: tuple[ResolvedFilm, ...] = ()
    influences: tuple[ResolvedFilm, ...] = ()
    cast: tuple[tuple[ResolvedPerson, CastCredit], ...] = ()
    reviewer: ResolvedPerson | None = None
    warnings: tuple[str, ...] = field(default=())
