"""Build the English review vocabulary that the extractor ships with.

Usage: python scripts/build_vocabulary.py [REVIEWS_DIR]   (default: ../shared/data/reviews)

Reads every ``*.txt`` review under the folder and writes
``src/filmgraph/extract/data/english-words.txt.gz``: the lower-case words seen mid-sentence (after
a lower-case word or a comma) in at least ``MIN_REVIEWS`` reviews, sorted, one per line, so the
same corpora always give the same bytes. :mod:`filmgraph.extract.vocabulary` reads it.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

from filmgraph.english import VOCABULARY_PATH

MIN_REVIEWS = 3
# Shorthand of reviews typed in chats and comments, rare in the critics' prose the rest comes from
CHAT_SHORTHAND = frozenset("lol lmao lmfao rofl tbh imo imho ngl btw fwiw idk omg omfg smh af irl tho pls plz iirc afaik "
                           "fr rn ikr jk tl dr tldr wtf nvm ppl bc cuz gonna wanna gotta kinda sorta".split())
# a lower-case word inside a sentence: a sentence's first word or a title's may be anything
_PROSE_WORD = re.compile(r"(?<=[a-z,;] )[a-zß-ÿ][a-zß-ÿ'’-]*(?=[ ,.;:!?])")


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "reviews"
    reviews_using: Counter[str] = Counter()
    paths = sorted(folder.rglob("*.txt"))
    for path in paths:
        reviews_using.update(set(_PROSE_WORD.findall(path.read_text(encoding="utf-8", errors="replace"))))
    words = sorted({word for word, count in reviews_using.items() if count >= MIN_REVIEWS} | CHAT_SHORTHAND)
    VOCABULARY_PATH.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(VOCABULARY_PATH, "wb", mtime=0) as out:
        out.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words from {len(paths)} reviews -> {VOCABULARY_PATH} ({VOCABULARY_PATH.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
