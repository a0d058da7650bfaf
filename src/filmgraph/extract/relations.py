"""What remakes and influences share: a statement's subject check and :class:`FilmRef` building.

A cue only speaks about the reviewed film when no other film is the subject of its clause
("BLAIR WITCH owes a debt to X" is about BLAIR WITCH), and when it is not another person's
work ("his remake of X"). :func:`film_ref` turns a :class:`~.targets.Target` into a
:class:`FilmRef` with its evidence.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("JAWS recalls DUEL. We liked JAWS. JAWS is good.")
>>> about_other_film(doc, doc.text.index("recalls"), "Jaws")
False
"""

from __future__ import annotations

import re

from ..model import Evidence, FilmRef
from ..titlekeys import norm_title
from .doc import Doc
from .hedges import HedgeDetector
from .targets import Target, TargetFinder

__all__ = ["CueReader", "about_other_film", "clause_start", "film_ref", "merge_refs", "without_aliases"]

# Where the subject of the clause holding a cue can start; "This film" names the reviewed film
# as subject even after a run-on ("X made the better Y in 1998 This film is a remake of Z").
# (each alternative opens with its own character, which ``re`` skips to; a word's start is looked back at)
_FILM_NOUN_AFTER = r"\s+(?:film|movie|picture|remake|version)\b"
_CLAUSE_START = re.compile(
    r";|:|\(|--|but\b(?<!\wbut)|while\b(?<!\wwhile)|whereas\b(?<!\wwhereas)|although\b(?<!\walthough)|though\b(?<!\wthough)|"
    # ", was a remake of": the comma closes an appositive ("Moreau's debut, Les Vagues, was ..."), the subject stays
    r",\s(?=(?!(?:is|was|are|were|has|had)\s)[a-z]+\s)|"
    rf"This(?<!\wThis){_FILM_NOUN_AFTER}|this(?<!\wthis){_FILM_NOUN_AFTER}"
)
_SUBJECT_IS = re.compile(r"\s*[\"“]?(.+?)[\"”]?\s+(?:is|was)\s+")
_THIS_FILM = frozenset(("it", "this", "this film", "this movie", "the film", "the movie", "this one"))
# A person's credit for another film, right before the cue: their filmography, not this film
_ANOTHER_CREDIT = re.compile(r"\b(?:responsible\s+for|star\s+of|starred\s+in|appeared\s+in)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
# "Lang's film was itself a reworking of X": a remake one step further back, said of another film
_ITSELF = re.compile(r"\b(?:is|was|being)\s+itself\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "The Magnificent Seven (1960), itself a remake of X": the same said of the film just named
_ITSELF_APPOSITIVE = re.compile(r",\s*itself\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OTHER_OWNER = re.compile(r"\b(?:his|her|their|whose)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A cue that is a verb: the possessive before it is its subject's ("Ozu and his co-writer took the
# outline of their story from X"), not the owner of another's work ("his remake of X"), unless the
# subject is a work of theirs ("her earlier film borrows from X")
_VERB_CUE = re.compile(r"(?:took|takes?|borrow(?:s|ed)|owe[sd]?|lift(?:s|ed)|steal(?:s)?|stole|comes|came|recall(?:s|ed)|echo(?:es|ed)|"
                       r"evoke[sd]?|draw[sn]?|drew|pinch(?:es|ed)|pays?|paid|resemble[sd]?|remind(?:s|ed)|feels?|felt|plays)\b",
                       re.IGNORECASE)
_OWNED_WORK = re.compile(r"\b(?:film|movie|picture|debut|feature|remake|version|work|effort|outing|one)s?\s*$", re.IGNORECASE)


class CueReader:
    """What every finder that reads cue phrases holds: a base for the remake, influence, sequel
    and parody finders.

    Parameters
    ----------
    hedges
        Flags negated, hedged and questioned statements.
    targets
        Reads the film after (or before) a cue.
    """

    def __init__(self, *, hedges: HedgeDetector | None = None, targets: TargetFinder | None = None) -> None:
        self.hedges = hedges or HedgeDetector()
        self.targets = targets or TargetFinder()


def clause_start(doc: Doc, position: int) -> int:
    """Where the clause holding ``position`` starts (its sentence's start, or the last clause mark
    before it: a semicolon, a bracket, "but", "although", "This film" ...)."""
    start = doc.sentences.at(position).start
    for match in _CLAUSE_START.finditer(doc.text, start, position):
        start = match.end()
    return start


def about_other_film(doc: Doc, cue_start: int, film_title: str | None) -> bool:
    """Whether the clause before a cue names another film (or person's work) as its subject."""
    sentence = doc.sentences.at(cue_start)
    before_start = clause_start(doc, cue_start)
    key = norm_title(film_title) if film_title else None
    if _ANOTHER_CREDIT.search(doc.text, max(before_start, cue_start - 60), cue_start):
        return True  # "who was responsible for the offensive remake of X", "the star of the remake of X"
    itself = _ITSELF.search(doc.text, max(before_start, cue_start - 60), cue_start)
    if itself:
        said_of = doc.text[before_start:itself.start()].strip(" \"“”,").lower()
        if norm_title(said_of) != key and said_of not in _THIS_FILM and not said_of.startswith(("this ", "the remake")):
            return True
    appositive = _ITSELF_APPOSITIVE.search(doc.text, max(sentence.start, cue_start - 60), cue_start)
    if appositive:
        named = doc.mentions_between(sentence.start, appositive.start())
        if named and not doc.text[named[-1].end:appositive.start()].strip(" \"”'’") and norm_title(named[-1].title) != key:
            return True
    owner = _OTHER_OWNER.search(doc.text, max(before_start, cue_start - 40), cue_start)
    if owner and not (_VERB_CUE.match(doc.text, cue_start) and not _OWNED_WORK.search(owner.group())):
        # "Vanilla Sky is his English-language version of X": the owner made this film
        subject = _SUBJECT_IS.fullmatch(doc.text, before_start, owner.start())
        if not (subject and (norm_title(subject.group(1)) == key or subject.group(1).lower() in _THIS_FILM)):
            return True
    mentions = doc.mentions_between(before_start, cue_start)
    if mentions and norm_title(mentions[-1].title) == key:
        return False  # "EMPIRE STRIKES BACK director Ann Lee's NIGHT HARBOUR, a remake of X": the other film qualifies a maker
    return any(norm_title(mention.title) != key for mention in mentions)


def film_ref(doc: Doc, target: Target, cue_start: int, confidence: float, flag: str | None) -> FilmRef:
    """A :class:`FilmRef` for a target, with the sentence of its cue as evidence."""
    evidence = Evidence(sentence=doc.sentences.at(cue_start), mention=target.span, confidence=confidence, flag=flag)
    mention = target.surface if target.surface != target.title else None
    return FilmRef(title=target.title, year=target.year, countries=target.countries, mention=mention, evidence=evidence)


def merge_refs(refs: list[FilmRef]) -> list[FilmRef]:
    """One reference per film: the same title twice is kept once, preferring believed and dated ones."""
    best: dict[str, FilmRef] = {}
    for ref in refs:
        key = norm_title(ref.title)
        known = best.get(key)
        if known is None or _rank(ref) > _rank(known):
            best[key] = ref
    return list(best.values())


def _rank(ref: FilmRef) -> tuple[bool, bool, float]:
    evidence = ref.evidence
    believed = evidence is None or evidence.flag is None
    return believed, ref.year is not None, evidence.confidence if evidence else 1.0


# Between a film's title and another title of it: "Le Grand Chemin (1987), which was shown in English
# as The Grand Highway", "PATHER PANCHALI (1955), also known as SONG OF THE LITTLE ROAD"
_ALIAS = re.compile(r"(?:\s*\((?:1[89]|20)\d\d\))?[\"”*_]?,?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:(?:shown|released|known|"
                    r"distributed|retitled|sold)(?:\s+(?:in\s+English|in\s+the\s+(?:US|U\.S\.|UK|States)|in\s+America|abroad|"
                    r"internationally|here))?\s+as|aka|a\.k\.a\.|also\s+known\s+as|also\s+called)\s+[\"“*_]?", re.IGNORECASE)
# (one of its words, looked for first)
_ALIAS_WORD = re.compile(r"\b(?:shown|released|known|distributed|retitled|sold|aka|a\.k\.a|called)\b", re.IGNORECASE)


def without_aliases(text: str, refs: list[FilmRef]) -> list[FilmRef]:
    """``refs`` without those that only give another title of a film named before them ("Le Grand
    Chemin (1987), which was shown in English as The Grand Highway": one film, named first)."""
    if len(refs) < 2 or not _ALIAS_WORD.search(text):
        return refs  # (most reviews give no film two titles: the search for each title is spared them)

    def spans(title: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text, re.IGNORECASE)]

    named = [(ref, spans(ref.title)) for ref in refs]
    return [ref for ref, own in named
            if not any(other is not ref and _ALIAS.fullmatch(text, end, start)
                       for other, others in named for _, end in others for start, _ in own if end < start)]
