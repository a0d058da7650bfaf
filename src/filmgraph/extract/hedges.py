"""Negation, speculation and question detection: a sentence and a cue position in, a flag out.

A statement is flagged, never dropped: ``"negation"`` when a negator governs the cue ("this
isn't a remake of X", "unlike X"), ``"hedge"`` when it is speculation, a wish or a condition
("if someone remakes it", "I wouldn't be surprised if"), and ``"question"`` when its sentence
asks ("Is it a remake of Psycho?", up to the question mark with no clause break). Only the part
of the sentence from the start of the cue's clause up to the cue is read, so "X is a remake of Y,
but not a good one" stays unflagged; after the cue, only a taking-back is read ("a remake of Y, but
it's not", or the next sentence: "Some call it a remake of Y. It isn't.").

>>> text = "This is not a remake of Psycho."
>>> HedgeDetector()(text, Span(0, len(text)), text.index("remake"))
'negation'
"""

from __future__ import annotations

import re

from ..model import Span

__all__ = ["HedgeDetector", "NEGATION", "HEDGE", "QUESTION"]

NEGATION = "negation"
HEDGE = "hedge"
QUESTION = "question"

# brackets break a clause, but not the ones around a year: "Is it a sequel to ICE PORT (2010)?"
# (each alternative opens with its own character, which ``re`` skips to; what stands before a closing
# bracket or "but" is looked back at)
_CLAUSE_BREAK = re.compile(r";|:|\u2013|\u2014|\((?!(?:1[89]|20)\d\d\))|\)(?<!\((?:1[89]|20)\d\d\))|--|"
                           r",\s(?:but|yet|and|though|although|while|whereas)\b|but\b(?<!\wbut)")
# A question mark inside a sentence ends a question only between words in lower case: "is it a remake of x? someone said so".
_ASKED_THEN_PROSE = re.compile(r"\s+[a-z]")
_LOWER_WORD_ASKED = re.compile(r"(?<![\w'’])[a-z][\w'’]*\?$")  # (not a title's "VIRGINIA WOOLF? and ...")
# "Who stars in FLUBBER, Disney's remake of X?" takes the remake as given: only a yes/no
# question ("Is it a remake of X?") puts the statement in doubt.
_WH_QUESTION = re.compile(r"\s*[\"“‘']?(?:who|what|which|where|when|why|how)\b", re.IGNORECASE)
# (the look-ahead for a letter passes over the boundaries at words' ends, where every word was tried)
_NEGATORS = re.compile(
    # "a more conventional and not as absorbing remake of X" compares; it does not deny
    # ("not unlike X" and "not dissimilar to X" liken: the two negations cancel)
    # ("makes no secret of", "no coincidence that", "borrowed without shame from": the idiom affirms the debt)
    r"\b(?=[a-z])(?:not(?!\s+(?:as|so|only|just|unlike|dissimilar)\b)|never|no(?!\s+(?:secret|coincidence|accident|doubt|bones|"
    r"mistaking|denying|question(?!\s+of))\b)|nor|neither|hardly|barely|"
    r"without(?!\s+(?:shame|apolog(?:y|ies|i[sz]ing)|embarrassment|disguise|pretence|pretense|irony|credit|acknowledg\w*)\b)|(?<!not\s)unlike|"
    r"far from|instead of|rather than|"
    r"nothing like|none of)\b|n[’']t\b",
    re.IGNORECASE,
)
# (a look-ahead for a letter after the word boundary, as in _NEGATORS)
_HEDGES = re.compile(
    # "If you liked X, ..." addresses the reader; it does not put the statement in doubt.
    r"\b(?=[a-z])(?:if(?!\s+you\s+(?:liked|loved|enjoyed|remember|saw|have\s+seen|['’]ve\s+seen))|unless|whether|would|could|might|may|should|perhaps|maybe|possibly|probably|"
    r"presumably|supposedly|rumou?red|inevitable|inevitably|hope|hopes|hoping|hopefully|wish|wished|"
    r"wishing|someday|some day|someone(?!\s+(?:named|called))|somebody(?!\s+(?:named|called))|planned|plans to|going to|bound to|sure to|"
    r"propos(?:es|ed|ing)|pitch(?:es|ed|ing)|contemplat(?:es|ed|ing)|"  # "Scorsese proposes a remake of X": an idea, not a film
    r"there\s+(?:was|has\s+been|is)\s+(?:some\s+|much\s+|idle\s+)?talk|rumou?rs|"  # "there was talk ... of it being a remake of X"
    # someone else's word for it: "listings claim it is a remake of X", "a trade paper reported that", "billed as"
    r"claim(?:s|ed|ing)?\s+(?:that\s+)?(?:it|this|the\s+(?:film|movie|picture))|reportedly|reported(?:\s+[\w-]+){0,5}?\s+that|whisper(?:s|ed|ing)?\s+that|"
    r"billed\s+as|touted\s+as|allegedly|purportedly|"
    # hearsay: "People say the finale comes from X", "the story is sometimes said to come from X"
    r"(?:people|everyone|everybody|some|many|others)\s+(?:say|says|said|claim|insist|insists)|(?:is|are|was|were)\s+(?:\w+ly\s+)?said\s+to|"
    r"expect|imagine|wonder|surprised)\b(?!-)",  # "a would-be writer" is no hedge
    re.IGNORECASE,
)


class HedgeDetector:
    """Flag a cue that is negated, hedged or asked about.

    Parameters
    ----------
    window
        How many characters before the cue are read at most.
    """

    def __init__(self, *, window: int = 120) -> None:
        self.window = window

    def __call__(self, text: str, sentence: Span, cue_start: int) -> str | None:
        rest = text[cue_start:sentence.end].rstrip("\"'”’) ")
        # (up to the first question mark: a user's "is it a remake of x? someone said so" runs on in lower case)
        asked = rest[:rest.index("?") + 1] if "?" in rest else ""
        if asked != rest and not (_ASKED_THEN_PROSE.match(rest, len(asked)) and _LOWER_WORD_ASKED.search(asked)):
            asked = ""  # a title's or a quotation's own question mark: "WHO'S AFRAID OF VIRGINIA WOOLF?", '"What's the Matador?"'
        if asked and not _CLAUSE_BREAK.search(asked, 0, len(asked) - 1) and "," not in asked and ". " not in asked \
                and not _WH_QUESTION.match(text, sentence.start, cue_start):
            return QUESTION
        start = max(sentence.start, cue_start - self.window)
        before = text[start:cue_start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        if _DENIED_AFTER.match(rest) or _denied_next(text, sentence.end):
            # "People call it a remake of X but its NOT", "... a remake of X. It isn't.": a hearsay
            # the critic takes back is denied, not merely doubted
            return NEGATION
        if any(not _names_something(before, hedge) and not _in_aside(before, hedge) and not _in_title(before, hedge)
               and not (hedge.group().lower() == "if" and _CONDITION_EXPLAINED.match(before, hedge.end()))
               and not _LIKENESS_AFTER_MODAL.match(before + rest, hedge.end())
               for hedge in _HEDGES.finditer(before)):
            return HEDGE
        if _COUNTERFACTUAL_AFTER.match(rest):
            return HEDGE  # "A remake of X might have worked"
        if any(not _scope_closed(before, negator) and not _in_aside(before, negator) and not _in_title(before, negator)
               and not _QUALIFIER_DENIED.match(before, negator.end()) for negator in _NEGATORS.finditer(before)):
            return NEGATION
        return None


# "a climax that could have been lifted from X", "scenes that might have been borrowed straight out of X": the
# modal grants the likeness, it does not doubt it
_LIKENESS_AFTER_MODAL = re.compile(r"(?<=could|might|would)\s+(?:easily\s+|well\s+)?have\s+been\s+(?:lifted|borrowed|taken|copied|"
                                   r"cribbed|ripped|plucked|stolen)\s+(?:\w+\s+)?(?:out\s+of|from)\b", re.IGNORECASE)


# "If that sounds familiar, it's because X is a remake of Y": the condition is explained, not posed
_CONDITION_EXPLAINED = re.compile(r"[^.;!?]{0,80}?,?\s+(?:it|that)(?:['’]?s|\s+is|\s+was)\s+(?:only\s+|simply\s+|just\s+)?because\b", re.IGNORECASE)


# "It isn't a strict remake of X", "not merely a remake of X": the qualifier is denied, the remake stands.
_QUALIFIER_DENIED = re.compile(
    r"\s+(?:(?:merely|simply)\s+)?(?:a|an)\s+(?:strict|straight|straightforward|faithful|exact|literal|direct|slavish|"
    r"shot-for-shot|scene-for-scene|carbon[- ]copy|simple|mere|pure|true|full-fledged|outright)\s+$|\s+(?:merely|simply)\s+(?:a|an)\s+$",
    re.IGNORECASE,
)


def _denied_next(text: str, end: int) -> bool:
    """Whether the next sentence takes the statement back ("It isn't, beyond the setting."), and is
    not a denial of its own ("It is not, whatever the poster says, a remake of Speed")."""
    denial = _DENIED_NEXT.match(text, end)
    if denial is None or _COMPLEMENT_AFTER_ASIDE.match(text, denial.end()):
        return False
    stop = re.search(r"[.!?]", text[denial.end():denial.end() + 200])
    return _OWN_CLAIM.search(text, denial.start(), denial.end() + (stop.start() if stop else 200)) is None


# "It isn't a remake of DRACULA", "It is not, whatever the poster says, a remake of SPEED": a statement of its own
_OWN_CLAIM = re.compile(r"\b(?:remake|version|update)\s+of\b|\bbased\s+on\b", re.IGNORECASE)
# "It is not, whatever the posters suggested, The Blair Witch Project in New York": a denial that goes on, past its
# aside, to name what the film is not makes a statement of its own ("It isn't, beyond the setting." goes on to nothing)
_COMPLEMENT_AFTER_ASIDE = re.compile(r"(?<=,)[^,.;!?]{1,80},\s*(?:(?:a|an|the)\s|[A-Z\"“])")


# a word of two capitals or more: "LUCY" after "IF" (not "I")
_CAPITALS_AFTER = re.compile(r"\s+[A-Z][A-Z'’]+\b")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]+\b(?!['’])")
_TITLE_OPENERS = frozenset({"No", "Never", "Nothing", "Neither", "Nor"})


def _in_title(before: str, word: re.Match[str]) -> bool:
    """Whether a hedge or negating word is a title's, capitalised inside its clause ("Irvin Kershner's
    "Never Say Never Again," a remake of X", "NO COUNTRY FOR OLD MEN meets X") or opening it before
    more words in its case ("IF LUCY FELL tries to recapture the feel of X", "No Reservations (2007) is
    a remake of X")."""
    if not word.group()[0].isupper():
        return False
    if not before[:word.start()].strip(" \t\n\"“‘'(*_"):
        if word.group().isupper():
            return _CAPITALS_AFTER.match(before, word.end()) is not None
        # ("No Reservations", "Never Say Never Again"; not a comparison's "Unlike Bava's Black Sunday")
        return word.group() in _TITLE_OPENERS and _CAPITALISED_AFTER.match(before, word.end()) is not None
    # a word in capitals is a title's only among capitals: "It is NOT a remake" stresses the denial
    return not word.group().isupper() or re.match(r"\s+[A-Z]", before[word.end():]) is not None


# a relative clause's opening, a few words before the word: "a film that could have and should have been",
# "what's going to"
_RELATIVE_OPENING = re.compile(r"\b(?:that|which|who|what)(?:['’]s)?\s+(?:[a-z]+\s+){0,4}$", re.IGNORECASE)


def _in_aside(before: str, word: re.Match[str]) -> bool:
    """Whether a hedge or negating word sits in a comma-bounded aside that closes before the cue
    ("is, whether its makers admit it or not, a remake of X"), or in a relative clause that a comma
    closes before it ("For a film that could have been a comedy, X is too much like Y": the modal
    says what the film might have been, not whether it is like Y)."""
    if "," not in before[word.end():]:
        return False
    return "," in before[:word.start()] or _RELATIVE_OPENING.search(before, 0, word.start()) is not None


# The statement taken back after it: "a remake of X but it's not", "..., but it isn't".
# also after a colon or an ellipsis: "saying it's a remake of X: it's not??", "a remake of X… it's not lol"
_DENIED_AFTER = re.compile(r"[^.;!?]{0,80}?(?:\bbut|:|…|\.\.\.)\s+(?:it['’]?s|its|it\s+is|that['’]s)\s+not\b"
                           # (not a verdict on something else: "a hybrid of X, but that's not saying it's a bad turn")
                           r"(?!\s+(?:saying|to\s+say|(?:necessarily\s+|such\s+|all\s+|that\s+|a\s+)?bad|a\s+(?:complaint|criticism|knock))\b)|"
                           r"[^.;!?]{0,80}?\bbut\s+it\s+isn['’]t\b|"
                           # the critic disowns the likeness others see: "it borrows from X; I do not see it",
                           # "a cousin of X; I see no family likeness", "next to X, but I don't think the two have much in common"
                           r"[^.!?]{0,80}?(?:;|:|\bbut)\s+I\s+(?:(?:do\s+not|don['’]t|can(?:not|['’]t))\s+see\s+(?:it|that|much|any)\b|"
                           r"see\s+(?:no|little)\s+(?:[\w-]+\s+){0,2}?(?:likeness|resemblance|similarit\w*|connection|debt)\b|"
                           r"(?:do\s+not|don['’]t)\s+think\s+(?:so\b|(?:the\s+two|they|the\s+films)\s+(?:have|share)\s+(?:much|anything)))",
                           re.IGNORECASE)


# The next sentence takes it back: "Some call it a remake of X. It isn't, beyond the setting."
_DENIED_NEXT = re.compile(
    r"[\"”'’)]*\s*(?:it['’]?s\s+not|it\s+is\s+not|it\s+isn['’]t|it\s+wasn['’]t|it\s+was\s+not)(?:\s*[.,;!]|\s*$|\s+(?:a\s+remake|really|at\s+all)\b)",
    re.IGNORECASE,
)
_COUNTERFACTUAL_AFTER = re.compile(r"[^.;!?]{0,60}?\b(?:might|would|could|should)\s+have\s+(?:worked|been|made)\b", re.IGNORECASE)


def _names_something(before: str, hedge: re.Match[str]) -> bool:
    """Whether a hedge word is capitalised inside the sentence, so part of a name or a title
    ("Screenplay: Elaine May", "a remake of Wish Upon a Star")."""
    return hedge.group(0)[0].isupper() and bool(before[:hedge.start()].strip(" \"“'‘"))


# A negating phrase that a comma closes before the cue's clause: "Without this, it seems a cross
# between X and Y", "for no apparent reason, echoing X". A negated verb reaches past a comma
# only into the same clause ("is not, as some say, a remake of X"), not past the end of an
# aside or a clause before the main one ("X, wisely not shown to critics, is a remake of Y",
# "For those who don't know, it's a remake of Y").
_PHRASE_NEGATORS = frozenset({"no", "without", "unlike", "far from", "instead of", "rather than", "nothing like", "none of"})
_ASIDE_END = re.compile(
    r",\s*(?:(?:it|this|that|he|she|they)(?:['’]s|\s+(?:is|was|are|were))|is|was|are|were|remains|becomes|has\s+been|had\s+been)\b",
    re.IGNORECASE,
)


def _scope_closed(before: str, negator: re.Match[str]) -> bool:
    """Whether a comma after ``negator`` ends its reach before the cue at the end of ``before``."""
    if negator.group(0).lower() in _PHRASE_NEGATORS:
        return "," in before[negator.end():]
    return _ASIDE_END.search(before, negator.end()) is not None
