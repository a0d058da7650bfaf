"""Train the film-country model the extractor ships with: one deterministic command.

Usage: python scripts/train_countries.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/`` not held out,
written to ``src/filmgraph/extract/data/countries.json``; weights rounded, keys sorted: the same
gold always gives the same file)

Every gold review whose film the rules name but give no country gives one row per country the
review names (see :mod:`filmgraph.extract.countries`), labelled ``country`` when the gold film has
it (a gold film without countries makes every row ``other``).
:func:`filmgraph.extract.training.fit_with_thresholds` fits the weights and learns the decision
threshold. With ``--cv`` it first prints a leave-one-corpus-out cross-validation: in each folder's
reviews without a rule country, the countries the model adds right and wrong (see
:func:`filmgraph.extract.training.train_pick_model`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from filmgraph.extract import Extractor
from filmgraph.extract.countries import LABELS, country_candidates
from filmgraph.extract.lexicon import COUNTRY_NAMES, DEMONYMS
from filmgraph.extract.training import PickReview, read_gold, train_pick_model, training_arguments

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "filmgraph" / "extract" / "data" / "countries.json"
# No threshold under 0.4 is tried: a wrong country is a false fact in the graph, a missing one
# only a gap (leave-one-corpus-out when the floor was set: 33 right and 26 wrong from 0.3, 15 and 6 from 0.4).
SETTINGS: dict = {"labels": LABELS, "prior": {}, "tried": (0.4, 0.45, 0.5)}

def gold_countries(film: dict) -> set[str]:
    """The gold film's countries as the extractor names them ("USA" and "American" as "United States")."""
    found = set()
    for country in film.get("countries") or []:
        for name in country if isinstance(country, list) else [country]:
            key = " ".join(str(name).lower().split())
            found.add(COUNTRY_NAMES.get(key) or DEMONYMS.get(key) or str(name))
    return found


def main(argv: list[str]) -> int:
    args, folders = training_arguments(argv, __doc__.splitlines()[0], MODEL_PATH, ROOT)
    extractor = Extractor()
    extractor.country_scorer.model = None  # the rules' countries alone decide which reviews the model speaks for
    reviews: list[PickReview] = []
    for gold in read_gold(folders):
        film_gold = gold.raw.get("film") or {}
        if {"film", "countries"} & set(gold.raw.get("unannotated", ())):
            continue
        film = extractor(gold.review).film
        if film is None or film.countries:
            continue
        wanted = gold_countries(film_gold)
        doc = extractor.doc_builder(gold.review.text[: extractor.max_chars])
        rows = [(features, int(country in wanted), country) for country, features in country_candidates(doc, film.title)]
        reviews.append((gold.gold_path.parent.name, rows, len(wanted)))
    return train_pick_model(args, reviews, SETTINGS, f"no gold reviews without a rule country in {', '.join(map(str, folders))}",
                            every=True, rows_are="countries")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
