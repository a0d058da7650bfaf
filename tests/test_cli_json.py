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


def test_catalog_import_json(tmp_path):
    catalog = tmp_path / "remakes.csv"
    catalog.write_text("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                       "remake_wikidata_id\nPsycho,1960,,Psycho,1998,,,\n", encoding="utf-8")
    location = str(tmp_path / "store")
    shown = _json("catalog", "import", str(catalog), "--store", location, "--quiet")
    assert list(shown) == ["source", "format", "films", "new_films", "remakes", "quads", "seconds",
                           "quads_per_second", "resolved_again", "warnings"]
    assert (shown["format"], shown["films"], shown["new_films"], shown["remakes"], shown["resolved_again"],
            shown["warnings"]) == ("remakes", 2, 2, 1, 0, [])
    assert shown["source"] == str(catalog) and shown["quads"] > 0
    assert shown["quads_per_second"] == (round(shown["quads"] / shown["seconds"]) if shown["seconds"]
                                         else float(shown["quads"]))
    written = _json("catalog", "import", str(catalog), "--store", location, "--quiet", "--warnings",
                    str(tmp_path / "w.txt"))
    assert list(written)[-1] == "warnings_file" and written["warnings_file"] == str(tmp_path / "w.txt")


def test_link_json(tmp_path, monkeypatch):
    """The link command's JSON, from a run's report (the run itself is tested in tests/resolve)."""
    from filmgraph.resolve.link import Link, LinkReport

    report = LinkReport("http://127.0.0.1:9/query", films=3, not_found=1, requests=2, cache_hits=1, seconds=0.5,
                        links=[Link("https://w3id.org/filmgraph/id/film/psycho-1960", "Psycho", 1960, "Q163038", 97.5,
                                    "title and year")],
                        ambiguous=["Heat: Q1 or Q2"],
                        remakes=[("https://w3id.org/filmgraph/id/film/psycho-1998",
                                  "https://w3id.org/filmgraph/id/film/psycho-1960")])
    monkeypatch.setattr(FilmGraph, "link", lambda graph, *args, **options: report)
    location = str(tmp_path / "store")
    FilmGraph.open(location).close()
    shown = _json("link", "--store", location, "--quiet")
    assert shown == {"endpoint": "http://127.0.0.1:9/query", "films": 3, "linked": 1, "ambiguous": 1, "not_found": 1,
                     "remake_edges": 1, "requests": 2, "cache_hits": 1, "seconds": 0.5,
                     "links": [{"film": "https://w3id.org/filmgraph/id/film/psycho-1960", "title": "Psycho",
                                "year": 1960, "wikidata": "Q163038", "score": 97.5, "reason": "title and year"}],
                     "ambiguous_films": ["Heat: Q1 or Q2"]}
    assert list(shown) == ["endpoint", "films", "linked", "ambiguous", "not_found", "remake_edges", "requests",
                           "cache_hits", "seconds", "links", "ambiguous_films"]
    result = runner.invoke(app, ["link", "--store", location, "--quiet"])
    assert result.stdout.splitlines() == [f"{name:<14}{value}" for name, value in [
        ("endpoint", "http://127.0.0.1:9/query"), ("films", 3), ("linked", 1), ("ambiguous", 1), ("not_found", 1),
        ("remake_edges", 1), ("requests", 2), ("cache_hits", 1), ("seconds", 0.5)]]
