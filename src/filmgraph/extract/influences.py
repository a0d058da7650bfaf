"""Influences: a :class:`Doc` and the reviewed film in, the earlier films it draws on out.

Cues of resemblance, borrowing and homage come before their film ("reminiscent of X",
"will call to mind the premise of X", "a rip-off of X", "a cross between X and Y") or after it
("a poor man's X rip-off", "X meets Y", "its X-derived finale"). The reviewed film itself, its remake sources, later
films and statements about another film are left out; "unlike X" and hedged cues are flagged.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("CRASH (1996) is reminiscent of SPEED (1994). It is unlike JAWS (1975).")
>>> [(r.title, r.evidence.flag) for r in InfluenceFinder()(doc, "Crash", 1996, [])]
[('Speed', None), ('Jaws', 'negation')]
"""

from __future__ import annotations

import re

from ..model import FilmRef
from ..titlekeys import norm_title
from .doc import Doc
from .gazetteer import load_gazetteer
from .hedges import HEDGE, NEGATION
from .relations import CueReader, about_other_film, film_ref, merge_refs

__all__ = ["InfluenceFinder"]

# The look-ahead names every letter a cue can start with, and the cues are grouped under their first
# letters: a position that starts none is passed over at once, and one that does tries a few
# alternatives instead of fifty (three times faster over the corpus than the plain list, same matches).
# Each alternative opens with a letter, its look-behind after it ("closer(?<=\scloser)"): ``re`` passes
# over an alternative whose first letter differs at one test, but enters every one led by a group or
# a look-behind.
_IN_RESPECT = r"[\w-]+(?:\s+[\w-]+)?,?(?:\s+(?:if\s+not|but\s+not|and)\s+[\w-]+,)?\s+(?:of|to)"  # "in tone, if not content, of"
# What a film borrows or takes from another, up to the "from" or "out of" that names it: a
# possessive, then any words short of the clause's end.
_WHAT_IS_TAKEN = r"(?:its|their|his|her|the)\s+[^.;:!?]{1,160}?\s+(?:from|out\s+of)"
# "the idea comes straight from X", "The structure is taken from X" (not "from a magazine article",
# "from her village", "from Ted Lewis's novel": what comes from a book or a place is no film's debt)
_DIRECTLY_FROM = (r"(?:(?:almost\s+|more\s+or\s+less\s+)?(?:straight|directly|right|wholesale|openly)\s+)?from"
                  r"(?!\s+(?:a|an|her|his|their|its)\s)(?!\s+(?:[\w.'’-]+\s+){0,3}?(?:novel|play|book|article|story|stories|comic|"
                  r"memoir|poem|musical|magazine|newspaper)s?\b)")
_STRONG = (
    rf"r(?:eminiscent\s+(?:of|in\s+{_IN_RESPECT})|ip-?offs?\s+of|ips?\s+off|ipping\s+off|ipped\s+(?:off\s+)?from|iffs?\s+on|iffing\s+on)|"
    rf"s(?:imilar\s+in\s+{_IN_RESPECT}|hades\s+of|teals?\s+(?:\w+\s+)?from|teeped\s+in)|"
    rf"a(?:kin\s+in\s+{_IN_RESPECT}|\s+nods?\s+to)|"
    rf"i(?:ndebted\s+(?:in\s+{_IN_RESPECT}|to)|n\s+the\s+(?:(?:fine|grand|great|best|long)\s+)?(?:vein|spirit|mou?ld|tradition|footsteps|line)\s+of|mitation\s+of|"
    r"nspired\s+by|nvit(?:es?|ing)\s+comparisons?\s+(?:with|to))|"
    r"h(?:omage\s+(?:is\s+paid\s+(?:here\s+)?)?to(?:\s+such\s+(?:[\w-]+\s+){0,2}?as)?|ybrid\s+of)|nods?\s+to|"
    rf"c(?:ross\s+between|rossed\s+with|lone\s+of|hannel(?:s|ed|ing)|om(?:es?|ing)\s+{_DIRECTLY_FROM}|ame\s+{_DIRECTLY_FROM})|knock-?off\s+of|"
    # "draws openly on X" (not "drew on his own boyhood"), "grows out of X", "clearly learnt from X"
    r"d(?:erivative\s+of|ebts?\s+to|r(?:aws?|awn|awing|ew)\s+(?:[a-z]+ly\s+)?on(?!\s+(?:his|her|their|its|my|our|own)\b))|gr(?:ows?|own|ew)\s+out\s+of|"
    r"owes?\s+(?:much|more|a\s+lot|a\s+bit|a\s+little|something|plenty|a\s+(?:great|good)\s+deal|everything|more\s+than\s+a\s+little)\s+to|"
    # "borrows openly from X", "borrows the lobby shootout from X", "borrows its lonely killer, his
    # code and his silence, from X" (what is borrowed, however long, within the clause)
    r"b(?:orrows?(?:\s+(?:heavily|liberally|freely|openly|shamelessly|(?:more\s+than\s+)?a\s+(?:little|lot|great\s+deal)|plenty|much))?(?:\s+from|\s+(?:the|its)\s+(?:[\w-]+\s+){1,2}?(?:of|from)|"
    rf"\s+(?:its|their|the)\s+[\w-]+\s+wholesale\s+from|\s+{_WHAT_IS_TAKEN})?|orrow(?:ed|ing)\s+{_WHAT_IS_TAKEN}|"
    r"orrowing\s+(?:(?:heavily|liberally|freely|openly|shamelessly)\s+)?from|orrowed(?:(?<=\bis\sborrowed)|(?<=are\sborrowed)|(?<=was\sborrowed)|(?<=were\sborrowed)|(?<=been\sborrowed)),?\s+(?:[a-z]+ly,?\s+)?from)|"
    # "it is built squarely on X", "its jokes are built on X" (not "built on his own childhood", "on a true story")
    r"built\s+(?:[a-z]+ly\s+)?(?:up)?on(?!\s+(?:his|her|their|its|my|our|own|a|an)\b)|"
    r"pinch(?:es|ed|ing)?,?\s+(?:[\w-]+,?\s+){0,4}?from|cut\s+from\s+the\s+same\s+cloth\s+as|"
    r"follow(?:s|ed|ing)?\s+the\s+(?:formula|template|blueprint|playbook)\s+of|"  # "follows the formula of X so closely"
    # "lifts its gangs, their costumes and their rules of the road from X": what is lifted, however long
    rf"l(?:ift(?:s|ed)?\s+(?:(?:\w+\s+){{0,4}}?(?:out\s+of|from)|{_WHAT_IS_TAKEN})|"
    r"earn(?:t|ed|s)?\s+(?:[a-z]+\s+){0,2}?from|ove\s+letter\s+to|ean(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:heavily|hard)\s+on)|"
    # "That daylight attack is pure X"
    r"p(?:ays?\s+(?:tribute|homage)\s+to|atterned\s+after|ure(?:(?<=\bis\spure)|(?<=was\spure)|(?<=are\spure)|(?<=were\spure)))|modell?ed\s+(?:on|after)|models?\s+(?=its|their|his|her|the\s)[^.;:!?]{1,120}?\s+on|variation\s+on|"
    # "takes its siege, a building held against an enemy that keeps coming, from X", "takes his lone
    # marshal from X", "is taken straight from X" (what is taken opens with a possessive or "the": "takes
    # her to the cemetery from" leads to a place, where the target finder reads no film)
    rf"t(?:akes?\s+(?:its\s+)?cues?\s+from|ak(?:es?|ing|en)\s+(?=its|their|his|her|the\s){_WHAT_IS_TAKEN}|"
    rf"ook\s+(?=its|their|his|her|the\s){_WHAT_IS_TAKEN}|aken\s+{_DIRECTLY_FROM}|"
    r"ips?\s+(?:its|his|her|their)\s+(?:hat|cap),?\s+(?:[a-z]+ly\s+|too,\s+)?to|"
    r"a(?:kes?|king|ken)\s+a\s+(?:leaf|page)\s+(?:out\s+of|from)|ook\s+a\s+(?:leaf|page)\s+(?:out\s+of|from))|"
    r"wants?\s+(?:(?:very|so)\s+)?(?:badly\s+|desperately\s+)?to\s+be"
)
# What a film may have of another ("the rhythm of X", "the hushed dread of X")
_QUALITY = (r"(?:dread|menace|tension|sweetness|warmth|charm|whimsy|wit|rhythm|cadence|pace|pacing|stillness|plainness|"
            r"simplicity|innocence|melancholy|bleakness|grit|grime|realism|sweep|grandeur|elegance|energy|spirit|tone|look|style|"
            r"atmosphere|claustrophobia|paranoia|intensity|urgency|swagger|sensibility|magic|madness|humou?r|sadness)")
# "the model is X", "its blueprint was clearly X"
_IS_MODEL = r"\s+(?:is|was)(?:\s+(?:obviously|clearly))?"
_MEDIUM = (
    r"r(?:e(?:call(?:s|ing)?|sembles?|sembling|semblance\s+to|mind(?:s|ed)?\s+(?:me|us|one|you)\s+(?:(?:most|mostly|strongly|a\s+lot|a\s+bit)\s+)?of)|"
    r"ather\s+like)|"
    # "harking back to X", "points straight back to X", "closer to X than to Y"
    r"c(?:alls?\s+to\s+mind|rawled\s+out\s+of|loser(?<=\scloser)(?:\s+in\s+(?:spirit|tone|feel))?\s+to|ousin\s+(?:of|to)|"
    r"o(?:me|mes|ming|uld\s+have\s+come)\s+(?:straight\s+)?out\s+of|ame\s+(?:straight\s+)?out\s+of)|"
    rf"b(?:rings?\s+to\s+mind|lueprint(?<=(?:the|its) blueprint){_IS_MODEL}|lend\s+of)|"
    r"h(?:ark(?:en)?(?:s|ed|ing)?\s+back\s+to|a[sd]\s+(?:as\s+)?(?:more|much|a\s+lot|a\s+great\s+deal)\s+in\s+common\s+with|"
    r"a(?:s|d|ve)\s+the\s+(?:feel|flavou?r|ache|air|mood|texture)\s+of|aunted\s+by|"
    # "has the humid dread of X", "has the sly, small-town sweetness of X", "have the plainness of X": a
    # quality of the film's, owned by the other
    rf"a(?:s|d|ve)\s+(?:something\s+of\s+|much\s+of\s+)?the\s+(?:[\w-]+,?\s+){{0,3}}?{_QUALITY}\s+of)|"
    rf"with(?<=\bwith)\s+the\s+(?:[\w-]+,?\s+){{0,3}}?{_QUALITY}\s+of|"  # "shot with the street realism of X"
    r"p(?:oints?\s+(?:straight\s+|right\s+|directly\s+)?back\s+to|lays?\s+like)|"
    # "a deliberate echo of X", "echoes the restraint of X", "the ghost of X is everywhere", "the real ancestor here is X"
    r"e(?:vokes?|voking|choes|choing|cho(?:es)?\s+of|cho(?:es|ing)?\s+the\s+(?:[\w-]+\s+){1,2}?of)|"
    rf"t(?:he(?<!\bin\sthe)\s+(?:shadow|ghost)\s+of|emplate(?<=(?:the|its) template){_IS_MODEL})|descend(?:s|ed|ant)\s+(?:from|of)|"
    # "a dash of Duel", "It's a bit like Little Miss Sunshine"
    r"a(?:ncestors?\s+(?:here\s+)?(?:is|was)|kin\s+to|\s+la|la|\s+(?:bit|touch|dash|hint|whiff|trace)\s+of|\s+(?:bit|little|lot)\s+like)|"
    r"winks?\s+(?:to|at)|kinship\s+with|"  # "a clear kinship with X"
    r"not\s+(?:unlike|dissimilar\s+to)|"  # a likeness denied its difference: "not unlike Three Men and a Cradle"
    # "shares its DNA with X", "shares its black heart with X"
    r"s(?:imilar\s+to|hares?\s+(?:more|much|a\s+lot|a\s+great\s+deal)\s+(?:in\s+common\s+)?with|hares?\s+(?:its|their)\s+(?:[\w-]+\s+){1,2}?with|traight\s+out\s+of|"
    r"omething\s+(?:straight\s+|right\s+)?out\s+of|omewhat\s+like|ort\s+of\s+like)|"  # "a slow-motion sequence like something out of PLATOON"
    # "more than a whiff of The Searchers"
    rf"m(?:odel(?<=(?:the|its) model){_IS_MODEL}|ix(?:ture)?\s+of|ore\s+than\s+a\s+(?:little|bit|touch|dash|whiff|hint)\s+of|uch\s+like)|"
    r"à\s+la|in\s+the\s+(?:manner|style)\s+of|"
    # not "looks like": faces and rooms look like things ("a bathroom that looks like Roman baths")
    r"fe(?:els?|lt)\s+(?:exactly\s+|just\s+|a\s+lot\s+|a\s+bit\s+)?like|"
    # "all very like The Lodger"
    r"very\s+like|quite\s+like|kind\s+of\s+like|"
    # "its skeleton is X dragged into the outback", "its design is that of X"
    rf"skeleton(?<=its skeleton){_IS_MODEL}|(?:its|the)\s+(?:design|plot|structure|premise|shape)\s+(?:is|was)\s+that\s+of"
)
_BEFORE_FILM = re.compile(  # matched against the lower-cased text
    rf"\b(?=[rihankcdsoblpmvteuàwfqg])(?:(?P<strong>{_STRONG})|(?P<medium>{_MEDIUM})|(?P<negated>unlike))\s+"
)
# A modal right before a verb of borrowing or likeness softens the statement ("may owe a debt to
# X", "might remind some of X"); it does not make it a wish or a guess about a film to come.
_SOFTENED = re.compile(r"\b(?:may|might)\s+(?:well\s+|actually\s+|also\s+)?(?:owe|borrow|recall|remind|evoke|echo|resemble)\w*\b[^.;,]{0,20}$",
                       re.IGNORECASE)
# (matched against the lower-cased text, led by its literal)
_OTHERS_INCLUDE = re.compile(r"other(?<=\bother)(?:s|[ ](?:influences|sources|films|movies|models))\s+(?:include|are)\s+")
# (lower-cased text; two patterns, each led by what ``re`` can skip to: a space, a hyphen): also a
# film's "territory", "tradition" or "flavour" ("Wake in Fright (1971) territory", "a deliberate
# Frankenstein flavour") and "X crossed with Y", which names two
_AFTER_FILM = re.compile(r"\s\s*(?=[rckwmbhpveatfo])(?:as\s+(?:its|his|her|their)\s+model\b|on\s+(?:its|his|her|their)\s+sleeve\b|rip-?off|clone|knock-?off|wannabe|meets|crossed\s+with|"
                         r"by\s+way\s+of|kind\b(?!\s+of)|homage\b|pastiche\b|vibes?\b|energy\b|territory\b|tradition\b|flavou?r\b)")
_AFTER_FILM_SUFFIX = re.compile(r"-(?:derived|inspired|esque|style|like|lite)\b")
# "to borrow a phrase from X", "to borrow Pauline Kael's line": words borrowed, not a film's
_BORROWED_WORDS = re.compile(r"borrow\w*\s+(?:a|the|an|one)\s+(?:[\w-]+\s+)?(?:phrase|line|quote|term|expression|word|critique|"
                             r"saying|description|motto|title)s?\b", re.IGNORECASE)
# Likeness said plainly, tried only in reviews that use these words (most critics never do):
# "basically a copy of X", "a direct copy of X" (not "track down a copy of X"), "it's basically a low
# budget Rear Window", "its basically Alien in the snow"
_PLAIN_LIKENESS = re.compile(
    r"(?:(?:\b(?:basically|just|essentially|practically|literally)\s+(?:a\s+)?|\b(?:(?:direct|exact|close|carbon|blatant)\s+|near-|shot-for-shot\s+))copy\s+of|"
    r"(?<=\s)(?:basically|essentially|literally)(?:\s+(?:a|an)(?:\s+(?!(?:remake|version|sequel|copy|mix|cross|retread|"
    r"rip-?off|knock-?off|clone|of|from|to)\b)[a-z-]+){0,2})?(?=\s+(?-i:[A-Z])|\s+[\"“*_]))\s+",
    re.IGNORECASE,
)
_PLAIN_NEEDLES = ("basically", "essentially", "literally", "copy of")
# Every such likeness starts at most this far before one of those words and ends this far after it.
_PLAIN_REACH = (40, 320)


_VIBE = re.compile(r"\s+(?:vibes?|energy|territory|tradition|flavou?r)\b")
# The critic's formula "it's X with Y", "like X in space", "pure X without the wit", "X (1955) with
# X-wings instead of Lancasters": the film, then what this one changes (lower-case words: "X with
# Ann Lee" names a cast); matched against the lower-cased text, its film read back (the first space
# written apart: ``re`` skips to a class, not to a repeated one)
_FORMULA_CHANGE = re.compile(
    r"[ \t][ \t]*(?:with|in|on|minus|without|plus)[ \t]+(?=[a-z])(?!(?:the\s+)?(?:film|movie|role|part|lead|original|remake|version)\b)"
    # (not "seems like X in comparison", "in favor of", "in which he appeared", "in her own life")
    r"(?!(?:comparison|favou?r|which|whom|whose|terms|fact|part|general|particular|her|his|its|their|my|our|your)\b)"
)
_FORMULA_JOIN = re.compile(r"[\"”'’*_]?(?:\s*\((?:1[89]|20)\d\d\))?")
_FORMULA_FRAME = re.compile(r"(?:\b(?:is|was|it['’]?s|its|like|basically|essentially|just|pure|simply)|^)[ \t]+[\"“'‘*_]?$")
_CONFIDENCE = {"strong": 0.85, "medium": 0.75, "negated": 0.7}


def _in_credits(doc: Doc, at: int) -> bool:
    """Whether ``at`` lies in a header line of credits ("Screenplay: Ann Lee, inspired by the novel
    X"); a user review's summary line above the prose ("basically Jaws meets Tremors") is read."""
    if at >= doc.header_end:
        return False
    line_start = doc.text.rfind("\n", 0, at) + 1
    line_end = doc.text.find("\n", at)
    return ":" in doc.text[line_start:line_end if line_end >= 0 else len(doc.text)] or "(" in doc.text[line_start:at]


class InfluenceFinder(CueReader):
    """Find the earlier films the reviewed film is said to resemble or draw on."""

    def __call__(self, doc: Doc, title: str | None, year: int | None, excluded: list[FilmRef]) -> list[FilmRef]:
        found: list[FilmRef] = []
        cues = list(_BEFORE_FILM.finditer(doc.lowered))
        if any(needle in doc.lowered for needle in _PLAIN_NEEDLES):
            cues = sorted([*cues, *doc.matches_near(_PLAIN_LIKENESS, _PLAIN_NEEDLES, _PLAIN_REACH)], key=lambda cue: cue.start())
        for cue in cues:
            if about_other_film(doc, cue.start(), title) or _in_credits(doc, cue.start()) \
                    or _BORROWED_WORDS.match(doc.text, cue.start()):
                continue
            kind = cue.lastgroup or "medium"
            sentence = doc.sentences.at(cue.start())
            flag = NEGATION if kind == "negated" else self.hedges(doc.text, sentence, cue.start())
            if flag == HEDGE and _SOFTENED.search(doc.text, max(sentence.start, cue.start() - 45), cue.start()):
                flag = None  # "may actually owe an equal debt to X": a critic's softened claim, not a guess
            for target in self.targets(doc, cue.end()):
                found.append(film_ref(doc, target, cue.start(), _CONFIDENCE[kind], flag))
        for cue in _OTHERS_INCLUDE.finditer(doc.lowered, doc.header_end):
            # "The movie borrows from many films. ... others include X, Y and Z": a list that
            # continues the borrowing the sentence before states
            index = doc.sentences.index_at(cue.start())
            previous = doc.sentences.spans[index - 1] if index > 0 else None
            if previous is None or not _BEFORE_FILM.search(doc.lowered, previous.start, previous.end):
                continue
            flag = self.hedges(doc.text, doc.sentences.at(cue.start()), cue.start())
            found.extend(film_ref(doc, target, cue.start(), _CONFIDENCE["medium"], flag)
                         for target in self.targets(doc, cue.end()))
        found.extend(self._formula(doc))
        after_cues = sorted([*_AFTER_FILM.finditer(doc.lowered), *_AFTER_FILM_SUFFIX.finditer(doc.lowered)], key=lambda cue: cue.start())
        for cue in after_cues:
            if _in_credits(doc, cue.start()):
                continue
            named = self.targets.before(doc, cue.start())
            meets = any(word in cue.group() for word in ("meets", "way", "crossed"))
            following = self.targets(doc, cue.end(), many=meets) if not _VIBE.match(cue.group()) else []
            # "X meets Y", "X by way of Y" name two films; "He meets up with a model" names none, nor
            # does a clause's subject: "a boy who looks like James Dean, meets Holly, a girl of fifteen"
            if named is None or bool(following) != meets or (meets and "," in doc.text[named.span.end:cue.start()]):
                continue
            sentence = doc.sentences.at(cue.start())
            flag = self.hedges(doc.text, sentence, named.span.start)
            found.append(film_ref(doc, named, named.span.start, 0.75, flag))
            found.extend(film_ref(doc, film, named.span.start, 0.75, flag) for film in following if meets)
        return self._filter(found, title, year, excluded)

    def _formula(self, doc: Doc) -> list[FilmRef]:
        """"It's X with Y", "like X in space": a film named as what this one is, with a change."""
        found = []
        for change in _FORMULA_CHANGE.finditer(doc.text, doc.header_end):
            if _in_credits(doc, change.start()):
                continue
            named = self.targets.before(doc, change.start())
            if named is None or not _FORMULA_FRAME.search(doc.lowered, max(0, named.span.start - 16), named.span.start):
                continue
            if not _FORMULA_JOIN.fullmatch(doc.text, named.span.end, change.start()) or named.surface.lower().startswith(("a ", "an ")):
                continue  # "more like X, with a lot of swearing"; "just a monster movie with none of the sadness"
            if named.surface.isupper() and " " not in named.surface and not doc.caps_style:
                continue  # "this version is WORSE in every frame": a word stressed, not a title
            if not any(mention.span.start == named.span.start for mention in doc.mentions) and named.title not in load_gazetteer():
                continue  # (a capitalised phrase no catalog knows)
            flag = self.hedges(doc.text, doc.sentences.at(named.span.start), named.span.start)
            found.append(film_ref(doc, named, named.span.start, 0.75, flag))
        return found

    def _filter(self, found: list[FilmRef], title: str | None, year: int | None, excluded: list[FilmRef]) -> list[FilmRef]:
        skip = {norm_title(r.title) for r in excluded}
        if title:
            skip.add(norm_title(title))
        kept = [
            ref for ref in found
            if norm_title(ref.title) not in skip and not (year and ref.year and ref.year > year)
        ]
        return merge_refs(kept)
