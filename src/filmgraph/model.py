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

from .relations import FILM_RELATIONS, film_relation_by_key

__all__ = [
    "Span",
    "Evidence",
    "Review",
    "Relation",
    "FilmRef",
    "FilmClaim",
    "PersonRef",
    "CastCredit",
    "ReviewedFilm",
    "Reviewer",
    "Extraction",
    "ResolvedFilm",
    "ResolvedClaim",
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
    """Relations between a film and a person; the values are the ontology's local names. The
    relations between two films are rows of :data:`filmgraph.relations.FILM_RELATIONS`."""

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
class FilmClaim:
    """A review's statement that the reviewed film (the subject) stands in ``relation`` to
    ``film`` (the object): ``relation`` is a film relation's ontology name (``remakeOf``), the
    evidence and confidence are the object's :class:`FilmRef`'s."""

    relation: str
    film: FilmRef

    @property
    def evidence(self) -> Evidence | None:
        return self.film.evidence

    @property
    def confidence(self) -> float:
        return self.film.evidence.confidence if self.film.evidence else 1.0


class _FilmsByKey:
    """``x.remake_of``, ``x.influences``, ...: the films of each film relation, read by its
    extraction field (:attr:`RelationInfo.key`) from the claims (a dataclass with ``claims``)."""

    __slots__ = ()

    def films(self, relation: str) -> tuple:
        """The objects of the claims of one film relation (by ontology name), in order."""
        return tuple(claim.film for claim in self.claims if claim.relation == relation)

    def __getattr__(self, key: str) -> tuple:
        try:
            info = film_relation_by_key(key)
        except KeyError as error:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}") from error
        return self.films(info.name)


def _claims_by_key(related: dict[str, tuple[FilmRef, ...]]) -> tuple[FilmClaim, ...]:
    """Claims from films given by extraction field (``remake_of=(...)``), in the table's order."""
    unknown = set(related) - {info.key for info in FILM_RELATIONS}
    if unknown:
        raise TypeError(f"unknown film relation field(s): {', '.join(sorted(unknown))}")
    return tuple(FilmClaim(info.name, ref) for info in FILM_RELATIONS for ref in related.get(info.key or "", ()))


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
    """The film a review is about. Its ``title`` is None when the review never names it but says
    who made it ("Van Sant's remake is shot for shot"): the credits are kept, the graph gets no film."""

    title: str | None
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


@dataclass(frozen=True, slots=True, init=False)
class Extraction(_FilmsByKey):
    """Everything one review says, as found by the extractor (output of ``extract``).

    What the review says of its film and other films is ``claims``; they may also be given, and
    are read, by relation field: ``Extraction(review, film, remake_of=(ref,))`` and
    ``extraction.remake_of`` (see :data:`filmgraph.relations.FILM_RELATIONS`).
    """

    review: Review
    film: ReviewedFilm | None
    claims: tuple[FilmClaim, ...]
    cast: tuple[CastCredit, ...]
    reviewer: Reviewer | None
    warnings: tuple[str, ...]

    def __init__(self, review: Review, film: ReviewedFilm | None = None, *, claims: tuple[FilmClaim, ...] = (),
                 cast: tuple[CastCredit, ...] = (), reviewer: Reviewer | None = None, warnings: tuple[str, ...] = (),
                 **related: tuple[FilmRef, ...]) -> None:
        # frozen: fields are set the way the generated __init__ would set them
        for name, value in (("review", review), ("film", film), ("claims", _claims_by_key(related) + tuple(claims)),
                            ("cast", tuple(cast)), ("reviewer", reviewer), ("warnings", tuple(warnings))):
            object.__setattr__(self, name, value)

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
            claims=tuple(c for c in self.claims if _believed(c.evidence, min_confidence)),
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
class ResolvedClaim:
    """A :class:`FilmClaim` whose object film has its IRI (``film.source`` is the mention)."""

    relation: str
    film: ResolvedFilm


@dataclass(frozen=True, slots=True)
class ResolvedPerson:
    """A person with their IRI."""

    iri: str
    name: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class ResolvedReview(_FilmsByKey):
    """One review's kept facts with IRIs for every film and person (output of ``resolve``); the
    films of each film relation read by field as on :class:`Extraction` (``resolved.remake_of``)."""

    extraction: Extraction
    film: ResolvedFilm | None
    directors: tuple[ResolvedPerson, ...] = ()
    writers: tuple[ResolvedPerson, ...] = ()
    claims: tuple[ResolvedClaim, ...] = ()
    cast: tuple[tuple[ResolvedPerson, CastCredit], ...] = ()
    reviewer: ResolvedPerson | None = None
    warnings: tuple[str, ...] = field(default=())
