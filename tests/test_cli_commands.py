"""The commands as a user meets them: family, path, top, export and formats driven through the
CLI, titles with their years in every message, "Title (YEAR)" wherever a title goes, --version,
examples that name real files, and SELECT results that iterate."""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import sys
from pathlib import Path

import networkx as nx
import pytest
import typer.main
from rdflib import Graph, Literal
from typer.testing import CliRunner

from filmgraph import __version__
from filmgraph.api import FilmGraph
from filmgraph.cli import app
from filmgraph.errors import AmbiguousTitle, FilmNotFound
from filmgraph.export import EXPORTERS

from .conftest import DATA_REVIEWS, ROOT

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """The bundled reviews, ingested once for the module (every command here only reads)."""
    location = str(tmp_path_factory.mktemp("commands") / "films.oxigraph")
    result = runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", location, "--quiet"])
    assert result.exit_code == 0, result.output
    return location


def _run(store: str, *argv: str):
    return runner.invoke(app, [*argv, "--store", store])


def test_suggestions_keep_case_and_years(store):
    result = _run(store, "remakes", "Seven Samurrai")
    assert result.exit_code == 1
    assert "did you mean: Seven Samurai (1954)" in result.stderr


@pytest.mark.parametrize("argv, shown", [
    (["remakes", "Seven Samurai (1954)"], "The Magnificent Seven"),
    (["family", "Psycho (1960)"], "└── Psycho (1998)"),
    (["show", "Psycho (1998)"], "Psycho (1998)  <https://"),
    (["path", "Psycho (1998)", "Psycho (1960)"], "Psycho (1998) remakes Psycho (1960)"),
])
def test_a_title_may_carry_its_year_in_brackets(store, argv, shown):
    result = _run(store, *argv)
    assert result.exit_code == 0, result.output
    assert shown in result.stdout


def test_family_prints_the_tree_from_the_original(store):
    result = _run(store, "family", "The Magnificent Seven", "--year", "2016")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["Seven Samurai (1954)", "└── The Magnificent Seven (1960)",
                                          "    └── The Magnificent Seven (2016)"]


def test_a_path_from_a_film_to_itself_says_so(store):
    result = _run(store, "path", "Speed", "Speed (1994)")
    assert result.exit_code == 1
    assert result.stderr == "error: Speed (1994) is both ends; a path joins two different films\n"


def test_errors_name_films_by_title_not_iri(store):
    unjoined = _run(store, "path", "Psycho (1960)", "Yojimbo")
    assert unjoined.exit_code == 1
    assert "Psycho (1960)" in unjoined.stderr and "Yojimbo (1961)" in unjoined.stderr
    ambiguous = _run(store, "remakes", "Psycho")
    assert ambiguous.exit_code == 1
    assert 'write "Title (YEAR)" to choose: Psycho (1960); Psycho (1998)' in ambiguous.stderr
    for result in (unjoined, ambiguous):
        assert "https://" not in result.stderr


def test_library_errors_name_no_command_line_option(store):
    with FilmGraph.open(store, read_only=True) as graph:
        with pytest.raises(AmbiguousTitle) as ambiguous:
            graph.remakes_of("Psycho")
        with pytest.raises(FilmNotFound) as missing:
            graph.show("Psycho", 1961)
    for error in (ambiguous.value, missing.value):
        assert "--" not in str(error)
    assert str(ambiguous.value) == "'Psycho' names 2 films: Psycho (1960); Psycho (1998)"


def test_library_lookups_take_the_year_in_brackets_too(store):
    with FilmGraph.open(store, read_only=True) as graph:
        assert graph.cast_of("Psycho (1998)") == graph.cast_of("Psycho", 1998) != []
        assert graph.reviews_of("Psycho (1960)") == graph.reviews_of("Psycho", 1960) != []
        assert [f.year for f in graph.other_remakes("The Magnificent Seven (2016)")] == [1960]


def test_top_prints_scores_that_differ_and_films_with_years(store):
    result = _run(store, "top", "-k", "5")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    scores = []
    for line in lines:
        match = re.fullmatch(r" *(\d\.\d{3}e-\d\d)  (.+) \((\d{4})\)", line)
        assert match, line
        scores.append(float(match.group(1)))
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
    by_degree = _run(store, "top", "--by", "in_degree", "-k", "2")
    assert [line.split()[0] for line in by_degree.stdout.splitlines()] == ["2", "2"]
    assert _run(store, "top", "--by", "betweenness").exit_code == 2


def test_top_says_why_a_film_has_no_year(tmp_path):
    review = tmp_path / "cold-harbor.txt"
    review.write_text("Cold Harbor Nights (2019)\nReviewed by Ines Falk\n\nCold Harbor Nights is a remake of the "
                      "Danish film Lantern Bay.\n", encoding="utf-8")
    location = str(tmp_path / "films.oxigraph")
    assert runner.invoke(app, ["ingest", str(review), "--store", location, "--quiet"]).exit_code == 0
    result = _run(location, "top", "--by", "in_degree", "-k", "1")
    assert result.stdout.split(None, 1)[1] == "Lantern Bay (year unknown)\n"
    assert "1 of these without a year" in result.stderr and "filmgraph resolve" in result.stderr


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"filmgraph {__version__}\n"


def test_formats_lists_each_format_with_the_aliases_export_takes(store, tmp_path):
    result = runner.invoke(app, ["formats"])
    assert result.exit_code == 0
    listed = {line.split()[0]: line.split(None, 1)[1].split(", ") if " " in line.strip() else []
              for line in result.stdout.splitlines()}
    assert sorted(listed) == EXPORTERS.names()
    assert "ttl" in listed["turtle"] and "gv" in listed["dot"]
    out = tmp_path / "films.ttl"
    assert _run(store, "export", "--format", "ttl", "--out", str(out)).exit_code == 0
    assert len(Graph().parse(out, format="turtle")) > 0


def test_export_around_a_film_writes_its_neighbourhood(store, tmp_path):
    out = tmp_path / "retribution.graphml"
    result = _run(store, "export", "--format", "graphml", "--out", str(out), "--around", "Retribution (2015)",
                  "--depth", "1", "--relations", "remakeOf")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {out}\n"
    labels = sorted(data.get("label") for _, data in nx.read_graphml(out).nodes(data=True))
    assert labels == ["Hard Hit", "Retribution", "Retribution"]


def test_the_png_install_hint_is_the_readmes(store, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the pictures extra were not installed
    result = _run(store, "export", "--format", "png", "--out", str(tmp_path / "films.png"))
    assert result.exit_code == 1
    hint = re.search(r"pip install \S+", result.stderr).group()
    assert f"`{hint}`" in (ROOT / "README.md").read_text(encoding="utf-8")


def _example_lines() -> list[str]:
    """Every filmgraph command line shown in a command's --help and in the README's bash blocks."""
    group = typer.main.get_command(app)
    commands = [*group.commands.values(), *group.commands["catalog"].commands.values()]
    lines = [line.strip().removeprefix("Example: ") for command in commands
             for line in (command.help or "").splitlines() if line.strip().startswith("Example: ")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```bash\n(.*?)```", readme, re.DOTALL):
        lines += [line for line in block.splitlines() if line.startswith("filmgraph ")]
    return lines


def _named_inputs(line: str) -> list[str]:
    """The files and folders a command line reads: path-like words, but not what --out writes."""
    words = shlex.split(line, comments=True)
    return [word for before, word in zip(["", *words], words)
            if before not in ("--out", "-o") and not word.startswith("-") and "://" not in word and "=" not in word
            and ("/" in word or re.search(r"\.(txt|md|html|ttl|rq|csv|tsv|gz|json|nt)$", word))]


def test_examples_name_files_that_exist():
    lines = _example_lines()
    assert len(lines) > 20
    named = [(line, word) for line in lines for word in _named_inputs(line)]
    assert ("filmgraph import ontology/filmgraph.ttl", "ontology/filmgraph.ttl") in named
    missing = [(line, word) for line, word in named if not (ROOT / word).exists()]
    assert missing == []


def test_bench_scale_writes_the_committed_results_only_when_asked():
    spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "benchmarks" / "bench_scale.py")
    bench_scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_scale)
    assert bench_scale.parse_arguments([]).out is None
    assert bench_scale.parse_arguments(["--write"]).out == ROOT / "benchmarks" / "RESULTS.md"
    assert bench_scale.parse_arguments(["--out", "quick.md"]).out == Path("quick.md")


def test_select_results_iterate_as_rows_and_match_the_query_command(store):
    sparql = ("SELECT DISTINCT ?film ?year WHERE { ?film <https://w3id.org/filmgraph/ontology#titleKey> ?key ; "
              "<https://w3id.org/filmgraph/ontology#year> ?year } ORDER BY ?year")
    with FilmGraph.open(store, read_only=True) as graph:
        result = graph.query(sparql, key="psycho")
    rows = list(result)
    assert [(str(row.film).rsplit("/", 1)[1], row["year"]) for row in rows] == [
        ("psycho-1960", Literal(1960)), ("psycho-1998", Literal(1998))]
    assert dict(rows[0]) == {"film": rows[0].film, "year": Literal(1960)}
    with pytest.raises(AttributeError, match="no variable 'title'"):
        _ = rows[0].title
    shown = _run(store, "query", "-e", sparql, "--param", "key=psycho", "--format", "json")
    assert json.loads(shown.stdout) == result.to_json()
    assert result.to_json()["results"]["bindings"][1]["year"]["value"] == "1998"
    csv = _run(store, "query", "-e", sparql, "--param", "key=psycho", "--format", "csv")
    assert csv.stdout == result.to_csv()
    assert result.to_csv().splitlines()[0] == "film,year"


@pytest.mark.parametrize("argv, status", [
    (["query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--param", "title"], 2),
    (["query", "-e", "not sparql"], 1),
    (["query", "-e", "ASK { ?s ?p ?o }"], 1),
    (["export", "--format", "graphml", "--out", "{tmp}/o.graphml", "--relations", "bogus"], 1),
    (["export", "--format", "graphml", "--out", "{tmp}/no/such/folder/o.graphml"], 1),
    (["remakes", "Psycho", "--year", "99999999999999999999"], 1),
    (["show", ""], 1),
    (["top", "-k", "0"], 2),
    (["family", "Psycho", "--year", "1960s"], 2),
])
def test_a_bad_value_is_a_message_not_a_traceback(store, tmp_path, argv, status):
    result = _run(store, *(word.replace("{tmp}", str(tmp_path)) for word in argv))
    assert result.exit_code == status, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and result.stderr.strip()


# --sources: who states each remake link, from the same provenance as `why` (fact_claims.rq).
_M7_1960 = "data/reviews/the-magnificent-seven-1960.txt (by Tomás Ridley)"
_M7_2016 = "data/reviews/the-magnificent-seven-2016.txt (by Ingrid Halvorsen)"


def test_remakes_sources_name_the_review_stating_each_link(store, monkeypatch):
    monkeypatch.chdir(ROOT)  # review files inside the working folder are shown relative to it
    result = runner.invoke(app, ["remakes", "Seven Samurai", "--sources", "--store", store], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[3].strip(): line for line in result.stdout.splitlines() if "w3id.org" in line}
    assert rows.keys() == {"1960", "2016"}
    assert rows["1960"].split("│")[5].strip() == _M7_1960
    assert rows["2016"].split("│")[5].strip() == _M7_2016  # the link to 1960 that puts it at depth 2
    plain = runner.invoke(app, ["remakes", "Seven Samurai", "--store", store], env={"COLUMNS": "250"})
    assert "sources" in result.stdout.splitlines()[2] and "sources" not in plain.stdout


def test_remakes_json_sources_extend_each_row(store):
    plain = json.loads(_run(store, "remakes", "Seven Samurai", "--format", "json").stdout)
    result = _run(store, "remakes", "Seven Samurai", "--format", "json", "--sources")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert [{k: v for k, v in row.items() if k != "sources"} for row in shown] == plain  # every old key, unchanged
    first, second = shown
    [link] = first["sources"]
    assert (link["relation"], link["object"]["title"], link["object"]["year"]) == ("remakeOf", "Seven Samurai", 1954)
    [review] = link["reviews"]
    assert review["source"] == str(DATA_REVIEWS / "the-magnificent-seven-1960.txt")
    assert review["reviewer"] == "Tomás Ridley" and "remake of Seven Samurai" in review["evidence"]
    assert link["sources"] == []  # no catalog states it
    [link] = second["sources"]
    assert link["object"]["iri"] == first["iri"]
    assert link["reviews"][0]["source"] == str(DATA_REVIEWS / "the-magnificent-seven-2016.txt")


def test_family_sources_follow_each_remake(store, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    result = _run(store, "family", "The Magnificent Seven", "--year", "2016", "--sources")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["Seven Samurai (1954)", f"└── The Magnificent Seven (1960)  [{_M7_1960}]",
                                          f"    └── The Magnificent Seven (2016)  [{_M7_2016}]"]
    monkeypatch.chdir(tmp_path)  # outside the folder the files lie in: their full paths
    lines = _run(store, "family", "Yojimbo", "--sources").stdout.splitlines()
    assert lines[1] == f"├── A Fistful of Dollars (1964)  [{DATA_REVIEWS / 'a-fistful-of-dollars-1964.txt'} (by Priya Lindqvist)]"
