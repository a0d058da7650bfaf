"""Score the extractor on everyday-format reviews with gold annotations (default ``benchmarks/formats-blind``).

Usage: python benchmarks/eval_formats.py [FOLDER]

Every ``*.gold.json`` in FOLDER names its review (path relative to the gold file). Each review is
read and extracted in this process (``extract_review(read_review(path)).kept()``), shaped with
``extraction_to_json`` and scored with ``../shared/eval/score.py``'s ``fields`` and ``prf``.
Printed: per-field micro P/R/F1 over all reviews, score.py's headline ("overall F1", the mean F1
over its HEADLINE_FIELDS), and for each review its overall F1 with the misses: gold items the
extractor did not find ("missed") and predicted items not in the gold ("extra"). A review the readers
refuse (a ReviewError) is scored as an empty extraction and listed as "refused".

The figures are reproducible: files are taken in sorted order and the script re-runs itself with
PYTHONHASHSEED=0 when the hash seed is not fixed, so set iteration cannot change a result.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eval_extraction import FIELDS, SHARED, load_score  # this folder's cross-validation script

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "formats-blind"


def film_text(ref: dict) -> str:
    title = ref.get("title")
    title = " | ".join(title) if isinstance(title, list) else title
    return f"{title} ({ref['year']})" if ref.get("year") else str(title)


def cast_text(member: dict) -> str:
    character = member.get("character")
    character = " | ".join(character) if isinstance(character, list) else character
    return f"{member.get('actor')} as {character}" if character else str(member.get("actor"))


def person_text(name) -> str:
    return " | ".join(name) if isinstance(name, list) else str(name)


def misses(score, gold: dict, pred: dict) -> list[str]:
    """One line per gold item not matched ("missed") and per predicted item left over ("extra")."""
    gf, pf = gold.get("film") or {}, pred.get("film") or {}
    gold_reviewer = [gold["reviewer"]["name"]] if gold.get("reviewer") else []
    pred_reviewer = [(pred.get("reviewer") or {}).get("name")] if (pred.get("reviewer") or {}).get("name") else []
    groups = (
        ("film", [gf] if gf.get("title") else [], [pf] if pf.get("title") else [], score.film_match, film_text),
        ("directors", gf.get("directors", []), pf.get("directors") or [], score.person_match, person_text),
        ("writers", gf.get("writers", []), pf.get("writers") or [], score.person_match, person_text),
        ("countries", gf.get("countries", []), pf.get("countries") or [], score.place_match, person_text),
        ("remake_of", gold.get("remake_of", []), pred.get("remake_of") or [], score.film_match, film_text),
        ("influences", gold.get("influences", []), pred.get("influences") or [], score.film_match, film_text),
        ("reviewer", gold_reviewer, pred_reviewer, score.person_match, person_text),
        # as score.py counts them: actors by name, then the parts of those given a character
        ("actors", [c["actor"] for c in gold.get("cast", [])], [c.get("actor", "") for c in pred.get("cast") or []],
         score.person_match, person_text),
        ("roles", [c for c in gold.get("cast", []) if c.get("character")],
         [c for c in pred.get("cast") or [] if c.get("character")], score.cast_match, cast_text),
    )
    lines = []
    for field, golds, preds, match, text in groups:
        unused = list(preds)
        missed = []
        for g in golds:
            hit = next((p for p in unused if match(g, p)), None)
            if hit is None:
                missed.append(g)
            else:
                unused.remove(hit)
        lines += [f"    {field}: missed {text(g)}" for g in missed]
        lines += [f"    {field}: extra  {text(p)}" for p in unused]
    return lines


def headline(score, totals: dict[str, list[int]]) -> float:
    scored = [score.prf(*totals[f])[2] for f in score.HEADLINE_FIELDS if totals[f][1] or totals[f][2]]
    return sum(scored) / len(scored) if scored else 0.0


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not (SHARED / "eval" / "score.py").exists():
        print("no ../shared/eval/score.py beside the project: nothing to score with")
        return 1
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        print(f"no *.gold.json in {folder}")
        return 1
    from filmgraph.errors import ReviewError
    from filmgraph.extract import extract_review
    from filmgraph.jsonshape import extraction_to_json
    from filmgraph.reviews import read_review

    score = load_score()
    totals = {field: [0, 0, 0] for field in FIELDS}
    per_file = []
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        review = (gold_path.parent / gold["review"]).resolve()
        try:
            pred = extraction_to_json(extract_review(read_review(review)).kept())
            refused = []
        except ReviewError as error:  # a review the readers refuse scores as an empty extraction
            pred, refused = {}, [f"    refused: {error}"]
        counts = score.fields(gold, pred)
        for field, values in counts.items():
            for i, value in enumerate(values):
                totals[field][i] += value
        per_file.append((review.name, headline(score, {f: list(v) for f, v in counts.items()}),
                         refused + misses(score, gold, pred)))

    print(f"{len(golds)} reviews in {folder}")
    print(f"{'field':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}")
    for field in FIELDS:
        tp, ng, np_ = totals[field]
        p, r, f = score.prf(tp, ng, np_)
        print(f"{field:<12}{p:>7.2f}{r:>7.2f}{f:>7.2f}{ng:>6}{np_:>6}")
    all_counts = [sum(t[i] for t in totals.values()) for i in range(3)]
    print(f"micro F1 {score.prf(*all_counts)[2]:.3f}")
    print(f"overall F1 {headline(score, totals):.3f}")
    print()
    print("per review (overall F1, then misses):")
    for name, f1, lines in per_file:
        print(f"  {name}  {f1:.3f}")
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
