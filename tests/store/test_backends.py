"""The same API behaviour on every backend: embedded Oxigraph, rdflib in memory, and an Oxigraph
server reached over SPARQL 1.1 (both through the Graph Store Protocol and through Update only)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the shared helpers

from filmgraph.api import FilmGraph
from filmgraph.errors import AmbiguousTitle, FilmNotFound, QueryError, StoreError
from filmgraph.store import BACKENDS, open_store
from filmgraph.store.sparql import SparqlBackend, endpoint_urls

from store.sample_graph import REVIEWS, film, write_review, write_sample

BACKEND_LOCATIONS = [":memory:", "memory:", "server", "server-update-only"]


@pytest.fixture(params=BACKEND_LOCATIONS)
def fg(request: pytest.FixtureRequest) -> Iterator[FilmGraph]:
    """An empty FilmGraph on each backend."""
    if request.param.startswith("server"):
        base = request.getfixturevalue("oxigraph_server")
        store = open_store(base)
        if request.param == "server-update-only":
            store = SparqlBackend(f"{base}/query", f"{base}/update", None)
        graph = FilmGraph(store)
    else:
        graph = FilmGraph.open(request.param)
    yield graph
    graph.close()


def _titles(films) -> list[tuple[str, int | None, int | None]]:
    return [(f.title, f.year, f.depth) for f in films]


def test_open_picks_the_backend(fg: FilmGraph) -> None:
    assert fg.store.name in BACKENDS.names()
    assert len(fg.store) == 0 and fg.store.graph_names() == []


def test_remakes_transitive_with_depth(fg: FilmGraph) -> None:
    write_sample(fg)
    assert _titles(fg.remakes_of("The Original", 1950)) == [
        ("Second Take", 1970, 1), ("Another Take", 1985, 1), ("Third Take", 1990, 2)]
    assert _titles(fg.remakes_of("original", direct=True)) == [("Second Take", 1970, 1), ("Another Take", 1985, 1)]
    assert _titles(fg.remake_chain("Third Take")) == [("Second Take", 1970, 1), ("The Original", 1950, 2)]
    assert _titles(fg.influences_of("Third Take", direct=False)) == [("Vertigo", 1958, 1), ("Rebecca", 1940, 2)]
    assert _titles(fg.influenced_by("Rebecca", direct=False)) == [("Vertigo", 1958, 1), ("Third Take", 1990, 2)]


def test_ambiguous_and_missing_titles(fg: FilmGraph) -> None:
    write_sample(fg)
    with pytest.raises(AmbiguousTitle) as ambiguous:
        fg.remakes_of("Psycho")
    assert sorted(year for _, _, year in ambiguous.value.candidates) == [1960, 1998]
    assert _titles(fg.remakes_of("Psycho", 1960)) == [("Psycho", 1998, 1)]
    with pytest.raises(FilmNotFound) as missing:
        fg.find_film("Psycho", 1961)
    assert missing.value.year == 1961
    with pytest.raises(FilmNotFound) as near:
        fg.find_film("Vertgo")
    assert near.value.near[0].startswith("Vertigo")


def test_cast_films_and_reviews(fg: FilmGraph) -> None:
    sources = write_sample(fg)
    assert [(c.name, c.character) for c in fg.cast_of("Psycho", 1998)] == [
        ("Anne Heche", "Marion Crane"), ("Julianne Moore", None), ("Vince Vaughn", "Norman Bates")]
    assert [(role, f.title, f.year) for role, f in fg.films_of("Alfred Hitchcock")] == [
        ("director", "Vertigo", 1958), ("director", "Psycho", 1960)]
    assert [(role, f.year) for role, f in fg.films_of("Heche Anne")] == \
        [("actor", 1990), ("actor", 1998)]
    facts = fg.reviews_of("Third Take")
    assert [(f.relation, f.value) for f in facts] == [
        ("castMember", "Anne Heche"), ("castMember", "Vince Vaughn"), ("influencedBy", "Vertigo"),
        ("remakeOf", "Second Take")]
    assert {f.review for f in facts} == {sources["third-take.txt"]}
    assert all(f.source == "third-take.txt" and f.confidence == 0.9 and f.evidence for f in facts)


def test_query_with_bindings(fg: FilmGraph) -> None:
    write_sample(fg)
    sparql = "PREFIX fg: <https://w3id.org/filmgraph/ontology#> SELECT DISTINCT ?f WHERE { ?f fg:title ?title ; fg:year ?year }"
    assert [str(r[0]) for r in fg.query(sparql, title="Psycho", year=1960).rows] == [film("Psycho", 1960)]
    assert len(fg.query(sparql, {"title": "Psycho"}, year=None)) == 2
    assert len(fg.query(sparql, title='Psycho" } ; DROP ALL ; #')) == 0
    assert fg.store.ask("ASK { ?f <https://w3id.org/filmgraph/ontology#year> ?y }", {"y": Literal(1940)})
    built = fg.store.construct("CONSTRUCT { ?f a ?t } WHERE { ?f a ?t ; <https://w3id.org/filmgraph/ontology#title> ?x }",
                               {"x": "Rebecca"})
    assert set(built) == {(URIRef(film("Rebecca", 1940)), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                           URIRef("https://w3id.org/filmgraph/ontology#Film"))}
    with pytest.raises(QueryError):
        fg.query("SELECT ?f WHERE { ?f ?p }")
    with pytest.raises(QueryError):
        fg.query("ASK { ?s ?p ?o }")


def test_remove_a_review(fg: FilmGraph, tmp_path: Path) -> None:
    sources = write_sample(fg)
    before = len(fg.store)
    third = sources["third-take.txt"]
    removed = fg.remove(third)
    assert removed is not None and removed.kind == "review" and removed.quads > 0
    assert URIRef(third) not in fg.store.graph_names()
    assert 0 < len(fg.store) < before
    assert _titles(fg.remakes_of("The Original", 1950)) == [("Second Take", 1970, 1), ("Another Take", 1985, 1)]
    with pytest.raises(FilmNotFound):
        fg.find_film("Third Take")
    assert fg.remove(third) is None
    # what other reviews said about the same films is untouched
    assert [c.name for c in fg.cast_of("Psycho", 1998)] == ["Anne Heche", "Julianne Moore", "Vince Vaughn"]


def test_reingest_is_idempotent(fg: FilmGraph) -> None:
    write_sample(fg)
    first = sorted(fg.store.quads(), key=repr)
    write_sample(fg)
    assert sorted(fg.store.quads(), key=repr) == first
    assert len(fg.store) == len(first)
    assert sorted(map(str, fg.store.graph_names())) == sorted({str(q[3]) for q in first if q[3] is not None})


def test_reingest_replaces_what_a_review_said(fg: FilmGraph) -> None:
    sample = REVIEWS[0]
    iri = write_review(fg, sample)
    from dataclasses import replace

    write_review(fg, replace(sample, cast=(("Vince Vaughn", "Norman"),), influences=()), source=sample.source)
    assert [(c.name, c.character) for c in fg.cast_of("Psycho", 1998)] == [("Vince Vaughn", "Norman")]
    assert fg.influences_of("Psycho", 1998) == []
    assert fg.store.graph_names() == [URIRef(iri)]


def test_ingest_text_through_the_extractor(fg: FilmGraph) -> None:
    report = fg.ingest_text("Psycho (1998) is a remake of Psycho (1960).", source="psycho.txt")
    assert report.reviews == 1 and report.ok
    again = fg.ingest_text("Psycho (1998) is a remake of Psycho (1960).", source="psycho.txt")
    assert again.unchanged == 1 and again.reviews == 0


def test_a_review_is_resolved_again_on_every_backend(fg: FilmGraph, tmp_path: Path) -> None:
    """A year-less mention read before its dated film ends on that film (see test_resolve_again.py)."""
    first, second = tmp_path / "cold-harbor.txt", tmp_path / "lantern-bay.txt"
    first.write_text("Cold Harbor Nights (2019)\nReviewed by Ines Falk\n\nCold Harbor Nights is a remake of the "
                     "Danish film Lantern Bay.\n", encoding="utf-8")
    second.write_text("Lantern Bay (1987)\nReviewed by Ines Falk\n\nLantern Bay is a cold mystery.\n", encoding="utf-8")
    fg.ingest(first)
    assert _titles(fg.remake_chain("Cold Harbor Nights", 2019)) == [("Lantern Bay", None, 1)]
    assert fg.ingest(second).resolved_again == 1
    assert _titles(fg.remake_chain("Cold Harbor Nights", 2019)) == [("Lantern Bay", 1987, 1)]


def test_quads_load_and_drop(fg: FilmGraph) -> None:
    data = (b'<http://example.org/a> <http://example.org/p> "one\\ntwo \\"q\\"" <http://example.org/g1> .\n'
            b'<http://example.org/a> <http://example.org/p> "x"@en <http://example.org/g2> .\n')
    fg.store.load(data, "nquads")
    assert len(fg.store) == 2
    assert sorted(map(str, fg.store.graph_names())) == ["http://example.org/g1", "http://example.org/g2"]
    (quad,) = fg.store.quads(URIRef("http://example.org/g1"))
    assert quad[2] == Literal('one\ntwo "q"') and quad[3] == URIRef("http://example.org/g1")
    fg.store.drop_graph(URIRef("http://example.org/g1"))
    fg.store.drop_graph(URIRef("http://example.org/never"))
    assert [q[2] for q in fg.store.quads()] == [Literal("x", lang="en")]
    graph = Graph(identifier=URIRef("http://example.org/g3"))
    graph.add((URIRef("http://example.org/b"), URIRef("http://example.org/p"), Literal('ends in \\"\nnewline\\"')))
    fg.store.replace_graph(graph)
    assert [q[2] for q in fg.store.quads(URIRef("http://example.org/g3"))] == [Literal('ends in \\"\nnewline\\"')]


# -- the SPARQL backend on its own -------------------------------------------------------------


def test_endpoint_urls() -> None:
    assert endpoint_urls("http://127.0.0.1:7878/") == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    assert endpoint_urls("http://127.0.0.1:7878/query") == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    assert endpoint_urls("http://h:3030/films/query") == (
        "http://h:3030/films/query", "http://h:3030/films/update", "http://h:3030/films/data")
    assert endpoint_urls("http://h:8890/sparql") == ("http://h:8890/sparql", "http://h:8890/sparql", None)
    assert endpoint_urls("http://h:8890/sparql", "http://h:8890/sparql-auth") == (
        "http://h:8890/sparql", "http://h:8890/sparql-auth", None)
    with pytest.raises(StoreError):
        endpoint_urls("ftp://h/sparql")


def test_unreachable_endpoint_is_a_store_error() -> None:
    store = open_store("http://127.0.0.1:9")
    assert isinstance(store, SparqlBackend)
    for call in (lambda: store.select("SELECT * WHERE { ?s ?p ?o }"), lambda: len(store),
                 lambda: store.drop_graph(URIRef("http://example.org/g")),
                 lambda: store.replace_graph(Graph(identifier=URIRef("http://example.org/g")))):
        with pytest.raises(StoreError, match="cannot reach"):
            call()


def test_user_agent_and_timeout_are_kept(oxigraph_server: str) -> None:
    store = SparqlBackend(oxigraph_server, user_agent="filmgraph-test/1", timeout=5)
    assert (store.user_agent, store.timeout) == ("filmgraph-test/1", 5)
    assert store.ask("ASK {}")
