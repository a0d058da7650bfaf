"""The reviewed film's title when no rule read one: a :class:`Doc` in, the likeliest title (a
:class:`TitlePick`, or ``None``) out, picked by a learned model's probability.

The rules in :mod:`.film` read a title from a header, a title line, a lead sentence ("Night
Harbour is a slow drama") or a title the review keeps repeating. Many reviews name their film
otherwise: once in a mail's subject ("Re: did you see True Grit yet?"), in a chat line ("ok who
else saw Confetti Loop last night"), in a feed item's headline, or twice in passing in a user's
post ("I averted seeing Bourne Ultimatum in favor of Stardust"). Every film the review names is a
candidate (its capitalised, quoted and dated mentions, the capitalised runs the catalog
gazetteer knows and other runs of two words or more); :func:`title_features`
describes one by how often and where it is named (the header, the first sentences, a line of its
own), the words and cue families around its first mentions, its marks (quotes, emphasis, a year),
whether the catalog knows it and whether it reads as a person. A choice model (a
:class:`~.scorer.RelationModel` with the labels ``other`` and ``title`` in which one review's
candidates and "none of them" share one softmax), trained by ``scripts/train_titles.py`` on the
gold titles of annotated reviews whose rules named no film and shipped as ``data/titles.json``,
scores them; the likeliest, if it clears the model's threshold, is the film's title. Without that
file no title is added.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("Subject: Re: did you see Copper Sky yet?\\n\\nWe did. Copper Sky is lovely.")
>>> [c.title for c in title_candidates(doc)]
['Copper Sky']
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from ..english import english_words
from ..model import Span
from ..titlekeys import norm_title, title_key
from .doc import Doc, past_field_labels
from .gazetteer import Gazetteer, load_gazetteer
from .lexicon import COUNTRY_NAMES, DEMONYMS
from .names import is_name
from .scorer import TITLE_RUN, CueIndex, RelationModel, add_word_features, load_model, mention_features
from .titles import not_a_film_title, quoted_spans, title_case

__all__ = ["LABELS", "TitleCandidate", "TitlePick", "TitleScorer", "overrules", "title_candidates", "title_features"]

LABELS = ("other", "title")
_MAX_CHARS = 20_000
# (a candidate's words and cues are read at its first few mentions: later ones mostly repeat them)
_READ_MENTIONS = 3
_WORD = re.compile(r"[a-z][a-z'’-]*")
_ARTICLES = frozenset({"the", "a", "an"})
_SUBJECT_VERB = re.compile(r"(?:['’]s)?,?\s+(?:is|was|has|had|isn['’]t|wasn['’]t|does|doesn['’]t|makes|tries|follows|feels|"
                           r"seems|gets|delivers|offers|stars|tells|works|remains|becomes|lacks|manages|fails)\b")
# what closes a string literal that holds the title alone, its year or a subtitle after it
_OWN_LITERAL = re.compile(r"(?:\s*\((?:1[89]|20)\d\d\))?(?::[^\"'\n]{0,60})?[\"']")
_OWNER = re.compile(r"(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*['’]s[ ](?=[A-Z])")


@dataclass
class TitleCandidate:
    """A title the review names: its ordinary capitalisation, the first year written with it and
    all of them (two films of one title: "Sleuth (2007) ... Sleuth (1972)"), every place it is
    named and how (``caps``, ``quoted``, ``yeared``, ``gazetteer``)."""

    title: str
    year: int | None = None
    spans: list[Span] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class TitlePick:
    """The title the model chose, its year (``None`` when the review dates two films of that title:
    which is this one is the year model's to say), where it is first named, the model's
    probability and whether the review writes any year with the title."""

    title: str
    year: int | None
    span: Span
    probability: float
    dated: bool = False


def title_candidates(doc: Doc) -> list[TitleCandidate]:
    """The titles the review names (within its first 20,000 characters) more than once, in
    quotes or with a year, or once as a catalog title that is the subject of its clause, once per
    title key, in order of first mention; not a lone article, a number, a country or a nationality."""
    found: dict[str, TitleCandidate] = {}

    def add(title: str, year: int | None, span: Span, kind: str) -> None:
        title = title_case(title) if title.isupper() else title
        key = norm_title(title)
        words = title.strip().lower()
        if (len(key) < 2 or words in _ARTICLES or words in COUNTRY_NAMES or words in DEMONYMS
                or title.replace(" ", "").isdigit() or not_a_film_title(title)):
            return
        candidate = found.setdefault(key, TitleCandidate(title=title))
        candidate.year = candidate.year or year
        if year is not None:
            candidate.years.add(year)
        if span not in candidate.spans:
            candidate.spans.append(span)
        candidate.kinds.add(kind)

    for mention in doc.mentions:
        if mention.span.start < _MAX_CHARS:
            add(mention.title, mention.year, mention.span, mention.kind)
    gazetteer, text = load_gazetteer(), doc.text
    read = {mention.span for mention in doc.mentions}
    for span, _ in quoted_spans(text):
        if span.start >= _MAX_CHARS:
            break
        surface = text[span.start:span.end]
        if span in read:
            continue
        # the quoted runs the mention finder leaves: one word ('Traffik' analyses ...), a word in
        # lower case that the catalog's title has ("The Devil is a Woman")
        if " " not in surface.strip():
            add(surface, None, span, "quoted_word")
        elif surface in gazetteer:
            add(surface, None, span, "quoted")
    if len(gazetteer):
        for run in TITLE_RUN.finditer(text, 0, _MAX_CHARS):
            start = past_field_labels(text, run.start(), run.end(), gazetteer)
            surface = text[start:run.end()]
            if (owned := _OWNER.match(surface)) and surface not in gazetteer:
                surface, start = surface[owned.end():], start + owned.end()  # "Todd Haynes's Far from Heaven"
            surface = _with_lower_case_words(text, start, surface, gazetteer)
            one_word = " " not in surface
            if len(surface) < 2 or (one_word and doc.sentences.at(start).start == start):
                continue  # a lone capitalised word opening a sentence is too often just a word
            if surface in gazetteer:
                add(surface, None, Span(start, start + len(surface)), "gazetteer")
            elif not one_word or _SUBJECT_VERB.match(text, start + len(surface)):
                # a small film no catalog knows: "who else saw Confetti Loop last night", "Vivah is a journey"
                add(surface, None, Span(start, start + len(surface)), "run")
    candidates = list(found.values())
    for candidate in candidates:
        candidate.spans.sort(key=lambda span: span.start)
    # A title named once, unquoted and undated, is as often a word or a name as the film: the
    # model is not asked (leave-one-corpus-out with them, 20 right and 19 wrong from 0.3), unless
    # the catalog knows it and it is the subject of its clause ("The Haunting has been given the
    # computer treatment"; leave-one-corpus-out 11 right and 4 wrong without, 15 and 7 with)
    marked = [c for c in candidates if len(c.spans) > 1 or c.year is not None or "quoted" in c.kinds
              or ("gazetteer" in c.kinds and _SUBJECT_VERB.match(text, c.spans[0].end))]
    return sorted(marked, key=lambda c: c.spans[0].start)


_MAKERS_REMAKE_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:remake|version|re-?imagining)\s+of\s+(?:the\s+)?$")


# up to four words after a capitalised run, nearest first: a title in its own language's sentence case
_WORDS_AFTER = re.compile(r"(?:[ ][^\W\d_][\w'’]*){1,4}")


def _with_lower_case_words(text: str, start: int, surface: str, gazetteer: Gazetteer) -> str:
    """``surface`` with the words after it when together they are a title the catalog knows that
    keeps lower-case words and is no English phrase ("Profumo di donna", "Mon oncle Antoine"; not
    "Mother and child"); else ``surface``."""
    after = _WORDS_AFTER.match(text, start + len(surface))
    if after is None or not after.group().split()[0].islower():
        return surface
    words = after.group().split()
    english = english_words()
    for count in range(len(words), 0, -1):  # the longest title first
        longer = f"{surface} {' '.join(words[:count])}"
        if longer in gazetteer and any(word.lower() not in english for word in longer.split()):
            return longer
    return surface


def title_features(doc: Doc, candidate: TitleCandidate, candidates: list[TitleCandidate], remade: Collection[str],
                   gazetteer: Gazetteer, cues: CueIndex) -> dict[str, float]:
    """What the model reads of one candidate: how often, where and how the review names it, the
    words and cue families around its first mentions, the catalog's word on it, whether the remake
    rules say the review's film remakes it (``remade`` holds those films' title keys; a remake
    often shares its original's title), and how it ranks among the other candidates by first
    mention (of all, and of the dated ones: a review dates its own film before the films it
    recalls) and by count."""
    text, lowered = doc.text, doc.lowered
    features: dict[str, float] = {"bias_candidate": 1.0}
    count = len(candidate.spans)
    features[f"mentions:{min(count, 4)}"] = 1.0
    features[f"words:{min(len(candidate.title.split()), 4)}"] = 1.0
    for kind in candidate.kinds:
        features[f"kind:{kind}"] = 1.0
    if candidate.year is not None:
        features["has_year"] = 1.0
    if norm_title(candidate.title) in remade:
        features["remade"] = 1.0
    remakes = gazetteer.remade_as(candidate.title)
    if remakes:
        # a remake that keeps its original's title is named by it ("the original Psycho"); one
        # that changed it is not ("Mostly Martha", remade as No Reservations)
        features["catalog:remade_same_title" if title_key(candidate.title) in remakes else "catalog:remade_other_title"] = 1.0
    known = gazetteer.years(candidate.title)
    if known:
        features["catalog:known"] = 1.0
        if candidate.year in known:
            features["catalog:year"] = 1.0
    if is_name(candidate.title):
        features["looks_like_name"] = 1.0
    first = candidate.spans[0]
    sentence_index = doc.sentences.index_at(first.start)
    features[f"first_sentence:{min(sentence_index, 3) if sentence_index < 4 else '4-9' if sentence_index < 10 else 'late'}"] = 1.0
    if first.start < doc.header_end:
        features["in_header"] = 1.0
    if candidate is candidates[0]:
        features["first_candidate"] = 1.0
    if candidate.year is not None and candidate is next(c for c in candidates if c.year is not None):
        features["first_dated"] = 1.0
    most = max(len(c.spans) for c in candidates)
    if count == most and count > 1:
        features["most_named" if sum(len(c.spans) == most for c in candidates) == 1 else "most_named_tied"] = 1.0
    subjects = 0
    for span in candidate.spans[:_READ_MENTIONS]:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not text[line_start:span.start].strip(" \t#*_\"'“‘>-=:|"):
            features["opens_line"] = 1.0
        if len(line.strip()) <= len(candidate.title) + 12:
            features["own_line"] = 1.0
        if _OWN_LITERAL.match(text, span.end) and text[span.start - 1:span.start] in ("\"", "'"):
            features["own_literal"] = 1.0  # a program's line that prints the title: W !,"Night Harbour (2019)"
        sentence = doc.sentences.at(span.start)
        before = _WORD.findall(lowered[max(sentence.start, line_start, span.start - 40):span.start])[-2:]
        after = _WORD.findall(lowered[span.end:min(sentence.end, span.end + 30)])[:1]
        add_word_features(features, before, after)
        mark_before, mark_after = text[max(0, span.start - 1):span.start], text[span.end:span.end + 1]
        if mark_before and not mark_before.isalnum() and not mark_before.isspace():
            features[f"mb:{mark_before}"] = 1.0
        if mark_after and not mark_after.isalnum() and not mark_after.isspace():
            features[f"ma:{mark_after}"] = 1.0
        if _SUBJECT_VERB.match(text, span.end):
            subjects += 1
        if _MAKERS_REMAKE_OF.search(text, max(0, span.start - 60), span.start):
            features["a_makers_remake_of"] = 1.0  # "Ana Pires's remake of Dock Lights": the original, named by another's remake
        for name in mention_features(doc, span, None, cues):
            features[name] = 1.0
    if subjects:
        features[f"subject:{min(subjects, 2)}"] = 1.0
    return features


def overrules(pick: str, rule_title: str, *, dated: bool) -> bool:
    """Whether the model's ``pick`` (``dated`` by the review or not) may overrule the rules' title:
    it names another film (not the same title, nor the same one read with words before it: "7
    Victor/Victoria" where the rules read "Victor/Victoria" and dropped the list number), one the
    review dates, and the rules' title is none the catalog knows. A known film is seldom the rules'
    mistake: on the training reviews, the model's surest picks against one set more titles wrong
    than right, against an unknown one (a newsletter's name in a header, "Frame Rate Weekly") more
    right than wrong; and an undated pick may be a sentence's opening words ("A clockmaker is asked
    ...", which a catalog title happens to match) however sure the model is of them."""
    if not dated or title_key(pick) == title_key(rule_title) or load_gazetteer().years(rule_title):
        return False
    rule_words, pick_words = _WORD.findall(rule_title.lower()), _WORD.findall(pick.lower())
    return not rule_words or pick_words[-len(rule_words):] != rule_words


class TitleScorer:
    """Name the reviewed film from the titles the review names, when the rules named none.

    Parameters
    ----------
    model
        The title model; the shipped one (``data/titles.json``) by default. ``None`` names nothing.
    """

    def __init__(self, *, model: RelationModel | None = None) -> None:
        self.model: RelationModel | None = model or load_model("titles.json")

    @staticmethod
    def candidates(doc: Doc, remade: Collection[str],
                   found: list[TitleCandidate] | None = None) -> list[tuple[TitleCandidate, dict[str, float]]]:
        """Each candidate (of ``found``, by default the review's :func:`title_candidates`) with the
        features the model reads (for training); ``remade`` holds the title keys of the films the
        remake rules say the review's film remakes."""
        found = title_candidates(doc) if found is None else found
        gazetteer, cues = load_gazetteer(), CueIndex(doc)
        return [(candidate, title_features(doc, candidate, found, remade, gazetteer, cues)) for candidate in found]

    def __call__(self, doc: Doc, remade: Collection[str]) -> TitlePick | None:
        """The likeliest candidate, if it clears the model's threshold."""
        if self.model is None:
            return None
        return self._best(self.model, doc, remade, self.model.thresholds.get("title", 0.5))

    def instead_of(self, title: str, doc: Doc, remade: Collection[str]) -> TitlePick | None:
        """The likeliest candidate when it is another film than the rules' ``title`` and clears
        the model's far higher ``override`` threshold (a model without one overrules nothing)."""
        if self.model is None or (limit := self.model.thresholds.get("override")) is None or load_gazetteer().years(title):
            return None  # (a title the catalog knows is never overruled, see :func:`overrules`: no need to score)
        found = title_candidates(doc)
        if all(candidate.year is None for candidate in found):
            return None  # (nor by an undated pick)
        picked = self._best(self.model, doc, remade, limit, found)
        return picked if picked is not None and overrules(picked.title, title, dated=picked.dated) else None

    def _best(self, model: RelationModel, doc: Doc, remade: Collection[str], limit: float,
              found: list[TitleCandidate] | None = None) -> TitlePick | None:
        candidates = self.candidates(doc, remade, found)
        scored = [(probability, index, candidate) for index, (probability, (candidate, _))
                  in enumerate(zip(model.pick_probabilities([features for _, features in candidates]), candidates))]
        if not scored:
            return None
        probability, _, best = max(scored, key=lambda found: (found[0], -found[1]))
        if probability < limit:
            return None
        return TitlePick(best.title, best.year if len(best.years) < 2 else None, best.spans[0], round(probability, 4),
                         dated=bool(best.years))
