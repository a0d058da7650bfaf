"""The command line, driven in-process: the contracts of extract, ingest, remakes, query, export."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from filmgraph.cli import app

from .conftest import DATA_REVIEWS

runner = CliRunner()


@pytest.fixture
def store(tmp_path):
    location = str(tmp_path / "store")
    result = runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", location, "--quiet"])
    assert result.exit_code == 0, result.output
    return location


def test_extract_json_contract(seed_review):
    result = runner.invoke(app, ["extract", str(seed_review), "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert set(shown["film"]) >= {"title", "year", "countries", "directors", "writers"}
    for key in ("remake_of", "influences", "cast"):
        assert isinstance(shown[key], list)
    assert set(shown["reviewer"]) >= {"name", "location"}


def test_extract_turtle_is_rdf(seed_review):
    from rdflib import Graph

    result = runner.invoke(app, ["extract", str(seed_review), "--format", "turtle"])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 10


def test_ingest_summary_and_remakes_json(store):
    result = runner.invoke(app, ["remakes", "Seven Samurai", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert {(f["title"], f["year"], f["depth"]) for f in shown} >= {("The Magnificent Seven", 1960, 1),
                                                                      ("The Magnificent Seven", 2016, 2)}
    assert all(f["iri"].startswith("https://") for f in shown)


def test_ambiguous_title_is_an_error_listing_candidates(store):
    result = runner.invoke(app, ["remakes", "Psycho", "--store", store])
    assert result.exit_code == 1
    assert "1960" in result.stderr and "1998" in result.stderr


def test_query_file_with_param_binds_a_term(store):
    result = runner.invoke(app, ["query", "queries/remakes_of.rq", "--param", "title=Seven Samurai",
                                 "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert {b["remakeTitle"]["value"] for b in bindings} == {"The Magnificent Seven"}


def test_query_expression_csv(store):
    result = runner.invoke(app, ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?r a ?type }", "--store", store,
                                 "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("n\n")


def test_ingest_bad_file_exits_non_zero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(bad), "--store", str(tmp_path / "s"), "--quiet"])
    assert result.exit_code == 1 and "bad.txt" in result.stderr


def test_remove_then_stats(store):
    target = str(DATA_REVIEWS / "psycho-1998.txt")
    assert runner.invoke(app, ["remove", target, "--store", store]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["stats", "--store", store, "--format", "json"]).stdout)
    assert shown["reviews"] == len(list(DATA_REVIEWS.glob("*.txt"))) - 1
