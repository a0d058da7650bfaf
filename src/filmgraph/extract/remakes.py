"""Remakes: a :class:`Doc` and the reviewed film in, the films it remakes out.

Cues are "a remake of X", "remade from X", "an update of X", "the movie to be remade is X";
"the 1966 original" and "Robert Wise's 1963 THE HAUNTING" give a same-title original when the
review calls the film a remake. Figurative remakes ("practically a remake of X", "feels like a
remake of X") are resemblance, handed to influences; so is a second remake claim once a
same-title original is known. Another film's remake ("the 2005 remake of X", "his remake of
X") is not this film's; wished-for or denied remakes are returned flagged.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("NOSFERATU (1979) is a remake of NOSFERATU (1922). It isn't a remake of DRACULA.")
>>> found = RemakeFinder()(doc, "Nosferatu", 1979)
>>> [(r.title, r.year, r.evidence.flag) for r in found.remakes]
[('Nosferatu', 1922, None), ('Dracula', None, 'negation')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..model import Evidence, FilmRef, PersonRef, ReviewedFilm, Span
from ..titlekeys import norm_title
from .doc import Doc
from .gazetteer import load_gazetteer
from .lexicon import DEMONYMS, STUDIOS, demonym_pattern
from .names import NAME_PATTERN, is_name
from .relations import CueReader, about_other_film, film_ref, merge_refs
from .targets import OWNER, Target
from .titles import full_year

__all__ = ["RemakeFinder", "Remakes", "remade_in", "remade_by"]

_CUE = re.compile(  # led by the letters its cues start with, so other positions are passed over at once
    r"\b(?=[ruahetbnmcd])(?:\b(?:re-?make|re-?boot|re-?telling|re-?do|do-?over|make-?over|(?:new|updated|modern|moderni[sz]ed|contemporary)\s+version|update|updating|re-?imagining|remaking|re-?working|americanization|americani[sz]ed\s+(?:version|take|remake))"
    # "a remake -- of course -- of X", "a remake (the credits say 'inspired by') of X"
    # "a remake, of course, of X" (a short aside between commas, not one that denies: "a remake, but not of X")
    r"(?:\s*(?:--|—)[^—\n]{1,150}?(?:--|—)|\s*\([^()\n]{1,100}\)|,(?!\s*(?:but|not|never|and|or)\b)(?:\s+[\w'’-]+){1,3},)?\s+(?:of|on)\s+|"
    r"\b(?:hollywood['’]s|american|english-language|u\.s\.)\s+(?:\w+\s+)?(?:version|take|remake)\s+(?:of|on)\s+|"
    r"\bremade\s+(?:version\s+of|from)\s+|\bto\s+be\s+remade\s+is\s+|"
    r"\b(?<=hollywood\s)(?:has\s+|have\s+|finally\s+)?remade\s+|"  # "Hollywood remade Let the Right One In"
    # "remakes the Ealing comedy X", "reworks Kurosawa's Yojimbo" (not "remade X": "when Murphy remade X" is his)
    r"\b(?:remakes|remaking|updates|re-?imagines|reworks|transposes|re-?does|re-?tells|refashions|re-?films)\s+(?:(?:his|her|their)\s+own\s+)?(?=(?-i:[A-Z])|[\"“*_]|the\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z]))|"
    r"\b(?:based\s+on|(?:an\s+)?(?:official\s+)?adaptation\s+of)\s+(?=(?:the\s+|an?\s+|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s\s+)(?:[\w'’-]+\s+){0,3}?(?:film|movie|comedy|thriller|drama|hit|classic|picture|feature|"
    r"farce|chiller|western|melodrama|caper|romance|satire|noir)[\s,]))",
    re.IGNORECASE,
)
# Every cue holds one of these words, at most _CUE_REACH[0] characters after its start: it is searched
# for only around them (tried at every position of the text, it cost about 4% of all extraction)
_CUE_NEEDLES = ("remak", "re-mak", "reboot", "re-boot", "retell", "re-tell", "redo", "re-do", "do-over", "doover", "version",
                "updat", "reimagin", "re-imagin", "rework", "re-work", "americani", "take", "remade", "transpos", "based",
                "adaptation", "makeover", "make-over", "refashion", "refilm", "re-film")
_CUE_REACH = (80, 500)
# "the Coens' take on the 1955 Ealing comedy X": a maker's take (searched apart, by its literal, for speed)
_TAKE_ON = re.compile(r"take\s+on\s+")
# A credits header's "Screenplay: ... based on the film X by Y": in a header only a film said to
# be one is read (a header's "based on X" is most often a novel or a play).
# Also "adapted from Alessandro Blasetti's 1942 Italian film, FOUR STEPS IN THE CLOUDS".
_HEADER_BASED_ON = re.compile(
    r"\b(?:based\s+on|adapted\s+from|an\s+adaptation\s+of)\s+"
    r"(?=(?:the|an?|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:film|movie)[\s,])",
    re.IGNORECASE,
)
# A header's "based on WINGS OF DESIRE": a bare title is read when the catalog knows it as a
# film, unless words before it or "by Someone" after it may make it a book or play ("based on
# Chekhov's UNCLE VANYA", "based on THE MIDWICH CUCKOOS by John Wyndham"); then only a catalog
# that lists the pair as a remake is enough.
_HEADER_BASED_ON_TITLE = re.compile(r"\bbased\s+on\s+(?=[A-Z\"“])")
# A facts box's "Remake of: X (1986)", "Original: X"
_REMAKE_LABEL = re.compile(r"^[ \t*_-]*(?:remake\s+of|remade\s+from|original(?:\s+film)?)[*_]*\s*:[*_]*[ \t]*(?=\S)", re.IGNORECASE | re.MULTILINE)
_BY_AUTHOR = re.compile(r"[\"”]?,?\s+by\s+[A-Z]")
# "updates Lars Berg's 1962 thriller of the same name": the original shares the film's title.
_SAME_NAME = re.compile(  # (its words start with "u" or "r": the look-ahead passes over other positions at once)
    r"\b(?=[ur])(?:updates?|updating|remakes?|remaking|re-?imagines?|revisits?)\s+(?:[\w'’-]+\s+){0,4}?((?:1[89]|20)\d\d)\s+"
    r"(?:[\w-]+\s+){0,2}of\s+the\s+same\s+(?:name|title)\b",
    re.IGNORECASE,
)
# "a remake of the 1954 version": the original dated, not named; not "the 1950's TV series"
_DATED_ORIGINAL = re.compile(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?((?:1[89]|20)\d\d)\b"
    r"(?!['’]?s?\s+(?:[\w-]+\s+)?(?:tv|television|series|sitcom|show|novel|book|play|stage|comic|cartoon)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:and|&)\s+(?:a\s+)?(?:film|movie)))",  # (but "a 1960's TV show and film")
    re.IGNORECASE,
)
# A review of a re-release ("the director's cut", "the restoration"): the film dated in it is the
# film itself, whatever the review calls "the original".
_RE_RELEASE = re.compile(r"director['’]s\s+cut|re-?release|restoration|re-?issue|special\s+edition")
# "If you liked the original X (1962), skip this remake": the original named outright.
# (lower-cased text; led by its literal, which ``re`` finds fast, the word start checked after it)
_REMAKE_WORD = re.compile(r"remake(?<!\wremake)\b")
# also "the original NIGHT HARBOUR" (dated by a catalog), "the 1947 original, KISS OF DEATH", "the original
# 1974 version of THE TAKING OF PELHAM ONE TWO THREE"
# "the original X", "the 1962 original, X", "the original 1974 version of X", "the Dutch original, X",
# "the original Italian comedy X", "Tsui Hark's original X" (led by the word, which ``re`` skips to; what
# leads to it is read back by _ORIGINAL_LEAD)
_THE_ORIGINAL = re.compile(
    r"[Oo](?<![\w-].)(?:riginal|RIGINAL)(?:\s+((?:1[89]|20)\d\d))?(?:\s+(?:[A-Z][a-z]+\s+)?(?i:version|film|movie|comedy|thriller|drama|"
    r"classic|picture|feature)(?:\s+of)?)?,?\s+(?=[A-Z\"“']|‘(?-i:[A-Z]))"
)
_ORIGINAL_LEAD = re.compile(r"(?:\b[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:((?:1[89]|20)\d\d)\s+)?(?:[A-Z][a-z]+\s+)?$")
# "Bachelor Mother, the delightful original": the original named before its description
_ORIGINAL_AFTER = re.compile(r",\s+(?:the|[a-z]+['’]s)\s+(?:[a-z]+\s+){0,2}?original\b(?!\s+(?:of|title|story|script|score|cast)\b)")
# Between a dated description and the film it names: "the 1947 original, KISS OF DEATH", "the original 1974 version of X"
# also past its maker: "the 1956 original, Don Siegel's "Invasion of the Body Snatchers""
_BETWEEN_NAMED = re.compile(r"[\s\"“*_,]*(?:of\s+)?(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?[\s\"“*_]*")
# "practically a remake of X", "feels like a remake of X": resemblance. An adverb read only before
# an article: in "practically unwatchable remake of X" it qualifies the adjective. ("Basically a
# remake of X", "essentially a remake of X" state the remake: the annotated reviews read them so.)
_FIGURATIVE = re.compile(
    r"\b(?:(?:practically|virtually|almost|nearly),?\s+(?:just\s+)?(?:a|an|the)\b|"
    r"like|unofficial|uncredited|glorified|amounts?\s+to|little\s+more\s+than|nothing\s+more\s+than|in\s+effect|"
    r"kinda|sorta|kind\s+of|sort\s+of)"  # "A kinda remake of X", "sort of a remake of X"
    r"\b[^,;]{0,40}$",
    re.IGNORECASE,
)
# "the 2005 remake of X", "the TV remake of X": another film's remake, unless the year is the
# film's own or the film is the subject ("Vanilla Sky is a 2001 remake of X")
_OTHER_REMAKE = re.compile(r"(?<!\bis\sa\s)(?<!['’]s\sa\s)\b((?:1[89]|20)\d\d)['’]?s?\s+(?:[\w-]+\s+){0,2}$|\b(?:TV|television|made-for-TV)\s+$")
# "direct the abysmal remake of X", "in Soderbergh's remake of X", "an homage to Scorsese's remake of
# X": a remake known by "the" or by its maker, inside a clause about something else, is another
# film's ("X is the remake of Y", "its the remake of Y", "Ann Lee's remake of Y follows it closely"
# are this film's; so is "X is writer-director Ann Lee's remake of Y": a maker's trade names no other clause)
_KNOWN_REMAKE_INSIDE = re.compile((
    r"(?<![\w'’])(?!(?:is|was|being|as|it['’]?s)\s)(?!_MAKER\s)[a-z][\w'’-]*\s+(?:_MAKER\s+)?(?:the|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}?$").replace("_MAKER", r"(?:[\w]+-)?(?:director|filmmaker|film-maker|helmer|auteur|writer)"))
_REMAKE_AFTER_TITLE = re.compile(r" remake\b")  # (led by its literal; the title before it is read back)
_THIS_OR_AS = re.compile(r"\b(?:[Tt]his|[Aa]s an?)[ ]$")
# (matched against the lower-cased text; "og": users' "original"; the word start is checked after
# the word, so that ``re`` can skip to the letters the words start with)
_CALLED_REMAKE = re.compile(r"(?:remake|remade|original|og)\b(?<!\wremake)(?<!\wremade)(?<!\woriginal)(?<!\wog)")
_ORIGINAL_YEAR = re.compile(  # (led by a look-ahead for the letters its words start with: other positions fail at once)
    r"(?=[to'’])(?:\bthe\s+((?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){0,2}original\b|\boriginal\s+((?:1[89]|20)\d\d)\s+(?:version|film|movie)\b|"
    r"['’]s\s+((?:1[89]|20)\d\d)\s+original\b|"  # "Ann Lee's 2003 original"
    # "the 1937 Frank Capra film", "the 1962 Robert Mulligan version": a dated film by its maker
    r"\bthe\s+((?:1[89]|20)\d\d)\s+(?-i:[A-Z][\w'’.-]+\s+){1,3}(?:film|movie|version)\b|"
    # "the 1947 version", "the old 1947 one", "the 1947 edition's cast": in a remake's review, the earlier film
    r"\bthe\s+(?:old|older|first|earlier)\s+((?:1[89]|20)\d\d)\s+(?:version|edition|one)\b|\bthe\s+((?:1[89]|20)\d\d)\s+(?:version|edition)\b)",
    re.IGNORECASE,
)
# How users date the original: "the og one from 1960", "the original from '74", "the 85 one", "the 2003 one"
_ORIGINAL_YEAR_SAID = re.compile(
    r"\bthe\s+(?:og|original|old|first)(?:\s+(?:one|version|film|movie))?\s+from\s+['’]?((?:1[89]|20)?\d\d)\b|"
    r"\bthe\s+['’]?((?:1[89]|20)?\d\d)\s+(?:one|version)\b",
    re.IGNORECASE,
)


# The film called a remake itself: "this remake", "is an inferior remake", "being a remake".
_THIS_REMAKE = re.compile(
    r"\bthis\s+(?:[\w-]+\s+)?remake\b|\b(?:is|being|as)\s+an?\s+(?:[\w-]+\s+){0,2}?remake\b(?!\s+of\b)", re.IGNORECASE
)
# A sentence that opens on the reviewed film as a remake of a named film: "This 1971 television remake of X (1934)
# keeps ...", "This remake of X (1955), broadcast in 1991, ..."
_THIS_REMAKE_OF = re.compile(r"(?:^|(?<=[.!?\n])[ \t#;%/*>-]*)This\s+(?:(?:1[89]|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?remake\s+of\s+",
                             re.MULTILINE)
# what continues a title into a longer one: "The Thing| from Another World", "Psycho| II"
_TITLE_GOES_ON = re.compile(r"\w|[ ](?-i:[A-Z])|[ ](?:from|of|in|on|at|and)[ ](?-i:[A-Z])", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b((?:1[89]|20)\d\d)(?:['’]s)?\s+(?:[\w\"'-]+\s+){0,3}(?:version\s+of\s+)?$")


@dataclass
class Remakes:
    """What :class:`RemakeFinder` found: remakes, and figurative ones that are resemblance."""

    remakes: list[FilmRef] = field(default_factory=list)
    resemblances: list[FilmRef] = field(default_factory=list)


class RemakeFinder(CueReader):
    """Find the films the reviewed film remakes."""

    def __call__(self, doc: Doc, title: str | None, year: int | None) -> Remakes:
        found = Remakes()
        key = norm_title(title) if title else None
        stated: list[FilmRef] = []
        header_cues = [*_HEADER_BASED_ON.finditer(doc.text, 0, doc.header_end), *_REMAKE_LABEL.finditer(doc.text),
                       *self._header_titles(doc, title, year)]
        takes = [m for m in _TAKE_ON.finditer(doc.text, doc.header_end) if doc.text[m.start() - 3:m.start()].endswith(("' ", "’ ", "'s ", "’s "))]
        cues = doc.matches_near(_CUE, _CUE_NEEDLES, _CUE_REACH, doc.header_end)
        for cue in [*header_cues, *cues, *takes]:
            other = _OTHER_REMAKE.search(doc.text, max(0, cue.start() - 20), cue.start())
            if other and (other.group(1) is None or year is None or int(other.group(1)) != year):
                continue
            if about_other_film(doc, cue.start(), title):
                continue
            sentence = doc.sentences.at(cue.start())
            if _KNOWN_REMAKE_INSIDE.search(doc.text, max(sentence.start, cue.start() - 60), cue.start()):
                continue
            flag = self.hedges(doc.text, sentence, cue.start())
            figurative = _FIGURATIVE.search(doc.text, max(sentence.start, cue.start() - 60), cue.start())
            targets = self.targets(doc, cue.end(), many=False)
            if not targets:
                continue
            target = targets[0]
            if key and norm_title(target.title) == key:
                if cue.group().lower().startswith(("based", "adaptation", "an adaptation", "official")):
                    continue  # "Based on Victor Hugo's 1831 classic, THE HUNCHBACK ... tells": the source work
                if target.year is None or (year is not None and target.year >= year):
                    if flag:
                        stated.append(film_ref(doc, target, cue.start(), 0.9, flag))
                    continue
            if year is not None and target.year is not None and target.year > year:
                continue
            ref = film_ref(doc, target, cue.start(), 0.6 if figurative else 0.95, flag)
            (found.resemblances if figurative else stated).append(ref)
        stated.extend(self._title_before_remake(doc, key))
        stated.extend(self._named_original(doc, key, year))
        named_other = any(norm_title(r.title) != key and r.evidence and r.evidence.flag is None for r in stated)
        original = self._same_title_original(doc, title, year, cues, named_other=named_other)
        if original is not None:
            for ref in stated:
                # ("John Carpenter's The Fog", as a catalog titles it, is that same original, not a film it resembles)
                if norm_title(ref.title) != key and ref.evidence and ref.evidence.flag is None and not _owned_title(ref.title, key):
                    found.resemblances.append(ref)
            stated = [r for r in stated if norm_title(r.title) == key or (r.evidence and r.evidence.flag)]
            stated.append(original)
        found.remakes = merge_refs(stated)
        return found

    def years_remade_by_this(self, doc: Doc, title: str) -> set[int]:
        """The years of the films of ``title``'s name that a sentence says "this" film remakes ("This 1971
        television remake of Death Takes a Holiday (1934)"): not the reviewed film's year, however
        close to its title they are written."""
        years: set[int] = set()
        if "remake" not in doc.lowered:
            return years  # (most reviews: the search below is the reviewed film's, on every one)
        key = norm_title(title)
        for cue in _THIS_REMAKE_OF.finditer(doc.text):
            targets = self.targets(doc, cue.end(), many=False)
            if targets and targets[0].year is not None and norm_title(targets[0].title) == key:
                years.add(targets[0].year)
        return years

    @staticmethod
    def remade_film(remakes: Remakes) -> ReviewedFilm | None:
        """The reviewed film of a review that never names it but says it remakes "the 1968 Planet
        of the Apes", a film a catalog lists a same-title remake of: that remake, dated when the
        catalog lists only one."""
        gazetteer = load_gazetteer()
        for ref in remakes.remakes:
            if ref.year is None or (ref.evidence is not None and ref.evidence.flag):
                continue
            later = gazetteer.same_title_remake_years(ref.title, ref.year)
            if later:
                evidence = replace(ref.evidence, confidence=0.6) if ref.evidence else None
                return ReviewedFilm(ref.title, later[0] if len(later) == 1 else None, evidence=evidence)
        return None

    def _title_before_remake(self, doc: Doc, key: str | None) -> list[FilmRef]:
        """"As a Frankenstein remake this one misses ...", "this Psycho remake": the original named
        before the word (not "the Psycho remake", as often another film)."""
        found = []
        for cue in _REMAKE_AFTER_TITLE.finditer(doc.text, doc.header_end):
            target = self.targets.before(doc, cue.start())
            if (target is None or target.title[0].isdigit() or (target.surface.isupper() and len(target.surface) <= 3)
                    or target.title in STUDIOS or target.title.lower() in DEMONYMS):
                continue  # "this 1999 remake", "this US remake", "this Hollywood remake", "this American remake"
            if (key and norm_title(target.title) == key) or not _THIS_OR_AS.search(
                    doc.text, max(0, target.span.start - 8), target.span.start):
                continue
            flag = self.hedges(doc.text, doc.sentences.at(cue.start()), target.span.start)
            found.append(film_ref(doc, target, target.span.start, 0.9, flag))
        return found

    def _header_titles(self, doc: Doc, title: str | None, year: int | None) -> list[re.Match[str]]:
        """The header's "based on X" cues whose X the catalog knows as a film (see above)."""
        gazetteer = load_gazetteer()
        found = []
        for cue in _HEADER_BASED_ON_TITLE.finditer(doc.text, 0, doc.header_end):
            targets = self.targets(doc, cue.end(), many=False)
            if not targets or targets[0].title not in gazetteer:
                continue
            target = targets[0]
            source_work = target.filler.strip() or _BY_AUTHOR.match(doc.text, target.span.end)
            if source_work and not (title and gazetteer.is_remake_pair(title, year, target.title, target.year)):
                continue
            found.append(cue)
        return found

    def _named_original(self, doc: Doc, key: str | None, year: int | None) -> list[FilmRef]:
        """"the original X (1962)" in a review that calls its film a remake (unhedged); "the original
        PROM NIGHT" in a review of the 2008 PROM NIGHT says so by itself when the catalog lists that
        remake ("the original Shaft" may be the character, "the original FANTASIA" a sequel's first)."""
        text = doc.text
        called = any(self.hedges(text, doc.sentences.at(m.start()), m.start()) is None
                     for m in _REMAKE_WORD.finditer(doc.lowered, doc.header_end))
        found = []
        for start, stated, dated_apposition, targets in self._said_originals(doc):
            for target in targets:
                if not called and not dated_apposition and (norm_title(target.title) != key or year is None):
                    continue
                if stated and target.year is None:
                    target = replace(target, year=int(stated))
                if norm_title(target.title) == key and target.year is None:
                    # "the original PROM NIGHT" in a review of the 2008 one: the catalog's earliest
                    # film of that title dates it, or it cannot be told from the film itself; of an
                    # undated film, the catalog must know more than one film of the title
                    known = load_gazetteer().years(target.title)
                    earlier = [y for y in known if y < year] if year else (list(known) if len(known) > 1 else [])
                    if not earlier:
                        continue
                    target = replace(target, year=min(earlier))
                if year and target.year and target.year >= year:
                    continue
                if not called and not dated_apposition and not load_gazetteer().is_remake_pair(
                        target.title, year, target.title, target.year):
                    continue
                flag = self.hedges(text, doc.sentences.at(start), start)
                found.append(film_ref(doc, target, start, 0.8, flag))
        return found

    def _said_originals(self, doc: Doc) -> Iterator[tuple[int, str | None, bool, list[Target]]]:
        """Each place the review calls a film "the original": where the phrase starts, the year it
        gives, whether it dates the film in apposition ("the 1951 original, The Thing from Another
        World": a dated original named outright) and the film it names."""
        text = doc.text
        if "riginal" not in text and "RIGINAL" not in text:
            return  # (both patterns hold the word, which most reviews never use: a substring test spares the searches)
        for word in _THE_ORIGINAL.finditer(text, doc.header_end):
            lead = _ORIGINAL_LEAD.search(text, max(doc.header_end, word.start() - 40), word.start())
            if lead is not None:
                stated = lead.group(1) or word.group(1)
                yield lead.start(), stated, bool(stated) and word.group().rstrip().endswith(","), \
                    self.targets(doc, word.end(), many=False)
        for described in _ORIGINAL_AFTER.finditer(text, doc.header_end):
            end = described.start() - (text[described.start() - 1:described.start()] in ("\"", "”", "’", "'"))
            named = self.targets.before(doc, end)
            if named is not None:
                yield named.span.start, None, False, [named]

    def _listed_original(self, doc: Doc, title: str, year: int | None, called: list[re.Match[str]]) -> FilmRef | None:
        """"Despite being an inferior remake, VILLAGE OF THE DAMNED ...": a review that calls its
        film a remake without dating the original, of a film the catalog lists as a remake of an
        earlier one of the same title. Without the film's year, only "this remake" or "X is a
        remake" (not "the remake", which a review of the original says too) is enough."""
        original_year = load_gazetteer().listed_original_year(title, year)
        if original_year is None:
            return None
        text = doc.text
        if year is None:
            cues = [m for m in _THIS_REMAKE.finditer(text, doc.header_end)
                    if self.hedges(text, doc.sentences.at(m.start()), m.start()) is None]
        else:
            cues = [m for m in called if m.group(0).lower() != "original"]
        if not cues:
            return None
        remake = cues[0]
        target = Target(title, original_year, (), Span(*remake.span()), title, "")
        return film_ref(doc, target, remake.start(), 0.6, None)

    @staticmethod
    def _names_another(doc: Doc, end: int, title: str) -> bool:
        """Whether a film other than ``title`` is named right after ``end``."""
        return any(norm_title(m.title) != norm_title(title) and _BETWEEN_NAMED.fullmatch(doc.text, end, m.span.start) is not None
                   for m in doc.mentions_between(end, end + 40))

    @staticmethod
    def _title_uses(doc: Doc, title: str) -> Iterator[int]:
        """Where the body names ``title`` itself, in any case, and not the start of a longer title
        ("The Thing" in "The Thing from Another World"). A string search: a pattern holding the
        title would be compiled anew for every review."""
        wanted = title.lower()
        at = doc.lowered.find(wanted, doc.header_end)
        while at >= 0:
            end = at + len(wanted)
            before = doc.lowered[at - 1] if at else " "
            if not (before.isalnum() or before == "_") and _TITLE_GOES_ON.match(doc.text, end) is None:
                yield at
            at = doc.lowered.find(wanted, at + 1)

    def _same_title_original(self, doc: Doc, title: str | None, year: int | None, cues: list[re.Match[str]], *,
                             named_other: bool = False) -> FilmRef | None:
        """The earlier film of the reviewed film's own title that the review dates, if it calls its
        film a remake. Users' "the 85 one" is read only when no original of another title is named
        ("a remake of Wait Until Dark, the 1967 one"). ``cues`` are the review's remake cues, as
        :meth:`__call__` found them."""
        if not title:
            return None
        text = doc.text
        called = [m for m in _CALLED_REMAKE.finditer(doc.lowered, doc.header_end)
                  if self.hedges(text, doc.sentences.at(m.start()), m.start()) is None]
        # (searched once, and only where the text says "same" at all: most reviews do not, and the
        # pattern is tried at every word)
        same_named = list(_SAME_NAME.finditer(text, doc.header_end)) if "same" in doc.lowered else []
        if (not called and not same_named) or len(_RE_RELEASE.findall(doc.lowered)) >= 2:
            return None
        candidates: list[tuple[int, Span, int]] = []
        # ("the 2011 movie also called The Thing" in a review that names another original is a third film)
        for at in () if named_other or len(title) <= 2 else self._title_uses(doc, title):
            before = _YEAR_BEFORE.search(text, max(doc.header_end, at - 60), at)
            if before and self.hedges(text, doc.sentences.at(at), before.start()) is None:
                candidates.append((int(before.group(1)), Span(at, at + len(title)), at))
        # with an original of another title named, a dated "version" is more likely a third film's
        # ("a remake of Il Mare (2000), and a third go after the 2006 Hollywood version The Lake House")
        users_said = [] if named_other else list(_ORIGINAL_YEAR_SAID.finditer(text, doc.header_end))
        if users_said:
            # "the 1938 one" in a review that dates another title 1938 ("THE LADY VANISHES (1938)") means that film
            dated_others = {m.year for m in doc.mentions if m.year and norm_title(m.title) != norm_title(title)}
            users_said = [m for m in users_said if full_year(next(g for g in m.groups() if g)) not in dated_others]
        said = () if named_other else (*_ORIGINAL_YEAR.finditer(text, doc.header_end), *users_said)
        for match in said:
            if self._names_another(doc, match.end(), title):  # "the 1983 French film LES COMPERES"
                continue
            found_year = next(group for group in match.groups() if group)
            candidates.append((full_year(found_year), Span(*match.span()), match.start()))
        for cue in cues:
            if not self.targets(doc, cue.end(), many=False):
                tail = _DATED_ORIGINAL.match(text[cue.end():cue.end() + 60])
                if tail and self.hedges(text, doc.sentences.at(cue.start()), cue.start()) is None:
                    start = cue.end() + tail.start(1)
                    candidates.append((int(tail.group(1)), Span(start, start + 4), cue.start()))
        for match in same_named:
            if self.hedges(text, doc.sentences.at(match.start()), match.start()) is None:
                candidates.append((int(match.group(1)), Span(*match.span(1)), match.start()))
        # The original is the earliest film of the title the review dates: "1994's MIRACLE ON
        # 34TH STREET" is the remake itself, "the 1947 version" the original.
        gazetteer = load_gazetteer()
        earlier = [c for c in candidates if (c[0] < year if year is not None else not gazetteer.only_a_remake_in(title, c[0]))]
        if not earlier:
            return self._listed_original(doc, title, year, called)
        found_year, span, cue_start = min(earlier, key=lambda c: c[0])
        known = gazetteer.years(title)
        if known and all(abs(known_year - found_year) > 1 for known_year in known):
            # "the 1984 original" in a review of WES CRAVEN'S NEW NIGHTMARE, which a catalog lists
            # once, in 1994: the original of another title, not a same-title film it never lists
            return None
        target = Target(title, found_year, (), span, title, "")
        return film_ref(doc, target, cue_start, 0.7, None)


def _said_before_originals(text: str, doc: Doc, originals: list[FilmRef], pattern: re.Pattern[str],
                           reach: int) -> Iterator[tuple[re.Match[str], Span]]:
    """``pattern`` matched in ``text`` (the review or its lower-cased copy) right before each
    original named without a flag, within its sentence and ``reach`` characters, with that sentence."""
    for ref in originals:
        mention = ref.evidence.mention if ref.evidence else None
        if mention is None or (ref.evidence and ref.evidence.flag):
            continue
        sentence = doc.sentences.at(mention.start)
        said = pattern.search(text, max(sentence.start, mention.start - reach), mention.start)
        if said:
            yield said, sentence


# "an American remake of X", "an American version of Tomas Alfredson's Swedish X", "the US do-over
# of X": the maker's country said right before the original it remakes (the lower-cased text; not
# "Hollywood's version of X", a way of speaking more than a country)
_COUNTRY_VERSION_OF = re.compile(
    rf"\b({demonym_pattern()}|us|u\.s\.)\s+(?:[\w-]+\s+)?(?:remake|version|redo|re-do|do-over|make-?over|update|"
    r"take|re-?imagining|retelling)\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\"“*_]?$"
)
_UNITED_STATES = ("us", "u.s.")


def remade_in(doc: Doc, originals: list[FilmRef]) -> tuple[str, ...]:
    """The countries the reviewed film is said to remake its ``originals`` in, where the review
    names an original: "an American remake of X" -> United States, "a Norwegian version of X" ->
    Norway.

    >>> from filmgraph.extract.doc import DocBuilder
    >>> doc = DocBuilder()("Night Harbour is the US do-over of Lars Berg's Danish Dock Lights (2004).")
    >>> original = RemakeFinder()(doc, "Night Harbour", None).remakes
    >>> remade_in(doc, original)
    ('United States',)
    """
    found = []
    for said, _ in _said_before_originals(doc.lowered, doc, originals, _COUNTRY_VERSION_OF, 120):
        word = " ".join(said.group(1).split())
        found.append("United States" if word in _UNITED_STATES else DEMONYMS[word])
    return tuple(dict.fromkeys(found))


# "Ann Lee's remake of X", "this Ann Lee remake of X", "Ann Lee's loose update of X": the maker of
# the remake, said right before the original it remakes
_MAKER_BEFORE_ORIGINAL = re.compile(
    rf"(?:(?<![\w'’])({NAME_PATTERN})['’]s?|\b[Tt]his\s+({NAME_PATTERN}))\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:remake|version|update|redo|make-?over|re-?imagining|reworking|retelling)\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\"“'‘*_]?$"
)


def remade_by(doc: Doc, originals: list[FilmRef]) -> tuple[PersonRef, ...]:
    """The director of a remake, named as the maker where the review names what it remakes: "Ann
    Lee's remake of X", "this Ann Lee remake of X".

    >>> from filmgraph.extract.doc import DocBuilder
    >>> doc = DocBuilder()("Night Harbour (2019). Ann Lee's remake of Dock Lights (2004) is cold.")
    >>> [p.name for p in remade_by(doc, RemakeFinder()(doc, "Night Harbour", 2019).remakes)]
    ['Ann Lee']
    """
    for said, sentence in _said_before_originals(doc.text, doc, originals, _MAKER_BEFORE_ORIGINAL, 150):
        group = 1 if said.group(1) else 2
        name = said.group(group)
        if " " in name and is_name(name):
            evidence = Evidence(sentence=sentence, mention=Span(*said.span(group)), confidence=0.75)
            return (PersonRef(name, evidence),)
    return ()


def _owned_title(title: str, key: str | None) -> bool:
    """Whether ``title`` is the title of key ``key`` led by its maker's possessive ("John Carpenter's The Fog")."""
    owner = OWNER.match(title)
    return owner is not None and norm_title(title[owner.end():]) == key
