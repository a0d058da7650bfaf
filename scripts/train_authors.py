"""Train the author model the extractor ships with: one deterministic command.

Usage: python scripts/train_authors.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/``, written to the
package)

Every gold review in which the byline rules find no reviewer gives one row per name or handle the
author model would choose among (see :mod:`filmgraph.extract.authors`), labelled ``reviewer`` when it is the gold reviewer (a review with
no gold reviewer makes every row ``other``). :func:`filmgraph.extract.training.fit_with_thresholds`
fits the weights and learns the decision threshold; the result is written as JSON to
``src/filmgraph/extract/data/authors.json`` (weights rounded, keys sorted: the same gold always
gives the same file). With ``--cv`` it first prints a leave-one-corpus-out cross-validation: in each
folder's reviews without a rule byline, the authors the model names right and wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.actors import name_key
from filmgraph.extract.authors import LABELS, AuthorScorer
from filmgraph.extract.training import fit_with_thresholds, read_gold, train_and_save, training_arguments

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "authors.json"
# An author is one name among the dozen a page's head and foot give, and most pages the byline rules
# miss name none: the model's probabilities stay low, so lower thresholds than the relation model's
# are tried, but none under 0.15: a wrong author is a false fact in the graph, a missing one only a gap
# (at 0.1 the leave-one-corpus-out picks were 19 right and 14 wrong, at 0.15 9 right and 1 wrong).
SETTINGS: dict = {"labels": LABELS, "prior": {}, "tried": (0.15, 0.2, 0.25, 0.3, 0.4)}


def _keys(gold: dict) -> set[frozenset[str]]:
    name = (gold.get("reviewer") or {}).get("name")
    return {name_key(n) for n in (name if isinstance(name, list) else [name]) if n}


def main(argv: list[str]) -> int:
    args, folders = training_arguments(argv, __doc__.splitlines()[0], MODEL_PATH, ROOT)
    extractor = Extractor()
    reviews = []  # (folder, rows, gold reviewer keys)
    for gold in read_gold(folders):
        if "reviewer" in gold.raw.get("unannotated", ()):
            continue
        ruled, candidates = extractor.author_candidates(gold.review)
        if ruled is not None:
            continue  # the model only speaks where the rules found no byline: it learns from those reviews
        keys = _keys(gold.raw)
        rows = [(features, int(name_key(name) in keys), name) for name, _, features in candidates]
        reviews.append((gold.gold_path.parent.name, rows, keys))
    if not reviews:
        print(f"no gold files in {', '.join(map(str, folders))}")
        return 1
    if args.cv:
        _cross_validate(reviews)
    train_and_save(_training_rows(reviews), args.out, "names", **SETTINGS)
    return 0


def _training_rows(reviews: list) -> list[list[tuple[dict[str, float], int]]]:
    return [[(features, label) for features, label, _ in rows] for _, rows, _ in reviews]


def _cross_validate(reviews: list) -> None:
    print(f"{'held-out folder':20} {'reviews':>8} {'gold':>5} {'named right/wrong':>18}")
    totals = [0] * 4
    for held in sorted({folder for folder, *_ in reviews}):
        scorer = AuthorScorer(model=fit_with_thresholds(_training_rows([r for r in reviews if r[0] != held]), **SETTINGS))
        counts = [0] * 4
        for folder, rows, keys in reviews:
            if folder != held:
                continue
            counts[0] += 1
            counts[1] += bool(keys)
            best = scorer.best((name, features) for features, _, name in rows)
            if best is not None:
                counts[2 if name_key(best[0]) in keys else 3] += 1
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{held:20} {counts[0]:>8} {counts[1]:>5} {counts[2]:>12}/{counts[3]:<5}")
    print(f"{'all':20} {totals[0]:>8} {totals[1]:>5} {totals[2]:>12}/{totals[3]:<5}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
