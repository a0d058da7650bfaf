"""Every benchmark script runs to completion at its smallest size and prints figures.

A smoke run, not a measurement: each script in ``benchmarks/`` (but bench_extract.py,
eval_extraction.py, eval_formats.py and eval_encodings.py, which tests/extract covers) runs in a subprocess with its smallest size
options. The scripts are started together, so the module takes about as long as the slowest
(bench_scale.py, which imports the CMU catalog when ../shared is there). Nothing is written
into the checkout: bench_scale.py writes its table under ``tmp_path`` (``--out``) and the committed
``benchmarks/RESULTS*`` files are checked unchanged. A script that needs ../shared is skipped
when it is absent. Deselect with ``-m 'not benchmarks'``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from filmgraph.query.library import query_names

from .conftest import ROOT, SHARED

BENCHMARKS = ROOT / "benchmarks"
#: Seconds a smoke run may take (each is a few seconds to about 20 on 2 cores).
TIMEOUT = 240
#: A decimal figure, as the scripts print them ("0.58", "1,234", "2.3x", "0.7 ms").
FIGURE = r"\d[\d,]*(?:\.\d+)?"

pytestmark = pytest.mark.benchmarks


@dataclass(frozen=True)
class Smoke:
    """How to run one script small, and what its output must show."""

    script: str
    args: Callable[[Path], list[str]]
    check: Callable[[str, Path], None]
    needs: tuple[Path, ...] = ()


def _check_queries(out: str, tmp: Path) -> None:
    rows = {}
    for line in out.splitlines():
        match = re.match(rf"^(\w+)(?: [TA])?\s+(\d+)\s+({FIGURE})\s+({FIGURE})\s+({FIGURE})\s+({FIGURE})x\s+({FIGURE})x$",
                         line)
        if match:
            rows[match.group(1)] = match.groups()[1:]
    # every library query was run, with its rows and api, raw and rdflib times
    assert sorted(rows) == query_names(), out
    assert "skipped" not in out


def _check_networkx(out: str, tmp: Path) -> None:
    for name in ("filmgraph to_networkx (Oxigraph, memory)", "filmgraph to_networkx (Oxigraph, disk)",
                 "rdflib_to_networkx_multidigraph"):
        assert re.search(rf"^{re.escape(name)}\s+{FIGURE}\s+{FIGURE}\s+(?:-?{FIGURE}|nan)\s+{FIGURE}\s+{FIGURE}$", out,
                         re.MULTILINE), f"no figures for {name}:\n{out}"
    assert re.search(rf"{FIGURE}x faster than rdflib", out), out


def _check_resolution(out: str, tmp: Path) -> None:
    figures = json.loads((tmp / "resolution.json").read_text(encoding="utf-8"))
    imported = figures["import"]
    assert imported["store_quads"] > 0 and imported["index_films"] > 0
    assert all(imported[name]["quads_per_second"] > 0 for name in ("cmu-movie-metadata.tsv.gz", "wikipedia-remakes.csv"))
    resolution = figures["resolution"]
    assert resolution["reviews"] == 5 and resolution["mentions"] >= resolution["nodes_after"] > 0
    assert '"nodes_after"' in out


def _check_scale(out: str, tmp: Path) -> None:
    table = (tmp / "results.md").read_text(encoding="utf-8")
    assert table in out  # printed as well as written
    assert re.search(rf"^\| quads in store \| {FIGURE} \|$", table, re.MULTILINE), table
    assert re.search(rf"^\| bulk load \(OxigraphBackend.load, N-Quads\) \| {FIGURE} quads/s", table, re.MULTILINE)
    assert re.search(rf"^\| ingest 5 reviews into this store \(median of 3\) \| {FIGURE} reviews/s \|$", table,
                     re.MULTILINE), table
    latencies = re.findall(rf"^\| median latency: (\S+) \| ({FIGURE}) m?s \|$", table, re.MULTILINE)
    assert {name for name, _ in latencies} == {"FilmGraph.remakes_of", *(f"{q}.rq" for q in query_names())}, table
    assert re.search(rf"^\| to_networkx \| {FIGURE} s \(", table, re.MULTILINE), table


def _check_explorer(out: str, tmp: Path) -> None:
    figures = json.loads((tmp / "explorer.json").read_text(encoding="utf-8"))
    assert figures["films_sampled"] == 3 and figures["quads"] > 0
    for name in ("film page", "expansion", "search"):
        assert re.search(rf"^{name}\s+{FIGURE} ms median\s+{FIGURE} ms p90", out, re.MULTILINE), f"no {name}:\n{out}"
    # the bundled reviews: a film's neighbourhood is a handful of nodes, far under the cap
    assert 1 < figures["expansion_nodes_max"] <= 500


def _check_serve(out: str, tmp: Path) -> None:
    for name in ("this checkout", "baseline 45b6e18"):
        assert re.search(rf"^\| {name} \| 1 \| {FIGURE} \| {FIGURE} \|$", out, re.MULTILINE), f"no {name}:\n{out}"
    assert re.search(rf"^throughput ratio this checkout / baseline, 1 client\(s\): {FIGURE}$", out, re.MULTILINE), out


SMOKES = {
    "bench_explorer": Smoke("bench_explorer.py", lambda tmp: ["--films", "3", "--repeat", "1",
                                                              "--json", str(tmp / "explorer.json")], _check_explorer),
    "bench_queries": Smoke("bench_queries.py", lambda tmp: ["--triples", "3000", "--repeat", "1",
                                                            "--rdflib-repeat", "1"], _check_queries),
    "bench_networkx": Smoke("bench_networkx.py", lambda tmp: ["--triples", "2000", "--repeat", "1"], _check_networkx),
    "bench_resolution": Smoke("bench_resolution.py", lambda tmp: ["--limit", "5", "--json", str(tmp / "resolution.json")],
                              _check_resolution,
                              needs=(SHARED / "data" / "reviews" / "critics",
                                     SHARED / "data" / "catalog" / "cmu-movie-metadata.tsv.gz",
                                     SHARED / "data" / "catalog" / "wikipedia-remakes.csv")),
    # --real 5: the real part still imports the catalogs when ../shared is there (most of its time)
    "bench_scale": Smoke("bench_scale.py", lambda tmp: ["--sizes", "5k", "--real", "5", "--sample", "5", "--repeat", "1",
                                                        "--budget", "60", "--out", str(tmp / "results.md")],
                         _check_scale),
    # the bundled reviews, two servers (this checkout and the baseline from git), 30 requests each
    "bench_serve": Smoke("bench_serve.py", lambda tmp: ["--requests", "30", "--repeat", "1", "--clients", "1"],
                         _check_serve),
}


def test_every_benchmark_script_has_a_smoke_run() -> None:
    covered_by_tests_extract = {"bench_extract.py", "eval_extraction.py", "eval_formats.py", "eval_encodings.py"}
    scripts = {path.name for path in BENCHMARKS.glob("*.py")} - covered_by_tests_extract
    assert scripts == {smoke.script for smoke in SMOKES.values()}


def _digests() -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(BENCHMARKS.glob("RESULTS*"))}


@dataclass
class Started:
    """The scripts started for this module, and the committed RESULTS files' digests before."""

    processes: dict[str, tuple[subprocess.Popen, Path]]
    results_before: dict[str, str]


@pytest.fixture(scope="module")
def started(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Started]:
    """The selected scripts, all started at once, each in a scratch folder of its own."""
    selected = {item.callspec.params["name"] for item in request.session.items
                if getattr(item, "module", None) is request.module and hasattr(item, "callspec")}
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "MPLBACKEND": "Agg"}
    env.pop("FILMGRAPH_VALIDATE", None)
    runs = Started({}, _digests())
    for name in sorted(selected):
        smoke = SMOKES[name]
        if any(not path.exists() for path in smoke.needs):
            continue
        tmp = tmp_path_factory.mktemp(name)
        # output to files, not pipes: a script must not wait on a full pipe while another is read
        with (tmp / "stdout.txt").open("wb") as out, (tmp / "stderr.txt").open("wb") as err:
            runs.processes[name] = (subprocess.Popen([sys.executable, str(BENCHMARKS / smoke.script),
                                                      *smoke.args(tmp)], cwd=tmp, env=env, stdout=out, stderr=err),
                                    tmp)
    yield runs
    for process, _ in runs.processes.values():
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("name", sorted(SMOKES))
def test_benchmark_runs_to_completion(name: str, started: Started) -> None:
    smoke = SMOKES[name]
    if name not in started.processes:
        missing = [str(path) for path in smoke.needs if not path.exists()]
        pytest.skip(f"{smoke.script} needs {', '.join(missing)}")
    process, tmp = started.processes[name]
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    out, err = ((tmp / f"{stream}.txt").read_text(encoding="utf-8", errors="replace") for stream in ("stdout", "stderr"))
    assert process.returncode is not None and process.returncode >= 0, \
        f"{smoke.script} did not finish within {TIMEOUT} s:\n{out[-2000:]}\n{err[-2000:]}"
    assert process.returncode == 0, f"{smoke.script} exited {process.returncode}:\n{out[-2000:]}\n{err[-3000:]}"
    smoke.check(out, tmp)
    assert _digests() == started.results_before, "a smoke run changed a committed benchmarks/RESULTS file"
