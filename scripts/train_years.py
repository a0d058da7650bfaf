"""Train the film-year model the extractor ships with: one deterministic command.

Usage: python scripts/train_years.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/``, written to the
package)

Every gold review whose film the rules name rightly gives one row per year the review writes (see
:mod:`filmgraph.extract.years`), labelled ``year`` when it is the gold film's year (a gold film
without a year makes every row ``other``: the review does not date its film).
:func:`filmgraph.extract.training.fit_with_thresholds` fits the weights and learns the decision
threshold; the result is written as JSON to ``src/filmgraph/extract/data/years.json`` (weights
rounded, keys sorted: the same gold always gives the same file). With ``--cv`` it first prints a
leave-one-corpus-out cross-validation: in each folder, how many reviewed films come out right (title
and year) with the rules' years alone and with the model filling the years they miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.training import fit_with_thresholds, matches_film, read_gold, train_and_save, training_arguments
from filmgraph.extract.years import LABELS, YearScorer

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "years.json"
# The near-tie leaning to the higher threshold suits relations (see fit_with_thresholds); a film's
# year has no such skew, and the leaning swung this threshold between 0.5 and 0.6 as a few training
# reviews came and went.
SETTINGS: dict = {"labels": LABELS, "prior": {}, "near_tie": 0.0}


def main(argv: list[str]) -> int:
    args, folders = training_arguments(argv, __doc__.splitlines()[0], MODEL_PATH, ROOT)
    extractor = Extractor()
    reviews = []  # (folder, rows, gold year, the rules' year)
    for gold in read_gold(folders):
        film_gold = gold.raw.get("film") or {}
        if not film_gold.get("title"):
            continue
        film, candidates = extractor.year_candidates(gold.review)
        if film is None or not film.title or not matches_film(film_gold, film.title, None):
            continue
        year = film_gold.get("year")
        rows = [(features, int(found == year), found) for found, _, features in candidates]
        reviews.append((gold.gold_path.parent.name, rows, year, film.year))
    if not reviews:
        print(f"no gold films the rules name in {', '.join(map(str, folders))}")
        return 1
    if args.cv:
        _cross_validate(reviews)
    train_and_save(_training_rows(reviews), args.out, "years", **SETTINGS)
    return 0


def _training_rows(reviews: list) -> list[list[tuple[dict[str, float], int]]]:
    return [[(features, label) for features, label, _ in rows] for _, rows, _, _ in reviews]


def _cross_validate(reviews: list) -> None:
    print(f"{'held-out folder':20} {'films':>6} {'rules right':>12} {'+model right':>13} {'added right/wrong/undated':>26}")
    totals = [0] * 6
    for held in sorted({folder for folder, *_ in reviews}):
        model = fit_with_thresholds(_training_rows([r for r in reviews if r[0] != held]), **SETTINGS)
        scorer = YearScorer(model=model)
        counts = [0] * 6
        for folder, rows, gold_year, rules_year in reviews:
            if folder != held:
                continue
            year = rules_year
            if year is None:
                year = scorer.best((found, features) for features, _, found in rows)
                if year is not None:
                    counts[5 if gold_year is None else 3 if year == gold_year else 4] += 1
            counts[0] += 1
            counts[1] += gold_year is None or rules_year == gold_year
            counts[2] += gold_year is None or year == gold_year
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{held:20} {counts[0]:>6} {counts[1]:>12} {counts[2]:>13} {counts[3]:>17}/{counts[4]}/{counts[5]}")
    print(f"{'all':20} {totals[0]:>6} {totals[1]:>12} {totals[2]:>13} {totals[3]:>17}/{totals[4]}/{totals[5]}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
