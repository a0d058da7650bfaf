"""Write stage: a :class:`~filmgraph.model.ResolvedReview` in, one named RDF graph out.

Each review has its own named graph (its IRI is the review's), holding everything the review
says: the review node (source, content hash, reviewer), the films and people it names with their
types and labels, the facts themselves as plain triples (``fg:remakeOf`` and so on), and one
``fg:Claim`` node per fact carrying its evidence sentence, offsets and confidence. Removing or
replacing a review is therefore dropping or replacing one graph, and what other reviews said
about the same films is untouched.

This module is the one place that knows how a review, a film, a person, a relation between films
and a Wikidata link look as triples: the catalog import, Wikidata linking and the benchmarks'
generated reviews are written with the same functions (:func:`review_triples`,
:func:`film_triples`, :func:`person_triples`, :func:`relation_triple`, :func:`link_triples`).
Each takes a term maker, :data:`RDFLIB` for rdflib terms or :data:`~filmgraph.rdf.nquads.NQUADS`
for the N-Quads text of a bulk load.

>>> from filmgraph.model import Extraction, FilmRef, ReviewedFilm, Evidence, Span
>>> from filmgraph.reviews import read_text
>>> from filmgraph.resolve import resolve_extraction
>>> review = read_text("Psycho (1998) is a remake of Psycho (1960).", source="r.txt")
>>> said = Evidence(Span(0, 43), Span(29, 42), 0.9)
>>> extraction = Extraction(review, ReviewedFilm("Psycho", 1998), remake_of=(FilmRef("Psycho", 1960, evidence=said),))
>>> graph = review_graph(resolve_extraction(extraction))
>>> sorted(str(o).rsplit("/", 1)[1] for o in graph.objects(None, FG.remakeOf))
['psycho-1960']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Generic, Protocol, TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..model import Evidence, Relation, ResolvedFilm, ResolvedPerson, ResolvedReview, Review
from ..relations import REMAKE_OF
from ..titlekeys import normalize_title
from .vocab import FG, ID, OWL, RDF, RDFS, SDO, TERMS, WD, XSD

__all__ = ["review_iri", "review_graph", "review_triples", "film_triples", "person_triples", "relation_triple", "link_triples",
           "link_graph", "bind_prefixes", "Terms", "RDFLIB"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Triple = tuple[T, T, T]


class Terms(Protocol[T_co]):
    """How the triple functions make terms: IRIs (of nodes, and of the vocabulary) and literals."""

    def iri(self, iri: str) -> T_co:
        """The IRI of a node (a film, person, review, claim or role)."""

    def vocab(self, iri: str) -> T_co:
        """The IRI of a class or property; a term maker may make each once."""

    def string(self, text: str) -> T_co:
        """A plain string literal."""

    def integer(self, value: int) -> T_co:
        """An ``xsd:integer`` literal."""

    def double(self, value: float) -> T_co:
        """An ``xsd:double`` literal."""


class RdflibTerms:
    """Makes rdflib terms (the term maker of :data:`RDFLIB`)."""

    @staticmethod
    def iri(iri: str) -> Node:
        return URIRef(iri)

    vocab = iri

    @staticmethod
    def string(text: str) -> Node:
        return Literal(text)

    @staticmethod
    def integer(value: int) -> Node:
        return Literal(value, datatype=XSD.integer)

    @staticmethod
    def double(value: float) -> Node:
        return Literal(float(value), datatype=XSD.double)


#: Terms as rdflib nodes.
RDFLIB = RdflibTerms()

# The vocabulary, looked up once: each Namespace look-up makes a new URIRef, which costs more
# than the rest of a quad in a bulk load. _FG.title is FG.title.
_FG = SimpleNamespace(**{name: FG[name] for name in TERMS})
_TYPE, _LABEL, _SAME_AS = RDF.type, RDFS.label, OWL.sameAs


def review_iri(review: Review) -> URIRef:
    """The IRI of a review, which is also the name of its graph."""
    return ID[f"review/{review.review_id}"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so serialisations read well."""
    graph.bind("fg", FG)
    graph.bind("fgid", ID)
    graph.bind("schema", SDO)
    return graph


def film_triples(film: ResolvedFilm, terms: Terms[T], *, genres: Sequence[str] = (), same_as: Sequence[str] = (),
                 directors: Sequence[str] = ()) -> list[Triple[T]]:
    """A film's triples: type, title, label, title keys, year, countries, alternate titles, and
    the genres, ``owl:sameAs`` IRIs and ``fg:director`` IRIs given.

    Parameters
    ----------
    film : ResolvedFilm
    terms : Terms
        :data:`RDFLIB` or :data:`~filmgraph.rdf.nquads.NQUADS`.
    genres, same_as, directors : sequence of str
        Genre names, IRIs of the same film elsewhere, IRIs of its directors (a review states its
        directors as claims instead, see :func:`review_graph`).

    Returns
    -------
    list of triples
        Each title key once.

    Examples
    --------
    >>> triples = film_triples(ResolvedFilm("urn:x:f", "Thing, The", alternate_titles=("The Thing",)), RDFLIB)
    >>> sorted(str(o) for _, p, o in triples if p == FG.titleKey)
    ['thing']
    """
    node, vocab, string = terms.iri(film.iri), terms.vocab, terms.string
    title, key = string(film.title), normalize_title(film.title)
    triples = [
        (node, vocab(_TYPE), vocab(_FG.Film)),
        (node, vocab(_FG.title), title),
        (node, vocab(_LABEL), title),
        (node, vocab(_FG.titleKey), string(key)),
    ]
    if film.year is not None:
        triples.append((node, vocab(_FG.year), terms.integer(film.year)))
    if film.countries:
        triples += [(node, vocab(_FG.country), string(country)) for country in film.countries]
    if genres:
        triples += [(node, vocab(_FG.genre), string(genre)) for genre in genres]
    triples += _alternate_triples(node, film.alternate_titles, terms, {key})
    if same_as:
        triples += [(node, vocab(_SAME_AS), terms.iri(other)) for other in same_as]
    if directors:
        triples += [(node, vocab(_FG.director), terms.iri(person)) for person in directors]
    return triples


def _alternate_triples(node: T, titles: Iterable[str], terms: Terms[T], keys: set[str]) -> list[Triple[T]]:
    """Each title as an ``fg:alternateTitle`` of ``node``, with its title key unless in ``keys``
    (the keys the node has already; the new ones are added to it)."""
    vocab, string = terms.vocab, terms.string
    triples = []
    for title in titles:
        triples.append((node, vocab(_FG.alternateTitle), string(title)))
        key = normalize_title(title)
        if key not in keys:
            keys.add(key)
            triples.append((node, vocab(_FG.titleKey), string(key)))
    return triples


def person_triples(person: ResolvedPerson, terms: Terms[T]) -> list[Triple[T]]:
    """A person's type, name and label."""
    node, name = terms.iri(person.iri), terms.string(person.name)
    return [(node, terms.vocab(_TYPE), terms.vocab(_FG.Person)), (node, terms.vocab(_FG.name), name),
            (node, terms.vocab(_LABEL), name)]


def relation_triple(subject: str, relation: str, object: str, terms: Terms[T]) -> Triple[T]:
    """``subject relation object`` between two nodes, ``relation`` an ontology name (``"remakeOf"``)."""
    return terms.iri(subject), terms.vocab(FG[relation]), terms.iri(object)


def link_triples(film: str, qid: str, score: float, alternate_titles: Iterable[str], terms: Terms[T]) -> list[Triple[T]]:
    """A film's link to the Wikidata item ``qid``: ``owl:sameAs``, ``fg:matchScore``, and the
    item's other titles as alternate titles with their keys."""
    node, vocab = terms.iri(film), terms.vocab
    return [(node, vocab(_SAME_AS), terms.iri(WD[qid])), (node, vocab(_FG.matchScore), terms.double(score)),
            *_alternate_triples(node, alternate_titles, terms, set())]


def link_graph(name: str, kept: Iterable[Triple[Node]], links: Iterable[tuple[str, str, float, Sequence[str]]],
               remakes: Iterable[tuple[str, str]]) -> Graph:
    """The graph of Wikidata links, named ``name``: the ``kept`` triples, then each link
    ``(film, qid, score, alternate titles)`` and each ``(remake, original)`` pair Wikidata states."""
    graph = Graph(identifier=URIRef(name))
    for triple in kept:
        graph.add(triple)
    for film, qid, score, alternates in links:
        for triple in link_triples(film, qid, score, alternates, RDFLIB):
            graph.add(triple)
    for remake, original in remakes:
        graph.add(relation_triple(remake, REMAKE_OF.name, original, RDFLIB))
    return graph


class _ReviewTriples(Generic[T]):
    """Accumulates one review's triples; claims get IRIs from a hash of what they state."""

    def __init__(self, review: Review, terms: Terms[T]) -> None:
        self.review, self.terms = review, terms
        self.iri = str(review_iri(review))
        self.node = terms.iri(self.iri)
        self.triples: list[Triple[T]] = []

    def add(self, *triples: Triple[T]) -> None:
        self.triples += triples

    def claim(self, subject: str, predicate: str, obj: str, evidence: Evidence | None) -> None:
        """Assert ``subject predicate obj`` (IRIs) and, when its evidence is known, the claim behind it.

        A fact without evidence (built by hand, not read) is still in the review's graph, so it
        is still traced to its review; a Claim node needs the sentence.
        """
        iri, vocab, string, integer = self.terms.iri, self.terms.vocab, self.terms.string, self.terms.integer
        s, p, o = iri(subject), vocab(predicate), iri(obj)
        self.add((s, p, o))
        if evidence is None:
            return
        digest = hashlib.sha1(f"{subject}|{predicate}|<{obj}>".encode()).hexdigest()[:16]
        claim = iri(f"{ID}claim/{self.review.review_id}/{digest}")
        text = self.review.text
        self.add(
            (claim, vocab(_TYPE), vocab(_FG.Claim)),
            (claim, vocab(_FG.claimSubject), s),
            (claim, vocab(_FG.claimRelation), p),
            (claim, vocab(_FG.claimObject), o),
            (claim, vocab(_FG.statedIn), self.node),
            (claim, vocab(_FG.evidenceText), string(evidence.sentence.of(text).strip())),
            (claim, vocab(_FG.evidenceStart), integer(evidence.sentence.start)),
            (claim, vocab(_FG.evidenceEnd), integer(evidence.sentence.end)),
            (claim, vocab(_FG.confidence), self.terms.double(evidence.confidence)),
        )
        if evidence.mention is not None:
            self.add((claim, vocab(_FG.mentionText), string(evidence.mention.of(text))))


def review_triples(resolved: ResolvedReview, terms: Terms[T]) -> list[Triple[T]]:
    """The triples of one resolved review's graph (see :func:`review_graph`), made by ``terms``."""
    review = resolved.extraction.review
    out = _ReviewTriples(review, terms)
    iri, vocab, string, node = terms.iri, terms.vocab, terms.string, out.node
    out.add(
        (node, vocab(_TYPE), vocab(_FG.Review)),
        (node, vocab(_FG.source), string(review.source)),
        (node, vocab(_FG.contentHash), string(review.content_hash)),
    )
    if resolved.reviewer is not None:
        reviewer = iri(resolved.reviewer.iri)
        out.add(*person_triples(resolved.reviewer, terms), (node, vocab(_FG.reviewer), reviewer))
        location = resolved.extraction.reviewer.location if resolved.extraction.reviewer else None
        if location:
            out.add((reviewer, vocab(_FG.basedIn), string(location)))
    film = resolved.film
    if film is None:
        return out.triples
    reviewed = resolved.extraction.film
    out.add(*film_triples(film, terms, genres=reviewed.genres if reviewed else ()),
            (node, vocab(_FG.reviews), iri(film.iri)))
    # which film a title without a year is may change later: see Pipeline.resolve_again
    out.add(*((node, vocab(_FG.titleWithoutYear), string(normalize_title(named.source.title)))
              for named in (film, *(claim.film for claim in resolved.claims))
              if named.source is not None and named.source.year is None and normalize_title(named.source.title)))
    for relation, people in ((Relation.DIRECTOR, resolved.directors), (Relation.WRITER, resolved.writers)):
        for person in people:
            out.add(*person_triples(person, terms))
            out.claim(film.iri, FG[relation.value], person.iri, person.evidence)
    for claim in resolved.claims:
        other = claim.film
        if other.iri == film.iri:
            continue
        out.add(*film_triples(other, terms))
        out.claim(film.iri, FG[claim.relation], other.iri, other.source.evidence if other.source else None)
    for actor, credit in resolved.cast:
        out.add(*person_triples(actor, terms))
        out.claim(film.iri, FG[Relation.CAST_MEMBER.value], actor.iri, credit.evidence)
        if credit.character:
            role = iri(f"{ID}role/{film.iri.rsplit('/', 1)[1]}/{actor.iri.rsplit('/', 1)[1]}")
            out.add(
                (role, vocab(_TYPE), vocab(_FG.CastRole)),
                (role, vocab(_FG.performer), iri(actor.iri)),
                (role, vocab(_FG.characterName), string(credit.character)),
                (iri(film.iri), vocab(_FG.hasCastRole), role),
            )
    return out.triples


def review_graph(resolved: ResolvedReview) -> Graph:
    """The named graph of one resolved review (its identifier is the review's IRI)."""
    graph = bind_prefixes(Graph(identifier=review_iri(resolved.extraction.review)))
    for triple in review_triples(resolved, RDFLIB):
        graph.add(triple)
    return graph
