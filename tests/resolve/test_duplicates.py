"""Suspected duplicates (filmgraph.resolve.duplicates) and the `resolve` / `stats` commands."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from filmgraph.cli import app
from filmgraph.resolve.duplicates import find_duplicate_films, find_duplicate_people


def test_film_suspects() -> None:
    films = [("a", "Phone Booth", 2002), ("b", "Phone Booth", 2003), ("c", "Psycho", 1960), ("d", "Psycho", 1998),
             ("e", "Rocky II", 1979), ("f", "Rocky III", 1979), ("g", "Nirmalayam", 1973), ("h", "Nirmaalyam", 1973)]
    found = {(d.iris, d.reason.split(" (")[0]) for d in find_duplicate_films(films)}
    assert (("a", "b"), "same title, a year apart") in found
    assert (("g", "h"), "close spelling") in found
    assert not any({"c", "d"} <= set(iris) or {"e", "f"} <= set(iris) for iris, _ in found)


def test_people_suspects() -> None:
    people = [("p1", "Samuel L. Jackson"), ("p2", "Samuel Jackson"), ("p3", "S. Jackson"), ("p4", "Peter Jackson"),
              ("p5", "Jo Woo-jin"), ("p6", "Jo Woo-jn")]
    found = {d.iris for d in find_duplicate_people(people)}
    assert {("p1", "p2"), ("p1", "p3"), ("p2", "p3"), ("p5", "p6")} <= found
    assert not any("p4" in pair for pair in found)


def test_cli_resolve_and_stats(tmp_path: Path) -> None:
    catalog = tmp_path / "films.tsv"
    catalog.write_text("1\t/m/01\tPhone Booth\t2002\t\t\t{}\t{}\t{}\n2\t/m/02\tPhone Booth\t2003\t\t\t{}\t{}\t{}\n"
                       "3\t/m/03\tPsycho\t1960\t\t\t{}\t{}\t{}\n4\t/m/04\tPsycho\t1998\t\t\t{}\t{}\t{}\n",
                       encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(app, ["catalog", "import", str(catalog), "--store", store]).exit_code == 0
    result = runner.invoke(app, ["resolve", "Phonebooth (2002)", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["chosen"] and answer["reason"] == "one exact match (exact title)"
    assert [(c["year"], c["chosen"]) for c in answer["candidates"]] == [(2002, True)]
    result = runner.invoke(app, ["resolve", "psycho", "--store", store])
    assert result.exit_code == 0 and "ambiguous" in result.output and "1960" in result.output
    result = runner.invoke(app, ["stats", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    suspects = json.loads(result.output)["suspected_duplicates"]
    assert [s["reason"] for s in suspects] == ["same title, a year apart"]
    result = runner.invoke(app, ["stats", "--store", store])
    assert "suspected duplicates" in result.output and "Phone Booth (2002)" in result.output
