"""The shared view of one review that every component reads: text in, :class:`Doc` out.

A :class:`Doc` holds the text, its sentences, its film mentions, where the credits header ends
and whether the critic writes titles in capitals. It is built once per review by
:class:`DocBuilder` and is read-only afterwards.

>>> doc = DocBuilder()("Director: Ann Lee. Starring: Bo Ek.\\nTHE FILM is good. THE FILM rocks.")
>>> doc.header_end, doc.caps_style, [m.title for m in doc.body_mentions()]
(35, True, ['The Film', 'The Film'])
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Span
from .casing import recased
from .gazetteer import Gazetteer, load_gazetteer
from .sentences import Sentences, SentenceSplitter, unwrapped
from .titles import Mention, MentionFinder, title_case

__all__ = ["Doc", "DocBuilder", "past_field_labels", "setting_value"]

# A credits cue anywhere on a line ("Director: Ann Lee", "(directors Ann Lee and Bo Ek)"); the
# lookahead lets ``re`` skip most positions at once, which matters on paragraph-long first lines.
_HEADER_CUE = re.compile(
    r"\b(?=[dswcprmfa])(?:(?:directors?|screenplay|screenwriters?|writers?|starring|cast|producers?|running (?:time|length)|"
    r"mpaa|cinematograph(?:er|y)|film review by|reviewed by)\s*:|A film review by\b)|\(directors?\b",
    re.IGNORECASE,
)
# A credits cue opening a line: "Reviewed by", "Ann Lee, 2019", or a short credit line without a colon:
# "Directed by Ann Lee", "Featuring Bo Ek and Cy Dunn" (not "Written by Ann Lee", most often a blog's byline)
_HEADER_OPENER = re.compile(
    r"(?:Reviewed by|Review by)\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:1[89]|20)\d\d\b|"
    r"(?:Written and )?Directed by (?=[A-Z][\w.'’ -]{2,60}(?:[ \t]*[·•|][ \t]*[^\n·•|]{1,30}){0,4}$)|(?:Starring|Featuring) (?=[A-Z][\w.'’, -]{2,120}$)",
    re.IGNORECASE,
)
# A sentence of the review on a short line of its own ("Salt Ferry is a remake of Dock Lights (1958)."):
# one sentence of seven words or more, naming no credit; a "Label: value" line after it is no header's
_PROSE_LINE = re.compile(r"(?![^\n]*(?:[.!?][ \t]|\b(?:[Dd]irected|[Ww]ritten|[Ss]tarring|[Rr]eviewed|[Pp]roduced)\b))"
                         r"[ \t]*(?:\S+[ \t]+){6,}\S*[.!?][\"”’)]?[ \t]*$")
# A labelled line of a list-style header ("Title: Night Harbour", "Year: 2019", "- Director: Ann Lee"):
# it opens a header among the first lines and continues one past them.
_LIST_CUE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:(?:(?:original|english|international|alternative|alternate|working|u\.?s\.?|u\.?k\.?) title|title|film|year|release year|release date|released|release|country|countries|genre|language|"
    r"runtime|running time|length|rating|rated|certificate|directors?|dir\.?|writers?|screenplay|cast|starring|producers?|"
    r"music|studio|distributor|cinematography|editor|directed by|written by)[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)
_LINE = re.compile(r"[^\n]*")
# a rule between a page's fields ("----") and a "Label: value" line of any label
_FIELD_RULE = re.compile(r"[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,}|~{3,})[ \t]*$", re.MULTILINE)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{2,}\b")
_ANY_FIELD = re.compile(r"[ \t]*[A-Z][A-Za-z]{1,20}(?:[ ][A-Za-z]{1,20})?:[ \t]+\S")
# Capitals shouted, as a user's summary line is and no title: "WASTE OF A GREAT CAST!!!"
# a news story's dateline after a place in capitals: "LOCARNO, Switzerland -- The rain ..."
_DATELINE = re.compile(r",[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[ \t]*(?:--|—|–)")
_SHOUTED = re.compile(r"[!?]{2,}")
# An archive's metadata line ("X-RAMR-ID: 29408 X-Language: en X-RT-ReviewID: ..."): mail
# headers, not prose; its capitalised fields would otherwise read as film titles.
_METADATA_LINE = re.compile(r"^[^\n]*?\bX-[\w-]+:[^\n]*\bX-[\w-]+:[^\n]*$", re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Doc:
    """One review's text with its sentences and film mentions.

    Attributes
    ----------
    text
        The review text as read, each line break that wrapping cut a sentence at read as a space
        (:func:`~.sentences.unwrapped`: offsets into it are offsets into the review).
    sentences
        Sentence spans.
    mentions
        Film mentions in text order.
    header_end
        Offset where the credits header (if any) ends and the body begins.
    header_lines
        Spans of the header lines.
    caps_style
        Whether the body writes film titles in capitals.
    lowered
        The text in lower case, offset for offset, for cue patterns that need no IGNORECASE (which
        makes ``re`` try both cases of every letter, two to three times slower).
    flowing
        The text with every line break inside a sentence read as a space, offset for offset, for
        the readers of a sentence's words ("Bo Ek plays\nAnn"; :attr:`text` keeps the breaks that
        line-based readers and a header's fields need).
    lower_style
        Whether the body is typed mostly in lower case (sentences open in lower case), as many
        users' posts are: their film titles are in lower case too ("giving picnic at hanging rock vibes").
    """

    text: str
    sentences: Sentences
    mentions: tuple[Mention, ...]
    header_end: int
    header_lines: tuple[Span, ...]
    caps_style: bool
    lowered: str = field(init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _lower_style: list[bool] = field(default_factory=list, repr=False, compare=False)
    _flowing: list[str] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Mentions come in text order; their starts let a range look-up bisect instead of scan.
        object.__setattr__(self, "_starts", tuple(m.span.start for m in self.mentions))
        object.__setattr__(self, "lowered", _lower_in_place(self.text))

    @property
    def flowing(self) -> str:
        """(read when first asked: only the cast reader asks)"""
        if not self._flowing:
            self._flowing.append(unwrapped(self.text, mid_sentence=True))
        return self._flowing[0]

    @property
    def lower_style(self) -> bool:
        """(read when first asked: only a lower-case word after a cue asks)"""
        if not self._lower_style:
            # from the text, not the sentences: a sentence splitter takes a lower-case word after a
            # full stop for the same sentence going on
            openings = _OPENING.findall(self.text, self.header_end, self.header_end + 3000)
            self._lower_style.append(len(openings) >= 3 and sum(c.islower() for c in openings) * 2 > len(openings))
        return self._lower_style[0]

    def matches_near(self, pattern: re.Pattern[str], needles: Sequence[str], reach: tuple[int, int], start: int = 0, *,
                     lowered: bool = False) -> list[re.Match[str]]:
        """``pattern``'s matches in the text (in :attr:`lowered` with ``lowered``) from ``start`` on,
        as ``finditer`` gives them, searched for only around the words that every match holds:
        ``needles`` (lower case), each lying at most ``reach[0]`` characters after its match's start,
        the match ending within ``reach[1]`` after it. Most reviews hold few of the words, and a long
        pattern tried at every position of the text costs more than many other rules together.

        >>> doc = DocBuilder()("It is a remake of X. It is an update of Y.")
        >>> [m.group() for m in doc.matches_near(re.compile(r"(?:remake|update) of"), ("remake", "update"), (0, 20))]
        ['remake of', 'update of']
        """
        searched = self.lowered if lowered else self.text
        found: set[int] = set()
        for needle in needles:
            at = self.lowered.find(needle, start)
            while at >= 0:
                found.add(at)
                at = self.lowered.find(needle, at + 1)
        matches: list[re.Match[str]] = []
        position = start  # where the scan goes on from: the end of the last match
        for needle_at in sorted(found):
            # a match from ``position`` on holds a needle at or after its start, so needles before it are spent
            while needle_at >= position:
                match = pattern.search(searched, max(position, needle_at - reach[0]), needle_at + reach[1])
                if match is None:
                    break
                matches.append(match)
                position = max(match.end(), match.start() + 1)
        return matches

    def body_mentions(self) -> list[Mention]:
        """Mentions after the header."""
        return list(self.mentions[bisect.bisect_left(self._starts, self.header_end):])

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside ``[start, end)``."""
        if end <= start:
            return []
        return list(self.mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)])


def _line_start(text: str, at: int) -> bool:
    return text[text.rfind("\n", 0, at) + 1:at].strip() == ""


def _lower_in_place(text: str) -> str:
    """``text`` in lower case with every offset kept: a letter whose lower case is longer ("İ")
    stays as it is, so a match in one text is a match at the same place in the other."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


# Where a title may go on back past a comma or an exclamation or question mark: "CROUCHING TIGER, |
# HIDDEN DRAGON", "Sex, Lies, and | Videotape (1989)", "The Good, the | Bad and the Ugly (1966)",
# "FASTER, PUSSYCAT! | KILL! | KILL"
_AFTER_BREAK = re.compile(r"[,!?][ \t]+(?:(?:and|&|the|a)[ \t]+)?$", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"(?<![\w'’])[A-Z0-9]")
_AND = re.compile(r" and ", re.IGNORECASE)
_INNER_BREAK = re.compile(r"[,!?]")


def _joined_at_breaks(text: str, mentions: tuple[Mention, ...], gazetteer: Gazetteer) -> tuple[Mention, ...]:
    """Mentions of a title with commas (or exclamation or question marks) in it, which the finders
    cut at each, made whole when a catalog knows the longer title ("Crouching Tiger, Hidden Dragon",
    "FASTER, PUSSYCAT! KILL! KILL"); the pieces go."""
    joined: list[Mention] = []
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        if mention.kind != "quoted" and _AFTER_BREAK.search(text, max(0, start - 12), start):
            line_start = text.rfind("\n", 0, start) + 1
            for word in _CAPITALISED_WORD.finditer(text, max(line_start, start - 60), start):
                surface = text[word.start():end]
                if _INNER_BREAK.search(surface) and (surface in gazetteer or _AND.sub(" & ", surface) in gazetteer
                                                     or surface.replace(" & ", " and ") in gazetteer):
                    while joined and joined[-1].span.start >= word.start():
                        joined.pop()  # (the pieces before the comma)
                    mention = Mention(Span(word.start(), end), title_case(surface), mention.year, mention.kind, mention.end)
                    break
        joined.append(mention)
    return tuple(joined)


def _within_lines(text: str, mention: Mention) -> Mention:
    """A mention cut back to its own line when it runs on from a headline or across a blank line:
    "Night Harbour\n\nNight Harbour (2019) is ..." names "Night Harbour", not the two lines joined.
    A title wrapped inside a paragraph ("see Night\nHarbour (2019)") is left whole."""
    start, end = mention.span.start, mention.span.end
    cut = text.rfind("\n", start, end)
    if cut < 0:
        return mention
    at_line_start = start == 0 or text[start - 1] == "\n"
    if not (at_line_start or "\n\n" in text[start:end] or re.search(r"\n[ \t]*\n", text[start:end])):
        return mention
    new_start = cut + 1
    while new_start < end and text[new_start] in " \t":
        new_start += 1
    if new_start >= end:
        return mention
    return Mention(Span(new_start, end), title_case(text[new_start:end]), mention.year, mention.kind, mention.end)


# A field's name before its value: "Subject: Re: Sabrina (1954)", "Name: Festen (1998)", "B12: Stalker
# (1979)" (a spreadsheet cell), "2): The Fly (1986)"
_LABEL_BEFORE_TITLE = re.compile(r"([^\s:]{1,30}):{1,2}[ \t]+(?=\S)")
# Names of fields that are also titles in the catalog ("The Key", "Film"), read as names of fields
_FIELD_NAMES = frozenset("subject re fw fwd name title film movie review date key topic thread text note entry item".split())


def past_field_labels(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where the title in ``text[start:end]`` begins, past the field names that open it; a title
    with a colon of its own is left whole when the catalog knows it ("2001: A Space Odyssey") or
    knows its first part ("Tron: Legacy", "Babe: Pig in the City"), unless that part is a field's name."""
    while (label := _LABEL_BEFORE_TITLE.match(text, start, end)) and text[start:end] not in gazetteer:
        name = label.group(1)
        if name.lower() not in _FIELD_NAMES and name.isalpha() and name in gazetteer:
            break
        start = label.end()
    return start


def _past_labels(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    start = past_field_labels(text, mention.span.start, mention.span.end, gazetteer)
    if start == mention.span.start:
        return mention
    return Mention(Span(start, mention.span.end), title_case(text[start:mention.span.end]), mention.year, mention.kind, mention.end)


_OPENING = re.compile(r"(?:^|[.!?]\s+)([A-Za-z])", re.MULTILINE)


def setting_value(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a setting's value, no title: "State=UNKNOWN", "MaxTime=INFINITE"."""
    return text[start - 1:start] == "="


def _alone_on_line(text: str, span: Span) -> bool:
    """Whether the text at ``span`` is all its line holds (besides spaces and heading marks)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    return not text[line_start:span.start].strip(" \t#*=-") and not text[span.end:line_end if line_end >= 0 else len(text)].strip(" \t:*=-")


class DocBuilder:
    """Build a :class:`Doc` from review text.

    Parameters
    ----------
    header_lines
        How many leading lines may belong to the credits header.
    caps_threshold
        How many capitals mentions the body needs to count as written in capitals style.
    """

    def __init__(self, *, header_lines: int = 5, caps_threshold: int = 2) -> None:
        self.max_header_lines = header_lines
        self.caps_threshold = caps_threshold
        self._split = SentenceSplitter()
        self._mentions = MentionFinder()

    def __call__(self, text: str) -> Doc:
        text = unwrapped(recased(text))  # (both keep the text's length: offsets hold)
        lines = [Span(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
        header: list[Span] = []
        for line in lines[: self.max_header_lines]:
            cued = bool(_HEADER_OPENER.match(text, line.start, line.end) or _HEADER_CUE.search(text, line.start, line.end))
            if cued or _LIST_CUE.match(text, line.start, line.end):
                header = [ln for ln in lines if ln.start <= line.start]
            if not cued and (line.end - line.start > 100 or _PROSE_LINE.match(text, line.start, line.end)):
                break  # only above the prose: "Rating: 4/5" or "Reviewed by A" may end a short review
        if header:
            # a credits list runs on line by line past the first lines, across single blank lines (a
            # page's facts box, one paragraph a fact) and the rules between fields ("----", as a flat-file
            # CMS writes them), over any other "Label: value" line ("Date: 2023-10-14"), up to the first
            # line that is none; it ends on a credits line
            last = header[-1]
            for line in lines[len(header):]:
                if _FIELD_RULE.fullmatch(text, line.start, line.end):
                    continue
                gap = text[last.end:line.start]
                if gap.count("\n") > (4 if _FIELD_RULE.search(gap) else 2):
                    break  # (a blank line each side of a rule)
                if _LIST_CUE.match(text, line.start, line.end):
                    header = [ln for ln in lines if ln.start <= line.start]
                elif not _ANY_FIELD.match(text, line.start, line.end) or len(_LOWER_WORD.findall(text, line.start, line.end)) > 3:
                    break  # (a field that holds prose is the review's: "Text: Damien Chazelle wrote and directed ...")
                last = line
        header_end = header[-1].end if header else 0
        # (its field names in either case, looked for as they are: lowering the whole text costs more)
        metadata = [Span(m.start(), m.end()) for m in _METADATA_LINE.finditer(text)] if "x-" in text or "X-" in text else []
        mentions = tuple(_within_lines(text, m) for m in self._mentions(text)
                         if not any(line.start <= m.span.start < line.end for line in metadata)
                         and not (m.kind == "caps" and (_SHOUTED.match(text, m.span.end) or setting_value(text, m.span.start)
                                                        or (_DATELINE.match(text, m.span.end) and _line_start(text, m.span.start)))))
        gazetteer = load_gazetteer()
        mentions = tuple(_past_labels(text, m, gazetteer) for m in mentions)
        if len(gazetteer):
            mentions = _joined_at_breaks(text, mentions, gazetteer)
        # A shouted word ("it was PERFECT, I HAVE to say") is no title: a capitals mention counts
        # when it has two words or more, recurs ("KIKUJIRO ... KIKUJIRO"), or a catalog knows it.
        # Headings in capitals ("THE FILM", "EXTRAS" on lines of their own) say nothing of how titles are written.
        body_caps = [m.title for m in mentions if m.kind == "caps" and m.span.start >= header_end and not _alone_on_line(text, m.span)]
        caps = sum(1 for title in body_caps if " " in title or body_caps.count(title) > 1 or title in gazetteer)
        return Doc(
            text=text,
            sentences=self._split(text),
            mentions=mentions,
            header_end=header_end,
            header_lines=tuple(header),
            caps_style=caps >= self.caps_threshold,
        )
