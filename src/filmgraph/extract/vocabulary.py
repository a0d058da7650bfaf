"""English words as reviews use them: a phrase's words in, whether they read as another language.

Titles in their own language are often written in sentence case ("Den stille lejer",
"Noční tramvaj (1964)"), so their lower-case words cannot be told from the sentence around them
by case. What tells them apart is that critics do not use those words in English prose. The
vocabulary (:func:`filmgraph.english.english_words`) is every lower-case word seen mid-sentence in
at least three of the shared review corpora's reviews. Without it no phrase reads as foreign.

>>> reads_foreign(["stille", "lejer"], vocabulary=frozenset({"the", "still"}))
True
>>> reads_foreign(["chamber", "lejer"], vocabulary=frozenset({"chamber", "the"}))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..english import english_words

__all__ = ["FOREIGN_PARTICLES", "FOREIGN_WORD", "reads_foreign"]

# Words that open or join titles in the languages reviews quote most; common in English prose
# only inside names ("du Maurier"), so the vocabulary may hold them.
FOREIGN_PARTICLES = frozenset("de del della di da du des dos das la le les los las el il lo gli et y e och og und en "
                              "un une una uno au aux der die den det von zu im sur sous pour avec sin por para".split())

# A word such a title's lower-case words can be: letters, with one apostrophe inside ("l'ora"), no hyphen
FOREIGN_WORD = re.compile(r"[a-zß-ÿ]+(?:['’][a-zß-ÿ]+)?")


def reads_foreign(words: Sequence[str], *, vocabulary: frozenset[str] | None = None) -> bool:
    """Whether lower-case ``words`` read as another language: each is a word English reviews do
    not use or a particle such as "de", and at least one is not a particle."""
    known = english_words() if vocabulary is None else vocabulary
    if not known or not words:
        return False
    lowered = [word.lower().strip("'’") for word in words]
    return all(not _english(word, known) or word in FOREIGN_PARTICLES for word in lowered) \
        and any(word not in FOREIGN_PARTICLES for word in lowered)


# English prefixes that make new words of known ones, which a vocabulary seen in reviews may lack ("rewatched")
_PREFIXES = ("re", "un", "over", "under", "pre", "mis", "out")


def _english(word: str, known: frozenset[str]) -> bool:
    """Whether ``word`` is in the vocabulary, or is a known word of four letters or more after an English prefix."""
    return word in known or any(word.startswith(prefix) and len(word) - len(prefix) >= 4 and word[len(prefix):] in known
                                for prefix in _PREFIXES)
