"""Extraction speed and memory, side by side with an earlier extractor: reviews/s per core, MB/s,
peak RSS and gazetteer load time.

Usage: python benchmarks/bench_extract.py [--baseline REF] [--limit N] [--repeat R] [FOLDER ...]
(default: the shared critics corpus, baseline ``9f5ab62``, the extractor before the learned
relation model and the gazetteer; ``--baseline ''`` measures this checkout alone)

Each variant runs in a process of its own, one core, on the same reviews: the reviews are read
first (not timed), then every review is extracted R times in turns and the median pass is
reported, so both variants see the same machine noise. The baseline's ``src/`` is taken from git
(``git archive``) into a temporary folder.
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
reviews = [r for r in read_reviews(sys.argv[1:-1]) if isinstance(r, Review)][:int(sys.argv[-1].split(",")[0])]
extract_review(reviews[0])  # loads whatever the extractor loads (gazetteer, model)
loaded = time.perf_counter() - started
passes = []
for _ in range(int(sys.argv[-1].split(",")[1])):
    begin = time.perf_counter()
    for review in reviews:
        extract_review(review)
    passes.append(time.perf_counter() - begin)
print(json.dumps({"reviews": len(reviews), "megabytes": sum(len(r.text.encode()) for r in reviews) / 1e6,
                  "passes": passes, "import_and_first_s": loaded,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _measure(src: Path, folders: list[str], limit: int, repeat: int) -> dict:
    run = subprocess.run([sys.executable, "-c", _MEASURE, *folders, f"{limit},{repeat}"], capture_output=True,
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
        results = {name: _measure(src, args.folders, args.limit, args.repeat) for name, src in variants.items()}
    print(f"| extractor | reviews | reviews/s (median of {args.repeat}) | MB/s | import + first review | peak RSS |")
    print("|---|---|---|---|---|---|")
    speeds = {}
    for name, result in results.items():
        median = statistics.median(result["passes"])
        speeds[name] = result["reviews"] / median
        print(f"| {name} | {result['reviews']} | {speeds[name]:.0f} | {result['megabytes'] / median:.2f} | "
              f"{result['import_and_first_s']:.2f} s | {result['peak_rss_mb']:.0f} MB |")
    if len(speeds) == 2:
        current, baseline = speeds.values()
        print(f"\nspeed ratio this checkout / baseline: {current / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
