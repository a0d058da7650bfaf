"""Crash safety: SIGKILL an ingest at random points and check every review is wholly in or out.

A subprocess ingests a generated corpus into an on-disk Oxigraph store and reports each file as
it finishes. The test kills it (SIGKILL, no clean-up of any kind) after a random number of files
plus a random delay, three times, reopening the store after each kill. Each review's named
graph must then be either absent or isomorphic to what a clean ingest of that one file into a
fresh in-memory store gives; every file reported done before the kill must be there (a
committed transaction survives the death of the process). Finally the ingest is run to the end
and every review must be in.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.compare import isomorphic

from filmgraph.api import FilmGraph
from filmgraph.reviews import review_id_for

from .corpus import graph_of, write_corpus

REVIEWS = 300
ROUNDS = 3
#: How many reviews the last round rewrites (and so replaces) before killing the ingest.
REWRITTEN = 120
SEED = 20261125

_INGEST = textwrap.dedent(
    """
    import sys
    from filmgraph.api import FilmGraph

    fg = FilmGraph.open(sys.argv[1])
    print("ready", flush=True)
    fg.ingest(sys.argv[2], on_progress=lambda path: print("done", path, flush=True))
    fg.close()
    print("finished", flush=True)
    """
)


def _same_graph(one: Graph, other: Graph) -> bool:
    """Isomorphism; for graphs without blank nodes (what the writer makes) that is set equality,
    which is much faster than rdflib's canonical labelling."""
    if not any(isinstance(term, BNode) for graph in (one, other) for triple in graph for term in triple):
        return set(one) == set(other)
    return isomorphic(one, other)


def _node(path: Path) -> URIRef:
    return URIRef(f"https://w3id.org/filmgraph/id/review/{review_id_for(str(path.resolve()))}")


def _reference_graphs(paths: list[Path]) -> dict[URIRef, Graph]:
    """Each review's graph from a clean ingest of that file alone into a fresh memory store."""
    graphs = {}
    for path in paths:
        fg = FilmGraph.open(":memory:", validate=False)
        assert fg.ingest(path).reviews == 1, path
        graphs[_node(path)] = graph_of(fg.store, _node(path))
        assert len(graphs[_node(path)]) > 10, "the generated review should give a rich graph"
    return graphs


def _check_store(location: Path, versions: list[dict[URIRef, Graph]], must_have: set[URIRef]) -> dict[URIRef, int]:
    """Open the store after a crash and check that each review is wholly in or wholly out.

    ``versions`` map reviews to acceptable graphs (one holds every review, another the reviews
    rewritten since); returns, for each review in the store, the index of the version it matches.
    """
    fg = FilmGraph.open(location, validate=False)
    try:
        known = set().union(*versions)
        names = set(fg.store.graph_names())
        assert names <= known, f"graphs that no review makes: {sorted(names - known)[:3]}"
        present: dict[URIRef, int] = {}
        for node in known:
            graph = graph_of(fg.store, node)
            if len(graph):
                matches = [i for i, version in enumerate(versions)
                           if node in version and _same_graph(graph, version[node])]
                assert matches, f"review graph {node} is partly written ({len(graph)} triples)"
                present[node] = matches[0]
        missing = must_have - set(present)
        assert not missing, f"{len(missing)} reviews that were in the store (or reported done) are not"
        assert fg.stats()["reviews"] == len(present)
        return present
    finally:
        fg.close()


def _kill_during_ingest(script: Path, location: Path, corpus: Path, after: int, delay: float) -> tuple[set[Path], bool]:
    """Run the ingest; SIGKILL it once ``after`` files are done plus ``delay`` seconds.

    Returns the files reported done before the kill and whether the ingest had finished anyway.
    """
    # Without SHACL validation the writes take a larger share of the time, so more kills land in one.
    env = {**os.environ, "FILMGRAPH_VALIDATE": ""}
    process = subprocess.Popen([sys.executable, str(script), str(location), str(corpus)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    done: set[Path] = set()
    finished = False
    try:
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
        while len(done) < after:
            line = process.stdout.readline()
            if not line or line.startswith("finished"):
                finished = True
                break
            done.add(Path(line.split(" ", 1)[1].strip()))
        time.sleep(delay)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    # Lines written before the kill but not yet read also count as done.
    for line in process.stdout.read().splitlines():
        if line.startswith("done "):
            done.add(Path(line.split(" ", 1)[1].strip()))
        elif line.startswith("finished"):
            finished = True
    process.stdout.close()
    process.stderr.close()
    return done, finished


def test_sigkill_leaves_each_review_wholly_in_or_out(tmp_path: Path) -> None:
    started = time.monotonic()
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, REVIEWS)
    first = _reference_graphs(paths)
    script = tmp_path / "ingest.py"
    script.write_text(_INGEST, encoding="utf-8")
    location = tmp_path / "store"
    rng = random.Random(SEED)

    present: dict[URIRef, int] = {}
    for round_ in range(ROUNDS):
        # Unchanged reviews are reported done too, quickly; spread the kills over what is left.
        after = len(present) + rng.randint(1, max(1, (REVIEWS - len(present)) // 2))
        done, finished = _kill_during_ingest(script, location, corpus, after, rng.uniform(0.0, 0.2))
        present = _check_store(location, [first], must_have={_node(p) for p in done} | set(present))
        print(f"round {round_ + 1}: killed after {len(done)} files, {len(present)} reviews in"
              + (" (the ingest had finished)" if finished else ""))

    # Now the first reviews change (ten more cast credits): a kill in the middle of replacing a
    # graph must leave the old graph or the new one, never neither and never a mixture.
    rewritten = paths[:REWRITTEN]
    write_corpus(corpus, REWRITTEN, revision=1)
    second = _reference_graphs(rewritten)
    was_in = set(present)
    done, finished = _kill_during_ingest(script, location, corpus, rng.randint(REWRITTEN // 4, REWRITTEN * 3 // 4), 0.05)
    present = _check_store(location, [first, second], must_have=was_in | {_node(p) for p in done})
    replaced = sum(1 for version in present.values() if version == 1)
    print(f"replace round: killed after {len(done)} files, {replaced} of {len(was_in & set(second))} "
          f"stored reviews replaced")
    assert all(present[_node(p)] == 1 for p in done if p in rewritten), "a review reported done has its old graph"

    fg = FilmGraph.open(location, validate=False)
    try:
        report = fg.ingest(corpus)
        assert not report.failed, report.failed[:3]
        assert report.reviews + report.unchanged == REVIEWS
        # Unchanged: the reviews already stored as their files now read.
        assert report.unchanged == sum(1 for node, version in present.items() if version == (node in second))
    finally:
        fg.close()
    final = _check_store(location, [second, first], must_have=set(first))
    assert set(final) == set(first)
    assert all(final[node] == 0 for node in second), "a rewritten review kept its old graph"
    assert time.monotonic() - started < 90


@pytest.mark.parametrize("kill_at", ["open", "first"])
def test_sigkill_at_the_edges(tmp_path: Path, kill_at: str) -> None:
    """A kill right after the store opens, and one right after the first review, are survived too."""
    paths = write_corpus(tmp_path / "corpus", 20)
    references = _reference_graphs(paths)
    script = tmp_path / "ingest.py"
    script.write_text(_INGEST, encoding="utf-8")
    location = tmp_path / "store"
    done, _ = _kill_during_ingest(script, location, tmp_path / "corpus", 0 if kill_at == "open" else 1, 0.0)
    _check_store(location, [references], must_have={_node(p) for p in done})
    fg = FilmGraph.open(location, validate=False)
    try:
        assert not fg.ingest(tmp_path / "corpus").failed
    finally:
        fg.close()
    assert set(_check_store(location, [references], must_have=set(references))) == set(references)
