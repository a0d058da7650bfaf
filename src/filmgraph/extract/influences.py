"""Influences: a :class:`Doc` and the reviewed film in, the earlier films it draws on out.

Cues of resemblance, borrowing and homage come before their film ("reminiscent of X",
"will call to mind the premise of X", "a rip-off of X", "a cross between X and Y") or after it
("a poor man's X rip-off", "X meets Y", "its X-derived finale"). The reviewed film itself, its remake sources, later
films and statements about another film are left out; "unlike X" and hedged cues are flagged.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("CRASH (1996) is reminiscent of SPEED (1994). It is unlike JAWS (1975).")
>>> [(r.title, r.evidence.flag) for r in InfluenceFinder()(doc, "Crash", 1996, [])]
[('Speed', None), ('Jaws', 'negation')]
"""

from __future__ import annotations

import re

from ..model import FilmRef
from ..titlekeys import norm_title
from .doc import Doc
from .hedges import HEDGE, NEGATION
from .relations import CueReader, about_other_film, film_ref, merge_refs

__all__ = ["InfluenceFinder"]

# The look-ahead names every letter a cue can start with: a position that starts none is passed
# over at once instead of trying fifty alternatives (twice as fast over the corpus, same matches).
_BEFORE_FILM = re.compile(
    r"(?=[rihankcdsoblpmvteuàwf])\b(?:(?P<strong>reminiscent\s+of|"
    # "reminiscent in tone, if not content, of X", "similar in spirit to X"
    r"(?:reminiscent|similar|akin|indebted)\s+in\s+[\w-]+(?:\s+[\w-]+)?,?(?:\s+(?:if\s+not|but\s+not|and)\s+[\w-]+,)?\s+(?:of|to)|in\s+the\s+(?:vein|spirit|mou?ld|tradition|footsteps)\s+of|"
    r"rip-?offs?\s+of|rips?\s+off|ripping\s+off|homage\s+to|(?:a\s+)?nods?\s+to|hybrid\s+of|"
    r"cross\s+between|crossed\s+with|clone\s+of|knock-?off\s+of|imitation\s+of|derivative\s+of|"
    r"shades\s+of|debts?\s+to|"
    r"owes?\s+(?:much|a\s+lot|a\s+bit|a\s+little|something|plenty|a\s+(?:great|good)\s+deal|everything|"
    r"more\s+than\s+a\s+little)\s+to|"
    r"borrows?(?:\s+(?:heavily|liberally|freely))?(?:\s+from|\s+(?:the|its)\s+[\w-]+\s+(?:of|from))?|"
    r"borrowing\s+(?:heavily\s+)?from|steals?\s+(?:\w+\s+)?from|"
    r"lift(?:s|ed)?\s+(?:\w+\s+){0,4}?(?:out\s+of|from)|"
    r"pays?\s+(?:tribute|homage)\s+to|inspired\s+by|modell?ed\s+(?:on|after)|patterned\s+after|"
    r"variation\s+on|takes?\s+(?:its\s+)?cues?\s+from|channel(?:s|ed|ing)|riffs?\s+on|riffing\s+on|"
    r"tips?\s+(?:its|his|her|their)\s+(?:hat|cap)\s+to|love\s+letter\s+to|indebted\s+to|"
    r"lean(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:heavily|hard)\s+on|invit(?:es?|ing)\s+comparisons?\s+(?:with|to)|"
    r"wants?\s+(?:(?:very|so)\s+)?(?:badly\s+|desperately\s+)?to\s+be)|"
    r"(?P<medium>recalls?|recalling|(?:calls?|brings?|bring)\s+to\s+mind|evokes?|evoking|echoes|echoing|"
    r"resembles?|resembling|resemblance\s+to|similar\s+to|akin\s+to|remind(?:s|ed)?\s+(?:me|us|one|you)\s+of|"
    r"(?:has|had|shares?)\s+(?:more|much|a\s+lot)\s+in\s+common\s+with|cousin\s+(?:of|to)|"
    r"straight\s+out\s+of|(?<=(?:the|its) )(?:model|template|blueprint)\s+(?:is|was)(?:\s+(?:obviously|clearly))?|"
    r"mix(?:ture)?\s+of|blend\s+of|a\s+la|à\s+la|in\s+the\s+manner\s+of|plays\s+like|echoes\s+of|"
    # not "looks like": faces and rooms look like things ("a bathroom that looks like Roman baths")
    r"(?:feels?|felt)\s+(?:exactly\s+|just\s+|a\s+lot\s+|a\s+bit\s+)?like|"
    # "a dash of Duel", "more than a whiff of The Searchers"
    r"(?:a\s+(?:bit|touch|dash|hint|whiff|trace)|more\s+than\s+a\s+(?:little|bit|touch|dash|whiff|hint))\s+of)|"
    r"(?P<negated>unlike))\s+",
    re.IGNORECASE,
)
# A modal right before a verb of borrowing or likeness softens the statement ("may owe a debt to
# X", "might remind some of X"); it does not make it a wish or a guess about a film to come.
_SOFTENED = re.compile(r"\b(?:may|might)\s+(?:well\s+|actually\s+|also\s+)?(?:owe|borrow|recall|remind|evoke|echo|resemble)\w*\b[^.;,]{0,20}$",
                       re.IGNORECASE)
_OTHERS_INCLUDE = re.compile(r"\b(?:others|other (?:influences|sources|films|movies|models))\s+(?:include|are)\s+", re.IGNORECASE)
_AFTER_FILM = re.compile(
    r"\s+(?:rip-?off|clone|knock-?off|wannabe|meets|kind\b(?!\s+of)|homage\b|pastiche\b)|"
    r"-(?:derived|inspired|esque)\b",
    re.IGNORECASE,
)
_CONFIDENCE = {"strong": 0.85, "medium": 0.75, "negated": 0.7}


class InfluenceFinder(CueReader):
    """Find the earlier films the reviewed film is said to resemble or draw on."""

    def __call__(self, doc: Doc, title: str | None, year: int | None, excluded: list[FilmRef]) -> list[FilmRef]:
        found: list[FilmRef] = []
        for cue in _BEFORE_FILM.finditer(doc.text, doc.header_end):
            if about_other_film(doc, cue.start(), title):
                continue
            kind = cue.lastgroup or "medium"
            sentence = doc.sentences.at(cue.start())
            flag = NEGATION if kind == "negated" else self.hedges(doc.text, sentence, cue.start())
            if flag == HEDGE and _SOFTENED.search(doc.text, max(sentence.start, cue.start() - 45), cue.start()):
                flag = None  # "may actually owe an equal debt to X": a critic's softened claim, not a guess
            for target in self.targets(doc, cue.end()):
                found.append(film_ref(doc, target, cue.start(), _CONFIDENCE[kind], flag))
        for cue in _OTHERS_INCLUDE.finditer(doc.text, doc.header_end):
            # "The movie borrows from many films. ... others include X, Y and Z": a list that
            # continues the borrowing the sentence before states
            index = doc.sentences.index_at(cue.start())
            previous = doc.sentences.spans[index - 1] if index > 0 else None
            if previous is None or not _BEFORE_FILM.search(doc.text, previous.start, previous.end):
                continue
            flag = self.hedges(doc.text, doc.sentences.at(cue.start()), cue.start())
            found.extend(film_ref(doc, target, cue.start(), _CONFIDENCE["medium"], flag)
                         for target in self.targets(doc, cue.end()))
        for cue in _AFTER_FILM.finditer(doc.text, doc.header_end):
            named = self.targets.before(doc, cue.start())
            if named is None or (self.targets(doc, cue.end(), many=False) and "meets" not in cue.group()):
                continue
            sentence = doc.sentences.at(cue.start())
            flag = self.hedges(doc.text, sentence, named.span.start)
            found.append(film_ref(doc, named, named.span.start, 0.75, flag))
            if "meets" in cue.group():
                for following in self.targets(doc, cue.end()):
                    found.append(film_ref(doc, following, named.span.start, 0.75, flag))
        return self._filter(found, title, year, excluded)

    def _filter(self, found: list[FilmRef], title: str | None, year: int | None, excluded: list[FilmRef]) -> list[FilmRef]:
        skip = {norm_title(r.title) for r in excluded}
        if title:
            skip.add(norm_title(title))
        kept = [
            ref for ref in found
            if norm_title(ref.title) not in skip and not (year and ref.year and ref.year > year)
        ]
        return merge_refs(kept)
