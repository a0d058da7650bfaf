"""Relation scoring: a :class:`Doc`, the reviewed film and the rule finders' proposals in, the
films it remakes and draws on out, each with the model's probability as its confidence.

Every film the review names besides the reviewed film is a :class:`Candidate`: the body's film
mentions, the films the cue rules in :mod:`.remakes` and :mod:`.influences` point at, and (in
reviews that do not write titles in capitals) capitalised runs that the catalog gazetteer knows
as film titles. :func:`candidate_features` describes a candidate by sparse binary features: the
words around each of its mentions, cue-word families, its year against the reviewed film's, what
the rules said of it, whether the catalog knows it or lists it as the reviewed film's original.
:class:`RelationModel` is a multinomial logistic regression over those features with three
labels (other, remake_of, influence), trained by ``scripts/train_relations.py`` and shipped as
``data/relations.json``.

>>> model = RelationModel(labels=("other", "remake_of", "influence"), bias=(0.0, -1.0, -1.0),
...                       weights={"rule:remake": (0.0, 4.0, 0.0)})
>>> [round(p, 2) for p in model.probabilities({"rule:remake": 1.0})]
[0.05, 0.94, 0.02]
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..english import english_words
from ..model import Evidence, FilmRef, ReviewedFilm, Span
from ..titlekeys import norm_title
from .doc import Doc, setting_value
from .gazetteer import Gazetteer, load_gazetteer
from .hedges import HedgeDetector
from .lexicon import KIN_PATTERN, STUDIOS
from .names import is_name
from .relations import about_other_film, clause_start
from .remakes import Remakes
from .titles import ABBREVIATIONS_IN_TITLES, title_case

__all__ = ["TITLE_RUN", "Candidate", "CueIndex", "RelationModel", "RelationScorer", "add_word_features", "candidate_features",
           "collect_candidates", "load_model", "mention_features"]

LABELS = ("other", "remake_of", "influence")
_ARTICLES = frozenset({"the", "a", "an"})
# The confidence of a remake source the catalog settles: 35 of the 37 such claims over all gold
# folders (dev and benchmarks) were gold remakes when it was introduced.
LISTED_PAIR_CONFIDENCE = 0.9
_RULE_LABELS = {"remake": "remake_of", "resemblance": "influence", "influence": "influence"}

#: A run of capitalised words, with one or two small words between (a title's shape).
# (the look-behind follows the first capital so that ``re`` jumps from capital to capital)
# (one or two small words between capitals: "Planet of the Apes", "Dawn of the Dead")
# (an abbreviation's full stop stays in the run: "Kill Bill: Vol. 1", "Mr. Deeds")
_ABBREVIATION_STOP = "(?:(?:{})\\.)?".format("|".join(rf"(?<=\b{re.escape(word[:-1])})" for word in sorted(ABBREVIATIONS_IN_TITLES)))
TITLE_RUN = re.compile(rf"[A-Z](?<![\w'’-].)[\w'’&-]*{_ABBREVIATION_STOP}(?:(?::?[ ]|(?:[ ](?:of|the|a|an|and|in|on|to|for|at|with|from)){{1,2}}[ ])"
                       rf"[A-Z0-9][\w'’&-]*{_ABBREVIATION_STOP}){{0,6}}")
# Families of cue words: groups generalise where single words are too rare in a small training set.
_CUES = {
    "remake": r"re-?makes?|remade|remaking|re-?imagin\w*|re-?boot\w*|re-?work\w*|update[sd]?|updating|americani[sz]\w*|"
              r"hollywood(?:'s|’s)?|version|original|re-?d(?:o|oes|id|one|oing)|do-?over|make-?over|re-?tell\w*|refashion\w*|re-?film\w*|"
              r"transpos\w*|same\s+name|based\s+on|adapt\w*",
    "influence": r"reminiscent|recall\w*|remind\w*|evok\w*|echo\w*|resembl\w*|homage|tribute|nods?|debts?|owes?|"
                 r"borrow\w*|lift\w*|steal\w*|stole|crib\w*|rip\w*|knock-?off|clone|imitat\w*|derivative|derived|"
                 r"inspir\w*|influenc\w*|vein|shades|cross\s+between|hybrid|meets|call\w*\s+to\s+mind|comes?\s+to\s+mind|came\s+to\s+mind|"
                 r"brings?\s+to\s+mind|a\s+la|à\s+la|pioneered|popularized|fueled|swip\w*|plagiari\w*|variation|"
                 r"modell?ed|patterned|channel\w*|riff\w*|hat\s+to|love\s+letter|cues?\s+from|indebted|"
                 r"straight\s+out\s+of|lean\w*\s+(?:\w+\s+){0,3}on|wants?\s+(?:\w+\s+){0,2}to\s+be|"
                 r"whiff|dash\s+of|invit\w*\s+comparisons?|ha(?:s|d|ve)\s+the\s+(?:feel|flavou?r|ache|air|mood|texture)\s+of|in\s+the\s+line\s+of|by\s+way\s+of|haunted\s+by|vibes?|"
                 r"ghost\s+of|shadow\s+of|ancestors?|descend\w*|wink\w*|pinch\w*|same\s+cloth|hark\w*\s+back|back\s+to|ala|closer\s+to|"
                 r"think\w*\s+of|leaf\s+(?:\w+\s+){0,2}(?:of|from)|page\s+(?:\w+\s+){0,2}from|flavou?r\w*|nod\w*|playbook|template|"
                 r"emulat\w*|mimic\w*|repackag\w*|referenc\w*|allu(?:sions?|des?|ding)|antecedents?|take-?off|spin\s+on|parallel\w*|combin\w*|restag\w*|re-?creat\w*|straight\s+from|re-?hash\w*|recaptur\w*",
    # (not a face or a room that "looks like" something)
    "likeness": r"(?<!looks )(?<!look )(?<!looked )(?<!looking )like|similar\w*|akin|style|familiar|formula|mix\w*|blend\w*|fused|spirit|tradition|territory|"
                r"in\s+common|same|such\s+as|classics?|not\s+unlike|not\s+dissimilar|as\s+in",
    "quality": r"better|worse|best|worst|not\s+as|as\s+good|no\s+match|is\s+no|isn['’]t|pales",
    "career": r"starred|starring|appeared|played|directed|made|wrote|previous|earlier|last|latest|credits?|"
              r"debut|career|his|her|their",
    "sequel": r"sequel|prequel|follow-?up|part\s+(?:ii|2|two)|series|franchise",
}


# The look-behinds a family's word may open with ("(?<!looks )like"): its first letter comes after them
_LOOK_BEHINDS = re.compile(r"\A(?:\(\?<!?[^()]*\))+")


def _cue_pattern(words: str, suffixes: str = "") -> re.Pattern[str]:
    """A family's words as one pattern, led by a look-ahead for the letters they start with (a
    superset is harmless), which lets the search pass over every other position at once; its
    ``suffixes`` are cues written onto the film's name ("Vertigo-inspired"). Matched against the
    lower-cased text: IGNORECASE would make ``re`` try both cases of every letter."""
    leads = (_LOOK_BEHINDS.sub("", piece)[:1] for piece in words.split("|"))
    firsts = "".join(sorted({lead for lead in leads if lead} | ({"-"} if suffixes else set())))
    attached = rf"|(?<=\w)-(?:{suffixes})" if suffixes else ""
    return re.compile(rf"(?=[{re.escape(firsts)}])(?:(?<![\w-])(?:{words}){attached})(?![\w])")


_CUE_PATTERNS = {name: _cue_pattern(words, "inspired|derived|esque" if name == "influence" else "")
                 for name, words in _CUES.items()}


@dataclass
class Candidate:
    """A film the review names, with every place it is named and what the rules said of it."""

    title: str
    year: int | None
    countries: tuple[str, ...] = ()
    mentions: list[Span] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    rule_refs: list[tuple[str, FilmRef]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return norm_title(self.title)


@dataclass(frozen=True)
class RelationModel:
    """Multinomial logistic regression over sparse features; ``weights[feature][label]``. A
    ``choice`` model (fitted by :func:`.training.fit_choice`) names at most one of a review's
    candidates: its two labels' score margin is a candidate's score in a softmax over the review's
    candidates and "none of them" (score 0)."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    thresholds: dict[str, float] = field(default_factory=dict)
    choice: bool = False

    def probabilities(self, features: dict[str, float]) -> list[float]:
        """P(label | features) for each of :attr:`labels`."""
        return _softmax(self._scores(features))

    def pick_probabilities(self, candidates: Sequence[dict[str, float]]) -> list[float]:
        """Each of a review's ``candidates``' probability of the named label (the second): for a
        :attr:`choice` model, that it is the one the review names, else its own."""
        if not self.choice:
            return [self.probabilities(features)[1] for features in candidates]
        margins = [named - other for other, named, *_ in map(self._scores, candidates)]
        return _softmax([*margins, 0.0])[:-1]

    def _scores(self, features: dict[str, float]) -> list[float]:
        scores = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for i, weight in enumerate(row):
                    scores[i] += weight * value
        return scores

    def to_json(self) -> dict:
        return {"labels": list(self.labels), "bias": [round(b, 6) for b in self.bias],
                "thresholds": self.thresholds, **({"choice": True} if self.choice else {}),
                "weights": {k: [round(w, 6) for w in v] for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> RelationModel:
        return cls(labels=tuple(data["labels"]), bias=tuple(data["bias"]),
                   weights={k: tuple(v) for k, v in data["weights"].items()},
                   thresholds=dict(data.get("thresholds", {})), choice=bool(data.get("choice", False)))


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def load_model(name: str = "relations.json") -> RelationModel | None:
    """The shipped model of that file name in ``data/`` (the relation model by default), or ``None``
    when the package carries none (the rules then decide)."""
    return _load_model(name)


@lru_cache(maxsize=8)
def _load_model(name: str) -> RelationModel | None:
    source = resources.files("filmgraph.extract") / "data" / name
    try:
        return RelationModel.from_json(json.loads(source.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def collect_candidates(doc: Doc, film: ReviewedFilm | None, remakes: Remakes, influences: list[FilmRef],
                       gazetteer: Gazetteer) -> list[Candidate]:
    """Every film named in the body other than the reviewed film itself, once per title.

    A film with the reviewed film's title counts only when a different year is given for it
    (the original a same-title remake goes back to).
    """
    own_key = norm_title(film.title) if film and film.title else None
    own_year = film.year if film else None
    found: dict[tuple[str, int | None], Candidate] = {}

    def slot(title: str, year: int | None, source: str, span: Span | None = None) -> Candidate | None:
        key = norm_title(title)
        if not key or len(key) < 2 or title.strip().lower() in _ARTICLES:  # "THE Texas CHAIN SAW": a lone article is no film
            return None
        index: tuple[str, int | None] = (key, None)
        if key == own_key:
            if year is None and span is not None and (dated := _YEAR_RIGHT_BEFORE.search(doc.text, max(0, span.start - 12), span.start)):
                year = int(dated.group(1))  # "Ann Lee's lean 1962 Cape Fear": the same title of another year
            if year is None or year == own_year:
                return None
            index = (key, year)
        candidate = found.get(index)
        if candidate is None:
            candidate = found[index] = Candidate(title=title, year=year)
        elif candidate.year is None and year is not None:
            candidate.year = year
        candidate.sources.add(source)
        return candidate

    for label, refs in (("remake", remakes.remakes), ("resemblance", remakes.resemblances), ("influence", influences)):
        for ref in refs:
            candidate = slot(ref.title, ref.year, "rule")
            if candidate is not None:
                candidate.rule_refs.append((label, ref))
                candidate.countries = candidate.countries or ref.countries
                if ref.evidence and ref.evidence.mention:
                    candidate.mentions.append(ref.evidence.mention)
    held = [(span, c) for c in found.values() for span in c.mentions]
    for mention in doc.body_mentions():
        # "Dozen (1990)", the tail of the rule's "Baker's Dozen (1990)", is the same film, not another
        owner = next((c for span, c in held if span.start < mention.span.start and mention.span.end == span.end), None)
        if owner is not None:
            owner.sources.add(mention.kind)
            continue
        candidate = slot(mention.title, mention.year, mention.kind, mention.span)
        if candidate is not None:
            candidate.mentions.append(mention.span)
    if len(gazetteer):
        named = [span for c in found.values() for span in c.mentions]
        for run in TITLE_RUN.finditer(doc.text, doc.header_end):
            surface, start = run.group(), run.start()
            owned = None
            if ("'s " in surface or "’s " in surface) and (owned := _OWNER_AND_YEAR.match(surface)) and surface not in gazetteer:
                surface, start = surface[owned.end():], start + owned.end()  # "Howard Hawks's 1951 The Thing from Another World"
            if len(surface) < 4 or (doc.caps_style and surface.count(" ") < 3) or setting_value(doc.text, start):
                continue  # (a review writing titles in capitals: only a long known title in ordinary case is one too)
            if surface not in gazetteer or (" " not in surface and doc.sentences.at(start).start == start):
                continue  # a lone capitalised word opening a sentence is too often just a word
            if surface.endswith(("'s", "’s")) and surface[-3:-2].islower():
                continue  # an owner ("France's fall colours"), whatever film its letters spell ("Frances")
            if any(span.start <= start and run.end() <= span.end for span in named):
                continue  # "Once Upon a Time" inside "Once Upon a Time in the West", already named
            # a title reads like a name, but not as a maker's work or an original ("Hitchcock's Psycho",
            # "the original Psycho") or with a common word in it ("Jurassic Park")
            as_work = owned is not None or _ORIGINAL_BEFORE.search(doc.lowered, max(0, start - 12), start) is not None
            if (is_name(surface) and norm_title(surface) != own_key and not (as_work and " " not in surface)
                    and not _has_common_word(surface)):
                continue  # (a person's name, unless it is this film's own title, dated as another film's)
            candidate = slot(surface, None, "gazetteer", Span(start, run.end()))
            if candidate is not None:
                candidate.mentions.append(Span(start, run.end()))
    for candidate in found.values():
        candidate.mentions = sorted(set(candidate.mentions), key=lambda s: s.start)
        if candidate.year is None and candidate.mentions:
            candidate.year = _dated_elsewhere(doc.text, candidate.title, own_year)
    if film and film.title and not any(c.key == own_key for c in found.values()):
        implied = _implied_original(doc, film.title, own_year, gazetteer)
        if implied is not None:
            found[(implied.key, implied.year)] = implied
    return [c for c in found.values() if c.mentions]


def _has_common_word(surface: str) -> bool:
    """Whether a capitalised run of two or more words holds a word English prose writes in lower
    case: "Jurassic Park", "Scary Movie" are titles more often than they are someone's name."""
    words = surface.lower().split()
    return len(words) > 1 and any(word in english_words() for word in words)


# How a review names an original it never titles: "the original", "the 1969 original", "the Jerry
# Lewis original", "Hitchcock's original version", "a 1947 film noir of the same name", "the 1963 movie"
# (led by the word or the year, the words before read back: a pattern led by "the" tries every word)
_ORIGINAL_NOUN = re.compile(r"\boriginal\b|\b(?P<dated>(?:1[89]|20)\d\d)\s+(?:[a-z-]+\s+){0,2}?(?:film|movie|version|picture|original)\b")
_BEFORE_ORIGINAL = re.compile(r"\b(?:the|[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s)\s+(?:(?P<year>(?:1[89]|20)\d\d)\s+)?(?:[A-Za-z-]+\s+){0,2}?$")
_BEFORE_DATED = re.compile(r"\b(?:the|an?)\s+$")


def _implied_original(doc: Doc, title: str, year: int | None, gazetteer: Gazetteer) -> Candidate | None:
    """The earlier film of the reviewed film's own title that the review points to without naming
    it ("the 1969 original", "the Jerry Lewis original"): a candidate placed at those words, dated
    by them, else by a catalog's remake list, else by the earliest earlier film a catalog knows of
    that title; none when a catalog knows no earlier film of that title."""
    listed = gazetteer.listed_original_year(title, year)
    known = [y for y in gazetteer.years(title) if year is None or y < year]
    if listed is None and (not known or (year is None and len(known) < 2)):
        return None  # (no earlier film of the title is known: the text need not be read)
    candidate = Candidate(title=title, year=None, sources={"implied_original"})
    for noun in _ORIGINAL_NOUN.finditer(doc.text, doc.header_end):
        before = (_BEFORE_DATED if noun.group("dated") else _BEFORE_ORIGINAL).search(doc.text, max(0, noun.start() - 60), noun.start())
        if before is None:
            continue
        dated = noun.group("dated") or before.groupdict().get("year")
        if dated and (year is None or int(dated) < year) and (not known or int(dated) in known):
            candidate.year = candidate.year or int(dated)
        elif dated:
            continue  # "the 2004 version" of a 2004 film is the film itself
        candidate.mentions.append(Span(before.start(), noun.end()))
    if not candidate.mentions:
        return None
    candidate.year = candidate.year or listed or min(known)
    return candidate if candidate.year is not None else None


_YEAR_RIGHT_BEFORE = re.compile(r"\b((?:1[89]|20)\d\d)\s+[\"“*_]?$")
# what a capitalised run may carry before the title in it: its maker and its year ("Ann Lee's 1951 ")
_ORIGINAL_BEFORE = re.compile(r"\boriginal\s+[\"“]?$")
_OWNER_AND_YEAR = re.compile(r"(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*['’]s[ ](?:(?:1[89]|20)\d\d[ ])?(?=[A-Z])")
# (a possessive year dates the title after whatever leads it: "like 1997's PONETTE")
_YEAR_BEFORE_NAMED = re.compile(r"(?:\b(?:the|in|of|from)\s+|(?<![\w'’])(?=(?:1[89]|20)\d\d['’]s))((?:1[89]|20)\d\d)(?:['’]s)?\s+[\"“*_]?$",
                                re.IGNORECASE)
# ("from 1976", or an apposition that dates it: "NETWORK, Sidney Lumet's 1976 shredding of ...",
# "Farewell, My Lovely, the 1975 version")
_YEAR_AFTER_NAMED = re.compile(r"[\"”*_]?(?:,?\s+from|,\s+(?:the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s))\s+((?:1[89]|20)\d\d)\b")


def _dated_elsewhere(text: str, title: str, own_year: int | None) -> int | None:
    """The year the review gives ``title`` in passing ("the 2003 Oldboy", "1997's Ponette", "Summer
    Camp Galaxy from 1985", "Network, Sidney Lumet's 1976 satire"), if it is not the reviewed film's
    own year nor later. Each place the title is named is looked at (a plain search, no pattern built
    per title)."""
    lower, name = text.lower(), title.lower()
    at = lower.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and lower[at - 1].isalnum()) and not (end < len(lower) and lower[end].isalnum()):
            dated = (_YEAR_BEFORE_NAMED.search(text, max(0, at - 14), at)
                     or _YEAR_AFTER_NAMED.match(text, end, min(len(text), end + 48)))
            if dated:
                year = int(dated.group(1))
                if own_year is None or year < own_year:
                    return year
        at = lower.find(name, at + 1)
    return None


class CueIndex:
    """Where each cue-word family occurs, searched once per sentence that a window falls in, so
    that the windows of every mention in a sentence are look-ups rather than searches."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._by_sentence: dict[int, dict[str, tuple[list[int], list[int]]]] = {}

    def _hits(self, start: int, end: int) -> dict[str, tuple[list[int], list[int]]]:
        """Each family's cue starts and ends in the sentence holding ``start``."""
        index = self._doc.sentences.index_at(start)
        hits = self._by_sentence.get(index)
        if hits is None:
            sentence = self._doc.sentences.spans[index] if self._doc.sentences.spans else Span(start, end)
            hits = self._by_sentence[index] = {}
            for name, pattern in _CUE_PATTERNS.items():
                found = [(m.start(), m.end()) for m in pattern.finditer(self._doc.lowered, sentence.start, sentence.end)]
                hits[name] = ([a for a, _ in found], [b for _, b in found])
        return hits

    def first_within(self, start: int, end: int, families: tuple[str, ...]) -> int | None:
        """Where the first cue of one of ``families`` that starts in ``[start, end)`` starts."""
        hits = self._hits(start, end)
        firsts = []
        for name in families:
            starts = hits[name][0]
            i = bisect.bisect_left(starts, start)
            if i < len(starts) and starts[i] < end:
                firsts.append(starts[i])
        return min(firsts, default=None)

    def families_within(self, start: int, end: int) -> list[str]:
        """The families with a cue lying wholly inside ``[start, end)`` (a window in one sentence)."""
        hits = self._hits(start, end)
        inside = []
        for name, (starts, ends) in hits.items():
            # cues of one family do not overlap, so the first to start in the window ends first
            i = bisect.bisect_left(starts, start)
            if i < len(starts) and ends[i] <= end:
                inside.append(name)
        return inside


# Between two items of a list, with a few words describing the second ("X and the Belgian Y",
# "X, and last year's Y").
_LIST_GAP = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:,|;|,?\s+(?:and|or|&))\s*(?:the\s+)?(?:[a-z][\w-]*(?:['’]s)?\s+|[A-Z][a-z]+\s+){0,2}$"
)


def _list_head(doc: Doc, span: Span) -> int:
    """Where the list a mention belongs to starts ("inspired by X, Y and Z": Z's list starts at X)."""
    start = span.start
    sentence_start = doc.sentences.at(span.start).start
    for earlier in reversed(doc.mentions_between(max(sentence_start, start - 400), start)):
        if _LIST_GAP.fullmatch(doc.text, earlier.end, start):
            start = earlier.span.start
    return start


_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][a-z][\w'’-]*\s*$")
# "looks a lot like Ethan Hawke in BEFORE SUNRISE": an actor's part in another film, compared.
_PERSON_IN = re.compile(r"(?<![\w'’])((?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*)\s+in\s+(?:the\s+)?$")
# "the team who previously gave us X and Y", "the director of X", "who also made X", "every movie to
# feature Ann Lee (X, Y)", "films starring Ann Lee: X": a maker's or a player's other films
_CREDITED_WITH = re.compile(
    r"\b(?:gave\s+us|brought\s+us|(?:director|directors|maker|makers|writer|writers|team|man|woman)\s+(?:of|behind)|"
    r"who\s+(?:previously\s+|also\s+|earlier\s+|once\s+)?(?:made|directed|wrote|gave\s+us)|"
    r"(?:films?|movies?|pictures?)\s+(?:to\s+(?:feature|star)|featuring|starring))\s+[^.;:()]{0,60}(?:[(:]\s*)?$",
    re.IGNORECASE,
)
# A film right before "owes a debt to", "borrows from", "recalls": it is the one that borrows.
_BORROWER = re.compile(
    r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:(?:also|even|clearly|obviously|openly|shamelessly|heavily)\s+)?"
    r"(?:owes|owed|borrows|borrowed|recalls|recalled|echoes|echoed|evokes|evoked|resembles|resembled|steals|stole|"
    r"lifts|lifted|pays\s+(?:homage|tribute)|nods|apes|aped|copies|copied|mimics|rips\s+off|is\s+reminiscent)\b",
    re.IGNORECASE,
)

# "recent films like X", "duds such as X", "successes including X": films given as examples of a kind
# (as a rule a career's or a genre's, not what the film resembles); not "plays like X", "feels like X"
_EXAMPLES_OF = re.compile(
    r"\b(?!(?:plays|feels|looks|sounds|seems|smells|tastes|acts|comes|moves|works|reads|is|was|has|its|this|thus|"
    r"as|less|unless|nothing|things|always|perhaps)\b)[a-z]+s\s+(?:like|such\s+as|including)\s+(?:the\s+)?$")


_ARTICLE_RIGHT_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
# a lower-case noun a title describes, unless it is a word of likeness or borrowing ("a STAR WARS
# rip-off", "an ALIENS set in our time", "a DIE HARD meets ...") or a joining word
_NOUN_AFTER_NAME = re.compile(
    r"\s+(?!(?:clone|rip-?off|ripoff|knock-?off|wannabe|version|remake|redo|retread|update|imitation|copy|homage|parody|"
    r"spoof|send-?up|take-?off|variation|retelling|meets|set|style|type|kind|lite|like|for|with|without|minus|plus|in|"
    r"on|and|or|of|by|from|that|which|who|at|to|is|was|are|were|crossed|done|made|told|played)\b)[a-z]+\b")


def mention_features(doc: Doc, span: Span, film_title: str | None, cues: CueIndex) -> dict[str, float]:
    """Features of one place a candidate is named: the cue-word families around it.

    Families, not single words: a few hundred labelled films cannot teach a weight for every
    word. The words before a mention are read before the list it ends, so that a cue in front
    of "X, Y and Z" speaks for all three.
    """
    text = doc.text
    sentence = doc.sentences.at(span.start)
    head = _list_head(doc, span)
    features: dict[str, float] = {}
    if head < span.start:
        features["in_list"] = 1.0
    index = doc.sentences.index_at(span.start)
    previous = doc.sentences.spans[index - 1] if index > 0 else None
    windows = {
        "cue_near": (max(sentence.start, head - 100), head),
        "cue_adjacent": (max(sentence.start, head - 40), head),
        "cue_after": (span.end, min(sentence.end, span.end + 40)),
        "cue_sentence": (sentence.start, sentence.end),
    }
    if previous is not None:
        windows["cue_previous"] = (previous.start, previous.end)
    for window, (start, end) in windows.items():
        for name in cues.families_within(start, end):
            features[f"{window}:{name}"] = 1.0

    if film_title and norm_title(film_title) in {norm_title(m.title) for m in doc.mentions_between(sentence.start, sentence.end)}:
        features["film_in_sentence"] = 1.0
    if span.start == sentence.start or not text[sentence.start:span.start].strip(" \"“'‘"):
        features["opens_sentence"] = 1.0
    # the subject is the one of the clause's first relation cue: in "it borrows from X and Y", X is
    # an object of "borrows", not the subject that Y is said of (the title model, asking which film
    # is reviewed before any is known, reads the clause up to the mention itself: measured better)
    anchor = cues.first_within(clause_start(doc, head), head, ("remake", "influence", "likeness")) if film_title else None
    if about_other_film(doc, head if anchor is None else anchor, film_title):
        features["other_subject"] = 1.0
    if "?" in text[span.end:sentence.end]:
        features["question"] = 1.0
    opened = text.rfind("(", sentence.start, head)
    if opened >= 0 and text.rfind(")", opened, head) < 0 and ")" in text[span.end:sentence.end]:
        features["in_brackets"] = 1.0  # "Brian De Palma (CARRIE, SCARFACE)": a filmography, as a rule
        if _NAME_BEFORE_BRACKET.search(text, max(sentence.start, opened - 40), opened) and not any(
                m.end == opened or text[m.end:opened].isspace() for m in doc.mentions_between(max(0, opened - 80), opened)):
            features["filmography"] = 1.0  # "owes a debt to Jan (TWISTER, SPEED 2) De Bont": a person's films
    person = _PERSON_IN.search(text, max(sentence.start, head - 50), head)
    if (person and is_name(person.group(1))) or _CREDITED_WITH.search(text, max(sentence.start, head - 90), head):
        features["filmography"] = 1.0
    if _BORROWER.match(text, span.end):
        features["borrower"] = 1.0
    if _EXAMPLES_OF.search(text, max(sentence.start, head - 40), head):
        features["examples_of"] = 1.0
    if (not text[span.start].isdigit() and _ARTICLE_RIGHT_BEFORE.search(text, max(0, span.start - 4), span.start)
            and _NOUN_AFTER_NAME.match(text, span.end)):  # (not an original named by its year: "a remake of a 1973 movie")
        features["attributive"] = 1.0  # "a Charlie Chaplin routine", "a Poe story", "a SWAT team": a word describing a noun
    return features


def candidate_features(doc: Doc, film: ReviewedFilm | None, candidate: Candidate, gazetteer: Gazetteer,
                       hedges: HedgeDetector, cues: CueIndex) -> tuple[dict[str, float], list[dict[str, float]]]:
    """A candidate's own features and those of each of its mentions (in ``candidate.mentions`` order).

    The candidate's features are its mentions' features, each at its largest value, plus what
    holds for the film as a whole.
    """
    film_title = film.title if film else None
    film_year = film.year if film else None
    per_mention = [mention_features(doc, span, film_title, cues) for span in candidate.mentions]
    makers = _maker_surnames(film)
    for span, one in zip(candidate.mentions, per_mention):
        # "Smith was the wunderkind behind CLERKS": the film's own maker's other work, as a rule
        if any(_whole_word_in(doc.text, maker, doc.sentences.at(span.start).start, span.start) for maker in makers):
            one["maker_in_sentence"] = 1.0
    features: dict[str, float] = {}
    for one in per_mention:
        for name, value in one.items():
            features[name] = max(features.get(name, 0.0), value)
    features["bias_candidate"] = 1.0
    count = len(candidate.mentions)
    features[f"mentions:{min(count, 3)}"] = 1.0
    for source in candidate.sources:
        features[f"source:{source}"] = 1.0
    for label, ref in candidate.rule_refs:
        flag = ref.evidence.flag if ref.evidence else None
        features[f"rule:{label}"] = 1.0
        if flag:
            features[f"rule_flag:{flag}"] = 1.0
            features[f"rule:{label}:flagged"] = 1.0
    if candidate.year is not None:
        features["has_year"] = 1.0
        if film_year is not None:
            features["year:earlier" if candidate.year < film_year else "year:same" if candidate.year == film_year else "year:later"] = 1.0
    known = gazetteer.years(candidate.title)
    if film_title and norm_title(candidate.title) == norm_title(film_title):
        features["same_title"] = 1.0
        if known == (candidate.year,):
            features["catalog:only_film_of_title"] = 1.0
    elif film_title and ((_shortened(candidate.title, film_title) and not (film_year and candidate.year and candidate.year < film_year))
                         or _halves_of_one_title(gazetteer, candidate, film_title, film_year)):
        features["part_of_film_title"] = 1.0  # (but "Piranha (1978)" in a review of Piranha 3D (2010) is another film)
    if known:
        features["catalog:known"] = 1.0
        if film_year is not None and any(y < film_year for y in known):
            features["catalog:earlier_film"] = 1.0
        if film_year is not None and all(y > film_year for y in known):
            features["catalog:only_later"] = 1.0
    if film_title and gazetteer.is_remake_pair(film_title, film_year, candidate.title, candidate.year):
        features["catalog:remake_pair"] = 1.0
    if is_name(candidate.title):
        features["looks_like_name"] = 1.0
    if candidate.year is None and candidate.title in STUDIOS:
        features["studio"] = 1.0  # "a pop culture treat ala Hollywood": no film, whatever the catalog holds
    if " " not in candidate.title.strip() and _acts_like_a_person(doc.text, candidate.title):
        features["acts_like_person"] = 1.0
    first = candidate.mentions[0]
    if hedges(doc.text, doc.sentences.at(first.start), first.start):
        features["hedged_first"] = 1.0
    if "implied_original" in candidate.sources:
        # the words around "the original" say something else than those around a title: learned apart
        features = {name if name.startswith(("source:", "catalog:", "year:", "same_title", "has_year")) else f"implied:{name}": value
                    for name, value in features.items()}
    return features, per_mention


def _halves_of_one_title(gazetteer: Gazetteer, candidate: Candidate, film_title: str, film_year: int | None) -> bool:
    """Whether the candidate and the reviewed film are the two halves of one catalog title, "An Alan
    Smithee Film" in a review of Burn Hollywood Burn ("An Alan Smithee Film: Burn Hollywood Burn"), in
    the film's year where it is known; not an original dated apart ("Nosferatu (1922)" in a review of
    the 1979 "Nosferatu: Phantom der Nacht")."""
    if candidate.year is not None and candidate.year != film_year:
        return False
    for whole in (f"{candidate.title}: {film_title}", f"{film_title}: {candidate.title}"):
        years = gazetteer.years(whole)
        if years and (film_year is None or film_year in years):
            return True
    return False


def _maker_surnames(film: ReviewedFilm | None) -> set[str]:
    """The surnames of the film's directors and writers (of three letters or more)."""
    names = {person.name.split()[-1] for person in (*film.directors, *film.writers)} if film else set()
    return {name for name in names if len(name) > 2}


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _whole_word_in(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` stands in ``text[start:end]`` as ``\\bword\\b`` would find it (the text taken to
    end at ``end``). A string search: a pattern of the makers' names would be compiled anew for every review."""
    at = text.find(word, start, end)
    while at >= 0:
        stop = at + len(word)
        bounded_before = (at > 0 and _is_word_char(text[at - 1])) != _is_word_char(word[0])
        bounded_after = (stop < end and _is_word_char(text[stop])) != _is_word_char(word[-1])
        if bounded_before and bounded_after:
            return True
        at = text.find(word, at + 1, end)
    return False


# What a person of the story does that a film does not: "Helen, who found the bodies", "Marie's
# father", "he tells Marie", "Sam says" (not "meets": "Jaws meets Tremors" crosses two films)
_PERSON_VERB_AFTER = re.compile(
    rf"(?:['’]s\s+(?:{KIN_PATTERN}|life|death)\b|"
    r"\s+(?:says|said|asks|asked|wants|wanted|decides|decided|realizes|realized|learns|learned|"
    r"himself|herself)\b|,\s+who\s+(?:is|was|has|had|found|finds|wants|tells|says)\b)"
)
_PERSON_WORD_BEFORE = re.compile(r"\b(?:named|called|tells|told|asks|marries)\s+$")


def _acts_like_a_person(text: str, word: str) -> bool:
    """Whether a one-word name acts in the review as a person of the story does: the subject of
    "says" or of a "who" clause, the object of "tells", the owner of a relative. (Narrower than the
    film reading's person tests in :mod:`.film`: a bracket or "meets" after a title is common here.)"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            if _PERSON_VERB_AFTER.match(text, end) or _PERSON_WORD_BEFORE.search(text, max(0, at - 12), at):
                return True
        at = text.find(word, end)
    return False


def _title_words(title: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def _shortened(title: str, film_title: str) -> bool:
    """Whether ``title`` is the film's title cut short at either end ("this DARN CAT" in a review of
    THAT DARN CAT, "MIRACLE" for MIRACLE ON 34TH STREET): the reviewed film itself."""
    words, film_words = _title_words(title), _title_words(film_title)
    return 0 < len(words) < len(film_words) and (film_words[:len(words)] == words or film_words[-len(words):] == words)


def _can_be_related(features: dict[str, float], per_mention: list[dict[str, float]]) -> bool:
    """What the relations' definitions rule out, whatever the weights say: a film that came out
    after the reviewed film is neither remade nor drawn on, nor is the reviewed film itself (its
    title with its year, or with the only year a catalog knows for that title, or cut short and not
    dated earlier), nor a studio or a film industry named without a year ("ala Hollywood"); a film
    named only in statements about another film ("DUSK owes a debt to DAWN": DAWN) or as the
    borrower (DUSK) is not said to be drawn on by this one, unless a cue rule read a statement about
    this film; nor is a film named only in a person's filmography ("Jan (TWISTER, SPEED 2) De Bont",
    "like Ethan Hawke in BEFORE SUNRISE")."""
    if ("year:later" in features or "catalog:only_film_of_title" in features or "part_of_film_title" in features or "studio" in features
            or ("acts_like_person" in features and "same_title" not in features)
            or {"same_title", "year:same"} <= features.keys()):
        return False
    if "catalog:remake_pair" not in features and any(all(mark in one for one in per_mention) for mark in ("filmography", "attributive")):
        # only ever a person's film or a word describing a noun ("a Charlie Chaplin routine"); but a listed
        # original is often named by its makers: "Roth's screenplay for THE DAY OF THE JACKAL"
        return False
    if not any(name.startswith(("rule:", "catalog:remake_pair")) or name.endswith((":remake", ":influence", ":likeness"))
               for name in features):
        return False  # a film named with no word of remaking or likeness anywhere near is not said to be either
    ruled = any(name.startswith("rule:") and not name.endswith(":flagged") for name in features) or "catalog:remake_pair" in features
    return ruled or not all("other_subject" in one or "borrower" in one for one in per_mention)


class RelationScorer:
    """Decide, with the learned :class:`RelationModel`, which named films are remake sources and
    which influences.

    Parameters
    ----------
    model
        The model; ``None`` loads the shipped one. Without any model the rules' findings stand.
    gazetteer
        Known film titles; ``None`` loads the shipped one.
    hedges
        Flags negated, hedged and questioned statements.
    """

    def __init__(self, *, model: RelationModel | None = None, gazetteer: Gazetteer | None = None,
                 hedges: HedgeDetector | None = None) -> None:
        self.model = model if model is not None else load_model()
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.hedges = hedges or HedgeDetector()

    def candidates(self, doc: Doc, film: ReviewedFilm | None, remakes: Remakes,
                   influences: list[FilmRef]) -> list[tuple[Candidate, dict[str, float], list[dict[str, float]]]]:
        """Each candidate with its features and its mentions' features (what training reads)."""
        found = collect_candidates(doc, film, remakes, influences, self.gazetteer)
        cues = CueIndex(doc)
        return [(c, *candidate_features(doc, film, c, self.gazetteer, self.hedges, cues)) for c in found]

    def __call__(self, doc: Doc, film: ReviewedFilm | None, remakes: Remakes,
                 influences: list[FilmRef]) -> tuple[list[FilmRef], list[FilmRef]]:
        if self.model is None:
            return list(remakes.remakes), remakes.resemblances + influences
        remake_of: list[FilmRef] = []
        drawn_on: list[FilmRef] = []
        for candidate, features, per_mention in self.candidates(doc, film, remakes, influences):
            if not _can_be_related(features, per_mention):
                continue
            probabilities = self.model.probabilities(features)
            year = candidate.year
            if film and film.title and "catalog:remake_pair" in features and "hedged_first" not in features:
                # A catalog's remake pair named in a review of the remake: what the review's words
                # leave implicit ("Marshall revamps THE BISHOP'S WIFE") the catalog settles, and dates.
                remake = self.model.labels.index("remake_of")
                probabilities = [*probabilities]
                probabilities[remake] = max(probabilities[remake], LISTED_PAIR_CONFIDENCE)
                chosen = [remake]
                year = year or self.gazetteer.original_year(film.title, film.year, candidate.title, None)
            else:
                chosen = [i for i, label in enumerate(self.model.labels)
                          if label != "other" and probabilities[i] >= self.model.thresholds.get(label, 0.5)]
            if not chosen:
                # A negated or hedged cue ("Unlike X") is still reported, flagged, for --explain.
                chosen = [self.model.labels.index(_RULE_LABELS[label]) for label, ref in candidate.rule_refs
                          if ref.evidence and ref.evidence.flag]
            if not chosen:
                continue
            best = max(chosen, key=probabilities.__getitem__)
            # an undated film is dated by the catalog when it knows one film of that title before this one
            # (an influence too: of the held and training golds' dated influences the catalog dated so, 13
            # agreed and 1 was a year apart), or, an original and the film's own year unknown, when its
            # remake list names a same-title original of it
            film_year = film.year if film else None
            year = year or self.gazetteer.sole_year(candidate.title, film_year)
            if self.model.labels[best] == "remake_of" and film_year is None:
                year = year or self.gazetteer.listed_original_year(candidate.title, None)
            ref = self._ref(doc, candidate, per_mention, best, probabilities[best], year)
            (remake_of if self.model.labels[best] == "remake_of" else drawn_on).append(ref)
        return remake_of, drawn_on

    def _ref(self, doc: Doc, candidate: Candidate, per_mention: list[dict[str, float]], label: int,
             confidence: float, year: int | None) -> FilmRef:
        """The candidate as a :class:`FilmRef`, its evidence the mention that speaks most for the label."""
        assert self.model is not None
        # A rule that read this very relation unflagged settles it: "Unlike the 1932 original, ..."
        # still names the original this remake remakes.
        same_label = [ref for name, ref in candidate.rule_refs if _RULE_LABELS[name] == self.model.labels[label]]
        flags = [ref.evidence.flag for _, ref in candidate.rule_refs if ref.evidence and ref.evidence.flag]
        stated = any(ref.evidence and ref.evidence.flag is None for ref in same_label)
        flag = None if stated else next(iter(flags), None)
        rule_span = {ref.evidence.mention for _, ref in candidate.rule_refs if ref.evidence and ref.evidence.mention}
        scored = [(self.model.probabilities(f)[label] + (1.0 if span in rule_span else 0.0), i)
                  for i, (f, span) in enumerate(zip(per_mention, candidate.mentions))]
        _, index = max(scored, key=lambda pair: (pair[0], -pair[1]))
        span = candidate.mentions[index]
        sentence = doc.sentences.at(span.start)
        if flag is None and not stated:
            flag = self.hedges(doc.text, sentence, span.start)
        surface = span.of(doc.text)
        title = candidate.title if candidate.title != surface.upper() else title_case(surface)
        evidence = Evidence(sentence=sentence, mention=span, confidence=round(confidence, 4), flag=flag)
        return FilmRef(title=title, year=year, countries=candidate.countries,
                       mention=surface if surface != title else None, evidence=evidence)


def add_word_features(features: dict[str, float], before: list[str], after: list[str]) -> None:
    """Mark the words next to a candidate: ``p1:``/``p2:`` the last and second-last word of
    ``before``, ``n1:`` the first of ``after``."""
    if before:
        features[f"p1:{before[-1]}"] = 1.0
    if len(before) > 1:
        features[f"p2:{before[-2]}"] = 1.0
    if after:
        features[f"n1:{after[0]}"] = 1.0


def features_vocabulary(rows: Iterable[dict[str, float]], min_count: int) -> list[str]:
    """The features seen in at least ``min_count`` rows, sorted (what training keeps)."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, seen in counts.items() if seen >= min_count)
