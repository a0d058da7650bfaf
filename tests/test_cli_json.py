"""The JSON of path, stats and resolve, pinned key by key: scripts read these shapes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from filmgraph.api import FilmGraph
from filmgraph.cli import app

from .conftest import DATA_REVIEWS

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The bundled reviews and a catalog with two films a year apart (a suspected duplicate)."""
    folder = tmp_path_factory.mktemp("json")
    catalog = folder / "films.tsv"
    catalog.write_text("1\t/m/01\tPhone Booth\t2002\t\t\t{}\t{}\t{}\n2\t/m/02\tPhone Booth\t2003\t\t\t{}\t{}\t{}\n",
                       encoding="utf-8")
    location = str(folder / "store")
    assert runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", location, "--quiet"]).exit_code == 0
    assert runner.invoke(app, ["catalog", "import", str(catalog), "--store", location, "--quiet"]).exit_code == 0
    return location


def _json(*argv: str):
    result = runner.invoke(app, [*argv, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_path_json(store):
    shown = _json("path", "Hard Hit", "Speed", "--store", store)
    with FilmGraph.open(store, read_only=True) as graph:
        hops = graph.path_between("Hard Hit", "Speed")
    assert shown == [{"from": hop.source, "relation": hop.relation, "to": hop.target, "sentence": hop.sentence,
                      "review": hop.review, "file": hop.file, "evidence": hop.evidence, "confidence": hop.confidence}
                     for hop in hops]
    assert [list(hop) for hop in shown] == [["from", "relation", "to", "sentence", "review", "file", "evidence",
                                             "confidence"]] * 2


def test_stats_json(store):
    shown = _json("stats", "--store", store)
    with FilmGraph.open(store, read_only=True) as graph:
        counts = graph.stats()
        [suspect] = graph.suspected_duplicates()
    assert list(shown) == [*counts, "suspected_duplicates"]
    assert {name: shown[name] for name in counts} == counts
    assert shown["suspected_duplicates"] == [{"kind": suspect.kind, "iris": list(suspect.iris),
                                              "labels": list(suspect.labels), "reason": suspect.reason,
                                              "score": suspect.score}]
    assert list(shown["suspected_duplicates"][0]) == ["kind", "iris", "labels", "reason", "score"]
    assert _json("stats", "--store", store, "--no-duplicates") == counts


def test_resolve_json(store):
    shown = _json("resolve", "Phonebooth (2002)", "--store", store)
    with FilmGraph.open(store, read_only=True) as graph:
        decision = graph.resolve_candidates("Phonebooth (2002)")
    assert decision.chosen is not None
    assert list(shown) == ["title", "year", "iri", "chosen", "reason", "candidates"]
    assert shown == {"title": decision.title, "year": decision.year, "iri": decision.iri, "chosen": True,
                     "reason": decision.reason,
                     "candidates": [{"iri": c.iri, "title": c.title, "year": c.year, "score": c.score,
                                     "reason": c.reason, "chosen": c.iri == decision.chosen.iri}
                                    for c in decision.candidates]}
    unknown = _json("resolve", "Nothing Like It", "--store", store)
    assert unknown["chosen"] is False and unknown["candidates"] == []
