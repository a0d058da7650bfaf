"""Sequels: a :class:`Doc` and the reviewed film in, the films it follows out (``fg:sequelOf``).

Cues: "the sequel to X", "a follow-up to X" (not "her follow-up to her X": her next film), "the
second instalment of X". A reviewed film titled as a numbered part ("X Part II", "X 2", "X III")
is a sequel of X when the review names X. A denied or wished-for sequel ("not a sequel to X", "a
sequel to X would be welcome") is returned flagged.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("GRIMSBY NIGHTS (2011) is the sequel to HARBOUR LIGHTS (2008).")
>>> [(r.title, r.year, r.evidence.flag) for r in SequelFinder()(doc, "Grimsby Nights", 2011)]
[('Harbour Lights', 2008, None)]
>>> doc = DocBuilder()("LAKE FEVER PART II (2004)\\nLess fun than LAKE FEVER (1999) was.")
>>> [(r.title, r.year) for r in SequelFinder()(doc, "Lake Fever Part II", 2004)]
[('Lake Fever', 1999)]
"""

from __future__ import annotations

import re

from ..model import Evidence, FilmRef
from ..titlekeys import norm_title
from .cues import CueFinder
from .doc import Doc
from .relations import merge_refs

__all__ = ["SequelFinder", "numbered_part_of"]

# "Lake Fever Part II", "Lake Fever: Part 2", "Lake Fever 2", "Lake Fever III": what it continues
_NUMBERED = re.compile(
    r"^(?P<base>.+?)[\s:,-]+(?:(?:part|chapter|episode)\s+(?:[2-9]|ii|iii|iv|v|vi|two|three|four|five)|"
    r"ii|iii|iv|[2-9])$",
    re.IGNORECASE,
)


def numbered_part_of(title: str) -> str | None:
    """The title a numbered sequel's title continues ("Lake Fever" for "Lake Fever Part II").

    >>> numbered_part_of("Lake Fever Part II"), numbered_part_of("Lake Fever 2"), numbered_part_of("Apollo 13")
    ('Lake Fever', 'Lake Fever', None)
    """
    match = _NUMBERED.match(title.strip())
    return match.group("base").strip() if match else None


_PART = r"\s+(?:instal?lment|chapter|part)"  # "the second instalment", "the next chapter"
_TO_OR_OF = r"\s+(?:to|of)\s+"


class SequelFinder(CueFinder):
    """Find the films the reviewed film is a sequel to (see :class:`~.cues.CueFinder`)."""

    cue = re.compile(
        # each cue led by its word, which ``re`` skips to, the word start checked after it
        rf"sequel(?<!\wsequel){_TO_OR_OF}|continuation(?<!\wcontinuation){_TO_OR_OF}|second(?<!\wsecond){_PART}{_TO_OR_OF}|"
        rf"third(?<!\wthird){_PART}{_TO_OR_OF}|fourth(?<!\wfourth){_PART}{_TO_OR_OF}|next(?<!\wnext){_PART}{_TO_OR_OF}|"
        # a director's "follow-up to his last film" is his next film, not a sequel
        r"follow(?<!\wfollow)-?up\s+to\s+(?!(?:his|her|their)\s)",
    )
    #: A numbered title is read, not stated, and "2" may be part of a title ("Ocean's 2" is rare).
    numbered_confidence = 0.8

    def __call__(self, doc: Doc, title: str | None, year: int | None) -> list[FilmRef]:
        found = super().__call__(doc, title, year)
        return merge_refs([*found, *self._numbered(doc, title, year)])

    def _numbered(self, doc: Doc, title: str | None, year: int | None) -> list[FilmRef]:
        """The first film the review names with the title a numbered title continues."""
        base = numbered_part_of(title) if title else None
        if base is None:
            return []
        key = norm_title(base)
        for mention in doc.mentions:
            if norm_title(mention.title) != key or (year and mention.year and mention.year >= year):
                continue
            evidence = Evidence(doc.sentences.at(mention.span.start), mention.span, self.numbered_confidence)
            return [FilmRef(mention.title, mention.year, evidence=evidence)]
        return []
