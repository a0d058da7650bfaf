"""Extraction survives the ways a review's text gets carried (benchmarks/eval_encodings.py): each
encoding of the dev reviews keeps nearly all of the as-is headline."""

import importlib.util
import json
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

#: The share of the as-is headline each encoding keeps at least (at this floor's writing the
#: lowest ratio was 0.977: wrapped at 40 columns, quoted in a reply, commented out).
RATIO_FLOOR = 0.95


def _texts(golds):
    for gold_path in golds:
        review = gold_path.parent / json.loads(gold_path.read_text(encoding="utf-8"))["review"]
        yield review.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.fixture
def encodings(shared):
    if not list((shared / "eval" / "dev").glob("*.gold.json")):
        pytest.skip("no dev gold files")
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCHMARKS))  # as when run: the script imports eval_extraction beside it
        spec = importlib.util.spec_from_file_location("eval_encodings", BENCHMARKS / "eval_encodings.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        score = module.load_score()
        golds = sorted((shared / "eval" / "dev").glob("*.gold.json"))
        as_is = module.headline(score, module.score_encoding(score, module.ENCODINGS["as is"][1], "review.txt", golds))
        yield module, score, golds, as_is


@pytest.mark.parametrize("name", ["wrapped at 72", "wrapped at 40", "CRLF line ends", "quoted in a reply", "commented out", "batch remarks",
                                  "JSON log line", "SQL dump", "TSV cell", "quoted-printable", "JSON Lines record"])
def test_an_encoding_keeps_the_as_is_headline(encodings, name):
    module, score, golds, as_is = encodings
    file_name, encode = module.ENCODINGS[name]
    # the encoding does change the reviews' text, so the figure measures something
    assert sum(encode(text) != text for text in _texts(golds)) >= len(golds) // 2
    figure = module.headline(score, module.score_encoding(score, encode, file_name, golds))
    assert figure >= RATIO_FLOOR * as_is, f"{name}: {figure:.3f} against {as_is:.3f} as is"
