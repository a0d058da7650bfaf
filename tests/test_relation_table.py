"""Each relation of the table (filmgraph.relations) is held to its kinds by the SHACL shapes, and
sequelOf and parodies work end to end. That the table agrees with the ontology and the shapes is
tested in tests/test_ontology.py."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from typer.testing import CliRunner

from filmgraph import FilmGraph
from filmgraph.cli import app
from filmgraph.errors import FilmNotFound
from filmgraph.rdf.vocab import FG, ID
from filmgraph.relations import FILM_RELATIONS, RELATIONS, RelationInfo

TABLE = pytest.mark.parametrize("info", RELATIONS, ids=[r.name for r in RELATIONS])


def _two_nodes(kind: str) -> tuple[Graph, URIRef, URIRef]:
    """A film (1990) and a well-formed node of ``kind`` (a film of 1980, or a person)."""
    graph = Graph()
    film, other = ID["film/a-1990"], ID["film/b-1980"] if kind == "Film" else ID["person/c"]
    graph.add((film, RDF.type, FG.Film))
    graph.add((film, FG.title, Literal("A")))
    graph.add((film, FG.titleKey, Literal("a")))
    graph.add((film, FG.year, Literal(1990, datatype=XSD.integer)))
    graph.add((other, RDF.type, FG[kind]))
    if kind == "Film":
        graph.add((other, FG.title, Literal("B")))
        graph.add((other, FG.titleKey, Literal("b")))
        graph.add((other, FG.year, Literal(1980, datatype=XSD.integer)))
    else:
        graph.add((other, FG.name, Literal("C")))
    return graph, film, other


@TABLE
def test_a_relation_to_its_kind_conforms_and_to_another_kind_does_not(info: RelationInfo) -> None:
    pytest.importorskip("pyshacl")
    from filmgraph.rdf.shapes import conforms

    graph, film, other = _two_nodes(info.object)
    graph.add((film, FG[info.name], other))
    ok, report = conforms(graph)
    assert ok, report
    wrong, film, other = _two_nodes("Person" if info.object == "Film" else "Film")
    wrong.add((film, FG[info.name], other))
    assert not conforms(wrong)[0]


@pytest.mark.parametrize("info", FILM_RELATIONS, ids=[r.name for r in FILM_RELATIONS])
def test_no_film_relation_joins_a_film_to_itself(info: RelationInfo) -> None:
    pytest.importorskip("pyshacl")
    from filmgraph.rdf.shapes import conforms

    graph, film, _ = _two_nodes("Film")
    graph.add((film, FG[info.name], film))
    assert not conforms(graph)[0]


def test_a_sequel_before_the_film_it_follows_is_refused() -> None:
    pytest.importorskip("pyshacl")
    from filmgraph.rdf.shapes import conforms

    graph, film, earlier = _two_nodes("Film")
    graph.add((earlier, FG.sequelOf, film))
    ok, report = conforms(graph)
    assert not ok and "not a sequel to a film released after it" in report


# -- sequelOf and parodies, from review text to every output ----------------------------------

SEQUEL = ("MOTH HOUSE 2 (2006)\nReviewed by Ida Marsh\nMOTH HOUSE 2 is the sequel to MOTH HOUSE (2001), "
          "and a send-up of THE LAMPLIGHTER (1985). It is not a parody of NIGHT PORTER (1990).")
THIRD = "MOTH HOUSE 3 (2010)\nMOTH HOUSE 3 is a follow-up to MOTH HOUSE 2 (2006)."


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> FilmGraph:
    folder = tmp_path_factory.mktemp("moths")
    (folder / "moth-house-2.txt").write_text(SEQUEL, encoding="utf-8")
    (folder / "moth-house-3.txt").write_text(THIRD, encoding="utf-8")
    fg = FilmGraph.open(str(folder / "store"))
    fg.ingest(folder)
    return fg


def test_the_api_follows_sequels_and_parodies(graph: FilmGraph) -> None:
    assert [(f.title, f.year, f.depth) for f in graph.sequels_of("Moth House (2001)")] == \
        [("Moth House 2", 2006, 1), ("Moth House 3", 2010, 2)]
    assert [(f.title, f.depth) for f in graph.sequels_of("Moth House (2001)", direct=True)] == [("Moth House 2", 1)]
    assert [f.title for f in graph.related("Moth House 3", "sequelOf", direct=False)] == ["Moth House 2", "Moth House"]
    assert [(f.title, f.year) for f in graph.parodies_of("The Lamplighter")] == [("Moth House 2", 2006)]
    with pytest.raises(FilmNotFound):  # the denied parody is left out, and with it the only mention
        graph.parodies_of("Night Porter")
    said = graph.why("Moth House 2", "sequelOf", "Moth House (2001)").reviews
    assert [s.evidence for s in said] == ["MOTH HOUSE 2 is the sequel to MOTH HOUSE (2001), and a send-up of "
                                          "THE LAMPLIGHTER (1985)."]
    profile = graph.show("Moth House 2")
    assert [f.value for f in profile.sequel_of] == ["Moth House"] and [f.value for f in profile.sequels] == \
        ["Moth House 3"]
    assert [f.value for f in profile.parodies] == ["The Lamplighter"]
    assert graph.stats()["sequels"] == 2 and graph.stats()["parodies"] == 1


def test_the_graph_and_its_exports_hold_the_new_edges(graph: FilmGraph) -> None:
    edges = {(u.rsplit("/", 1)[1], k, v.rsplit("/", 1)[1]) for u, v, k in graph.to_networkx().edges(keys=True)}
    assert {("moth-house-2-2006", "sequelOf", "moth-house-2001"), ("moth-house-3-2010", "sequelOf", "moth-house-2-2006"),
            ("moth-house-2-2006", "parodies", "lamplighter-1985")} <= edges
    hops = graph.path_between("Moth House 3", "The Lamplighter")
    assert [str(hop) for hop in hops] == ["Moth House 3 is a sequel to Moth House 2",
                                         "Moth House 2 parodies The Lamplighter"]
    pytest.importorskip("pyshacl")
    from filmgraph.rdf.shapes import conforms

    for name in graph.store.graph_names():
        review = Graph()
        for s, p, o, _ in graph.store.quads(name):
            review.add((s, p, o))
        ok, report = conforms(review)
        assert ok, report


def test_the_cli_lists_and_explains_the_new_relations(tmp_path) -> None:
    runner = CliRunner()
    for name, text in (("moth-house-2.txt", SEQUEL), ("moth-house-3.txt", THIRD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    shown = json.loads(runner.invoke(app, ["extract", str(tmp_path / "moth-house-2.txt"), "--format", "json"]).stdout)
    assert [(f["title"], f["year"]) for f in shown["sequel_of"]] == [("Moth House", 2001)]
    assert [(f["title"], f["year"]) for f in shown["parodies"]] == [("The Lamplighter", 1985)]
    explained = runner.invoke(app, ["extract", str(tmp_path / "moth-house-2.txt"), "--explain"]).stdout
    assert "parodies       Night Porter (1990)  [left out: negation]" in explained
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(tmp_path), "--store", store, "--quiet"]).exit_code == 0
    listed = runner.invoke(app, ["related", "Moth House (2001)", "hasSequel", "--store", store, "--format", "json"])
    assert [(f["title"], f["depth"]) for f in json.loads(listed.stdout)] == [("Moth House 2", 1), ("Moth House 3", 2)]
    shown = runner.invoke(app, ["show", "Moth House 2", "--store", store]).stdout
    assert any(line.strip().startswith("followed by") and "Moth House 3 (2010)" in line for line in shown.splitlines())
    counts = json.loads(runner.invoke(app, ["stats", "--store", store, "--format", "json", "--no-duplicates"]).stdout)
    assert (counts["remakes"], counts["sequels"], counts["parodies"]) == (0, 2, 1)
    refused = runner.invoke(app, ["related", "Moth House", "director", "--store", store])
    assert refused.exit_code == 2 and "not a relation between films" in refused.output
