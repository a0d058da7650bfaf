"""Train the film-title model the extractor ships with: one deterministic command.

Usage: python scripts/train_titles.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/`` not held out,
written to ``src/filmgraph/extract/data/titles.json``; weights rounded, keys sorted: the same gold
always gives the same file)

Every gold review whose rules name no film gives one row per title the review names (see
:mod:`filmgraph.extract.filmtitle`), labelled ``title`` when it is the gold film's title (a gold
film without a title makes every row ``other``: the review never names its film).
:func:`filmgraph.extract.training.train_pick_model` fits the weights of a choice among each
review's candidates (the decision threshold is fixed: see ``SETTINGS``) and, with ``--cv``, first
prints a leave-one-corpus-out cross-validation: in each folder's reviews without a rule title, the
titles the model names right and wrong. The reviews whose rules
name a title (the model never learns from them) then set the ``override`` threshold: how sure the
model must be of another title to overrule the rules (see
:func:`filmgraph.extract.training.add_override_threshold`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.filmtitle import LABELS
from filmgraph.extract.training import (
    add_override_threshold,
    matches_film,
    read_gold,
    train_pick_model,
    training_arguments,
)

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "titles.json"
# The model is a choice among the review's candidates and "none of them" (training.fit_choice): a
# title is judged against the other names its review offers, so a film named alone and plainly is
# taken where a per-candidate model found too little evidence in it alone (leave-one-corpus-out at
# 0.4: 110 right and 45 wrong per candidate, 123 and 50 as a choice).
# The threshold is 0.4, not learned. None lower: a wrong title makes a false film node and misplaces
# every fact the review gives (leave-one-corpus-out for the choice: 136 right and 72 wrong at 0.35,
# 144 and 94 at 0.3). None higher: fewer right films than wrong ones are lost (107 and 44 at 0.45,
# 99 and 35 at 0.5), and the inner cross-validation's choice among such thresholds swung with the
# candidates while the corpora left out agreed.
# The penalty is a third of the relation model's: a title's evidence is spread over many rare
# features (its words, marks and places), which the stronger one held near zero (leave-one-corpus-out
# for the choice at 0.4: 107 right and 48 wrong at 0.01, 123 and 50 at 0.003).
SETTINGS: dict = {"labels": LABELS, "prior": {}, "tried": (0.4,), "l2": 0.003, "choice": True}
# The rules' title is right in about nineteen reviews of twenty they name one in, so only a model
# far surer than its own threshold may overrule them.
OVERRIDES_TRIED = (0.6, 0.7, 0.8, 0.9)


def main(argv: list[str]) -> int:
    args, folders = training_arguments(argv, __doc__.splitlines()[0], MODEL_PATH, ROOT)
    extractor = Extractor()
    reviews = []  # (folder, rows, whether the gold names the film)
    ruled = []  # the reviews the rules name a film in: (the rules' title, whether it is right, rows)
    for gold in read_gold(folders):
        if "film" in gold.raw.get("unannotated", ()):
            continue
        film_gold = gold.raw.get("film") or {}
        film, candidates = extractor.title_candidates(gold.review)
        rows = [(features, int(bool(film_gold.get("title")) and matches_film(film_gold, candidate.title, None)), candidate.title)
                for candidate, features in candidates]
        if film is not None and film.title:
            # the model learns where the rules named no film; the reviews they name one in only
            # set how sure it must be to overrule them
            ruled.append((film.title, bool(film_gold.get("title")) and matches_film(film_gold, film.title, None), rows))
        else:
            reviews.append((gold.gold_path.parent.name, rows, bool(film_gold.get("title"))))
    status = train_pick_model(args, reviews, SETTINGS, f"no gold reviews without a rule title in {', '.join(map(str, folders))}")
    if status == 0:
        add_override_threshold(args.out, ruled, OVERRIDES_TRIED)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
