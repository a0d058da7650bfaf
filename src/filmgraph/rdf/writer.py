"""Write stage: a :class:`~filmgraph.model.ResolvedReview` in, one named RDF graph out.

Each review has its own named graph (its IRI is the review's), holding everything the review
says: the review node (source, content hash, reviewer), the films and people it names with their
types and labels, the facts themselves as plain triples (``fg:remakeOf`` and so on), and one
``fg:Claim`` node per fact carrying its evidence sentence, offsets and confidence. Removing or
replacing a review is therefore dropping or replacing one graph, and what other reviews said
about the same films is untouched.

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

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..model import Evidence, Relation, ResolvedFilm, ResolvedPerson, ResolvedReview, Review
from ..titlekeys import normalize_title
from .vocab import FG, ID, RDF, RDFS, SDO, XSD

__all__ = ["review_iri", "review_graph", "film_triples", "bind_prefixes"]


def review_iri(review: Review) -> URIRef:
    """The IRI of a review, which is also the name of its graph."""
    return ID[f"review/{review.review_id}"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so serialisations read well."""
    graph.bind("fg", FG)
    graph.bind("fgid", ID)
    graph.bind("schema", SDO)
    return graph


def film_triples(film: ResolvedFilm) -> list[tuple[Node, Node, Node]]:
    """Type, title, label, year, countries and alternate titles of one film."""
    node = URIRef(film.iri)
    triples: list[tuple[Node, Node, Node]] = [
        (node, RDF.type, FG.Film),
        (node, FG.title, Literal(film.title)),
        (node, RDFS.label, Literal(film.title)),
        (node, FG.titleKey, Literal(normalize_title(film.title))),
    ]
    if film.year is not None:
        triples.append((node, FG.year, Literal(film.year, datatype=XSD.integer)))
    triples += [(node, FG.country, Literal(country)) for country in film.countries]
    for title in film.alternate_titles:
        triples += [(node, FG.alternateTitle, Literal(title)), (node, FG.titleKey, Literal(normalize_title(title)))]
    return triples


def _person_triples(person: ResolvedPerson) -> list[tuple[Node, Node, Node]]:
    node = URIRef(person.iri)
    return [(node, RDF.type, FG.Person), (node, FG.name, Literal(person.name)), (node, RDFS.label, Literal(person.name))]


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
        builder.add(*_person_triples(resolved.reviewer), (builder.node, FG.reviewer, reviewer))
        location = resolved.extraction.reviewer.location if resolved.extraction.reviewer else None
        if location:
            builder.add((reviewer, FG.basedIn, Literal(location)))
    film = resolved.film
    if film is None:
        return builder.graph
    node = URIRef(film.iri)
    builder.add(*film_triples(film), (builder.node, FG.reviews, node))
    # which film a title without a year is may change later: see FilmGraph._resolve_again
    builder.add(*((builder.node, FG.titleWithoutYear, Literal(normalize_title(named.source.title)))
                  for named in (film, *(claim.film for claim in resolved.claims))
                  if named.source is not None and named.source.year is None and normalize_title(named.source.title)))
    reviewed = resolved.extraction.film
    for genre in reviewed.genres if reviewed else ():
        builder.add((node, FG.genre, Literal(genre)))
    for relation, people in ((Relation.DIRECTOR, resolved.directors), (Relation.WRITER, resolved.writers)):
        for person in people:
            builder.add(*_person_triples(person))
            builder.claim(node, relation, URIRef(person.iri), person.evidence)
    for claim in resolved.claims:
        other = claim.film
        if other.iri == film.iri:
            continue
        builder.add(*film_triples(other))
        builder.claim(node, FG[claim.relation], URIRef(other.iri), other.source.evidence if other.source else None)
    for actor, credit in resolved.cast:
        performer = URIRef(actor.iri)
        builder.add(*_person_triples(actor))
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
