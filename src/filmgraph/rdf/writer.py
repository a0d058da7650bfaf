"""Write stage: a :class:`~filmgraph.model.ResolvedReview` in, one named RDF graph out.

Each review has its own named graph (its IRI is the review's), holding everything the review
says: the review node (source, content hash, reviewer), the films and people it names with their
types and labels, the facts themselves as plain triples (``fg:remakeOf`` and so on), and one
``fg:Claim`` node per fact carrying its evidence sentence, offsets and confidence. Removing or
replacing a review is therefore dropping or replacing one graph, and what other reviews said
about the same films is untouched.

This module is the one place that knows how a film, a person, a relation between films and a
Wikidata link look as triples: the catalog import and Wikidata linking write theirs with the same
functions. Each takes a term maker, :data:`RDFLIB` for rdflib terms or
:data:`~filmgraph.rdf.nquads.NQUADS` for the N-Quads text of a bulk load.

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
from typing import Protocol, TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..model import Evidence, Relation, ResolvedFilm, ResolvedPerson, ResolvedReview, Review
from ..relations import REMAKE_OF
from ..titlekeys import normalize_title
from .vocab import FG, ID, OWL, RDF, RDFS, SDO, WD, XSD

__all__ = ["review_iri", "review_graph", "film_triples", "person_triples", "relation_triple", "link_triples",
           "link_graph", "bind_prefixes", "Terms", "RDFLIB"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Triple = tuple[T, T, T]


class Terms(Protocol[T_co]):
    """How the triple functions make terms: IRIs (of nodes, and of the vocabulary) and literals."""

    def iri(self, iri: str) -> T_co: ...

    def vocab(self, iri: str) -> T_co: ...

    def string(self, text: str) -> T_co: ...

    def integer(self, value: int) -> T_co: ...

    def double(self, value: float) -> T_co: ...


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

# The vocabulary of the triple functions, looked up once: each Namespace look-up makes a new
# URIRef, which costs more than the rest of a quad in a bulk load.
_TYPE, _LABEL, _SAME_AS, _FILM, _PERSON = RDF.type, RDFS.label, OWL.sameAs, FG.Film, FG.Person
_TITLE, _TITLE_KEY, _YEAR, _COUNTRY, _GENRE = FG.title, FG.titleKey, FG.year, FG.country, FG.genre
_ALTERNATE, _DIRECTOR, _NAME, _MATCH_SCORE = FG.alternateTitle, FG.director, FG.name, FG.matchScore


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
    title_key_p = vocab(_TITLE_KEY)
    triples = [
        (node, vocab(_TYPE), vocab(_FILM)),
        (node, vocab(_TITLE), title),
        (node, vocab(_LABEL), title),
        (node, title_key_p, string(key)),
    ]
    if film.year is not None:
        triples.append((node, vocab(_YEAR), terms.integer(film.year)))
    if film.countries:
        triples += [(node, vocab(_COUNTRY), string(country)) for country in film.countries]
    if genres:
        triples += [(node, vocab(_GENRE), string(genre)) for genre in genres]
    keys = {key}
    for alternate in film.alternate_titles:
        triples.append((node, vocab(_ALTERNATE), string(alternate)))
        key = normalize_title(alternate)
        if key not in keys:
            keys.add(key)
            triples.append((node, title_key_p, string(key)))
    if same_as:
        triples += [(node, vocab(_SAME_AS), terms.iri(other)) for other in same_as]
    if directors:
        triples += [(node, vocab(_DIRECTOR), terms.iri(person)) for person in directors]
    return triples


def person_triples(person: ResolvedPerson, terms: Terms[T]) -> list[Triple[T]]:
    """A person's type, name and label."""
    node, name = terms.iri(person.iri), terms.string(person.name)
    return [(node, terms.vocab(_TYPE), terms.vocab(_PERSON)), (node, terms.vocab(_NAME), name),
            (node, terms.vocab(_LABEL), name)]


def relation_triple(subject: str, relation: str, object: str, terms: Terms[T]) -> Triple[T]:
    """``subject relation object`` between two nodes, ``relation`` an ontology name (``"remakeOf"``)."""
    return terms.iri(subject), terms.vocab(FG[relation]), terms.iri(object)


def link_triples(film: str, qid: str, score: float, alternate_titles: Iterable[str], terms: Terms[T]) -> list[Triple[T]]:
    """A film's link to the Wikidata item ``qid``: ``owl:sameAs``, ``fg:matchScore``, and the
    item's other titles as alternate titles with their keys."""
    node, vocab = terms.iri(film), terms.vocab
    triples = [(node, vocab(_SAME_AS), terms.iri(WD[qid])), (node, vocab(_MATCH_SCORE), terms.double(score))]
    for alternate in alternate_titles:
        triples += [(node, vocab(_ALTERNATE), terms.string(alternate)),
                    (node, vocab(_TITLE_KEY), terms.string(normalize_title(alternate)))]
    return triples


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


class _ReviewGraphBuilder:
    """Accumulates one review's triples; claims get IRIs from a hash of what they state."""

    def __init__(self, review: Review) -> None:
        self.review = review
        self.node = review_iri(review)
        self.graph = bind_prefixes(Graph(identifier=self.node))

    def add(self, *triples: tuple[Node, Node, Node]) -> None:
        for triple in triples:
            self.graph.add(triple)

    def claim(self, subject: URIRef, relation: Relation | URIRef, obj: Node, evidence: Evidence | None) -> None:
        """Assert ``subject relation obj`` and, when its evidence is known, the claim behind it.

        A fact without evidence (built by hand, not read) is still in the review's graph, so it
        is still traced to its review; a Claim node needs the sentence.
        """
        predicate = relation if isinstance(relation, URIRef) else FG[relation.value]
        self.add((subject, predicate, obj))
        if evidence is None:
            return
        digest = hashlib.sha1(f"{subject}|{predicate}|{obj.n3()}".encode()).hexdigest()[:16]
        claim = ID[f"claim/{self.review.review_id}/{digest}"]
        self.add(
            (claim, RDF.type, FG.Claim),
            (claim, FG.claimSubject, subject),
            (claim, FG.claimRelation, predicate),
            (claim, FG.claimObject, obj),
            (claim, FG.statedIn, self.node),
        )
        text = self.review.text
        self.add(
            (claim, FG.evidenceText, Literal(evidence.sentence.of(text).strip())),
            (claim, FG.evidenceStart, Literal(evidence.sentence.start, datatype=XSD.integer)),
            (claim, FG.evidenceEnd, Literal(evidence.sentence.end, datatype=XSD.integer)),
            (claim, FG.confidence, Literal(float(evidence.confidence), datatype=XSD.double)),
        )
        if evidence.mention is not None:
            self.add((claim, FG.mentionText, Literal(evidence.mention.of(text))))


def review_graph(resolved: ResolvedReview) -> Graph:
    """The named graph of one resolved review (its identifier is the review's IRI)."""
    review = resolved.extraction.review
    builder = _ReviewGraphBuilder(review)
    builder.add(
        (builder.node, RDF.type, FG.Review),
        (builder.node, FG.source, Literal(review.source)),
        (builder.node, FG.contentHash, Literal(review.content_hash)),
    )
    if resolved.reviewer is not None:
        reviewer = URIRef(resolved.reviewer.iri)
        builder.add(*person_triples(resolved.reviewer, RDFLIB), (builder.node, FG.reviewer, reviewer))
        location = resolved.extraction.reviewer.location if resolved.extraction.reviewer else None
        if location:
            builder.add((reviewer, FG.basedIn, Literal(location)))
    film = resolved.film
    if film is None:
        return builder.graph
    node = URIRef(film.iri)
    reviewed = resolved.extraction.film
    builder.add(*film_triples(film, RDFLIB, genres=reviewed.genres if reviewed else ()), (builder.node, FG.reviews, node))
    # which film a title without a year is may change later: see FilmGraph._resolve_again
    builder.add(*((builder.node, FG.titleWithoutYear, Literal(normalize_title(named.source.title)))
                  for named in (film, *(claim.film for claim in resolved.claims))
                  if named.source is not None and named.source.year is None and normalize_title(named.source.title)))
    for relation, people in ((Relation.DIRECTOR, resolved.directors), (Relation.WRITER, resolved.writers)):
        for person in people:
            builder.add(*person_triples(person, RDFLIB))
            builder.claim(node, relation, URIRef(person.iri), person.evidence)
    for claim in resolved.claims:
        other = claim.film
        if other.iri == film.iri:
            continue
        builder.add(*film_triples(other, RDFLIB))
        builder.claim(node, FG[claim.relation], URIRef(other.iri), other.source.evidence if other.source else None)
    for actor, credit in resolved.cast:
        performer = URIRef(actor.iri)
        builder.add(*person_triples(actor, RDFLIB))
        builder.claim(node, Relation.CAST_MEMBER, performer, credit.evidence)
        if credit.character:
            role = ID[f"role/{film.iri.rsplit('/', 1)[1]}/{actor.iri.rsplit('/', 1)[1]}"]
            builder.add(
                (role, RDF.type, FG.CastRole),
                (role, FG.performer, performer),
                (role, FG.characterName, Literal(credit.character)),
                (node, FG.hasCastRole, role),
            )
    return builder.graph
