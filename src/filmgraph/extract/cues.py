"""A relation read from cue phrases: a :class:`Doc` and the reviewed film in, the films it names out.

What the sequel and parody finders share. A cue ("a parody of", "the sequel to") is followed by
the film it points at (read by :class:`~.targets.TargetFinder`); the statement counts only when
no other film is the subject of its clause (:func:`~.relations.about_other_film`), and
negated, hedged or questioned cues are returned flagged by :class:`~.hedges.HedgeDetector`.
The film is earlier than the reviewed film: a later one, or the reviewed film itself, is left
out (a same-title film of an earlier year is kept: "HALLOWEEN (2018) is a sequel to HALLOWEEN
(1978)").

>>> import re
>>> from filmgraph.extract.doc import DocBuilder
>>> class Homages(CueFinder):
...     cue = re.compile(r"\\bhomage\\s+to\\s+")
>>> doc = DocBuilder()("HEAT (1995) is an homage to PSYCHO (1960). It is no homage to JAWS (1975).")
>>> [(r.title, r.evidence.flag) for r in Homages()(doc, "Heat", 1995)]
[('Psycho', None), ('Jaws', 'negation')]
"""

from __future__ import annotations

import re
from typing import ClassVar

from ..model import FilmRef
from ..titlekeys import norm_title
from .doc import Doc
from .relations import CueReader, about_other_film, film_ref, merge_refs
from .targets import Target

__all__ = ["CueFinder", "earlier_film"]


def earlier_film(target: Target, title: str | None, year: int | None) -> bool:
    """Whether ``target`` may be a film the reviewed film (``title``, ``year``) draws on: not the
    film itself (a same title counts as another film only with an earlier year) and not later."""
    if year is not None and target.year is not None and target.year > year:
        return False
    if title and norm_title(target.title) == norm_title(title):
        return year is not None and target.year is not None and target.year < year
    return True


class CueFinder(CueReader):
    """Find the films that a relation's cues point at (a subclass gives ``cue``)."""

    #: The cue phrases, in lower case (they are matched against the lower-cased text); a match
    #: ends where the film's name may start.
    cue: ClassVar[re.Pattern[str]]
    #: How sure a cue makes the statement.
    confidence: ClassVar[float] = 0.9
    #: Words of which the lower-cased text must hold one for the cues to be searched (none: always
    #: searched); most reviews hold none, and a substring test is far cheaper than the search.
    needles: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Doc, title: str | None, year: int | None) -> list[FilmRef]:
        """The films the cues point at, one reference per film, flagged ones included."""
        found: list[FilmRef] = []
        if self.needles and not any(needle in doc.lowered for needle in self.needles):
            return found
        for cue in self.cue.finditer(doc.lowered, doc.header_end):
            if about_other_film(doc, cue.start(), title):
                continue
            flag = self.hedges(doc.text, doc.sentences.at(cue.start()), cue.start())
            found.extend(film_ref(doc, target, cue.start(), self.confidence, flag)
                         for target in self.targets(doc, cue.end()) if earlier_film(target, title, year))
        return merge_refs(found)
