"""English words as reviews use them: the shipped vocabulary in, a set of lower-case words out.

The vocabulary is every lower-case word seen mid-sentence in at least three of the shared review
corpora's reviews, built by ``scripts/build_vocabulary.py`` and shipped as
``extract/data/english-words.txt.gz``. The extractor reads it to tell English from other languages
and names from words; the readers read it to make whole a word hyphenated at a line's end.
Without the file the set is empty.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["VOCABULARY_PATH", "english_words"]

VOCABULARY_PATH = Path(__file__).resolve().parent / "extract" / "data" / "english-words.txt.gz"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The shipped vocabulary, or an empty set when the file is missing."""
    source = resources.files("filmgraph") / "extract" / "data" / "english-words.txt.gz"
    try:
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
            return frozenset(line.rstrip("\n") for line in lines if line.strip())
    except FileNotFoundError:
        return frozenset()
