"""The review's author when no byline rule matched: a :class:`Doc` in, a :class:`Reviewer` (or
``None``) out, picked by a learned model's probability.

The rules in :mod:`.reviewer` know the usual bylines ("Reviewed by", "Copyright 1997 Ann Lee", a
signature line). Pages sign themselves in many more ways: "A list by oonamarch", "Handout prepared
by Mr D. Achterberg", "hosted by Ann Lee", "Created by: Ann Lee", a chat log's "[14/04 21:02]
reelgrrl", a sign-off's "-- Kev (Leeds)". Every person name and handle near the top or the bottom of the review, or on a short
line with "by" or an author's key, is a candidate; :func:`author_features` describes one by the words and marks around
it, the shape and place of its line (short, a date on it, film credits on it, an author's key
before it: "REVIEW_AUTHOR:", "reviewer('", "Reviewer ←"), how often the
review names it (an author once or twice, an actor again and again) and how many candidates the
page offers, with whether it is the first or the last of them. A logistic model
(:class:`~.scorer.RelationModel` with the labels ``other`` and ``reviewer``), trained by
``scripts/train_authors.py`` on the gold reviewers of annotated reviews and shipped as
``data/authors.json``, scores them; the best above the learned threshold is the author. Without that
file nothing is added.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("Handout prepared by Ann Lee\\n\\nThe film is slow. Bo Ek is fine.")
>>> [name for name, _, _ in author_candidates(doc)]  # (Bo Ek is written into a sentence)
['Ann Lee']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..english import english_words
from ..model import Evidence, Reviewer, Span
from ..titlekeys import norm_title
from .doc import Doc
from .lexicon import DATE_MARK
from .names import clean_name, name_at_word_start
from .reviewer import among_credits, english_phrase, not_a_person, with_initials_dot
from .scorer import RelationModel, add_word_features, load_model

__all__ = ["LABELS", "AuthorScorer", "author_candidates", "author_features"]

LABELS = ("other", "reviewer")
_FULL_NAME = re.compile(name_at_word_start(r"\w'’-") + r"(?![\w'’-])")
# a handle after "by", "Author:", "user:" or "@", or alone on a short line ("reelgrrl", "grim_77", "oatcake")
# (a plain lower-case word is a handle only after "@", or after "by", "/u/", a label or a chat log's
# "[time] " where its line ends or goes on to a separator, a date or a count: "188 points by
# quillfeather 5 hours ago", "Author: wes_bigsky — 25 September 2016"; not an address's domain:
# "ann@film.garden")
# (each follows an "@", a space, a slash or a line break: the look-behind in front passes over every
# other position at once, where the alternatives' look-behinds took a dozen tests)
# (a bracket opens after a space: a word right before one is a call or a record's key, 'FILE_NAME(', 'review_line(1, 5,')
_HANDLE_END = r"(?=[ \t]*$|[ \t]*[·|•»,@):]|[ \t]+\(|[ \t]+(?:on|from)\b|[ \t]+[—–-][ \t]|[ \t]{2,}|[ \t]+\d)"
_HANDLE = re.compile(r"(?<![^@ /\n])(?:(?<![\w.]@)(?<=@)([A-Za-z0-9][\w.-]{2,29}(?<!\.))|"
                     rf"(?:(?<=\bby )|(?<=\bby: )|(?<=/u/)|(?<=\] )|(?<=\b[Aa]uthor: )|(?<=\b[Uu]ser: )|(?<=\b[Uu]sername: ))([A-Za-z0-9][\w.-]{{2,29}}(?<!\.)){_HANDLE_END}|"
                     rf"^[ \t]*([A-Za-z0-9][\w.-]*(?:_|\d)[\w.-]*|[a-z][a-z0-9]*(?:\.[a-z0-9]+)+){_HANDLE_END})",
                     re.MULTILINE)
# a sign-off at the foot: a dash, then a first name or a handle alone ("— Odile", "-- Kev (Leeds)",
# "-- dan_the_forklift_man"), which neither pattern above takes (one word, or a handle after a dash)
_SIGN_OFF = re.compile(r"^[ \t]*(?:--?|[—–~])[ \t]*([A-Z][a-z]{1,19}|[A-Za-z0-9][\w.-]{2,29}(?<!\.))[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$",
                       re.MULTILINE)
_WEB_ADDRESS = re.compile(r".*\.(?:com|org|net|example|io|co|uk|edu|gov|info|tv|app|blog|garden|social|html?)$")
# a file's name ("@booking.json" in a load test's targets, "madmax_review_v3.doc" in a chat log)
_FILE_NAME = re.compile(r".+\.(?:json|jsonl|txt|csv|tsv|ya?ml|xml|toml|ini|cfg|conf|log|md|rst|docx?|odt|rtf|pdf|"
                        r"jpe?g|png|gif|jp2|tiff?|svg|mp[34]|avi|mkv|mov|wav|srt|zip|gz|tar|py|js|sh|sql|dat|bin)$", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'’-]*")
_HANDLE_PARTS = re.compile(r"[_.-]+")
_DATE = re.compile(DATE_MARK + r"|\b\d{1,2}:\d\d\b")  # (a post's time too)
_CREDITS = re.compile(r"\b(?:direct\w*|dir\.|starring|stars|cast|screenplay|script|written|produc\w*|music|score|novel|"
                      r"adapted|based|photograph\w*|cinematograph\w*|edit\w*|plays|as)\b")
_WRITING = re.compile(r"\b(?:review\w*|critic\w*|column\w*|notes?|blog\w*|podcast|newsletter|list|handout|essay|diary|"
                      r"thread|posted|published|author\w*|words|text|host\w*|created|prepared|compiled|signed|contributor)\b")
_HEAD_CHARS, _TAIL_CHARS, _SHORT_LINE = 1500, 800, 80
_LONG_LINE = 150
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)(?![\w'’-])")
# (nor does a metadata field's key before it or a post's verb after it: "#author Ann Lee", "Ann Lee posted in Film Club")
_BYLINE_WORDS = frozenset({"by", "from", "with", "and", "of", "for", "to", "on", "in", "at", "reports", "writes", "here",
                           "author", "reviewer", "critic", "posted", "wrote"})
_NEWLINE = re.compile("\n")
_QUOTE_MARK = re.compile("[\"“]")
_AUTHOR_LABEL = re.compile(r"(?i)(?:\b(?:author|byline|reviewer|critic)[ \t]*:|--|[—–])[ \t]*$")
# a short line with "by" or an author's key ("REVIEW_AUTHOR: Ann Lee", "note_author = 'Ann Lee'", "Reviewer <- ...")
_BYLINE_LINE = re.compile(r"^[^\n]{0,78}?(?:(?:\b|[_.])by\b|author|reviewer|critic)", re.MULTILINE)
# the key of a field the name is the value of, in any case or spelling: "REVIEW_AUTHOR:", "<Authors>", "reviewer('",
# 'note_by = "', '"by": "' (matched against the lower-cased text)
_AUTHOR_KEY = re.compile(r"(?:author|reviewer|critic|byline|creator|annotator|(?<=[_.])by|\bby(?=[\"']?[ \t]*[:=]))\w*[\"'>]?[ \t]*[:=(←]*[ \t]*[\"'“]?$")
# (what "by" closes in a sentence's phrase, not a signature: "typed by hand", "known by heart")
_BY_IDIOMS = frozenset("hand heart design default far now night day chance accident mail post email phone name".split())
_NOT_HANDLES = frozenset("""the and but for not you this that with from have what when then they there here just like
    spoilers spoiler rating review reviews watched rewatch edit update film movie movies films verdict note notes
    author doc moduledoc param return returns see since version example section item title deprecated override""".split())


def _may_be_handle(word: str) -> bool:
    """Whether a word in one case may be someone's user name: not a word of a post's furniture
    ("spoilers"), nor words of English a script or a record writes ("@echo", "loop:",
    "seats_per_row", "SIGN_WIDTH"), nor a file's name ("@booking.json"). (A capitalised word is a first name: "-- Grace".)"""
    if word.lower() in _NOT_HANDLES or _FILE_NAME.match(word):
        return False
    parts = [part for part in _HANDLE_PARTS.split(word.lower()) if part]
    return not (word.islower() or word.isupper()) or not all(part in english_words() for part in parts)


def author_candidates(doc: Doc) -> list[tuple[str, int, dict[str, float]]]:
    """(name, offset, features) for every person name or handle in the review's first 1,500 or
    last 800 characters, or on a short line with "by" or an author's key ("NOTE_AUTHOR:"), in text order (each place once); not a
    publication's name ("The Friday Reel"), a film's title the review names, a name in the middle
    of a paragraph's line, one the review writes into a sentence, one among film credits or a
    quotation's attribution. The features of :func:`author_features` and the line's place from the
    top and the bottom."""
    text = doc.text
    # (whole lines: a name across the edge of the head or the foot is read whole)
    head = len(text) if (cut := text.find("\n", min(len(text), _HEAD_CHARS))) < 0 else cut
    tail = max(head, text.rfind("\n", 0, max(0, len(text) - _TAIL_CHARS)) + 1)
    regions = [(0, head)]
    for line in _BYLINE_LINE.finditer(doc.lowered, head, tail):  # (only these short lines are read between head and foot)
        end = text.find("\n", line.end())
        end = len(text) if end < 0 else end
        if end - line.start() <= _SHORT_LINE:
            regions.append((line.start(), end))
    regions.append((tail, len(text)))
    found: dict[int, str] = {}
    for start, end in regions:
        for match in _FULL_NAME.finditer(text, start, end):
            found[match.start()] = clean_name(match.group())
        for match in _HANDLE.finditer(text, start, end):
            group = next(i for i in (1, 2, 3) if match.group(i))
            handle = match.group(group)
            if match.start(group) not in found and _may_be_handle(handle) and _names_someone(text, match.start(group), handle) \
                    and not _WEB_ADDRESS.match(handle) and (handle.islower() or any(c.isdigit() or c == "_" for c in handle)):
                found[match.start(group)] = handle
        for match in _SIGN_OFF.finditer(text, start, end):
            if match.start(1) not in found and _may_be_handle(match.group(1)):
                found[match.start(1)] = match.group(1)
    # (a quoted value of an author field is no title: 'author: "Ann Lee"', '<Byline author="Ann Lee">')
    titles = {norm_title(m.title) for m in doc.mentions
              if not (m.kind == "quoted" and _AUTHOR_KEY.search(doc.lowered, max(0, m.span.start - 40), m.span.start))}
    # (nor is a name an author's label or a sign-off's dash gives: "// Author: Ann Lee" above 'signoff = @"Ann Lee"',
    # 'DISPLAY "-- Ann Lee, Film Notes".')
    titles -= {norm_title(name) for at, name in found.items() if _AUTHOR_LABEL.search(text, max(0, at - 20), at)}
    # a name written into a sentence ("Salt stars Pia Okafor.", "Lena Dahl is superb") is what the review
    # is about, wherever else it stands; a byline's "by", "from" or "on" does not make a sentence of it
    in_prose = {name for at, name in found.items()
                if ((before := _WORD_BEFORE.search(doc.lowered, max(0, at - 30), at)) and before.group(1) not in _BYLINE_WORDS)
                or ((after := _WORD_AFTER.match(text, at + len(name))) and after.group(1) not in _BYLINE_WORDS)}
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    candidates = []
    for start, name in sorted(found.items()):
        row = bisect.bisect_left(newlines, start)
        line_start = newlines[row - 1] + 1 if row else 0
        line_end = newlines[row] if row < len(newlines) else len(text)
        # (in the middle of a paragraph a name is the review's subject matter, not its signature; under a
        # quotation, its speaker: '"The sea keeps what it takes."\n- Hal Moreno', unless quoted itself, a
        # cell's or a field's value under another: 'K"Film log"\nK"Kept by: Ann Lee"')
        if (line_end - line_start > _LONG_LINE and start - line_start > 3 and line_end - start - len(name) > 40) \
                or name in in_prose or not_a_person(name) or norm_title(name) in titles or among_credits(text, start) \
                or (text[max(0, line_start - 4):line_start].rstrip()[-1:] in ("\"", "”")
                    and not _QUOTE_MARK.search(text, line_start, start)):
            continue
        features = author_features(doc, name, start, line_start, line_end, text.count(name))
        features[f"line-from-top:{min(row, 6)}"] = features[f"line-from-bottom:{min(len(newlines) - row, 6)}"] = 1.0
        candidates.append((name, start, features))
    # (what the other candidates are: a signature is often the one name a page offers, or its first or last)
    for rank, (_, _, features) in enumerate(candidates):
        features[f"candidates:{min(len(candidates), 3)}"] = 1.0
        if rank == 0:
            features["first_candidate"] = 1.0
        if rank == len(candidates) - 1:
            features["last_candidate"] = 1.0
    return candidates


def _a_constant(name: str) -> bool:
    """Whether a name is a program's constant, capitals joined by underscores ("LATTICE_END",
    "KEY_BASE64", "SCOREP_REGION_NAMES_BEGIN"): no gold reviewer's handle is (theirs in capitals
    are initials, "BQH"). Like a name of English words, the model still sees it among the page's
    candidates; it may not pick it."""
    return "_" in name and name.isupper()


def _names_someone(text: str, start: int, handle: str) -> bool:
    """Whether a handle-shaped word could be someone's: not a count, an amount or a record's number
    ("2.0", "T-9.50", "N1255", "F29": a handle has two letters), nor the close of a phrase doubling
    its word ("frame by frame", "lap by lap") or an adverb's ("typed by hand")."""
    if sum(character.isalpha() for character in handle) < 2 or handle.lower() in _BY_IDIOMS:
        return False
    return not text[max(0, start - len(handle) - 4):start].lower() == handle.lower() + " by "


def author_features(doc: Doc, name: str, start: int, line_start: int, line_end: int, count: int) -> dict[str, float]:
    """Sparse binary features of ``name`` written at ``start`` in the line ``line_start`` to
    ``line_end``, named ``count`` times in the review (see the module docstring)."""
    text, lowered = doc.text, doc.lowered
    end = start + len(name)
    features: dict[str, float] = {"bias:author": 1.0, f"count:{min(count, 3)}": 1.0}
    features["kind:name" if " " in name else "kind:handle" if name.islower() or "_" in name else "kind:word"] = 1.0
    if start < _HEAD_CHARS:
        features["in:head"] = 1.0
    if start >= len(text) - _TAIL_CHARS:
        features["in:tail"] = 1.0
    line = lowered[line_start:line_end]
    length = len(line.strip())
    features[f"line-length:{0 if length <= len(name) + 4 else 1 if length < 40 else 2 if length < 80 else 3}"] = 1.0
    if _DATE.search(line):
        features["line:date"] = 1.0
    if _CREDITS.search(line):
        features["line:credits"] = 1.0
    if _WRITING.search(line):
        features["line:writing"] = 1.0
    before = _WORD.findall(lowered[line_start:start])[-2:]
    after = _WORD.findall(lowered[end:line_end])[:1]
    add_word_features(features, before, after)
    if "by" in _WORD.findall(lowered[max(line_start, start - 30):start])[-3:]:
        features["by-before"] = 1.0
    mark_before = text[line_start:start].rstrip()[-1:]
    mark_after = text[end:line_end].lstrip()[:1]
    features[f"mb:{mark_before if mark_before and not mark_before.isalnum() else 'word' if mark_before else 'start'}"] = 1.0
    features[f"ma:{mark_after if mark_after and not mark_after.isalnum() else 'word' if mark_after else 'end'}"] = 1.0
    if text.startswith(("'s", "’s"), end):
        features["possessive"] = 1.0
    if _AUTHOR_KEY.search(lowered, max(line_start, start - 40), start):
        features["author-key"] = 1.0
    return features


class AuthorScorer:
    """Name the review's author from its likeliest signature, when the byline rules found none.

    Parameters
    ----------
    model
        The author model; the shipped one (``data/authors.json``) by default. ``None`` adds nobody.
    """

    def __init__(self, *, model: RelationModel | None = None) -> None:
        self.model: RelationModel | None = model or load_model("authors.json")

    def __call__(self, doc: Doc, excluded: frozenset[str] = frozenset()) -> Reviewer | None:
        """The author, or ``None``; never a name of ``excluded`` (the film's title and credited people)."""
        candidates = [(name, start, features) for name, start, features in author_candidates(doc)
                      if name not in excluded and not english_phrase(name) and not _a_constant(name)]
        best = self.best((name, features) for name, _, features in candidates)
        if best is None:
            return None
        name, probability = best
        start = next(at for found, at, _ in candidates if found == name)
        evidence = Evidence(sentence=doc.sentences.at(start), mention=Span(start, start + len(name)), confidence=round(probability, 4))
        return Reviewer(name=with_initials_dot(doc.text, name, start + len(name)), evidence=evidence)

    def best(self, candidates: Iterable[tuple[str, dict[str, float]]]) -> tuple[str, float] | None:
        """The likeliest of (name, features) ``candidates`` with its probability, if it clears the
        model's threshold."""
        if self.model is None:
            return None
        candidates = list(candidates)
        probabilities = self.model.pick_probabilities([features for _, features in candidates])
        scored = max(zip(probabilities, (name for name, _ in candidates)), default=None)
        if scored is None or scored[0] < self.model.thresholds.get("reviewer", 0.5):
            return None
        return scored[1], scored[0]
