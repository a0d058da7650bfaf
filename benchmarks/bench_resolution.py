"""Benchmark of entity resolution and catalog import.

1. Catalog import: the whole CMU movie metadata (81,741 films) and the Wikipedia remake list, bulk
   loaded into a fresh store; time and quads per second.
2. Resolution on the critics' corpus (../shared/data/reviews/critics), ingested together through
   FilmGraph.ingest: how many film mentions became how many film nodes before resolution (one node
   per distinct title-as-written and year) and after (distinct IRIs), and the ten largest merges.
   Run once without a catalog and, with --catalog, once more against the full CMU catalog.

Usage: python benchmarks/bench_resolution.py [--catalog] [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from filmgraph.api import FilmGraph
from filmgraph.reviews import find_review_files

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CMU = SHARED / "catalog" / "cmu-movie-metadata.tsv.gz"
REMAKES = SHARED / "catalog" / "wikipedia-remakes.csv"
CRITICS = SHARED / "reviews" / "critics"


def bench_import(location: str) -> dict:
    """Import both catalogs into a fresh store at ``location``; times and rates."""
    fg = FilmGraph.open(location)
    result: dict[str, object] = {}
    for path in (CMU, REMAKES):
        report = fg.import_catalog(path)
        result[path.name] = {"films": report.films, "new_films": report.new_films, "remakes": report.remakes,
                             "quads": report.quads, "seconds": report.seconds,
                             "quads_per_second": report.quads_per_second, "warnings": len(report.warnings)}
    started = time.perf_counter()
    index = fg.resolver.index
    index.fetch_all()  # the index reads films from the store lazily: read them all, as a catalog import does
    result["index_build_seconds"] = round(time.perf_counter() - started, 2)
    result["index_films"] = len(index)
    result["store_quads"] = len(fg.store)
    return result


def bench_resolution(files: list[Path], *, catalog: bool) -> dict:
    """Ingest ``files`` together; mentions and nodes before and after resolution; largest merges."""
    fg = FilmGraph.open(":memory:")
    if catalog:
        fg.import_catalog(CMU)
        fg.import_catalog(REMAKES)
    resolver = fg.resolver
    resolver.record = True
    started = time.perf_counter()
    report = fg.ingest(files)
    seconds = time.perf_counter() - started
    decisions = resolver.decisions
    before = {(d.title, d.year) for d in decisions}
    forms: dict[str, Counter] = defaultdict(Counter)
    for d in decisions:
        forms[d.iri][(d.title, d.year)] += 1
    merges = sorted(((iri, c) for iri, c in forms.items() if len(c) > 1), key=lambda x: (-len(x[1]), -sum(x[1].values()), x[0]))
    reasons = Counter(d.reason.split(" (")[0].split(";")[-1].strip() for d in decisions)
    return {
        "reviews": report.reviews, "failed": len(report.failed), "seconds": round(seconds, 1),
        "mentions": len(decisions),
        "nodes_before": len(before),
        "nodes_after": len({d.iri for d in decisions}),
        "linked_to_catalog_films": sum(1 for d in decisions if d.chosen is not None),
        "ambiguous": sum(1 for d in decisions if d.ambiguous),
        "decisions": dict(reasons.most_common()),
        "largest_merges": [
            {"iri": iri, "forms": [f"{t} ({y or '?'}) x{n}" for (t, y), n in c.most_common()]}
            for iri, c in merges[:10]
        ],
        "suspected_duplicates": len(fg.suspected_duplicates(people=False)) if not catalog else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", action="store_true", help="Also resolve against the full CMU catalog.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N reviews.")
    parser.add_argument("--json", type=Path, default=None, help="Write the figures here too.")
    args = parser.parse_args()
    if not CRITICS.is_dir():
        sys.exit(f"no corpus at {CRITICS}")
    results: dict = {"import": bench_import(":memory:")}
    print(json.dumps(results["import"], indent=2))
    files = find_review_files([CRITICS])[: args.limit]
    results["resolution"] = bench_resolution(files, catalog=False)
    print(json.dumps(results["resolution"], indent=2, ensure_ascii=False))
    if args.catalog:
        results["resolution_with_catalog"] = bench_resolution(files, catalog=True)
        print(json.dumps(results["resolution_with_catalog"], indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
