"""Extraction speed on a review corpus: reviews/s, MB/s and peak memory.

Usage: python benchmarks/bench_extract.py [FOLDER ...]   (default: the shared critics corpus)
Reading the files is not timed; only :func:`filmgraph.extract.extract_review` is.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

from filmgraph.extract import extract_review
from filmgraph.model import Review
from filmgraph.reviews import read_reviews

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "reviews" / "critics"


def main(argv: list[str]) -> int:
    folders = argv[1:] or [str(DEFAULT)]
    reviews = [r for r in read_reviews(folders) if isinstance(r, Review)]
    if not reviews:
        print("no reviews found under", folders)
        return 1
    megabytes = sum(len(r.text.encode("utf-8")) for r in reviews) / 1e6
    started = time.perf_counter()
    for review in reviews:
        extract_review(review)
    elapsed = time.perf_counter() - started
    tracemalloc.start()  # a second, traced pass over a sample: tracing slows extraction down
    for review in reviews[:500]:
        extract_review(review)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(reviews)} reviews, {megabytes:.1f} MB in {elapsed:.2f} s")
    print(f"{len(reviews) / elapsed:.0f} reviews/s, {megabytes / elapsed:.2f} MB/s")
    print(f"peak traced memory while extracting {peak / 1e6:.1f} MB, process peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
