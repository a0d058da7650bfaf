"""Throughput of ``filmgraph serve`` on simple queries, side by side with an earlier server.

Usage: python benchmarks/bench_serve.py [--baseline REF] [--requests N] [--repeat R] [--clients C,...]
(default: baseline ``45b6e18``, the server that ran each query on a thread of its own process,
before query worker processes; ``--baseline ''`` measures this checkout alone)

The bundled reviews (``data/reviews/``) are ingested into a temporary store (not timed). Each
variant's ``serve`` runs in a process of its own (its ``src/`` on PYTHONPATH; the baseline's is
taken from git with ``git archive``), both at once on the same store. The client sends simple
queries (an ASK, a ten-row SELECT, a COUNT) from C threads, one connection a request, N requests
a round; the rounds alternate between the variants, so both see the same machine noise, and the
median round is reported for each number of clients.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench_extract import ROOT, _baseline_src  # an earlier src/ taken from git, as bench_extract does

REVIEWS = ROOT / "data" / "reviews"
QUERIES = [
    "ASK { ?s ?p ?o }",
    "PREFIX fg: <https://w3id.org/filmgraph/ontology#> SELECT ?film ?title WHERE { ?film fg:title ?title } LIMIT 10",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
]

# Runs inside each variant's process: serves the store and prints the port it listens on.
_SERVE = r"""
import sys
from filmgraph.serve import serve
serve(sys.argv[1], port=0, on_ready=lambda server: print(server.server_address[1], flush=True))
"""


def _make_store(folder: Path) -> None:
    from filmgraph.api import FilmGraph

    with FilmGraph.open(folder) as graph:
        graph.ingest([REVIEWS])
    del graph
    gc.collect()  # the store's lock goes with its last reference


def _start(src: Path, store: Path) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen([sys.executable, "-c", _SERVE, str(store)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    assert process.stdout is not None  # stdout=PIPE
    line = process.stdout.readline()
    if not line.strip().isdigit():
        process.kill()
        raise SystemExit(f"the server from {src} did not start")
    return process, int(line)


def _request(port: int, query: str) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/sparql?query=" + urllib.parse.quote(query), headers={"Host": f"127.0.0.1:{port}"})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"the server answered {response.status}: {body[:200]!r}")
    finally:
        connection.close()


def _round(port: int, requests: int, clients: int) -> float:
    """Requests per second of one round: ``requests`` queries spread over ``clients`` threads."""
    def client(k: int) -> None:
        for i in range(k, requests, clients):
            _request(port, QUERIES[i % len(QUERIES)])

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return requests / (time.perf_counter() - started)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="45b6e18", help="git ref of the server to compare with ('' for none)")
    parser.add_argument("--requests", type=int, default=600, help="requests a round")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per variant and number of clients")
    parser.add_argument("--clients", default="1,4", help="numbers of client threads, comma-separated")
    args = parser.parse_args(argv[1:])
    client_counts = [int(c) for c in args.clients.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "store"
        _make_store(store)
        variants = {"this checkout": ROOT / "src"}
        if args.baseline:
            variants[f"baseline {args.baseline}"] = _baseline_src(args.baseline, Path(scratch))
        servers = {name: _start(src, store) for name, src in variants.items()}
        try:
            for _, port in servers.values():
                _round(port, 30, 1)  # warm up: workers started, caches filled
            rates: dict[tuple[str, int], list[float]] = {(name, clients): [] for name in servers for clients in client_counts}
            for _ in range(args.repeat):
                for clients in client_counts:
                    for name, (_, port) in servers.items():
                        rates[name, clients].append(_round(port, args.requests, clients))
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait()
    print(f"| server | clients | requests/s (median of {args.repeat}) | ms a request |")
    print("|---|---|---|---|")
    for (name, clients), rounds in rates.items():
        median = statistics.median(rounds)
        print(f"| {name} | {clients} | {median:.0f} | {1000 * clients / median:.2f} |")
    if len(servers) == 2:
        print()
        for clients in client_counts:
            current, baseline = (statistics.median(rates[name, clients]) for name in servers)
            print(f"throughput ratio this checkout / baseline, {clients} client(s): {current / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
