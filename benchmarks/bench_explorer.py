"""Latency of the explorer's answers (``filmgraph serve`` at ``/``): film page, neighbourhood expansion, search.

Each answer is timed as the server makes it: :meth:`ExplorerApp.respond` on the request's path,
queries and JSON included, no socket. For a sample of the films that reviews are about:

* ``film page``      ``/api/film/ID``: the profile, every fact's evidence, the remake family;
* ``expansion``      ``/api/neighbourhood?node=IRI``: the film's neighbours (at most 500), and
                     then those of its first neighbour, as a click in the graph asks;
* ``search``         ``/api/search?q=``: the first few letters of the film's title;
* ``search index``   read once, on the first search (every title, alternate title and name);
* ``path``           ``/api/path`` between two sampled films, as ``filmgraph path`` finds it: the
                     first reads the whole store as networkx (kept for the next), then again.

Each figure is the median (and 90th percentile) over the sampled films of each film's median of
``--repeat`` runs. By default the store is the bundled reviews (``data/reviews``) ingested into
a fresh embedded store; ``--store PATH`` measures an existing store instead, such as one built
from all of ../shared's reviews and its three catalogs (about 1.4M quads)::

    python benchmarks/bench_explorer.py                              # the bundled reviews
    python benchmarks/bench_explorer.py --store big.oxigraph --films 50 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from filmgraph.api import FilmGraph
from filmgraph.explorer import Explorer, ExplorerApp
from filmgraph.explorer.data import id_of
from filmgraph.query.results import complete_rows

ROOT = Path(__file__).resolve().parents[1]
REVIEWED_FILMS = "PREFIX fg: <https://w3id.org/filmgraph/ontology#> SELECT DISTINCT ?film WHERE { ?review fg:reviews ?film }"


def _timed(app: ExplorerApp, path: str, params: dict[str, list[str]] | None = None) -> tuple[float, dict]:
    started = time.perf_counter()
    reply = app.respond(path, params or {})
    seconds = time.perf_counter() - started
    if reply.status != 200:
        raise SystemExit(f"{path} {params or ''} answered {reply.status}: {reply.body[:300]!r}")
    return seconds, json.loads(reply.body)


def _median_of(app: ExplorerApp, repeat: int, path: str, params: dict[str, list[str]] | None = None) -> tuple[float, dict]:
    runs = [_timed(app, path, params) for _ in range(repeat)]
    return statistics.median(seconds for seconds, _ in runs), runs[-1][1]


def _summary(name: str, seconds: list[float], what: str) -> str:
    ordered = sorted(seconds)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return (f"{name:<16}{statistics.median(ordered) * 1000:9.1f} ms median {p90 * 1000:9.1f} ms p90 "
            f"{ordered[-1] * 1000:9.1f} ms max  ({len(ordered)} {what})")


def measure(graph: FilmGraph, films: int, repeat: int, seed: int) -> dict[str, Any]:
    """Time the explorer's answers over ``films`` sampled reviewed films; the figures as a dict."""
    app = ExplorerApp(Explorer(graph))
    ids = {iri: film_id for (iri,) in complete_rows(graph.store.select_values(REVIEWED_FILMS))
           if (film_id := id_of(iri))}
    reviewed = sorted(ids)
    sample = random.Random(seed).sample(reviewed, min(films, len(reviewed)))
    index_seconds, _ = _timed(app, "/api/search", {"q": ["the"]})  # the first search reads the index
    pages, expansions, searches, sizes = [], [], [], []
    for iri in sample:
        seconds, page = _median_of(app, repeat, f"/api/{ids[iri]}")
        pages.append(seconds)
        seconds, around = _median_of(app, repeat, "/api/neighbourhood", {"node": [iri]})
        expansions.append(seconds)
        sizes.append(len(around["nodes"]))
        if len(around["nodes"]) > 1:  # the click after: the first neighbour's own neighbourhood
            seconds, around = _median_of(app, repeat, "/api/neighbourhood", {"node": [around["nodes"][1]["iri"]]})
            expansions.append(seconds)
            sizes.append(len(around["nodes"]))
        seconds, _ = _median_of(app, repeat, "/api/search", {"q": [page["film"]["label"][:5]]})
        searches.append(seconds)
    paths = []  # the first reads the path graph, the second has it
    if len(sample) >= 2:
        paths = [_timed_path(app, ids[sample[0]], ids[sample[1]])[0] for _ in range(2)]
    return {"quads": len(graph.store), "films_sampled": len(sample), "repeat": repeat,
            "search_index_seconds": index_seconds, "film_page": pages, "expansion": expansions,
            "expansion_nodes_max": max(sizes, default=0), "search": searches, "path": paths}


def _timed_path(app: ExplorerApp, start: str, end: str) -> tuple[float, int]:
    """The time to find a path between two films, by their explorer ids, and the answer's status."""
    started = time.perf_counter()
    reply = app.respond("/api/path", {"from": [start], "to": [end]})
    return time.perf_counter() - started, reply.status  # 404 when nothing joins them is an answer too


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="an existing store (folder or endpoint URL); default: the bundled reviews, ingested")
    parser.add_argument("--films", type=int, default=30, help="reviewed films sampled (default 30)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each answer; its median is kept (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        if args.store:
            graph = FilmGraph.open(args.store, create=False)
            where = args.store
        else:
            graph = FilmGraph.open(str(Path(scratch) / "store"))
            report = graph.ingest(ROOT / "data" / "reviews")
            if not report.ok:
                raise SystemExit(f"could not ingest the bundled reviews: {report.failed}")
            where = "the bundled reviews (data/reviews), ingested into a fresh store"
        with graph:
            figures = measure(graph, args.films, args.repeat, args.seed)
    print(f"store: {where}, {figures['quads']:,} quads; {figures['films_sampled']} reviewed films, "
          f"median of {args.repeat} runs each")
    print(f"{'search index':<16}{figures['search_index_seconds']:9.2f} s once (on the first search)")
    for name, key, what in (("film page", "film_page", "films"), ("expansion", "expansion", "nodes expanded"),
                            ("search", "search", "searches")):
        print(_summary(name, figures[key], what))
    print(f"{'largest answer':<16}{figures['expansion_nodes_max']:9d} nodes (the cap is 500)")
    for name, seconds, note in zip(("path, first", "path, again"), figures["path"],
                                   ("reading the store as networkx", "the networkx graph kept")):
        print(f"{name:<16}{seconds * 1000:9.1f} ms ({note})")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
