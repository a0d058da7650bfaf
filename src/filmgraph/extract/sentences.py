"""Sentence splitting with character offsets: review text in, a list of :class:`Span` out.

Lines are hard boundaries (headers, signatures and paragraphs are one per line in the corpora),
except a line of prose cut inside a sentence: one that ends on a lower-case word or a comma,
with the next line right below it (hard-wrapped text: "a cross between X and" / "Y");
inside a line a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
followed by white space and an upper-case letter, digit or opening quote, unless the full stop
belongs to an abbreviation ("Dr.", "Jr.") or an initial ("J. Léo").

>>> text = "Dr. Laurent is back. Is it good? Yes!"
>>> [s.of(text) for s in SentenceSplitter()(text)]
['Dr. Laurent is back.', 'Is it good?', 'Yes!']
"""

from __future__ import annotations

import bisect
import re

from ..model import Span
from .lexicon import TITLE_ABBREVIATIONS

__all__ = ["SentenceSplitter", "Sentences"]

# A line of prose cut mid-sentence: 40 characters or more, ending on a lower-case word or a comma,
# followed by a non-blank line. Such a line break does not end the sentence.
_LINE = re.compile(r"(?:[^\n]{39,}(?:\b[a-z]+|,)[ \t]*\n(?=[ \t]*\S))*[^\n]+")
_END = re.compile(r"[.!?]+[\"'”’)\]]{0,3}(?=\s+[\"'“‘(\[]{0,2}[A-Z0-9À-Þ])")
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")


class Sentences:
    """The sentences of one text, with lookup of the sentence around an offset.

    Parameters
    ----------
    spans
        Sentence spans in text order, not overlapping.
    """

    __slots__ = ("_starts", "spans")

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._starts = [s.start for s in spans]

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def at(self, offset: int) -> Span:
        """The sentence containing ``offset`` (or the nearest one before it).

        >>> Sentences([Span(0, 3), Span(4, 9)]).at(5)
        Span(start=4, end=9)
        """
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.spans[max(index, 0)] if self.spans else Span(offset, offset)

    def index_at(self, offset: int) -> int:
        """The position in :attr:`spans` of the sentence containing ``offset``."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)


class SentenceSplitter:
    """Split a text into sentence spans.

    Parameters
    ----------
    max_length
        A longer run without a boundary is cut there, so one sentence never covers a whole
        text that has no punctuation.
    """

    def __init__(self, *, max_length: int = 2000) -> None:
        self.max_length = max_length

    def __call__(self, text: str) -> Sentences:
        spans: list[Span] = []
        for line in _LINE.finditer(text):
            start = line.start()
            for end in _END.finditer(text, line.start(), line.end()):
                if self._abbreviation(text, start, end.start()):
                    continue
                self._add(spans, text, start, end.end())
                start = end.end()
            self._add(spans, text, start, line.end())
        return Sentences(spans)

    def _abbreviation(self, text: str, start: int, stop: int) -> bool:
        if text[stop] != ".":
            return False
        word = _WORD_BEFORE.search(text, max(start, stop - 13), stop)  # the word is at most 12 long: a longer window only costs
        if word is None:
            return False
        token = word.group(1).rsplit(".", 1)[-1] if "." in word.group(1) else word.group(1)
        if "." in word.group(1) and len(token) <= 2:
            return True  # "U.S." or "J.R."
        return (len(token) == 1 and token.isupper()) or token.lower() in TITLE_ABBREVIATIONS

    def _add(self, spans: list[Span], text: str, start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > self.max_length:
            spans.append(Span(start, start + self.max_length))
            start += self.max_length
        if end > start:
            spans.append(Span(start, end))
