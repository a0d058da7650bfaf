"""Actors named without a part: a :class:`Doc`, the reviewed film and the credits the rules found
in, more :class:`CastCredit` records out (no character), each with a learned model's probability
as its confidence.

Users write of a cast the way they talk ("Omar Epps, Mike Rapp and Kim Lee each deliver fine
performances", "It stars Kim Bassenger and Alec Baldwin", "Tony Curtis only gets a handful of
lines"), and no fixed phrase covers that. Every full person name in the body that the rules in
:mod:`.cast` did not credit, and that is not the film's director, writer or reviewer, is a
candidate. :func:`name_features` describes it by the words around each of its mentions (its
surname's too), cue-word families in those sentences (acting, directing, writing, other crew, the
original film, another film named) and how often and where it is named. A logistic model
(:class:`~.scorer.RelationModel` with the labels ``other`` and ``actor``), trained by
``scripts/train_cast.py`` on the gold cast of annotated reviews and shipped as
``data/actors.json``, decides; without that file no actor is added.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("Ann Lee and Bo Ek give fine performances. Cy Dunn directed it.")
>>> sorted(name for name, _ in candidate_names(doc, excluded=[frozenset({"cy", "dunn"})]))
['Ann Lee', 'Bo Ek']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..english import english_words
from ..model import CastCredit, Evidence, ReviewedFilm, Span
from ..titlekeys import norm_title
from .doc import Doc
from .gazetteer import load_gazetteer
from .hedges import HedgeDetector
from .lexicon import COUNTRY_NAMES, NAME_LEADING_ROLES, NOT_NAME_OPENERS, PLACE_NAMES
from .names import is_name, name_at_word_start, name_key, surname
from .scorer import RelationModel, load_model

__all__ = ["ActorScorer", "candidate_names", "name_features", "name_key"]

LABELS = ("other", "actor")
_NAME = re.compile(name_at_word_start(r"\w'’-") + r"(?=['’]s\b|(?![\w'’-]))")  # ("Yash Chopra's": a possessive ends a name)
# what a name may be led by and is no part of: "After Ann Lee leaves", "Director Simon West (Con Air) helms"
_OPENERS = NOT_NAME_OPENERS | NAME_LEADING_ROLES | {"Dear"}
# the label of a credit field that a run of capitals may end on, its colon after it
_LABEL_ENDS = NAME_LEADING_ROLES | {"Featuring", "Starring", "Cast", "Screenplay", "Music", "Story", "Cinematography", "Narrator"}
_WORD = re.compile(r"[a-z][a-z'’-]*")
# "Ann Lee, Bo Ek", "Ann Lee and Bo Ek": another name follows in a list
_LISTED = re.compile(r",? (?:and )?[A-Z]")
# A run of names joined by commas and "and", each perhaps with its part in brackets: "Ben Ek, Cy Dunn
# (Mara) and Di Holm" (a name is two to four capitalised words)
_LIST_ITEM = r"[A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){1,3}"
_NAMES_LIST = re.compile(rf"{_LIST_ITEM}(?:(?:[ ]?\([^()\n]{{1,60}}\))?(?:,[ ](?:and[ ])?|[ ]and[ ]|[ ]&[ ]){_LIST_ITEM})+")
_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Lady Lord Saint St St.".split())
# A rank, a station or a kin word leading a name belongs to a story's people ("Captain Pritchett",
# "Detective Tom Ellis", "Inspector Javert", "Father Coughlin", "Uncle Charlie"): of the names so led that
# the extractor credited without a part over the held and training sets, 64 were no actor and none was one
# (an actor who bears one as a name, "Judge Reinhold", "Queen Latifah", had a part the rules read each time)
_RANKS = frozenset("""Captain Capt. Detective Det. Inspector Sergeant Sgt. Lieutenant Lt. Officer Agent Sheriff Deputy
    Marshal Colonel Col. General Gen. Major Commander Admiral Private Corporal Father Sister Brother Mother Reverend Rev.
    Professor Prof. Doctor Judge King Queen Prince Princess Count Countess Baron Baroness Duke Duchess Emperor Empress
    Mayor President Senator Governor Coach Principal Nurse Chief Grandpa Grandma Granny Cardinal Bishop Pope Uncle Aunt""".split())
# The last word of a company's, an institution's or a place's name, never of a person's ("Miramax Films",
# "Sundance Film Festival", "Chennai Screen Notes", "Long Island Expressway"; not "Hall", "Lake" or "Church":
# Rebecca Hall, Veronica Lake, Thomas Haden Church)
_ORGANIZATION_ENDS = frozenset("""Films Pictures Studios Productions Entertainment Awards Festival Association Society Club
    Committee Council Department Institute University College School Academy Foundation Magazine Quarterly Gazette Reviews
    Notes Network Records Company Inc Inc. Ltd Ltd. Corporation Engineering Announcements Brothers Edition Expressway Road
    Street Avenue Boulevard Island Heights Prison Force""".split())
# What is said of a film, not of a person, right after its name: "Night Harbour is a drama", "... was a
# slow, cold thriller"
_SAID_OF_A_FILM = re.compile(r"\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,3}?(?:film|movie|drama|comedy|thriller|western|"
                             r"musical|documentary|cartoon|melodrama|romance|farce|sequel|remake)\b")
# Cue families of a sentence: groups generalise where single words are too rare to learn from.
# (one pattern, each family a group, led by one word boundary: a sentence is scanned once; the look-ahead
# for a letter passes over the boundaries at words' ends, where every family was tried for nothing)
_FAMILIES = re.compile(r"\b(?=[a-z])(?:" + "|".join(f"(?P<{family}>{words})" for family, words in {
    "acting": r"perform\w*|act(?:s|ed|ing|or|ors|ress\w*)?|roles?|cast\w*|play(?:s|ed|ing)?|portray\w*|"
              r"star(?:s|red|ring)?|character\w*|over-?act\w*|chemistry|lead|supporting|ham\w*|miscast|"
              r"charisma|screen|delivers?|turns? in|wasted|lines|scenes?|cameo",
    "directing": r"direct\w*|helm\w*|filmmaker\w*|auteur",
    "writing": r"wr[io]t\w*|screenplay\w*|script\w*|novel\w*|book\w*|author\w*|story",
    "crew": r"produc\w*|music|score|compos\w*|song\w*|sings?|cinematograph\w*|photograph\w*|edit\w*|effects",
    "original": r"original\w*|earlier|first version|old version|in the \d{4}|remake\w*",
    "verdict": r"good|great|fine|excellent|superb|terrible|awful|bad|wonderful|brilliant|solid|"
               r"convincing|believable|best|worst|funny|annoying|wooden",
}.items()) + r")\b")


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "'’-")


def candidate_names(doc: Doc, *, excluded: Iterable[frozenset[str]] = ()) -> list[tuple[str, list[Span]]]:
    """Each full person name in the body with the spans of its mentions (its surname alone
    counts as a mention after the full name), in order of first mention; names that are (or are
    part of, or contain) an ``excluded`` key, or that name a film or a country, are left out."""
    excluded = [key for key in excluded if key]
    film_titles = {norm_title(m.title) for m in doc.mentions}
    keys: dict[str, frozenset[str] | None] = {}  # each name string judged once (None: not a candidate)
    groups: dict[frozenset[str], tuple[str, list[Span]]] = {}
    for match in _NAME.finditer(doc.text, doc.header_end):
        name, start = match.group().rstrip(","), match.start()
        first, _, rest = name.partition(" ")
        if first in _OPENERS:
            name, start = rest, start + len(first) + 1
        ahead, _, last = name.rpartition(" ")
        if ahead and doc.text.startswith(":", match.end()) and last in _LABEL_ENDS:
            name = ahead  # "Director: Brian Sloan Writer: Brian Sloan": the next field's label ends no name
        if name not in keys:
            # (a place is no person: "shot entirely in Saudi Arabia", "moves to Los Angeles")
            key = (name_key(name) if " " in name and is_name(name) and norm_title(name) not in film_titles
                   and name.lower() not in COUNTRY_NAMES and name.lower() not in PLACE_NAMES
                   and name.split()[0] not in _RANKS and name.split()[-1] not in _ORGANIZATION_ENDS else None)
            keys[name] = None if key is None or any(key <= other or other <= key for other in excluded) else key
        key = keys[name]
        if key is not None and _SAID_OF_A_FILM.match(doc.text, match.end()):
            groups.pop(key, None)  # a title the review writes as a name, wherever else it is named
            key = keys[name] = None
        if key is None or any(m.span.end > start for m in doc.mentions_between(max(0, start - 150), start + len(name))):
            continue  # (or inside a film's title)
        groups.setdefault(key, (name, []))[1].append(Span(start, start + len(name)))
    for name, spans in groups.values():
        last = surname(name)
        if len(last) < 3:
            continue
        at = doc.text.find(last, spans[0].end)
        while at >= 0:  # str.find, not a pattern per name: compiling those cost more than the rest
            end = at + len(last)
            if (not _word_char(doc.text, at - 1) and not _word_char(doc.text, end)
                    and not any(s.start <= at < s.end for s in spans)):
                spans.append(Span(at, end))
            at = doc.text.find(last, end)
        spans.sort(key=lambda span: span.start)
    return list(groups.values())


def name_features(doc: Doc, name: str, spans: list[Span], film: ReviewedFilm | None,
                  families: dict[int, set[str]], credited_lists: Sequence[Span] = ()) -> dict[str, float]:
    """Sparse binary features of one candidate name (see the module docstring); ``families``
    keeps each sentence's cue families for the review's other names; ``credited_lists`` are the
    runs of names that hold an actor the rules credited."""
    text, lowered = doc.text, doc.lowered
    own = norm_title(film.title) if film and film.title else None
    features: dict[str, float] = {"bias:name": 1.0}
    count = len(spans)
    features[f"count:{min(count, 3)}"] = 1.0
    body = max(len(text) - doc.header_end, 1)
    features[f"first:{min(int(3 * (spans[0].start - doc.header_end) / body), 2)}"] = 1.0
    if name.split()[0] in _HONORIFICS:
        features["honorific"] = 1.0
    if name in load_gazetteer():
        features["known_title"] = 1.0  # "movies like American Pie, Harry Potter and Star Wars": a film's name
    vocabulary = english_words()
    if vocabulary and all(word.lower() in vocabulary for word in name.split()):
        features["common_words"] = 1.0  # "two Super Stars", "Hardcore Rock fans": words capitalised, not a name
    for span in spans:
        sentence = doc.sentences.at(span.start)
        before = _WORD.findall(lowered[max(sentence.start, span.start - 50):span.start])[-3:]
        after = _WORD.findall(lowered[span.end:min(sentence.end, span.end + 50)])[:3]
        for word in before:
            features[f"b:{word}"] = 1.0
        for word in after:
            features[f"a:{word}"] = 1.0
        if before:
            features[f"p1:{before[-1]}"] = 1.0
        following = text[span.end:span.end + 3]
        if following.startswith(("'s", "’s")):
            features["possessive"] = 1.0
            # "Neil Jordan's MICHAEL COLLINS", "Peter Chelsom's comedy TOWN & COUNTRY": the film's own maker
            if own and any(norm_title(mention.title) == own for mention in doc.mentions_between(span.end, span.end + 30)):
                features["possessive:film:own"] = 1.0
        elif after:
            features[f"n1:{after[0]}"] = 1.0
        if text[span.start - 1:span.start] == "(" or following[:1] == ")":
            features["bracketed"] = 1.0
        if _LISTED.match(following + text[span.end + 3:span.end + 6]):
            features["listed"] = 1.0
        if any(run.start <= span.start and span.end <= run.end for run in credited_lists):
            features["listed_with_cast"] = 1.0  # "the movie features: Ann Lee, Bo Ek and Cy Dunn", Cy Dunn credited
        for family in _sentence_families(doc, doc.sentences.index_at(span.start), families):
            features[family] = 1.0
        for mention in doc.mentions_between(sentence.start, sentence.end):
            features["film:own" if norm_title(mention.title) == own else "film:other"] = 1.0
    return features


def _lists_with(doc: Doc, actors: set[frozenset[str]]) -> list[Span]:
    """The runs of names in the body (see ``_NAMES_LIST``) that name one of ``actors``."""
    return [Span(*run.span()) for run in _NAMES_LIST.finditer(doc.text, doc.header_end)
            if any(name_key(item.group()) in actors for item in re.finditer(_LIST_ITEM, run.group()))]


def _sentence_families(doc: Doc, index: int, cache: dict[int, set[str]]) -> set[str]:
    """The cue families (as features) of sentence ``index``, read once per review (``cache``)."""
    if index not in cache:
        sentence = doc.sentences.spans[index]
        cache[index] = {f"family:{m.lastgroup}" for m in _FAMILIES.finditer(doc.lowered, sentence.start, sentence.end)}
    return cache[index]


class ActorScorer:
    """Add the actors a review names without their part.

    Parameters
    ----------
    hedges
        Flags statements that are negated, hedged or asked.
    """

    def __init__(self, *, hedges: HedgeDetector | None = None) -> None:
        #: The name model (the shipped one); set to ``None`` to add nothing.
        self.model: RelationModel | None = load_model("actors.json")
        self.hedges = hedges or HedgeDetector()

    def candidates(self, doc: Doc, film: ReviewedFilm | None, cast: Iterable[CastCredit],
                   others: Iterable[str] = ()) -> list[tuple[str, list[Span], dict[str, float]]]:
        """Each candidate name with its mentions and features (for training and scoring): not a
        credited actor or character ("Callum Rhee as Harlan Voss"), nor one of ``others``, nor the
        film's own title where the review writes it as a name ("Night Harbour is a drama")."""
        cast = list(cast)
        excluded = [name_key(name) for credit in cast for name in (credit.actor, credit.character) if name]
        excluded += [name_key(name) for name in others]
        own_title = norm_title(film.title) if film and film.title else None
        names = [(name, spans) for name, spans in candidate_names(doc, excluded=excluded) if norm_title(name) != own_title]
        families: dict[int, set[str]] = {}
        lists = _lists_with(doc, {name_key(credit.actor) for credit in cast}) if names else []
        return [(name, spans, name_features(doc, name, spans, film, families, lists)) for name, spans in names]

    def __call__(self, doc: Doc, film: ReviewedFilm | None, cast: Iterable[CastCredit],
                 others: Iterable[str] = ()) -> list[CastCredit]:
        return self.choose(doc, self.candidates(doc, film, cast, others))

    def choose(self, doc: Doc, candidates: list[tuple[str, list[Span], dict[str, float]]]) -> list[CastCredit]:
        """The actors among ``candidates`` (as :meth:`candidates` gives them), by the model."""
        if self.model is None:
            return []
        threshold = self.model.thresholds.get("actor", 0.5)
        found = []
        for name, spans, features in candidates:
            probability = self.model.probabilities(features)[1]
            if probability < threshold:
                continue
            mention = spans[0]
            sentence = doc.sentences.at(mention.start)
            evidence = Evidence(sentence=sentence, mention=mention, confidence=round(probability, 4),
                                flag=self.hedges(doc.text, sentence, mention.start))
            found.append(CastCredit(name, None, evidence))
        return found
