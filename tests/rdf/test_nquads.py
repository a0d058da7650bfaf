"""The N-Quads fast path (filmgraph.rdf.nquads): the same triples as the rdflib path, as text."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from filmgraph.errors import RDFError
from filmgraph.model import ResolvedFilm, ResolvedPerson
from filmgraph.rdf.nquads import NQUADS, generate_nquads, nquads_parts
from filmgraph.rdf.terms import node_of
from filmgraph.rdf.writer import RDFLIB, film_triples, link_triples, person_triples, relation_triple

FILM = ResolvedFilm("https://w3id.org/filmgraph/id/film/x-1999", 'Say "Hi"\\\n\r', 1999, ("France", "Italy"),
                    ("The X", "X, The", "Y"))
PERSON = ResolvedPerson("https://w3id.org/filmgraph/id/person/a-b", "A\\ \"B\"")


def _both(make) -> tuple[set, set]:
    """The triples ``make(terms)`` gives as rdflib terms, and as N-Quads read back by pyoxigraph."""
    data, quads = generate_nquads(make(NQUADS), "https://w3id.org/filmgraph/id/graph/test")
    parsed = {(node_of(q.subject), node_of(q.predicate), node_of(q.object))
              for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}
    assert quads == len(data.splitlines())
    return set(make(RDFLIB)), parsed


@pytest.mark.parametrize("make", [
    lambda terms: film_triples(FILM, terms, genres=("Drama",), same_as=("http://www.wikidata.org/entity/Q1",),
                               directors=(PERSON.iri,)),
    lambda terms: person_triples(PERSON, terms),
    lambda terms: [relation_triple(FILM.iri, "remakeOf", PERSON.iri, terms)],
    lambda terms: link_triples(FILM.iri, "Q42", 0.9, ("Über X", "x\n\\"), terms),
], ids=["film", "person", "relation", "link"])
def test_nquads_text_is_the_rdflib_triples(make) -> None:
    as_rdflib, as_text = _both(make)
    assert as_text == as_rdflib
    graph = Graph()
    for triple in as_rdflib:
        graph.add(triple)
    assert len(graph) == len(as_text)


def test_an_iri_nquads_cannot_hold_is_refused() -> None:
    with pytest.raises(RDFError, match="not a valid IRI"):
        film_triples(ResolvedFilm("urn:x:a> <urn:x:b", "X"), NQUADS)


def test_parts_are_whole_lines() -> None:
    data = b"".join(b"<urn:x:%d> <urn:x:p> <urn:x:o> .\n" % n for n in range(10))
    parts = list(nquads_parts(data, 3))
    assert [done for _, done in parts] == [3, 6, 9, 10]
    assert b"".join(part for part, _ in parts) == data and all(part.endswith(b"\n") for part, _ in parts)
    assert [done for _, done in nquads_parts(data.rstrip(b"\n"), 4)] == [4, 8, 10]
