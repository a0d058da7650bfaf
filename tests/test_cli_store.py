"""The store a command uses: how it is found (--store, $FILMGRAPH_STORE, filmgraph.toml, the
default), what a read does when it is missing, and sharing it between real processes (readers
beside serve and beside a writer; a second writer told who holds the store)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmgraph.api import FilmGraph
from filmgraph.cli import app
from filmgraph.store import StoreLocation, find_store_location
from filmgraph.store.oxigraph import HOLDER_FILE

from .conftest import DATA_REVIEWS, ROOT

runner = CliRunner()
FILMGRAPH = [sys.executable, "-m", "filmgraph"]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    """A store of the bundled reviews, written once for the module's readers."""
    location = tmp_path_factory.mktemp("bundled") / "films.oxigraph"
    result = runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", str(location), "--quiet"])
    assert result.exit_code == 0, result.output
    return location


@pytest.fixture
def nowhere(tmp_path, monkeypatch) -> Path:
    """An empty working folder, with no $FILMGRAPH_STORE."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FILMGRAPH_STORE", raising=False)
    return tmp_path


def _films(output: str) -> list[tuple[str, int]]:
    return [(film["title"], film["year"]) for film in json.loads(output)]


def test_a_project_config_names_the_store_for_every_subfolder(bundled, nowhere, monkeypatch):
    (nowhere / "filmgraph.toml").write_text(f'[store]\nlocation = "{bundled.name}"\n', encoding="utf-8")
    (nowhere / bundled.name).symlink_to(bundled)
    deep = nowhere / "notes" / "2024"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = runner.invoke(app, ["remakes", "Retribution (2015)", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert ("Hard Hit", 2021) in _films(result.stdout)
    assert find_store_location().origin == f"from {nowhere / 'filmgraph.toml'}"


def test_the_environment_comes_before_the_config_and_the_option_before_both(bundled, nowhere, monkeypatch):
    (nowhere / "filmgraph.toml").write_text('[store]\nlocation = "configured.oxigraph"\n', encoding="utf-8")
    assert find_store_location() == StoreLocation(str(nowhere / "configured.oxigraph"), f"from {nowhere / 'filmgraph.toml'}")
    monkeypatch.setenv("FILMGRAPH_STORE", str(bundled))
    assert find_store_location() == StoreLocation(str(bundled), StoreLocation.ENVIRONMENT)
    assert find_store_location("other") == StoreLocation(str(nowhere / "other"), StoreLocation.GIVEN)
    assert runner.invoke(app, ["stats", "--no-duplicates"]).exit_code == 0


def test_a_missing_configured_store_is_named_with_its_config(nowhere):
    (nowhere / "filmgraph.toml").write_text('[store]\nlocation = "shared/films.oxigraph"\n', encoding="utf-8")
    result = runner.invoke(app, ["show", "Psycho"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line
    assert str(nowhere / "shared" / "films.oxigraph") in line
    assert f"from {nowhere / 'filmgraph.toml'}" in line
    assert sorted(p.name for p in nowhere.iterdir()) == ["filmgraph.toml"]


def test_the_default_store_is_named_with_how_it_was_chosen(nowhere):
    result = runner.invoke(app, ["remakes", "X"])
    assert result.exit_code == 1
    assert f"no store at {nowhere / 'filmgraph.oxigraph'} (the default location)" in result.stderr
    result = runner.invoke(app, ["remakes", "X", "--store", "typo.oxigraph"])
    assert f"no store at {nowhere / 'typo.oxigraph'} (from --store)" in result.stderr
    assert list(nowhere.iterdir()) == []


@pytest.mark.parametrize("config", ['[store]\nlocation = 3\n', 'store = "films.oxigraph"\n', "[store\n"])
def test_a_bad_config_is_one_line_naming_it(nowhere, config):
    (nowhere / "filmgraph.toml").write_text(config, encoding="utf-8")
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {nowhere / 'filmgraph.toml'}: ")
    assert "Traceback" not in result.output


def test_reading_leaves_the_store_folder_as_it_was(bundled):
    before = sorted(p.name for p in bundled.iterdir())
    for argv in (["stats"], ["show", "Psycho (1960)"], ["top"], ["path", "Hard Hit", "Speed"]):
        assert runner.invoke(app, [*argv, "--store", str(bundled)]).exit_code == 0
    assert sorted(p.name for p in bundled.iterdir()) == before


def test_a_stale_writer_record_does_not_stop_a_writer(tmp_path, seed_review):
    location = tmp_path / "films.oxigraph"
    assert runner.invoke(app, ["ingest", str(seed_review), "--store", str(location), "--quiet"]).exit_code == 0
    (location / HOLDER_FILE).write_text(json.dumps({"pid": 2**22 + 1, "command": "filmgraph ingest"}), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", str(location), "--quiet"])
    assert result.exit_code == 0, result.output
    assert not (location / HOLDER_FILE).exists()


def test_a_holder_that_left_no_record_is_still_one_clear_line(tmp_path):
    store = tmp_path / "films.oxigraph"
    with FilmGraph.open(store):  # the writer, here in this process; its record removed, as another program has none
        (store / HOLDER_FILE).unlink()
        result = runner.invoke(app, ["import", str(ROOT / "ontology" / "filmgraph.ttl"), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: the store at {store} is being written by another process; read commands work "
                             "meanwhile, and this one can run when that process has finished\n")


def _run(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([*FILMGRAPH, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _answers(processes: list[subprocess.Popen]) -> list[tuple[int, str, str]]:
    """Each process's exit status, stdout and stderr, once it has finished."""
    outputs = [process.communicate(timeout=60) for process in processes]
    return [(process.returncode, *output) for process, output in zip(processes, outputs)]


def test_readers_and_a_writer_share_a_store_with_serve_running(bundled, tmp_path, seed_review):
    store = tmp_path / "films.oxigraph"
    shutil.copytree(bundled, store)  # a copy, as this test writes to it
    server = _run("serve", "--store", str(store), "--port", "0")
    holder = None
    try:
        ready = server.stderr.readline()
        assert "SPARQL endpoint: http://127.0.0.1:" in ready, ready
        endpoint = ready.split()[2]
        readers = [_run("remakes", "Retribution", "--year", "2015", "--store", str(store), "--format", "json"),
                   _run("show", "Psycho (1998)", "--store", str(store), "--format", "json"),
                   _run("stats", "--store", str(store), "--format", "json", "--no-duplicates")]
        (remade, out, err), (shown, profile, _), (counted, counts, _) = _answers(readers)
        assert remade == 0, err
        assert {("Hard Hit", 2021), ("Retribution", 2023)} <= set(_films(out))
        assert shown == 0 and [(f["value"], f["year"]) for f in json.loads(profile)["remake_of"]] == [("Psycho", 1960)]
        assert counted == 0 and json.loads(counts)["reviews"] == len(list(DATA_REVIEWS.iterdir()))

        # serve holds no lock: an ingest writes beside it, and the endpoint still answers
        writer = _run("ingest", str(seed_review), "--store", str(store), "--quiet")
        (written, _, err), = _answers([writer])
        assert written == 0, err
        query = urllib.parse.urlencode({"query": "ASK { ?film a <https://w3id.org/filmgraph/ontology#Film> }"})
        with urllib.request.urlopen(f"{endpoint}?{query}", timeout=10) as answer:
            assert json.load(answer)["boolean"] is True

        # while a writer holds the store, readers still answer and a second writer is told who holds it
        hold = ("import sys; from filmgraph.api import FilmGraph; sys.argv = ['held-by-test']; "
                "graph = FilmGraph.open(sys.stdin.readline().strip()); print('holding', flush=True); sys.stdin.readline()")
        holder = subprocess.Popen([sys.executable, "-c", hold], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holder.stdin.write(f"{store}\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "holding"
        (blocked, _, refusal), (read, out, _) = _answers([
            _run("ingest", str(seed_review), "--store", str(store), "--quiet"),
            _run("remakes", "Retribution", "--year", "2015", "--store", str(store), "--format", "json")])
        assert blocked == 1
        assert refusal.count("\n") == 1 and "Traceback" not in refusal
        assert f"process {holder.pid} (held-by-test)" in refusal
        assert read == 0 and ("Hard Hit", 2021) in _films(out)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if holder is not None:
            holder.stdin.close()
            holder.wait(timeout=30)
