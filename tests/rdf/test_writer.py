"""The write stage: review graphs, claims with evidence, and SHACL conformance."""

from __future__ import annotations

from rdflib import Literal

from filmgraph.extract import extract_review
from filmgraph.model import CastCredit, Evidence, Extraction, FilmRef, ReviewedFilm, Span
from filmgraph.rdf.shapes import conforms
from filmgraph.rdf.vocab import FG
from filmgraph.rdf.writer import review_graph, review_iri
from filmgraph.resolve import resolve_extraction
from filmgraph.reviews import read_review, read_text

TEXT = "Psycho (1998) is a remake of Psycho (1960). Vince Vaughn plays Norman Bates."


def _extraction() -> Extraction:
    review = read_text(TEXT, source="psycho.txt")
    remake = Evidence(Span(0, 43), Span(29, 42), 0.9)
    cast = Evidence(Span(44, len(TEXT)), Span(44, 56), 0.8)
    return Extraction(review, ReviewedFilm("Psycho", 1998), remake_of=(FilmRef("Psycho", 1960, evidence=remake),),
                      cast=(CastCredit("Vince Vaughn", "Norman Bates", cast),))


def test_facts_are_triples_and_claims_keep_their_sentence():
    graph = review_graph(resolve_extraction(_extraction()))
    (film, original), = graph.subject_objects(FG.remakeOf)
    assert str(film).endswith("psycho-1998") and str(original).endswith("psycho-1960")
    (claim,) = graph.subjects(FG.claimRelation, FG.remakeOf)
    assert graph.value(claim, FG.evidenceText) == Literal("Psycho (1998) is a remake of Psycho (1960).")
    assert graph.value(claim, FG.mentionText) == Literal("Psycho (1960)")
    assert graph.value(claim, FG.statedIn) == graph.identifier == review_iri(_extraction().review)


def test_cast_goes_through_a_role_node():
    graph = review_graph(resolve_extraction(_extraction()))
    (role,) = graph.objects(None, FG.hasCastRole)
    assert graph.value(role, FG.characterName) == Literal("Norman Bates")
    assert graph.value(graph.value(role, FG.performer), FG.name) == Literal("Vince Vaughn")


def test_review_graph_conforms_to_shapes():
    ok, report = conforms(review_graph(resolve_extraction(_extraction())))
    assert ok, report


def test_every_bundled_and_seed_review_conforms(shared):
    from tests.conftest import DATA_REVIEWS

    paths = [*sorted(DATA_REVIEWS.glob("*.txt")), shared / "seeds" / "hard-hit-review.txt"]
    for path in paths:
        ok, report = conforms(review_graph(resolve_extraction(extract_review(read_review(path)))))
        assert ok, f"{path.name}: {report}"


def test_same_review_gives_isomorphic_graphs():
    from rdflib.compare import isomorphic

    assert isomorphic(review_graph(resolve_extraction(_extraction())), review_graph(resolve_extraction(_extraction())))
