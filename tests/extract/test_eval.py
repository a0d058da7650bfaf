"""The seed review against its gold, and the dev set scored as score.py does."""

import importlib.util
import json

import pytest

from filmgraph.extract import extract_review
from filmgraph.jsonshape import extraction_to_json
from filmgraph.reviews import read_review

#: A little under the overall F1 reached when this floor was set (0.91).
DEV_FLOOR = 0.85


def _predict(path):
    return extraction_to_json(extract_review(read_review(path)).kept())


def test_seed_matches_gold_exactly(shared):
    gold = json.loads((shared / "eval" / "dev" / "hard-hit-review.gold.json").read_text())
    pred = _predict(shared / "seeds" / "hard-hit-review.txt")
    film = pred["film"]
    assert {k: film[k] for k in ("title", "year", "countries", "directors", "writers")} == gold["film"]
    assert [{"title": r["title"], "year": r["year"], "countries": r["countries"]} for r in pred["remake_of"]] == gold["remake_of"]
    assert [(r["title"], r["year"]) for r in pred["influences"]] == [("Speed", 1994), ("Phonebooth", 2002)]
    assert [(c["actor"], c["character"]) for c in pred["cast"]] == [(c["actor"], c["character"]) for c in gold["cast"]]
    assert (pred["reviewer"]["name"], pred["reviewer"]["location"]) == ("Allen", "Seattle, Washington")


def test_dev_set_overall_f1(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    totals: dict[str, list[int]] = {}
    gold_files = sorted((shared / "eval" / "dev").glob("*.gold.json"))
    if not gold_files:
        pytest.skip("no dev gold files")
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text())
        pred = _predict((gold_file.parent / gold["review"]).resolve())
        for field, counts in score.fields(gold, pred).items():
            total = totals.setdefault(field, [0, 0, 0])
            for i, value in enumerate(counts):
                total[i] += value
    headline = [score.prf(*totals[f])[2] for f in score.HEADLINE_FIELDS if totals[f][1] or totals[f][2]]
    assert sum(headline) / len(headline) >= DEV_FLOOR
    assert score.prf(*totals["remake_of"])[0] >= 0.8
