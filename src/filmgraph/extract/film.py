"""The reviewed film and the credits header: a :class:`Doc` in, a :class:`ReviewedFilm` out.

:class:`HeaderParser` reads the credits block that opens many reviews, in the three layouts the
corpora use ("TITLE, THE (director: A; screenwriter: B; cast: C (Role), ..., 1951)",
"TITLE (1999) (Studio) Starring: A, B. Screenplay: C. Director: D." and
"Cast: A, B Director: C Screenplay: D"), list-style headers ("Title:", "Year:", "Director:" lines)
and first-line headlines (:func:`parse_headline`: "Night Harbour (2019)", "Night Harbour, 2019 ★★★½",
"Night Harbour — Ana Pires, 2019", "Review: 'Night Harbour' is ...", a bare title named again below)
into a :class:`Header`. :class:`FilmFinder` then picks the reviewed film's title, year, countries,
directors and writers from the header and the prose; a review with neither names its film as the
subject of "T is a ... film" or after "I watched". A title named only in passing is left to the
learned title model (:mod:`.filmtitle`), which weighs the catalog's word on it with everything else.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("HEAT (director: Michael Mann; cast: Al Pacino (Hanna), 1995)\\nHEAT is long.")
>>> header = HeaderParser()(doc)
>>> header.title, header.year, header.directors[0][0], header.cast[0][:3:2]
('Heat', 1995, 'Michael Mann', ('Al Pacino', 'Hanna'))
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..english import english_words
from ..model import Evidence, PersonRef, ReviewedFilm, Span
from ..titlekeys import ARTICLES, norm_title
from .doc import _LIST_CUE, Doc
from .gazetteer import load_gazetteer
from .hedges import QUESTION, HedgeDetector
from .lexicon import (
    COUNTRY_NAMES,
    DEMONYMS,
    KIN_PATTERN,
    NAME_LEADING_ROLES,
    NOT_NAME_OPENERS,
    SMALL_WORDS,
    STUDIOS,
    demonym_pattern,
)
from .names import (
    NAME_AT_WORD_START,
    NAME_PATTERN,
    clean_name,
    full_name_for,
    is_name,
    name_at_word_start,
    split_names,
    surname,
)
from .targets import lower_case_title_at, lower_case_title_before
from .titles import Mention, full_year, not_a_film_title, title_case, titlecase_run_at

__all__ = ["Header", "HeaderParser", "Headline", "FilmFinder", "norm_title", "parse_headline"]

_LABEL = re.compile(  # also a cinema programme's "Dir. Ann Lee · USA · 170 min"
    # (roles joined by slashes or "and", any order: "director/writer/cinematographer", "Screenplay/Director",
    # "director and writer")
    r"(?<![\w/])(?:((?:director|writer|screenwriter|screenplay|co-writer|editor|producer|cinematographer|composer)s?"
    r"(?:(?:/|\s+(?:and|&)\s+)(?:director|writer|screenwriter|screenplay|co-writer|editor|producer|cinematographer|composer)s?)+|"
    r"directors?\s+of\s+photography|directors?|"
    r"screenwriters?|screenplay(?: by)?|writers?|(?:written (?:and|&) directed|directed (?:and|&) written) by|"
    r"written by|directed by|story|cast|starring|featuring|producers?|"
    r"executive producers?|co-producers?|cinematograph(?:er|y)|photography|music|editors?|editing|"
    r"production design(?:er)?|(?:u\.s\. )?distributor|mpaa (?:rating|classification)|"
    r"running (?:time|length)|(?:u\.s\. )?release date|theatrical aspect ratio|runtime|narrat(?:or|ed by)|"
    r"genre|dir\.?|year|release year|country|countries)\s*:\s*|(?<!\()(?-i:(Dir))\.[ \t]+(?=[A-Z]))",
    re.IGNORECASE,
)
_ROLE_JOIN = re.compile(r"\s*(?:/|\band\b|&)\s*")
_FIELD_SEPARATOR = re.compile(r"[|]|[ \t][·•][ \t]")
# also past an original title in brackets: "DR. AKAGI (KANZO SENSEI) (director/writer: ..."
_SCHWARTZ = re.compile(r"\s*([^()\n]{1,150}?)\s*(?:\([^()\n]{1,80}\)\s*)?\((?=[^)\n]{0,40}?\b(?:director|cast)\w*(?:/\w+)?\s*:)")
_LIST_FIELD = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(original title|(?:film |movie )?title|film|movie|(?:film |movie )?year|release year|released|release date|release|countr(?:y|ies))"
    r"[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$",
    re.IGNORECASE,
)
_YEAR_CELL = re.compile(r"(?:^|[|·•])[ \t]*((?:1[89]|20)\d\d)[ \t]*(?=[|·•]|$)", re.MULTILINE)
_TAIL_YEAR = re.compile(r"[,;]\s*(?:([A-Za-z. /]{2,40}?)\s*[-,]\s*)?((?:1[89]|20)\d\d)\s*\)?\s*$")
_COUNTRY_YEAR = re.compile(r"([A-Z][A-Za-z. /]{1,60}?),\s*((?:1[89]|20)\d\d)\b")
# Schwartz writes the year first: "...; Runtime: 105; 1996-UK/Canada)" (a third of his headers).
_TAIL_YEAR_COUNTRY = re.compile(r"[,;]\s*((?:1[89]|20)\d\d)\s*-\s*([A-Za-z. /-]{2,40}?)\s*\)\s*$")
# Berardinelli's release-date fields: "Date Released: 10/15/93", "U.S. Release Date: beginning 1/12/96",
# "U.S. Availability: 12/15/95 (limited)".
_RELEASE_DATE = re.compile(
    r"\b(?:Date Released|(?:U\.S\. )?Release Date|U\.S\. Availability)\s*:\s*(?:beginning\s+)?"
    r"\d{1,2}/\d{1,2}/(\d\d(?:\d\d)?)\b",
    re.IGNORECASE,
)
_RELEASE_MONTH_YEAR = re.compile(
    r"\b(?:Date Released|(?:U\.S\. )?Release Date|U\.S\. Availability)\s*:[^\n:]{0,40}?\b\d{1,2}(?:-\d{1,2})?/(\d\d)\b(?!/)",
    re.IGNORECASE,
)
_MONTH_ALT = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a day of the month before a year: "..., 13 March", "..., Mar. 13,"
_DAY_AND_MONTH_END = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
    rf"|\b(?:{_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?,?)$"
)
# "The film opens nationwide in the United States on Friday, August 10, 2001." (Rhodes, 75 reviews)
# The verb and date are searched; the subject before them is checked against the title
# afterwards, so that one pattern serves every review.
_OPENS = re.compile(
    rf"\s(?:opens|opened|will open|"
    rf"is (?:scheduled|set|due) to open|premieres|premiered|was released|is released|will be released)\b"
    rf"[^.!?\n]{{0,120}}?\b{_MONTH}\.?\s+\d{{1,2}},\s*((?:19|20)\d\d)\b"
)
# "1994's MIRACLE ON 34TH STREET", "Disney's 1961 film THE ABSENT-MINDED PROFESSOR",
# "his 1995 version of MADAME BUTTERFLY": a year written just before the film's title.
_THIS_YEAR = re.compile(
    # "this 1999 remake", "This 1947 classic, sentimental Christmas movie", "his 1995 version of"
    # (led by a look-ahead for its first letters, which lets the search pass over other positions at once)
    r"(?=[TtHh])\b(?:[Tt]his|(?:[Hh]is|[Hh]er|[Tt]heir)(?=\s+(?:19|20)\d\d\s+(?:version|adaptation|remake|update)\s+of\b))\s+"
    r"(?:[a-z-]+\s+)?((?:19|20)\d\d)\s+(?:[A-Za-z-]+,?\s+){0,3}?(?:film|movie|remake|version|picture|production|"
    r"update|thriller|comedy|drama|horror|western|musical|feature|adaptation|classic)\b"
)
# (the first space written apart: ``re`` skips to a class, not to a repeated one)
_MADE_IN = re.compile(r"\s\s*(?:was|is)\s+(?:first\s+)?(?:made|released|filmed|shot|produced)\s+(?:back\s+)?in\s+((?:19|20)\d\d)\b")
# "When released in 1933, KING KONG was ...", "When it first opened in 1979, Alien ..." (led by
# its word, which ``re`` skips to, the word start checked after it)
_WHEN_RELEASED = re.compile(r"[Ww]hen(?<!\w[Ww]hen)\s+(?:it\s+was\s+|it\s+)?(?:first\s+|originally\s+)?(?:released|opened)\s+in\s+((?:19|20)\d\d),\s+")
_REMAKE_WORD = re.compile(r"\b(?:remake|remade|re-make|remakes)\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(
    r"(?:(?<![\w'’])((?:1[89]|20)\d\d)['’]s\s+|\b(?:[A-Z][\w.-]*['’]s|his|her|their)\s+((?:1[89]|20)\d\d)\s+"
    r"(?:[a-z-]+\s+)?(?:film|movie|picture|feature|version|production|thriller|comedy|drama|classic|remake)\s+"
    r"(?:of\s+|,\s*)?|"
    # "watched the 1986 version of the fly", "we watched the 1986 film CROCODILE DUNDEE"
    r"\b[Tt]he\s+((?:1[89]|20)\d\d)\s+(?:version\s+of|(?:[a-z-]+\s+)?(?:film|movie))\s+)$"
)
# A part's name and, after a comma, what it is: "Sam, cabbie", "Dim, Droog" (not "Nathan Arizona, Jr.")
_DESCRIBED_PART = re.compile(r"([A-Za-z][^,]*?),\s*(?!(?:Jr|Sr|M\.D|Ph\.D)\b|I{2,3}\b)(\S.*)")
_ITEM = re.compile(rf"\s*({NAME_PATTERN}|[A-Z][\w'’-]+)\s*(?:\(([^()]{{1,80}})\))?\s*$")
# A first line that is just "Title (Year)", as many blogs and the bundled reviews start.
_FIRST_LINE_TITLE = re.compile(r"\s{0,20}([A-Z0-9][^\n()]{0,79}?)[ \t]*\((?:1[89]|20)\d\d\)[ \t]*(?:\n|$)")
_SUBJECT = re.compile(r"(?:['’]s)?,?\s+(?:is|was|has|runs|plays|ends|begins|opens|starts|lives|contains|isn['’]t|wasn['’]t|does|doesn['’]t|can|will|would|could|should|may|might|must|never|also|even|tells|follows|features|gets|looks|feels|seems)\b")
# In prose with no header a title is also the subject of verbs of judgement ("X makes ...").
_PROSE_SUBJECT = re.compile(
    rf"{_SUBJECT.pattern}|,?\s+(?:(?:actually|really|finally|also|only)\s+)?"
    r"(?:makes|had|tries|manages|fails|delivers|offers|suffers|lacks|deserves|depicts|portrays|shows|puts|takes|gives|"
    r"captures|explores|chronicles|presents|remains|becomes|succeeds|works|uses|centers|centres|focuses|revolves)\b"
)
_RUNS = re.compile(r"\s+runs\s+\d{1,2}:\d\d|\s+\((?:[A-Z][\w.]*\s?){1,3}\)\s+Starring:")
_EDITION = re.compile(r"\bthe\s+((?:1[89]|20)\d\d)\s+(?:edition|version|production|film|movie)\s+of\s+$")
_DEMONYM = demonym_pattern()
_FILM_NOUN = (
    r"(?:film|movie|offering|production|picture|feature|import|entry|thriller|comedy|drama|version|effort|"
    r"documentary|release|western|epic|remake|musical|melodrama|romance|adventure|fantasy|mystery|satire|"
    r"horror|noir|action|crime|war|samurai|spy|gangster|cartoon|animation|retelling|redo|update|adaptation|re-?imagining|"
    r"caper|heist|farce|spoof|parody|sequel|prequel|biopic|chiller|shocker|slasher|weepie|romp)"
)
# "Mehboob Khan directed it in 1957", "Ann Lee directed this Danish film in 1987": its maker's year for it
_MADE_IT_IN = re.compile(r"\b(?:directed|made|shot|filmed)\s+(?:it|this\s+(?:[A-Za-z-]+\s+){0,3}?" + _FILM_NOUN + r")\s+in\s+((?:19|20)\d\d)\b")
# "this Norwegian thriller", "This Ghanaian-British co-production" (matched against the lower-cased text;
# led by its literal, which ``re`` skips to, the word start checked after it)
# (what a review calls its film besides a film noun: "this Danish chamber piece", "this Australian shocker")
_COUNTRY_NOUN = rf"(?:{_FILM_NOUN}|flick|chiller|shocker|piece|puzzle|tale|debut|sci-fi|one)"
_THIS_COUNTRY = re.compile(rf"this(?<!\wthis)\s+(?:[\w-]+,?\s+){{0,3}}?({_DEMONYM})(?:-({_DEMONYM}))?\s+(?:[\w-]+\s+){{0,2}}?(?:co-)?{_COUNTRY_NOUN}\b")
# "the new Swedish film from Petra Lindahl", "the latest Aussie one by ..." (lower-cased text)
_NEW_COUNTRY_FROM = re.compile(rf"the(?<!\wthe)\s+(?:new|latest)\s+({_DEMONYM})(?:-({_DEMONYM}))?\s+(?:[\w-]+\s+){{0,2}}?{_COUNTRY_NOUN}\s+(?:from|by)\s")
# a details line of a page or a catalogue: "Thriller · 1h 34m · Canada", "Dir. Ann Lee · Italy · 2024 · 104 min"
_DETAILS_SEPARATOR = re.compile(r"[ \t]+[·•|][ \t]+")
_DETAILS_MARK = re.compile(r"\b(?:(?:1[89]|20)\d\d|\d+\s*(?:min|mins|minutes)\b|\d+h(?:\s*\d+m)?\b)")
# a sentence opening on the film described: "The Icelandic film, the first feature from ...", "The Dutch-French production begins with"
_THE_OPENINGS = ("the ", "\"the ", "“the ")
_THE_COUNTRY_OPENS = re.compile(rf"[\"“]?the\s+({_DEMONYM})(?:-({_DEMONYM}))?\s+(?:co-)?(?:film|movie|production|picture|feature)\b")
# "a Norwegian remake", also past an aside and as a language or a pair: "X is, by its director's
# own admission, a Greek-language remake", "the American remake", "a Norwegian-Canadian co-production"
_COUNTRY_DESCRIPTION = (
    # "English-language" is said of films from anywhere
    rf"(?:,[^,.;]{{1,60}},)?\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?!english-language)({_DEMONYM})(?:-(?:language|({_DEMONYM})))?"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:co-)?{_FILM_NOUN}\b"
)
# also in apposition: "The Clerk of Kutaisi, a Georgian-French co-production", ""Traceless," a Dutch-Belgian production"
_IS_COUNTRY = re.compile(rf"(?:,?[”\"]|[”\"]?\s*(?:\s(?:is|was)|['’]s|,)){_COUNTRY_DESCRIPTION}", re.IGNORECASE)
# the film spoken of as "it": "it's a Norwegian-Canadian co-production"
_IT_IS_COUNTRY = re.compile(rf"it(?<!\wit)(?:['’]s|\s+is){_COUNTRY_DESCRIPTION}")  # (lower-cased text)
# "A Danish-Icelandic co-production", "an Italian-Spanish-West German co-production", "a West German
# and French production": every country of the chain (the lower-cased text)
_PRODUCTION_CHAIN = re.compile(
    rf"(?=[atiw])\b(?:an?|the|this|its|was)\s+(?:[\w-]+,?\s+){{0,2}}?((?:{_DEMONYM})(?:(?:-|\s*/\s*|,\s+|,?\s+and\s+)(?:{_DEMONYM}))+)"
    r"\s+(?:co-?)?production\b"
)
# (the chain is searched only before each "production": the pattern tried at every word cost more than the rest of the rule)
_PRODUCTION_REACH = (240, 12)
_CHAIN_JOINS = re.compile(r",?\s+and\s+|-|\s*/\s*|,\s+")  # (", and" before ",")
_NAMED_NEXT = re.compile(r"[ \t]+[\"“*_]?([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)")


def _clause_of_another_film(doc: Doc, at: int, title: str | None) -> bool:
    """Whether the clause at ``at`` ("which Ann Lee directed") follows the title of a film other
    than ``title``, and so tells of that film."""
    before = [m for m in doc.mentions_between(max(0, at - 120), at) if m.span.end <= at]
    if not before:
        return False
    last = max(before, key=lambda m: m.span.end)
    gap = _TITLE_TO_CLAUSE.match(doc.text, last.span.end)
    return gap is not None and gap.end() == at and norm_title(last.title) != norm_title(title or "")


def _names_another(text: str, at: int, title: str) -> bool:
    """Whether a title other than ``title`` follows ``at`` ("the French-Belgian co-production Les Ombres")."""
    named = _NAMED_NEXT.match(text, at)
    return named is not None and norm_title(named.group(1)) != norm_title(title)
_COUNTRY_NAME = "|".join(re.escape(name) for name in sorted(COUNTRY_NAMES, key=len, reverse=True) if len(name) > 3)
# "Denmark", "Denmark/Italy": a film's countries in its details
_COUNTRY_LIST = rf"(?i:{_COUNTRY_NAME})(?:\s*/\s*(?i:{_COUNTRY_NAME}))*"
# "a co-production between Romania and Britain" (the text as written)
_CO_PRODUCTION_BETWEEN = re.compile(rf"\bco-production\s+(?:between|of)\s+((?i:{_COUNTRY_NAME}))\s+and\s+((?i:{_COUNTRY_NAME}))\b")
# ("(Sweden, 2008)", and after its other title, "(Låt den rätte komma in, Sweden 2008)")
_COUNTRIES_IN_DETAILS = re.compile(rf"\s*\((?:[^()\n]{{1,60}}?,\s*)?({_COUNTRY_LIST}),?\s+(?:1[89]|20)\d\d\)")
# A title's details written after it with no verb, the original title perhaps beside it: "Let the
# Right One In (Låt den rätte komma in), Sweden, 2008.", "13 Assassins (十三人の刺客) - Japan, 2010."
_DETAILS_AFTER = re.compile(rf"(?:[ ]\([^()\n]{{1,60}}\))?,?(?:[ ][-–—])?[ ]({_COUNTRY_LIST}),?[ ]"
                            r"((?:1[89]|20)\d\d)\b(?=[.,;:)]|[ ][-–—·]|[ \t]*$)", re.MULTILINE)
# "Lee's Norwegian remake": led by the possessive, the owner read back (a pattern led by a capital is slow)
_POSSESSIVE_COUNTRY = re.compile(rf"['’]s\s+(?:(?:1[89]|20)\d\d\s+)?(?:[a-z-]+\s+){{0,2}}?((?i:{_DEMONYM}))\s+(?:version|remake|film|movie|thriller|comedy|drama|"
                                 r"documentary|western|horror|musical|romance|fantasy|mystery|satire|noir)\b")
_OWNER_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]+)$")
_NAME_JOINER = r"(?:,\s|\s(?:and|&)\s|,\sand\s)"
_NAMES = rf"{NAME_PATTERN}(?:{_NAME_JOINER}{NAME_PATTERN}){{0,3}}"
_SURNAMES = r"[A-Z][\w'’-]+(?:(?:,\s|\s(?:and|&)\s)(?:[A-Z][\w'’-]+\s)*[A-Z][\w'’-]+){0,3}"
# Writers may be joined by "with" ("written by Leone with Ana Ruiz and Jo Gil"); directors not,
# since "directed by A with B" more often names a star.
_NAME_OR_SURNAME = rf"(?:{NAME_PATTERN}|[A-Z][\w'’-]+)"
_WRITER_NAMES = rf"{_NAME_OR_SURNAME}(?:(?:,\s|\s(?:and|&|with)\s|,\sand\s){_NAME_OR_SURNAME}){{0,3}}"
# (a team of writers named together may be long: an animated film's nine)
_TEAM = rf"{NAME_PATTERN}(?:{_NAME_JOINER}{NAME_PATTERN}){{0,9}}"
# "from director Ann Lee", "Director Ann Lee steps back ..." (the last resort: the first one only)
# "director Ann Lee", "the director (Ann Lee)", "The director, Ann Lee,", "the director of GREY HARBOR, Ann Lee",
# "so much here that director Oshima gets right"; not an art director, nor a character who directs ("porno
# director Maxx Orbo (Bo Ek)")
_DIRECTOR_NAMED = re.compile(
    # (the word first, the words before it read back: look-behinds at every position cost more; led by
    # the class of the words' first letters, which ``re`` skips to, the word start and which word it is looked back at)
    rf"[DdFfHh](?<![\w-].)(?:(?<=[Dd])irector(?<!art[ ]director)(?<!casting[ ]director)(?<!program[ ]director)(?<!porno[ ]director)(?:[ ]of[ ][A-Z0-9][^,.;\n]{{2,60}},[ ]|,[ ](?:namely[ ])?|[ ]\(|"
    r"[ ]is[ ](?:someone[ ]|somebody[ ]|a[ ](?:guy|woman|man)[ ])?(?:called[ ]|named[ ])?|[ ])|"
    # (a surname alone only after a lower-case "director": not "Best Director Award")
    rf"(?<=[Ff])ilmmaker[ ]\(?|(?<=[Hh])elmer[ ]\(?|(?<=[Dd])ocumentarian(?<![ ]as[ ]documentarian)(?<![ ]a[ ]documentarian)[ ])((?>{NAME_PATTERN}|(?<=director[ ])[A-Z][a-z]{{2,}}(?![ ][A-Z])))"
)
# who "remakes X" without being a director: studios, and pronouns opening a sentence
_NOT_MAKERS = STUDIOS | frozenset("It He She They We You This That Who Nobody Everyone Everybody Someone Somebody".split())
# A year written anywhere, not inside a date, a path or a number ("2009", not "2009-05-01" or "12009")
_ANY_YEAR = re.compile(r"(?<![\w/.-])(1[89]\d\d|20\d\d)(?![\w/-])")
# Words a reading may take for the film's title that no review means as one: "THE Texas CHAINSAW
# MASSACRE" read up to its case change, "Movie opens with ...", "HOWEVER, this was shocking"
_NEVER_A_TITLE = frozenset("the a an movie film however but and so well overall anyway also then now yes ok okay this that".split())
_MAKER_REMAKES = re.compile(rf"(?<![\w'’\"“])(?<!The )({_NAME_OR_SURNAME})\s+remakes\s+(?=[A-Z\"“]|(?:his|her|their|the)\s)")


@dataclass(frozen=True)
class _ReadBack:
    """A gate found by a word and then the words before it read back: "(film) from", where a
    pattern led by forty nouns is tried at every position of the text and costs ten times more."""

    word: re.Pattern[str]
    before: re.Pattern[str]

    def search(self, text: str) -> bool:
        return any(self.before.search(text, max(0, word.start() - 20), word.start()) for word in self.word.finditer(text))


# (pattern, names a director, names a writer, words of which the text must hold one for the pattern
# to be tried, or a short pattern it must match where the words are too common: scanning every
# review once per pattern cost more than all the matching; a pattern opened by a word is led by it,
# which ``re`` skips to, the word start checked after its first letter: a leading \b has re try every position)
# an e-mail address in angle brackets: a document's author gives one ("Written by Ann Lee <ann@example.org>"), a film's credits do not
_ADDRESS = re.compile(r"<[^<>@\s]+@[^<>\s]+>")
# What a maker is called between "directed by" and the name: "the Danish newcomer", "his long-time
# collaborator", "the accomplished actor"
_DESCRIBED_MAKER = (rf"(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:[a-z-]+|(?i:{_DEMONYM}))\s+){{0,3}}?(?:director|filmmaker|documentarian|"
                    r"newcomer|first-timer|veteran|helmer|husband|wife|brother|sister|son|daughter|pair|duo|team|partner|sibling|"
                    r"collaborator|actor|actress|star|comedian|writer|screenwriter|novelist|playwright|cinematographer|editor|"
                    r"producer|auteur|choreographer|photographer)s?\s+)?")
# A team of writers named together: "writers Trey Parker and Matt Stone", "the writers (Ann Lee, Bo Ek and
# Jo Gil)", "co-writers Ann Lee and Bo Ek", "scripters Ann Lee and Bo Ek" (two names at least, after a
# determiner, a list's comma or a clause's start: "two struggling writers (Ann Lee and Bo Ek)" are parts);
# "the script (Ann Lee and Bo Ek)", "the script (Ann Lee based on the novel by Bo Ek)", "the writing team of Ann Lee
# and Bo Ek", "the screenwriting committee of ...".
# Each names who wrote the film whatever the clause says of their work ("you can't fault the writing
# committee of ..."): read without the clause's hedges and negations.
_WRITING_TEAMS = (
    (re.compile(rf"(?:(?<=[Tt]he[ ])|(?<=[Ii]ts[ ])|(?<=['’]s[ ])|(?<=\band[ ])|(?<=\bby[ ])|(?<=\bof[ ])|(?<=,[ ])|(?<=[.!?][ ])|(?<=\n)|(?<=^))"
                rf"(?:(?:[Cc]o-|[Ss]cript)?[Ww]riters|[Ss]cripters)(?:,[ ]|[ ]\(|[ ])((?={NAME_PATTERN}{_NAME_JOINER}){_TEAM})"),
     ("riters", "cripters")),
    (re.compile(rf"[Ss](?<!\w[Ss])(?:cript|creenplay)[ ]\(({_TEAM})(?:,?[ ](?:based[ ]on|from|adapted[ ]from)[ ][^()]{{1,80}})?\)"),
     ("cript (", "creenplay (")),
    (re.compile(rf"\b(?:screen)?writing\s+(?:team|tandem|duo|committee|partnership)\s+of\s+({_TEAM})"), ("writing",)),
)
# Credits named by a noun for the role, which the clause around them neither hedges nor denies
# ("what disaster director Ann Lee had cooked up, I did not want to think": a role named, not a claim denied)
_ROLE_NAMED = frozenset({_DIRECTOR_NAMED, *(pattern for pattern, _ in _WRITING_TEAMS)})
# How it was written, between "written" and "by": "written on a kindergarten level by", "written with heavy-handed
# cliches by", "scripted wittily by" (no year: "written in 1950 by" may date a novel)
_WRITTEN_HOW = r"(?:\s+[a-z]+ly|\s+(?:on|with|in)\s+(?:an?\s+|the\s+)?(?:[^\W\d]+[ -]){0,2}?[^\W\d]+)?"
# The words that may describe a script between its writer's possessive and the noun: "crisp but powerful"
_DESCRIBING_SCRIPT = r"(?:(?!(?:the|a|an|his|her|their|its)\b)[a-z-]+,?\s+){0,3}?"
_PROSE_CREDITS = (
    (re.compile(rf"\b(?:[Ww]ritten and directed|[Dd]irected and (?:co-)?written)\s+by\s+{_DESCRIBED_MAKER}({_NAMES}|{_SURNAMES})"), True, True, ("irected",)),
    (re.compile(rf"[Ww]riter(?<!\w[Ww]riter)[/-]director\s+({_NAME_OR_SURNAME})"), True, True, ("riter",)),
    # "director/co-writer Ann Lee", "director-writer Ann Lee", "director and co-writer Ann Lee" (or her surname, when the
    # review gives her whole name elsewhere: "writer/director Lee")
    (re.compile(rf"[Dd]irector(?<!\w[Dd]irector)(?:[/-]|\s+and\s+)(?:co-)?(?:screen)?writer\s+({_NAME_OR_SURNAME})"), True, True, ("riter",)),
    # "directed by", "Directed confusingly by", "directed and edited by"
    # (also past a manner, "directed by the numbers by", "Directed on snooze control by", and a film
    # the director is known for, "directed by ONE FALSE MOVE's Carl Franklin")
    (re.compile(rf"[Dd]irected(?<!\w[Dd]irected)(?:\s+[a-z]+ly|\s+and\s+(?:co-)?(?:edited|produced|photographed|shot|co-produced)|"
                rf"\s+(?:by|on|with|at)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?(?=\s+by\s))?\s+by\s+(?:(?:[A-Z0-9][\w'’-]*\s+){{1,5}}?[A-Z0-9][\w-]*['’]s\s+)?"
                rf"(?:and\s+starring\s+|{_DESCRIBED_MAKER})({_NAMES}|{_SURNAMES})"), True, False, ("irected",)),
    # "Jan Kadar and Elmar Klos, who directed together", "Bobby Farrelly and Peter Farrelly, brothers, directed this"
    (re.compile(rf"((?={NAME_PATTERN}\s+(?:and|&)\s+){_NAMES}),\s+(?:who\s+(?:also\s+)?|(?:[a-z-]+\s+){{0,2}}?"
                rf"(?:brothers|sisters|siblings|partners|pair|duo|team),\s+)(?:co-)?directed\b(?!\s+by)"), True, False, ("directed",)),
    # "Ann Lee's directorial debut", "Ann Lee, the film's director and editor,"
    (re.compile(rf"({NAME_AT_WORD_START})(?:['’]s\s+(?:[a-z-]+\s+)?directorial\s+(?:debut|effort|outing|feature)|"
                rf",\s+the\s+(?:film|movie|picture)['’]s\s+(?:co-)?director\b)"), True, False, ("directorial", "s director")),
    # "written by Ann Lee", "written on a kindergarten level by Ann Lee and Bo Ek"
    # (not the review's own: "Summary written by Ann Lee", "Review written by Ann Lee", a manual's "Written by Ann Lee <ann@example.org>")
    (re.compile(rf"(?<![Rr]eview\s)(?<![Ss]ummary\s)(?<![Rr]ecap\s)(?<![Nn]otes\s)\b(?:[Ww]ritten|[Ss]cripted|[Cc]o-written){_WRITTEN_HOW}\s+by\s+({_WRITER_NAMES})"
                rf"(?![\w-])(?!(?:[ \t]+[\w.'’-]+){{0,3}}[ \t]*{_ADDRESS.pattern})"), False, True, ("ritten", "cripted")),
    # "the screenplay by A", "The script, by A and B,", "the script, credited to A and B"
    (re.compile(rf"[Ss](?<!\w[Ss])(?:cript|creenplay),?\s+(?:is\s+|was\s+)?(?:(?:written\s+)?by|credited\s+to)\s+({_WRITER_NAMES})"),
     False, True, ("cript", "creenplay")),
    # "Lind co-wrote the script with Tolland", "Orr, who also wrote the screenplay", "Strachan wrote the screenplay himself",
    # "Ann Lee, Bo Ek and Jo Gil wrote it", "Ann Lee and Bo Ek wrote the new screenplay"
    # (one "and" in a list: "the picture with Irene Dunne, and Bruce Manning and Felix Jackson wrote" names two)
    (re.compile(rf"(?<![\w'’])({_NAME_OR_SURNAME}(?:,\s{_NAME_OR_SURNAME}){{0,2}}(?:,?\s(?:and|&)\s{_NAME_OR_SURNAME})?)(?:,\s+who)?\s+"
                r"(?:also\s+)?(?:co-)?wrote\s+(?:it\b|the\s+(?:[a-z-]+\s+){0,2}?(?:script|screenplay|adaptation)\b)"), False, True, ("wrote",)),
    # "wrote the script with Ann Lee", "wrote it with Ann Lee and Bo Ek", "written by him with Ann Lee",
    # "wrote it with his long-time partner Ann Lee"
    (re.compile(rf"\b(?:(?:co-)?wrote\s+(?:it\s+|the\s+(?:script|screenplay|adaptation)\s+)?|written\s+by\s+(?:him|her|them)(?:self|selves)?\s+)"
                rf"with\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:partner|collaborator|co-writer|brother|sister|wife|husband|son|daughter)\s+)?"
                rf"({_WRITER_NAMES})"), False, True, ("wrote", "written by")),
    # a director who wrote it too: "Ann Lee directed Grey Harbor (2019) and wrote it with Bo Ek", "Ann Lee
    # directed it and wrote the screenplay", "that Ann Lee directed and wrote with Bo Ek", "Ann Lee directed,
    # co-wrote and stars in", "Ann Lee and Bo Ek directed this big, friendly western and wrote it with Jo Gil"
    (re.compile(rf"({NAME_AT_WORD_START}(?:{_NAME_JOINER}{NAME_PATTERN}){{0,3}}),?\s+(?:who\s+(?:also\s+)?)?directed"
                rf"(?:\s+(?:it|this(?:\s+(?:[\w,-]+\s+|\w+-){{0,4}}?{_FILM_NOUN}\b)?|[A-Z][^.;:!?\n]{{0,60}}?))?(?:,\s*(?:and\s+)?|\s+and\s+)"
                r"(?:also\s+)?(?:co-)?wrote\s+(?:it|this|the\s+(?:script|screenplay)|with|and)\b"), True, True, ("directed",)),
    # the same said of this film at more length: "Ann Lee directed this creepy picture in Oslo, and she wrote it
    # with Bo Ek", "Ann Lee directed this comic fable and wrote the script with her sister"
    (re.compile(rf"({NAME_AT_WORD_START}(?:{_NAME_JOINER}{NAME_PATTERN}){{0,3}}),?\s+directed\s+this\s[^.;:!?\n]{{0,80}}?"
                r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:he|she|they)\s+)?(?:also\s+)?(?:co-)?wrote\s+(?:it|the\s+(?:script|screenplay))\b"),
     True, True, ("directed this",)),
    # "Todd Graff's script", "Nedrick Young's crisp but powerful screenplay", "the screenwriter (Christopher Hampton)",
    # "screenwriter Richard LaGravenese", "co-screenwriter Fredrick Kimball", "adapted for the screen by first-timer Corey Mandell"
    # (not "Ann Lee's acting and the script")
    (re.compile(rf"({NAME_AT_WORD_START})['’]s\s+{_DESCRIBING_SCRIPT}(?:script|screenplay)\b"), False, True,
     (re.compile(rf"['’]s\s+{_DESCRIBING_SCRIPT}(?:script|screenplay)\b"),)),
    (re.compile(rf"(?<![\w/-])(?:[Cc]o-)?[Ss]creenwriters?(?:,[ ]|[ ]\(|[ ])({_NAMES})"), False, True, ("creenwriter",)),
    # "The writing by Fred Lebow and Dan Sullivan is marvelous"
    (re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?writing\s+by\s+({_WRITER_NAMES})"), False, True, ("writing by",)),
    *((pattern, False, True, needles) for pattern, needles in _WRITING_TEAMS),
    (re.compile(rf"\badapted\s+(?:for\s+the\s+screen\s+)?by\s+(?:[a-z-]+\s+)?({_NAMES})"), False, True, ("dapted",)),
    # "Somebody named Garth Levinsky directed it", "Ann Lee directed this one", "Ann Lee directed and Bo Ek wrote it"
    # (also "Roman Polanski directed, from Robert Towne's screenplay")
    # (and "John Badham directed, same guy as ...", "dir. Ann Lee (first feature)")
    # (and "Robert Zemeckis directed from a screenplay by Diane Thomas")
    (re.compile(rf"({NAME_AT_WORD_START})\s+directed(?:\s+(?:it|this(?:\s+one)?|the\s+(?:film|movie|thing))\b|,\s+from\b|\s+from\s+(?:(?:an?|the|his|her|their)\s|[A-Z])|(?=[,;.]\s))"),
     True, False, ("directed",)),
    (_DIR_ABBREVIATED := re.compile(rf"(?<![\w.])(?:dir\.|Dir\.)\s+({NAME_PATTERN})"), True, False, ("dir.", "Dir.")),
    # "Ann Lee wrote and directed this glossy drama", "Ann Lee, who directed and wrote it,"
    (re.compile(rf"({NAME_AT_WORD_START}),?\s+(?:who\s+(?:also\s+)?)?(?:(?:co-)?wrote\s+and\s+directed|directed\s+and\s+(?:co-)?wrote)"
                rf"\s+(?:it\b|this\s+(?:[\w,-]+\s+){{0,4}}?{_FILM_NOUN}\b)"), True, True, ("wrote and directed", "directed and wrote", "directed and co-wrote")),
    # "Ann Lee directed this glossy drama", also past an aside on her and beside her other crafts: "John Bailey, a
    # cinematographer by trade, directed this neo-noir", "Shane Carruth, a former engineer, wrote, directed, edited and
    # scored this puzzle film", "Ridley Scott, better known for Alien (1979), made this small comedy"
    (re.compile(rf"({NAME_AT_WORD_START})(?:,\s+[^,.;:!?\n]{{3,90}}?,)?\s+(?:(?:co-)?wrote,?\s+(?:and\s+)?)?(?:directed|made)"
                rf"(?:(?:,|\s+and)\s+[a-z]+){{0,3}}\s+this\s+(?:[\w,-]+\s+|\w+-){{0,4}}?{_FILM_NOUN}\b"), True, False,
     (re.compile(r"\b(?:directed|made)(?:(?:,|\s+and)\s+[a-z]+){0,3}\s+this\b"),)),
    # "with Ann Lee directing", "the first feature from Ann Lee", "the new film from director Ann Lee"
    (re.compile(rf"\bwith\s+({NAME_PATTERN})\s+directing\b"), True, False, ("directing",)),
    # (and "the new Norwegian thriller from Ann Lee", "X is a Danish film by Ann Lee")
    # (and "is a polished and moving feature length documentary by Ann Lee": describing words, no "of" or "the" among them)
    (re.compile(rf"\b(?:(?:first|second|third|new|latest|debut)\s+(?:[\w-]+\s+){{0,2}}?|(?:is|was|['’]s)\s+an?\s+"
                rf"(?:(?!(?:of|the|that|which|from|by|in|on|with|about|for|to|than|and\s+then)\b)[\w-]+\s+){{0,5}}?)"
                rf"{_FILM_NOUN}\s+(?:from|by)\s+(?:(?:[Dd]irector|[Ff]ilmmaker)\s+)?(?:(?i:{_DEMONYM})\s+)?({NAME_PATTERN})"),
     True, False, (_ReadBack(re.compile(r"(?:from|by)\s"), re.compile(rf"{_FILM_NOUN}\s+$")),)),
    (re.compile(rf"({NAME_AT_WORD_START})\s+directed\s+and\s+{NAME_PATTERN}\s+wrote\b"), True, False, ("directed and",)),
    (re.compile(rf"\band\s+({NAME_PATTERN})\s+wrote\s+(?:it|this(?:\s+one)?|the\s+(?:film|movie|thing))\b"), False, True, ("wrote",)),
    # "the 2017 horror film that Ann Lee wrote and directed"
    (re.compile(rf"\b(?:that|which)\s+({NAME_PATTERN})\s+(?:wrote\s+and\s+)?directed\b"), True, False, ("directed",)),
    (re.compile(rf"\b(?:that|which)\s+({NAME_PATTERN})\s+wrote\s+and\s+directed\b"), False, True, ("wrote and directed",)),
    # "Ann Lee directs, from a script by Bo Ek"
    (re.compile(rf"({NAME_AT_WORD_START})\s+directs\b(?!\s+(?:her|his|their)\s+(?:next|last|first))"), True, False, ("directs",)),
    # "including directors Tomas Gutierrez Alea and Juan Carlos Tabio", "directors Ann Lee, Bo Ek and Jo Gil"
    (re.compile(rf"(?<![\w-])[Dd]irectors\s+((?={NAME_PATTERN}{_NAME_JOINER}){_NAMES})"), True, False, ("irectors ",)),
    (_DIRECTOR_NAMED, True, False, ("irector", "ilmmaker", "elmer", "ocumentarian")),
    # "So, Wynorski remakes Curse of the Komodo": the remake's maker (not "Clooney's remake of Solaris",
    # as often another film named in passing)
    (_MAKER_REMAKES, True, False, ("remakes",)),
)
# Who shared the direction: "Ann Lee co-directed it with Bo Ek", "co-directed with Bo Ek", "with Bo Ek as
# co-director" (read beside the other credits: a co-director is seldom the only director named)
_CO_DIRECTING = (
    re.compile(rf"({NAME_AT_WORD_START})\s+co-direct(?:ed|s)\b"),
    re.compile(rf"co-direct(?:ed|s|ing)\s+(?:it\s+|this(?:\s+one)?\s+|the\s+(?:film|movie|picture)\s+)?with\s+({_NAMES})"),
    re.compile(rf"\bwith\s+({NAME_PATTERN})\s+as\s+(?:(?:his|her|their)\s+)?co-director\b"),
)
# What stands between another film's title and "which Ann Lee directed": its year, a comma
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+$")
_TITLE_TO_CLAUSE = re.compile(r"[\"”*_]*(?:\s*\((?:1[89]|20)\d\d\))?,?\s*")
# The partners named before a maker who opens a credit: "Rocky Morton and Annabel Jankel directed",
# "Jean-Pierre Dardenne and Luc Dardenne wrote and directed" (full names only, the first opening its clause)
_CO_MAKERS_BEFORE = re.compile(rf"(?:^|(?<=[.;:!?(]\s)|(?<=\n))[ \t]*{NAME_PATTERN}(?:,\s+{NAME_PATTERN})*,?\s+(?:and|&)\s+$")
# A user review typing its director's name in lower case: "zack snyder directed it", "neil labute directed this"
# (found by its verb, then the two words before it read back: a pattern led by a name is slow)
_LOWER_CASE_DIRECTS = re.compile(r"direct(?:ed|s)\s+(?:it|this)\b")
_TWO_LOWER_WORDS_BEFORE = re.compile(r"(?<![\w'’])([a-z][a-z'’-]+ [a-z][a-z'’-]+)\s+$")
_NOT_NAME_WORDS = frozenset("""the a an and but or so who which that he she they it this guy man woman someone somebody
    director also just really basically actually still then who whoever finally only even never and who's guy's""".split())
_BYLINE = re.compile(rf"[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?:[Ww]ritten|[Rr]eviewed|[Pp]osted)\s+by\s+{NAME_PATTERN}[ \t.]*")
_PLAYED_BY = re.compile(rf"\s*\((?:played by\s+)?({NAME_PATTERN})\)")
_JOINED_FULL_NAME = re.compile(rf"\s*(?:&|and)\s+({NAME_PATTERN})")
_WITH = re.compile(r"\s+with\s+")
# also past a few describing words: "Meng-Hwa Ho's unabashedly hokey MIGHTY PEKING MAN"
_OWNER_BEFORE = re.compile(rf"(?:^|(?<=[\s\"“(]))({NAME_PATTERN})(?:['’]s|(?<=s)['’])\s+(?P<describing>(?:(?:[a-z][\w-]*|(?:1[89]|20)\d\d)\s+){{0,3}})[\"“‘*_]?$")
_PRESENT_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:series|species|news|always|perhaps|was|is|has|as|this|its|his|thus|plus|less|unless|across|tells)\b)[a-z]{2,}s\b(?!['’])")
_PHRASE_WORD = re.compile(r"\b(?:for|of|in|on|at|by|with|about|from|to|the|a|an|and|or|his|her|their|its)\b")
# (whole words: "Peter Hyams's over-the-top END OF DAYS" holds no "the")
_NOT_THIS_FILM = re.compile(r"(?<![\w-])(?:version|remake|adaptation|take|novel|book|play|story|script|screenplay|acting|performance|"
                            r"role|character|turn|of|in|the|a|an)(?![\w-])")  # "James Caan's acting in BOTTLE ROCKET"
# (the owner at the text's start or after a space, a quote or a bracket: no other character right before it)
_OWNER_NAME = name_at_word_start(r"^\s\"“(")
_OWNER_NOUN = re.compile(
    rf"({_OWNER_NAME})['’]s\s+((?:[\w-]+\s+){{0,3}})(?:{_FILM_NOUN}|swan song|valentine|love letter|redo|re-imagining|"
    rf"homage|tribute|ode|follow-up|comeback|opus|debut|outing|venture)s?\b"
)
# "Desmond Aubery's The Fen Parish (1975) is ...": a sentence opened by a maker's possessive
_MAKER_OWNS = re.compile(rf"({NAME_PATTERN})['’]s[ ]")
# What the maker's film is, between the possessive and the title: "Ann Lee's 2019 South Korean
# thriller Night Harbour is ..." (not "Ann Lee's remake of X": that names another film)
_MAKER_DESCRIBES = re.compile(
    r"(?:(?:1[89]|20)\d\d\s+)?(?:(?:[A-Z][a-z]+|[a-z][a-z-]+)\s+){0,3}?(?:film|movie|feature|debut|picture|thriller|"
    r"comedy|drama|documentary|western|epic|musical|melodrama|romance|fantasy|mystery|satire|horror|noir)\s+(?=[A-Z\"“*_])"
)
# "Ann Lee's 2017 comedy", "Ann Lee's 2017 South Korean thriller": the owner is read back from the match.
_OWNED_DATED_FILM = re.compile(rf"['’]s\s+((?:1[89]|20)\d\d)\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+){{0,2}}?{_FILM_NOUN}")
# "What Ann Lee's 2020 drama actually delivers is ...": the owner's film is still the subject.
_CLEFT = re.compile(r"[\s\"“‘'(]*What\s+")
# "the screen version of Alexandre Dumas's THE MAN IN THE IRON MASK": the owner wrote the source.
_ADAPTS = re.compile(r"\b(?:version|adaptation|retelling|take|update|remake|rendition|treatment|based)\s+(?:of|on)\s+(?:the\s+)?$")
_OTHER_FILM = re.compile(
    r"\b(?:last|previous|earlier|first|next|other|prior|former|best|worst|classic|original|finest|greatest|"
    r"better|recent|early|later|own)\b", re.IGNORECASE)
_THIS_IS = re.compile(r"\b(?:[Tt]his|[Ii]t)(?: (?:film|movie))?(?: is|['’]s| was|n['’]t| isn['’]t)"
                      r"(?: (?:easily|probably|possibly|surely|clearly|arguably|simply|also|still|not|really))? $")
_SUPERLATIVE = re.compile(r"(?:(?:very|most|least) )?(?:best|worst|finest|greatest|weakest|strongest|scariest|funniest) ")
_SURNAME = r"(?:Mc|Mac|De|Di|Van|La)?[A-Z][a-z]{2,}"
# Each pattern with the word every match of it holds and how far before and after that word a
# match may reach: a pattern led by a name or a look-behind tries every position of a text, the
# word is found at once, so the pattern is tried only around it (the first match is the same).
# (a surname alone too: "Cromwell's direction", "the direction by Keusch")
_DIRECTION = (
    (re.compile(rf"(?<![\w'’])({NAME_PATTERN}|{_SURNAME})['’]s\s+(?:[a-z-]+\s+)?(?:direction|directing)\b"),
     re.compile(r"direct(?:ion|ing)\b"), 200, 0),
    # "careful direction by Ann Lee", "amateurish direction from Ann Lee", "the uneven direction of Ann
    # Lee" (not a film's art or animation direction)
    (re.compile(rf"(?<![Aa]rt )(?<![Aa]nimation )(?<![Mm]usic )\b(?:[Dd]irection|helming)\s+(?:is\s+)?(?:by|from|of)\s+"
                rf"({NAME_PATTERN}|{_SURNAME}(?![\w'’-]))"),
     re.compile(r"[Dd]irection|helming"), 0, 240),
    (re.compile(rf"\b(?:direction|directed|directing)\s+\(({NAME_PATTERN})\)"), re.compile(r"direct(?:ion|ed|ing)"), 0, 240),
)
# "Title (1990)", also past a closing quote or emphasis: "“Title” (1990)", "*Title* (1990)"
# an original title or a note in brackets after the title: "Let the Right One In (Låt den rätte komma in, 2008)"
_ASIDE_AFTER = re.compile(r"[\"”*_]*\s*\([^()\n]{1,60}\)")
_YEAR_AFTER = re.compile(r"[\"”*_]*\s*\(((?:1[89]|20)\d\d)\)")
# "Joker, released in 2019", "Yi Yi, which opened in 2000": the title's year told in words
_RELEASED_AFTER = re.compile(r"[\"”*_]*,?\s+(?:released|first\s+shown|which\s+opened|opened)\s+in\s+((?:1[89]|20)\d\d)\b")
# A dated title credited to its maker in the same breath: "Ann Lee wrote and directed Night Harbour
# (2019)", "Night Harbour (2019), written and directed by Ann Lee"
_MAKER_VERB = r"(?:(?:co-?)?wrote and (?:co-?)?directed|directed(?: and (?:co-?)?wrote)?)"
_MAKER_CREDITS = re.compile(rf"{NAME_PATTERN}\s+{_MAKER_VERB}\s+$")
# (also after the year's sentence or a bracket of details: "X (Sweden, 2008). Dir. Ann Lee", "<em>X</em> (2002), directed by")
_CREDITED_BY = re.compile(r"[\"”*_]*(?:</[a-z]+>)?,?\s*\([^()\n]{0,60}?\b\d{4}\)[.,]?\s+(?:(?:is|was)\s+)?"
                          rf"(?:(?:(?:co-?)?written and )?[Dd]irected\s+by|[Dd]ir\.|Director:)\s+{NAME_PATTERN}")
# A sentence that opens by crediting an undated title to its maker, its year or what it is beside it:
# "Orson Welles directed Citizen Kane in 1941", "Edward Yang wrote and directed Yi Yi, released in 2000",
# "Tom Tykwer wrote and directed Run Lola Run, a German thriller", "... The Band's Visit, his first feature"
_MAKER_OPENS = re.compile(rf"\s*{NAME_PATTERN}\s+{_MAKER_VERB}\s+"
                          r"(?P<title>[A-Z0-9][^\n.;:()\[\]\"“”]{0,60}?)(?=,?\s+(?:released\s+|which\s+opened\s+|first\s+shown\s+)?in\s+(?:1[89]|20)\d\d\b|"
                          r",\s+(?:an?|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:film|movie|picture|feature|thriller|comedy|drama|"
                          r"western|musical|melodrama|romance|documentary|debut)\b)")
_REMAKE_CUE_WORD = re.compile(r"(?i)\b(?:re-?makes?|remade|re-?do|do-?over|re-?boot|original|version|update[sd]?)\b")
# "David Cronenberg's The Fly from 1986" (not "from 1986 to 1990")
_FROM_YEAR = re.compile(r"[\"”*_]*\s+from\s+((?:1[89]|20)\d\d)\b(?!\s*(?:to|until|through|-|–)\s)")
_SOURCE_WORK = re.compile(
    r"\b(?:novel|book|play|story|song|poem|comic)\s+(?:\w+\s+)?$|"
    # "the 1962 original directed by", but not "Grey Harbor is a 2019 Norwegian drama directed by"
    # (a time is no film: "set in Armagh in 1983 – directed by")
    r"\b(?:original|(?<!is a )(?<!is an )(?<!was a )(?<!was an )(?<!in )(?<!since )(?:1[89]|20)\d\d)\b[^.,;]{0,40}$",
    re.IGNORECASE,
)


# --- headlines ------------------------------------------------------------------------------------
# The first line of a blog post, a web page or a Markdown file often names the film alone:
# "Night Harbour (2019)", "# Night Harbour", "Night Harbour, 2019 ★★★½", "Night Harbour — Ana Pires,
# 2019", "\"Night Harbour\" (2019)", "Review: Night Harbour (2019)", "Night Harbour review – a patient
# drama", "RIFIFI (Jules Dassin - France 1955)", "ROCK STAR / (2001) *** (out of four)".
_YEAR_RE = r"(?:1[89]|20)\d\d"
_LATEST_YEAR = date.today().year + 2  # "Blade Runner 2049" is a title, not a film of 2049
_RATING = re.compile(
    r"\s*(?:(?:--|[-–—|:,])\s*)?(?:[★☆✩✪✫✬✭✮✯⭐]+\s*½?|\*{1,5}\s*½?(?=\s|$|\()|½|\d(?:\.\d)?\s*/\s*(?:4|5|10)\b|"
    r"\(?\s*(?:\d(?:\.\d)?|one|two|three|four|five)\s*(?:stars?\s*)?(?:out of|outta|of)\s*(?:4|5|10|four|five|ten)"
    r"(?:\s*stars)?\s*\)?|\(?\s*out of (?:four|five|4|5)\s*\)?|\(?\s*(?:grade|rating)\s*:\s*[A-F][+-]?\s*\)?)\s*$",
    re.IGNORECASE,
)
# A film's age certificate as listings give it: "(15)", "(12A, 94 mins)", "(PG-13)"
_CERTIFICATE = r"(?:U|PG|PG-13|12A?|15|18|R|NC-17|G|M|MA15\+|R18\+|TV-(?:PG|14|MA))"
# A post's or a listing's note after the title: "[spoilers tagged]", "(12A, 94 mins)", "(PG-13)"
_HEADLINE_NOTE = re.compile(
    r"\s*(?:[\[(][^\[\]()\n]{0,30}\bspoilers?\b[^\[\]()\n]{0,30}[\])]|"
    rf"\((?:(?:{_CERTIFICATE}|cert\.?\s*\w+)"
    r"(?:\s*,\s*\d{2,3}\s*(?:mins?|minutes)\.?)?|\d{2,3}\s*(?:mins?|minutes)\.?)\))\s*$",
    re.IGNORECASE,
)
# a dated title with more of the headline after it: "(2019) sings off-key", "(1983): The Sea Is Yours"
_DATED_THEN_MORE = re.compile(r"\((?:1[89]|20)\d\d\)(?=:\s+\S|\s+[a-z]|"
                              # a verdict in capitals after it: "IRON SKY (2012) - 2 OUT OF 10 - DO NOT BOTHER"
                              r"\s+[-–—|]\s+(?=[^a-z\n]*(?:\d|(?:\s\S+){4}))[^a-z\n]*$)")
# "a second look at The Long Tide", "notes on “Heat”": the film a headline's tagline names
_LOOK_AT_TITLE = re.compile(r"\b(?:at|on|of|about|into|with)\s+[\"“]?([A-Z0-9][^\"“”:\n]{1,60}?)[\"”]?\s*$")
_REVIEW_PREFIX = re.compile(
    # (after any stars around a newsletter's line: "*** THIS WEEK: X ***"; "Reader review - X")
    r"[\s*]*(?:(?:(?:film|movie|dvd|blu-ray|mini|quick|capsule|reader|user|guest|member)s?['’]?\s+)?reviews?\s*[:\-–—|]\s*|\[[^\]\n]{1,20}\]\s*|"
    r"(?:(?:thread|topic|subject|re|fwd?)\s*:\s*)+|"  # a forum post's or an e-mail's subject line ("Subject: Re: X")
    r"(?:title|film|movie)\s*:\s*|"  # "Title: Night Harbour (2019) - not bad"
    r"(?:ep(?:isode)?\.?|no\.|#)\s*\d+\s*[:\-–—|.]\s*|"  # a podcast's "Ep. 87 – Scarface (1983)"
    r"(?:revisited|retrospective|rewatch|second\s+looks?|looking\s+back|flashback|classic\s+corner)\s*:\s*|"
    r"(?:(?:some|a\s+few|brief|quick|more)\s+)?(?:notes|thoughts|musings|reflections)\s+on\s+(?=[A-Z0-9\"“'‘])|(?:a\s+)?review\s+of\s+(?=[A-Z0-9\"“'‘])|"
    r"(?:this\s+week(?:['’]s\s+(?:pick|film|movie|review))?|now\s+(?:showing|playing|streaming)|tonight|featured|"
    r"(?:film|movie|pick)\s+of\s+the\s+week)\s*:\s*|"
    r"(?:just\s+|finally\s+)?(?:watched|rewatched|re-watched|saw|seen)\s*:?\s+(?=[A-Z0-9\"“'‘])|"
    r"[A-Z][\w.'’ -]{0,40}['’]s\s+review\s+of\s+)",
    re.IGNORECASE,
)
# "Friday review: Y tu mamá también (2001)", "Spoken review: High Society (1956)": a column's label,
# then the dated title
_LABELLED_REVIEW = re.compile(r"[^:\n]{1,40}?\breviews?[ \t]*:[ \t]+(?=[A-Z0-9\"“'‘][^\n]*\((?:1[89]|20)\d\d\)[ \t]*$)",
                              re.IGNORECASE)
_COMPANY_WORDS = frozenset("Pictures Films Studios Entertainment Releasing Classics Company Productions Features Video".split())
# (an apostrophe inside a word is part of the title: "'The Ferryman's Ledger'")
_CLOSING_QUOTED = re.compile(r"['’\"”]?\s*(?:\((?:1[89]|20)\d\d\))?[\s.!]*$")
_QUOTED_IN_HEADLINE = re.compile(r"(?:^|(?<=[\s:(]))(['‘\"“])([A-Z0-9](?:[^'‘’\"“”\n]|['’](?=[a-z]))"
                                 r"{0,70}?)(?:['’\"”])(?=$|[\s:,.!?)])")
_REVIEW_SUFFIX = re.compile(
    # also a review site's page title: "Ocean's Eleven (2001) - User Reviews"
    r"\s*(?:[-–—|:]\s*)?\(?(?:(?:a\s+)?(?:film|movie|users?|critics?|audience|customer)['’]?\s+)?reviews?\)?\s*(?:[-–—:|]\s+.*)?$|"
    r"\s*[-–—|:]\s*(?:(?:any\s+)?thoughts|opinions|discuss(?:ion)?|spoilers?)\b[^\n]{0,20}$",  # "Title (2022) - thoughts?"
    re.IGNORECASE,
)
_HEADLINE = re.compile(
    rf"(?P<title>.+?)\s*(?:"
    rf"[(\[](?P<y1>{_YEAR_RE})[)\]]\.?"  # (a line that ends as a sentence does: "Touki Bouki, 1973.")
    rf"|,\s*(?P<y2>{_YEAR_RE})\.?"
    rf"|/\s*\((?P<y5>{_YEAR_RE})\)"
    rf"|[(\[](?P<y6>{_YEAR_RE})[)\]]\s*(?:(?:[-–—,|]\s*)?(?:dir\.?|directed\s+by|by)\s+|[-–—]{{1,2}}\s*)(?P<d3>{NAME_PATTERN})"
    rf"|\((?P<y7>{_YEAR_RE})\s*[,;]\s*(?:dir\.?\s+)?(?P<d4>{NAME_PATTERN})\)"
    rf"|\((?:dir\.?\s+|directed\s+by\s+)?(?P<d1>{NAME_PATTERN})\s*(?:[,;\-–—]\s*(?:(?P<c1>[A-Z][A-Za-z. /]{{1,30}}?)\s*[,\-–—]?\s*)?(?P<y3>{_YEAR_RE}))?\)"
    rf"|\((?P<alt>[^(),\n]{{2,60}}),\s*(?P<y10>{_YEAR_RE})\)"  # "SPOORLOOS (THE VANISHING, 1988)": an alternate title too
    rf"|\s[—–-]{{1,2}}\s*(?:(?:dir(?:ected)?\.?|directed by)\s+)?(?P<d2>{NAME_PATTERN})(?:\s*[,(]\s*(?P<y4>{_YEAR_RE})\)?)?"
    rf"|\s*[·•|]\s*(?P<y9>{_YEAR_RE})\s*[·•|]?"  # a diary's "The Orchard Thieves · 2021 · ★★½"
    rf"|\s+(?P<y8>{_YEAR_RE})"  # "Night Harbour 2019", unless the catalog knows the whole ("Death Race 2000")
    rf")?\s*$"
)
# "Night Harbour is a 2019 Norwegian drama": the year this film is given, after its title
_DATED_DESCRIPTION = re.compile(
    rf"(?:\s+(?:is|was)\s+an?|,\s+(?:a|an|the))\s+(?:[a-z-]+\s+)?((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,3}}?{_FILM_NOUN}\b|"
    # "Parasite, a South Korean film from 2019", "Parasite (Gisaengchung), a film from 2019"
    rf"(?:\s*\([^()\n]{{1,40}}\))?,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_FILM_NOUN}\s+from\s+((?:19|20)\d\d)\b(?!\s*(?:to|until|through|-|–)\s)|"
    # a fact box's brackets after the title: "Night Harbour (PG, 2019, UK) opens on Friday", "(Norway, 2019; 104 min)"
    r"[\"”*_]*\s*\((?:[^()\n,;]{1,25}[,;]\s*)?((?:19|20)\d\d)\s*[,;][^()\n]{0,40}\)"
)
_LEAD_IN = re.compile(r"\s*,?\s*(?:of\s+)?[\"“]?")  # also "John Carpenter's version of The Thing"
# "GREY HARBOR, Ann Lee's new film", "Vanilla Sky is Cameron Crowe's Hollywood remake of ..."
_TITLE_THEN_COMMA = re.compile(r"[\"”]?(?:\s*\((?:1[89]|20)\d\d\))?(?:,\s*|\s+(?:is|was)\s+)")
_CREDIT_LINE = re.compile(r"[ \t]*((?:written\s+and\s+)?directed|written|directed\s+and\s+written)\s+by\s+", re.IGNORECASE)
_DETAILS_LINE = re.compile(rf"[ \t]*\((?:([A-Za-z. ]{{2,30}}),[ \t]*)?({_YEAR_RE})(?:[,;][^()\n]{{0,40}})?\)[ \t]*(?:\n|$)")
# a trade paper's line under the title: "(THRILLER -- COLOR)", "(DRAMA -- B&W)"
_GENRE_COLOR_LINE = re.compile(r"[ \t]*\((?:[A-Za-z][A-Za-z /&-]{2,30}(?:--|[-–—,])\s*)?(?i:colou?r|b&w|b/w|black and white)\)[ \t]*(?:\n|$)")
_MASTHEAD_SPLIT = re.compile(r"[^|]+")
_SPEAKER_END = re.compile(r"(?:\s*\([A-Z ]{2,30}\))?:")  # "SAM (PRESENTER):", "JULIE:"
# what a masthead's parts say besides a title: a section, a day, a season or issue, a page number
_MASTHEAD_PART = re.compile(
    r"(?i)(?:(?:film|films|movie|movies|reviews?|cinema|arts?|culture|entertainment|screen|opinion|this|next|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|spring|summer|autumn|fall|winter|issue|no\.?|"
    r"page|vol\.?|section|edition)\b[\s.,]*|\d+[\s.,]*)+"
)
# (also a British date: "Friday, 18 October 2019")
_ISSUE_DATE = re.compile(r"(?i)\b(?:spring|summer|autumn|fall|winter|issue|vol\.?|no\.)\s+\d|\b" + _MONTH_ALT + r"\s+\d{1,2},?\s+(?:19|20)\d\d\b|"
                         r"\b\d{1,2}\s+" + _MONTH_ALT + r"\s+(?:19|20)\d\d\b")


_DIGIT = re.compile(r"\d")  # every issue date has one: a cheap test before the long pattern


def _masthead(line: str, title: str) -> bool:
    """Whether a capitalised phrase on ``line`` names a publication, section or episode rather than
    a film: "SCREEN SAGA  |  REVIEWS  |  THIS FRIDAY", "SIGHTLINES QUARTERLY  Autumn 2022 | 47",
    "ARTS DRIVE – FRIDAY FILM SEGMENT", "FILM REVIEWS"."""
    return ((" | " in line and any(_MASTHEAD_PART.fullmatch(part.strip()) for part in line.split(" | ")))
            or (_DIGIT.search(line) is not None and _ISSUE_DATE.search(line) is not None) or _NOT_A_TITLE_LINE.search(line) is not None
            or set(title.lower().split()) <= _SECTION_NAMES or _SECTION_LABEL.fullmatch(title) is not None)


# "Poland 2021 · 112 min · b/w" under a title
_COUNTRY_YEAR_LINE = re.compile(rf"[ \t]*({_COUNTRY_LIST}),?[ \t]+({_YEAR_RE})[ \t]*(?:[·•|,]|[-–—][ \t]|\n|$)")
_BREADCRUMBS = re.compile(r"^[^\n]*\s[>›»]\s")
_CRUMB = re.compile(r"(?:(?<=\s[>›»]\s)|^)(?:(?!\s[>›»]\s)[^\n])+")
_HEADLINE_SKIP = re.compile(
    r"^[\s★☆✩✪✫✬✭✮✯⭐*½/0-9.]*(?:stars?|out of (?:four|five|ten|\d+))?[\s)]*$|"
    r"^\s*(?:from|to|cc|date|sent|newsgroups|organi[sz]ation|message-id|lines|path|references|reply-to|followup-to|x-[\w-]+)\s*:|"  # mail and news headers
    # a newspaper's running head: "THE TRIBUNE  *  FRIDAY, AUGUST 6, 1993  *  WEEKEND  D-3", "WEEKEND | MOVIES   Friday, December 7, 2001"
    r"^[^\n]*(?:[ \t]{2,}|[ \t][|*•·][ \t])[^\n]*\b" + _MONTH_ALT + r"\s+\d{1,2},?\s+(?:19|20)\d\d\b[^\n]*$|"
    r"^\s*(?:reviewed|posted|published)\s+in\s+[^\n]{2,40}\s+on\s|^\s*format\s*:|"  # a shop's review lines
    r"^\s*[-=_~*#]{3,}\s*$|"  # a rule under or around a heading
    r"^\W*(?:(?:film|movie|pick|dvd|video)\s+of\s+the\s+(?:week|month|day)|(?:critic|editor)['’]?s['’]?\s+(?:choice|pick)|"  # a section's label
    r"revisited|retrospective|second\s+look|looking\s+back|flashback|capsules?)\W*$|"
    r"^[\W_]*\w+[\W_]*:[\W_]*\d{1,2}\s+" + _MONTH_ALT + r"|"  # "**Recorded:** 9 June 2022"
    r"^\s*(?:\d{1,2}\s+" + _MONTH_ALT + r",?|" + _MONTH_ALT + r"\s+\d{1,2},?)\s+(?:19|20)\d\d\s*$|"  # a date line: "31 March 2004"
    r"^\W*(?:(?:possible|minor|major|mild|some|no|contains?|warning:?)\s+)*(?:spoilers?|warning|note|update|edit)\b|"
    r"^[^\n]*\s[>›»]\s[^\n]*\s[>›»]\s|"  # a forum's breadcrumbs: "Forum: Society > Reviews > New Releases"
    r"^[\s#*/;%>-]*(?:author|reviewer|critic|byline)s?\s*:|"  # a byline's field, in a comment too: "# Author: Ann Lee"
    r"^\s*(?:(?:posted|written|reviewed|review|filed)\s+by\b|by\s+[A-Z]|(?:posted|published|updated)\b|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,|" + _MONTH_ALT + r"\s+\d{1,2},\s*\d{4}\s*$)",
    re.IGNORECASE,
)


@dataclass
class Headline:
    """What a first-line headline states: the title, and perhaps the year, director and country."""

    title: str
    span: Span
    year: int | None = None
    director: tuple[str, Span] | None = None
    country: str | None = None


def _title_like(surface: str) -> bool:
    """Whether a phrase reads as a film title: every word capitalised, a number or a small word."""
    words = surface.split()
    if not words or len(words) > 12 or len(surface) > 80 or not (surface[0].isupper() or surface[0].isdigit()):
        return False
    if surface.endswith((".", ",", ";")) and not re.search(r"\b(?:Mr|Mrs|Dr|St|Jr|Vs)\.$", surface):
        return False
    for word in words:
        core = word.strip("\"'“”‘’()[]:,!?&-–—.")
        if not core or core[0].isupper() or core[0].isdigit() or core.lower() in SMALL_WORDS:
            continue
        if core.lower() in ("de", "la", "le", "du", "des", "del", "der", "von", "et", "y", "e", "o"):
            continue
        return False
    return True


def parse_headline(doc: Doc) -> Headline | None:
    """The film a review's first line names, when that line is a headline and not prose.

    A bare title ("Night Harbour") counts only when the review names it again below; a year, a
    director, a rating or a "Review:" mark makes the line a headline by itself.

    >>> from filmgraph.extract.doc import DocBuilder
    >>> h = parse_headline(DocBuilder()("Night Harbour — Ana Pires, 2019 ★★★½\\n\\nA slow film."))
    >>> h.title, h.year, h.director[0]
    ('Night Harbour', 2019, 'Ana Pires')
    """
    text = doc.text
    first: Headline | None = None
    read_first = masthead = False
    seen = 0  # lines read: an e-mail's header lines, ratings and rules are passed over without counting
    for line in re.finditer(r"[^\n]+", text[:2000]):
        if seen >= 6 or (seen >= 3 and not read_first):
            break
        if " | " in line.group() and not read_first:
            kept = [seg for seg in _MASTHEAD_SPLIT.finditer(line.group()) if not _MASTHEAD_PART.fullmatch(seg.group().strip())
                    and not _ISSUE_DATE.search(seg.group())]
            if len(kept) < len(line.group().split(" | ")):
                # "FILM | THE LONG WAY BACK TO GOVAN": a section named beside the title; with more
                # than one other part ("SCREEN SAGA | REVIEWS | THIS FRIDAY") the line is a masthead
                if len(kept) == 1 and line.group().count(" | ") == 1 and (headline := _parse_headline_line(text, line.start() + kept[0].start(), line.start() + kept[0].end())):
                    read_first, first = True, headline
                    if headline.year or headline.director:
                        return headline
                continue
        if _BREADCRUMBS.match(line.group()) and read_first is False:
            # "FilmForumz > World Cinema > Funny Games (2007) - pointless or genius?", the last crumb first;
            # "Message Boards › 3:10 to Yuma (2007) › Board: 3:10 to Yuma": the dated one
            crumbs = [crumb for crumb in _CRUMB.finditer(line.group()) if crumb.group().strip()]
            for crumb in reversed(crumbs[1:]):
                headline = _parse_headline_line(text, line.start() + crumb.start(), line.start() + crumb.end())
                if headline is not None and (headline.year or headline.director):
                    return headline
        if (not line.group().strip() or _HEADLINE_SKIP.match(line.group()) or set(line.group().lower().split()) <= _SECTION_NAMES
                or _SECTION_LABEL.fullmatch(line.group().strip(" \t#*_"))):
            continue
        start = line.start()
        if not read_first and (value := _record_value(text, start, line.end())) is not None:
            if not _BRACKETED_YEAR.search(line.group()):
                continue  # a data record's fields above its text ("Type: post\nTeam: filmclub"), no headline
            start = value  # the record's dated value is: "Text: The Babadook (2014)"
        seen += 1
        if read_first and _LIST_CUE.match(line.group()):
            break  # "Night Harbour" over "Year: 2019": a credits list, not a second headline
        headline = _parse_headline_line(text, start, line.end())
        if headline is not None and _CRITIC_ON.match(line.group()):
            return headline  # a magazine's 'Ann Lee on "Night Harbour"' below its department and headline
        if headline is not None and headline.year is None and (details := (_DETAILS_LINE.match(text, line.end() + 1)
                                                                        or _COUNTRY_YEAR_LINE.match(text, line.end() + 1))):
            # "NIGHT HARBOUR\n(Norway, 2019, 104 min.)"
            country = COUNTRY_NAMES.get(details.group(1).strip().lower()) if details.group(1) else None
            return Headline(headline.title, headline.span, int(details.group(2)), headline.director,
                            headline.country or country)
        if headline is not None and _GENRE_COLOR_LINE.match(text, line.end() + 1):
            return headline  # "CAPE FEAR\n(THRILLER -- COLOR)": a trade paper's review
        if not read_first:
            read_first, first = True, headline
            if headline is not None and (headline.year or headline.director):
                return headline
            masthead = len(line.group()) <= 60 and not re.search(r"[.!?,;]\s*$", line.group())
        elif headline is not None and first is None and _RULE_LINE.match(text, line.end() + 1):
            return headline  # a heading set off by rules, below lines that name no film ("=====\nTHE BIG ONE: X\n=====")
        elif headline is not None and headline.year and len(line.group()) <= 80 and (
                masthead or norm_title(first.title if first else "") == norm_title(headline.title)
                or (first is None and _BRACKETED_YEAR.search(line.group()) and not _WRITTEN_ON.search(line.group()))):
            # a newsletter's masthead or an e-mail's subject over "THIS WEEK: MARIGOLD STATION (2014)",
            # a bare title over the same title dated
            return headline
    if first is None or first.year is None:
        return _dated_heading(text) or first
    return first


# A dated heading set apart further down a newsletter or a page: "★ THIS WEEK'S PICK\nOCEAN'S ELEVEN
# (2001) — streaming from Saturday", "-----\nTHIS WEEK: LET ME IN (2010)\n-----"
# (The text's first line counts as set apart too. It is matched on its own, so that the patterns of the
# other lines are led by their line break, which ``re`` skips to: a "\A" among the line breaks had it try
# every position.)
_SET_APART = r"\n(?:[ \t]*\n|[ \t]*[-=_~*#★]{3,}[ \t]*\n|[^\n]{0,40}[★#][^\n]{0,40}\n)"
_DATED_LINE = r"([^\n]{2,90}\((?:19|20)\d\d\)[^\n.!?]{0,60})(?=\n)"
# (or timed or rated: "THE LONG QUIET (12A, 94 mins)", "HARROW STREET (15) ★★★★")
_TIMED_LINE = rf"([^\n]{{2,90}}\((?:[^()\n]{{0,12}}\d\d\s*min[^()\n]{{0,3}}|{_CERTIFICATE})\)[^\n.!?]{{0,60}})(?=\n)"
_FIRST_LINE_HEADINGS = tuple(re.compile(line) for line in (_DATED_LINE, _TIMED_LINE))
_SET_APART_HEADINGS = tuple(re.compile(_SET_APART + line) for line in (_DATED_LINE, _TIMED_LINE))
# A title's line over a line of its details, anywhere in a flyer's or a programme's opening: "TOUKI
# BOUKI\nSenegal, 1973 · Wolof and French", "Knife in the Water\n(Poland, 1962)"
_OVER_DETAILS = tuple(re.compile(rf"(?:\A|\n)([^\n]{{2,80}})\n(?={details.pattern})") for details in (_DETAILS_LINE, _COUNTRY_YEAR_LINE))


def _dated_heading(text: str) -> Headline | None:
    """The first heading of the page's first 3,000 characters that dates a title (or gives its
    certificate or running time: "THE LONG QUIET (12A, 94 mins)") and stands on a line set apart (a
    blank line, a rule or a starred label above it); failing that, the first title line there over
    a line of its details ("TOUKI BOUKI\nSenegal, 1973 · ..."), dated by them."""
    end = min(len(text), 3000)
    lines = (*(line for heading in _FIRST_LINE_HEADINGS if (line := heading.match(text, 0, end))),
             *(line for heading in _SET_APART_HEADINGS for line in heading.finditer(text, 0, end)))
    for line in sorted(lines, key=lambda found: found.start()):
        before_year = line.group(1)[:line.group(1).rindex("(")]
        if line.group(1).rstrip().endswith(",") or re.search(r"\w['’]s ", before_year) or (
                ":" in before_year and not before_year.split(":")[0].strip(" ★*#").isupper()):
            continue  # prose running on, another maker's film, a label ("Remake of: X (1986)")
        headline = _parse_headline_line(text, line.start(1), line.end(1))
        if headline is not None and (headline.year or _HEADLINE_NOTE.search(_RATING.sub("", line.group(1)))):
            return headline
    for line in sorted((line for over in _OVER_DETAILS for line in over.finditer(text, 0, end)), key=lambda found: found.start()):
        headline = _parse_headline_line(text, line.start(1), line.end(1))
        details = _DETAILS_LINE.match(text, line.end()) or _COUNTRY_YEAR_LINE.match(text, line.end())
        if headline is not None and details is not None:
            country = COUNTRY_NAMES.get(details.group(1).strip().lower()) if details.group(1) else None
            return Headline(headline.title, headline.span, headline.year or int(details.group(2)), headline.director,
                            headline.country or country)
    return None


# A paragraph that opens on the film it is about ("This British production is a remake of ..."):
# the bare line above it is that film's title.
_THIS_FILM_OPENS = re.compile(rf"This\s+(?:[\w-]+\s+){{0,2}}?(?:{_FILM_NOUN}|production)\s+(?:is|was)\s+an?\s")


def _parse_headline_line(text: str, start: int, end: int) -> Headline | None:
    line = text[start:end]
    if critic_on := _CRITIC_ON.match(line):  # 'Ann Lee on "Night Harbour"': a magazine's byline and title
        return Headline(critic_on.group(1), Span(start + critic_on.start(1), start + critic_on.end(1)))
    if len(line.strip()) > 120 or _LABEL.search(line):
        return None
    marked = False
    cut = len(line)
    while True:
        rating = _RATING.search(line, 0, cut)
        if not rating or rating.start() == 0:
            break
        cut, marked = rating.start(), True
    while (note := _HEADLINE_NOTE.search(line, 0, cut)) and note.start() > 0:
        cut, marked = note.start(), True
        while (rating := _RATING.search(line, 0, cut)) and rating.start() > 0:
            cut = rating.start()
    prefix = _REVIEW_PREFIX.match(line, 0, cut)
    first = prefix.end() if prefix else 0
    while prefix and (prefix := _REVIEW_PREFIX.match(line, first, cut)) and prefix.end() > first:
        first = prefix.end()  # "Subject: Reader review - X": one label after another
    if labelled := _LABELLED_REVIEW.match(line, first, cut):
        first = labelled.end()
    marked = marked or first > 0
    suffix = _REVIEW_SUFFIX.search(line, first, cut)
    after = _QUOTED_IN_HEADLINE.search(line, suffix.start(), cut) if suffix else None
    if after and _title_like(after.group(2)):  # "Busan Film Festival review: 'The Ferryman's Ledger'"
        surface = after.group(2)
        return Headline(title_case(surface) if surface.isupper() else surface, Span(start + after.start(2), start + after.end(2)))
    if suffix and suffix.start() > first:
        cut, marked = suffix.start(), True
    # (also an emoji before a post's title: "🧵 THE NIGHT ROAD (2024) — some thoughts")
    while first < cut and (line[first] in " \t#>*_" or (not line[first].isalnum() and line[first] not in "\"“'‘(«" and ord(line[first]) > 0x2000)):
        first += 1
    # "Night Harbour: a slow burn", "Night Harbour (2019) - a cold remake", and in a line that is no
    # sentence "Night Harbour, four years on"
    if ((dated := _DATED_THEN_MORE.search(line, first, cut)) and _title_like(line[first:dated.start()].strip(" \"“”"))
            and line.split()[-1].lower() not in SMALL_WORDS | {"is", "was", "has"}):  # (not prose wrapped: "X (1955) is one of the")
        cut, marked = dated.end(), True  # "Salt Marsh (2019) sings off-key", "Salt Marsh (1983): The Sea Is Yours"
    separators = r"(?::|[ \t](?:--|[-–—+]))" if re.search(r"[.!?][\"”'’)]*\s*$", line) else r"(?::|,|[ \t](?:--|[-–—+]))"
    tagline = re.search(separators + r"[ \t]+(?:a|an|the|[a-z][a-z'’-]*)\b[^:]*$", line[first:cut])
    if tagline and tagline.group().lstrip().startswith("--") and line.rstrip().endswith("."):
        tagline = None  # "Secrets -- every family has them." opens the prose
    looked_at = _LOOK_AT_TITLE.search(tagline.group()) if tagline else None
    if tagline and looked_at and _title_like(looked_at.group(1)) and len(title_spans(text[end:], looked_at.group(1))) > len(
            title_spans(text[end:], line[first:first + tagline.start()].strip())):
        # "Tides in the Statehouse: a second look at The Long Tide": the film is the one the review names more
        at = first + tagline.start()
        first, cut, marked, tagline = at + looked_at.start(1), at + looked_at.end(1), True, None
    if tagline:  # "Night Harbour: a slow burn worth the wait", "Night Harbour (2019) - a cold remake"
        # (after a comma the title must be named again: "Slick, fun, forgettable" is a summary line)
        cut, marked = first + tagline.start(), marked or not tagline.group().startswith(",")
        while (rating := _RATING.search(line, first, cut)) and rating.start() > first:
            cut = rating.start()  # "Night Harbour (2019) 7/10 - better than it had any right to be"
    match = _HEADLINE.match(line, first, cut)
    quoted = _QUOTED_IN_HEADLINE.search(line, first, cut)
    sentence_like = re.search(r"[.!?][\"”'’)]*\s*$", line) is not None
    # (one quoted word alone is as often a word quoted: ""Re-imagining" my foot")
    if (quoted and _title_like(quoted.group(2)) and (prefix or suffix or (not sentence_like and (
            " " in quoted.group(2) or _named_again(text, quoted.group(2), end) or quoted.group(2) in load_gazetteer())))
            and (match is None or not _title_like(match.group("title").strip(" \t,:;/-–—"))
                 or (_CLOSING_QUOTED.match(line, quoted.end()) and line[:quoted.start()].rstrip().endswith(":")))):
        # "Review: 'Night Harbour' is a slow burn", "'Night Harbour' review: worth the wait", a column's
        # headline closed by the film quoted after a colon ("Counselor, Come Out and Play: 'Cape Fear'")
        dated = _YEAR_AFTER.match(line, quoted.end())
        surface = quoted.group(2)
        return Headline(title_case(surface) if surface.isupper() else surface,
                        Span(start + quoted.start(2), start + quoted.end(2)), int(dated.group(1)) if dated else None)
    subject = None if sentence_like else _HEADLINE_SUBJECT.match(line, first, cut)
    if subject and (match is None or not _title_like(match.group("title").strip(" \t,:;/-–—"))):
        # "Ghost Frequency is the scariest radio show you'll never hear": a headline's subject,
        # unless the review goes on to cast it ("Ann Lee as Mara", "(Ann Lee)")
        surface = subject.group(1)
        if _title_like(surface) and surface.split()[0] not in _PROSE_OPENERS and not re.search(
                rf"\(\s*{re.escape(surface)}\s*\)|\b{re.escape(surface)}\s+(?:as|plays|stars)\b", text):
            return Headline(title_case(surface) if surface.isupper() else surface,
                            Span(start + subject.start(1), start + subject.end(1)), None)
    if match is None:
        return None
    t_start, t_end = match.span("title")
    surface = line[t_start:t_end].rstrip(" \t,:;/-–—")
    t_end = t_start + len(surface)
    if len(surface) >= 2 and surface[0] in "\"“'‘" and surface[-1] in "\"”'’":
        surface, t_start, t_end, marked = surface[1:-1].strip(), t_start + 1, t_end - 1, True
    bracket_dated = any(match.group(g) for g in ("y1", "y10"))
    if surface.islower() and len(surface.split()) <= 8 and ((marked and surface in load_gazetteer()) or (
            bracket_dated and len(surface.split()) <= 6 and any(s >= end for s, _ in title_spans(text, surface)))):
        # "gone in 60 seconds ★★½": a title typed in lower case that a catalog knows; "lantern night (2021)": one
        # dated and named again below
        surface = " ".join(w if i and w in SMALL_WORDS else w.capitalize() for i, w in enumerate(surface.split()))
    if ": " in surface and not _title_like(surface) and _title_like(tail := surface.split(": ", 1)[1]) and (
            any(match.group(g) for g in ("y1", "y2", "y3")) or _named_again(text, tail, end)):
        t_start, surface = t_start + len(surface) - len(tail), tail  # "Thursday screening: SABRINA (1995)"
        t_end = t_start + len(surface)
    if anniversary := _ANNIVERSARY.search(surface):  # "Chinatown at fifty: the water, the money, and the nose"
        surface, marked = surface[:anniversary.start()], True
        t_end = t_start + len(surface)
    shop_year = None
    while product := _FORMAT_SUFFIX.search(surface):  # "Harbour of Wolves [Blu-ray]", "Point Break (Special Edition) [DVD]": a shop's product line
        surface, marked = surface[:product.start()], True
        shop_year = shop_year or (int(product.group("year")) if product.group("year") else None)
        t_end = t_start + len(surface)
    if (alternate := _ALTERNATE_TITLE.search(surface)) and _title_like(surface[:alternate.start()]) \
            and surface not in load_gazetteer():
        # "Winter Orchard Elegy (Elegia zimowego sadu)", "Harakiri, or Seppuku": the other title beside it
        # (not a title's own: "Dr. Strangelove, or How I Learned to Stop Worrying and Love the Bomb")
        surface = surface[:alternate.start()]
        t_end = t_start + len(surface)
    if (not _title_like(surface) or set(surface.lower().split()) <= _SECTION_NAMES or _SHOUTED.search(surface)
            or all(part.strip().lower() in COUNTRY_NAMES for part in re.split(r"/|,|&|\band\b", surface))):
        return None  # "West Germany/France, 1979" gives the film's countries, not its title
    if _NOT_A_TITLE_LINE.search(line) and not match.group("y1"):
        return None  # "SECOND REEL PODCAST - Episode 48 - transcript"
    gazetteer = load_gazetteer()
    if ": " in surface and not _named_again(text, surface, end) and surface not in gazetteer:
        # "THE BIG ONE: RIDERS OF THE PALE CANYON" over a review of RIDERS OF THE PALE CANYON,
        # "REPERTORY NOTES: THE MAGNIFICENT SEVEN (1960)" where a catalog knows the film
        tail = surface.split(": ", 1)[1]
        if _title_like(tail) and (_named_again(text, tail, end) or tail in gazetteer):
            t_start, surface = t_start + len(surface) - len(tail), tail
            t_end = t_start + len(surface)
    year_groups: tuple[str, ...] = ("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y9", "y10", "y8")
    if match.group("y8") and (int(match.group("y8")) > _LATEST_YEAR or f"{surface} {match.group('y8')}" in load_gazetteer()):
        surface, t_end, year_groups = line[t_start:match.end("y8")], match.end("y8"), year_groups[:-1]
    year = next((int(match.group(g)) for g in year_groups if match.group(g)), shop_year)
    if year is not None and _DAY_AND_MONTH_END.search(surface):
        return None  # "Source: Harbourside Film Notes, 13 March 2026": a dateline, the day's year no film's
    d_group = next((g for g in ("d1", "d2", "d3", "d4") if match.group(g)), None)
    director = None
    if d_group:
        name = clean_name(match.group(d_group))
        if (not is_name(name) or name.isupper() or name.split()[0] in NOT_NAME_OPENERS) and d_group == "d1" and match.group("y3"):
            d_group = None  # "SPOORLOOS (THE VANISHING, 1988)": an alternate title before the year
        elif not is_name(name) or name.split()[0] in NOT_NAME_OPENERS:
            if d_group != "d1" or not _title_like(name):
                return None
            d_group = None  # "Festen (The Celebration)": the other title beside it, not its director
    if d_group:
        if name.split()[-1] in _COMPANY_WORDS:  # "THE MUSKETEER (Universal Pictures)" names the studio
            marked = True
        else:
            director = (name, Span(start + match.start(d_group), start + match.start(d_group) + len(name)))
    if year is None and director is None and not marked:
        # A bare title: a line of its own, above a list of credits or named again below.
        if "\n" not in text[end:end + 1]:
            return None
        following = text[end:end + 400].lstrip().partition("\n")[0]
        if _HEADLINE_SKIP.match(following):  # "The Salt Road\n★★★☆☆\n\nDirected by ...": past its rating
            following = text[end:end + 400].lstrip().partition("\n")[2].lstrip().partition("\n")[0]
        if _REVIEW_BYLINE_LINE.match(following):
            marked = True  # "SCENT OF A WOMAN\nA film review by Ann Lee": the archive's header
        elif _BYLINE_LINE.match(following):  # "Night Harbour\nBy Ann Lee\n\nDirector: ...": past the byline
            following = text[end:end + 400].lstrip().partition("\n")[2].lstrip().partition("\n")[0]
        if (_LIST_CUE.match(following) or _LABEL.match(following) or _THIS_FILM_OPENS.match(following) or _CREDIT_LINE.match(following)
                or _COUNTRY_YEAR_LINE.match(following) or _DETAILS_LINE.match(following) or _GENRE_COLOR_LINE.match(following)
                or _opens_field_block(text, end)):
            marked = True
    if year is None and director is None and not marked:
        if not _named_again(text, surface, end):
            # "Night Harbour Is a Cold Remake": the longest start of the headline named again below
            words = surface.split()
            surface = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                            if _named_again(text, " ".join(words[:k]), end, strict=k == 1)), "")
            if not surface or surface.split()[-1].lower() in SMALL_WORDS:
                return None
            t_end = t_start + len(surface)
    if (owned := _OWNED_TITLE.match(surface)) and surface not in gazetteer and (
            (" " in owned.group(2) and owned.group(2) in gazetteer) or (owned.group(2).isupper() and not owned.group(1).isupper())):
        # "Carpenter's THE THING (1982): still the best remake?": the maker's film, not a title with a
        # possessive in it ("Ocean's Eleven", which a catalog knows whole); the maker named in full
        # here or, by the surname, below ("John Carpenter and his screenwriter")
        maker = owned.group(1)
        if " " not in maker and (full := re.search(rf"\b((?:[A-Z][a-z]+\s+){{1,2}}){re.escape(maker)}\b", text[end:])):
            maker_span = Span(end + full.start(), end + full.end())
            maker = full.group()
        else:
            maker_span = Span(start + t_start, start + t_start + len(maker))
        if director is None and len(maker.split()) > 1 and is_name(maker):
            director = (maker, maker_span)
        t_start += owned.start(2)
        surface = owned.group(2)
    title = title_case(surface) if surface.isupper() else surface
    country = COUNTRY_NAMES.get((match.group("c1") or "").strip().lower())
    return Headline(title, Span(start + t_start, start + t_end), year, director, country)


@dataclass
class Header:
    """What a credits header states.

    ``directors``, ``writers`` and ``cast`` hold names with the span they were read from; a cast
    entry is ``(actor, actor span, character or None, character span or None)``.
    """

    title: str | None = None
    title_span: Span | None = None
    year: int | None = None
    countries: list[str] = field(default_factory=list)
    directors: list[tuple[str, Span]] = field(default_factory=list)
    writers: list[tuple[str, Span]] = field(default_factory=list)
    cast: list[tuple[str, Span, str | None, Span | None]] = field(default_factory=list)
    genres: list[str] = field(default_factory=list)


# "Robert Downey, Jr., Charles Grodin": a generational suffix is the name's, not a list's next entry
_SUFFIX_AFTER_COMMA = re.compile(r",[ ]?(?:Jr|Sr)\.?(?=[ ]*(?:[,;()]|$|\n|[ ]and\b))")


def _top_level_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, depth, piece_start, i = [], 0, start, start
    while i < end:
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and ((char == "," and not _SUFFIX_AFTER_COMMA.match(text, i)) or text.startswith(" and ", i)):
            pieces.append((piece_start, i))
            i += 5 if char == " " else 1
            piece_start = i
            continue
        i += 1
    pieces.append((piece_start, end))
    return pieces


# In a header, "Directed by A.", "Screenplay by B, from the novel by C.", "Written by D and E."
_HEADER_BY = re.compile(
    r"(?<![\w-])((?:written and )?directed|written|screenplay|script|co-written)\s+by\s+([^.;·|()]{3,80}?)(?=\s*(?:[.;·|(]|,\s+(?:from|this|it|the|a|an)\b|$)|\s{2,}|\s+[A-Z][a-z]+:|"
    r"\s+and\s+(?:written|directed|co-written|produced|edited)\b)",
    re.IGNORECASE,
)
_NEXT_CREDIT_LINE = re.compile(
    r"\n(?=[ \t]*(?:Featuring|Starring|With|Reviewed|Review|Written|Directed|Screenplay|Produced|Music|Cast|Running|Rated|"
    r"Copyright|Director|Writer)\b)"
)
# "Starring A, B and C.", "With A as Walt, B as Terry, and C as Augie."
_HEADER_WITH = re.compile(
    r"(?<![\w-])(?:starring|with|featuring)\s+([^.;·|():]{3,300}?)"
    r"(?=\s*[.;·|]|\s*$|\s{2,}|\s+(?:Reviewed|Review|Written|Directed|Screenplay|Produced|Music)\s+by\b)",
    re.IGNORECASE,
)
_AS_ITEM = re.compile(rf"(?P<actor>{NAME_PATTERN})(?:\s+as\s+(?P<char>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}}))?")


def _is_byline(text: str, at: int) -> bool:
    """Whether the line at ``at`` is "Written by Ann Lee" alone, with no "Directed by" line
    beside it: the review's byline, not a credit."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if not _BYLINE.fullmatch(text, start, end):
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]
    after = text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)]
    return not any(_CREDIT_LINE.match(line) for line in (before, after))


# What a credit's value runs on to after a full stop: "Ann Lee. 112 mins.", "Ann Lee. Reviewed by Bo Ek."
# (also the next field's label when its colon is missing: "Director: Ann Lee Producers Bo Ek, Cy Dunn")
_FIELD_TAIL = re.compile(r"\.\s+(?:\d|[A-Z][a-z]+ed\s+by\b)[^\n]*$|\s+(?:(?:Executive\s+)?Producers?|Screenplay|Music|"
                         r"Cinematography|Editors?|Starring|Cast)\s+(?=[A-Z])[^\n]*$")
# an entry of a credit's slash list that names its source, not a writer: "from the play by Ann
# Lee", "from Peter Bowman's novel "Sunday Red Beach"", "short story by Ernest Hemingway"
_SOURCE_ENTRY = re.compile(r"\s*(?:from|based\s+on|adapted\s+from|suggested\s+by|(?:(?:an?|the)\s+)?(?:(?:original|short|screen|suggested)\s+)?"
                           r"(?:story|novel|play|book|texts?)\b|the\b[^/;]*?\b(?:by|of)\b)", re.IGNORECASE)
_UNCREDITED = re.compile(r"\s*\(uncredited\)", re.IGNORECASE)
# A director's credit line by itself under a listing: "Dir: Ann Lee. 112 mins."
_DIRECTOR_LINE = re.compile(r"[ \t]*(?:[Dd]ir(?:ector)?s?\.?|[Dd]irected by)[ \t]*:")


def _dated_otherwise(text: str, title_end: int, year: int | None) -> bool:
    """Whether the title ending at ``title_end`` is dated "(YEAR)" with a year other than the film's."""
    dated = _YEAR_AFTER.match(text, title_end)
    return dated is not None and year is not None and int(dated.group(1)) != year


def _credit_block(doc: Doc, *, within: int = 3000) -> list[Span]:
    """A list of credits below the opening prose ("Director: Ann Lee" and "Cast: ..." lines after
    a blog post's first paragraph): two or more labelled lines in a row (or a blank line apart), or a
    director's line alone, near the top."""
    text, found = doc.text, []
    block: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.start() >= within:
            break  # (a line is read whole, even past the limit)
        labelled = line.start() >= doc.header_end and _LIST_CUE.match(text, line.start(), line.end())
        if labelled and (not block or text.count("\n", block[-1].end, line.start()) <= 2):  # (one a paragraph too)
            block.append(Span(line.start(), line.end()))
            continue
        if len(block) >= 2 or (block and _DIRECTOR_LINE.match(text, block[0].start)):
            found.extend(block)
        block = [Span(line.start(), line.end())] if labelled else []
    if len(block) >= 2 or (block and _DIRECTOR_LINE.match(text, block[0].start)):
        found.extend(block)
    return found


class HeaderParser:
    """Parse the credits header of a review.

    Parameters
    ----------
    max_cast
        Most cast entries read from one header.
    """

    def __init__(self, *, max_cast: int = 60) -> None:
        self.max_cast = max_cast

    def __call__(self, doc: Doc) -> Header:
        header = Header()
        text = doc.text
        for line in _credit_block(doc):
            self._list_field(text, line, header)
            self._labelled(text, line, header)
        self._credit_sentences(doc, header)
        for line in doc.header_lines:
            self._list_field(text, line, header)
            self._title(doc, line, header)
            labels = self._labelled(text, line, header)
            credit = _CREDIT_LINE.match(text, line.start, line.end) if not labels else None
            # "Written by Ann Lee" alone under a blog's headline is its byline: a writing credit
            # needs a directing one beside it ("Directed by Bo Ek\nWritten by Ann Lee"), and gives no
            # address ("Written by Ann Lee <ann@example.org>", a manual page's author)
            if credit and credit.group(1).lower() == "written" and (_ADDRESS.search(text, credit.end(), line.end) or not any(
                    _CREDIT_LINE.match(text, other.start, other.end) or _LABEL.search(text, other.start, other.end)
                    for other in doc.header_lines if other != line)):
                credit = None
            if credit:  # "Directed by Ana Pires" as a header line of its own, no colon
                kind = credit.group(1).lower()
                self._field(text, "writer/director" if " and " in kind else "director" if kind.startswith("direct") else "writer",
                            credit.end(), line.end, header)
            if (labels or credit) and header.year is None:  # "Directed by Ann Lee · 2024 · 118 min"
                cell = _YEAR_CELL.search(text, line.start, line.end)
                if cell:
                    header.year = int(cell.group(1))
            tail = _TAIL_YEAR.search(text, line.start, line.end)
            if tail and header.year is None and text[line.start:line.end].rstrip().endswith(")"):
                header.year = int(tail.group(2))
                self._country(tail.group(1), header)
            tail = _TAIL_YEAR_COUNTRY.search(text, line.start, line.end)
            if tail and header.year is None:
                header.year = int(tail.group(1))
                self._country(tail.group(2), header)
            details = _DETAILS_LINE.match(text, line.start)
            if details and header.year is None:  # "(Norway, 2019, 104 min.)" under the title
                header.year = int(details.group(2))
                self._country(details.group(1), header)
            lead = _COUNTRY_YEAR.match(text, line.start, line.end)
            if lead and all(p.strip().lower() in COUNTRY_NAMES for p in lead.group(1).split("/")):
                self._country(lead.group(1), header)
                header.year = header.year or int(lead.group(2))
            released = _RELEASE_DATE.search(text, line.start, line.end)
            if released and header.year is None:
                header.year = full_year(released.group(1))
            month_year = _RELEASE_MONTH_YEAR.search(text, line.start, line.end)
            if month_year and header.year is None and int(month_year.group(1)) > 31:
                header.year = full_year(month_year.group(1))  # "limited release 4/95" (a day is never over 31)
        footer = _CREDITS_FOOTER.search(text) if header.title is None and "irected by" in text else None
        if footer and _title_like(footer.group(1)) and not (
                "," in footer.group(1) and all(is_name(part) for part in re.split(r",\s*|\s+and\s+", footer.group(1)))):
            # a newspaper's closing "KESTREL. Directed by ..." outranks its headline (not a list of
            # producers before "Directed by" in a trade paper's credits paragraph)
            surface = footer.group(1)
            header.title, header.title_span = (title_case(surface) if surface.isupper() else surface), Span(*footer.span(1))
            header.year = header.year or (int(footer.group(2)) if footer.group(2) else None)
        if header.title is None or header.year is None:
            headline = parse_headline(doc)
            if headline is not None and header.title is not None and not (
                    headline.year and norm_title(headline.title) != norm_title(header.title)):
                headline = None  # a dated headline below a header's undated caps line ("NEW ON VIDEO") names the film
            if headline is not None:
                header.title, header.title_span = headline.title, headline.span
                header.year = header.year or headline.year
                if headline.director and not header.directors:
                    header.directors.append(headline.director)
                if headline.country and headline.country not in header.countries:
                    header.countries.append(headline.country)
        return header

    def _credit_sentences(self, doc: Doc, header: Header) -> None:
        """Credits written as sentences in the header, wrapped across its lines: "Directed by Sam
        Kettering.  Screenplay by Lou Abernathy, from the novel by Grace Pell.  With Hank Dorsey
        as Walt Brisco, Maxine Loring as Terry, and Floyd Ramirez as Augie." """
        if not doc.header_end:
            return
        # the same offsets, lines joined, except where the next line starts another credit
        flat = _NEXT_CREDIT_LINE.sub("|", doc.text[:doc.header_end]).replace("\n", " ")
        for credit in _HEADER_BY.finditer(flat):
            kind = credit.group(1).lower()
            if kind == "written" and _is_byline(doc.text, credit.start()):
                continue
            label = "writer/director" if "and" in kind else "director" if kind.startswith("direct") else "writer"
            self._field(flat, label, credit.start(2), credit.end(2), header)
        for cast in _HEADER_WITH.finditer(flat):
            for item in _AS_ITEM.finditer(flat, cast.start(1), cast.end(1)):
                actor = clean_name(item.group("actor"))
                if is_name(actor) and actor not in (a for a, *_ in header.cast) and len(header.cast) < self.max_cast:
                    character = clean_name(item.group("char")) if item.group("char") else None
                    header.cast.append((actor, Span(*item.span("actor")), character,
                                        Span(*item.span("char")) if character else None))

    def _labelled(self, text: str, line: Span, header: Header) -> list[re.Match[str]]:
        """Read a line's "Label: value" fields ("Director: Ann Lee | Starring: ..."); returns the labels."""
        labels = list(_LABEL.finditer(text, line.start, line.end))
        for i, label in enumerate(labels):
            stop = labels[i + 1].start() if i + 1 < len(labels) else line.end
            semicolon = text.find(";", label.end(), stop)
            stop = semicolon if semicolon >= 0 else stop
            separator = _FIELD_SEPARATOR.search(text, label.end(), stop)  # "Screenplay: Ann Lee · With Bo Ek"
            stop = separator.start() if separator else stop
            self._field(text, (label.group(1) or label.group(2)).lower(), label.end(), stop, header)
        return labels

    def _title(self, doc: Doc, line: Span, header: Header) -> None:
        if header.title is not None:
            return
        text = doc.text
        schwartz = _SCHWARTZ.match(text, line.start, line.end)
        if schwartz:
            header.title, header.title_span = title_case(schwartz.group(1)), Span(*schwartz.span(1))
            return
        for mention in doc.mentions_between(line.start, min(line.start + 3, line.end)):
            if _masthead(text[line.start:line.end], mention.title):
                continue
            if mention.kind == "caps" or mention.span.of(text).isupper():
                header.title, header.title_span = mention.title, mention.span
                header.year = header.year or mention.year
                return

    def _list_field(self, text: str, line: Span, header: Header) -> None:
        """"Title: Night Harbour", "Year: 2019", "Country: Norway, Denmark" lines of a list-style header."""
        match = _LIST_FIELD.match(text, line.start, line.end)
        if match is None:
            return
        label, value = match.group(1).lower(), match.group(2)
        if label.endswith("title") or label in ("film", "movie"):
            if header.title is None or label != "original title":
                # "The Ferryman's Wager (Le Pari du passeur)": another title in brackets is not part of it
                surface = re.sub(r"\s*\((?:(?:1[89]|20)\d\d|[^()\d]{2,60})\)$", "", value).strip("\"“”'*_ ")
                if (said := _SAID_BEFORE_TITLE.search(surface)) and _title_like(surface[said.end():]):
                    surface = surface[said.end():]  # "Title: why does this exist?? Psyco (1998)": a post's subject line
                # a post's own title field ("title: Fairy tales with teeth") is a sentence no catalog knows
                if surface and (label != "title" or _title_like(surface) or surface in load_gazetteer()):
                    at = text.find(surface, match.start(2), line.end)
                    header.title = title_case(surface) if surface.isupper() else surface
                    header.title_span = Span(at, at + len(surface)) if at >= 0 else Span(*match.span(2))
                year = re.search(r"\(((?:1[89]|20)\d\d)\)$", value)
                if year and header.year is None:
                    header.year = int(year.group(1))
        elif label.endswith("year") or label in ("released", "release date", "release"):
            year = re.search(r"\b(?:1[89]|20)\d\d\b", value)
            if year and header.year is None:
                header.year = int(year.group())
        else:
            for part in re.split(r"\s*(?:,|/|;|&|\band\b)\s*", value):
                key = " ".join(part.lower().split())
                country = COUNTRY_NAMES.get(key) or DEMONYMS.get(key)
                if country and country not in header.countries:
                    header.countries.append(country)

    def _country(self, name: str | None, header: Header) -> None:
        for part in re.split(r"\s*/\s*", name or ""):
            country = COUNTRY_NAMES.get(part.strip().lower())
            if country and country not in header.countries:
                header.countries.append(country)

    def _field(self, text: str, label: str, start: int, stop: int, header: Header) -> None:
        value = text[start:stop].rstrip(" .")
        if value.endswith(")") and value.count("(") < value.count(")"):
            value = value[:-1].rstrip(" .")  # "(director: Ann Lee)": the header's own bracket, not a character's
        if label.startswith(("cast", "starring", "featuring")):
            self._cast(text, start, start + len(value), header)
            return
        if label == "genre":
            header.genres.extend(g.strip() for g in value.split(",") if g.strip())
            return
        if label.endswith("year"):
            stated = re.fullmatch(r"\s*((?:1[89]|20)\d\d)\s*", value)
            header.year = header.year or (int(stated.group(1)) if stated else None)
            return
        if label.startswith("countr"):
            for country in re.split(r"\s*(?:,|/|\band\b)\s*", value):
                self._country(country, header)
            return
        value = _FIELD_TAIL.sub("", value)  # "Dir: Ann Lee. 112 mins."
        # the writers around a source: "from Peter Bowman's novel "Sunday Red Beach"/Jefferson Pascal/Don
        # Peters", "Anthony Veiller/short story by Ernest Hemingway/John Huston (uncredited)"
        value = "/".join(entry for entry in _UNCREDITED.sub("", value).split("/") if not _SOURCE_ENTRY.match(entry))
        if "photography" in label:
            return  # "Director of Photography:" credits the camera, and ends the field before it
        roles = _ROLE_JOIN.split(label)  # "screenplay/director", "director and writer": each role the name holds
        directing = any(role.startswith("dir") for role in roles) or "directed" in label  # director(s), dir., directed by
        writing = any("writ" in role or role.startswith("screen") for role in roles) or label == "story"
        if not (directing or writing):
            return
        for name in split_names(value):
            found = text.find(name.split()[0], start, stop)
            span = Span(found, found + len(name)) if found >= 0 else Span(start, stop)
            if directing and name not in (n for n, _ in header.directors):
                header.directors.append((name, span))
            if writing and label != "story" and name not in (n for n, _ in header.writers):
                header.writers.append((name, span))

    def _cast(self, text: str, start: int, stop: int, header: Header) -> None:
        items = [item for piece_start, piece_end in _top_level_split(text, start, stop)
                 if (item := _ITEM.match(text, piece_start, piece_end)) and (is_name(item.group(1)) or " " not in item.group(1))]
        parts_first = _lists_parts_first(items)
        for item in items:
            if len(header.cast) >= self.max_cast:
                return
            # (a lone name in the brackets is still a part there: "Hélène Lapiower (Grouper)")
            in_brackets = item.group(2) and is_name(item.group(2)) and " " in item.group(2).strip()
            actor_group, character_group = (2, 1) if parts_first and in_brackets else (1, 2)
            actor = clean_name(item.group(actor_group))
            if actor.isupper() or not is_name(actor):
                continue
            character, character_span = item.group(character_group), (Span(*item.span(character_group)) if item.group(character_group) else None)
            if character and character_span and (described := _DESCRIBED_PART.fullmatch(character)):
                # "(Sam, cabbie)", "(Lester, Elvis Lookalike)", "(Hunt's boss, Swanbeck)": the part's name
                first, then = described.groups()
                named_after = re.search(r"(?<![\w'’.])[a-z]", first) is not None and then[:1].isupper()
                character = then if named_after else first
                start = described.start(2) if named_after else 0
                character_span = Span(character_span.start + start, character_span.start + start + len(character))
            header.cast.append((actor, Span(*item.span(actor_group)), clean_name(character) if character else None, character_span))


def _lists_parts_first(items: list[re.Match[str]]) -> bool:
    """Whether a header's cast list names the part first, "Brother Leon (John Glover), Archie (Wally
    Ward)": three or more of its entries pair a lone first name with a full name in the brackets, as
    the player-first order's "Jewel (Sue Lee Shelley)" does only for the rare one-name player."""
    lone_outside = sum(1 for item in items if item.group(2) and " " not in item.group(1) and " " in item.group(2).strip())
    lone_inside = sum(1 for item in items if item.group(2) and " " in item.group(1) and " " not in item.group(2).strip())
    return lone_outside >= 3 and lone_outside > 3 * lone_inside


# where one watches a film: "I saw Night Harbour on DVD" ends the title, "at Hexley Hall" goes on
_MEDIA = r"(?:DVD|TV|VHS|Blu-?ray|Netflix|HBO|Hulu|Amazon|Prime|Disney|YouTube|Max|Sky|IMDb|IMDB)"
_WATCHED = re.compile(
    # (a user's "finally watched X (2002)" drops the "I")
    r"(?:\b(?:I|We)[ ](?:just[ ]|first[ ]|[a-z]+ly[ ])?|\b(?:just|finally|recently)[ ])(?:watched|saw|rented|caught|re-?watched|went[ ]into|"
    r"went[ ]to[ ]see|checked[ ]out)[ ]"
    r"([A-Z0-9][\w:'’&!?.-]*(?:[ ](?:[A-Z0-9][\w:'’&!?.-]*|of|the|a|an|and|in|on|to|for|at|with|from)){0,8}?)"
    rf"(?=[ ](?:last|yesterday|today|tonight|this|again|recently|and|in[ ]the[ ]cinema|[a-z]+ing)\b|[ ](?:on|at|with|for)[ ](?:(?![A-Z])|{_MEDIA}\b)|"
    r"[ ]\((?:1[89]|20)\d\d\)|[.,!;]|$)"
)
_POSSESSIVE_END = re.compile(r"['’]s ")
_HEADLINE_SUBJECT = re.compile(
    r"[\"“]?([A-Z0-9][\w:'’&!?.-]*(?: (?:[A-Z0-9][\w:'’&!?.-]*|of|the|a|an|and|in|on|to|for|at|with|from)){0,7})[\"”]? "
    r"(?:is|isn['’]t|was|makes|proves|turns)\s+(?:the|a|an|one|no|not|just|more|less|finally)\b"
    r"(?!(?: [\w-]+){0,3} (?:director|actor|actress|filmmaker|writer|star|critic|producer|comedian|singer|man|woman)s?\b)"
)
_RULE_LINE = re.compile(r"[ \t]*[-=_~*#]{3,}[ \t]*(?:\n|$)")
_BRACKETED_YEAR = re.compile(r"\([^()\n]{0,40}\b(?:1[89]|20)\d\d\)")
_WRITTEN_ON = re.compile(r"(?i)\b(?:written|posted|published|updated|reviewed)\b")
# "Winter Orchard Elegy (Elegia zimowego sadu)": the original title in brackets beside the title
_ALTERNATE_TITLE = re.compile(r"\s*\((?![^()]*\d)[^()]{2,60}\)$|,\s+or\s+(?=[A-Z0-9])[^,]{2,60}$")
# A summary line's shouting, which no title has: "WASTE OF A GREAT CAST!!!"
_SHOUTED = re.compile(r"[!?]{2,}")
_SAID_BEFORE_TITLE = re.compile(r"^.*[!?]\s+(?=[A-Z0-9\"“])")
# A retrospective's headline: "Chinatown at fifty", "Alien turns 40"
_ANNIVERSARY = re.compile(r"\s+(?:at|turns)\s+(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)$",
                          re.IGNORECASE)
# "Harbour of Wolves [Blu-ray]": a shop's product line
_FORMAT_SUFFIX = re.compile(r"\s*[\[(](?:blu-?ray|dvd|4k(?: uhd)?|uhd|vhs|digital|streaming|region\b|import\b|widescreen|remastered|"
                            r"(?:special|collector['’]s|anniversary|director['’]s|extended|unrated|deluxe|limited)\b)[^\])]{0,25}[\])]\s*$|"
                            # the year among them: "The Thing [Blu-ray] [1982] [Region Free]"
                            r"\s*\[(?P<year>(?:1[89]|20)\d\d)\](?=\s*$)", re.IGNORECASE)
# 'Ann Lee on "Night Harbour"': a magazine's byline and title in one line
_CRITIC_ON = re.compile(rf"[ \t]*{NAME_PATTERN}\s+on\s+[\"“]([A-Z0-9][^\"”\n]{{0,60}}?)[,.]?[\"”][ \t]*$")
# a podcast's or a column's line, not a film's
_NOT_A_TITLE_LINE = re.compile(r"(?i)\b(?:podcast|episode\s+\d+|ep\.\s*\d+|transcript|segment|column|dispatch(?:es)?|"
                               r"for\s+immediate\s+release|press\s+release)\b")
# a site's section, not a film: "Movies | Review", "Film: reviews"
_SECTION_NAMES = frozenset("movies film films reviews review cinema entertainment arts culture screen video".split())
# a section's label on a line of its own: "FILM OF THE WEEK", "Critic's Choice", "New this week"
_SECTION_LABEL = re.compile(r"(?i)(?:(?:film|movie|pick|dvd|release|stream)s?\s+of\s+the\s+(?:week|month|day|year)|"
                            r"(?:critic|editor|reader)s?['’]?s?\s+(?:choice|pick)s?|staff\s+picks?|new\s+(?:releases|this\s+week)|"
                            r"now\s+(?:showing|playing|streaming)|in\s+cinemas(?:\s+now)?|also\s+(?:opening|showing))")
# One line of a note app's properties ("Status: Watched", "year:: 2019", "- genre: noir")
_FIELD_LINE = re.compile(r"[ \t]*(?:[-*][ \t]+)?[A-Za-z][\w ]{0,24}?[ \t]*::?[ \t]+\S[^\n]*")


# A data record's field: a one-word key ("Type: post", "External-Description: ...", RIS's "PY  - 1979")
_RECORD_FIELD = re.compile(r"[ \t]*[A-Za-z][\w.-]{0,30}(?:[ \t]*:|[ \t]{2,}-)[ \t]+(\S[^\n]*)")


def _record_value(text: str, start: int, end: int) -> int | None:
    """Where the value starts when the line from ``start`` to ``end`` is a field of a data record,
    one of a run of "key: value" lines ("Type: Link\nLink type: Space", "Insert: Parasite\nInsert:
    Bong Joon-ho's"), else None: "Night Harbour: a slow burn" over a blank line is a headline. A
    record's subject or title field ("Subject: Re: X") is no field here: its label is the headline's."""
    field = _RECORD_FIELD.fullmatch(text, start, end)
    if field is None or _REVIEW_PREFIX.match(text, start, end):
        return None
    above = text.rfind("\n", 0, max(0, start - 1)) + 1 if start else None
    below = text.find("\n", end + 1)
    neighbours = ([(above, start - 1)] if above is not None else []) + [(end + 1, below if below >= 0 else len(text))]
    if not any(a < b and (_RECORD_FIELD.fullmatch(text, a, b) or _FIELD_LINE.fullmatch(text, a, b)) for a, b in neighbours):
        return None
    return field.start(1)


def _opens_field_block(text: str, end: int) -> bool:
    """Whether the lines after ``end`` open a block of properties, one of them a film's credit or
    year: a note app's page ("Night Harbour", then "Status: Watched", "Year: 2019", "Director: Ann
    Lee"). A block's first field is often the app's own (a status, a rating): the block is read whole."""
    lines = text[end:end + 600].lstrip().split("\n")
    block = list(itertools.takewhile(_FIELD_LINE.fullmatch, lines[:12]))
    return len(block) >= 2 and any(_LABEL.match(line.lstrip(" \t-*")) for line in block)


_BYLINE_LINE = re.compile(r"(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eviewed|[Pp]osted)\s+by)\s+[A-Z]")
# Words that open a column's or a section's name rather than a film's ("At the Movies", "On Screen")
_COLUMN_OPENERS = frozenset({"At", "On", "In", "From", "About", "Inside", "Around"})
# A maker's possessive opening a headline's title: "Carpenter's THE THING", "John Carpenter's The Thing"
_OWNED_TITLE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+)['’]s\s+(\S.*)")


def _unowned(surface: str, start: int) -> tuple[str, int]:
    """A title read with its maker's possessive in front ("Joseph L. Mankiewicz's Sleuth") as the
    title alone and where it starts; a title with a possessive of its own that the catalog knows
    whole ("Ocean's Eleven") as it is."""
    if (owned := _OWNED_TITLE.match(surface)) and is_name(owned.group(1)) and surface not in load_gazetteer():
        return owned.group(2), start + owned.start(2)
    return surface, start


# A heading set off from what follows: by a blank line, or by a byline or a details line and then one
# ("X\nBy Ann Lee\n\n", "X\nRated R / 137 minutes\n\n", "X\n★★☆☆☆  all style\n\n")
_SET_OFF = re.compile(r"[ \t]*\n(?:[ \t]*\n|(?:(?:[Bb]y|BY)[ \t]+[A-Z]|[^\n]{0,40}?(?:\b(?:Rated|Rating|Runtime|Running\s+time)\b|"
                      r"\b\d{2,3}\s*(?:min|mins|minutes)\b|[★☆]|\b\d{1,2}(?:\.\d)?\s*/\s*(?:10|5|4)\b))[^\n]{0,60}\n(?:[^\n]{1,80}\n)?[ \t]*\n)")
_REVIEW_BYLINE_LINE = re.compile(r"(?:[Aa]\s+)?(?:[Ff]ilm|[Mm]ovie)\s+review\s+by\s+[A-Z]")
# "KESTREL. Directed by Simone Achterberg. Written by ...": a newspaper's credits paragraph
_CREDITS_FOOTER = re.compile(
    r"^[*_]*([A-Z0-9][^\n.:()]{0,70}?)[*_]*(?:\s+\(((?:1[89]|20)\d\d)\))?[.:]\s+(?:Directed|Written\s+and\s+directed)\s+by\s+[A-Z]",
    re.MULTILINE,
)
_INFORMAL_RUN = r"(?P<title>[A-Z0-9][\w:'’&!?.-]*(?:[ ](?:[A-Z0-9][\w:'’&!?.-]*|of|the|a|an|and|in|on|to|for|at|with|from)){0,8}?)"
# A user review of a remake that names its film only as the original's title: "This Tim Burton remake
# of the original "Planet of the Apes" from 1968", "Why remake Dawn of the Dead?", "Ann Lee's Sleuth
# didn't need a remake" (each pattern with whether it asks a question: "Why remake X?" asks one,
# which is its point, not a doubt about X)
_REMADE_TITLE = (
    (re.compile(r"\bremake\s+of\s+the\s+original\s+[\"“]([^\"”\n]{2,60})[\"”]"), False),
    (re.compile(r"\bremake\s+of\s+the\s+original\s+" + _INFORMAL_RUN + r"(?=\s+(?:from|in|by|and|with|which|that|was|is)\b|\s*[,.;!?(]|\s*$)"),
     False),
    (re.compile(r"\b[Ww]hy\s+remake\s+[\"“]?" + _INFORMAL_RUN + r"[\"”]?\s*\?"), True),
    (re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=['’]s\s))[\"“]?" + _INFORMAL_RUN
                + r"[\"”]?\s+(?:didn['’]t|did\s+not|doesn['’]t|does\s+not)\s+need\s+(?:a\s+remake|to\s+be\s+remade)\b"), False),
)
# "The movie's called Last Run to Nome", "the film is titled Night Harbour"
# "I've seen The Birdcage probably thirty times": a film seen again and again is the one reviewed
_SEEN_MANY_TIMES = re.compile(
    r"\b(?:I|[Ww]e)(?:['’]ve|\s+have)\s+(?:now\s+)?(?:seen|watched)\s+" + _INFORMAL_RUN +
    r"\s+(?:probably\s+|about\s+|at\s+least\s+|like\s+)?(?:[\w-]+\s+times|twice|countless\s+times)\b"
)
_TITLE_HASHTAG = re.compile(r"#([A-Z][a-z']+(?:[A-Z0-9][a-z0-9']*)+)\b")
_CALLED_TITLE = re.compile(
    r"\b(?:(?:(?:[Tt]he|[Tt]his)\s+(?:movie|film)|[Ii]t)(?:['’]s|\s+is)\s+(?:called|titled|named)|"
    # a user on the remake: "I think John Carpenter's version of The Thing beats the 1951 original"
    rf"(?<=[a-z]\s){NAME_PATTERN}['’]s\s+(?:version|remake|re-?imagining)\s+of(?=\s+[A-Z][^.!?]{{0,80}}\b(?:original|remake)\b)|"
    # a podcast's or video's subject: "Today it's Get Out, the 2017 horror film", "this week we're talking about X"
    r"(?:[Tt]oday|[Tt]his\s+week|[Tt]onight)(?::|,?\s+(?:it['’]s|we['’]re\s+(?:talking\s+about|discussing|reviewing|looking\s+at)|"
    r"I['’]m\s+(?:talking\s+about|reviewing|looking\s+at))))\s+[\"“]?"
    r"([A-Z0-9][\w:'’&!?.-]*(?:[ ](?:[A-Z0-9][\w:'’&!?.-]*|of|the|a|an|and|in|on|to|for|at|with|from)){0,8}?)"
    r"(?=[\"”]?(?:[.,;!?)]|\s+(?:by|and|but|which|who|is|was|has|beats|tops)\b|\s*$))"
)
# "Saw The Clockmaker's Wife at a festival", "so i went into The Ice Below expecting nothing"
_SEEN_TITLE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|\b(?:[Ii]|[Ww]e|[Ss]o\s+[Ii]|[Ww]e['’]re|[Ii]['’]m)\s+(?:just\s+|finally\s+|(?:want|wanted|going)\s+to\s+)?|"
    r"\b[Tt]hey\s+(?:finally\s+|actually\s+)?(?=remade\s))"  # "So they remade Oldboy."
    r"(?:[Ww]atched|[Ss]aw|[Cc]aught|[Rr]ented|[Ww]ent\s+(?:into|to\s+see)|[Cc]hecked\s+out|[Rr]eviewing|remade|"
    r"(?:[Tt]alking|[Tt]alk)\s+about)\s+[*_\"“]*" + _INFORMAL_RUN +
    rf"(?=\s+(?:last|yesterday|today|tonight|this|again|recently|expecting|because|after|in\s+the|and|pretty|completely|"
    rf"totally|blind|cold|knowing|not|without|with\s+(?:no|low|high|zero)|fully)\b|\s+(?:on|at|with|for)\s+(?:(?![A-Z])|{_MEDIA}\b)|"
    r"\s*[.,!;]|\s*$)"
)
# "Express Nine is dumb fun", "The Pastel Lodge follows a family", "Glass Tenant is not a remake of X"
# A quoted title a user's sentence is about: '"Malefique" is one of the creepiest', '"Les Tricheurs" tells a
# story', 'I went to see "The Hills have eyes 2" wanting to like it'
_QUOTED_SUBJECT = re.compile(
    r"(?:(?P<subject>^|(?<=\n)|(?<=[.!?])|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\bthis\s))|(?<=[Ww]atched\s)|(?<=\b[Ss]aw\s)|(?<=\b[Ss]ee\s)|(?<=[Ww]atching\s)|"
    r"(?<=[Rr]ented\s)|(?<=[Cc]aught\s))[\"“](?P<title>[^\"”\n]{2,60}?)[\"”]"
    r"(?(subject)\s+(?:is|was|feels|tells|follows|offers|remains|has\s+(?:its|some|a|an)|plays\s+like|starts|opens|begins)\b)"
)
_INFORMAL_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=\bbut\s)|(?<=,\s))" + _INFORMAL_RUN +
    r"(?:\s*\([^()\n]{1,60}\))?\s+(?:(?:is|was)\s+(?:not\s+|n['’]t\s+)?(?:(?:just|basically|pure|dumb|good|great|silly|mindless|harmless|big|"
    r"cheesy|fine|solid|total|a\s+lot\s+of)\s+)?(?:fun|entertaining|a\s+blast|a\s+mess|(?:an?\s+)?new\s+version\s+of|a\s+(?:[\w-]+\s+)?(?:remake|sequel|"
    r"ripoff|rip-off|knockoff|knock-off|letdown|slog|snooze)|about|set\s+in|based\s+on|watchable|unwatchable|overrated|"
    r"underrated|forgettable|predictable)|follows|tells\s+(?:the\s+story|of)|centers\s+on|centres\s+on|revolves\s+around|"
    r"takes\s+place|opens\s+(?:with|on)|(?:was|is)\s+(?:written\s+and\s+directed|written|directed|made|shot)\s+by)\b"
)
# the run was a person's: "Mara Quill (Dena)", "Tom Vey's character"
_PERSON_NAMED = re.compile(r"\s*\((?=[A-Z])|['’]s\s+(?:character|role|performance)\b")
# A title opening a sentence: capitalised words, small words and French articles inside
_LEAD_RUN = r"([A-Z0-9][\w:'’&!?.-]*(?:[ ](?:[A-Z0-9][\w:'’&!?.-]*|of|the|a|an|and|in|on|to|for|at|with|from|de|la|le)){0,9})"
# "Vanilla Sky (2001) is good.": a dated title opening one of the first sentences, as its subject
_DATED_SUBJECT = re.compile(_LEAD_RUN + r"[\"”]?[ ]\((?:1[89]|20)\d\d\),?[ ](?=[a-z])")
_DETAILED_SUBJECT = re.compile(_LEAD_RUN + _DETAILS_AFTER.pattern, re.MULTILINE)
_QUOTED_LEAD = re.compile(rf"[\"“]([^\"“”\n]{{2,80}})[\"”](?:[ ]\((?:1[89]|20)\d\d\))?{_SUBJECT.pattern}")
_LEAD = re.compile(
    _LEAD_RUN +  # (the year in brackets alone or among a fact box's details: "(Norway, 2019; 104 min)")
    r"[\"”]?(?:[ ]\((?:[^()\n,;]{1,25}[,;][ ])?(?:1[89]|20)\d\d(?:[,;][^()\n]{0,40})?\))?,?[ ](?:is|was)[ ]"
    # "X is without doubt one of the dullest films", "X is easily the best thriller"
    r"(?:(?:without (?:a |any )?doubt|easily|arguably|undoubtedly|definitely|simply|truly|by far),?[ ])?"
    # also a maker's: "Vanilla Sky is Cameron Crowe's Hollywood remake of ..."
    r"(?:an?|the|one of (?:the|those|these)|[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}['’]s)[ ]"
    r"(?:(?!(?:star|stars|lead|hero|heroine|villain|director|writer)[ ]of[ ])[\w,'’-]+[ ]){0,5}?"  # (not "the star of the movie")
    r"(?:film|movie|picture|remake|thriller|comedy|drama|version|western|horror|documentary|musical|romance|"
    r"adventure|fantasy|mystery|satire|melodrama|cartoon|animation|feature|flick|sequel|update|adaptation|redo|retelling|"
    r"re-?imagining)s?\b(?!['’])"
    r"(?![ -](?:director|maker|critic|buff|student|school|industry|festival|star|actor|actress|composer|producer|"
    r"history|career|fan|lover|writer)s?\b)"
)
# A dated title alone on the first line of a review typed in lower case: "fargo (1996)", "glass harbor 2021"
_LOWER_DATED_LINE = re.compile(r"\s*([a-z][a-z'’&]*(?:[ ][a-z0-9][a-z0-9'’&]*){0,5}):?[ ]\(?(?:1[89]|20)\d\d\)?[ \t]*(?:\n|$)")
# (a diary's or a list's own heading is no title: "watched 2019", "best films 2023", "my top ten 2021")
_DIARY_WORDS = frozenset("watched rewatched seen watching review reviews diary notes log films movies list best top my".split())
# How a review typed in lower case names its film: before "remake", or after "the new", "watched",
# "the 1986 version of" or a maker's "'s" (see FilmFinder._lower_case_film)
_LOWER_FILM_BEFORE = re.compile(r"(?<=[a-z])[ ](?:remake|reboot)\b")
_LOWER_FILM_AFTER = re.compile(
    r"\bthe[ ]new[ ]|\b(?:watched|saw|rewatched|seen)[ ](?:the[ ](?:(?:19|20)\d\d[ ])?(?P<version>version[ ]of)[ ])?|"
    r"\b(?P<owner>[a-z]+)['’]s[ ]"
)
_NOT_OWNERS = frozenset("it that there he she what who let here where one".split())
_NOT_LOWER_TITLES = frozenset("original new old first american hollywood remake version movie film one it this".split())
# What may open a lead sentence before its title: "So: Spike Lee's Oldboy is ...", "This new Italian Job is ..."
_LEAD_OPENER = re.compile(r"(?:(?:So|Well|OK|Ok|Okay|Anyway|Right)[:,][ ]+)?(?:(?:This|The)[ ]new[ ])?")
_MAKER_BEFORE = re.compile(rf"(?<![\w'’])({NAME_PATTERN})\s+$")
_MAKING_VERB = re.compile(r"\b(?:directed|made|directs|makes)\s+")
_WORD_GOES_ON = re.compile(r"[\w'’]")
# a capitalised phrase in prose: capitalised words, small words inside
# A title-shaped phrase of three words or more with a small word inside ("The Sinking of Japan").
_UNLISTED_TITLE = re.compile(r"[A-Z][\w'’-]*(?: [A-Z0-9][\w'’-]*)*(?: (?:of|the|in|on|to|for|at|with|from)(?: [A-Z0-9][\w'’-]*)+)+")
_PROSE_RUN = re.compile(
    r"(?<![\w'’])[A-Z0-9][\w'’&:!?.-]*(?:[ ](?:(?:of|the|a|an|and|in|on|to|for|at|with|from|&|de|la|le|vs\.?)[ ]){0,3}"
    r"[A-Z0-9][\w'’&!?-]*){0,8}"
)
_PROSE_OPENERS = frozenset(
    """This That It He She They We I You In On At But And So If When While As After Before Then There Here What Why How
    Who Where Which My His Her Their Our Your Its Also Even Well Yes No Not Now Just Only Still Maybe Perhaps Unfortunately
    However Overall Anyway Although Though Because Since Once Sure Oh Ok OK Okay All Some Most Many Much More One Two
    Mr Mrs Ms Dr Like Unlike Watching Seeing Yet Both Every Each Any Another Other""".split()
)
_PERSON_AFTER = re.compile(
    rf"(?:['’]s\s+(?:{KIN_PATTERN}|life|death)\b|"
    r"\s+\(|\s+(?:says|said|asks|asked|tells|told|wants|wanted|decides|decided|realizes|realized|tries|tried|meets|met|"
    r"falls|fell|loves|loved|learns|learned|goes|went|gets|got|takes|took|finds|found|kills|killed|himself|herself|"
    r"and (?:his|her)|who)\b)"
)
_PERSON_BEFORE = re.compile(
    rf"\b(?:named|called|as|plays|played|character|{KIN_PATTERN}|uncle|aunt|Mr\.|Mrs\.|Dr\.|young|old|little)\s+$"
)
# "films like Armageddon, Deep Impact and The Day After Tomorrow", "such as Hide and Seek", "as much as"
_COMPARED_IN_SENTENCE = re.compile(
    r"\b(?:(?:films?|movies?|pictures?|flicks?|ones|efforts|titles)\s+(?:like|as)|such as|including|as much as|"
    r"as good as|as well as|better than|worse than|compared (?:to|with)|reminiscent of|remake of|version of|sequel to)\b",
    re.IGNORECASE,
)
_OTHER_FILM_CUE = re.compile(
    r"\b(?:remake of|remakes|remade|version of|original|sequel to|prequel to|than|like|unlike|as in|rip-?off of|"
    r"compared to|the first)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w'’]+\s+)?[\"“]?$",
    re.IGNORECASE,
)


_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:MRS|MR|MS|DR|ST|Mrs|Mr|Ms|Dr|St)\.[ ]$")
_CAPS_RUN_BEFORE = re.compile(r"(?<![\w'’.])((?:[A-Z][A-Z'’.:-]*[ ]){1,5})$")
_CAPS_OPENERS = frozenset("IN ON AT AS OF AND OR BUT TO FOR WITH FROM BY IF WHEN WHILE THAN LIKE SO I A".split())
_VERSUS_BEFORE = re.compile(r"(?<![\w'’])((?:[A-Z][A-Z'’.]*[ ]){0,3}[A-Z][A-Z'’.]*[ ]VS?\.?[ ])$")
_APOSTROPHE_AFTER = re.compile(r"['’](?:[ ][A-Z0-9][A-Z0-9'’.:!-]*){1,3}")


# A diary's verb before the title it logs: "Rewatched Scent of a Woman", "Just watched: Heat"
_LOGGED = re.compile(r"(?:(?:just|finally|first)\s+)?(?:re-?watched|re-?watch|watched|seen)\s*:?\s+(?=(?-i:[A-Z0-9]))", re.IGNORECASE)
# A details line taken whole as a title: "Throne of Blood ("Kumonosu-jo"), 1957, dir. Akira Kurosawa. Screenplay: ..."
_TITLE_WITH_DETAILS = re.compile(r"([^,()]{2,80}?)\s*(?:\([^()]{1,80}\)\s*)?,\s*((?:19|20)\d\d)\b")


def _title_of_details(title: str, span: Span) -> tuple[str, Span, int | None]:
    """The title a diary's verb or a line of details surrounds, with the details' year: "Rewatched
    Scent of a Woman" -> "Scent of a Woman"; a title of more than eight words that opens on "Title
    (Alternative), 1957," -> "Title" and 1957."""
    if (logged := _LOGGED.match(title)) and logged.end() < len(title):
        title, span = title[logged.end():], Span(span.start + logged.end(), span.end)
    if len(title.split()) > 8 and (details := _TITLE_WITH_DETAILS.match(title)):
        return details.group(1), Span(span.start, span.start + len(details.group(1))), int(details.group(2))
    return title, span, None


# (a longer run is no title with a label before it or an owner's credit: each of its tails, or
# each of its mentions word by word, would be searched)
_LONGEST_TITLE = 120


def _catalogued_tail(title: str, span: Span, year: int | None) -> tuple[str, Span]:
    """A title the catalog does not know, whose tail it knows in the film's year, is that tail when
    the words before it end in a label, a number or a small word ("Pkgdesc: Review of Fun with Dick
    and Jane", "7 Victor/Victoria", "On Scarface" with 2005, 1982 and 1983), or when the tail is
    several words long. A lone catalogued word after a plain word is no such tail ("Gull Island",
    "Ann Lee's Gull Island": "Island" is a 2011 film too), nor is a title after an article ("Les
    Cousins"); without a year a tail is no surer than the whole ("Top Gun: Maverick")."""
    catalog = load_gazetteer()
    if year is None or len(title) > _LONGEST_TITLE or title in catalog:
        return title, span
    for word in re.finditer(r"(?<=\s)[A-Z0-9]", title):
        tail, chatter = title[word.start():], title[:word.start()].strip()
        if chatter.lower() in ARTICLES or year not in catalog.years(tail):
            continue
        last = chatter.split()[-1]
        if " " in tail or not last.isalpha() or last.lower() in SMALL_WORDS:
            return title_case(tail), Span(span.end - len(tail), span.end)
    return title, span


def _complete_title(text: str, title: str, span: Span) -> tuple[str, Span]:
    """A capitals title cut short where its first word was taken for something else: "MR. MAGOO",
    "DR. STRANGELOVE" (not "Magoo"), "THE PEOPLE VS. LARRY FLYNT", "FATHERS' DAY" (when the
    review writes the longer form again)."""
    surface = text[span.start:span.end]
    if not surface.isupper():
        return title, span
    start, end = span.start, span.end
    honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 5), start)
    versus = _VERSUS_BEFORE.search(text, max(0, start - 60), start)
    if honorific and text[honorific.start():start].isupper():
        start = honorific.start()
        # "THE ISLAND OF DR. MOREAU", "DR. JEKYLL AND MS. HYDE": capitals words before it belong too
        before = _CAPS_RUN_BEFORE.search(text, max(0, start - 60), start)
        if before:
            words = before.group(1).split()
            while words and (words[0] in _CAPS_OPENERS or words[0].endswith(("'S", "’S"))):
                words = words[1:]
            if words and not any(w.endswith(("'S", "’S")) for w in words):
                start -= len(" ".join(words)) + 1
    elif versus:
        start = versus.start(1)
    else:
        after = _APOSTROPHE_AFTER.match(text, end)
        if after:
            # plural possessives run on into a name ("FRENCH KISS' KEVIN KLINE"): the longer
            # title must recur, and its last word must not be followed by a lower-case word
            longer = text[start:after.end()].rstrip(".:!")
            if text.count(longer) >= 2:
                end = start + len(longer)
    if (start, end) == (span.start, span.end):
        return title, span
    return title_case(text[start:end]), Span(start, end)


def _named_again(text: str, title: str, start: int, *, strict: bool = False) -> bool:
    """Whether the review names ``title`` again after ``start``, capitalised as a title ("a great
    movie" below "Great Movie" does not count); ``strict`` asks for a year after it or a second time."""
    again = _first_mention(text, title, start)
    if again is None or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS
                                for w in text[again[0]:again[1]].split()):
        return False
    return not strict or _YEAR_AFTER.match(text, again[1]) is not None or _first_mention(text, title, again[1]) is not None


def _first_mention(text: str, title: str, start: int) -> tuple[int, int] | None:
    """The first place after ``start`` where the title is written with a capital (any case)."""
    return next(((s, e) for s, e in title_spans(text, title) if s >= start and (text[s].isupper() or text[s].isdigit())), None)


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_'’")


_ARTICLE_BEFORE = re.compile(r"(?:the|an?)\s+$")


def _words_end(lower: str, at: int, words: list[str]) -> int | None:
    """Where ``words`` end when they follow ``at`` in ``lower``, each after some white space."""
    for word in words:
        gap = at
        while gap < len(lower) and lower[gap].isspace():
            gap += 1
        if gap == at or not lower.startswith(word, gap):
            return None
        at = gap + len(word)
    return at


@lru_cache(maxsize=16)
def title_spans(text: str, title: str) -> tuple[tuple[int, int], ...]:
    """Every place the review writes ``title``, as (start, end): any case, any spaces between its
    words, whole words only, a leading article optional or inverted away ("Killers, The" is written
    "THE KILLERS" in the body).

    Plain string search: a pattern per title took longer to compile than to run, and every stage
    that looks for the film's title asks for the same review and title.

    >>> title_spans("The KILLERS opens. Killers\\n Inc, killers, the killersx.", "Killers, The")
    ((0, 11), (19, 26), (33, 40))
    """
    core = re.sub(r",\s*(the|a|an)\s*$", "", title.strip(), flags=re.IGNORECASE)
    words = re.sub(r"^(?:the|a|an)\s+", "", core, flags=re.IGNORECASE).lower().split()
    lower = text.lower()
    if not words or len(lower) != len(text):  # a few letters change length when lowered ("İ")
        return ()
    found = []
    at = lower.find(words[0])
    while at >= 0:
        end = _words_end(lower, at + len(words[0]), words[1:])
        if end is not None and not _word_char(lower, at - 1) and not _word_char(lower, end):
            article = _ARTICLE_BEFORE.search(lower, max(0, at - 8), at)
            found.append((article.start() if article and not _word_char(lower, article.start() - 1) else at, end))
        at = lower.find(words[0], at + 1)
    return tuple(found)


def _is_source_author(text: str, name: str) -> bool:
    """Whether the review names ``name`` as the author of a novel, play or story."""
    last = re.escape(surname(name))
    return re.search(
        rf"\b(?:novel|play|book|story|stories|memoir|comic)\s+(?:\w+\s+){{0,3}}?by\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{last}\b|"
        rf"\b{last}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:novel|play|book|story|stories|memoir|tragedy|comedy of)\b",
        text,
    ) is not None


def _details_line_countries(text: str) -> list[str]:
    """The countries a page's details line gives, near its top: "Thriller · 1h 34m · Canada", "Dir.
    Ann Lee · Italy / France · 2024 · 104 min" (a line of parts, one of them a year or a running time)."""
    top = text[:1500]
    if "·" not in top and "•" not in top and "|" not in top:
        return []
    for line in re.finditer(r"[^\n]+", top):
        parts = _DETAILS_SEPARATOR.split(line.group().strip())
        if len(parts) < 3 or not any(_DETAILS_MARK.search(part) for part in parts):
            continue
        for part in parts:
            names = [name.lower() for name in re.split(r"\s*[/,]\s*", part.strip())]
            if all(name in COUNTRY_NAMES for name in names):
                return [COUNTRY_NAMES[name] for name in names]
    return []


def _catalog_year(doc: Doc, title: str) -> int | None:
    """The one year the review writes anywhere that the catalog gives a film of this title
    ("Argentina–Spain 2009 · Director ..." for El secreto de sus ojos): with two such years (the
    1950 and the 1991 Father of the Bride both named), none; nor in a remake's review when the
    catalog has more than one film of the title."""
    known = load_gazetteer().years(title)
    if not known or (len(known) > 1 and _REMAKE_WORD.search(doc.text)):
        return None  # (a remake's review dates its original as often as its film)
    written = {int(year) for year in _ANY_YEAR.findall(doc.text)}
    found = written & set(known)
    return found.pop() if len(found) == 1 else None


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_WORDS = re.compile(r"\w+")


def _shortened_titles(mentions: list[Mention]) -> dict[str, str]:
    """The title key of each short form the review uses after naming a catalogued title in full,
    with the full title's key: "STAR TREK: GENERATIONS ... GENERATIONS", "THE ADVENTURES OF
    PRISCILLA, QUEEN OF THE DESERT ... PRISCILLA". Never a title's opening words: "THE GODFATHER" is
    another film than "THE GODFATHER PART II"."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(norm_title(mention.title), mention)
    catalog = load_gazetteer()
    words = {key: _WORDS.findall(mention.title.lower()) for key, mention in first.items()}
    full = [key for key, mention in first.items() if len(words[key]) > 1 and mention.title in catalog]
    shortened = {}
    for key, mention in first.items():
        short = words[key]
        for long in full:
            inside = words[long]
            if long != key and first[long].span.start < mention.span.start and any(
                    inside[at:at + len(short)] == short for at in range(1, len(inside) - len(short) + 1)):
                shortened[key] = long
                break
    return shortened


def _on_prose_line(text: str, span: Span) -> bool:
    """Whether the line around ``span`` holds three lower-case words or more (read up to 200
    characters each side: a paragraph's line may be long)."""
    line_start = max(text.rfind("\n", max(0, span.start - 200), span.start) + 1, span.start - 200)
    line_end = text.find("\n", span.end, span.end + 200)
    return len(_LOWER_WORD.findall(text, line_start, line_end if line_end >= 0 else span.end + 200)) >= 3


def _names_a_field(text: str, header: Header) -> bool:
    """Whether the header's title is one word before a colon that no catalog knows as a film: a
    field's name ("AUTHOR: Ann Lee", "Content: Directed by Ann Lee"), not "Parasite: a review"."""
    return (header.title is not None and header.title_span is not None and " " not in header.title
            and text.startswith(":", header.title_span.end) and header.title not in load_gazetteer())


class FilmFinder:
    """Find the reviewed film: title, year, countries, directors and writers.

    Parameters
    ----------
    hedges
        Flags prose credits that are negated or speculative.
    min_caps_score
        The score a capitals phrase needs in a review that sets titles in capitals (one a mention,
        more for a mention in the opening or as a subject) to be taken as the title when no header
        or title line names the film. Below it the title model weighs the phrase: over the training
        folders the rule named 20 films right and 25 wrong at scores 3 and 4, the model in their
        place (leave-one-corpus-out) 18 right and 3 wrong.
    """

    def __init__(self, *, hedges: HedgeDetector | None = None, min_caps_score: int = 5) -> None:
        self.hedges = hedges or HedgeDetector()
        self.min_caps_score = min_caps_score

    def __call__(self, doc: Doc, header: Header) -> ReviewedFilm | None:
        if header.title and (not_a_film_title(header.title) or _names_a_field(doc.text, header)):
            # the header line was markup ("Key:", "Warc/1.1"), a field's name or a club's name: its title and year are no film's
            header = dataclasses.replace(header, title=None, title_span=None, year=None)
        title, span, confidence = self._title(doc, header)
        if title is None or span is None or title.lower() in _NEVER_A_TITLE or not_a_film_title(title):
            return self._unnamed(doc, header)
        title, span = _complete_title(doc.text, title, span)
        title, span, details_year = _title_of_details(title, span)
        dated = _YEAR_AFTER.match(doc.text, span.end) or _RELEASED_AFTER.match(doc.text, span.end)
        year = header.year or details_year or (int(dated.group(1)) if dated else self._year(doc, title))
        title, span = _catalogued_tail(title, span, year)
        countries = list(header.countries)
        directors, writers = self._credits(doc, header, title, year)
        year = year or self._directors_year(doc, directors, title) or _catalog_year(doc, title)
        for country in self._countries(doc, title, [p.name for p in directors]):
            if country not in countries:
                countries.append(country)
        sentence = doc.sentences.at(span.start)
        return ReviewedFilm(
            title=title,
            year=year,
            countries=tuple(countries),
            directors=tuple(directors),
            writers=tuple(writers),
            genres=tuple(header.genres),
            evidence=Evidence(sentence=sentence, mention=span, confidence=confidence),
        )

    def _credits(self, doc: Doc, header: Header, title: str | None, year: int | None) -> tuple[list[PersonRef], list[PersonRef]]:
        """The film's directors and writers: the header's, else the prose's; the readings that need
        the film's title ("Ann Lee's Night Harbour") only when there is one."""
        directors = self._people(doc, header.directors, 0.95)
        writers = self._people(doc, header.writers, 0.95)
        if not directors or not writers:
            prose_directors, prose_writers = self._prose_credits(doc, title, year)
            directors = directors or prose_directors
            if not directors and title is not None:
                directors = self.title_directors(doc, title, year)
            directors = directors or self._direction_director(doc)
            writers = writers or prose_writers
        return directors, writers

    def year_of(self, doc: Doc, title: str) -> int | None:
        """The year the review's prose gives the film of ``title`` ("Ann Lee directed this 2019
        Norwegian drama", "Night Harbour, released in 2019"), as the rules read it for a title they
        found themselves; None when it gives none."""
        return self._year(doc, title)

    def title_directors(self, doc: Doc, title: str, year: int | None) -> list[PersonRef]:
        """The film's director as the readings that need its title give it: "Ann Lee's Night
        Harbour is ...", "Ann Lee made Night Harbour quickly", "NIGHT HARBOUR, Ann Lee's new film".
        Nobody for a run too long to be a title, whose every mention would be searched word by word."""
        if len(title) > _LONGEST_TITLE:
            return []
        return (self._possessive_director(doc, title, year) or self._maker_director(doc, title, year)
                or self._possessive_noun_director(doc, title, year))

    def _unnamed(self, doc: Doc, header: Header) -> ReviewedFilm | None:
        """A film the review never names, by the credits it gives ("Van Sant's remake", "Director:
        Ann Lee"), or None when it gives none either."""
        directors, writers = self._credits(doc, header, None, None)
        if not directors and not writers:
            return None
        credit = (directors or writers)[0].evidence  # the film is where its first credit is
        evidence = Evidence(sentence=credit.sentence, mention=None, confidence=credit.confidence) if credit else None
        return ReviewedFilm(title=None, directors=tuple(directors), writers=tuple(writers), genres=tuple(header.genres),
                            evidence=evidence)

    def _people(self, doc: Doc, found: list[tuple[str, Span]], confidence: float) -> list[PersonRef]:
        return [
            PersonRef(name, Evidence(sentence=doc.sentences.at(span.start), mention=span, confidence=confidence))
            for name, span in found
        ]

    def _title(self, doc: Doc, header: Header) -> tuple[str | None, Span | None, float]:
        if header.title and header.title_span:
            return header.title, header.title_span, 0.95
        text = doc.text
        first = _FIRST_LINE_TITLE.match(text)
        if first:
            surface = first.group(1)
            return (title_case(surface) if surface.isupper() else surface), Span(*first.span(1)), 0.9
        body = doc.body_mentions()
        caps = [m for m in body if m.kind == "caps" and not self._labels_a_line(doc, m)]
        if caps and doc.caps_style:
            # a maker's credit outweighs capitals: a listing's keywords ("DISPLAY", "COMMENT") are capitals too
            found = self._credited_title(doc)
            if found[0] is None:
                found = self._by_frequency(doc, caps)
            if found[0] is None:
                # the capitals may be an acronym's ("SPECTRE", "USAF") in a review that quotes its titles
                found = self._most_quoted(doc, body)
            if found[0] is None:
                found = self._set_off_heading(doc)  # (capitals for stress, not titles: "I had HOPES for this")
            return found if found[0] is not None else self._informal_title(doc)
        found = self._lead_title(doc)
        if found[0] is None:
            found = self._recurring_run(doc, body)
        if found[0] is None:
            found = self._most_quoted(doc, body)
        if found[0] is None:
            found = self._set_off_heading(doc)
        if found[0] is None:
            found = self._unlisted_title(doc)
        if found[0] is None and doc.lower_style:
            found = self._lower_case_film(doc)
        if found[0] is None and "remake" in doc.lowered:
            found = self._remade_title(doc)
        if found[0] is None:
            found = self._credited_title(doc)
        return found if found[0] is not None else self._informal_title(doc)

    @staticmethod
    def _credited_title(doc: Doc) -> tuple[str | None, Span | None, float]:
        """The review's first title credited to its maker in its opening sentences of prose (three
        lower-case words or more: a data file's fields and numbers before them do not count): a
        dated one ("George Lucas wrote and directed Star Wars (1977)", "Wadjda (2012), written and
        directed by Haifaa al-Mansour"), or, opening one of the first three sentences, an undated one
        with its year or what it is beside it ("Orson Welles directed Citizen Kane in 1941", "... Run
        Lola Run, a German thriller"): a review credits its own film so before any other."""
        text = doc.text
        first = doc.sentences.index_at(doc.header_end) if doc.header_end else 0
        prose = (s for s in doc.sentences.spans[first:] if len(_LOWER_WORD.findall(text, s.start, s.end)) >= 3)
        opening = list(itertools.islice(prose, 8))
        if not opening:
            return None, None, 0.0
        undated = next((credited for sentence in opening[:3] if (credited := _MAKER_OPENS.match(text, sentence.start))
                        and _title_like(surface := credited.group("title")) and (surface in load_gazetteer() or not is_name(surface))), None)
        named = None
        # (the first dated title may be named again before its credit: a title line "The Limey (1999)"
        # above "Steven Soderbergh directed The Limey (1999)"; another film first, and the search ends)
        for dated in (m for m in doc.mentions if m.year is not None and opening[0].start <= m.span.start < opening[-1].end):
            if (named is not None and (norm_title(dated.title), dated.year) != named) or (undated and dated.span.start > undated.start()):
                break
            named = (norm_title(dated.title), dated.year)
            sentence = doc.sentences.at(dated.span.start)
            if (_MAKER_CREDITS.search(text, sentence.start, dated.span.start)
                    or _CREDITED_BY.match(text, dated.span.end, max(sentence.end, dated.span.end + 160))):
                return title_case(dated.title), dated.span, 0.7
        if undated:
            return undated.group("title"), Span(*undated.span("title")), 0.6
        return None, None, 0.0

    def _remade_title(self, doc: Doc) -> tuple[str | None, Span | None, float]:
        """The title a remake shares with its original, when the review names its film only so
        ("Why remake Dawn of the Dead?"); not in a hedge ("if they remake the original X")."""
        text = doc.text
        for pattern, asked in _REMADE_TITLE:
            for match in pattern.finditer(text, doc.header_end):
                surface, start = match.group(1).strip(), match.start(1)
                surface, start = _unowned(surface, start)
                if _title_like(surface) and (asked or self.hedges(text, doc.sentences.at(match.start()), match.start()) is None):
                    return (title_case(surface) if surface.isupper() else surface), Span(start, start + len(surface)), 0.5
        return None, None, 0.0

    @staticmethod
    def _set_off_heading(doc: Doc) -> tuple[str | None, Span | None, float]:
        """The page's own heading, though the review never names its film again: "A Harbour of Small
        Lies\n\nTomasz Wielgus directs ...", a first line with a title's shape set off by a blank line
        (or a byline). Not a warning ("Possibly Minor Spoilers") or a column's name ("At the Movies")."""
        text = doc.text
        line = re.match(r"\s*([^\n]+)", text)
        if line is None:
            return None, None, 0.0
        surface = line.group(1).strip()
        words = surface.split()
        if (not _title_like(surface) or len(words) > 8 or "," in surface or is_name(surface) or words[0].capitalize() in _COLUMN_OPENERS
                or not _SET_OFF.match(text, line.end()) or _HEADLINE_SKIP.match(surface) or "spoiler" in surface.lower()
                or _NOT_A_TITLE_LINE.search(surface)):
            return None, None, 0.0
        return title_case(surface) if surface.isupper() else surface, Span(line.start(1), line.start(1) + len(surface)), 0.6

    def _informal_title(self, doc: Doc) -> tuple[str | None, Span | None, float]:
        """A user review that names its film only in passing: "The movie's called Last Run to
        Nome", "so i went into The Ice Below expecting nothing", "Saw The Clockmaker's Wife at a
        festival", "Express Nine is dumb fun", "The Pastel Lodge follows a family snowed in"."""
        text = doc.text
        called = _CALLED_TITLE.search(text, doc.header_end)
        if called and _title_like(called.group(1)):
            return called.group(1), Span(*called.span(1)), 0.6
        seen = _SEEN_MANY_TIMES.search(text, doc.header_end)
        if seen and _title_like(seen.group("title")) and seen.group("title").split()[0] not in _PROSE_OPENERS:
            return seen.group("title"), Span(*seen.span("title")), 0.6
        tags = Counter(match.group(1) for match in _TITLE_HASHTAG.finditer(text))
        if tags and (tag := tags.most_common(1)[0])[1] >= 2:
            # a social post's "#SugarloafDrive" named again and again: its words split at the capitals
            at = text.find("#" + tag[0])
            return " ".join(re.findall(r"[A-Z][a-z']*|\d+", tag[0])), Span(at + 1, at + 1 + len(tag[0])), 0.55
        first = doc.sentences.index_at(doc.header_end) if doc.header_end else 0
        for sentence in doc.sentences.spans[first:first + 6]:
            for cue in (_SEEN_TITLE, _INFORMAL_SUBJECT, _QUOTED_SUBJECT):
                found = cue.search(text, sentence.start, sentence.end)
                if found is None:
                    continue
                surface = found.group("title").strip()
                if surface.endswith(".") and not _title_like(surface):
                    surface = surface[:-1]  # "So they remade Oldboy." at the end of the sentence
                words = surface.split()
                # (in quotes a title may keep its own case: '"The Hills have eyes 2" wanting to like it')
                # (a line quoted in sentence case is no title unless a catalog knows it; a word quoted once, none)
                shaped = _title_like(surface) or (cue is _QUOTED_SUBJECT and surface[:1].isupper() and surface in load_gazetteer())
                if cue is _QUOTED_SUBJECT and len(words) == 1 and text.count(surface) < 2 and surface not in load_gazetteer():
                    continue
                if words[0] in _PROSE_OPENERS or not shaped or surface.lower() in COUNTRY_NAMES \
                        or not re.search(r"[A-Za-z]{2}", surface) \
                        or _PERSON_NAMED.match(text, found.end("title")) or self.hedges(text, sentence, found.start("title")):
                    continue
                if cue is _INFORMAL_SUBJECT and re.search(rf"\(\s*{re.escape(surface)}\s*\)|\b{re.escape(surface)}\s+(?:as|plays)\b", text):
                    continue  # an actor: "Mara Quill is great as the sister", "(Mara Quill)"
                title = title_case(surface) if surface.isupper() else surface
                return title, Span(found.start("title"), found.start("title") + len(surface)), 0.55
        return None, None, 0.0

    @staticmethod
    def _lower_case_film(doc: Doc) -> tuple[str | None, Span | None, float]:
        """A review typed in lower case names its film in lower case: "fargo (1996)" alone on its
        first line, "the psycho remake", "the new lion king", "zack snyder's dawn of the dead",
        "watched the 1986 version of the fly" (past the first line, a title the catalog knows; of
        one word only beside "remake" or "version of")."""
        text, end = doc.text, min(len(doc.text), doc.header_end + 1500)
        if (dated := _LOWER_DATED_LINE.match(text)) and not set(dated.group(1).split()) & (_NOT_LOWER_TITLES | _DIARY_WORDS):
            return title_case(dated.group(1).upper()), Span(*dated.span(1)), 0.6
        found: list[tuple[int, Span, str]] = []
        for cue in _LOWER_FILM_BEFORE.finditer(text, doc.header_end, end):
            target = lower_case_title_before(doc, cue.start(), min_words=1)
            # "the psycho remake", "this oldboy remake"; not a summary line's "surprisingly good remake"
            if target is not None and target.surface.split()[-1] not in _NOT_LOWER_TITLES and (
                    target.surface.startswith("the ") or text[max(0, target.span.start - 5):target.span.start] in ("this ", " the ")):
                found.append((cue.start(), target.span, target.title))
        for cue in _LOWER_FILM_AFTER.finditer(text, doc.header_end, end):
            if cue.group("owner") in _NOT_OWNERS or (cue.group("owner") and re.search(
                    r"\b(?:the|a|an|my|his|her|their|our|your|its)\s+$", text[max(0, cue.start() - 8):cue.start()])):
                continue  # "it's good", "the lifeguard's little brother": no maker's film
            at = lower_case_title_at(doc, cue.end(), end, min_words=1 if cue.group("version") else 2)
            if at is not None and at[1].split()[-1].lower() not in _NOT_LOWER_TITLES:
                found.append((cue.start(), at[0], at[1]))
        if not found:
            return None, None, 0.0
        _, span, title = min(found, key=lambda f: f[0])
        return title, span, 0.55

    def _lead_title(self, doc: Doc) -> tuple[str | None, Span | None, float]:
        """"Night Harbour (2019) is a slow, patient drama.", "Paulie is an occasionally very
        touching film": a capitalised phrase opening one of the first sentences as the subject of
        "is a ... film" (64 of the 912 IMDb reviews say it so)."""
        text = doc.text
        first = doc.sentences.index_at(doc.header_end) if doc.header_end else 0
        for sentence in doc.sentences.spans[first:first + 8]:
            start = sentence.start
            while start < sentence.end and text[start] in " \t\n\"“'‘":
                start += 1
            opener = _LEAD_OPENER.match(text, start, sentence.end)  # "So: ...", "This new Italian Job is ..."
            start = opener.end() if opener else start
            maker = _MAKER_OWNS.match(text, start, sentence.end)
            if maker and maker.group(1).split()[0] not in NOT_NAME_OPENERS:
                start = maker.end()  # "Spike Lee's Oldboy is the American redo of ...": the maker is read as director later
                described = _MAKER_DESCRIBES.match(text, start, sentence.end)
                start = described.end() if described else start
            quoted = _QUOTED_LEAD.match(text, start - 1, sentence.end) if start > sentence.start else None
            if quoted and _title_like(quoted.group(1)) and (" " in quoted.group(1) or _named_again(text, quoted.group(1), quoted.end())):
                # a quoted subject is a title whatever its first word: '"When a Killer Calls" is a nasty slasher'
                return quoted.group(1), Span(*quoted.span(1)), 0.75
            match = _LEAD.match(text, start, sentence.end)
            if match is None:
                continue
            surface = match.group(1).rstrip(" ,\"”'’")
            words = surface.split()
            if len(words) > 1 and words[0] in ("So", "Well", "Ok", "OK", "Okay"):  # "So Crimson Bay 2: Undertow is the sequel"
                start, surface, words = start + len(words[0]) + 1, surface.split(" ", 1)[1], words[1:]
            if (not words or words[0] in _PROSE_OPENERS or words[0].endswith("ly") or words[0] in ("Release", "Released")
                    or not _title_like(surface) or surface.lower() in COUNTRY_NAMES):
                continue
            title = title_case(surface) if surface.isupper() else surface
            return title, Span(start, start + len(surface)), 0.75
        # "I watched Night Harbour last night", "We finally saw Night Harbour on DVD."
        for sentence in doc.sentences.spans[first:first + 5]:  # (past a user's rating, summary and spoiler lines)
            seen = _WATCHED.search(text, sentence.start, sentence.end)
            if (seen and _title_like(seen.group(1)) and seen.group(1).split()[0] not in _PROSE_OPENERS
                    and re.search(r"[A-Za-z]{2}", seen.group(1))):
                surface, start = _unowned(seen.group(1), seen.start(1))
                return (title_case(surface) if surface.isupper() else surface), Span(start, start + len(surface)), 0.7
        for index, sentence in enumerate(doc.sentences.spans[first:first + 5]):
            start = sentence.start
            while start < sentence.end and text[start] in " \t\n\"“'‘":
                start += 1
            dated = _DATED_SUBJECT.match(text, start, sentence.end)
            # or a paragraph opening on the title's details alone, as a notes file or a card does ("Knife in the Water
            # (Nóż w wodzie), Poland, 1962"), under a few lines of where and when
            detailed = _DETAILED_SUBJECT.match(text, start, sentence.end) if start == 0 or text[start - 1] == "\n" else None
            maker = _MAKER_OWNS.match(text, start) if index >= 3 else None
            if detailed:
                dated = detailed
            elif dated is None or (index >= 3 and (maker is None or maker.group(1).split()[0] in NOT_NAME_OPENERS)):
                continue  # past the opening, only "Desmond Aubery's The Fen Parish (1975) is ..." (an essay's lead-in)
            # "Director Mike Figgis's MR. JONES (1993)": the title follows its maker
            surface_start = max((m.end() for m in _POSSESSIVE_END.finditer(text, dated.start(1), dated.end(1))), default=dated.start(1))
            surface = text[surface_start:dated.end(1)]
            if _title_like(surface) and surface.split()[0] not in _PROSE_OPENERS:
                return (title_case(surface) if surface.isupper() else surface), Span(surface_start, dated.end(1)), 0.65
        return None, None, 0.0

    @staticmethod
    def _labels_a_line(doc: Doc, mention: Mention) -> bool:
        """A transcript's speaker ("[00:04] DANA WHITCOMBE: Hi everyone") or a line that names a
        podcast episode, not a film."""
        window = max(0, mention.span.start - 120)  # a headline's or speaker's line is short; a bound keeps long lines linear
        line_start = max(doc.text.rfind("\n", window, mention.span.start) + 1, window)
        line_end = doc.text.find("\n", mention.span.end, mention.span.end + 120)
        line = doc.text[line_start:line_end if line_end >= 0 else mention.span.end + 120]
        speaker = _SPEAKER_END.match(doc.text, mention.span.end) and re.fullmatch(r"[\s\[\]\d:.>-]*", doc.text[line_start:mention.span.start])
        return bool(speaker) or _masthead(line, mention.title)

    def _by_frequency(self, doc: Doc, caps: list[Mention]) -> tuple[str | None, Span | None, float]:
        """The capitals phrase the review names most, mostly as a clause's subject; never one that
        no line of prose names: a listing's keywords ("DISPLAY", "MERGE"), a script's speakers and a
        record's labels are capitals too (over the annotated reviews 1 such winner right, 14 wrong)."""
        scores: Counter = Counter()
        subjects: Counter = Counter()
        first: dict[str, Mention] = {}
        body_start = doc.sentences.index_at(doc.header_end) if doc.header_end else 0
        opening = doc.sentences.spans[body_start: body_start + 2]
        shortened = _shortened_titles(caps)
        in_prose = {shortened.get(key, key) for mention in caps
                    if _on_prose_line(doc.text, mention.span) and (key := norm_title(mention.title))}
        for mention in caps:
            key = norm_title(mention.title)
            key = shortened.get(key, key)
            if key not in in_prose:
                continue
            first.setdefault(key, mention)
            scores[key] += 1
            if opening and mention.span.start < opening[-1].end:
                scores[key] += 1
            if _RUNS.match(doc.text, mention.span.end):
                scores[key] += 3
            if _SUBJECT.match(doc.text, mention.span.end) or mention.span.start == doc.sentences.at(mention.span.start).start:
                subjects[key] += 1
        for key in scores:
            # a title never the subject of a clause is mostly an aside ("as in ALIEN"), unless the
            # review keeps naming it ("In THE WATERBOY, Sandler is ..." six times)
            scores[key] = scores[key] + 2 * min(subjects[key], 2) if subjects[key] else max(0, scores[key] - 4)
        if not scores:
            return None, None, 0.0
        key, score = scores.most_common(1)[0]
        if score < self.min_caps_score:
            return None, None, 0.0
        mention = first[key]
        return mention.title, mention.span, min(0.5 + 0.08 * score, 0.9)

    def _most_quoted(self, doc: Doc, body: list[Mention]) -> tuple[str | None, Span | None, float]:
        """A user review that puts its film's title in quotes again and again (""Meatball Machine"
        is ... "Meatball Machine" follows ..."): the title quoted at least three times, more than
        any other, and mostly not as a compared film. Catalogs often lack such small films."""
        quoted = [m for m in body if m.kind == "quoted"]
        ranked = Counter(norm_title(m.title) for m in quoted).most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None, None, 0.0
        found = [(m.span.start, m.title, False) for m in quoted if norm_title(m.title) == ranked[0][0]]
        if self._most_repeated(doc, {ranked[0][0]: found}) is None:
            return None, None, 0.0
        first = next(m for m in quoted if norm_title(m.title) == ranked[0][0])
        return first.title, first.span, 0.6

    def _unlisted_title(self, doc: Doc) -> tuple[str | None, Span | None, float]:
        """A review with no header that keeps naming its film in prose by a title no catalog
        knows ("The Sinking of Japan makes ...", "Sadly for The Sinking of Japan"): a long title
        with a small word inside, repeated and the subject of a clause at least once; else a
        catalog title that reads like a person's name ("Cafe Lumiere") on the same terms. (A title
        the catalog knows is the title model's to weigh.)

        Not: a person's name or part of one, a character ("Nell (Lili Taylor)"), a place or
        nationality, a film the review calls the original, a remake or a comparison.
        """
        catalog = load_gazetteer()
        text = doc.text[:20_000]
        unlisted: dict[str, list[tuple[int, str, bool]]] = {}
        name_like: dict[str, list[tuple[int, str, bool]]] = {}
        for run in _PROSE_RUN.finditer(text):
            start, words = run.start(), run.group().rstrip(".:!?,;'’").split()
            if words and words[-1].endswith(("'s", "’s")):
                words[-1] = words[-1][:-2]
            sentence_start = start == 0 or re.search(r"(?:[.!?\"”]\s*|\n\s*)$", text[max(0, start - 3):start]) is not None
            # "Unfortunately for The Sinking of Japan", "Sadly for ...": openers and the small words after them go
            while len(words) > 1 and (words[0] in _PROSE_OPENERS or words[0].islower()
                                      or (words[0].endswith("ly") and words[1].islower())):
                start, words, sentence_start = start + len(words[0]) + 1, words[1:], False
            surface = " ".join(words)
            if len(words) < 2 or surface.lower() in COUNTRY_NAMES or surface.lower() in DEMONYMS:
                continue
            if len(words) in (2, 3) and is_name(surface) and not re.search(r"\b(?:The|Of|of|the)\b", surface):
                if surface in catalog:  # read like a person's name; a film only when nothing else is
                    name_like.setdefault(norm_title(surface), []).append((start, surface, sentence_start))
            elif surface not in catalog and _UNLISTED_TITLE.fullmatch(surface):
                unlisted.setdefault(norm_title(surface), []).append((start, surface, sentence_start))
        best = self._most_repeated(doc, unlisted, min_subjects=1) or self._most_repeated(doc, name_like, min_subjects=1)
        if best is None:
            return None, None, 0.0
        _, surface, start = best
        return (title_case(surface) if surface.isupper() else surface), Span(start, start + len(surface)), 0.5

    @staticmethod
    def _most_repeated(doc: Doc, found: dict[str, list[tuple[int, str, bool]]], *,
                       min_subjects: int = 0) -> tuple[int, str, int] | None:
        """The phrase of ``found`` (occurrences by key) that the review repeats most as a subject
        or quoted, unless it is mostly named as a compared or other film."""
        text = doc.text
        best: tuple[int, str, int] | None = None
        for occurrences in found.values():
            surface = occurrences[0][1]
            compared = sum(1 for at, _, _ in occurrences if _OTHER_FILM_CUE.search(text, max(0, at - 40), at)
                           or _COMPARED_IN_SENTENCE.search(text, doc.sentences.at(at).start, at))
            if 2 * compared >= len(occurrences):
                continue
            subjects = sum(1 for at, s, _ in occurrences if _PROSE_SUBJECT.match(text, at + len(s)))
            quoted = sum(1 for at, s, _ in occurrences if text[at - 1:at] in "\"“" and text[at + len(s):at + len(s) + 1] in "\"”")
            inside = sum(1 for _, _, opens in occurrences if not opens)
            if len(surface.split()) == 1 and (inside < 1 or subjects < 1 or any(
                    _PERSON_AFTER.match(text, at + len(s)) or _PERSON_BEFORE.search(text, max(0, at - 30), at)
                    for at, s, _ in occurrences)):
                continue  # a one-word title that acts like a person ("Sam says", "her lover Sam") is a character
            if len(occurrences) + quoted < 2 or subjects < min_subjects:
                continue
            score = len(occurrences) + 2 * min(subjects, 2) + 2 * min(quoted, 1)
            if best is None or score > best[0]:
                best = (score, surface, occurrences[0][0])
        return best

    def _recurring_run(self, doc: Doc, body: list[Mention]) -> tuple[str | None, Span | None, float]:
        text = doc.text
        start = doc.header_end
        while start < len(text) and text[start] in " \n\t\"'“":
            start += 1
        run = titlecase_run_at(text, start)
        if run is None:
            return None, None, 0.0
        surface = text[run[0]:run[1]]
        words = surface.split()
        if len(words) < 2 or is_name(surface):
            return None, None, 0.0
        count = len(re.findall(re.escape(surface), text))
        for mention in body:
            if norm_title(mention.title) == norm_title(surface) and mention.year:
                count += 1
        if count < 3:
            return None, None, 0.0
        return title_case(surface), Span(*run), 0.6

    def _year(self, doc: Doc, title: str) -> int | None:
        key = norm_title(title)
        for mention in doc.mentions:
            if mention.year and norm_title(mention.title) == key:
                return mention.year
            if norm_title(mention.title) == key:
                edition = _EDITION.search(doc.text, max(0, mention.span.start - 40), mention.span.start)
                if edition:
                    return int(edition.group(1))
        detailed = next((found for _, end in title_spans(doc.text, title) if (found := _DETAILS_AFTER.match(doc.text, end))), None)
        if detailed:
            return int(detailed.group(2))  # "Small Hours (Smaa timer), Denmark, 2015."
        return self._release_year(doc, title) or self._year_before(doc, title) or self._this_year(doc, title)

    @staticmethod
    def _from_year(doc: Doc, end: int) -> re.Match[str] | None:
        """"Cronenberg's The Fly from 1986", unless the sentence tells a remake: "Spike Lee's Oldboy
        is the American redo of Park's Oldboy from 2003" dates the original."""
        found = _FROM_YEAR.match(doc.text, end)
        sentence = doc.sentences.at(end)
        return None if found is None or _REMAKE_CUE_WORD.search(doc.text, sentence.start, sentence.end) else found

    def _this_year(self, doc: Doc, title: str) -> int | None:
        """"this 1999 remake", "This 1932 version", "The film was made in 1946", "When released in
        1933, KING KONG ...", "Ann Lee directed it in 2019": a year the review gives the film it is
        about, through "this", "it" or as the subject of "was made/released in"."""
        text = doc.text
        lead = next((found for start, end in title_spans(text, title) if start >= doc.header_end
                     and (found := _DATED_DESCRIPTION.match(text, end) or _RELEASED_AFTER.match(text, end)
                          or self._from_year(doc, end))), None)
        if lead and not self.hedges(text, doc.sentences.at(lead.start()), lead.start()):
            # "Night Harbour is a 2019 Norwegian drama", "Get Out, the 2017 horror film", "Cronenberg's The Fly from 1986"
            return int(next(group for group in lead.groups() if group))
        starts = {start for start, _ in title_spans(text, title)}
        for when in _WHEN_RELEASED.finditer(text, doc.header_end):
            if when.end() in starts:
                return int(when.group(1))
        this = _THIS_YEAR.search(text, doc.header_end)
        if this and not self.hedges(text, doc.sentences.at(this.start()), this.start()):
            return int(this.group(1))
        made_it = _MADE_IT_IN.search(text, doc.header_end)
        if made_it and not self.hedges(text, doc.sentences.at(made_it.start()), made_it.start()):
            return int(made_it.group(1))
        for made in _MADE_IN.finditer(text, doc.header_end):
            sentence = doc.sentences.at(made.start())
            subject = text[sentence.start:made.start()].strip(" \"“")
            if subject in ("The film", "The movie", "This film", "This movie", "The picture", "It") or norm_title(subject) == norm_title(title):
                if not self.hedges(text, sentence, made.start()):
                    return int(made.group(1))
        return None

    def _year_before(self, doc: Doc, title: str) -> int | None:
        """"1994's MIRACLE ON 34TH STREET", "Disney's 1961 film THE ABSENT-MINDED PROFESSOR".

        Not read when the review names the title with a year in brackets. In a review that speaks of
        a remake, only the latest year the review gives the title, and only when a catalog knows the
        title and no film of it later: "1965's THAT DARN CAT" in a review of the 1997 remake is the
        original's year, "1994's MIRACLE ON 34TH STREET" (after the 1947 one) the remake's.
        """
        text, key = doc.text, norm_title(title)
        if any(m.year and norm_title(m.title) == key for m in doc.mentions):
            return None
        given = []
        for start, _ in title_spans(text, title):
            if start < doc.header_end:
                continue
            before = _YEAR_BEFORE.search(text, max(0, start - 50), start)
            if before:
                given.append(int(before.group(1) or before.group(2) or before.group(3)))
        if not given:
            return None
        if not _REMAKE_WORD.search(text):
            return given[0]
        latest, known = max(given), load_gazetteer().years(title)
        return latest if known and all(year <= latest for year in known) else None

    def _release_year(self, doc: Doc, title: str) -> int | None:
        """"The film opens nationwide ... on Friday, August 10, 2001.": the release date's year."""
        key = norm_title(title)
        match = None
        for found in _OPENS.finditer(doc.text, doc.header_end):
            subject = doc.text[doc.sentences.at(found.start()).start:found.start()].strip()
            if subject in ("The film", "The movie", "The picture", "It") or norm_title(subject) == key:
                match = found
                break
        if match is None:
            return None
        sentence = doc.sentences.at(match.start())
        if self.hedges(doc.text, sentence, match.start()):
            return None
        return int(match.group(1))

    def _countries(self, doc: Doc, title: str, directors: list[str]) -> list[str]:
        text = doc.text
        found: list[str] = []
        for match in _THIS_COUNTRY.finditer(doc.lowered, doc.header_end):
            found.extend(DEMONYMS[" ".join(group.lower().split())] for group in match.groups() if group)
        lowered = doc.lowered
        if "remake" not in lowered and "remade" not in lowered:  # (in a remake's review "The Swedish film ..." is as often the original)
            for sentence in doc.sentences.spans:
                if sentence.start >= doc.header_end and lowered.startswith(_THE_OPENINGS, sentence.start) and (
                        opening := _THE_COUNTRY_OPENS.match(lowered, sentence.start)) and not _names_another(text, opening.end(), title):
                    found.extend(DEMONYMS[" ".join(group.lower().split())] for group in opening.groups() if group)
        key = norm_title(title)
        described_at = [mention.end for mention in doc.body_mentions() if norm_title(mention.title) == key]
        # the title as plain words ("Night Harbour is a Norwegian remake"), not only as a mention
        for start, end in title_spans(text, title):
            if start >= doc.header_end and text[start].isupper():
                dated = _YEAR_AFTER.match(text, end) or _ASIDE_AFTER.match(text, end)
                described_at.append(dated.end() if dated else end)
                if details := _COUNTRIES_IN_DETAILS.match(text, end) or _DETAILS_AFTER.match(text, end):
                    # "Small Hours (Denmark/Italy, 2015).", "Small Hours (Smaa timer), Denmark, 2015."
                    found.extend(COUNTRY_NAMES[part.strip().lower()] for part in details.group(1).split("/"))
        for at in described_at:
            if described := _IS_COUNTRY.match(text, at):
                found.extend(DEMONYMS[" ".join(group.lower().split())] for group in described.groups() if group)
        for described in _IT_IS_COUNTRY.finditer(doc.lowered, doc.header_end):
            found.extend(DEMONYMS[" ".join(group.lower().split())] for group in described.groups() if group)
        if "the new " in lowered or "the latest " in lowered:
            for match in _NEW_COUNTRY_FROM.finditer(lowered, doc.header_end):
                found.extend(DEMONYMS[" ".join(group.lower().split())] for group in match.groups() if group)
        if "co-production" in lowered:
            for match in _CO_PRODUCTION_BETWEEN.finditer(text, doc.header_end):
                found.extend(COUNTRY_NAMES[group.lower()] for group in match.groups())
        for match in doc.matches_near(_PRODUCTION_CHAIN, ("production",), _PRODUCTION_REACH, doc.header_end, lowered=True):
            sentence = doc.sentences.at(match.start())
            if "original" in lowered[sentence.start:sentence.end] or _names_another(text, match.end(), title):
                continue  # "the original was a Danish-Swedish co-production", "the French-Belgian co-production Les Ombres"
            found.extend(DEMONYMS[" ".join(part.split())] for part in _CHAIN_JOINS.split(match.group(1)))
        found.extend(_details_line_countries(text))
        surnames = {surname(d) for d in directors}
        for match in _POSSESSIVE_COUNTRY.finditer(text, doc.header_end) if surnames else ():
            owner = _OWNER_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if owner and owner.group(1) in surnames:
                found.append(DEMONYMS[" ".join(match.group(1).lower().split())])
        if "West Germany" in found or "East Germany" in found:
            found = [country for country in found if country != "Germany"]  # (a looser rule reads "West German" as a describing word and "German")
        return list(dict.fromkeys(found))

    def _prose_credits(self, doc: Doc, title: str | None = None, year: int | None = None) -> tuple[list[PersonRef], list[PersonRef]]:
        text = doc.text
        directors: dict[str, PersonRef] = {}
        writers: dict[str, PersonRef] = {}
        for pattern, directing, writing, needles in _PROSE_CREDITS:
            if directing and not writing and any(ref.evidence is None or ref.evidence.flag is None for ref in directors.values()):
                continue  # (a denied credit, "this is not the new film from Ann Lee", does not end the search)
            if not any(needle in text if isinstance(needle, str) else needle.search(text) for needle in needles):
                continue
            if pattern is _DIR_ABBREVIATED and len(re.findall(r"(?<![\w.])[Dd]ir\.", text)) > 1:
                continue  # a digest's "Dir. A ... Dir. B": several films, each with its director
            for match in pattern.finditer(text, doc.header_end):
                sentence = doc.sentences.at(match.start())
                source = _SOURCE_WORK.search(text, max(sentence.start, match.start() - 60), match.start())
                if source and not (year and source.group().startswith(str(year))):
                    continue  # "the 1962 original directed by", not "Get Out, the 2017 horror film that Ann Lee directed"
                if writing and not directing and _is_byline(text, match.start()):
                    continue
                if (directing and (relative := _RELATIVE_BEFORE.search(text, max(0, match.start(1) - 8), match.start(1)))
                        and _clause_of_another_film(doc, relative.start(), title)):
                    continue  # "a remake of Let the Right One In (2008), which Tomas Alfredson directed"
                flag = None if pattern in _ROLE_NAMED else self.hedges(text, sentence, match.start())
                names_start = match.start(1)
                if names_start == match.start() and (partners := _CO_MAKERS_BEFORE.search(text, max(sentence.start, names_start - 90), names_start)):
                    names_start = partners.start()  # "Rocky Morton and Annabel Jankel directed": both
                named = self._names_in(doc, names_start, match.end(1), title)
                if not named and pattern is _MAKER_REMAKES and " " not in match.group(1) and match.group(1) not in _NOT_MAKERS:
                    named = [(match.group(1), Span(*match.span(1)))]  # a user's "Soderbergh remakes ...": the surname alone
                for name, span in named:
                    played = _PLAYED_BY.match(text, span.end)
                    if played and played.group(1) in load_gazetteer():
                        played = None  # "Director Simon West (Con Air) helms ...": a film of theirs in the bracket
                    if name.isupper() or played or name.lower() in COUNTRY_NAMES:
                        continue  # "director, Orson Welles (Angus MacFadyen)" is a character; "an entry from South Korea" no one
                    if pattern is _MAKER_REMAKES and norm_title(name) in {norm_title(title or ""), *(norm_title(m.title) for m in doc.mentions)}:
                        continue  # "Marigold Station remakes ...": the film itself
                    evidence = Evidence(sentence=sentence, mention=span, confidence=0.8, flag=flag)
                    if directing:
                        directors.setdefault(name, PersonRef(name, evidence))
                    if writing:
                        writers.setdefault(name, PersonRef(name, evidence))
                if directors and pattern is _DIRECTOR_NAMED:
                    break  # the last resort takes the first "director Ann Lee" that names someone
        if "co-direct" in text:
            for pattern in _CO_DIRECTING:
                for match in pattern.finditer(text, doc.header_end):
                    sentence = doc.sentences.at(match.start())
                    flag = self.hedges(text, sentence, match.start())
                    for name, span in self._names_in(doc, match.start(1), match.end(1), title):
                        directors.setdefault(name, PersonRef(name, Evidence(sentence=sentence, mention=span, confidence=0.8, flag=flag)))
        if not directors:
            for verb in _LOWER_CASE_DIRECTS.finditer(text, doc.header_end):
                typed = _TWO_LOWER_WORDS_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
                if typed and not set(typed.group(1).split()) & _NOT_NAME_WORDS:  # "dominic sena directs it like a perfume ad"
                    name = typed.group(1).title()
                    evidence = Evidence(sentence=doc.sentences.at(typed.start()), mention=Span(*typed.span(1)), confidence=0.6)
                    directors[name] = PersonRef(name, evidence)
                    break
        return list(directors.values()), list(writers.values())

    def _possessive_director(self, doc: Doc, title: str, year: int | None) -> list[PersonRef]:
        """"Ann Lee's Grey Harbor is ...", "it's a big one: Ann Lee's Grey Harbor from 2019": a full
        name owning one of the body's first three mentions of the film, wherever in its sentence;
        not when a different year follows (that is another film of the same title), and not when
        the owner wrote the novel or play the film adapts.
        """
        text = doc.text
        start = doc.header_end
        for _ in range(3):
            mention = _first_mention(text, title, start)
            if mention is None:
                return []
            start = mention[1]
            owner = _OWNER_BEFORE.search(text, max(doc.header_end, mention[0] - 80), mention[0])
            if owner is None or _OTHER_FILM.search(owner.group("describing")) or _NOT_THIS_FILM.search(owner.group("describing")):
                continue  # "Hitchcock's classic PSYCHO", "Lean's version of ..."
            after = _YEAR_AFTER.match(text, mention[1]) or re.search(r"(?:1[89]|20)\d\d", owner.group("describing"))
            if after and year is not None and int(after.group(1) if after.re is _YEAR_AFTER else after.group()) != year:
                return []
            sentence = doc.sentences.at(owner.start(1))
            if self.hedges(text, sentence, owner.start(1)) == QUESTION:
                return []  # (a possessive is taken as given: "you may find bits of Ann Lee's X funny" doubts the laughs)
            name, span = clean_name(owner.group(1)), Span(*owner.span(1))
            opener = name.split()[0]
            if len(name.split()) > 2 and (opener in NOT_NAME_OPENERS or opener in NAME_LEADING_ROLES or opener.endswith("ing")):
                # "Watching Ann Lee Ek's X", "Director and Writer Ann Lee's X"
                name, span = name[len(opener) + 1:], Span(span.start + len(opener) + 1, span.end)
            if (name.split()[0] in NOT_NAME_OPENERS or name.lower() in COUNTRY_NAMES or _is_source_author(text, name)
                    or _ADAPTS.search(text, max(sentence.start, owner.start(1) - 40), owner.start(1))):
                return []  # (nor a country's possessive: "a retrospective of the United States' so-called campaign")
            return [PersonRef(name, Evidence(sentence=sentence, mention=span, confidence=0.7))]
        return []

    def _directors_year(self, doc: Doc, directors: list[PersonRef], title: str) -> int | None:
        """"Lenora Vasquez-Hill's 2017 comedy is ...", "Ann Lee's 2019 thriller Night Harbour": the
        year its director's film is given, when no other title stands beside the film noun
        ("FAREWELL MY CONCUBINE, Chen Kaige's 1992 drama" dates another of the director's films)."""
        text = doc.text
        names = {director.name for director in directors}
        for match in _OWNED_DATED_FILM.finditer(text, doc.header_end) if names else ():
            owner = next((match.start() - len(name) for name in names if text.endswith(name, 0, match.start())
                          and not _word_char(text, match.start() - len(name) - 1)), None)
            if owner is None:
                continue
            titled_after = re.match(r"\s*,?\s*[\"“]?[A-Z0-9]", text[match.end():match.end() + 4]) \
                and not text[match.end():match.end() + len(title) + 4].lstrip(" ,\"“*_").startswith(title)
            titled_before = any(re.fullmatch(r"[\"”]?,\s+(?:(?:the\s+)?director\s+)?", text[m.end:owner], re.IGNORECASE)
                                for m in doc.mentions_between(max(0, owner - 120), owner))
            if not (titled_after or titled_before or self.hedges(text, doc.sentences.at(owner), owner)):
                return int(match.group(1))
        return None

    def _possessive_noun_director(self, doc: Doc, title: str, year: int | None) -> list[PersonRef]:
        """"Ann Lee's 2019 thriller GREY HARBOR", "GREY HARBOR, Ann Lee's new film, ...", or "Ann
        Lee's 2019 thriller is ..." opening a sentence: a full name owning a film noun that is the
        reviewed film (named next to it, or the subject with this film's year or "new"/"latest")."""
        text = doc.text
        for match in _OWNER_NOUN.finditer(text, doc.header_end):
            modifiers = match.group(2) or ""
            # "this is John Carpenter's greatest film": a maker's best is another film unless this one is said to be it
            said_this = _SUPERLATIVE.fullmatch(modifiers) is not None and _THIS_IS.search(text, max(0, match.start() - 40), match.start()) is not None
            if _OTHER_FILM.search(modifiers) and not said_this:
                continue
            stated = re.search(r"\b(?:1[89]|20)\d\d\b", modifiers)
            if stated and year is not None and int(stated.group()) != year:
                continue
            spans = title_spans(text, title)
            lead_in = _LEAD_IN.match(text, match.end())
            next_word = lead_in.end() if lead_in else match.end()
            # (not a same-title film of another year: "John Ford's prison comedy Up the River (1930)",
            # "Runaway Daughters (1956), Edward L. Cahn's little melodrama" in a review of the remake)
            title_after = any(start == next_word and not _dated_otherwise(text, end, year) for start, end in spans)  # "Ann Lee's 2019 thriller, GREY HARBOR"
            title_before = any(max(doc.header_end, match.start() - 80) <= start and end <= match.start()
                               and _TITLE_THEN_COMMA.fullmatch(text, end, match.start()) and not _dated_otherwise(text, end, year)
                               for start, end in spans)
            sentence = doc.sentences.at(match.start())
            opens = re.fullmatch(r"[\s\"“‘'(]*", text[sentence.start:match.start()]) is not None
            opens = opens or _CLEFT.fullmatch(text, sentence.start, match.start()) is not None
            # "Joe Dante's Christmas horror comedy takes place in ...": a sentence opened by a maker's one
            # film, described in a few words, is about this film (not "Roger Deakins's cinematography for
            # the movie has ...": a phrase, not a description; nor "Ann Lee's films are ...")
            subject = opens and (_PROSE_SUBJECT.match(text, match.end()) or _PRESENT_VERB.match(text, match.end())) and not match.group().endswith("s") \
                and (stated or not _PHRASE_WORD.search(modifiers))
            # "Martin Scorsese's new thriller", "Jonathan Demme's remake of ...": this film, not another
            # (and opening its sentence, "Ann Lee's second feature ...", "Ann Lee's follow-up to X is ...";
            # after "This is", "This is Ann Lee's remake of ...")
            this_film = said_this or re.search(r"\b(?:new|latest)\b", modifiers) or (opens and (
                (match.group().endswith("remake") and text.startswith(" of ", match.end())) or match.group().endswith("follow-up")
                or re.search(r"\b(?:second|third|fourth|fifth|sixth|sophomore)\b", modifiers))) or (
                not modifiers and _THIS_IS.search(text, max(0, match.start() - 40), match.start()) is not None) or (
                # "Paul Jay's documentary is a brilliant ...", "Leon Gast's documentary account of ...": a review
                # of a documentary opens on its maker's (a documentary named beside it is another one)
                opens and match.group().endswith("documentary") and not doc.mentions_between(match.end(), match.end() + 4))
            if not (title_after or title_before or subject or this_film):
                continue
            name, start = clean_name(match.group(1)), match.start(1)
            if name.split()[0] in NOT_NAME_OPENERS and len(name.split()) > 2:  # "What Ines Varga's 2020 drama"
                start += len(name.split()[0]) + 1
                name = name.split(" ", 1)[1]
            if (name.split()[0] in NOT_NAME_OPENERS or _is_source_author(text, name)
                    or _ADAPTS.search(text, max(sentence.start, match.start() - 40), match.start())):
                continue
            flag = None if said_this else self.hedges(text, sentence, match.start())
            if flag and (flag == QUESTION or not (title_after or title_before)):
                continue  # ("this is not Ann Lee's best film" doubts the film's rank, not its maker; beside the title the possessive is given)
            return [PersonRef(name, Evidence(sentence=sentence, mention=Span(start, match.end(1)), confidence=0.7))]
        return []

    def _direction_director(self, doc: Doc) -> list[PersonRef]:
        """"Ann Lee's direction is brisk", "careful direction by Ann Lee": the review's first
        remark on the direction names the director."""
        text = doc.text
        for pattern, word, before, after in _DIRECTION:
            match = next((found for hit in word.finditer(text, doc.header_end)
                          if (found := pattern.search(text, max(doc.header_end, hit.start() - before), hit.end() + after))), None)
            if match is None:
                continue
            name = clean_name(match.group(1))
            sentence = doc.sentences.at(match.start())
            if name.split()[0] in NOT_NAME_OPENERS or self.hedges(text, sentence, match.start()) or (
                    " " not in name and name.lower() in english_words()):  # "direction by Night", "Paris's direction"
                continue
            if " " not in name:
                name = full_name_for(text, name) or name  # "Crichton's direction" where "Michael Crichton" is named
            return [PersonRef(name, Evidence(sentence=sentence, mention=Span(*match.span(1)), confidence=0.65))]
        return []

    def _maker_director(self, doc: Doc, title: str, year: int | None) -> list[PersonRef]:
        """"Ann Lee made Grey Harbor quickly": a full name that made or directed the film.

        Not read when the review also names a same-title film of another year (whose maker
        this may be), nor when another year follows the title.
        """
        key = norm_title(title)
        if any(norm_title(m.title) == key and m.year and m.year != year for m in doc.mentions):
            return []
        text = doc.text
        # the verb and title first, the name before them second; the title is compared as a string,
        # since a pattern holding it would be compiled anew for every review
        for verb in _MAKING_VERB.finditer(text, doc.header_end):
            title_end = verb.end() + len(title)
            if not text.startswith(title, verb.end()) or _WORD_GOES_ON.match(text, title_end):
                continue
            match = _MAKER_BEFORE.search(text, max(doc.header_end, verb.start() - 80), verb.start())
            if match is None:
                continue
            after = _YEAR_AFTER.match(text, title_end)
            if after and year is not None and int(after.group(1)) != year:
                continue
            name = clean_name(match.group(1))
            if name.split()[0] in NOT_NAME_OPENERS:
                continue
            sentence = doc.sentences.at(match.start())
            if self.hedges(text, sentence, match.start()):
                continue
            if partners := _CO_MAKERS_BEFORE.search(text, max(sentence.start, match.start(1) - 90), match.start(1)):
                # "Merian C. Cooper and Ernest B. Schoedsack directed King Kong": both
                return [PersonRef(named, Evidence(sentence=sentence, mention=span, confidence=0.7))
                        for named, span in self._names_in(doc, partners.start(), match.end(1), title)]
            evidence = Evidence(sentence=sentence, mention=Span(*match.span(1)), confidence=0.7)
            return [PersonRef(name, evidence)]
        return []

    def _names_in(self, doc: Doc, start: int, end: int, title: str | None = None) -> list[tuple[str, Span]]:
        """The people named in ``text[start:end]``; the list ends where a film is named.

        "Directed by Ann Lee, Grey Harbor is ..." reads as one name list up to the full stop,
        so the reviewed film's title (or any film mention) after a comma ends it.
        """
        text, cursor = doc.text, start
        found: list[tuple[str, Span]] = []
        key = norm_title(title) if title else None
        mention_starts = {m.span.start for m in doc.mentions_between(start, end) if m.kind != "caps"}
        for name in split_names(_WITH.sub(", ", text[start:end]), share_surnames=False):
            at = text.find(name.split()[0], cursor, end)
            if at < 0:
                continue
            if found and (norm_title(name) == key or at in mention_starts):
                break
            cursor = at + len(name.split()[0])
            first_word, _, rest = name.partition(" ")
            if first_word in NOT_NAME_OPENERS or first_word in NAME_LEADING_ROLES:  # "Then Ann Lee directs" names Ann Lee
                if " " not in rest or not is_name(rest):
                    continue
                at, name = text.find(rest.split()[0], cursor, end), rest
            span = Span(at, min(at + len(name), end))
            joined = _JOINED_FULL_NAME.match(text, at + len(name), end) if " " not in name else None
            elsewhere = full_name_for(text, name) if joined else None
            if joined and (elsewhere is None or elsewhere.split()[0] == name):
                # "brothers Chris & Paul Weitz": a first name shares the surname that follows
                name = f"{name} {surname(joined.group(1))}"
            elif " " not in name:
                full = full_name_for(text, name)
                if full is None:
                    continue
                name = clean_name(full)
            elif (full := full_name_for(text, name)) is not None:
                name = clean_name(full)  # "De Palma directs" after "Brian De Palma's The Untouchables": a particle's surname
            found.append((name, span))
        return found
