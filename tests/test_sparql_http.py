"""The one SPARQL HTTP client (filmgraph.sparql_http): what it sends, and how it names each failure,
against a loopback server and a real `oxigraph serve`."""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from filmgraph.errors import StoreError
from filmgraph.sparql_http import SparqlHttp, SparqlRequestError


class _Scripted(BaseHTTPRequestHandler):
    """Answers every request as ``server.answer`` says: (status, headers, body, bytes actually sent)."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.server.seen.append((self.command, self.path, dict(self.headers), self.rfile.read(length)))
        status, headers, body, cut = self.server.answer
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body[:cut])
        self.close_connection = True

    do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    server.seen, server.answer = [], (200, {}, b"", 0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


def test_a_query_is_a_form_post_with_the_agent_and_accept_asked_for(server) -> None:
    body = b'{"head": {"vars": []}, "boolean": true}'
    server.answer = (200, {"Content-Type": "application/sparql-results+json; charset=utf-8"}, body, len(body))
    client = SparqlHttp(f"{server.url}/query", f"{server.url}/update", user_agent="filmgraph-test/1")
    answer = client.send("ASK {}", "ASK", "application/sparql-results+json")
    assert answer == (body, "application/sparql-results+json")
    client.send("DROP SILENT GRAPH <urn:x:g>", "DROP")
    (method, path, headers, sent), (_, update_path, _, update) = server.seen
    assert (method, path, headers["User-Agent"], headers["Accept"]) == ("POST", "/query", "filmgraph-test/1",
                                                                      "application/sparql-results+json")
    assert urllib.parse.parse_qs(sent.decode()) == {"query": ["ASK {}"]}
    assert update_path == "/update" and urllib.parse.parse_qs(update.decode()) == {"update": ["DROP SILENT GRAPH <urn:x:g>"]}


@pytest.mark.parametrize("status, headers, body, cut, kind, transient, words", [
    (400, {}, b"Parse error:\n  line 1", None, "rejected", False, "HTTP 400 Bad Request: Parse error: line 1"),
    (404, {}, b"", None, "refused", False, "HTTP 404 Not Found"),
    (403, {}, b"no", None, "refused", False, "HTTP 403 Forbidden: no"),
    (500, {}, b"boom", None, "busy", True, "HTTP 500 Internal Server Error: boom"),
    (503, {"Retry-After": "7"}, b"", None, "busy", True, "HTTP 503 Service Unavailable"),
    (429, {}, b"", None, "busy", True, "HTTP 429 Too Many Requests"),
    (200, {"Content-Type": "application/sparql-results+json"}, b'{"results": ' + b" " * 100, 20, "broken", True,
     "broken answer (IncompleteRead"),
])
def test_each_failure_is_named(server, status, headers, body, cut, kind, transient, words) -> None:
    server.answer = (status, headers, body, len(body) if cut is None else cut)
    client = SparqlHttp(f"{server.url}/sparql", user_agent="filmgraph-test/1", timeout=5)
    with pytest.raises(SparqlRequestError) as caught:
        client.send("SELECT * WHERE { ?s ?p ?o }", "SELECT", "application/sparql-results+json")
    error = caught.value
    assert isinstance(error, StoreError) and (error.kind, error.transient) == (kind, transient)
    assert str(error).startswith(f"{server.url}/sparql: ") and words in str(error) and "\n" not in str(error)
    assert error.retry_after == headers.get("Retry-After")


def test_graph_data_goes_to_the_graph_store(server) -> None:
    server.answer = (204, {}, b"", 0)
    client = SparqlHttp(f"{server.url}/query", user_agent="filmgraph-test/1")
    client.send_data("PUT", f"{server.url}/store?graph=urn%3Ax%3Ag", b"<urn:x:a> <urn:x:b> <urn:x:c> .\n",
                     "application/n-triples")
    method, path, headers, sent = server.seen[0]
    assert (method, path, headers["Content-Type"], sent) == ("PUT", "/store?graph=urn%3Ax%3Ag", "application/n-triples",
                                                             b"<urn:x:a> <urn:x:b> <urn:x:c> .\n")
    server.answer = (400, {}, b"bad  data", 9)
    with pytest.raises(SparqlRequestError, match="HTTP 400 Bad Request: bad data") as caught:
        client.send_data("POST", f"{server.url}/store", b"x", "application/n-triples")
    assert caught.value.kind == "rejected"


def test_a_real_endpoint_answers_and_rejects(oxigraph_server: str) -> None:
    client = SparqlHttp(f"{oxigraph_server}/query", f"{oxigraph_server}/update", user_agent="filmgraph-test/1")
    client.send('INSERT DATA { <urn:x:a> <urn:x:b> "x\\n\\\\\\"" }', "INSERT")
    body, media_type = client.send("SELECT ?o WHERE { ?s ?p ?o }", "SELECT", "application/sparql-results+json")
    assert media_type == "application/sparql-results+json" and b'"x\\n\\\\\\""' in body
    with pytest.raises(SparqlRequestError) as caught:
        client.send("SELECT WHERE {", "SELECT", "application/sparql-results+json")
    assert caught.value.kind == "rejected" and caught.value.detail
