"""Commands that do exactly what they say, through the CLI: remove, import, ingest of missing or
empty paths, progress bars; and an interrupted ingest that, resumed, gives the graph of one run.

Each test here is a finding of the red-team trial (issue 16) or of a new user's trial (issue 14)
that once failed: ``remove`` of the catalog graph's IRI dropped the catalog while saying "no
such review"; an imported film could not be found by title nor the import removed; one missing
path stopped a whole ingest; a folder without reviews printed a table of zeros and exit 0.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmgraph.api import FilmGraph
from filmgraph.cli import app
from filmgraph.rdf.vocab import CATALOG_GRAPH

from ..conftest import DATA_REVIEWS
from .corpus import snapshot, write_corpus

runner = CliRunner()

_CATALOG = ("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,remake_wikidata_id\n"
            "Crimson Valley,1935,,Silent Harbor,1972,,Q1001,Q1002\n")
_FILMS_TTL = """@prefix fg: <https://w3id.org/filmgraph/ontology#> .
@prefix ex: <http://example.org/film/> .
ex:thistle a fg:Film ; fg:title "Marble Thistle" ; fg:alternateTitle "El cardo" ; fg:year 1950 .
ex:hollow a fg:Film ; fg:title "Copper Hollow" ; fg:year 2001 ; fg:remakeOf ex:thistle .
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the bundled reviews and a one-pair catalog, made through the CLI."""
    folder = tmp_path_factory.mktemp("template")
    location = str(folder / "store")
    assert runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", location]).exit_code == 0
    catalog = folder / "list.csv"
    catalog.write_text(_CATALOG, encoding="utf-8")
    assert runner.invoke(app, ["catalog", "import", str(catalog), "--store", location]).exit_code == 0
    return Path(location)


@pytest.fixture
def store(template: Path, tmp_path: Path) -> str:
    """A copy of the template store for one test."""
    shutil.copytree(template, tmp_path / "store")
    return str(tmp_path / "store")


def _quads(location: str) -> list:
    with FilmGraph.open(location) as graph:
        return snapshot(graph.store)


def test_remove_refuses_what_is_not_a_review_or_import(store: str) -> None:
    """The catalog and Wikidata graphs, a film, a foreign IRI; a name with a NUL byte, a byte that
    is not UTF-8 (as argv hands it over) or a line break: one line each, no traceback, nothing
    removed."""
    before = _quads(store)
    refused = [str(CATALOG_GRAPH), "https://w3id.org/filmgraph/id/graph/wikidata",
               "https://w3id.org/filmgraph/id/film/psycho-1960", "https://example.org/x"]
    for target in [*refused, "a\x00b.txt", "caf\udce9.txt", "line\nerror: forged.txt"]:
        result = runner.invoke(app, ["remove", target, "--store", store])
        assert result.exit_code == 1 and isinstance(result.exception, (SystemExit, type(None))), result.exception
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ")
        assert ("no review or import" in line and line.startswith(f"error: {target}: ")) if target in refused \
            else "nothing removed" in line
    assert _quads(store) == before, "remove changed the store while refusing"


def test_remove_says_what_it_removed_and_removes_only_that(store: str) -> None:
    review = DATA_REVIEWS / "psycho-1998.txt"
    before = _quads(store)
    result = runner.invoke(app, ["remove", str(review), "--store", store])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"removed review {review}: graph <https://w3id.org/filmgraph/id/review/")
    graph_iri = result.stdout.split("<", 1)[1].split(">", 1)[0]
    assert [q for q in before if q[3] != f"<{graph_iri}>"] == _quads(store)
    again = runner.invoke(app, ["remove", str(review), "--store", store])
    assert again.exit_code == 1 and "nothing removed" in again.stderr


def test_imported_films_are_found_by_title_and_the_import_removed(store: str, tmp_path: Path) -> None:
    films = tmp_path / "films.ttl"
    films.write_text(_FILMS_TTL, encoding="utf-8")
    before = _quads(store)
    assert runner.invoke(app, ["import", str(films), "--store", store]).exit_code == 0
    remakes = runner.invoke(app, ["remakes", "Marble Thistle", "--store", store, "--format", "json"])
    assert remakes.exit_code == 0, remakes.output
    assert '"Copper Hollow"' in remakes.stdout
    shown = runner.invoke(app, ["show", "El cardo", "--store", store])  # by its alternate title too
    assert shown.exit_code == 0 and "Marble Thistle" in shown.stdout, shown.output
    removed = runner.invoke(app, ["remove", str(films), "--store", store])
    assert removed.exit_code == 0 and removed.stdout.startswith(f"removed import {films}: ")
    assert _quads(store) == before
    assert runner.invoke(app, ["remakes", "Marble Thistle", "--store", store]).exit_code == 1


def test_missing_paths_are_named_and_the_rest_goes_in(tmp_path: Path) -> None:
    location = str(tmp_path / "store")
    missing = [tmp_path / "nope.txt", tmp_path / "gone"]
    result = runner.invoke(app, ["ingest", str(missing[0]), str(DATA_REVIEWS), str(missing[1]), "--store", location])
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {path}: no such file or folder" for path in missing]
    with FilmGraph.open(location) as graph:
        assert graph.stats()["reviews"] == len(list(DATA_REVIEWS.glob("*.txt")))


def test_a_folder_without_reviews_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.png").write_bytes(b"\x89PNG\r\n")
    result = runner.invoke(app, ["ingest", str(empty), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.stdout == "", "a table of zeros was printed"
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {empty}: no reviews found in {empty}")


@pytest.mark.parametrize("command", ["ingest", "import", "catalog"])
def test_progress_shows_count_and_rate_in_a_terminal_only(tmp_path: Path, command: str) -> None:
    """Rich draws the bar when stderr is a terminal (FORCE_COLOR makes the runner's one count as
    such); --quiet, or stderr that is not a terminal, draws none."""
    if command == "ingest":
        write_corpus(tmp_path / "reviews", 3)
        args, done = ["ingest", str(tmp_path / "reviews")], "3/3"
    elif command == "import":
        (tmp_path / "many.nt").write_text("".join(f'<http://example.org/{n}> <http://example.org/p> "{n}" .\n'
                                                  for n in range(1_200)), encoding="utf-8")
        args, done = ["import", str(tmp_path / "many.nt")], "1000"
    else:
        (tmp_path / "list.csv").write_text(_CATALOG, encoding="utf-8")
        args, done = ["catalog", "import", str(tmp_path / "list.csv")], "loading the catalog"
    terminal = {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "120"}
    shown = runner.invoke(app, [*args, "--store", str(tmp_path / "a")], env=terminal)
    assert shown.exit_code == 0 and done in shown.stderr and "/s" in shown.stderr, shown.stderr[-400:]
    quiet = runner.invoke(app, [*args, "--store", str(tmp_path / "b"), "--quiet"], env=terminal)
    piped = runner.invoke(app, [*args, "--store", str(tmp_path / "c")])
    for result in (quiet, piped):
        assert result.exit_code == 0 and "/s" not in result.stderr and "\x1b[?25l" not in result.stderr


# -- resuming an interrupted ingest --------------------------------------------------------------

def _folder_to_resume(tmp_path: Path, shared: Path | None) -> Path:
    """The bundled reviews, and where ../shared is beside the project, two critics' reviews of the
    1994 "Miracle on 34th Street": the first names it without a year, the second brings the 1947
    film, so the first must be resolved again once the second is in."""
    folder = tmp_path / "reviews"
    shutil.copytree(DATA_REVIEWS, folder)
    critics = shared / "data" / "reviews" / "critics" if shared is not None else None
    if critics is not None and critics.is_dir():
        shutil.copy(critics / "steve-rhodes" / "6566.txt", folder / "miracle-a-6566.txt")
        shutil.copy(critics / "james-berardinelli" / "3068.txt", folder / "miracle-b-3068.txt")
    return folder


@pytest.fixture
def resumable(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[Path, list]:
    """A folder of reviews and the quads of one uninterrupted ingest of it."""
    from ..conftest import SHARED

    folder = _folder_to_resume(tmp_path, SHARED if SHARED.is_dir() else None)
    with FilmGraph.open(":memory:") as graph:
        graph.ingest(folder)
        return folder, snapshot(graph.store)


def test_a_prefix_then_the_whole_folder_gives_the_graph_of_one_run(resumable: tuple[Path, list], tmp_path: Path) -> None:
    folder, one_run = resumable
    files = sorted(folder.iterdir())
    for cut in (1, len(files) // 2, len(files) - 1):
        with FilmGraph.open(":memory:") as graph:
            assert graph.ingest(files[:cut]).ok and graph.ingest(folder).ok
            assert snapshot(graph.store) == one_run, f"ingesting {cut} files first gave another graph"


def test_an_ingest_stopped_after_any_review_resumes_to_the_graph_of_one_run(resumable: tuple[Path, list],
                                                                         tmp_path: Path) -> None:
    """Stopped as Ctrl-C stops it: after a review is stored, before the reviews that named its
    film without a year are resolved again."""
    folder, one_run = resumable
    files = sorted(folder.iterdir())
    # the first, the one that brings a dated film others named without its year, and the last
    for stop_after in sorted({1, len(files), *(n + 1 for n, path in enumerate(files) if "miracle-b" in path.name)}):
        done = 0

        def interrupt(_: Path, stop_after: int = stop_after) -> None:
            nonlocal done
            done += 1
            if done == stop_after:
                raise KeyboardInterrupt

        with FilmGraph.open(":memory:") as graph:
            with pytest.raises(KeyboardInterrupt):
                graph.ingest(folder, on_progress=interrupt)
            graph.ingest(folder)
            assert snapshot(graph.store) == one_run, f"stopped after {stop_after} reviews, resumed to another graph"
