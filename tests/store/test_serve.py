"""``filmgraph serve``: a read-only SPARQL 1.1 Protocol endpoint, exercised with SPARQLWrapper."""

from __future__ import annotations

import csv
import gc
import io
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the shared helpers

from filmgraph.api import FilmGraph
from filmgraph.serve import ServeSettings, make_server
from tests.conftest import stop_server

from store.sample_graph import film, write_sample

FG = "PREFIX fg: <https://w3id.org/filmgraph/ontology#> "
REMAKES = FG + "SELECT DISTINCT ?remake ?title WHERE { ?remake fg:remakeOf <%s> ; fg:title ?title } ORDER BY ?title"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[tuple[str, FilmGraph]]:
    fg = FilmGraph.open(":memory:")
    write_sample(fg)
    server = make_server(fg.store, port=0, settings=ServeSettings(timeout=2.0, max_results=50))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql", fg
    server.shutdown()
    server.server_close()


def _client(url: str, query: str, fmt=JSON, method=None) -> SPARQLWrapper:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setOnlyConneg(True)
    if method == "post":
        client.setMethod(POST)
    elif method == "direct":
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
    return client


@pytest.mark.parametrize("method", [None, "post", "direct"])
def test_select_by_get_form_and_body(endpoint, method) -> None:
    url, _ = endpoint
    result = _client(url, REMAKES % film("The Original", 1950), JSON, method).queryAndConvert()
    assert result["head"]["vars"] == ["remake", "title"]
    assert [b["title"]["value"] for b in result["results"]["bindings"]] == ["Another Take", "Second Take"]


def test_formats_by_content_negotiation(endpoint) -> None:
    url, _ = endpoint
    query = REMAKES % film("The Original", 1950)
    xml = _client(url, query, XML).queryAndConvert()
    assert sorted(n.firstChild.data for n in xml.getElementsByTagName("literal")) == ["Another Take", "Second Take"]
    rows = list(csv.reader(io.StringIO(_client(url, query, CSV).queryAndConvert().decode())))
    assert rows == [["remake", "title"], [film("Another Take", 1985), "Another Take"],
                    [film("Second Take", 1970), "Second Take"]]
    tsv = _client(url, query, TSV).queryAndConvert().decode().splitlines()
    assert tsv[0] == "?remake\t?title" and tsv[1] == f'<{film("Another Take", 1985)}>\t"Another Take"'
    assert _client(url, FG + "ASK { ?f fg:title 'Vertigo' }", JSON).queryAndConvert() == {"head": {}, "boolean": True}
    graph = _client(url, FG + "CONSTRUCT { ?f fg:title ?t } WHERE { ?f fg:title ?t ; fg:year 1940 }",
                    TURTLE).queryAndConvert()
    assert b"Rebecca" in graph


def test_the_default_graph_is_the_union(endpoint) -> None:
    url, fg = endpoint
    result = _client(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == len(fg.store)


def _raw(url: str, data: bytes | None = None, content_type: str | None = None, accept: str | None = None):
    request = urllib.request.Request(url, data=data)
    if content_type:
        request.add_header("Content-Type", content_type)
    if accept:
        request.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_updates_are_refused(endpoint) -> None:
    url, fg = endpoint
    before = len(fg.store)
    drop = "DROP ALL"
    assert _raw(url, f"update={drop}".encode(), "application/x-www-form-urlencoded")[0] == 403
    assert _raw(url + "?update=DROP%20ALL")[0] == 403
    assert _raw(url, drop.encode(), "application/sparql-update")[0] == 403
    status, message = _raw(url, drop.encode(), "application/sparql-query")
    assert status == 400 and "updates are refused" in message
    client = SPARQLWrapper(url, updateEndpoint=url)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    client.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError):
        client.query()
    with pytest.raises(urllib.error.HTTPError):  # SPARQLWrapper sends it as update=, refused with 403
        _client(url, "DELETE WHERE { ?s ?p ?o }").query()
    assert len(fg.store) == before


def test_errors_are_clear(endpoint) -> None:
    url, _ = endpoint
    status, message = _raw(url + "?query=SELECT%20%3Fs%20WHERE%20%7B")
    assert status == 400 and "not a SPARQL query" in message
    status, message = _raw(url + "?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D")
    assert status == 413 and "more than 50 rows" in message
    assert _raw(url.replace("/sparql", "/nowhere") + "?query=ASK%7B%7D")[0] == 404
    assert _raw(url + "?query=ASK%7B%7D", accept="image/png")[0] == 406
    assert _raw(url, b"query=ASK{}", "text/plain")[0] == 415
    assert _raw(url)[0] == 400


def test_timeout(endpoint) -> None:
    url, _ = endpoint
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    started = time.monotonic()
    status, message = _raw(url + "?query=" + urllib.request.quote(slow))
    assert status == 503 and "time limit of 2 s" in message
    assert time.monotonic() - started < 10


def test_other_stores_get_the_explorer_but_no_endpoint() -> None:
    server = make_server(FilmGraph.open("memory:").store, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        status, message = _raw(base + "/sparql?query=ASK%7B%7D")
        assert status == 404 and "no SPARQL endpoint" in message and "/api/sparql" in message
        status, info = _raw(base + "/api/info")
        assert status == 200 and json.loads(info)["sparql"] is None
    finally:
        server.shutdown()
        server.server_close()


def test_cli_serve_listens_on_loopback(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with FilmGraph.open(store) as fg:
        write_sample(fg)
    del fg
    gc.collect()  # the store's lock goes with the last reference to it
    process = subprocess.Popen([sys.executable, "-m", "filmgraph", "serve", "--store", str(store), "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert "http://127.0.0.1:" in line, line
        url = line.split()[2]
        result = _client(url, FG + "SELECT DISTINCT ?t WHERE { ?f fg:title ?t ; fg:year 1958 }").queryAndConvert()
        assert [b["t"]["value"] for b in result["results"]["bindings"]] == ["Vertigo"]
    finally:
        stop_server(process)
    assert json  # the results above were JSON-decoded by SPARQLWrapper
