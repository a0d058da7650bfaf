"""Train the relation model the extractor ships with: one deterministic command.

Usage: python scripts/train_relations.py [--out FILE] [GOLD_DIR ...]
(default: ``../shared/eval/dev``, ``../shared/eval/dev/round2`` and the real reviews annotated under
``benchmarks/real-*``, written to the package; the written everyday-format sets are left out: trained
on too, they made the model worse on real reviews, leave-one-corpus-out)

Every gold review's candidates (see :mod:`filmgraph.extract.scorer`) are labelled by its gold and
:func:`filmgraph.extract.training.fit_with_thresholds` fits the weights and learns the decision
thresholds. The result is written as JSON to ``src/filmgraph/extract/data/relations.json``
(weights rounded, keys sorted: the same gold always gives the same file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.training import (
    fit_with_thresholds,
    labelled_candidates,
    read_gold,
    real_review_corpora,
)

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "relations.json"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv[1:])
    folders = args.gold_dirs or [ROOT / ".." / "shared" / "eval" / "dev", ROOT / ".." / "shared" / "eval" / "dev" / "round2",
                                 *real_review_corpora(ROOT / "benchmarks")]
    golds = read_gold(folders)
    if not golds:
        print(f"no gold files in {', '.join(map(str, folders))}")
        return 1
    rules = Extractor()
    rules.relation_scorer.model = None  # candidates and rule features do not depend on a model
    reviews = [labelled_candidates([gold], rules) for gold in golds]
    model = fit_with_thresholds(reviews)
    args.out.write_text(json.dumps(model.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    rows = sum(len(r) for r in reviews)
    print(f"{len(golds)} reviews, {rows} candidates, {len(model.weights)} features, "
          f"thresholds {model.thresholds} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
