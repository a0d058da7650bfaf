"""The review's author: a :class:`Doc` in, a :class:`Reviewer` (or ``None``) out.

Bylines ("Reviewed by A", "A film review by A"), copyright lines ("Copyright 1997 A",
"(c) ALL RIGHTS RESERVED A"), signatures ("-- A", "Visit A's Screening Room") and author notes
("A is a moviegoer based out of Seattle, Washington", which also gives the location).

>>> from filmgraph.extract.doc import DocBuilder
>>> found = ReviewerFinder()(DocBuilder()("Good film.\\nCopyright 1999 Ann Lee"))
>>> found.name, found.location
('Ann Lee', None)
"""

from __future__ import annotations

import re

from ..model import Evidence, Reviewer, Span
from .doc import Doc
from .names import NAME_PATTERN, clean_name
from .titles import title_case

__all__ = ["ReviewerFinder"]

_CAPS_NAME = r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2}"
_BYLINES = (
    (re.compile(rf"\b(?:[Rr]eviewed|[Rr]eview|[Ww]ritten) by ({NAME_PATTERN})"), 0.95),
    (re.compile(rf"\b[Cc]opyright\s+(?:\([Cc]\)\s*|©\s*)?(?:19|20)\d\d,?\s+(?:by\s+)?({NAME_PATTERN})"), 0.9),
    (re.compile(rf"(?:©|\([Cc]\))\s*(?:ALL RIGHTS RESERVED\s+)?({_CAPS_NAME}|{NAME_PATTERN})"), 0.85),
    (re.compile(rf"^--\s*({NAME_PATTERN})", re.MULTILINE), 0.75),
    (re.compile(rf"\bVisit ({NAME_PATTERN})['’]s\b"), 0.75),
)
_AUTHOR_NOTE = re.compile(
    rf"(?:^|\n)({NAME_PATTERN}|[A-Z][a-z]+) is an? (?:[\w-]+ ){{0,3}}(?:moviegoer|critic|writer|reviewer|"
    rf"film buff|blogger|journalist|contributor|cinephile|movie lover)\b(?: based (?:out of|in) "
    rf"([A-Z][\w-]+(?: [A-Z][\w-]+)*(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)*)?))?"
)


class ReviewerFinder:
    """Find who wrote the review.

    Parameters
    ----------
    tail_chars
        Author notes are looked for in this many characters at the end of the review.
    """

    def __init__(self, *, tail_chars: int = 3000) -> None:
        self.tail_chars = tail_chars

    def __call__(self, doc: Doc) -> Reviewer | None:
        text = doc.text
        best: tuple[float, int, str, Span] | None = None
        for pattern, confidence in _BYLINES:
            for match in pattern.finditer(text):
                name = clean_name(match.group(1))
                if name.isupper():
                    name = title_case(name)
                if best is None or confidence > best[0]:
                    best = (confidence, match.start(), name, Span(*match.span(1)))
                break
        location = None
        note = _AUTHOR_NOTE.search(text, max(0, len(text) - self.tail_chars))
        if note and (best is None or best[2].split()[0] == note.group(1).split()[0]):
            location = note.group(2)
            if best is None:
                best = (0.8, note.start(1), clean_name(note.group(1)), Span(*note.span(1)))
        if best is None:
            return None
        confidence, start, name, span = best
        evidence = Evidence(sentence=doc.sentences.at(span.start), mention=span, confidence=confidence)
        return Reviewer(name=name, location=location, evidence=evidence)
