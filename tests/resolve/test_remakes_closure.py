"""After importing the remake list, `remakes` of every original is exactly the transitive closure of
the list's pairs, computed here with networkx from the file itself."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

from filmgraph.api import FilmGraph
from filmgraph.resolve.names import split_title_year


@pytest.fixture(scope="module")
def rows(shared: Path) -> list[dict[str, str]]:
    with open(shared / "data" / "catalog" / "wikipedia-remakes.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture(scope="module")
def graph(shared: Path) -> FilmGraph:
    fg = FilmGraph.open(":memory:")
    fg.import_catalog(shared / "data" / "catalog" / "wikipedia-remakes.csv")
    return fg


def _film(title: str, year: str) -> tuple[str, int]:
    bare, given = split_title_year(title)
    return (bare if given in (None, int(year)) else " ".join(title.split())), int(year)


def test_remakes_are_the_transitive_closure(rows: list[dict[str, str]], graph: FilmGraph) -> None:
    # Each (title, year) of the file is one film: find it in the graph, and check no two share a node.
    films = {_film(r[side], r[f"{side}_year"]) for r in rows for side in ("original", "remake")}
    iri = {film: graph.find_film(*film).iri for film in sorted(films)}
    assert len(set(iri.values())) == len(films)
    expected = nx.DiGraph()
    expected.add_edges_from((iri[_film(r["original"], r["original_year"])], iri[_film(r["remake"], r["remake_year"])])
                            for r in rows)
    originals = sorted({_film(r["original"], r["original_year"]) for r in rows})
    assert len(originals) > 500
    for title, year in originals:
        start = iri[(title, year)]
        depths = nx.single_source_shortest_path_length(expected, start)
        found = graph.remakes_of(title, year)
        assert {f.iri: f.depth for f in found} == {n: d for n, d in depths.items() if n != start}, (title, year)


def test_cli_remakes_for_an_original(graph: FilmGraph, shared: Path, tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from filmgraph.cli import app

    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(app, ["catalog", "import", str(shared / "data" / "catalog" / "wikipedia-remakes.csv"),
                               "--store", store]).exit_code == 0
    result = runner.invoke(app, ["remakes", "A Star Is Born", "--year", "1937", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sorted(f["year"] for f in json.loads(result.output)) == [1954, 1976, 2018]
