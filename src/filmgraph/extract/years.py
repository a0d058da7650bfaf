"""The reviewed film's year when no rule read one: a :class:`Doc` and a :class:`ReviewedFilm` in,
the same film with a year out, picked by a learned model's probability.

The rules in :mod:`.film` read a year written the usual ways ("Night Harbour (2019)", "this 1999
remake", "1994's Speed"). Reviews give it in many more: a details line ("Dir. Ann Lee · 2024 ·
126 min", "Universal, 1995. Directed by ..."), an aside ("(Le Verger froid, 2023)", "the Nolan one,
2002"), prose ("It's Swedish, from 2008", "Sleuth 2007 ends there"). Every four-digit year in the
review is a candidate; :func:`year_features` describes one by the words and marks around it, how
near it stands to the film's title, what its line looks like (a date, a credits line, a copyright
line), whether another film's title claims it and whether the catalog knows a film of that title
and year. A logistic model (:class:`~.scorer.RelationModel` with the labels ``other`` and
``year``), trained by ``scripts/train_years.py`` on the gold years of annotated reviews and shipped
as ``data/years.json``, scores them; the best above the learned threshold is the film's year.
Without that file no year is added.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("Night Harbour\\n\\nDir. Ann Lee · 2019 · 104 min\\n\\nThe 1990s are long gone.")
>>> [(year, start) for year, start, _ in year_candidates(doc, "Night Harbour")]
[(2019, 30)]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date

from ..model import ReviewedFilm
from ..titlekeys import norm_title
from .doc import Doc
from .film import title_spans
from .gazetteer import load_gazetteer
from .lexicon import DATE_MARK
from .scorer import RelationModel, add_word_features, load_model

__all__ = ["LABELS", "YearScorer", "year_candidates", "year_features"]

LABELS = ("other", "year")
# (not a decade, "1990s"; not one number of many, "1984-85" is kept: a season or a span still dates)
# (led by the year's first digit, which ``re`` skips to; what comes before the year is looked back at)
_YEAR = re.compile(r"((?:1[89]|20)\d\d)(?<![\w$£€.,/:-](?:1[89]|20)\d\d)(?![\w%]|[.,]\d)")
_LATEST = date.today().year + 1
_WORD = re.compile(r"[a-z][a-z'’-]*")
_DATE = re.compile(DATE_MARK)
_DETAILS = re.compile(r"\b(?:\d+\s*min(?:s|utes)?\b|dir\.|directed|director|running|runtime|rated|starring|cast\b|"
                      r"screenplay|written)|[·|•]")
_PUBLISHED = re.compile(r"©|&copy;|\b(?:copyright|posted|published|updated|reviewed|issue|vol\.|edition|archive)\b")
_REMAKE_TALK = re.compile(r"re(?<!\wre)(?:make\w*|made|-make\w*)\b")  # (led by its literal, the word start checked after it)
_REMAKE_CUE = re.compile(r"\b(?:remake\w*|remade|original\w*|version|update\w*|redo|reboot\w*|first film|earlier)\b")
_MAX_CHARS = 20_000
_REMAKE_CONJOINED = frozenset({"mention:own", "catalog:known", "catalog:other", "catalog:later-film", "catalog:first-film",
                               "earliest", "latest",
                               "only-year", "sentence:remake",
                               "title:after:0", "title:before:0"})


def year_candidates(doc: Doc, title: str) -> list[tuple[int, int, dict[str, float]]]:
    """(year, offset, features) for every year the review writes (within its first
    20,000 characters), in text order; not a decade ("the 1990s"), a year still to come or a
    number in the film's own title."""
    text = doc.text[:_MAX_CHARS]
    spans = list(title_spans(text, title))
    found = [(int(m.group(1)), m.start(1)) for m in _YEAR.finditer(text)
             if int(m.group(1)) <= _LATEST and not text.startswith("s", m.end(1))
             and not any(s <= m.start(1) < e for s, e in spans)]  # "Death Race 2000" names, not dates
    if not found:
        return []
    counts: dict[int, int] = {}
    for year, _ in found:
        counts[year] = counts.get(year, 0) + 1
    context = _Context(min(counts), max(counts), counts, load_gazetteer().years(title) if title else (),
                       len(load_gazetteer()) > 0 and title in load_gazetteer(), _REMAKE_TALK.search(doc.lowered) is not None)
    return [(year, start, year_features(doc, year, start, spans, title, context)) for year, start in found]


@dataclass(frozen=True)
class _Context:
    """What every candidate of one review shares: the range and counts of its years what the
    catalog knows of the title (the years of its films; whether it lists the title at all) and
    whether the review speaks of a remake."""

    earliest: int
    latest: int
    counts: dict[int, int]
    known: tuple[int, ...]
    listed: bool
    remake_talk: bool


def year_features(doc: Doc, year: int, start: int, spans: list[tuple[int, int]], title: str,
                  context: _Context) -> dict[str, float]:
    """Sparse binary features of the year written at ``start`` (see the module docstring)."""
    text, lowered = doc.text, doc.lowered
    end = start + 4
    features: dict[str, float] = {"bias:year": 1.0}
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = lowered[line_start:line_end]
    sentence = doc.sentences.at(start)
    if start < doc.header_end:
        features["at:header"] = 1.0
    if line_start == 0 or not text[:line_start].strip():
        features["at:first-line"] = 1.0
    features[f"at:{next(i for i, bound in enumerate((300, 1500, 5000, len(text) + 1)) if start < bound)}"] = 1.0
    if len(line.strip()) < 70:
        features["line:short"] = 1.0
    if _DATE.search(line, max(0, start - line_start - 16), end - line_start + 12):
        features["line:date"] = 1.0
    if _DETAILS.search(line):
        features["line:details"] = 1.0
    if _PUBLISHED.search(line):
        features["line:published"] = 1.0
    if _REMAKE_CUE.search(lowered, sentence.start, sentence.end):
        features["sentence:remake"] = 1.0
    before = _WORD.findall(lowered[max(sentence.start, start - 40):start])[-2:]
    after = _WORD.findall(lowered[end:min(sentence.end, end + 30)])[:2]
    add_word_features(features, before, after)
    mark_before = text[max(0, start - 3):start].strip()[-1:]
    mark_after = text[end:end + 3].strip()[:1]
    if mark_before and not mark_before.isalnum():
        features[f"mb:{mark_before}"] = 1.0
    if mark_after and not mark_after.isalnum():
        features[f"ma:{mark_after}"] = 1.0
    if text.startswith(("'s", "’s"), end):
        features["possessive"] = 1.0
    _title_features(features, text, start, end, spans, sentence.start, sentence.end, line_start, line_end)
    own = norm_title(title)
    for mention in doc.mentions_between(max(0, start - 120), end + 1):
        if mention.year == year and mention.span.end <= start + 8:
            features["mention:own" if norm_title(mention.title) == own else "mention:other"] = 1.0
    features[f"count:{min(context.counts[year], 3)}"] = 1.0
    if context.earliest == context.latest:
        features["only-year"] = 1.0
    elif year == context.latest:
        features["latest"] = 1.0
    elif year == context.earliest:
        features["earliest"] = 1.0
    if context.known:
        features["catalog:known" if year in context.known else
                 "catalog:near" if any(abs(year - known) <= 1 for known in context.known) else "catalog:other"] = 1.0
        if year == min(context.known) and len(context.known) > 1:
            features["catalog:first-film"] = 1.0
        if any(known > year + 1 for known in context.known):
            features["catalog:later-film"] = 1.0  # a film of this title came out later: is this the original?
    elif not context.listed:
        features["catalog:unlisted"] = 1.0
    if context.remake_talk:
        # a review of a remake dates the original too, often by the same title ("Planet of the Apes (1968)")
        for name in _REMAKE_CONJOINED & features.keys():
            features[f"remake-talk:{name}"] = 1.0
        if "catalog:first-film" in features or ("catalog:unlisted" in features and "title:before:0" in features):
            # the first of the title's films, or "1971's Lantern Street" with no catalog to say which
            features["remake-talk:original-year"] = 1.0
    return features


def _title_features(features: dict[str, float], text: str, start: int, end: int, spans: list[tuple[int, int]],
                    sentence_start: int, sentence_end: int, line_start: int, line_end: int) -> None:
    """Where the year stands from the nearest place the review names the film."""
    if not spans:
        features["title:unnamed"] = 1.0
        return
    after = min((start - e for _, e in spans if e <= start), default=None)
    before = min((s - end for s, _ in spans if s >= end), default=None)
    for side, gap in (("after", after), ("before", before)):
        if gap is None:
            continue
        band = "0" if gap <= 3 else "1" if gap <= 15 else "2" if gap <= 60 else "3" if gap <= 300 else "4"
        features[f"title:{side}:{band}"] = 1.0
    near = min(spans, key=lambda span: min(abs(span[0] - end), abs(start - span[1])))
    if min(abs(near[0] - end), abs(start - near[1])) <= 60:
        # "the original Planet of the Apes from 1968": the word before the title says which film it is
        said = _WORD.findall(text[max(0, near[0] - 25):near[0]].lower())
        if said:
            features[f"title-after-word:{said[-1]}"] = 1.0
    if any(line_start <= s < line_end for s, _ in spans):
        features["title:same-line"] = 1.0
    if any(sentence_start <= s < sentence_end for s, _ in spans):
        features["title:same-sentence"] = 1.0
    if any(line_start - 200 <= e < line_start and text.count("\n", e, line_start) <= 2 for _, e in spans):
        features["title:lines-above"] = 1.0  # a heading, then its details line


class YearScorer:
    """Give the reviewed film the year the model likes best, when the rules found none.

    Parameters
    ----------
    model
        The year model; the shipped one (``data/years.json``) by default. ``None`` adds no year.
    """

    def __init__(self, *, model: RelationModel | None = None) -> None:
        self.model: RelationModel | None = model or load_model("years.json")

    def candidates(self, doc: Doc, film: ReviewedFilm | None) -> list[tuple[int, int, dict[str, float]]]:
        """The years the model would choose among (for training): none when the film is unnamed."""
        if film is None or not film.title:
            return []
        return year_candidates(doc, film.title)

    def __call__(self, doc: Doc, film: ReviewedFilm | None, *, not_years: Collection[int | None] = ()) -> ReviewedFilm | None:
        """``film`` dated by the likeliest year the review writes, if it clears the threshold and
        is none of ``not_years`` (the years of a same-titled original the review says this film
        remakes); ``film`` as it is when it has a year already."""
        if self.model is None or film is None or film.year is not None or not film.title:
            return film
        year = self.best((found, features) for found, _, features in self.candidates(doc, film) if found not in not_years)
        return film if year is None else replace(film, year=year)

    def best(self, candidates: Iterable[tuple[int, dict[str, float]]]) -> int | None:
        """The likeliest of (year, features) ``candidates`` if it clears the model's threshold.

        In a review that speaks of a remake, never the first of several films of the title the
        catalog knows, nor a year written just before a title the catalog does not know ("1971's
        Lantern Street"): that is the original's year more often than the reviewed film's, and
        giving it to a remake would make remake and original one film (the rules in :mod:`.film`
        read a year before the title in such reviews as cautiously).
        """
        if self.model is None:
            return None
        threshold = self.model.thresholds.get("year", 0.5)
        candidates = list(candidates)
        probabilities = self.model.pick_probabilities([features for _, features in candidates])
        scored = max(((probability, year) for probability, (year, features) in zip(probabilities, candidates)
                      if "remake-talk:original-year" not in features), default=None)
        if scored is None or scored[0] < threshold:
            return None
        return scored[1]
