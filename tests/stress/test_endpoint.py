"""A hostile client against ``filmgraph serve``: runaway queries, SERVICE, bad lengths, slow requests, foreign Hosts.

Real servers on 127.0.0.1, started from the tests, over a generated on-disk store of 1,500
quads: small, yet a product of two triple patterns is 2.25 M rows, far past the short deadlines
used here. Each attack must end in a clear HTTP error, with the server answering a simple ASK
within a second afterwards.

The SERVICE corpus is checked against Oxigraph itself: every query of SERVICE_CALLS calls the
endpoint it names when Oxigraph evaluates it directly, and the server refuses each one without
a connection reaching that endpoint; every query of SERVICE_MENTIONS only mentions the word and
is answered.
"""

from __future__ import annotations

import gc
import json
import os
import re
import select
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filmgraph.query_workers import names_service
from filmgraph.serve import ServeSettings, make_server
from filmgraph.store import open_store

from ..conftest import stop_server
from .corpus import Listener

ASK = "ASK { ?s ?p ?o }"
#: Sorts 2.25 M rows: Oxigraph grows its memory until it is stopped (or aborts on the sort).
CARTESIAN_ORDER_BY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
#: Counts 3.4 G rows: busy for minutes before its first (and only) row.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIMEOUT = 1.0  # seconds per query in the servers below

# {U} is the URL of a loopback listener. Each query calls it when evaluated (checked below); the
# disguises are what a check by substring, or a tokeniser that misreads SPARQL, would let through.
SERVICE_CALLS = {
    "plain": "SELECT * WHERE { SERVICE <{U}> { ?s ?p ?o } }",
    "lower case": "select * where { service <{U}> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <{U}> { ?s ?p ?o } }",
    "no spaces": "SELECT*WHERE{SERVICE<{U}>{?s ?p ?o}}",
    "line breaks and tabs": "SELECT * WHERE {\n\tSERVICE\n<{U}>\n{ ?s ?p ?o } }",
    "ASK": "ASK { SERVICE <{U}> { ?s ?p ?o } }",
    "subquery": "SELECT * WHERE { { SELECT * WHERE { SERVICE <{U}> { ?s ?p ?o } } } }",
    "OPTIONAL": "SELECT * WHERE { OPTIONAL { SERVICE <{U}> { ?s ?p ?o } } }",
    "FILTER EXISTS": "SELECT * WHERE { BIND(1 AS ?q) FILTER EXISTS { SERVICE <{U}> { ?s ?p ?o } } }",
    "prefixed name": "PREFIX end: <{U}#> SELECT * WHERE { SERVICE end:x { ?s ?p ?o } }",
    "relative IRI": "BASE <{U}> SELECT * WHERE { SERVICE <> { ?s ?p ?o } }",
    "escape in its IRI": "SELECT * WHERE { SERVICE <{U}\\u0073> { ?s ?p ?o } }",
    "after a comment naming it": "SELECT * WHERE { # SERVICE here\n SERVICE <{U}> { ?s ?p ?o } }",
    "after an escaped quote": 'SELECT * WHERE { BIND("a\\"b" AS ?x) SERVICE <{U}> { ?s ?p ?o } }',
    "after a \\u0022 in a string": 'SELECT * WHERE { BIND("\\u0022" AS ?x) SERVICE <{U}> { ?s ?p ?o } }',
    "after a long string": "SELECT * WHERE { BIND('''it's \"\" ''' AS ?x) SERVICE <{U}> { ?s ?p ?o } }",
    "between apostrophes of local names": "PREFIX ex: <http://e/> SELECT * WHERE { VALUES ?a { ex:a\\' } "
                                          "SERVICE <{U}> { ?s ?p ?o } VALUES ?b { ex:b\\' } }",
    "after a hash in a local name": "PREFIX ex: <http://e/> SELECT * WHERE { VALUES ?a { ex:a\\# } "
                                    "SERVICE <{U}> { ?s ?p ?o } }",
    "after an IRI with an escape and a hash": "SELECT * WHERE { BIND(<http://x/\\u0041#> AS ?a) "
                                              "SERVICE <{U}> { ?s ?p ?o } }",
    "after a less-than": "SELECT * WHERE { BIND(1<2 AS ?q) SERVICE <{U}> { ?s ?p ?o } }",
}
# Each mentions SERVICE (or the listener) without calling anything.
SERVICE_MENTIONS = {
    "in a string": 'SELECT ?x WHERE { BIND("SERVICE <{U}> { ?s ?p ?o }" AS ?x) }',
    "in a long string": "SELECT ?x WHERE { BIND('''\nSERVICE <{U}> { }\n''' AS ?x) }",
    "in a comment": "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # SERVICE <{U}> { ?s ?p ?o }",
    "as variables": "SELECT ?service $SERVICE WHERE { BIND(1 AS ?service) BIND(2 AS $SERVICE) }",
    "in prefixed names": "PREFIX service: <http://e/> PREFIX ex: <http://e/> "
                         "SELECT * WHERE { ?s ex:service service:SERVICE } LIMIT 1",
    "in an IRI": "SELECT * WHERE { ?s <http://e/SERVICE> ?o } LIMIT 1",
    "in a longer word": "PREFIX ex: <http://e/> SELECT * WHERE { ?s ex:p ex:SERVICEs } LIMIT 1",
}


def _fill(template: str, listener: Listener) -> str:
    return template.replace("{U}", listener.url)


def _store(folder: Path) -> Path:
    """An on-disk store of 1,500 quads (films with titles, in 20 named graphs), closed."""
    store = ox.Store(str(folder))
    quads = "".join(f'<urn:film:{i}> <urn:p:{i % 7}> "film {i}" <urn:graph:{i % 20}> .\n' for i in range(1500))
    store.bulk_load(quads.encode(), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    gc.collect()  # the store's lock goes with its last reference
    return folder


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory.mktemp("endpoint") / "store")


def _start_cli(store_folder: Path, timeout: float) -> tuple[str, subprocess.Popen]:
    """``filmgraph serve`` on the store with a deadline of ``timeout`` s: its /sparql URL and process."""
    process = subprocess.Popen([sys.executable, "-m", "filmgraph", "serve", "--store", str(store_folder),
                                "--port", "0", "--timeout", str(timeout)], stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    match = re.search(r"http://\S+/sparql", line)
    if not match:
        stop_server(process)
        pytest.fail(f"filmgraph serve did not start: {line}{process.stderr.read()}")
    return match.group(0), process


@pytest.fixture(scope="module")
def cli_server(store_folder: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    url, process = _start_cli(store_folder, TIMEOUT)
    yield url, process
    stop_server(process)


def _serving(settings: ServeSettings, store_folder: Path):
    server = make_server(open_store(str(store_folder), read_only=True), port=0, settings=settings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def server(store_folder: Path) -> Iterator[tuple[int, str]]:
    """An in-process server whose requests must arrive within 1 s; its port and /sparql URL."""
    running = _serving(ServeSettings(timeout=TIMEOUT, workers=2, request_timeout=1.0), store_folder)
    port = running.server_address[1]
    yield port, f"http://127.0.0.1:{port}/sparql"
    running.shutdown()
    running.server_close()


def _get(url: str, query: str, timeout: float = 20) -> tuple[int, str, float]:
    """The status, body and seconds of a GET of ``query``."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"{url}?query={urllib.parse.quote(query)}", timeout=timeout) as response:
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode()
    return status, body, time.monotonic() - started


def _asks_at_once(url: str) -> None:
    status, body, seconds = _get(url, ASK)
    assert (status, json.loads(body)["boolean"]) == (200, True), body
    assert seconds < 1.0, f"a simple ASK took {seconds:.2f} s"


def _workers_of(pid: int) -> list[int]:
    """The query worker processes of the server process ``pid``."""
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(child) for child in (task / "children").read_text().split()]
    return [child for child in children
            if b"filmgraph_query_worker" in Path(f"/proc/{child}/cmdline").read_bytes()]


def _cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # ended meanwhile
            continue
        total += (int(fields[11]) + int(fields[12])) / 100  # utime and stime, in clock ticks
    return total


# --- Runaway queries -----------------------------------------------------------------------


def test_the_cartesian_order_by_fails_and_the_server_answers_at_once(cli_server) -> None:
    url, _ = cli_server
    status, message, seconds = _get(url, CARTESIAN_ORDER_BY)
    # over the time limit (503), or the worker died on it (500, memory or Oxigraph aborting)
    assert status in (500, 503), (status, message)
    assert seconds < TIMEOUT + 1.5
    _asks_at_once(url)


def test_eight_runaway_queries_stop_at_their_deadline(cli_server) -> None:
    url, process = cli_server
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: _get(url, RUNAWAY), range(8)))
    for status, message, seconds in answers:
        assert status == 503 and f"time limit of {TIMEOUT:g} s" in message, message
        # stopped at its deadline (one left to run would take minutes)
        assert seconds < TIMEOUT + 1.5
    _asks_at_once(url)
    # and their work stopped: no worker of the server is busy any more
    workers = _workers_of(process.pid)
    before = _cpu_seconds(workers)
    time.sleep(0.5)
    assert _cpu_seconds(workers) - before < 0.2, "a runaway query is still running"


def test_a_stopped_server_leaves_no_worker_behind(store_folder: Path) -> None:
    url, process = _start_cli(store_folder, 30)
    with ThreadPoolExecutor(1) as pool:
        try:
            pool.submit(_get, url, RUNAWAY)  # a worker busy for minutes
            time.sleep(0.5)
            workers = _workers_of(process.pid)
        finally:
            stop_server(process)  # SIGTERM, as a service manager would send
    assert workers and process.returncode == 0
    for pid in workers:
        stat = Path(f"/proc/{pid}/stat")
        assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z", f"worker {pid} runs on"


def test_a_query_over_the_memory_limit_costs_only_its_worker(server, store_folder: Path) -> None:
    # The limit is set 512 MB above the most a worker took here to start (its address space,
    # mostly thread stacks and allocator arenas, varies with the machine and its load: with 256 MB
    # a loaded CI machine once saw a worker fail to start); the sort needs far more.
    started = max(int(line.split()[1]) for pid in _workers_of(os.getpid()) for line in
                  Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("VmPeak:"))
    limit = started // 1024 + 512
    tight = _serving(ServeSettings(timeout=20, memory_limit=limit, workers=1), store_folder)
    try:
        url = f"http://127.0.0.1:{tight.server_address[1]}/sparql"
        # three patterns: rows to sort without end, so only the memory limit can stop it here
        status, message, _ = _get(url, RUNAWAY.replace("(COUNT(*) AS ?n)", "*") + " ORDER BY ?c", timeout=30)
        assert status == 500 and f"memory limit of {limit} MB" in message, message
        _asks_at_once(url)
    finally:
        tight.shutdown()
        tight.server_close()


# --- SERVICE ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SERVICE_CALLS))
def test_the_service_corpus_calls_out_when_evaluated(name: str) -> None:
    """Each query of the corpus is a real call: Oxigraph, asked directly, connects to the listener."""
    with Listener() as listener:
        try:
            result = ox.Store().query(_fill(SERVICE_CALLS[name], listener))
            list(result) if not isinstance(result, ox.QueryBoolean) else bool(result)
        except (OSError, RuntimeError):  # the listener hangs up without an answer
            pass
    assert listener.connections >= 1


@pytest.mark.parametrize("name", sorted(SERVICE_CALLS))
def test_service_is_refused_and_nothing_is_sent(cli_server, name: str) -> None:
    url, _ = cli_server
    with Listener() as listener:
        status, message, _ = _get(url, _fill(SERVICE_CALLS[name], listener))
        assert status == 400 and "SERVICE is refused" in message, message
    assert listener.connections == 0


@pytest.mark.parametrize("name", sorted(SERVICE_MENTIONS))
def test_a_mere_mention_of_service_is_answered(server, name: str) -> None:
    _, url = server
    with Listener() as listener:
        query = _fill(SERVICE_MENTIONS[name], listener)
        assert not names_service(query)
        status, message, _ = _get(url, query)
        assert status == 200, message
    assert listener.connections == 0


def test_allow_service_lets_the_endpoint_call_out(store_folder: Path) -> None:
    open_server = _serving(ServeSettings(timeout=5, workers=1, allow_service=True), store_folder)
    try:
        with Listener() as listener:
            status, _, _ = _get(f"http://127.0.0.1:{open_server.server_address[1]}/sparql",
                                _fill(SERVICE_CALLS["silent"], listener))
        assert status == 200 and listener.connections == 1
    finally:
        open_server.shutdown()
        open_server.server_close()


# Pieces of a group graph pattern that shift where a careless tokeniser thinks strings, IRIs and
# comments begin and end; single characters make many of the queries malformed, on purpose.
_PIECES = [
    'BIND("x" AS ?v{n})', "BIND('x' AS ?v{n})", 'BIND("a\\"b" AS ?v{n})', 'BIND("\\u0022" AS ?v{n})',
    "BIND('''it's''' AS ?v{n})", 'BIND("""say "hi" """ AS ?v{n})', "VALUES ?v{n} { ex:a\\' }",
    "VALUES ?v{n} { ex:a\\# }", "BIND(<http://x/\\u0041#> AS ?v{n})", "BIND(1<2 AS ?v{n})",
    "# a comment\n", "# SERVICE <{U}> {}\n", "BIND(?service AS ?v{n})", "ex:SERVICE", "#", '"', "'", "'''",
    '"""', "\\", "<", ">", "{", "}", "\n", ".",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES + ["SERVICE <{U}> { ?s ?p ?o }"] * 3), max_size=8))
def test_no_query_calls_out_unless_it_is_seen_to(pieces: list[str]) -> None:
    with Listener() as listener:
        body = " ".join(piece.replace("{n}", str(n)) for n, piece in enumerate(pieces))
        query = _fill(f"PREFIX ex: <http://e/> SELECT * WHERE {{ {body} }}", listener)
        if names_service(query):
            return  # refused by the endpoint before evaluation
        try:
            result = ox.Store().query(query)
            list(result) if not isinstance(result, ox.QueryBoolean) else bool(result)
        except (SyntaxError, OSError, RuntimeError):
            pass
    assert listener.connections == 0, f"this query called out, unseen: {query!r}"


# --- Bad requests ------------------------------------------------------------------------------


def _request(method: str, headers: dict[str, str] | list[tuple[str, str]], body: bytes = b"",
             path: str = "/sparql?query=ASK%7B%7D", version: str = "HTTP/1.1") -> bytes:
    lines = [f"{method} {path} {version}"] + [f"{k}: {v}" for k, v in (dict(headers).items()
                                                                        if isinstance(headers, dict) else headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


# Each is sent whole (headers, and a body only when it is to be read); {H} is the server's host:port.
BAD_REQUESTS = {
    "POST without Content-Length": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query"}), 411),
    "negative Content-Length": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query",
                                                  "Content-Length": "-1"}), 400),
    "signed Content-Length": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query",
                                                "Content-Length": "+5"}), 400),
    "Content-Length not a number": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query",
                                                      "Content-Length": "5e3"}), 400),
    "two Content-Lengths": (_request("POST", [("Host", "{H}"), ("Content-Type", "application/sparql-query"),
                                              ("Content-Length", "5"), ("Content-Length", "6")]), 400),
    "Content-Length over the limit": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query",
                                                        "Content-Length": str((1 << 20) + 1)}), 413),
    "Content-Length of 30 digits": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query",
                                                      "Content-Length": "9" * 30}), 400),
    "a good POST": (_request("POST", {"Host": "{H}", "Content-Type": "application/sparql-query",
                                      "Content-Length": "5"}, b"ASK{}", path="/sparql"), 200),
    "Host of another site (DNS rebinding)": (_request("GET", {"Host": "attacker.example:{P}"}), 421),
    "Host without the port": (_request("GET", {"Host": "127.0.0.1"}), 421),
    "Host with another port": (_request("GET", {"Host": "127.0.0.1:1"}), 421),
    "two Hosts": (_request("GET", [("Host", "{H}"), ("Host", "attacker.example")]), 421),
    "Host localhost": (_request("GET", {"Host": "localhost:{P}"}), 200),
    "Host in capitals": (_request("GET", {"Host": "LOCALHOST:{P}"}), 200),
    "no Host (HTTP/1.0)": (_request("GET", {}, version="HTTP/1.0"), 200),
}


def _status(port: int, request: bytes) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/"), answer
    return int(answer.split()[1])


@pytest.mark.parametrize("name", sorted(BAD_REQUESTS))
def test_bad_requests_are_refused(server, name: str) -> None:
    port, url = server
    request, expected = BAD_REQUESTS[name]
    request = request.replace(b"{H}", f"127.0.0.1:{port}".encode()).replace(b"{P}", str(port).encode())
    assert _status(port, request) == expected
    _asks_at_once(url)


# The server's request deadline is 1 s: each of these must be cut off soon after it.
SLOW_REQUESTS = {
    "headers a byte at a time (slowloris)": (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                                             b"X-Padding: 1\r\n"),
    "a body that stalls": ((b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                            b"Content-Length: 100\r\n\r\nASK"), b""),
}


@pytest.mark.parametrize("name", sorted(SLOW_REQUESTS))
def test_slow_requests_are_cut_off(server, name: str) -> None:
    port, url = server
    start, trickle = SLOW_REQUESTS[name]
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(start)
        began = time.monotonic()
        closed_after = None
        while closed_after is None and time.monotonic() - began < 4:
            try:
                if trickle:
                    connection.sendall(trickle[:1])
                    trickle = trickle[1:] or b"X"
                if select.select([connection], [], [], 0.2)[0] and not connection.recv(4096):
                    closed_after = time.monotonic() - began
            except OSError:  # reset by the server
                closed_after = time.monotonic() - began
    assert closed_after is not None, "the server still waits for the request after 4 s"
    assert 0.8 < closed_after < 2.0
    _asks_at_once(url)
