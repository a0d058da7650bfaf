"""Shared fixtures: paths to ../shared, a real Oxigraph SPARQL server on 127.0.0.1, stores.

SHACL validation: FilmGraph validates each review graph before storing it only when asked
(``validate=True`` or ``$FILMGRAPH_VALIDATE``). The suite does not set it globally (pySHACL took
about half of the suite's time); tests/test_graphs_conform.py validates, explicitly, a graph of each
kind FilmGraph produces (review ingest, catalog import, Wikidata links, the RDF dump), and
tests/test_ontology.py tests the shapes. ``FILMGRAPH_VALIDATE=1 python -m pytest`` validates every
review graph that any test ingests, as the suite used to.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA_REVIEWS = ROOT / "data" / "reviews"


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Undo a global switch that matplotlib flips when the PNG export tests import it.

    matplotlib's mathtext turns on pyparsing's packrat cache for the whole process; rdflib parses
    SPARQL with pyparsing, and with the cache on every query on an rdflib store took about twice
    as long (and far more in a long run, from the cache's garbage), so the test modules after the
    export tests ran slower than they do alone. Parsing gives the same answers either way.
    """
    from pyparsing import ParserElement

    if getattr(ParserElement, "_packratEnabled", False):
        ParserElement.disable_memoization()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the project; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def seed_review(shared: Path) -> Path:
    return shared / "seeds" / "hard-hit-review.txt"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_oxigraph_server(location: Path | None = None, *, read_only: bool = False) -> tuple[subprocess.Popen, str]:
    """Start ``oxigraph serve`` on a free loopback port; return the process and its base URL."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (pip package 'oxigraph') is not installed")
    port = _free_port()
    command = [binary, "serve-read-only" if read_only else "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        command += ["--location", str(location)]
    if not read_only:
        command.append("--union-default-graph")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited: {process.stderr.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("oxigraph serve did not answer within 30 s")


def stop_server(process: subprocess.Popen, timeout: float = 10) -> None:
    """Stop a server a test started: ask it to, then kill it if it has not stopped in ``timeout`` s."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty read-write Oxigraph SPARQL server on 127.0.0.1; yields its base URL
    (query endpoint ``{base}/query``, update ``{base}/update``, graph store ``{base}/store``)."""
    process, base = start_oxigraph_server(tmp_path / "server-store")
    try:
        yield base
    finally:
        stop_server(process)


@pytest.fixture(scope="module")
def module_oxigraph_server() -> Iterator[str]:
    """An empty in-memory Oxigraph SPARQL server on 127.0.0.1, shared by one test module."""
    process, base = start_oxigraph_server(None)
    try:
        yield base
    finally:
        stop_server(process)
