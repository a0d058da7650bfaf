"""`filmgraph link` against a hostile Wikidata-shaped endpoint: a real HTTP server on 127.0.0.1.

Each answer below once gave a traceback or a run without end (issue 16): a ``Retry-After`` of a
day was honoured up to 5 minutes a try, a server that never answers held the run, and JSON that
is not SPARQL results (or a body cut off) raised KeyError or IncompleteRead. Now each ends the
run in one line naming the endpoint, within the ``--deadline``, with the store unchanged.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmgraph.api import FilmGraph
from filmgraph.cli import app
from filmgraph.resolve.link import MAX_RETRY_AFTER, QueryCache, SparqlClient, lookup_query

from .corpus import snapshot

runner = CliRunner()
_CATALOG = ("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,remake_wikidata_id\n"
            "Crimson Valley,1935,,Silent Harbor,1972,,,\n")
#: A request still unanswered after this long is released when the test ends.
_HANG = 10.0


class _Hostile(BaseHTTPRequestHandler):
    """Answers every POST as ``server.mode`` says: (status, headers, body, bytes actually sent)."""

    def do_POST(self) -> None:  # the http.server API names it
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests += 1
        mode = self.server.mode
        if mode == "hang":
            self.server.release.wait(_HANG)
            return
        status, headers, body, cut = mode
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body[:cut])
        self.wfile.flush()
        self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endpoint():
    """A hostile endpoint on a free loopback port; set ``.mode`` before use."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    server.requests, server.release, server.mode = 0, threading.Event(), "hang"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """A store of two catalog films to link, and its quads."""
    folder = tmp_path_factory.mktemp("link")
    (folder / "list.csv").write_text(_CATALOG, encoding="utf-8")
    with FilmGraph.open(folder / "store") as graph:
        graph.import_catalog(folder / "list.csv")
        return folder / "store", snapshot(graph.store)


@pytest.fixture
def store(template: tuple[Path, list], tmp_path: Path) -> tuple[str, list]:
    shutil.copytree(template[0], tmp_path / "store")
    return str(tmp_path / "store"), template[1]


def _json(body: object, status: int = 200, content_type: str = "application/sparql-results+json"):
    data = json.dumps(body).encode()
    return status, {"Content-Type": content_type}, data, len(data)


#: mode of the endpoint, words the one error line must hold
ANSWERS = {
    "retry-after-a-day": ((503, {"Retry-After": "86400"}, b"busy", 4), "deadline of 1 s passed"),
    "never-answers": ("hang", "deadline of 1 s passed"),
    "cut-off-body": ((200, {"Content-Type": "application/sparql-results+json"}, b'{"results": {"bindings": [' + b" " * 500, 30),
                     "IncompleteRead"),
    "html-page": ((200, {"Content-Type": "text/html"}, b"<html><body>Service unavailable</body></html>", 46),
                  "not SPARQL JSON results (got a bytes)"),
    "a-list": (_json([]), "not SPARQL JSON results (got JSON that is not an object)"),
    "null": (_json(None), "not SPARQL JSON results (got JSON that is not an object)"),
    "results-a-list": (_json({"results": []}), "not SPARQL JSON results"),
    "bindings-an-object": (_json({"results": {"bindings": {}}}), "not SPARQL JSON results"),
    "row-a-number": (_json({"results": {"bindings": [1]}}), "not SPARQL JSON results"),
    "term-a-string": (_json({"results": {"bindings": [{"item": "Q1", "label": "Crimson Valley"}]}}),
                      "not SPARQL JSON results"),
    "value-a-number": (_json({"results": {"bindings": [{"item": {"type": "uri", "value": 5}}]}}),
                       "not SPARQL JSON results"),
    "no-results": (_json({"head": {"vars": []}}), "not SPARQL JSON results (got an object with 'head')"),
}


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_link_ends_in_one_line_within_its_deadline(endpoint, store: tuple[str, list], tmp_path: Path, name: str) -> None:
    location, before = store
    endpoint.mode, words = ANSWERS[name]
    started = time.monotonic()
    result = runner.invoke(app, ["link", "--endpoint", endpoint.url, "--store", location, "--cache", str(tmp_path / "cache"),
                                 "--deadline", "1"])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {endpoint.url}: ") and words in line, line
    assert elapsed < 3.0, f"{name}: the run took {elapsed:.1f} s past a 1 s deadline"
    with FilmGraph.open(location) as graph:
        assert snapshot(graph.store) == before
    cache = QueryCache(tmp_path / "cache")
    try:
        assert cache._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0, "a bad answer was cached"
    finally:
        cache.close()


def test_retry_after_is_capped(endpoint) -> None:
    """A server asking for a day's wait gets :data:`MAX_RETRY_AFTER` seconds, then the next try."""
    endpoint.mode = ANSWERS["retry-after-a-day"][0]
    waits: list[float] = []
    client = SparqlClient(endpoint.url, rate_limit=0.0, retries=2, sleep=waits.append)
    with pytest.raises(Exception, match="HTTP 503") as caught:
        client.select(lookup_query([]))
    assert "\n" not in str(caught.value)
    assert waits == [MAX_RETRY_AFTER, MAX_RETRY_AFTER] and endpoint.requests == 3
