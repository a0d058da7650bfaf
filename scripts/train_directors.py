"""Train the director model the extractor ships with: one deterministic command.

Usage: python scripts/train_directors.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/``, written to the
package)

Every gold review in which the film rules name no director gives one row per name the director
model would choose among (see :mod:`filmgraph.extract.directors`), labelled ``director`` when the
gold film's directors hold it (a review with no gold director makes every row ``other``).
:func:`filmgraph.extract.training.fit_with_thresholds` fits the weights and learns the decision
threshold; the result is written as JSON to ``src/filmgraph/extract/data/directors.json`` (weights
rounded, keys sorted: the same gold always gives the same file). With ``--cv`` it first prints a
leave-one-corpus-out cross-validation: in each folder's reviews without a rule director, the
directors the model names right and wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.actors import name_key
from filmgraph.extract.directors import LABELS
from filmgraph.extract.training import fit_with_thresholds, read_gold, train_and_save, training_arguments
from filmgraph.reviews import read_review

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "directors.json"
# Most reviews the rules leave without a director name none the model could find (a surname alone,
# or no director at all), so the probabilities stay low, but none under 0.35 is tried: a wrong
# director is a false fact in the graph, a missing one only a gap (in the leave-one-corpus-out
# runs, 66 right and 34 wrong at 0.2; 35 right and 7 wrong from 0.35).
SETTINGS: dict = {"labels": LABELS, "prior": {}, "tried": (0.35, 0.4, 0.5)}


def _keys(gold: dict) -> set[frozenset[str]]:
    keys = set()
    for director in (gold.get("film") or {}).get("directors", []):
        keys |= {name_key(n) for n in (director if isinstance(director, list) else [director]) if n}
    return keys


def main(argv: list[str]) -> int:
    args, folders = training_arguments(argv, __doc__.splitlines()[0], MODEL_PATH, ROOT)
    extractor = Extractor()
    reviews = []  # (folder, rows, gold director keys)
    for gold in read_gold(folders):
        if not gold.review_path.exists() or {"film", "directors"} & set(gold.raw.get("unannotated", ())):
            continue
        review = read_review(gold.review_path)
        film, names = extractor.director_candidates(review)
        if film is not None and film.directors:
            continue  # the model only speaks where the rules named no director: it learns from those reviews
        keys = _keys(gold.raw)
        rows = [(features, int(name_key(name) in keys), name) for name, features in names]
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
        model = fit_with_thresholds(_training_rows([r for r in reviews if r[0] != held]), **SETTINGS)
        threshold = model.thresholds.get("director", 0.5)
        counts = [0] * 4
        for folder, rows, keys in reviews:
            if folder != held:
                continue
            counts[0] += 1
            counts[1] += bool(keys)
            scored = max(((model.probabilities(features)[1], name) for features, _, name in rows), default=None)
            if scored is not None and scored[0] >= threshold:
                counts[2 if name_key(scored[1]) in keys else 3] += 1
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{held:20} {counts[0]:>8} {counts[1]:>5} {counts[2]:>12}/{counts[3]:<5}")
    print(f"{'all':20} {totals[0]:>8} {totals[1]:>5} {totals[2]:>12}/{totals[3]:<5}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
