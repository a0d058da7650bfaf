"""How well extraction survives the ways a review's text gets carried: the dev reviews of
``../shared/eval/dev`` re-encoded (hard-wrapped at 40, 60 and 72 columns, quoted in a reply,
commented out, as a batch file's remarks, kept as one escaped string in a log line, a SQL dump or a TSV cell, in
quoted-printable, with CRLF line ends, as a JSON Lines record), each scored against the same gold as
the review as it is.

Usage: python benchmarks/eval_encodings.py [ENCODING ...]

Printed: a table of score.py's headline (the mean F1 of its HEADLINE_FIELDS) per encoding, the
per-field F1, and the ratio of each encoding's headline to the as-is headline. A ratio near 1 means
the encoding costs nothing; the dev reviews are the ones the extractor was built on, so the as-is
row is an in-sample figure and only the ratios say something.
"""

from __future__ import annotations

import json
import quopri
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from eval_extraction import FIELDS, SHARED, load_score  # this folder's cross-validation script
from eval_formats import headline


def _wrapped(width: int) -> Callable[[str], str]:
    # each line filled on its own, so a header line stays a line
    return lambda text: "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


#: Each encoding's file name (its suffix picks the reader, as a user's file would) and how it
#: carries the review's text.
ENCODINGS: dict[str, tuple[str, Callable[[str], str]]] = {
    "as is": ("review.txt", lambda text: text),
    "wrapped at 72": ("review.txt", _wrapped(72)),
    "wrapped at 60": ("review.txt", _wrapped(60)),
    "wrapped at 40": ("review.txt", _wrapped(40)),
    "CRLF line ends": ("review.txt", lambda text: text.replace("\n", "\r\n")),
    "quoted in a reply": ("reply.txt", lambda text: "On Tue, Bo Ek wrote:\n" + "\n".join(f"> {line}" for line in text.split("\n"))),
    "commented out": ("notes.conf", lambda text: "\n".join(f"# {line}" for line in text.split("\n")) + "\nenabled = true\n"),
    "batch remarks": ("notes.bat", lambda text: "\n".join(f"REM {line}".rstrip() for line in text.split("\n")) + "\n@echo off\nexit /b 0\n"),
    "JSON log line": ("saved.log", lambda text: '{"level":"info","msg":"review saved","body":"' + _escaped(text) + '"}\n'),
    "SQL dump": ("dump.sql", lambda text: "INSERT INTO reviews (id, body) VALUES (1, '" + _escaped(text).replace("'", "''") + "');\n"),
    "TSV cell": ("export.tsv", lambda text: "id\tbody\n1\t" + _escaped(text) + "\n"),
    "quoted-printable": ("body.txt", lambda text: quopri.encodestring(text.encode("utf-8")).decode("ascii")),
    "JSON Lines record": ("reviews.jsonl", lambda text: json.dumps({"id": 1, "text": text}) + "\n"),
}


def score_encoding(score, encode: Callable[[str], str], name: str, golds: list[Path]) -> dict[str, list[int]]:
    """Summed (tp, gold, predicted) per field over ``golds``, each review read from a file that
    carries its text the way ``encode`` does."""
    from filmgraph.errors import ReviewError
    from filmgraph.extract import extract_review
    from filmgraph.jsonshape import extraction_to_json
    from filmgraph.reviews import read_review

    totals = {field: [0, 0, 0] for field in FIELDS}
    with tempfile.TemporaryDirectory() as scratch:
        for gold_path in golds:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            review = (gold_path.parent / gold["review"]).resolve()
            text = review.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
            path = Path(scratch) / f"{gold_path.name.split('.')[0]}-{name}"
            path.write_text(encode(text), encoding="utf-8", newline="")
            try:
                predicted = extraction_to_json(extract_review(read_review(path)).kept())
            except ReviewError:
                predicted = {}
            for field, counts in score.fields(gold, predicted).items():
                if field in totals:
                    totals[field] = [a + b for a, b in zip(totals[field], counts, strict=True)]
    return totals


def main(argv: list[str]) -> int:
    golds = sorted((SHARED / "eval" / "dev").glob("*.gold.json"))
    if not golds:
        print(f"no dev golds in {SHARED / 'eval' / 'dev'}: nothing to score")
        return 1
    chosen = argv[1:] or list(ENCODINGS)
    unknown = [name for name in chosen if name not in ENCODINGS]
    if unknown:
        print(f"unknown encoding(s) {unknown}; known: {list(ENCODINGS)}")
        return 2
    score = load_score()
    as_is = headline(score, score_encoding(score, ENCODINGS["as is"][1], ENCODINGS["as is"][0], golds))
    print(f"{len(golds)} dev reviews; headline as is {as_is:.3f}\n")
    print("| encoding | headline | ratio to as is | " + " | ".join(FIELDS) + " |")
    print("|---|---|---|" + "---|" * len(FIELDS))
    for name in chosen:
        file_name, encode = ENCODINGS[name]
        totals = score_encoding(score, encode, file_name, golds)
        figure = headline(score, totals)
        fields = " | ".join(f"{score.prf(*totals[field])[2]:.2f}" for field in FIELDS)
        print(f"| {name} | {figure:.3f} | {figure / as_is:.3f} | {fields} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
