"""Extraction speed and memory, side by side with an earlier extractor: reviews/s per core, MB/s,
peak RSS and gazetteer load time.

Usage: python benchmarks/bench_extract.py [--baseline REF] [--limit N] [--repeat R] [FOLDER ...]
(default: the shared critics corpus, baseline ``9f5ab62``, the extractor before the learned
relation model and the gazetteer; ``--baseline ''`` measures this checkout alone)

Each pass runs in a process of its own, one core, on the same reviews: the reviews are read
first (not timed), then every review is extracted once. The variants take turns, pass by pass
(this checkout, the baseline, this checkout, ...), so both see the same machine noise, and the
median pass is reported, by the wall clock and by the CPU time the process used (the steadier
figure on a shared machine). The baseline's ``src/`` is taken from git (``git archive``) into a
temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "data" / "reviews" / "critics"

# Runs inside each variant's process: the reviews are given as paths, the figures come back as JSON.
_MEASURE = r"""
import json, resource, sys, time
started = time.perf_counter()
from filmgraph.extract import extract_review
from filmgraph.model import Review
from filmgraph.reviews import read_reviews
reviews = [r for r in read_reviews(sys.argv[1:-1]) if isinstance(r, Review)][:int(sys.argv[-1])]
extract_review(reviews[0])  # loads whatever the extractor loads (gazetteer, model)
loaded = time.perf_counter() - started
begin, begin_cpu = time.perf_counter(), time.process_time()
for review in reviews:
    extract_review(review)
print(json.dumps({"reviews": len(reviews), "megabytes": sum(len(r.text.encode()) for r in reviews) / 1e6,
                  "wall_s": time.perf_counter() - begin, "cpu_s": time.process_time() - begin_cpu,
                  "import_and_first_s": loaded, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _measure(src: Path, folders: list[str], limit: int) -> dict:
    """One pass of one variant, in a process of its own."""
    run = subprocess.run([sys.executable, "-c", _MEASURE, *folders, str(limit)], capture_output=True,
                         text=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def _baseline_src(ref: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--baseline", default="9f5ab62", help="git ref of the extractor to compare with ('' for none)")
    parser.add_argument("--limit", type=int, default=5000, help="at most this many reviews")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the reviews; the median is reported")
    args = parser.parse_args(argv[1:])
    if not any(Path(f).exists() for f in args.folders):
        print("no reviews found under", args.folders)
        return 1
    variants = {"this checkout": ROOT / "src"}
    with tempfile.TemporaryDirectory() as scratch:
        if args.baseline:
            variants[f"baseline {args.baseline}"] = _baseline_src(args.baseline, Path(scratch))
        passes: dict[str, list[dict]] = {name: [] for name in variants}
        for _ in range(args.repeat):
            for name, src in variants.items():
                passes[name].append(_measure(src, args.folders, args.limit))
    print(f"| extractor | reviews | reviews/s, wall (median of {args.repeat}) | reviews per CPU second | MB/s | "
          "import + first review | peak RSS |")
    print("|---|---|---|---|---|---|---|")
    speeds, cpu_speeds = {}, {}
    for name, runs in passes.items():
        reviews, wall, cpu = runs[0]["reviews"], statistics.median(r["wall_s"] for r in runs), statistics.median(r["cpu_s"] for r in runs)
        speeds[name], cpu_speeds[name] = reviews / wall, reviews / cpu
        print(f"| {name} | {reviews} | {speeds[name]:.0f} | {cpu_speeds[name]:.0f} | {runs[0]['megabytes'] / wall:.2f} | "
              f"{statistics.median(r['import_and_first_s'] for r in runs):.2f} s | {max(r['peak_rss_mb'] for r in runs):.0f} MB |")
    if len(speeds) == 2:
        (current, baseline), (current_cpu, baseline_cpu) = speeds.values(), cpu_speeds.values()
        print(f"\nspeed ratio this checkout / baseline: {current / baseline:.2f} (wall), {current_cpu / baseline_cpu:.2f} (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
