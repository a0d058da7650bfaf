"""The film a relation cue points at: a :class:`Doc` and a cue offset in, :class:`Target` records out.

After a cue such as "a remake of" or "reminiscent of" the reader skips determiners, adjectives,
a possessive name, a year and a nationality ("the gritty 1971 British", "Clouzot's very
memorable", "the Spanish film,") and takes the next film mention; "X and Y", "X, Y and Z" and
"between X and Y" give several. Titles in ordinary capitalisation are read here too when the
review does not write titles in capitals (a run that looks like a person's name only when the
skipped words call it a film or give its maker: "Clouzot's Le Corbeau"). The nationality and year skipped on the way are kept
as the target's country and (if it has none of its own) year.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("A remake of the Spanish film, Retribution (2015), this is fine.")
>>> [(t.title, t.year, t.countries) for t in TargetFinder()(doc, 11)]
[('Retribution', 2015, ('Spain',))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .doc import Doc
from .gazetteer import load_gazetteer
from .lexicon import CAPS_STOPWORDS, DEMONYMS, FILM_LANGUAGES, STUDIOS, demonym_pattern
from .names import is_name
from .titles import capitalized_run_before, catalogued_tail, full_year, title_case, titlecase_run_at
from .vocabulary import FOREIGN_PARTICLES, FOREIGN_WORD, reads_foreign

__all__ = ["OWNER", "Target", "TargetFinder", "lower_case_title_at", "lower_case_title_before"]

_FILLER = re.compile(
    rf"\s*(?:(?:(?i:{demonym_pattern()}|{'|'.join(sorted(FILM_LANGUAGES))})|(?:1[89]|20)\d\d['’]?s?|['’]\d\d['’]?s|[a-z][\w'’-]*|(?:[A-ZÀ-Þ][\w-]*\.?\s+(?:and\s+)?){{0,3}}[A-ZÀ-Þ][\w-]*(?:['’]s|s['’])|"
    rf"\"[a-z]+\"|[\"“”],?)(?:,?\s+|\s*(?:--|—)\s*))"  # "another Hugh Grant offering--SIRENS"
)
# "Jan Holm's Dock Lights", "S. S. Rajamouli's Telugu hit": a full name, or a surname after its
# initials, owning what follows ("Baker's Dozen" is one title).
_OWNER_INSIDE = re.compile(r"^(?:(?:[A-ZÀ-Þ]\.\s*){1,2}|[A-ZÀ-Þ][\w-]+\s+(?:[A-ZÀ-Þ](?:[\w-]+|\.)\s+)?)[A-ZÀ-Þ][\w-]+['’]s\s")  # ("George A. Romero's")
# "the Ealing comedy X", "the Fred MacMurray-Ava Gardner film X": capital words before a film noun
# describe the film that follows the noun
# "the Howard Hawks-produced X", "the Bette Davis-starring X": a maker joined to the word after
_MADE_BY = re.compile(r"\s*(?:[A-Z][\w'’.]*\s+){0,3}[A-Z][\w'’.]*-(?:produced|directed|written|penned|helmed|scripted|"
                      r"starring|led|fronted)\s+")
_STUDIO_WORD = re.compile(
    r"\s*([A-Z][a-z][\w'’.-]*(?:\s*-\s*|\s+)(?:[A-Z][\w'’.-]*(?:\s*-\s*|\s+)){0,4})"
    r"(?=(?:film|movie|comedy|thriller|drama|horror|western|musical|classic|picture|vehicle|"
    r"cartoon|production|original|hit|chiller|melodrama|romance|epic|farce|caper|flick|blockbuster)s?\s+[A-Z\"“'‘])"
)
# A run that ends in a film noun is a description ("the classic Vincent Price B-movie"), not a title
_DESCRIPTION_END = re.compile(r"(?:[Bb]-(?:movie|picture)|[Ff]lick|[Vv]ehicle)$")
#: An owner's possessive opening a run of words: "Ozu's ", "Jan Holm's ", "George A. Romero's "
OWNER = re.compile(r"^(?:[A-ZÀ-Þ](?:[\w-]+|\.)\s+(?:and\s+)?){0,2}[A-ZÀ-Þ][\w-]+['’]s\s")
# Words that end the description before a title ("a remake of this movie, with Richard Gere" names
# no film after "with": the remake is another film's).
_SERIES_START = re.compile(r"\s*(?:series|franchise|cycle|saga)\s+(?:that|which)\s+(?:began|started|kicked\s+off)\s+with\s+", re.IGNORECASE)
# ("the 1979 thriller starring Carol Kane": a star, not the film, follows the credit's verb)
_STOP_WORDS = frozenset("and but which who that when while where because though although than as is was are were by with "
                        "this starring featuring co-starring".split())
# "a redo of that French thriller X": a demonstrative that points at a described, named film (not
# "a remake of this movie, with Richard Gere")
_POINTED_DESCRIPTION = re.compile(r"\s*(?:this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:film|movie|picture|thriller|comedy|drama|western|"
                                  r"classic|original|chiller|horror|noir|melodrama|romance|farce|caper)s?,?\s+[\"“*_]?[A-Z]")
# "transposes the Swedish film to a Colorado ski resort": a place follows (not "a salute to NORTH BY NORTHWEST")
_TO_A_PLACE = re.compile(r"\s*to\s+(?:a|an|the|its|his|her)\s", re.IGNORECASE)
_LIST_JOIN = re.compile(r"(?:\s*,?\s+and\s+(?:to|from|of|with)\s+|\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|&|or)\s+|,?\s+with\s+(?:a\s+little|a\s+dash\s+of|a\s+bit\s+of|some|a\s+touch\s+of)\s+)(?:the\s+)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_CLAUSE_SUBJECT = re.compile(r"[ ](?:[a-z]+[ ])?(?:is|was|has|had|never|always|does|did|said|says|made|makes|knows|knew|admits|admitted)\b")
_COMMA_YEAR = re.compile(r",[ ]((?:1[89]|20)\d\d)(?=[,.;)])")
_ALTERNATE_TITLE = re.compile(r"[ ]\((?=[A-Z\"“])[^()\n]{1,60}\)")
_DATED_APPOSITIVE = re.compile(
    r",[\"”]?\s+(?:a|an|the|(?:[A-Z][\w-]+\s+){1,2}?[A-Z][\w-]+['’]s)\s+((?:1[89]|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}"
    r"(?:film|movie|picture|thriller|comedy|drama|classic|original|one|version|weepie|western|noir|melodrama|chiller|"
    r"shocker|musical|romance|horror|hit|caper|epic|satire|farce)\b|"
    # "SEVEN CHANCES from 1925", "Yojimbo, from '61", not "from 1925 to 1930"
    r",?\s+from\s+((?:1[89]|20)\d\d|['’]\d\d)\b(?!\s*(?:to|until|-|–))"
)
# A foreign title in sentence case: a capitalised word, then words up to punctuation or an English
# word that goes on with the sentence ("Profumo di donna, Dino Risi's ...", "Le Dîner de cons, which")
_FOREIGN_RUN = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:[ ](?!(?:which|that|who|whose|is|was|are|were|and|but|with|by|for|from|as|or|in|on|at|to|"
    r"about|starring|directed|the|a|an|it|its|his|her|their|this|has|had|have|not|am|do|did|can|will|would|could|"
    r"titled|called|named|where|when|while|than)\b)[\w'’-]+){1,6}"
    r"(?=[,.;:!?)\"”*_]|[ ]\(|$|[ ](?:which|that|who|whose|is|was|and|but|with|by|for|from|as|about|starring|directed|where|when|while)\b)"
)
_NON_ENGLISH_DEMONYMS = sorted((d for d in DEMONYMS if d not in {"american", "british", "english", "scottish", "welsh", "irish",
                                                                   "australian", "canadian", "new zealand", "south african"}),
                               key=len, reverse=True)
# what comes right before such a title: a kind of film ("the 1955 thriller Les Diaboliques")
_FILM_KIND_BEFORE = re.compile(
    r"\b(?:film|movie|comedy|thriller|drama|picture|classic|original|hit|version|farce|western|noir|melodrama|horror|"
    r"feature|romance|satire|caper|chiller|weepie)s?,?\s+[*_\"“‘']*$",
    re.IGNORECASE,
)
_FOREIGN_DEMONYM = re.compile(rf"\b(?i:{'|'.join(re.escape(d) for d in _NON_ENGLISH_DEMONYMS)})\b")
_LOWER_WORD = re.compile(r" [a-zß-ÿ]")
_FOREIGN_ARTICLE = re.compile(r"(?:Le|La|Les|L['’]\w|Il|Gli|El|Los|Las|Der|Das|Une|Una|Uno)\s")
_ASIDE = re.compile(r"\s*\([^()\n]{1,150}\)")
# What may describe a later item of a list: "the French", "last year's", "Ann Lee's", "the 1954"
# ("and a send-up of X" starts another statement, not an item).
_ITEM_FILLER = re.compile(
    rf"(?:last|this|next)\s+year['’]s\s+|(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s\s+|(?:1[89]|20)\d\d\s+|"
    rf"(?P<demonym>(?i:{demonym_pattern()}))\s+"
)
# "X (1997)", also past an alternate title: "Open Your Eyes (Abre los ojos, 1997)"
_YEAR_BRACKET = re.compile(r"[ ]\((?:[^()\n,]{1,40},[ ])?((?:1[89]|20)\d\d)\)")
_CLOSES = re.compile(r"\s*[(.;]|\s*$")
_FILM_WORDS = re.compile(r"\b(?:film|movie|flick|classic|original|version|picture|thriller|comedy|drama|western|musical|chiller|caper|"
                         r"short|documentary|feature|cartoon|noir|horror|melodrama|romance|epic|satire|farce|hit|weepie|shocker|"
                         r"biopic|[Bb]-(?:movie|picture)|[A-Z][\w-]*['’]s)\b")
_DEMONYM = re.compile(rf"(?i:{demonym_pattern()})")


@dataclass(frozen=True, slots=True)
class Target:
    """A film a cue points at."""

    title: str
    year: int | None
    countries: tuple[str, ...]
    span: Span
    surface: str
    filler: str


# A quoted title after a cue is read whole, lower-case words and all ("a remake of "One missed call"",
# "the Japanese chiller "Ringu,"");
# a quoted remark has a pronoun or a verb of being ("recalls "I could have done more"").
_QUOTED_TITLE = re.compile(r"[\"“]([A-Z0-9][^\"”\n?!,()]{0,50}?)[.,]?[\"”]")
# a quoted word before a noun or a name modifies it: "a "Trek" prop", ""Hatchet" Harry"
_QUOTE_MODIFIES = re.compile(r"[ ](?!(?:and|or|but|which|that|who|with|by|from|in|is|was|as|to|for|on|at|the|a|an|"
                             r"starring|directed|itself|remake|remade)\b)[A-Za-z]")
_REMARK_WORD = re.compile(r"\b(?:i|i['’]m|you|we|he|she|it|they|me|my|is|are|was|were|be|have|has|had|could|would|will|"
                          r"can|do|does|did|not|there|who|what|this|that)\b", re.IGNORECASE)
# "Hitchcock's 1934 movie of the same title": an owner and a year describe a film, they do not name one
_OWNER_AND_YEAR = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:['’]s|s['’])\s+(?:1[89]|20)\d\d")  # "the Three Stooges' 1942"
_LOWER_WORD_RUN = re.compile(r"[a-z0-9][a-z0-9'’]*")
_LOWER_TITLE_FILLER = frozenset("the a an some big huge major serious total real strong very kind sort of bit little lot more "
                                "basically just like giving gives".split())
_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][\w'’]*")
_LOWER_TITLE_STOP = frozenset("the a an of and to in on at for with from".split())
_YEAR_BEFORE_RUN = re.compile(r"(?:1[89]|20)\d\d[ ]$")
_FILM_NOUN_AFTER = re.compile(r"[ ](?:movie|film|picture|flick|original|version)s?\b(?![ ]+[A-Z\"“*_])")
_SAME_NAME = re.compile(r"(?:of|with|by)\s+the\s+same\s+(?:name|title)\b", re.IGNORECASE)
_OPENER = re.compile(r"(?:Its|His|Her|Their|The film['’]s|This)[ ]")
_KNOWN_TAIL = re.compile(r"(?:,[ ][A-Z][\w'’]*(?:[ ][A-Z][\w'’]*){0,5})?[?!]?")
_JOINING_WORD = re.compile(r"[ ](?:with|and|in|on|at|for|from)[ ]")  # not "of", "to": "Edge of Tomorrow", "Back to the Future"


def _sentence_case_title(text: str, run: tuple[int, int], limit: int) -> tuple[int, int]:
    """``run`` with the lower-case words after it that the catalog's title has ("Abre los ojos",
    "Ladri di biciclette": a title in its own language's sentence case), the longest known."""
    words: list[re.Match[str]] = []
    at = run[1]
    # (a capitalised word may follow the lower-case ones: "La Cage aux Folles", "Le Salaire de la Peur")
    while len(words) < 5 and text.startswith(" ", at) and (word := (_LOWER_WORD_RUN.match(text, at + 1, limit)
                                                                    or (_CAPITAL_WORD.match(text, at + 1, limit) if words else None))) \
            and not (word.end() < len(text) and (text[word.end()].isalnum() or text[word.end()] in "'’-")):
        words.append(word)
        at = word.end()
    for count in range(min(5, len(words)), 0, -1):
        if text[run[0]:words[count - 1].end()] in load_gazetteer() and words[count - 1].group() not in _LOWER_TITLE_STOP:
            return run[0], words[count - 1].end()
    return run


_DATED_RUN_END = re.compile(r"[ ]?\((?:1[89]|20)\d\d\)")


def _known_prefix(text: str, run: tuple[int, int]) -> tuple[int, int]:
    """"a remake of Sleuth with Jude Law": a run the catalog does not know, cut before a joining
    word where what precedes is a title it does know ("Sleuth"); otherwise the run as it is."""
    gazetteer = load_gazetteer()
    surface = text[run[0]:run[1]]
    if not len(gazetteer) or surface in gazetteer:
        return run
    for joint in reversed(list(_JOINING_WORD.finditer(surface))):
        if surface[:joint.start()] in gazetteer:
            return run[0], run[0] + joint.start()
    return run


def lower_case_title_at(doc: Doc, position: int, limit: int, *, min_words: int = 2) -> tuple[Span, str, int | None, int] | None:
    """A title typed in lower case in a review typed in lower case, when a catalog knows it and
    it has ``min_words`` words besides an article ("a copy of seven samurai", "giving picnic at
    hanging rock vibes"): the longest such run of up to six words."""
    gazetteer = load_gazetteer()
    words = list(_LOWER_WORD_RUN.finditer(doc.text, position, min(limit, position + 80)))
    for count in range(min(6, len(words)), 0, -1):
        run = words[:count]
        if run[-1].group() in _LOWER_TITLE_STOP or sum(w.group() not in ("the", "a", "an") for w in run) < min_words:
            continue
        span = Span(run[0].start(), run[-1].end())
        surface = span.of(doc.text)
        if " ".join(w.group() for w in run) == surface and surface in gazetteer:
            return span, title_case(surface.upper()), None, span.end
    return None


def lower_case_title_before(doc: Doc, end: int, *, min_words: int = 2) -> Target | None:
    """The lower-case title a catalog knows that ends at ``end`` ("giving la la land vibes"); a
    strong cue may take a title of one word besides an article (``min_words=1``: "the psycho remake")."""
    gazetteer = load_gazetteer()
    floor = max(doc.sentences.at(end).start, end - 80)
    words = list(_LOWER_WORD_RUN.finditer(doc.text, floor, end))
    while words and words[-1].end() < len(doc.text[:end].rstrip()):
        words.pop()  # the run must reach the cue
    for count in range(min(6, len(words)), 0, -1):
        run = words[-count:]
        if run[0].group() in _LOWER_TITLE_STOP - {"the", "a"} or sum(w.group() not in ("the", "a", "an") for w in run) < min_words:
            continue
        span = Span(run[0].start(), run[-1].end())
        surface = span.of(doc.text)
        if " ".join(w.group() for w in run) == surface and surface in gazetteer:
            return Target(title_case(surface.upper()), None, (), span, surface, "")
    return None


def _own_language_prefix(run: str) -> str | None:
    """The words of a capitalised ``run`` up to its first lower-case English word, when the
    lower-case words before it read as another language ("Den stille lejer")."""
    words = run.split(" ")
    if any(word.endswith(("'s", "’s")) for word in words):
        return None  # "Amenábar's Abre los ojos": the owner is read as filler, the title after it
    kept = words[:1]
    for word in words[1:]:
        if word[:1].islower() and not (FOREIGN_WORD.fullmatch(word) and (reads_foreign([word]) or word in FOREIGN_PARTICLES)):
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].lower() in FOREIGN_PARTICLES:
        kept.pop()
    lowers = [word for word in kept[1:] if word[:1].islower()]
    return " ".join(kept) if lowers and reads_foreign(lowers) else None


class TargetFinder:
    """Read the film(s) right after (or right before) a cue.

    Parameters
    ----------
    max_filler_words
        Most words skipped between the cue and the title.
    max_targets
        Most films read from one list.
    """

    def __init__(self, *, max_filler_words: int = 8, max_targets: int = 4) -> None:
        self.max_filler_words = max_filler_words
        self.max_targets = max_targets

    def __call__(self, doc: Doc, start: int, *, many: bool = True) -> list[Target]:
        sentence_end = doc.sentences.at(start).end
        item_start, position = start, self._skip_filler(doc, start, sentence_end, self.max_filler_words)
        targets: list[Target] = []
        named = bool(_FILM_WORDS.search(doc.text, start, position))
        while len(targets) < (self.max_targets if many else 1):
            found = self._title_at(doc, position, sentence_end, allow_names=named)
            if found is None:
                break
            span, title, year, end = found
            if targets and _CLAUSE_SUBJECT.match(doc.text, end) and not doc.mentions_between(span.start, span.start + 1):
                break  # "X (1964), and Tarantino never hid it": a new clause's subject, not a list's next film
            if span.of(doc.text).islower() and set(doc.text[item_start:span.start].lower().split()) - _LOWER_TITLE_FILLER:
                break  # a lower-case title right after its cue only: "giving picnic at hanging rock vibes from the first shot"
            if not many:
                span, title, year, end = self._subtitle(doc, span, title, year, end)
            filler = doc.text[item_start:span.start]
            if year is None:
                years = _YEAR.findall(filler)
                year = int(years[-1]) if years else None
            if year is None:
                # "Het Veen, a 2009 Dutch film", also past an alternate title: "Abre los ojos (Open Your Eyes), the 1997 ..."
                alternate = _ALTERNATE_TITLE.match(doc.text, end, sentence_end)
                dated = _DATED_APPOSITIVE.match(doc.text, alternate.end() if alternate else end, sentence_end)
                comma_year = _COMMA_YEAR.match(doc.text, end, sentence_end)  # "a remake of Mystery of the Wax Museum, 1933, made ..."
                year = full_year((dated.group(1) or dated.group(2)).lstrip("'’")) if dated \
                    else int(comma_year.group(1)) if comma_year else None
            countries = tuple(dict.fromkeys(DEMONYMS[" ".join(d.lower().split())] for d in _DEMONYM.findall(filler)))
            targets.append(Target(title, year, countries, span, span.of(doc.text), filler if len(targets) == 0 else ""))
            aside = _ASIDE.match(doc.text, end, sentence_end)  # "STAR WARS (the trench run), ALIEN"
            join = _LIST_JOIN.match(doc.text, aside.end() if aside else end, sentence_end)
            if join is None:
                break
            # "X and the French Y", "X and last year's Y": a list item has its own few describing words
            item_start = join.end()
            position = item_start
            for _ in range(2):
                piece = _ITEM_FILLER.match(doc.text, position, sentence_end)
                if piece is None or (not piece.group("demonym") and self._title_at(doc, position, sentence_end)):
                    break  # "and Schindler's List": the owner word opens the title itself
                position = piece.end()
        return targets

    def _skip_filler(self, doc: Doc, start: int, sentence_end: int, max_words: int) -> int:
        """Where the title after ``start`` begins, past determiners, adjectives, an owner, a year
        and a nationality (at most ``max_words`` of them)."""
        position, words = start, 0
        while words < max_words:
            if _SAME_NAME.match(doc.text, position):
                break  # "Hitchcock's 1934 movie of the same title, Dr. Ben McKenna ...": the film's own title
            series = _SERIES_START.match(doc.text, position, sentence_end)
            if series:  # "the Japanese film series that began with Ju-On (2000)": its first film
                position, words = series.end(), words + 1
                continue
            made_by = _MADE_BY.match(doc.text, position, sentence_end)
            if made_by:
                position, words = made_by.end(), words + 1
                continue
            studio = _STUDIO_WORD.match(doc.text, position, sentence_end)
            if studio:  # "the Ealing comedy X", "a Hammer horror X": the capital word describes the film
                position, words = studio.end(1), words + 1
                continue
            skipped = _FILLER.match(doc.text, position, sentence_end)
            if skipped is None or _TO_A_PLACE.match(doc.text, position):
                break
            if skipped.group().strip().strip(",").lower() in _STOP_WORDS and not _POINTED_DESCRIPTION.match(doc.text, skipped.start()):
                break
            word = skipped.group().strip().strip(",")
            # "the Dutch thriller Het Veen": a nationality before a lowercase noun describes the film
            # even when a catalog knows a film of that name (Dutch, 1991); so does one before a film
            # named without it ("Alfredson's Swedish Let the Right One In (2008)")
            describes = (word.lower() in DEMONYMS or word.lower() in FILM_LANGUAGES) and (doc.text[skipped.end():skipped.end() + 1].islower()
                                                      or bool(doc.mentions_between(skipped.end(), skipped.end() + 1)))
            if not describes and self._title_at(doc, skipped.start() + len(skipped.group()) - len(skipped.group().lstrip()), sentence_end):
                break
            position, words = skipped.end(), words + 1
        return position

    def before(self, doc: Doc, end: int) -> Target | None:
        """The film named right before ``end`` (for cues that follow their film: "X meets", "X clone")."""
        for mention in doc.mentions_between(max(0, end - 120), end):
            if doc.text[mention.end:end].strip() == "":
                return Target(mention.title, mention.year, (), mention.span, mention.span.of(doc.text), "")
        last_word = doc.text[max(0, end - 30):end].split()[-1:]
        if last_word and last_word[0] == last_word[0].lower() and doc.lower_style:
            return lower_case_title_before(doc, end)
        if doc.caps_style:
            return None
        run = capitalized_run_before(doc.text, end, floor=doc.sentences.at(end).start, max_words=6)
        if run is None:
            return None
        opener = _OPENER.match(doc.text, run[0], run[1])  # "Its Lawrence of Arabia-inspired desert"
        if opener and opener.end() < run[1]:
            run = (opener.end(), run[1])
        surface = doc.text[run[0]:run[1]]
        if is_name(surface) and surface not in load_gazetteer():  # "the film's Vertigo-inspired finale"
            return None
        return Target(title_case(surface), None, (), Span(*run), surface, "")

    def _subtitle(self, doc: Doc, span: Span, title: str, year: int | None, end: int):
        """Join "GODZILLA, KING OF THE MONSTERS" when the second part closes the phrase."""
        if year is not None or doc.text[end:end + 2] != ", ":
            return span, title, year, end
        for second in doc.mentions_between(end + 2, end + 3):
            if second.kind == "caps" and _CLOSES.match(doc.text, second.end):
                joined = Span(span.start, second.span.end)
                return joined, title_case(joined.of(doc.text)), second.year, second.end
        return span, title, year, end

    @staticmethod
    def _foreign_title_at(doc: Doc, position: int, limit: int) -> tuple[Span, str, int | None, int] | None:
        """A title in its own language's sentence case, after a kind of film and the language's
        demonym ("the 1974 Italian film Profumo di donna,", "the French comedy Le Dîner de cons,
        which") or led by a foreign article ("the 1955 thriller Les Diaboliques"): its lower-case
        words belong to it."""
        text = doc.text
        run = _FOREIGN_RUN.match(text, position, limit)
        if run is None or " " not in run.group().strip():
            return None
        before = text[max(0, position - 40):position]
        led_by_article = _FOREIGN_ARTICLE.match(run.group()) is not None
        surface = run.group().rstrip()
        if not _FILM_KIND_BEFORE.search(before) or not (led_by_article or (_FOREIGN_DEMONYM.search(before) and _LOWER_WORD.search(surface))):
            # past a cue, words no English review uses: "a remake of Noční tramvaj, the 1964 Czech thriller"
            own_language = _own_language_prefix(surface)
            if own_language is None:
                return None
            surface = own_language
        bracket = _YEAR_BRACKET.match(text, position + len(surface))
        year = int(bracket.group(1)) if bracket else None
        end = bracket.end() if bracket else position + len(surface)
        return Span(position, position + len(surface)), surface, year, end

    def _title_at(
        self, doc: Doc, position: int, limit: int, *, allow_names: bool = False
    ) -> tuple[Span, str, int | None, int] | None:
        text = doc.text
        while position < limit and text[position] == " ":
            position += 1
        quoted = _QUOTED_TITLE.match(text, position, limit)
        if (quoted and not text[max(0, position - 10):position].rstrip().endswith("so-called")
                and len(quoted.group(1).split()) <= 6 and not _REMARK_WORD.search(quoted.group(1))
                and not (quoted.end(1) == quoted.end() - 1 and _QUOTE_MODIFIES.match(text, quoted.end()))):
            inside = Span(*quoted.span(1))
            bracket = _YEAR_BRACKET.match(text, quoted.end())
            if bracket:
                return inside, title_case(inside.of(text)), int(bracket.group(1)), bracket.end()
            return inside, title_case(inside.of(text)), None, inside.end  # '"Ringu," Hideo Nakata's 1998 film' dates it
        while position < limit and text[position] in " \"“'‘*_":
            position += 1
        foreign = self._foreign_title_at(doc, position, limit)
        if foreign is not None:
            return foreign
        for mention in doc.mentions_between(position, position + 1):
            return mention.span, mention.title, mention.year, mention.end
        if position < limit and text[position].islower() and doc.lower_style:
            return lower_case_title_at(doc, position, limit)
        if doc.caps_style or position >= limit or not text[position].isupper():
            return None
        run = titlecase_run_at(text, position, limit=limit - position)  # a title ends with its sentence
        if run is None or text[run[1]:run[1] + 2] in ("'s", "’s"):
            return None
        surface = text[run[0]:run[1]]
        owner = OWNER.match(surface)
        if owner and surface not in load_gazetteer() and (_OWNER_INSIDE.match(surface) or text[
                slice(*_sentence_case_title(text, (run[0] + owner.end(), run[1]), limit))] in load_gazetteer()
                or any(" " in mention.title for mention in doc.mentions_between(run[0] + owner.end(), run[0] + owner.end() + 1))):
            # "Jan Holm's Dock Lights", "Ozu's Tokyo Story", "Godard's Band of Outsiders (1964)": the owner is
            # skipped as filler, the title (one the catalog knows, or a film mention of more than a word: not
            # "Baker's Dozen (1990)") follows
            return None
        if not _DATED_RUN_END.match(text, run[1]):  # "The Beast from Twenty Feet (1953)": the year dates the whole run
            run = _known_prefix(text, run)
        tail = _KNOWN_TAIL.match(text, run[1], limit)
        if tail and tail.end() > run[1] and text[run[0]:tail.end()] in load_gazetteer():
            run = (run[0], tail.end())  # "O Brother, Where Art Thou?", "Oliver!": the catalog's title
        run = _sentence_case_title(text, run, limit)
        surface = text[run[0]:run[1]]
        if _DESCRIPTION_END.search(surface) or surface in CAPS_STOPWORDS or _OWNER_AND_YEAR.fullmatch(surface):  # "also from MGM": a studio
            return None
        if _FILM_NOUN_AFTER.match(text, run[1]) and (surface not in load_gazetteer() or surface in STUDIOS
                                                     or _YEAR_BEFORE_RUN.search(text, max(0, run[0] - 6), run[0])):
            return None  # "the 1960 Rat Pack movie", "the 1951 Hawks film", "a Hollywood movie": a description of a film, not its title
        first = re.split("['’]", surface.split()[0])[0]  # "I'll", "It's"
        if first in ("I", "He", "She", "It", "They", "We", "You", "This", "That"):
            return None
        if (is_name(surface) and not allow_names and first not in ("The", "A", "An") and surface not in load_gazetteer()
                and not _DATED_APPOSITIVE.match(text, run[1], limit) and not (_YEAR_BRACKET.match(text, run[1]) and first.lower() not in DEMONYMS)):
            return None  # a name after the cue, unless known, dated or said to be a film ("a remake of Sleuth")
        bracket = _YEAR_BRACKET.match(text, run[1])
        if bracket:  # "Miller's Crossing (1990)": the mention finder stops at the possessive
            run = catalogued_tail(text, run, int(bracket.group(1)))  # ("Dustin Hoffman in Tootsie (1982)")
            return Span(*run), title_case(text[run[0]:run[1]]), int(bracket.group(1)), bracket.end()
        return Span(*run), title_case(surface), None, run[1]
