"""The API against a real Virtuoso server on 127.0.0.1, started by the test (skipped where
Virtuoso is not installed: Debian's ``virtuoso-opensource``).

Virtuoso 7.2 refuses some queries whose VALUES block opens the WHERE group (error SP031); the
SPARQL backend then sends them with the block closing the group, and keeps doing so.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the shared helpers

from filmgraph.api import FilmGraph
from tests.conftest import stop_server

from store.sample_graph import write_sample

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")

pytestmark = pytest.mark.skipif(VIRTUOSO is None or ISQL is None, reason="Virtuoso is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _config(folder: Path, sql_port: int, http_port: int) -> str:
    return f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Virtuoso on loopback ports; yields its SPARQL endpoint URL."""
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(_config(folder, sql_port, http_port), encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{http_port}/sparql"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.skip(f"Virtuoso did not start: {(folder / 'virtuoso.log').read_text(errors='replace')[-300:]}")
            try:
                with urllib.request.urlopen(f"{endpoint}?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.skip("Virtuoso did not answer within 90 s")
                time.sleep(0.5)
        # Updates through /sparql need the anonymous SPARQL user to hold SPARQL_UPDATE; this
        # server listens on loopback only and lives for this module.
        subprocess.run([ISQL, str(sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        yield endpoint
    finally:
        stop_server(process, timeout=30)


@pytest.fixture(scope="module")
def graphs(virtuoso: str) -> Iterator[tuple[FilmGraph, FilmGraph]]:
    """The sample graph on Virtuoso and, for the expected answers, in an embedded store."""
    remote, local = FilmGraph.open(virtuoso, validate=False), FilmGraph.open(":memory:", validate=False)
    write_sample(remote)
    write_sample(local)
    yield remote, local
    local.close()


def _films(found: list) -> list[tuple[str, int | None, int | None]]:
    return [(f.iri, f.year, f.depth) for f in found]


def test_look_ups_with_a_year_answer_as_the_embedded_store(graphs: tuple[FilmGraph, FilmGraph]) -> None:
    remote, local = graphs
    assert remote.find_film("Psycho", 1960) == local.find_film("Psycho", 1960)
    assert _films(remote.remakes_of("Psycho", 1960)) == _films(local.remakes_of("Psycho", 1960)) != []
    assert _films(remote.remake_chain("Third Take", 1990)) == _films(local.remake_chain("Third Take", 1990))
    assert remote.cast_of("Psycho", 1998) == local.cast_of("Psycho", 1998)


def test_the_fallback_placement_is_kept(graphs: tuple[FilmGraph, FilmGraph]) -> None:
    remote, _ = graphs
    remote.find_film("Psycho", 1998)
    if not remote.store.values_at_end:
        pytest.skip("this Virtuoso takes the VALUES block at the start of the group")
    assert remote.find_film("Psycho", 1998).year == 1998


def test_look_ups_without_a_year(graphs: tuple[FilmGraph, FilmGraph]) -> None:
    remote, local = graphs
    assert _films(remote.remakes_of("The Original")) == _films(local.remakes_of("The Original"))
    assert remote.reviews_of("Vertigo") == local.reviews_of("Vertigo")
