"""Film mentions and title lines: review text in, :class:`Mention` records out.

A mention is a run of words that names a film: a CAPITALS phrase (critics who write titles in
capitals), any capitalised run followed by a year in brackets, alone or closing its details ("Speed
(1994)", "Speed (Jan de Bont, 1994)"), or a quoted
title-case phrase ("Get Carter"). :func:`title_case` turns the surface into ordinary
capitalisation ("13TH LETTER, THE" -> "The 13th Letter"). :func:`titlecase_run_at` reads a
capitalised run at a given offset, for components that look for a title right after a cue.

>>> finder = MentionFinder()
>>> [(m.title, m.year) for m in finder("It recalls SPEED and Phone Booth (2002).")]
[('Speed', None), ('Phone Booth', 2002)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Span
from .gazetteer import load_gazetteer
from .lexicon import (
    CAPS_BOILERPLATE,
    CAPS_STOPWORDS,
    COUNTRY_NAMES,
    DEMONYMS,
    FILM_LANGUAGES,
    NAME_PARTICLES,
    SMALL_WORDS,
)
from .vocabulary import FOREIGN_PARTICLES, FOREIGN_WORD, reads_foreign

__all__ = ["ABBREVIATIONS_IN_TITLES", "Mention", "MentionFinder", "title_case", "titlecase_run_at", "capitalized_run_before", "is_caps_phrase",
           "full_year", "not_a_film_title"]

_UP = "A-ZÀ-ÖØ-Þ"
# An apostrophe inside a word ("DON'T") or closing a plural possessive within a title ("FATHERS' DAY"),
# and a fraction's stroke ("THE NAKED GUN 33 1/3")
# (led by the class of its first character, which ``re`` skips to; the word start and whether that
# character was "&" are looked back at)
_CAPS_WORD = re.compile(rf"[{_UP}0-9&](?<![\w'’].)(?:(?<!&)(?:[{_UP}0-9.:!?&-]|(?<=[ ]\d)/(?=\d(?![\w/]))|['’](?=[{_UP}]|[ ][{_UP}]{{2}})){{0,30}}|(?<=&))(?![a-zß-öø-ÿ])")
# "(1994)", and a year closing a bracket of details: "(Italy, 1964)", "(Festen, 1998)", "(Godard, 1964)"
_YEAR_IN_BRACKET = r"\((?:[^()\n]{1,60}?,[ ]?(?:[A-Z][a-z]+[ ](?:[A-Z][a-z]+[ ])?)?)?(1[89]\d\d|20\d\d)\)"
_YEAR = re.compile(_YEAR_IN_BRACKET)
_SHORT_YEAR = re.compile(r"\((\d\d)\)")
# (led by the class of the opening marks, which ``re`` skips to; which mark opened is looked back at)
_QUOTED = re.compile(
    r"[\"“'‘*_](?:(?<=[\"“])([A-Z0-9][^\"”\n]{1,60}?)[,.!?]?[\"”]|"
    # 'The Hitch', ‘The Hitch’: single quotes open after a space or bracket (or at a line's start) and close before one
    r"(?<=['‘])(?<![^\s(\[].)([A-Z0-9][^'‘’\n]{1,60}?)[,.!?]?['’](?=[\s.,;:!?)\]]|$)|"
    # *The Hitch*, _The Hitch_: a plain-text review's emphasis, as Markdown's is read (reviews.title_hint)
    r"(?<=\*)(?<![\w*].)\*?([A-Z0-9][^*\n]{0,60}?)\*{1,2}(?![\w*])|(?<=_)(?<![\w_].)_?([A-Z0-9][^_\n]{0,60}?)_{1,2}(?![\w_]))",
    re.MULTILINE,
)
# "“Jaws” (1975)", also with the year wrapped onto the next line
_YEAR_AFTER_QUOTE = re.compile(r"(?:[ ]|[ ]?\n[ \t]*)?" + _YEAR_IN_BRACKET)
_TITLE_MARKS = ("”", '"', "*", "_")
_CLOSING_MARKUP = re.compile(r"(?:</(?:em|i|cite|b|strong|u)>|\]\([^()\s]*\))[ \t]*$", re.IGNORECASE)
_TOKEN_BACK = re.compile(r"\S+")
# No title runs on over a blank line or a tab.
_NO_TITLE_GAP = re.compile(r"\t|(?:\r\n?|\n)[ ]*(?:\r\n?|\n)")
# "Kurosawa's 1961 YOJIMBO", "the 1960 PSYCHO": after an owner or article, a leading year dates
# the film that follows ("1941" alone, or at a sentence start, may still be a title).
_FOREIGN_TITLE_BEFORE = re.compile(
    r"(?<![\w'’])((?:Les|Le|La|El|Il|Lo|Los|Las|Die|Der|Das|Un|Une|Una)[ ]"
    r"(?!(?:the|and|of|is|was|in|a|an|to)\b)[^\W\d_][\w'’-]*(?:[ ](?!(?:the|and|of|is|was|in|a|an|to)\b)[^\W\d_][\w'’-]*){0,5})[ ]$"
)
_VERSUS = ("vs.", "vs", "v.")
_DATING_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_DETERMINER_BEFORE = re.compile(r"(?:['’]s|\b(?:the|his|her|their|its))[ ]$", re.IGNORECASE)
# (a number written with thousands commas is one word: "The Beast from 20,000 Fathoms")
_TC_WORD = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|[{_UP}0-9](?:[a-z]{{0,2}}\.(?=[ ][{_UP}0-9])|[\w'’&-]{{0,30}}))"
_SMALL = r"(?:of|the|a|an|and|in|on|to|for|at|with|from|&|de|la|le|du|des|del|der|von)"
# "Stille Havn from 2009": a year after "from" or "in" dates the title, it is not part of it
_TC_RUN = re.compile(rf"{_TC_WORD}(?::?[ ]{{1,2}}(?!(?:from|in)[ ](?:1[89]|20)\d\d\b)(?:{_SMALL}[ ]){{0,3}}{_TC_WORD}){{0,9}}")
_INVERTED = re.compile(r"^(.*?),\s*(THE|A|AN|LA|LE|LES|L'|EL|IL|DIE|DER|DAS|LOS|LAS)$", re.IGNORECASE)
_SENTENCE_STARTERS = frozenset(
    """In On At Like Unlike And But As Even Also Both Since After Before With From Than Then If When
    While Though Although Because Of For To By Yet So Or Nor Only Just Watching Seeing Remember
    Rent Skip See Unfortunately Sadly Ironically Finally Think Imagine Picture Basically Watched Rewatched
    Rewatching Revisited Revisiting""".split()
)
_SUFFIX_PUNCT = ".,;:!?'’"


@dataclass(frozen=True, slots=True)
class Mention:
    """A film named in the text.

    Attributes
    ----------
    span
        The title words as written (no year).
    title
        The title in ordinary capitalisation.
    year
        The year given in brackets right after the title, if any.
    kind
        ``"caps"``, ``"yeared"`` or ``"quoted"``.
    end
        Where the mention ends, year bracket included.
    """

    span: Span
    title: str
    year: int | None
    kind: str
    end: int


_ROMAN = re.compile(r"(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})")


def _cap_word(word: str, first: bool) -> str:
    lower = word.lower()
    if not first and lower in SMALL_WORDS:
        return lower
    if word[:1].isdigit():
        return lower
    if not first and _ROMAN.fullmatch(word.rstrip(":,;.!?")):  # "PART II" is Part II, not Part Ii; "GOD II: OPERATION" too
        return word
    parts = re.split(r"([-'’/])", lower)
    out = []
    for i, part in enumerate(parts):
        after_apostrophe = i >= 2 and parts[i - 1] in "'’" and len(part) <= 2
        out.append(part if after_apostrophe or not part else part[0].upper() + part[1:])
    return "".join(out)


def title_case(surface: str) -> str:
    """A title as written in a review, in ordinary capitalisation.

    Only text in capitals is recased; mixed-case titles keep their case except a trailing
    inverted article, which moves to the front.

    >>> title_case("13TH LETTER, THE")
    'The 13th Letter'
    >>> title_case("WILLY WONKA & THE CHOCOLATE FACTORY")
    'Willy Wonka & the Chocolate Factory'
    >>> title_case("HEAVEN'S GATE"), title_case("Phonebooth"), title_case("MISSION: IMPOSSIBLE")
    ("Heaven's Gate", 'Phonebooth', 'Mission: Impossible')
    >>> title_case("THE GODFATHER PART II"), title_case("ROCKY IV"), title_case("VI WARRIORS")
    ('The Godfather Part II', 'Rocky IV', 'Vi Warriors')
    >>> title_case("STAR TREK VI: THE UNDISCOVERED COUNTRY")
    'Star Trek VI: The Undiscovered Country'
    >>> title_case("L.A. CONFIDENTIAL")
    'L.A. Confidential'
    """
    return _title_case(surface)


# Pure and called on the same few titles many times per review: memoised (behind a typed
# function: the cache's wrapper would let mypy pass any argument).
@functools.lru_cache(maxsize=16384)
def _title_case(surface: str) -> str:
    surface = " ".join(surface.split()).strip(_SUFFIX_PUNCT + " ")
    inverted = _INVERTED.match(surface)
    if inverted:
        surface = f"{inverted.group(2)} {inverted.group(1)}"
    letters = [c for c in surface if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.6 * len(letters):
        return surface[0].upper() + surface[1:] if inverted and surface else surface
    words = surface.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        first = i == 0 or out[-1].endswith(":") or out[-1] in ("-", "–")
        out.append(word if word.islower() or _INITIALISM.fullmatch(word) else _cap_word(word, first))
    return " ".join(out)


def is_caps_phrase(tokens: list[str]) -> bool:
    """Whether capitalised tokens look like a title rather than an acronym or boilerplate.

    >>> is_caps_phrase(["PG-13"]), is_caps_phrase(["JUNGLE", "2", "JUNGLE"])
    (False, True)
    """
    letters = sum(c.isalpha() for t in tokens for c in t)
    if letters < 3:
        return False
    bare = [t.strip(_SUFFIX_PUNCT) for t in tokens]
    if any(t in CAPS_BOILERPLATE for t in bare):
        return False
    stops = sum(b in CAPS_STOPWORDS and t not in ABBREVIATIONS_IN_TITLES for t, b in zip(tokens, bare))  # "DR. STRANGELOVE"
    if stops * 2 >= len(tokens):
        return False
    return any(sum(c.isalpha() for c in t) >= 2 for t in tokens)


def titlecase_run_at(text: str, start: int, *, limit: int = 120) -> tuple[int, int] | None:
    """The capitalised run of words starting exactly at ``start``, as ``(start, end)``.

    >>> text = "a remake of Le Corbeau. Then"
    >>> s, e = titlecase_run_at(text, 12); text[s:e]
    'Le Corbeau'
    """
    match = _TC_RUN.match(text, start, min(len(text), start + limit))
    if match is None:
        return None
    end = match.end()
    while end > start and text[end - 1] in _SUFFIX_PUNCT:
        end -= 1
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
    return (start, end) if end > start else None


# Abbreviations a title runs on through: "The Talented Mr. Ripley", "Dr. Strangelove", "St. Elmo's Fire"
#: Abbreviations a title holds with their full stop: "Mr. Deeds", "Kill Bill: Vol. 1".
ABBREVIATIONS_IN_TITLES = frozenset("Mr. Mrs. Ms. Dr. St. Jr. Vol. Pt. MR. MRS. DR. ST. JR. VOL. PT. VS.".split())  # ("KRAMER VS. KRAMER")
# An opening mark or a field's separator inside a word, with the title's first word after it: an
# unclosed quote ('"The Thing (1982), the remake'), a data field's value ('"Paragraph1"="Wadjda
# (2012), written', 'BODY;CHARSET=UTF-8:Breathless (1983)'), a markup code closed against it
# ('{56}{321}Sorcerer (1977)'); not a time or a number ("3:10 to Yuma")
# (a word quoted whole, '"D.O.A"(that is', is no title's first word; one in markup's brackets is:
# "I<Sorcerer> (1977)", "\emph{Sorcerer} (1977)")
_CLOSING_MARK = re.compile(r"[\"”)]")
_THREAD_COUNTER = re.compile(r"\d{1,2}/\d{0,2}")
_TITLE_ARTICLES = frozenset(("The", "A", "An", "THE", "AN"))
_CLOSING_BRACKETS = {")": "(", "]": "[", "}": "{", ">": "<"}
_OPENED_WITHIN = re.compile(r"^.*(?:[\"“‘«„(\[{<]|[=;:)\]}>](?=[^\W\d_]))(?=\w)")


def capitalized_run_before(text: str, end: int, *, floor: int = 0, max_words: int = 10) -> tuple[int, int] | None:
    """The run of capitalised words (with small words inside) that ends just before ``end``.

    White space before ``end`` is skipped; a possessive, punctuation or a lower-case word ends the
    run, and leading small words and sentence openers ("In", "Like") are dropped.

    >>> text = "a hybrid of HOUSE OF WAX (1953)"
    >>> s, e = capitalized_run_before(text, text.index("(")); text[s:e]
    'HOUSE OF WAX'
    """
    stop = end
    while stop > floor and text[stop - 1] in " \t":
        stop -= 1
    low = max(floor, stop - 16 * max_words)
    last = stop
    while last > low and not text[last - 1].isspace():
        last -= 1
    if last < stop and not (text[last].isupper() or text[last].isdigit()) and not _OPENED_WITHIN.match(text[last:stop]):
        return None  # (most often asked: the word right before is in lower case, no run ends there)
    words = list(_TOKEN_BACK.finditer(text, low, stop))[-max_words:]
    kept: list[re.Match] = []
    for index in range(len(words) - 1, -1, -1):
        token = words[index].group()
        if kept and _NO_TITLE_GAP.search(text, words[index].end(), kept[-1].start()):
            break  # a heading above the title, a spreadsheet's cell before it
        if kept and token in _VERSUS:
            kept.append(words[index])  # "Kramer vs. Kramer"
            continue
        # (an owner ends the run, "Ana Pires's Night Harbour"; a common noun's possessive does not, "The Devil's Advocate")
        owned = token.endswith(("'s", "’s")) and not (index > 0 and words[index - 1].group() in _TITLE_ARTICLES)
        if kept and (token[-1] in ",;.!?)(\"”" or owned) and token not in ABBREVIATIONS_IN_TITLES:
            break
        if _THREAD_COUNTER.fullmatch(token) and not text[text.rfind("\n", 0, words[index].start()) + 1:words[index].start()].strip():
            break  # a thread's post number at a post's start: "1/4 Rewatched Whiplash (2014)", "1/ The Nutty Professor (1996)"
        if opened := _OPENED_WITHIN.match(token):
            word = _TOKEN_BACK.match(text, words[index].start() + opened.end(), words[index].end())
            if word and (word.group()[0].isupper() or word.group()[0].isdigit()) and not _CLOSING_MARK.search(word.group()):
                kept.append(word)
            break
        if token in ("and", "&") and kept and index > 0 and (
            words[index - 1].group().isupper() != kept[-1].group().isupper()
        ):
            break
        if token[0].isupper() or token[0].isdigit() or (kept and token.lower() in SMALL_WORDS):
            kept.append(words[index])
            continue
        break
    while len(kept) > 1 and (kept[-1].group().lower() in SMALL_WORDS or kept[-1].group() in _SENTENCE_STARTERS):
        if kept[-1].group() in _ARTICLES and kept[-2].group()[0].isupper():
            break  # a title's own article: "The Thing (1982)", "In The Thing (1982)"
        kept.pop()
    if kept and kept[-1].group().islower() and not _ORDINAL.fullmatch(kept[-1].group()):  # ("42nd Street (1933)")
        kept.pop()
    if not kept:
        return None
    first, last = kept[-1].start(), kept[0].end()
    # (and a bracket closed after the title that was opened before it: "Festen (The Celebration) (1998)")
    while last > first and (text[last - 1] in _SUFFIX_PUNCT
                            or (text[last - 1] in _CLOSING_BRACKETS and _CLOSING_BRACKETS[text[last - 1]] not in text[first:last])):
        last -= 1
    return (first, last) if last > first else None


_ARTICLES = frozenset({"The", "A", "An", "THE", "AN"})
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_PROSE_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def _sentence_case_before(text: str, end: int, *, floor: int = 0, max_words: int = 7) -> tuple[int, int] | None:
    """A title in its own language's sentence case that ends just before ``end`` ("Noční tramvaj
    (1964)", "O Rapaz dos Mapas (2009)"): from the earliest capitalised word whose lower-case words
    after it read as another language, or are particles between capitalised words."""
    stop = end
    while stop > floor and text[stop - 1] in " \t":
        stop -= 1
    words = list(_TOKEN_BACK.finditer(text, max(floor, stop - 16 * max_words), stop))[-max_words:]
    lowers: list[str] = []
    best: int | None = None
    for index in range(len(words) - 1, -1, -1):
        token = words[index].group()
        if not _PROSE_TOKEN.fullmatch(token) or token.endswith(("'s", "’s")) or (token[0].islower() and not FOREIGN_WORD.fullmatch(token)):
            break  # "Amenábar's Abre los ojos" is owned; "mind-bender OPEN YOUR EYES" is described
        if token[0].islower():
            lowers.append(token)
        elif lowers and (reads_foreign(lowers) or (words[-1].group()[0].isupper() and all(w in FOREIGN_PARTICLES for w in lowers))):
            best = words[index].start()
    return (best, stop) if best is not None else None


# up to three words on the run's line just before it, nearest last ("In the " before "Mood for Love"),
# an owner's among them ("Schindler's " before "List"), an initialism too ("E.T. the " before "Extra-Terrestrial"),
# or a word and its comma ("Now, " before "Voyager"), and the end of the line above in a hard-wrapped
# paragraph ("The Asphalt\n" before "Jungle")
_LEAD_WORDS = re.compile(r"(?:(?:[A-Za-z][a-z]{0,11}(?:['’]s)?,?|(?:[A-Z]\.){2,4})(?:[ ]|[ ]?\n[ \t]*)){1,3}$")


def _with_catalogued_lead(text: str, run: tuple[int, int], year: int, *, floor: int = 0) -> tuple[int, int]:
    """``run`` with the words before it that the run reader dropped as a sentence's opener, small
    words or an owner, given back when the catalog knows the longer title in ``year``: "In the Mood
    for Love (2000)", "In Bruges (2008)", "On the Waterfront (1954)", "Schindler's List (1993)",
    "E.T. the Extra-Terrestrial (1982)", "Now, Voyager (1942)";
    else ``run`` as it is."""
    lead = _LEAD_WORDS.search(text, max(floor, run[0] - 32), run[0])
    if lead is None:
        return run
    gazetteer = load_gazetteer()
    for word in re.finditer(r"\S+", lead.group()):  # the longest title first
        start = lead.start() + word.start()
        if text[start].isupper() and year in gazetteer.years(" ".join(text[start:run[1]].split())):
            return (start, run[1])
    return run


def _without_nationality(text: str, run: tuple[int, int]) -> tuple[int, int]:
    """"the Danish Dock Lights (2004)", "the French-Italian La Cage aux Folles (1978)", "the Malayalam
    Drishyam (2013)": a leading nationality, a pair of them or a cinema's language is not part of a
    title the catalog does not know as a whole ("American Beauty" it does)."""
    surface = text[run[0]:run[1]]
    first, _, rest = surface.partition(" ")
    if rest and all(part in DEMONYMS or part in FILM_LANGUAGES for part in first.lower().split("-")) \
            and surface not in load_gazetteer():
        return run[0] + len(first) + 1, run[1]
    return run


# Where a label or a heading line may end before a title: "VIDEO CORNER: LES DIABOLIQUES (1955)",
# "Autumn Season\nKind Hearts and Coronets (1949)".
# What may end the words before a dated title: a label, a heading's line, an owner ("Chabrol's Le
# Boucher"), an actor in it ("Dustin Hoffman in Tootsie") or a small word the capitals ran on over
# ("Nick and Nora from The Thin Man", "the Bedford Falls of It's a Wonderful Life")
_LABEL_END = re.compile(r":[ ]+|[ ]*(?:\r\n?|\n)[ ]*|['’]s[ ]+|(?<=[ ])(?:in|from|of|to|and|with|by)[ ]+")


def catalogued_tail(text: str, run: tuple[int, int], year: int) -> tuple[int, int]:
    """``run`` without the label, heading line, owner, actor or other words before a title, when the
    catalog knows the title after it in ``year`` and not the whole run; else ``run`` as it is."""
    gazetteer = load_gazetteer()
    if year in gazetteer.years(text[run[0]:run[1]]):
        return run
    for label in _LABEL_END.finditer(text, run[0], run[1]):
        if year in gazetteer.years(text[label.end():run[1]]):
            return label.end(), run[1]
    return run


_PART_NUMBER = re.compile(r"[IVX]{1,4}|\d{1,2}")
# Letters each closed by a full stop ("L.A.", "E.T."): a title may open on one ("L.A. CONFIDENTIAL")
_INITIALISM = re.compile(r"[A-Z](?:\.[A-Z])+\.?")

class MentionFinder:
    """Find film mentions in a text.

    Parameters
    ----------
    max_title_words
        Longest title, in words, read back from a year in brackets.
    """

    def __init__(self, *, max_title_words: int = 10) -> None:
        self.max_title_words = max_title_words

    def __call__(self, text: str, start: int = 0) -> list[Mention]:
        found: dict[int, Mention] = {}
        for mention in self._yeared(text, start):
            found[mention.span.start] = mention
        for mention in self._short_yeared(text, start):
            found.setdefault(mention.span.start, mention)
        taken = [(m.span.start, m.end) for m in found.values()]
        for mention in self._caps(text, start):
            if not any(s <= mention.span.start < e for s, e in taken):
                found.setdefault(mention.span.start, mention)
        for mention in self._quoted(text, start):
            found.setdefault(mention.span.start, mention)
        return sorted(found.values(), key=lambda m: m.span.start)

    def _yeared(self, text: str, start: int):
        for year in _YEAR.finditer(text, start):
            if text[max(start, year.start() - 2):year.start()].rstrip()[-1:] in _TITLE_MARKS:
                continue  # "“Les Nuits de Lyon” (1986)", "*Before Sunrise* (1995)": the marked title, read whole by _quoted
            # (a title set in markup the reader left ends before its closing tag or link: "<em>Scarface</em> (1932)",
            # "[Alien](/reviews/alien) (1979)")
            closed = _CLOSING_MARKUP.search(text, max(start, year.start() - 80), year.start())
            run = capitalized_run_before(text, closed.start() if closed else year.start(), floor=start, max_words=self.max_title_words)
            if run is None:  # "Les Oiseaux de papier (1991)": a foreign title in sentence case
                foreign = _FOREIGN_TITLE_BEFORE.search(text, max(start, year.start() - 80), year.start())
                run = foreign.span(1) if foreign else None
            own_language = _sentence_case_before(text, year.start(), floor=start)
            if own_language is not None and (run is None or own_language[0] < run[0]):
                run = own_language
            if run is not None:
                dated = int(year.group(1))
                run = _with_catalogued_lead(text, catalogued_tail(text, _without_nationality(text, run), dated), dated, floor=start)
                surface = " ".join(text[run[0]:run[1]].split())  # (one line's end and the next's start: one title)
                yield Mention(Span(*run), title_case(surface), int(year.group(1)), "yeared", year.end())

    def _short_yeared(self, text: str, start: int):
        """A title dated by the year's last two digits ("The Long Goodbye (73)", "Tabu (29)", inside
        its quotes too: "The Thin Red Line (98)"), when the catalog knows a film of that title and year,
        or a year either side (a festival year against a release year: "The Honeymoon Killers (69)",
        which the catalog dates 1970): "(12)" after a title is as often a certificate, an age or a count."""
        gazetteer = load_gazetteer()
        for short in _SHORT_YEAR.finditer(text, start):
            run = capitalized_run_before(text, short.start(), floor=start, max_words=self.max_title_words)
            if run is None:
                continue
            surface, year = text[run[0]:run[1]].rstrip("\"”'’*_"), full_year(short.group(1))  # ('"Mad Dog Morgan" (76)')
            if surface and any(abs(known - year) <= 1 for known in gazetteer.years(surface)):
                yield Mention(Span(run[0], run[0] + len(surface)), title_case(surface), year, "yeared", short.end())

    def _caps(self, text: str, start: int):
        run: list[re.Match] = []
        for word in _CAPS_WORD.finditer(text, start):
            if run:
                gap = text[run[-1].end():word.start()]
                # also a numbered part's subtitle: "STAR WARS: EPISODE I - THE PHANTOM MENACE"
                joined = (gap == " " and (run[-1].group()[-1] not in ".!?" or run[-1].group() in ABBREVIATIONS_IN_TITLES
                                          or (len(run) == 1 and _INITIALISM.fullmatch(run[0].group()) is not None))) or (
                    # one word each side of a slash, a title the catalog knows ("FACE/OFF"; not "ALIENS/TITANIC")
                    gap == "/" and len(run) == 1 and title_case(f"{run[0].group()}/{word.group()}") in load_gazetteer()) or (
                    gap in (" - ", " – ") and _PART_NUMBER.fullmatch(run[-1].group()) is not None and len(run) > 1) or (
                    gap == " + ")  # ("ROMEO + JULIET")
                if not joined:
                    yield from self._caps_run(text, run)
                    run = []
            run.append(word)
        if run:
            yield from self._caps_run(text, run)

    def _caps_run(self, text: str, run: list[re.Match]):
        if len(run) > 1 and _INITIALISM.fullmatch(run[0].group()) and title_case(" ".join(w.group() for w in run)) not in load_gazetteer():
            # an initialism ending a sentence ("in the U.S. BLUE SKY opens"), unless the catalog
            # knows the title it opens ("L.A. CONFIDENTIAL", "E.T. THE EXTRA-TERRESTRIAL")
            yield from self._caps_run(text, run[:1])
            yield from self._caps_run(text, run[1:])
            return
        while run and run[-1].group() in ("&", "A", "I") and not (len(run) > 2 and (
                (run[-1].group() == "I" and run[-2].group() in ("AND", "&"))  # (no title ends in "and": "MARTHA AND I")
                or title_case(" ".join(w.group() for w in run)) in load_gazetteer())):
            run = run[:-1]  # (a pronoun after the title, "SPEED I loved"; not one of its words: "THE KING AND I")
        while len(run) > 1 and run[0].group() == "I" and title_case(" ".join(w.group() for w in run)) not in load_gazetteer():
            run = run[1:]  # (a pronoun before the title, "I LOVED SPEED"; not its first word: "I SHOT ANDY WARHOL")
        if not run:
            return
        year = None
        if len(run) > 1 and _DATING_YEAR.fullmatch(run[0].group()) \
                and _DETERMINER_BEFORE.search(text, max(0, run[0].start() - 8), run[0].start()):
            year, run = int(run[0].group()), run[1:]
        tokens = [w.group() for w in run]
        first, last = run[0].start(), run[-1].end()
        while last > first and text[last - 1] in _SUFFIX_PUNCT:
            last -= 1
        # "LA TOTALE" reads like an acronym and a word, but the catalog knows the film ("A US remake" names no "Us")
        if not is_caps_phrase(tokens) and not (len(tokens) > 1 and not set(tokens) - {"A", "AN", "THE"} <= CAPS_STOPWORDS
                                               and title_case(text[first:last]) in load_gazetteer()):
            return
        end = last
        after = _YEAR.match(text, last + 1) if text[last:last + 1] in (" ", "\n") else None  # "THE KILLERS\n(1946)": a wrapped line
        if after:
            year, end = int(after.group(1)), after.end()
        if year is not None:
            first = catalogued_tail(text, (first, last), year)[0]
        yield Mention(Span(first, last), title_case(text[first:last]), year, "caps", end)

    def _quoted(self, text: str, start: int):
        for span, closed in quoted_spans(text, start):
            words = text[span.start:span.end].split()
            dated = _YEAR_AFTER_QUOTE.match(text, closed)  # "“Jaws” (1975)": one word is enough then
            if len(words) < (1 if dated else 2) or len(words) > 8:
                continue
            if not all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS or w in NAME_PARTICLES for w in words):
                continue  # "Les Nuits de Lyon" keeps its particle
            year, end = (int(dated.group(1)), dated.end()) if dated else (None, span.end)
            yield Mention(span, title_case(text[span.start:span.end]), year, "quoted", end)


def quoted_spans(text: str, start: int = 0) -> Iterator[tuple[Span, int]]:
    """Each run the text sets in quotes or emphasis from ``start`` on as a title would be set
    (“The Hitch”, 'The Hitch', *The Hitch*: its first character a capital or a digit), without its
    closing punctuation, with where its closing mark ends; whatever its words: :class:`MentionFinder`
    keeps the runs shaped as titles."""
    for quoted in _QUOTED.finditer(text, start):
        group = next(index for index in (1, 2, 3, 4) if quoted.group(index) is not None)
        first = quoted.start(group)
        yield Span(first, first + len(quoted.group(group).rstrip(_SUFFIX_PUNCT))), quoted.end()


# What a reader leaves of markup, data and layout in a header line ("Key:", "Warc/1.1", "= {Das {L}eben
# der {A}nderen},", "Reel Talk #57", "2024-02-18 20", a timestamp "2024-02-18T20:15:00Z" or "20:15:00",
# "10.00pm  BBC Four   DARK WATER", an identifier,
# an unclosed quote): shapes no film title has, unless the catalog knows it as one ("[REC]")
_MARKUP_RESIDUE = re.compile(r"[{}=<>\[\]|\\@\t]|#\d|/\d|\b\d{4}-\d\d-\d\d(?:\b|t\d)|\b\d{1,2}:\d\d:\d\d\b|\b\d{1,2}[:.]\d\d\s*[ap]m\b|\bissue\s+\d|\S\s{2,}\S|"
                             # a table's columns, a database schema's words ("NOT NULL DEFAULT")
                             r"\bnot\s+null\b|\bvarchar\b|\bprimary\s+key\b|"
                             # an identifier or a hash: "Id: 65a1f0c3d8e24b0017c0a100"
                             r"\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{12,}\b|"
                             # a program's version: "Windows Registry Editor Version 5.00", "Scenarist_SCC V1.0"
                             r"\b(?:v|version\s*)\d+\.\d+\b",
                             re.IGNORECASE)


# The name of who shows or writes about films, not of a film: "Lantern Room Film Society", "Film Club",
# "Lakeshore International Film Festival"
_FILM_ORGANISATION = re.compile(r"\b(?:film|films|cinema|movie|movies|screen)\s+(?:society|club|circle|guild|festival|night|group)\b",
                                re.IGNORECASE)


# A byline read as a headline: "Review by Ann Lee", "Programme notes by Bo Ek"
_BYLINE = re.compile(r"(?:[A-Z][\w-]*\s+)?(?:[Rr]eviews?|[Nn]otes|[Ww]ords|[Tt]ext|[Ee]ssay|[Aa]rticle|[Pp]hotos?|[Ww]ritten|[Pp]osted|"
                     r"[Ee]dited|[Cc]ompiled)\s+by\s+[A-Z]")


def not_a_film_title(title: str) -> bool:
    """Whether a title read from a header or named in the text is markup or data a reader left in
    it, or a film club's name, not a film's title (unless the catalog knows it as one).

    >>> [not_a_film_title(t) for t in ("Key:", "Warc/1.1", "Eastgate Film Society", "2024-03-16T18:02:11Z", "France, 1960",
    ...                                "Review by Ann Lee", "3:10 to Yuma", "Fight Club")]
    [True, True, True, True, True, True, False, False]
    """
    if title.endswith((":", ",", ";")):  # a label or a field cut off ("Key:"), whatever the catalog knows
        return True
    if title.replace(" ", "").isdigit() and title not in load_gazetteer():
        return True  # a record's number ("40977"), not "1917"
    places, _, year = title.rpartition(" ")
    if _DATING_YEAR.fullmatch(year) and all(place.strip().lower() in COUNTRY_NAMES for place in places.rstrip(", ").split("/")):
        return True  # a details line's "Great Britain, 1949"
    return (bool(_MARKUP_RESIDUE.search(title) or _FILM_ORGANISATION.search(title) or _BYLINE.match(title))
            or title.count('"') % 2 == 1) \
        and title not in load_gazetteer()


def full_year(digits: str) -> int:
    """A film year as written, in full: "93" -> 1993, "05" -> 2005, "1993" -> 1993.

    >>> full_year("93"), full_year("05"), full_year("1993")
    (1993, 2005, 1993)
    """
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 30 else 1900
    return year

