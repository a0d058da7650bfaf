"""Importing RDF files: good files round-trip, hostile or broken ones store nothing."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from filmgraph import FilmGraph
from filmgraph.cli import app
from filmgraph.errors import RDFError

from ..conftest import DATA_REVIEWS

BAD = {
    "entity.rdf": '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
                  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
                  '<rdf:Description rdf:about="http://example.org/a"><ex:p>&secret;</ex:p></rdf:Description></rdf:RDF>',
    "remote-context.jsonld": '{"@context": "http://schema.org/", "@id": "http://example.org/a", "name": "x"}',
    "last-line.ttl": '<http://example.org/a> <http://example.org/p> "x" .\n' * 50
                     + '<http://example.org/b> <http://example.org/p> "y"\n',
    "films.csv": "title,year\nPsycho,1960\n",
}


@pytest.fixture
def graph():
    with FilmGraph.open(":memory:") as fg:
        fg.ingest(DATA_REVIEWS / "psycho-1998.txt")
        yield fg


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_name_the_file_and_store_nothing(graph, tmp_path, name):
    path = tmp_path / name
    path.write_text(BAD[name], encoding="utf-8")
    before = sorted(graph.store.quads(), key=str)
    with pytest.raises(RDFError, match=name):
        graph.import_rdf(path)
    assert sorted(graph.store.quads(), key=str) == before


def test_export_then_import_gives_the_same_triples(graph, tmp_path):
    from rdflib import Graph

    out = tmp_path / "all.ttl"
    graph.export("turtle", out)
    with FilmGraph.open(":memory:") as fresh:
        count = fresh.import_rdf(out)
        assert count == len(Graph().parse(out, format="turtle"))
        assert fresh.remakes_of("Psycho", 1960)[0].year == 1998
        assert fresh.import_rdf(out) == count and len(fresh.store) == count  # replaced, not doubled


def test_cli_import_reports_errors_in_one_line(tmp_path):
    bad = tmp_path / "last-line.ttl"
    bad.write_text(BAD["last-line.ttl"], encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(bad), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and "last-line.ttl" in result.stderr and len(result.stderr.splitlines()) == 1
