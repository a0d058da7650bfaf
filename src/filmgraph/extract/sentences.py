"""Sentence splitting with character offsets: review text in, a list of :class:`Span` out.

Lines are hard boundaries (headers, signatures and paragraphs are one per line in the corpora),
except a line of prose cut inside a sentence, with the next line right below it: one that ends on
a lower-case word or a comma ("a cross between X and" / "Y"), or, in a hard-wrapped text, a line
so full that the next line's first word would not have fitted on it ("directed by Daniel" /
"Taplitz");
inside a line a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
followed by white space and an upper-case letter, digit or opening quote (or glued to a capitalised
word after a lower-case one: "in his play.Also"), unless the full stop
belongs to an abbreviation ("Dr.", "Jr.") or an initial ("J. Léo").

>>> text = "Dr. Laurent is back. Is it good? Yes!It is."
>>> [s.of(text) for s in SentenceSplitter()(text)]
['Dr. Laurent is back.', 'Is it good?', 'Yes!', 'It is.']
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import pairwise

from ..model import Span
from .lexicon import TITLE_ABBREVIATIONS

__all__ = ["SentenceSplitter", "Sentences"]

# (a full stop glued to the next sentence ends it too, after a word: "in his play.Also the action"; the
# pattern is led by the mark, so that ``re`` skips from mark to mark: its first mark is written apart,
# as ``re`` skips to a class but not to a repeated one)
_END = re.compile(r"[.!?][.!?]*(?:[\"'”’)\]]{0,3}(?=\s+[\"'“‘(\[]{0,2}[A-Z0-9À-Þ])|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]))")
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")
# a title's own mark before its year ends no sentence: "a remake of Shall We Dance? (1996)", "Airplane! (1980)"
_YEAR_AFTER_TITLE_MARK = re.compile(r"\s+\((?:1[89]|20)\d\d\)")


def _prose_lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text`` as (start, end) offsets, a line cut inside a sentence joined
    to the line below it."""
    found: list[tuple[int, int]] = []
    lines = text.split("\n")
    soft = _soft_breaks(text)
    start = offset = 0
    opened = False
    for i, line in enumerate(lines):
        line_start, offset = offset, offset + len(line) + 1
        if not opened:
            if not line:
                continue
            start, opened = line_start, True
        if i not in soft:
            found.append((start, line_start + len(line)))
            opened = False
    return found


def unwrapped(text: str, *, mid_sentence: bool = False) -> str:
    r"""``text`` with each line break that wrapping put inside a sentence (where the next line's
    first word would not have fitted on the line) read as a space: the same length, so every
    offset into it is an offset into ``text``. With ``mid_sentence``, also each break after a long
    line that stops on a lower-case word or a comma ("Bo Ek plays\nAnn, his sister").

    >>> unwrapped("The film is a hybrid of HOUSE OF WAX\nand THE TEXAS CHAIN SAW MASSACRE,\nwith its curator played by a hammy\n"
    ...           "Chuck Connors and a gang of stranded\nteenagers led by Tanya Roberts.\nRating: 2/5")
    'The film is a hybrid of HOUSE OF WAX and THE TEXAS CHAIN SAW MASSACRE, with its curator played by a hammy Chuck Connors and a gang of stranded teenagers led by Tanya Roberts.\nRating: 2/5'
    """
    lines = text.split("\n")
    if mid_sentence:
        soft = _soft_breaks(text)
    else:
        widths = _wrap_widths(lines)
        soft = frozenset(i for i in range(len(lines) - 1) if _wrapped_before(lines[i], lines[i + 1], widths[i]))
    if not soft:
        return text
    return "".join(line + (" " if i in soft else "\n") for i, line in enumerate(lines))[: len(text)]


@lru_cache(maxsize=2)  # (a doc's sentences and its flowing text read the same text's breaks)
def _soft_breaks(text: str) -> frozenset[int]:
    """The indices of the lines of ``text`` whose line break falls inside a sentence: wrapped, or
    ending on a lower-case word or a comma with a line right below."""
    lines = text.split("\n")
    widths = _wrap_widths(lines)
    soft = set()
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1].lstrip(" \t")
        if line and below and not below[0].isspace() and (_cut_mid_sentence(line) or _wrapped_before(line, below, widths[i])):
            soft.add(i)
    return frozenset(soft)


def _wrap_widths(lines: list[str]) -> list[int | None]:
    """For each line, the column its text is hard-wrapped to, or None. A paragraph of prose whose
    lines, all but its last, are filled to one wide column is wrapped to it, whatever the rest of the
    text does (a review's prose wrapped in a file of code or indented in a template); any other line
    takes the text's column, if most of its lines are filled to one."""
    widths: list[int | None] = [_wrap_width(lines)] * len(lines)
    start = 0
    # (a paragraph's lines of prose end at a line of few words: a blank one, markup, a list's or its own
    # last line cut short, "Cushing plays Grand Moff Tarkin.", which the paragraph's width judges too)
    for stop in [*(i for i, line in enumerate(lines) if not _has_prose_words(line, 3)), len(lines)]:
        lengths = [len(line.rstrip()) for line in lines[start:stop]]
        width = max(lengths, default=0)
        if len(lengths) > _MIN_PARAGRAPH_BREAKS and _MIN_PARAGRAPH_WIDTH <= width <= _MAX_WRAP_WIDTH \
                and all(length >= width - _LONG_WORD for length in lengths[:-1]):
            widths[start:stop] = [width] * (stop - start)
        start = stop + 1
    return widths


def _has_prose_words(line: str, wanted: int) -> bool:
    """Whether ``wanted`` words of ``line`` at least are lower-case words of prose ("the", "plays,";
    not "x=1" or a path). (Counted only as far as needed: a paragraph's line may be long.)"""
    rest = line
    while rest:
        # (a dozen words at a time: a paragraph on one line is not split whole for its first words)
        words = rest.split(None, 12)
        rest = words.pop() if len(words) > 12 else ""
        for word in words:
            if word.islower() and len(word) > 1 and word.rstrip(",.;:!?").isalpha():
                wanted -= 1
                if not wanted:
                    return True
    return False


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text is filled to, or None when its lines are not filled to one:
    most lines with another line right below them end within a long word of the widest of them."""
    inner = [len(line.rstrip()) for line, below in pairwise(lines) if line.strip() and below.strip()]
    width = max((length for length in inner if length <= _MAX_WRAP_WIDTH), default=0)
    filled = sum(width - _LONG_WORD <= length <= width for length in inner)
    # (a few lines of a header or a list may happen to be about as long as each other)
    return width if width >= _MIN_WRAP_WIDTH and filled >= max(_MIN_WRAPPED_LINES, 0.6 * len(inner)) else None


#: Texts are wrapped by mail and news readers, editors and the corpora between these columns.
_MIN_WRAP_WIDTH, _MAX_WRAP_WIDTH = 30, 100
#: A text is taken for wrapped when this many of its lines at least are filled to one column, a
#: paragraph of prose on its own when this many lines at least, all of its lines but the last, are
#: filled to one as wide as this.
_MIN_WRAPPED_LINES, _MIN_PARAGRAPH_BREAKS, _MIN_PARAGRAPH_WIDTH = 5, 2, 50
#: The longest word a wrapped line leaves room for and still ends filled.
_LONG_WORD = 16
#: A line below a filled one that starts a list item, a quotation or a "Label:" field, or holds no word,
#: is not the filled line's continuation.
_NOT_CONTINUED = re.compile(r"[-*•+>|#=\[_~]|\d{1,2}[.)]\s|[A-Z]\w{0,20}:\s|[^\w\"'“‘(]")


def _wrapped_before(line: str, below: str, width: int | None) -> bool:
    """Whether ``line`` was cut by wrapping: it is prose, and the first word of the line ``below``
    would not have fitted within ``width`` columns after it."""
    if width is None or not below or _NOT_CONTINUED.match(below):
        return False
    length = len(line.rstrip())
    letters = sum(char.isalpha() for char in line)
    next_word = len(below.split(None, 1)[0])
    return (width - _LONG_WORD <= length <= width and length + 1 + next_word > width
            and 2 * letters >= len(line.replace(" ", "")))


def _cut_mid_sentence(line: str) -> bool:
    """Whether a line of prose breaks off inside a sentence: 40 characters or more, ending on a
    lower-case word or a comma (with a string scan: the equivalent pattern backtracks through
    every long line, and this runs on every line of every review)."""
    line = line.rstrip(" \t")
    if line.endswith(","):
        return len(line) > 39
    word_start = len(line)
    while word_start and "a" <= line[word_start - 1] <= "z":
        word_start -= 1
    before = line[word_start - 1] if word_start else ""
    return word_start < len(line) and word_start >= 39 and not (before.isalnum() or before == "_")


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
        for line_start, line_end in _prose_lines(text):
            start = line_start
            for end in _END.finditer(text, line_start, line_end):
                if self._abbreviation(text, start, end.start()) or (
                        text[end.end() - 1] in "?!" and _YEAR_AFTER_TITLE_MARK.match(text, end.end())):
                    continue
                self._add(spans, text, start, end.end())
                start = end.end()
            self._add(spans, text, start, line_end)
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
