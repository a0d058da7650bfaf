"""Retraining each shipped model (relations, actors, film titles and years, authors, directors, writers,
countries) is one deterministic command, and the shipped weights are what it gives."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "filmgraph" / "extract" / "data" / "relations.json"


def _train(out, script="train_relations.py"):
    name, *arguments = script.split()
    subprocess.run([sys.executable, str(ROOT / "scripts" / name), *arguments, "--out", str(out)],
                   check=True, capture_output=True, text=True)
    return json.loads(out.read_text())


def _assert_same_model(shipped, trained):
    assert shipped["thresholds"] == trained["thresholds"]
    assert shipped["weights"].keys() == trained["weights"].keys()
    for name, row in trained["weights"].items():
        assert shipped["weights"][name] == pytest.approx(row, abs=1e-3), name


def test_retraining_is_deterministic_and_matches_the_shipped_model(shared, tmp_path):
    if not list((shared / "eval" / "dev").glob("*.gold.json")):
        pytest.skip("no dev gold files")
    first, second = _train(tmp_path / "a.json"), _train(tmp_path / "b.json")
    assert first == second
    shipped = json.loads(SHIPPED.read_text())
    # A feature or rule change without retraining shows here: run scripts/train_relations.py.
    _assert_same_model(shipped, first)


def test_of_thresholds_about_as_good_the_highest_is_taken():
    from filmgraph.extract.training import THRESHOLDS, fit_with_thresholds

    # every threshold separates these perfectly, so the out-of-fold F1 is flat: precision wins the tie
    reviews = [[({"cue:remake": 1.0}, 1), ({"cue:likeness": 1.0}, 2), ({"plain": 1.0}, 0)] for _ in range(10)]
    model = fit_with_thresholds(reviews, prior={})
    assert model.thresholds == {"remake_of": max(THRESHOLDS), "influence": max(THRESHOLDS)}


def test_a_pick_models_threshold_is_judged_on_each_reviews_best_candidate():
    from filmgraph.extract.training import fit_with_thresholds

    # Three reviews in four name their film with a cue and also name another title; the fourth names
    # only its film, without the cue. Counted row by row, a threshold low enough for the lone title
    # also admits every other title; a model naming one title per review never names those.
    reviews = [[({"cue": 1.0}, 1), ({"plain": 1.0}, 0)] if i % 4 else [({"plain": 1.0}, 1)] for i in range(40)]
    settings = {"labels": ("other", "title"), "prior": {}, "tried": (0.2, 0.3, 0.4, 0.5, 0.6)}
    assert fit_with_thresholds(reviews, **settings).thresholds == {"title": 0.6}
    assert fit_with_thresholds(reviews, pick_one=True, **settings).thresholds == {"title": 0.2}


@pytest.mark.parametrize("script, model", [
    ("train_cast.py", "actors.json"), ("train_years.py", "years.json"),
    ("train_authors.py", "authors.json"), ("train_credits.py director", "directors.json"),
    ("train_credits.py writer", "writers.json"), ("train_countries.py", "countries.json"),
    ("train_titles.py", "titles.json"),
])
def test_the_shipped_model_is_what_retraining_gives(shared, tmp_path, script, model):
    if not list((shared / "eval" / "dev").glob("*.gold.json")):
        pytest.skip("no dev gold files")
    shipped = json.loads((SHIPPED.parent / model).read_text())
    # A rule or feature change without retraining shows here: run the script.
    _assert_same_model(shipped, _train(tmp_path / model, script))


def test_a_held_out_benchmark_is_no_training_data(tmp_path):
    from filmgraph.extract.training import HELD_OUT, real_review_corpora, training_folders

    for name in ("real-critics-a", "real-critics-b", "formats-blind-a"):
        (tmp_path / name).mkdir()
    (tmp_path / "real-critics-b" / HELD_OUT).write_text("kept out\n")
    (tmp_path / "notes.md").write_text("not a folder\n")
    assert [p.name for p in training_folders(tmp_path)] == ["formats-blind-a", "real-critics-a"]
    assert [p.name for p in real_review_corpora(tmp_path)] == ["real-critics-a"]


def test_a_pick_model_overrules_the_rules_only_as_sure_as_it_helps(tmp_path):
    from filmgraph.extract.scorer import RelationModel
    from filmgraph.extract.training import add_override_threshold, save_model

    out = tmp_path / "titles.json"
    # P(title) is about 0.95 for a "sure" candidate and 0.6 for an "unsure" one
    save_model(RelationModel(("other", "title"), (0.0, 0.0), {"sure": (0.0, 3.0), "unsure": (0.0, 0.4)}, {"title": 0.4}), out)
    sure_and_right = ("Rule Pick", False, [({"sure": 1.0, "has_year": 1.0}, 1, "Film"), ({}, 0, "Rule Pick")])
    unsure_and_wrong = ("Film", True, [({"unsure": 1.0, "has_year": 1.0}, 0, "Other"), ({}, 1, "Film")])
    same_title = ("Film", True, [({"sure": 1.0, "has_year": 1.0}, 1, "FILM")])  # the rules' own title: nothing overruled
    undated = ("Rule Pick", False, [({"sure": 1.0}, 0, "Other")])  # an undated pick overrules nothing
    ruled = [sure_and_right] * 2 + [unsure_and_wrong] * 3 + [same_title] + [undated] * 3
    assert add_override_threshold(out, ruled, (0.5, 0.7, 0.9)) == 0.9
    assert json.loads(out.read_text())["thresholds"] == {"title": 0.4, "override": 0.9}
    # where overruling never sets more right than it breaks, the model overrules nothing
    out.unlink()
    save_model(RelationModel(("other", "title"), (0.0, 0.0), {"sure": (0.0, 3.0)}, {"title": 0.4}), out)
    assert add_override_threshold(out, [("Film", True, [({"sure": 1.0, "has_year": 1.0}, 0, "Other")])], (0.5, 0.9)) is None
    assert json.loads(out.read_text())["thresholds"] == {"title": 0.4}


def test_a_choice_model_judges_a_reviews_candidates_together_and_survives_saving(tmp_path):
    from filmgraph.extract.scorer import RelationModel
    from filmgraph.extract.training import fit_choice, save_model

    # in each review one quoted name is the title; a bare name never is
    reviews = [[({"quoted": 1.0}, 1), ({"name": 1.0}, 0)]] * 6 + [[({"name": 1.0}, 0)]] * 6
    model = fit_choice(reviews, labels=("other", "title"), min_count=1, l2=0.001, steps=300)
    save_model(model, tmp_path / "choice.json")
    loaded = RelationModel.from_json(json.loads((tmp_path / "choice.json").read_text()))
    assert loaded.choice
    alone = loaded.pick_probabilities([{"quoted": 1.0}])[0]
    together = loaded.pick_probabilities([{"quoted": 1.0}, {"quoted": 1.0}])
    assert alone > 0.9
    # two equally likely titles share the review's one choice
    assert together[0] == pytest.approx(together[1]) and sum(together) <= 1.0 and together[0] < 0.55
    assert loaded.pick_probabilities([{"name": 1.0}])[0] < 0.1
    # a model that is no choice gives each candidate its own probability
    plain = RelationModel(labels=loaded.labels, bias=loaded.bias, weights=loaded.weights)
    assert plain.pick_probabilities([{"quoted": 1.0}, {"quoted": 1.0}]) == [plain.probabilities({"quoted": 1.0})[1]] * 2
