"""Train the actor model the extractor ships with: one deterministic command.

Usage: python scripts/train_cast.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/``, written to the
package)

Every gold review that annotates its cast gives one row per name that no cast rule credited
(see :mod:`filmgraph.extract.actors`), labelled ``actor`` when the gold cast holds it;
:func:`filmgraph.extract.training.fit_with_thresholds` fits the weights and learns the decision
threshold, and the result is written as JSON to ``src/filmgraph/extract/data/actors.json``
(weights rounded, keys sorted: the same gold always gives the same file). With ``--cv`` it first
prints a leave-one-corpus-out cross-validation: each folder's actors scored by a model trained on
all the others, beside the cast rules alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.actors import LABELS, name_key
from filmgraph.extract.training import fit_with_thresholds, read_gold, save_model, training_arguments

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "actors.json"
SETTINGS: dict = {"labels": LABELS, "prior": {}}


def _gold_actors(raw: dict) -> list[set[frozenset[str]]]:
    return [{name_key(a) for a in (c["actor"] if isinstance(c["actor"], list) else [c["actor"]]) if a}
            for c in raw.get("cast", [])]


def _matched(gold: list[set[frozenset[str]]], predicted: list[frozenset[str]]) -> int:
    unused, right = list(predicted), 0
    for options in gold:
        hit = next((key for key in unused if key in options), None)
        if hit is not None:
            unused.remove(hit)
            right += 1
    return right


def main(argv: list[str]) -> int:
    args, folders = training_arguments(argv, __doc__.splitlines()[0], MODEL_PATH, ROOT)
    golds = [g for g in read_gold(folders) if not {"actors", "cast"} & set(g.raw.get("unannotated", ()))]
    if not golds:
        print(f"no gold files with a cast in {', '.join(map(str, folders))}")
        return 1
    extractor = Extractor()
    extractor.actor_scorer.model = None  # the rules' credits and the candidates do not depend on the model
    reviews = []  # (folder, rows, gold actors, rule actors)
    for gold in golds:
        review = gold.review
        actors = _gold_actors(gold.raw)
        known = set().union(*actors)
        rows = [(features, int(name_key(name) in known), name) for name, _, features in extractor.actor_candidates(review)]
        ruled = [name_key(c.actor) for c in extractor(review).kept().cast]
        reviews.append((gold.gold_path.parent.name, rows, actors, ruled))
    if args.cv:
        _cross_validate(reviews)
    model = fit_with_thresholds([[(f, label) for f, label, _ in rows] for _, rows, _, _ in reviews], **SETTINGS)
    save_model(model, args.out)
    print(f"{len(golds)} reviews, {sum(len(r[1]) for r in reviews)} names, {len(model.weights)} features, "
          f"thresholds {model.thresholds} -> {args.out}")
    return 0


def _cross_validate(reviews: list) -> None:
    print(f"{'held-out folder':20} {'rules P/R/F1':>16} {'+model P/R/F1':>16}")
    totals = [[0, 0, 0], [0, 0, 0]]
    for held in sorted({folder for folder, *_ in reviews}):
        model = fit_with_thresholds([[(f, label) for f, label, _ in rows]
                                     for folder, rows, _, _ in reviews if folder != held], **SETTINGS)
        threshold = model.thresholds["actor"]
        counts = [[0, 0, 0], [0, 0, 0]]
        for folder, rows, actors, ruled in reviews:
            if folder != held:
                continue
            added = [name_key(name) for features, _, name in rows if model.probabilities(features)[1] >= threshold]
            for i, predicted in enumerate((ruled, ruled + added)):
                for j, value in enumerate((_matched(actors, predicted), len(actors), len(predicted))):
                    counts[i][j] += value
                    totals[i][j] += value
        print(f"{held:20} {_prf(counts[0]):>16} {_prf(counts[1]):>16}")
    print(f"{'all':20} {_prf(totals[0]):>16} {_prf(totals[1]):>16}")


def _prf(counts: list[int]) -> str:
    right, gold, predicted = counts
    precision, recall = right / max(predicted, 1), right / max(gold, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{precision:.2f}/{recall:.2f}/{f1:.2f}"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
