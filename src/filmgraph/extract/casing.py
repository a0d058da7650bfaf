"""Reviews written all in capitals (a caption file, a teletext page, an old terminal's post): a
text in, the same text in ordinary case out, the same length, so that every offset into one is an
offset into the other.

In capitals nothing tells a name or a title from the words around it, and the extractor reads
case. :func:`recased` gives each word back the case prose would give it: lower case for the words
English prose writes in lower case (the shipped vocabulary, :func:`~.vocabulary.english_words`),
a capital for the others (names: "Sarah Polley", "Rhames"), for a sentence's first word and for
"I"; a title, in title case, where the catalog knows the words (three or more of them, or any
number right before a year in brackets), where quotes set them off, or where they open a line
before a year ("DEATH VALLEY DERBY (1978)"). A text with lower-case prose in it is left as it is.

>>> print(recased("I SAW DAWN OF THE DEAD AGAIN. SARAH POLLEY PLAYS ANA, AND IT OWES A LOT TO \\"THE CRAZIES\\".",
...               vocabulary=frozenset("saw again plays and it owes a lot to the of dead dawn crazies".split()),
...               titles=lambda phrase: phrase == "dawn of the dead", min_letters=10))
I saw Dawn of the Dead again. Sarah Polley plays Ana, and it owes a lot to "The Crazies".
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Collection

from ..english import english_words
from .gazetteer import load_gazetteer

__all__ = ["recased"]

#: How much of a text's letters must be capitals, and how many letters it must have, to be recased.
_CAPITALS_SHARE = 0.9
_MIN_LETTERS = 200
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LOWER_CASE = string.ascii_lowercase.encode()
_YEAR_IN_BRACKETS = re.compile(r"[ \t]*\((?:1[89]|20)\d\d\)")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,80}?)[,.!?]?[\"”]")
# what ends a title read back from its year: a clause's punctuation, a line's start
_TITLE_BOUNDARY = re.compile(r"[.,;:!?\"“”(\[\n]|--|—")
# words that a name never holds, though a name follows them: "named Kenneth", "is Andre"
_NOT_IN_NAMES = frozenset("""a an the and or but nor of in on at to for by with from as vs is are was were be been has have
    had his her their its our my your this that these those who whom which what when where while than then named called
    plays played stars starring directed written like unlike about into onto over under after before""".split())
# words after which a name comes
_BEFORE_NAMES = frozenset("""plays played as is was by and with to from in at named called starring stars director writer
    actor actress star producer""".split())
#: How long a line must be to run on into the next (a wrapped line of prose, not a heading).
_MIN_WRAPPED_LINE = 25
_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from as vs".split())
_MAX_TITLE_WORDS = 8
# words that open common phrases more often than titles ("one of the best", "all of a sudden")
_PHRASE_OPENERS = frozenset("""a an one all some any no not more most much many every each still just so very too this that it
    it's there what who how when where why if out up on in at by for to of with as and or but""".split())
# words after which a title comes
_BEFORE_TITLES = frozenset("is was of like as than and saw watched see called titled remake version in to".split())
_MIN_CATALOG_WORDS = 3
_MAX_UNKNOWN_TITLE_WORDS = 4
# words a title no catalog knows starts after, read back from its year
_INTRODUCES_TITLES = _SMALL_WORDS | frozenset("""film movie picture feature remake version classic original sequel
    is was are were like than saw watched called titled its his her their my our""".split())


def recased(text: str, *, vocabulary: Collection[str] | None = None, titles: Callable[[str], bool] | None = None,
            min_letters: int = _MIN_LETTERS) -> str:
    """``text`` in ordinary case when it is written all in capitals, else ``text`` itself; the
    same length either way. ``vocabulary`` (the words prose writes in lower case) and ``titles``
    (whether the catalog knows a phrase) default to the shipped ones."""
    # (most texts are prose, told at once by their lower-case letters outnumbering any capitals
    # text's share: counted by deleting them from the text's ASCII bytes, which runs at the speed of a
    # copy, where a str's translate slows to a dict lookup a character once one is not ASCII)
    ascii_bytes = text.encode("ascii", "ignore")
    if len(ascii_bytes) - len(ascii_bytes.translate(None, _LOWER_CASE)) > (1 - _CAPITALS_SHARE) * len(text):
        return text
    letters = [c for c in text if c.isalpha()]
    if len(letters) < min_letters or sum(c.isupper() for c in letters) < _CAPITALS_SHARE * len(letters):
        return text
    words = vocabulary if vocabulary is not None else english_words()
    known = titles if titles is not None else load_gazetteer().__contains__
    # (a character whose lower case is longer, as "İ" is, keeps its case: offsets must hold)
    chars = [c.lower() if len(c.lower()) == 1 else c for c in text]
    spans = [match.span() for match in _WORD.finditer(text)]
    named = [text[start:end].lower() not in words for start, end in spans]  # a name's word, most likely
    for index, (start, end) in enumerate(spans):
        word = text[start:end].lower()
        if (_opens_sentence(text, start) or word == "i" or word.startswith(("i'", "i’")) or named[index]
                or (end - start == 1 and text[end:end + 1] == ".")  # (an initial: "George A. Romero")
                or (index and text[start - 1:start] == "-" and spans[index - 1][1] == start - 1 and named[index - 1])
                or _leads_a_name(text, spans, named, index)):
            _capitalise(chars, start)
    for first, last in _title_runs(text, spans, known):
        for index, (start, end) in enumerate(spans[first:last + 1]):
            if index == 0 or text[start:end].lower() not in _SMALL_WORDS:
                _capitalise(chars, start)
    return "".join(chars)


def _capitalise(chars: list[str], at: int) -> None:
    upper = chars[at].upper()
    chars[at] = upper if len(upper) == 1 else chars[at]


def _leads_a_name(text: str, spans: list[tuple[int, int]], named: list[bool], index: int) -> bool:
    """Whether the common word at ``index`` is a name's first word, its next word a rarer one: after
    another name's word ("Peggy Sue Lanning") or a word that introduces a name ("plays Dusty
    Hargis", "to Los Angeles"), not a "named" or an "is" itself."""
    if index + 1 >= len(spans) or not named[index + 1] or text[spans[index][1]:spans[index + 1][0]] != " ":
        return False
    word = text[slice(*spans[index])].lower()
    if word in _NOT_IN_NAMES or "'" in word or "’" in word:
        return False
    if not index or text[spans[index - 1][1]:spans[index][0]] != " ":
        return False
    return named[index - 1] or text[slice(*spans[index - 1])].lower() in _BEFORE_NAMES


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a heading or a field's value; a line's first
    word opens none when the line before runs on into it (a caption's or a teletext page's wrapped
    prose: a long line that ends mid-clause)."""
    at -= 1
    while at >= 0 and text[at] in " \t\"“‘'([":
        at -= 1
    if at < 0 or text[at] in ".!?:":
        return True
    if text[at] != "\n":
        return False
    previous = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    return len(previous) < _MIN_WRAPPED_LINE or not (previous[-1].isalnum() or previous[-1] in ",-'’")


def _title_runs(text: str, spans: list[tuple[int, int]], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The runs of words (first and last index into ``spans``) that name a title."""
    starts = {start: index for index, (start, _) in enumerate(spans)}
    ends = {end: index for index, (_, end) in enumerate(spans)}
    runs: list[tuple[int, int]] = []

    def phrase(first: int, last: int) -> str:
        return text[spans[first][0]:spans[last][1]].lower()

    def joined(first: int, last: int) -> bool:  # one line, no clause's punctuation between the words
        return not _TITLE_BOUNDARY.search(phrase(first, last))

    for year in _YEAR_IN_BRACKETS.finditer(text):
        last = ends.get(year.start())
        if last is None:
            continue
        first = last
        while first > 0 and last - first + 1 < _MAX_TITLE_WORDS and joined(first - 1, last):
            first -= 1
        line_start = text.rfind("\n", 0, spans[first][0]) + 1
        if not text[line_start:spans[first][0]].strip():  # a heading: "DEATH VALLEY DERBY (1978)"
            runs.append((first, last))
        elif (catalogued := next((f for f in range(first, last + 1) if known(phrase(f, last))), None)) is not None:
            runs.append((catalogued, last))
        else:  # a title no catalog knows, up to the word that introduces it: "the Norwegian film Dock Lights (1958)"
            named_from = last + 1
            while (named_from > first and last - named_from + 1 < _MAX_UNKNOWN_TITLE_WORDS
                   and text[slice(*spans[named_from - 1])].lower() not in _INTRODUCES_TITLES):
                named_from -= 1
            if named_from <= last:
                runs.append((named_from, last))
    for quoted in _QUOTED.finditer(text):
        opening, closing = starts.get(quoted.start(1)), ends.get(quoted.end(1))
        if opening is not None and closing is not None and closing - opening < _MAX_TITLE_WORDS:
            runs.append((opening, closing))
    for first in range(len(spans)):
        introduced = first > 0 and text[slice(*spans[first - 1])].lower() in _BEFORE_TITLES and joined(first - 1, first)
        if not introduced and text[slice(*spans[first])].lower() in _PHRASE_OPENERS:
            continue  # ("opener is Dawn of the Dead", "chiller Don't Look Now"; not "still one of the best")
        for last in range(min(len(spans), first + _MAX_TITLE_WORDS) - 1, first + _MIN_CATALOG_WORDS - 2, -1):
            if joined(first, last) and known(phrase(first, last)):
                runs.append((first, last))
                break
    return runs
