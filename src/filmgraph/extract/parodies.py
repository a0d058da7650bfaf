"""Parodies: a :class:`Doc` and the reviewed film in, the films it sends up out (``fg:parodies``).

Cues: "a parody of X", "a send-up of X", "a spoof of X", "spoofs X", "sends up X",
"lampoons X". "Not a parody of X" and "might be a spoof of X" are returned flagged.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("FRANKENPOODLE (2003) is a send-up of FRANKENSTEIN (1931), not a parody of DRACULA (1931).")
>>> [(r.title, r.year, r.evidence.flag) for r in ParodyFinder()(doc, "Frankenpoodle", 2003)]
[('Frankenstein', 1931, None), ('Dracula', 1931, 'negation')]
"""

from __future__ import annotations

import re

from .cues import CueFinder

__all__ = ["ParodyFinder"]


class ParodyFinder(CueFinder):
    """Find the films the reviewed film parodies (see :class:`~.cues.CueFinder`)."""

    cue = re.compile(
        r"(?=[psltb])\b(?:(?:parody|spoof|send-?up|lampoon|burlesque|travesty)\s+(?:of|on)|"
        r"(?:spoof|lampoon|parodie|parody)(?:s|ing)|sends?\s+up|sending\s+up)\s+",
    )
    needles = ("parod", "spoof", "send", "lampoon", "burlesque", "travesty")
