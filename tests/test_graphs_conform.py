"""Every kind of graph FilmGraph produces conforms to the SHACL shapes (``ontology/shapes.ttl``).

The rest of the suite runs without SHACL validation (pySHACL took half the suite's time); the
tests here validate, explicitly, what each producer writes:

* review ingest: every review graph stored by an ingest of the bundled reviews with
  ``validate=True``, odd reviews ingested with it, and that validation on ingest (``validate=True``
  or ``$FILMGRAPH_VALIDATE``) keeps a broken graph out;
* catalog import: the catalog graph (remake list, CMU and Vega files);
* Wikidata links: the links graph with the films it is about (needs the oxigraph server);
* the RDF dump (TriG), read back: the union of its graphs.

The shapes themselves (valid and broken hand-made graphs) are tested in tests/test_ontology.py,
and the writer's graph of each bundled and seed review in tests/rdf/test_writer.py.
``FILMGRAPH_VALIDATE=1 python -m pytest`` still validates every review graph any test ingests.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS, XSD

from filmgraph import FilmGraph
from filmgraph.errors import ValidationError
from filmgraph.rdf.shapes import conforms
from filmgraph.rdf.vocab import CATALOG_GRAPH, FG, WD, WDT

from .conftest import DATA_REVIEWS

pytest.importorskip("pyshacl")

# A catalog the bundled reviews resolve against: remakes, a CMU line and Vega entries.
REMAKES = ("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
           "remake_wikidata_id\nShichinin no samurai,1954,,The Magnificent Seven,1960,,,\n"
           "Psycho,1960,,Psycho,1998,,Q163038,Q1136790\nYojimbo,1961,,Last Man Standing,1996,,,\n")
CMU = "975900\t/m/03vyhn\tGhosts of Mars\t2001-08-24\t14010832\t98.0\t{}\t{}\t{}\n"
VEGA = [{"Title": "Jaws", "Release Date": "Jun 20 1975", "Director": "Steven Spielberg", "Major Genre": "Adventure"},
        {"Title": "A Fistful of Dollars", "Release Date": "Jan 18 1967", "Director": "Sergio Leone",
         "Major Genre": "Western"}]


def assert_conforms(graph: Graph, what: str) -> None:
    assert len(graph), f"{what}: empty graph"
    ok, report = conforms(graph)
    assert ok, f"{what} does not conform to ontology/shapes.ttl:\n{report}"


def _graph(fg: FilmGraph, name: URIRef) -> Graph:
    graph = Graph(identifier=name)
    for s, p, o, _ in fg.store.quads(name):
        graph.add((s, p, o))
    return graph


def _wikidata(base: str) -> None:
    """A Wikidata-shaped graph of a few of the films on the local server at ``base``."""
    graph = Graph()
    films = {"Q57": ("Seven Samurai", "Shichinin no samurai", 1954), "Q58": ("The Magnificent Seven", None, 1960),
             "Q163038": ("Psycho", None, 1960), "Q1136790": ("Psycho", None, 1998)}
    for qid, (label, alternate, year) in films.items():
        graph.add((WD[qid], WDT.P31, WD.Q11424))
        graph.add((WD[qid], RDFS.label, Literal(label, lang="en")))
        if alternate:
            graph.add((WD[qid], SKOS.altLabel, Literal(alternate, lang="en")))
        graph.add((WD[qid], WDT.P577, Literal(f"{year}-06-01T00:00:00Z", datatype=XSD.dateTime)))
    graph.add((WD.Q58, WDT.P144, WD.Q57))
    graph.add((WD.Q1136790, WDT.P144, WD.Q163038))
    request = urllib.request.Request(f"{base}/store?default", data=graph.serialize(format="nt").encode(),
                                     headers={"Content-Type": "application/n-triples"}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 201, 204)


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FilmGraph]:
    """One embedded store that the producers write to: catalogs imported, then the bundled reviews
    ingested with validation on (and, in test_wikidata_links_conform, the films linked)."""
    folder = tmp_path_factory.mktemp("produced")
    (folder / "remakes.csv").write_text(REMAKES, encoding="utf-8")
    (folder / "movie.metadata.tsv").write_text(CMU, encoding="utf-8")
    (folder / "movies.json").write_text(json.dumps(VEGA), encoding="utf-8")
    with FilmGraph.open(folder / "store", validate=True) as fg:
        for name in ("remakes.csv", "movie.metadata.tsv", "movies.json"):
            fg.import_catalog(folder / name)
        report = fg.ingest(DATA_REVIEWS)
        assert report.ok, report.failed  # a review graph that broke a shape would be listed here
        assert report.reviews == len(list(DATA_REVIEWS.glob("*.txt")))
        yield fg


def _review_graphs(fg: FilmGraph) -> list[URIRef]:
    return sorted(name for name in fg.store.graph_names() if "/review/" in str(name))


def test_ingested_review_graphs_conform(produced: FilmGraph) -> None:
    """What the store holds for each review, read back, conforms (not only what was about to be written)."""
    names = _review_graphs(produced)
    assert len(names) == len(list(DATA_REVIEWS.glob("*.txt")))
    for name in names:
        assert_conforms(_graph(produced, name), f"review graph {name}")


def test_seed_reviews_ingested_with_validation(shared: Path) -> None:
    fg = FilmGraph.open(":memory:", validate=True)
    report = fg.ingest(shared / "seeds")
    assert report.ok and report.reviews, report.failed


# Odd reviews whose graphs are the likeliest to break a shape: quotes and braces in titles and
# names, invisible characters, long runs, cast lists, years at the edges of the allowed range.
ODD_REVIEWS = {
    "injection.txt": 'SILENT "HARBOR\\" } ; DROP ALL ; # (1972)\nReviewed by Ann "Lee } \n\n'
                     'Silent "Harbor\\" }} ; CLEAR ALL ; # is a remake of <Crimson> Valley\\u0022 (1935).',
    "invisible.txt": "SILENT HARBOR (1972)\n\n\u202eReversed\u202c \u200bZero\u200d Width \ufeff (1958) \U0001f3ac.",
    "cast.txt": "SILENT HARBOR (1972)\n\nstarring " + ", ".join(f"John Smith{i} (Bob Jones{i})" for i in range(60)),
    "capitals.txt": "THE " + "GREAT " * 60 + "(1994)\n\n" + "The Great " * 40 + "is a remake of Big (1888).",
    "years.txt": "OLD HARBOR (1895)\n\nOld Harbor (1895) is a remake of Older Harbor (1066), and "
                 "Future Harbor (2999) remakes it; it owes a debt to Harbor Lights (1894).",
    "parens.txt": "SILENT HARBOR (1972)\n\n" + "(" * 200 + "Vertigo (1958)" + ")" * 200,
}


@pytest.mark.parametrize("name", sorted(ODD_REVIEWS))
def test_odd_reviews_ingest_with_validation(name: str) -> None:
    fg = FilmGraph.open(":memory:", validate=True)
    report = fg.ingest_text(ODD_REVIEWS[name], source=name)
    assert report.ok and report.reviews == 1, report.failed


def test_catalog_graph_conforms(produced: FilmGraph) -> None:
    catalog = _graph(produced, CATALOG_GRAPH)
    assert (None, FG.remakeOf, None) in catalog
    assert_conforms(catalog, "the catalog graph")


def test_rdf_dump_conforms(produced: FilmGraph) -> None:
    """The TriG dump, read back, holds every graph of the store, and their union conforms: the
    catalog's films with what the reviews say of them."""
    from filmgraph.export.rdfdump import generate_rdf

    dataset = Dataset()
    dataset.parse(data=generate_rdf(produced.store, "trig"), format="trig")
    dumped = {graph.identifier for graph in dataset.graphs() if len(graph)}
    assert set(produced.store.graph_names()) <= dumped
    assert CATALOG_GRAPH in dumped
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(union) >= len({(s, p, o) for s, p, o, _ in produced.store.quads()})
    assert_conforms(union, "the RDF dump (union of its graphs)")


def test_wikidata_links_conform(produced: FilmGraph, module_oxigraph_server: str) -> None:
    """Links to a local Wikidata-shaped endpoint: the links graph with the films it is about (the
    links graph alone types no node, so the shapes would target nothing in it) conforms."""
    from filmgraph.resolve.link import LINK_GRAPH

    _wikidata(module_oxigraph_server)
    report = produced.link(f"{module_oxigraph_server}/query", use_cache=False, rate_limit=0)
    assert {link.qid for link in report.links} == {"Q57", "Q58"}  # the Psycho pair is linked by the catalog
    links = _graph(produced, URIRef(LINK_GRAPH))
    assert len(links) >= 6 and (None, FG.alternateTitle, Literal("Shichinin no samurai")) in links
    union = Graph()
    for s, p, o, _ in produced.store.quads():
        union.add((s, p, o))
    assert_conforms(union, "the catalog, review and Wikidata links graphs together")


def test_validation_on_ingest_keeps_a_broken_graph_out(monkeypatch) -> None:
    """With validation on (``validate=True`` or ``$FILMGRAPH_VALIDATE``), a review graph that breaks
    a shape is reported and not stored; with it off, it is stored."""
    import filmgraph.ingest
    from filmgraph.rdf.writer import review_graph

    def broken(resolved):
        graph = review_graph(resolved)
        for film in set(graph.subjects(FG.title, None)):
            graph.add((film, FG.year, Literal("nineteen sixty")))  # a year as a string
        return graph

    monkeypatch.setattr(filmgraph.ingest, "review_graph", broken)
    text = "Psycho (1998)\n\nPsycho (1998) is a remake of Psycho (1960).\n"
    monkeypatch.setenv("FILMGRAPH_VALIDATE", "1")
    for fg in (FilmGraph.open(":memory:"), FilmGraph.open(":memory:", validate=True)):
        report = fg.ingest_text(text, source="p.txt")
        assert report.reviews == 0 and "does not conform" in report.failed[0]
        [error] = report.errors  # names the review; its cause is the shapes' own error
        assert isinstance(error, ValidationError) and isinstance(error.__cause__, ValidationError)
        assert str(error) == f"p.txt: {error.__cause__}"
        assert len(fg.store) == 0
    monkeypatch.delenv("FILMGRAPH_VALIDATE")
    fg = FilmGraph.open(":memory:")
    assert not fg.validate
    assert fg.ingest_text(text, source="p.txt").reviews == 1
