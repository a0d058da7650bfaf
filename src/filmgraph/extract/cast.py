"""Cast credits: a :class:`Doc` and its :class:`Header` in, :class:`CastCredit` records out.

Credits come from the header cast list ("Starring: A, B" gives actors with no character,
"cast: A (Role)" gives both), from bracket pairs in the prose, and from "X plays Y",
"Y is played by X", "X stars as Y" and "X, as Y,". A bracket pair is read in either order:
the side that is a header actor, or whose name the review keeps using as a surname, is the
actor; otherwise the review's own habit decides ("Character (Actor)" unless its pairs mostly
put the recurring name inside the brackets). A descriptive definite phrase before the bracket
("the voice on the phone (A)") is replaced by the agent noun the review then uses for that
role most often ("the caller").

>>> from filmgraph.extract.doc import DocBuilder
>>> from filmgraph.extract.film import HeaderParser
>>> doc = DocBuilder()("Starring: Ann Lee, Bo Ek.\\nMara (Ann Lee) meets Bo Ek, who plays Tom. Mara runs.")
>>> [(c.actor, c.character) for c in CastFinder()(doc, HeaderParser()(doc))]
[('Ann Lee', 'Mara'), ('Bo Ek', 'Tom')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..english import english_words
from ..model import CastCredit, Evidence, Span
from ..titlekeys import norm_title
from .doc import Doc
from .film import Header
from .gazetteer import load_gazetteer
from .hedges import HedgeDetector
from .lexicon import (
    AGENT_NOUN_STOPLIST,
    COUNTRY_NAMES,
    DEMONYMS,
    KIN_NOUNS,
    NAME_LEADING_ROLES,
    NOT_NAME_OPENERS,
    demonym_pattern,
)
from .names import (
    NAME_AT_WORD_START,
    NAME_PATTERN,
    clean_name,
    full_name_for,
    is_name,
    name_key,
    spelled_alike,
    surname,
)
from .titles import capitalized_run_before

__all__ = ["CastFinder", "one_credit_per_player", "whole_parts"]

# (a longer bracket holds the player's other work after the name: "Dr. Max Askey (Sam Neill who has been so
# wonderful in so many things but whom I remember most fondly in REILLY: THE ACE OF SPIES)")
_PAREN = re.compile(r"\(([^()\n]{1,160})\)")
_SHORT_BRACKET = 90
_QUOTE_MARK = re.compile(r"[\"“”]")
# An actor's other film, named in the bracket after the name: "(Edward Fox of "Day of the Jackal")",
# "(Janet McTeer, TUMBLEWEEDS)", "(James Gandolfini, "The Sopranos")"
# (quoted, in capitals or known to the catalog; not "(Royal Academy of Dramatic Arts)")
_CREDIT_ASIDE = re.compile(r"(?:,? (?:of|from) |, (?=[\"“]|[A-Z][A-Z0-9'’:-]+\b))(?:(?P<marked>(?=[\"“]|(?:TV['’]s\s+)?[A-Z][A-Z0-9'’:-]+\b))|(?=[A-Z]))|"
                           # "(Rita Wilson, aka Mrs. Tom Hanks)", "(Ann Lee, who is superb)", "(Ann Lee, still perfect)";
                           # not "(Lenina, played by Ann Lee)"
                           r"(?P<aside>, (?=(?:aka|a\.k\.a\.|who|whose|best known|late of|fresh from|recently|last seen)\b"
                           r"|(?!(?:played|voiced|portrayed|as|and|or)\b)[a-z]"
                           # "(Jason Cairns, Barbieri's co-scripter)", "(Luke Wilson, Drew Barrymore's boyfriend in ...)"
                           # (not a film's "Let's": "(Jean de Florette, Let's Make Love)")
                           r"|(?!(?:Let|It|That|He|She|What|There|Here|Who)['’]s\b)(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w'’-]*['’]s\s)|"
                           # "(Matthew McConaughey who has a brief part in ...)", "(Chris Cooper - the star of ...)",
                           # "(Omar Epps replacing Wesley Snipes)", "(Bruce Willis in a fuzzy pink suit)"
                           r" (?=(?:who|whose|replacing|since|now|still|at age|in (?:a|an|the|his|her|full)|from (?:the|a|an|his|her))\b)|"
                           r" ?(?:--|[-–—] )(?=[a-z]))")
# (up to three words, or a "played by" and three more: "(played by the always-delightful Ann Lee)")
# (also the manner of playing: "(played with quiet dignity by Ann Lee)", "(played superbly by Ann Lee)"; not
# "(played this time by Ann Lee)" after "a psycho", where the bracket's words run on from a description)
_LEAD_LOWER = re.compile(r"^(?:(?:played|portrayed|voiced)\s+(?:[a-z]+ly\s+|with\s+(?:[a-z][\w'’-]*\s+){1,3})?by\s+(?:[a-z][\w'’-]*\s+){0,3}|(?:[a-z][\w'’-]*\s+){1,3})(?=[A-Z])")
_PART_LEAD = re.compile(r"(?:as|playing|portraying|who (?:plays|played|portrays|portrayed|is playing))\s+")
_DETERMINERS = frozenset("a an the his her their its my our your".split())
_LINK_PREPOSITIONS = frozenset("of on in at from with for".split())
# "The editor (Roberto Perpignani) and the director (Michael Radford)": the film's crew, no part (but "his
# editor (Denis Leary)", "a Hollywood producer (Janeane Garofalo)" are parts)
_CREW = re.compile(r"[Tt]he (?:director|editor|cinematographer|composer|producer|screenwriter|writer|photographer|designer|"
                   r"choreographer)")
_CRAFTS = frozenset("""music score cinematography photography camerawork story script screenplay editing directing direction
    design costumes sets effects songs soundtrack lighting makeup narration choreography song make-up crew memoir case""".split())
# "runs a well edited (Ann Lee) 1:40", "is beautifully photographed (by Ann Lee)": a craft done, its crew member
_CRAFTS_DONE = frozenset("edited photographed lensed filmed shot scored".split())
# "Best Actor (Massimo Troisi)": an award's category names the actor, not a part
_AWARD = re.compile(r"Best (?:Supporting |Leading )?(?:Actor|Actress)\b")
_ACTOR_NOUNS = re.compile(r"\b(?:actor|actors|actress|actresses|performer|performers|star|stars|co-star|leading (?:role|lady|man)|cast)\b")
# A named owner ("Cassandra's", "Mark's") ahead of a part described by whose it is
_NAMED_OWNER = re.compile(r"[A-Z][\w.-]*['’]s")
# A noun for a person: which of two phrases joined by a preposition is the part ("the dumping of a
# nasty fisherman" is the fisherman; "the wife of a diplomat" is the wife)
_PERSON_HEAD = re.compile(
    r"(?:er|or|ist|ant|ent|ess|ian|man|men|woman|women|wife|husband|mother|father|son|daughter|brother|sister|friend|"
    r"head|king|queen|boss|member|owner|chief|captain|child|children|widow|lover|partner|family|heir|bride|groom|"
    r"niece|nephew|aunt|uncle|cousin|pal|mate|victim|villain|hero|heroine|girl|boy|guy|kid|lady|comic|cop|nurse|"
    r"priest|chef|judge|pimp|hooker|prostitute|thug|assassin|spy|nun|monk|cook|maid|clerk|coach|tycoon|magnate|"
    r"kingpin|hostage|colleague|detective|sheriff|pilot|prince|mayor|shrink|surgeon|guru|neighbour)s?$"
)
_BREAK_TOKEN = re.compile(r"[,;:.!?)(\"”]$|^--$|^[-–—]+$")
_AGENT = re.compile(r"\bthe ([a-z]{3,}(?:er|or|ist|ant))\b")
# Words bounded in length: an unbounded run made a text of one long capitalised word quadratic.
_CHAR = rf"(?:{NAME_PATTERN}|[A-Z][\w'’-]{{1,40}}(?: [A-Z][\w'’-]{{1,40}}){{0,2}})"
# A role described before the character's name: "the schoolteacher, Anneliese", "her brother-in-law
# Joss", "the executive's wife, Noreen", "a bodyguard called Brick" (lowercase words, no preposition).
_ROLE_WORD = r"(?!(?:in|on|at|of|from|with|for|to|by|and|or|but|who|that|which|than)\b)[a-z][\w'’-]*"
# (a comma may follow the first describing word, before another: "the lecherous, leering insurance agent
# Walter Neff"; not "the title character, an Alabama naif" or "a megalomaniac, clearly patterned after Richard
# Branson", where the description has ended)
# (and a nationality among them: "a rich Swiss industrialist named Max Zorin", "an American journalist named ...")
_ROLE = (rf"(?:(?:the|a|an|his|her|their|its) |[A-Z][\w'’-]+['’]s )(?:{_ROLE_WORD}, (?!(?:the|a|an|[a-z]+ly)\b))?"
         rf"(?:(?:{_ROLE_WORD}|(?i:{demonym_pattern()})) ){{0,3}}?{_ROLE_WORD}(?:, | called | named | )")
# "as detective Harlan Voss", "plays reputed scoundrel Rowley Flint": describing words, no article,
# before the character's name
_BARE_ROLE_WORD = rf"(?!(?:the|a|an|his|her|their|its|my|our|your|one|some)\b){_ROLE_WORD}"
# (not "as good as Ann Lee"; "FBI agent Sean Archer", "corrupt French police officer Jean-Pierre Richard", and an
# acronym before a rank: "LAPD Detective James Carter")
_DESCRIBING_WORD = rf"(?:(?!as\b){_BARE_ROLE_WORD}|(?i:{demonym_pattern()}))"
_BARE_ROLE = (rf"(?:[A-Z]{{2,5}} (?=[A-Z][a-z]+ [A-Z])|(?:[A-Z]{{2,5}} )?(?:{_DESCRIBING_WORD} ){{0,3}}"
              rf"(?!as\b){_BARE_ROLE_WORD} (?:{_DESCRIBING_WORD} ){{0,2}})(?=[A-Z])")
# The last word of an institution's name ("the Secret Service", "the Navy"), the organisation a part works for
_INSTITUTION_ENDS = frozenset("""Service Agency Bureau Department Police Army Navy Force Corps Council Committee Ministry
    Office Company Corporation Institute University College School Society Club Party Government Guard Bank""".split())
# A nationality before a noun describes the part, and is none: "plays a rich Swiss industrialist named Max Zorin"
_NO_NATIONALITY = rf"(?!(?i:{demonym_pattern()}) [a-z])"
_HONORIFIC = r"(?:(?:Lt|Sgt|Pvt|Pfc|Cpl|Maj|Adm|Cmdr|Prof|Dr|Mr|Mrs|Ms|Col|Capt|Gen|Det|Insp|Supt|Sr|St|Rev|Fr|Sen|Gov)\.? )"
_TITLED_NAME = re.compile(rf"{_HONORIFIC}{{1,2}}(?P<name>[A-Z].*)")
# Where a part's name ends: a clause's end or its next word ("plays the Bride, and", "is the Faun who")
_PART_ENDS = r"(?=\s*[,.;:!)(]|\s+(?:and|who|with)\b)"
_PROSE = (
    # also "Tamsin Rhodes (who plays Etta, the convoy boss)", "plays the camp director, Dr. Ilsa Morrow",
    # "plays the Bride, and", an aside between: "Jane Adams (HAPPINESS) plays her sister, Elna Penleric",
    # "George Gobel, the television comic, plays George Hamilton", "Val Kilmer, in his first film, plays Nick Rivers",
    # a maker who acts too: "Orson Welles directed Citizen Kane in 1941 and plays Charles Foster Kane"
    re.compile(rf"(?P<actor>{NAME_AT_WORD_START})(?:, [a-z][^,.;\n]{{1,90}},|,? who| \(who| \([^()\n]{{1,80}}\)|"
               rf" (?:also )?(?:co-)?(?:directed|wrote|produced)\b[^.;\n]{{1,60}}? and(?: also)?)?(?: (?:plays|portrays|voices|is cast as|stars as)|, playing) "
               rf"(?:the role of |the (?={_CHAR}{_PART_ENDS}))?(?:{_ROLE}|{_BARE_ROLE})?{_NO_NATIONALITY}(?P<char>{_HONORIFIC}{{0,2}}{_CHAR})(?![\w'’])"),
    re.compile(rf"(?P<actor>{NAME_AT_WORD_START}) stars in (?:[A-Z0-9][\w'’:&-]* ?){{1,6}} as (?P<char>{_CHAR})"),
    # also "the outlaw Jeb Crane, played by a gaunt Cole Danvers"
    # also "The brother, Ronny, is played by", "Genzo, an elderly tinsmith played by", "Gloria, a Mattel employee played
    # by", "played by the newcomer Ann Lee",
    # "Wilbur, the pig, is voiced by Ann Lee" (not "As played by Ann Lee, the frog ...")
    re.compile(rf"(?!As )(?P<char>{_HONORIFIC}{{0,2}}{_CHAR})(?:, (?P<aside>[^,.;]{{1,50}}),|, (?:an?|the|his|her|their) (?:[A-Za-z'’-]+ ){{0,4}}[a-z-]+|,? who['’]s|,? who (?:is|was)|,)?"
               rf" (?:(?:is|was) )?(?:played|voiced) (?:[a-z'’-]+ ){{0,8}}by (?:(?:an?|the) )?(?:[a-z-]+ ){{0,3}}?(?P<actor>{NAME_PATTERN})"),
    re.compile(rf"(?P<actor>{NAME_AT_WORD_START}), as (?:{_ROLE}|{_BARE_ROLE})?(?P<char>the [a-z]+|{_HONORIFIC}{{0,2}}{_CHAR})(?:,|\.(?=\s|$))"),
    # "As Father Jude, Luke Wilson comforts ...", "As Oscar, an emaciated Ralph Fiennes shrinks ..." (led by its word: fast)
    # (the look-behind after the literal: in front of it, it stops re from skipping to the literal)
    # (the part described first: "As the scheming Lady Zhao, Gong Li plays", "As recently deposed doctor Eugene Sands, ...")
    re.compile(rf"As (?<=(?<![\w'’])As )(?:{_ROLE}|{_BARE_ROLE})?(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}), (?:(?:an?|the) (?:[a-z-]+ ){{0,3}})?"
               rf"(?P<actor>{NAME_PATTERN}) (?=[a-z])"),
)
# The words each of _PROSE cannot match without
# (the last is "As " opening the text or a sentence or a line, led by the characters it can start with,
# which ``re`` skips to; led by "^" it was tried at every position: "A" opens it only at the text's start)
_PROSE_NEEDLES = tuple(re.compile(words) for words in (r" (?:plays|portrays|voices|is cast as|stars as) |, playing ", r" stars in ", r"(?:played|voiced) ",
                                                       r", as ", r"[.!?\nA](?:(?<=[.!?\n])\s*As |(?<=^A)s )"))
# "Lee J. Cobb makes a terrific Barton Keyes.", "Fritz Weidemann made an excellent Baron Waldis": the
# verb is searched for, the actor read back from it
_MAKES_A_PART = re.compile(rf" (?:makes|made) (?:a|an) (?:[a-z-]+ ){{0,3}}(?P<char>{_HONORIFIC}{{0,2}}{_CHAR})"
                           r"(?=\s*[.,;!]|\s+(?:and|who|but|with)\b)")
# "Anne Heche as Marion Crane is brisker", "Vera Miles as Lila Crane and Martin Balsam as
# Arbogast carry ...": read only where the actor opens a clause and the character ends one.
# "Ann Lee and Bo Ek play the children": both are cast; the plural role is no one's character.
_PAIR_NEEDLE = re.compile(r" (?:play|portray|co-star)\b")
_PAIR_PLAY = re.compile(rf"(?P<actor>{NAME_PATTERN}) and (?P<actor2>{NAME_PATTERN}) (?:play|portray|co-star)\b")
# "Tommy (Jonathan Tucker as the younger and Billy Crudup as the older)": one part at two ages, each
# player told by age alone, the part the name the bracket follows
_AGE = r"the (?:younger|older|elder|young|adult|teenage|grown-up)"
_AGES_IN_BRACKET_NEEDLE = re.compile(rf" as {_AGE}\b")
_AGES_IN_BRACKET = re.compile(
    rf"(?<![\w'’])(?P<char>[A-Z][\w'’-]+) \((?P<actor>{NAME_PATTERN}) as {_AGE}(?: (?P=char)| one)?,? and "
    rf"(?P<actor2>{NAME_PATTERN}) as {_AGE}(?: (?P=char)| one)?\)")
# "Ann Lee and Bo Ek play Mara and Tom", "(Ann Lee and Bo Ek as pilots Mara Holt and Tom Roe)", "... are Mara and Tom",
# "... play the young couple, Val and Barb", "... are her parents, Kevin and Louise", "... give fine performances as Mara
# and Tom", "... round out the crew as Mara and Tom": two actors and their two parts, in turn.
_PARTS_IN_TURN_NEEDLE = re.compile(r" (?:play|portray|as|are) (?:(?:the |his |her |their )?[a-z-]+,? ){0,3}[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* and [A-Z]")
_PARTS_IN_TURN = re.compile(
    rf"(?P<actor>{NAME_PATTERN}) and (?P<actor2>{NAME_PATTERN}),? (?:play|portray|are|(?:(?!(?:and|but|who|as)\b)[a-z]+ ){{0,4}}as) "
    rf"(?:(?:the |his |her |their )?(?:(?!as\b){_ROLE_WORD} ){{0,2}}(?!as\b){_ROLE_WORD},? )?(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}) and (?P<char2>{_HONORIFIC}{{0,2}}{_CHAR})"
    r"(?=\s*[,.;:!?)(]|\s+(?:who|in|with|respectively)\b)")
# "their friends Mona and Griffin (Goldie Hawn and Garry Shandling)", "Jack and Susan Stanton (John Travolta and
# Emma Thompson)": two parts, then their actors in brackets, in turn
_BRACKETED_IN_TURN_NEEDLE = re.compile(r" and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} \([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+ and [A-Z]")
_BRACKETED_IN_TURN = re.compile(
    rf"(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}) and (?P<char2>{_HONORIFIC}{{0,2}}{_CHAR}) \((?P<actor>{NAME_PATTERN}) and (?P<actor2>{NAME_PATTERN})\)")
# "Harold and Val, played by Ray Dunstan and Joy Pellegrini": the parts, then their actors in turn
_PLAYED_IN_TURN_NEEDLE = re.compile(r" played (?:[a-z]+ ){0,3}by [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* and [A-Z]")
_PLAYED_IN_TURN = re.compile(
    rf"(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}) and (?P<char2>{_HONORIFIC}{{0,2}}{_CHAR}),? (?:(?:are|were) )?played (?:[a-z]+ ){{0,3}}?by "
    rf"(?P<actor>{NAME_PATTERN}) and (?P<actor2>{NAME_PATTERN})(?=\s*[,.;:!?)(]|\s+(?:who|in|with|respectively)\b)")
# "Mark Addy, Kristen Johnston, Stephen Baldwin and Jane Krakowski as Fred, Wilma, Barney and Betty": three
# actors or more and as many parts, in turn (the lists are split at their commas and "and")
_LISTS_IN_TURN_NEEDLE = re.compile(r"[A-Z][\w'’.-]*, [A-Z][^\n]{1,200}? (?:play|portray|are|as) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*, [A-Z]")
_PART_IN_LIST = rf"{_HONORIFIC}{{0,2}}{_CHAR}"
_LISTS_IN_TURN = re.compile(
    rf"(?P<actors>{NAME_PATTERN}(?:, {NAME_PATTERN}){{1,5}},? and {NAME_PATTERN}),? (?:play|portray|are|as) "
    rf"(?P<parts>{_PART_IN_LIST}(?:, {_PART_IN_LIST}){{1,5}},? and {_PART_IN_LIST})(?=\s*[,.;:!?)(]|\s+(?:who|in|with|respectively)\b)")
_LIST_SEPARATOR = re.compile(r",? and |, ")
# "A and B as Rick and Ilsa", "C as Fred, Wilma, Barney and Betty": respective lists, no pairs.
_CHARACTER_LIST = re.compile(
    r"(?:,\s[A-Z][^,]*)*,?\s+and\s+(?>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)(?!\s+as\b)"
)
# ", and Ike Mamet is wasted as ...": a full name with its own verb opens the next clause.
_NEXT_CLAUSE = re.compile(rf",?\s+and\s+{NAME_PATTERN}\s+(?:is|was|plays|gets|steals|turns|makes)\b")
_MORE_ACTORS = re.compile(r"\s+and\s+[A-Z]")
# "played by Academy Award winner Ann Lee": the capitalised words qualify the actor.
_QUALIFIER = re.compile(r"\s+(?:winner|nominee|veteran|newcomer|star|regular|alumn\w*)\b")
_CREW_BEFORE = re.compile(r"\b(?:[Dd]irector|[Ss]creenwriter|[Ww]riter|[Pp]roducer|[Ff]ilmmaker|[Hh]elmer|[Cc]inematographer|[Cc]omposer)\s+$")
# (after a person's noun: "the mayor of New York, is played by"; not "a divorce from Harge, played by")
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at) $")
# The capitalised words an aside ends with: the part played when the aside runs on from another name
# ("Actually, it hasn't even begun since Will, played by"), not when it describes the name before it
# ("Brad Whitaker, an arms dealer in cahoots with Koskov, is played by", "Laszlo, who looks like ..."),
# unless it names it: "HELD UP, an amateur robber named Rodrigo, played by"
_NAME_ENDING = re.compile(r"(?<![\w'’])[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*$")
_DESCRIBES = re.compile(r"(?:an?|the|who|whose|whom|which|that|that['’]s|his|her|its|their|now|once|also|not)\b")
_POSSESSIVE = re.compile(r"['’]s$")
_OF_BEFORE = re.compile(r"(?<![\w'’])(?:(?:The|A|An) )?((?!(?:The|A|An) )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) of $")
# "Ann Lee as Mara", "Ann Lee is wonderful as the bride, Mara", "Bo Ek steals every scene as Tom", "Ann Lee has
# the part of Mara", "Bo Ek is capable in the small role of Tom": the part after " as " (or the part's or role's
# "of") is read first, then the actor and the words between read back from it
_PART_AS = re.compile(
    rf" (?:as|the (?:[a-z-]+ ){{0,2}}(?:part|role) of) (?:{_ROLE}|{_BARE_ROLE})?(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}(?: of [A-Z][\w'’-]+)?)(?=\s*[,.;:)!?]|\s+[a-z(]|[ \t]*(?:\n|$)|\s+[—–])"
)
# After a credited actor's name (and a bracket of their films), a part described, not named: "Larry Miller as the
# school's principal,", "Natascha McElhone (SURVIVING PICASSO) as Frankie's girlfriend" (not "as the most memorable"),
# "Bud Cort has a few scenes as a scientist.", "Emilio Bonucci as a doctor smitten by Agnes" (a few
# lower-case words between, none "as": not "as good as"; see CastFinder._parts_described_after)
_DESCRIBING_WORD_AFTER_AS = (rf"(?!(?:is|was|are|were|has|had|have|does|did|gets|makes|seems|looks|can|could|will|would|may|might|"
                             rf"isn['’]t|wasn['’]t|aren['’]t|doesn['’]t|don['’]t)\b){_ROLE_WORD}")
_DESCRIBED_AS = re.compile(
    rf"(?: \([^()\n]{{1,60}}\)(?= as ))?(?:,? (?!as\b)[a-z][\w'’-]*){{0,6}} as (?!(?:the|a|an) (?:most|least)\b)(?P<char>(?:the|a|an|his|her|their|[A-Z][\w'’-]+['’]s) "
    rf"(?:{_DESCRIBING_WORD_AFTER_AS} ){{0,3}}{_DESCRIBING_WORD_AFTER_AS})"
    r"(?=\s*[.;:)!?—–]|,(?!\s+(?!(?:who|whom|whose|which|and|but|a|an|the)\b)[a-z])|\s+(?:who|whose|with|that|in|to|from|on|at|for|whom)\b)"
)
# What a described part is not: a maker's or a thing's ("Ron Howard as the director", "as a pretext"), or
# a word that says no more than that there is one ("as the star", "as the lead character", "as a man")
_NOT_DESCRIBED_PARTS = frozenset("""director writer producer screenwriter filmmaker cinematographer composer editor
    metaphor pretext production feature program result reminder whole star character lead man woman""".split())
_NAMED_AFTER = re.compile(rf" (?:named|called) ({_HONORIFIC}{{0,2}}{_CHAR}){_PART_ENDS}")
_ACTOR_BEFORE_AS = re.compile(rf"(?<![\w'’])(?P<actor>{NAME_PATTERN})(?: \([^()\n]{{1,60}}\))?(?P<gap>(?:,? [a-z][\w'’-]*){{0,7}})$")
# "Derek Holloway plays the hijacker": a described part, with no capitalised name after it; "her dad
# is played by Carl Ossing" (each led by its verb, the name or the part read back: led by a name or
# an article, a pattern is tried at every word)
_PLAYS_DESCRIBED = re.compile(
    rf" (?:plays|portrays|voices) (?:the|a|an|his|her|their) (?:{_ROLE_WORD} ){{0,3}}{_ROLE_WORD}"
    r"(?=\s*[,.;:!)]|\s+(?:and|who|with|in|to)\b)|"
    rf" (?:is|was) played by (?P<actor2>{NAME_PATTERN})"
)
_DESCRIBED_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) (?:{_ROLE_WORD} ){{0,3}}{_ROLE_WORD}$")
_DESCRIBED_NEEDLE = re.compile(r" (?:plays|portrays|voices|played by) ")
# "Priya Solano is wasted in a nothing part": the verdict is searched for, the name read back from it
_JUDGED_IN_PART = re.compile(
    r" (?:is|was) (?:(?:very|really|so|just|quite|completely|totally|utterly) )?(?:wasted|underused|miscast|solid|superb|"
    r"terrific|great|good|fine|excellent|wonderful|terrible|awful|convincing|believable|effective|funny|creepy|"
    r"memorable|wooden|bad) (?:in|as)\b|"
    # a verdict that ends its clause: "Govinda ... was completely wasted.", "Ann Lee is just bad..."
    r" (?:is|was) (?:(?:very|really|so|just|quite|completely|totally|utterly) )?(?:wasted|underused|miscast|wooden)(?=[.,;!])"
)
_NAME_BEFORE = re.compile(rf"(?<![\w'’])({NAME_PATTERN})$")
# A performance told or judged after the actor's name, as users write of the cast: "Keir Dullea shows
# a good range", "Ann Lee gives a brave performance", "Bo Ek's performance", "Ann Lee plays a 'city
# boy'". In the present tense: a remake's review tells the original's cast in the past ("Janet Leigh
# played Marion"). (Each alternative opens with its own character, a space or an apostrophe, which
# ``re`` skips to and tells apart at once.)
_OWN_PERFORMANCE = r"s (?:[\w-]+ ){0,2}(?:performance|portrayal|acting|hamming|cameo)\b"  # "Marc Singer's overcooked hamming"
_PERFORMANCE_AFTER = re.compile(
    r" (?:(?:gives|turns in|delivers|puts in) (?:a|an|the|his|her|another) (?:[\w-]+,? ){0,4}(?:performance|turn)\b|"
    rf"shows (?:a |some )?(?:[\w-]+ )?range\b|(?:plays|portrays|co-stars|stars)\b)|'{_OWN_PERFORMANCE}|’{_OWN_PERFORMANCE}"
)
# users' verdicts: "Ann Lee fares somewhat better", "Bo Ek has a lot of fun as ...", "Cy Dunn steals the show"
# (tried only on a review that holds one of _VERDICT_NEEDLES: rare, and scanned at every space)
_USER_VERDICT = re.compile(
    r" fares (?:[\w-]+ )?(?:better|worse|well|badly|best)\b| has (?:a lot of |great |some )?fun as\b|"
    r" steals (?:the|every) (?:show|scene|film|movie)\b| (?:hams it up|chews the scenery|overacts|underplays)\b"
)
_VERDICT_NEEDLES = (" fares ", " fun as ", " steals ", " hams it up", " chews the scenery", " overacts", " underplays")
# ... or before the names: "a seasoned cast including Ann Lee, Bo Ek and Cy Dunn", "It features Ann
# Lee", "a fine performance by Bo Ek"
# (each led by its own literal: one pattern of alternatives scanned every review several times slower)
_PERFORMANCE_BEFORE = tuple(re.compile(words) for words in (
    r"performances? (?:by|from) ", r"turns? (?:by|from) ", r"acting (?:by|from) ", r"cast (?:includes|including|led by|headed by) ",
    r" features ", r"vehicle for ", r"cameos? (?:by|from) ",
    # "a wasted Tadanobu Asano", "an endearing Doris Day" (each led by its word, the name after it)
    r"wasted (?=[A-Z])", r"endearing (?=[A-Z])", r"miscast (?=[A-Z])", r"hammy (?=[A-Z])"))
_FEATURED_BY = re.compile(r"\b(?:[Ii]t|[Ff]ilm|[Mm]ovie)$")  # "It features Ann Lee", "the film features ..."
_NAMES_AFTER = re.compile(rf"(?P<names>{NAME_PATTERN}(?:, {NAME_PATTERN})*(?:,? and {NAME_PATTERN})?)")
# "Kenji Oba is her father, Shuhei", "Mick Dorrell, who played a stoic in HARD RAIN, is the town
# engineer, Amos Pike": a described part with the character's name after it (the part is searched
# for, the actor read back from it, past an aside)
_IS_DESCRIBED_PART = re.compile(
    rf" is (?:the|his|her|their|[A-Z][\w'’-]+['’]s) (?:{_ROLE_WORD} ){{0,3}}{_ROLE_WORD}, "
    rf"(?P<char>{_HONORIFIC}{{0,2}}{_CHAR})(?=\s*[,.;:!)]|\s+(?:and|who|with)\b)"
)
# "Mark Wahlberg is Leo Davidson, an astronaut who ...", "Ann Lee is Tess, Danny's ex-wife", "Martin Sheen is the decent captain Queenan":
# a part named with a description beside it (a bare "X is Y" between two names says nothing)
_IS_NAMED_PART = re.compile(
    rf" is (?P<char>{_HONORIFIC}{{0,2}}{_CHAR}), (?:(?:a|an|the|his|her|their) (?=[A-Za-z])|[A-Z][\w'’-]+['’]s (?=[a-z]))|"
    rf" is (?:the|his|her|their) (?:{_ROLE_WORD} ){{1,3}}(?P<char2>{_HONORIFIC}{{0,2}}{_CHAR})(?=\s*[,.;:!)]|\s+(?:and|who|with)\b)"
)
# (also an aside that describes the actor: "Yul Brynner, dressed entirely in black, is Chris")
# "Jeff Goldblum's Seth Brundle is the reason it works", "Keith David's Childs gets the last scene",
# "Peter Lorre's Joel Cairo fusses", "Haruko Sugimura's Shige, the daughter who ...": an actor's part
# named as the actor's own, the subject of a clause or described beside it (a maker's film is told
# apart by the catalog and by the film mentions the review marks)
_POSSESSED_PART = re.compile(
    rf"['’]s (?P<char>{_HONORIFIC}{{0,2}}{_CHAR})(?=,? (?:is|was|gets|has|had|becomes|remains|"
    r"seems|feels|looks|steals|makes|starts|turns|dies|wins|comes|goes|stays|won['’]t|can['’]t|doesn['’]t)\b|"
    r" [a-z]{2,}(?<!ss)(?<=s)\b(?! (?:of|and)\b)|, (?:the|a|an) [a-z])"
)
_FILM_NOUN = re.compile(r"\b(?:film|movie|picture|feature|documentary|debut|comedy|drama|thriller|western|melodrama)s?\b")
# Who a part is to another's: "MacMurray's boss Barton Keys" is not MacMurray's part
_RELATED_BY = KIN_NOUNS | {"boss", "partner", "rival", "nemesis", "mentor"}
# A capitalised word or an initial right before an owner's name: the name is longer, someone else's
# ("Nick Nolte's"; not a sentence's last word, "... Marr. Nolte's")
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|[A-Z]\.) \Z")
# A film noun a few words after a name: the name is a film's or a language's ("Cruz's next English language film")
_FILM_NOUN_AFTER = re.compile(rf" (?:[a-z-]+ ){{0,2}}?{_FILM_NOUN.pattern}")
# A place's name owned is a part only as the subject of a clause: "Piper Laurie's Georgia is pretty much
# wasted", not "Chan's Hong Kong detective"
_SUBJECT_OF_VERB = re.compile(r",? (?:is|was|has|had|gets|becomes|seems|does|doesn['’]t|isn['’]t|wasn['’]t)\b")
# What an actor owns besides a part, right after a word that then only describes it: "Alan Cumming's
# Broadway performance", "Sharon Stone's Basic Instinct character", "Chan's American fan base"
_OWNED_NOT_PART = re.compile(r" (?:performances?|character|role|portrayal|turn|career|fans?|audiences?|accent|image|persona)\b")
# A credited actor's part named as the actor's own, by the whole name or the surname, with at most
# two describing words between: "Michael Rapaport's Dante (", "Pacino's officer Vincent Hanna and",
# "Dreyfuss' Chris,", "Zellweger's Anne may have" (the part ends at a clause mark or a lower-case word)
# What may follow a surname before its part: an aside in brackets, then "is", "plays", "portrays" or "as"
_BEFORE_PART = re.compile(r"(?: \([^()\n]{1,80}\))?(?: stars(?= as ))?(?= (?:is|plays|portrays|as) )")  # (and "Murphy stars as")


def _opens_word(text: str, at: int) -> bool:
    r"""Whether ``at`` starts a word of ``text`` (what ``(?<![\w'’-])`` tests in a pattern)."""
    return not at or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")


def _named_before_part(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where, left to right and without overlaps, ``name`` opens a word and is followed by what may
    come before its part (:data:`_BEFORE_PART`): the name's start and the end of what follows it. (A
    pattern per name, compiled for every actor of every review, had cost more than the search.)"""
    at = text.find(name)
    while at >= 0:
        follows = _BEFORE_PART.match(text, at + len(name)) if _opens_word(text, at) else None
        if follows is not None:
            yield at, follows.end()
        at = text.find(name, follows.end() if follows is not None else at + 1)


_OWNED_PART = re.compile(rf"(?:['’]s|(?<=s)['’]) (?:{_ROLE_WORD} ){{0,2}}?(?P<char>{_HONORIFIC}{{0,2}}{_CHAR})(?=\s*[,.;:!?)(—-]|\s+[a-z])")


def _owned_parts_of(text: str, start: int, owners: list[str]) -> Iterator[tuple[Span, re.Match[str]]]:
    """From ``start``, left to right and without overlaps, each place where one of ``owners`` (tried
    in their order) owns a part: the owner's span and the match of :data:`_OWNED_PART` after it. The
    same places as one pattern of the owners' alternatives before that part, without compiling a
    pattern for every actor of every review (which took a fifth of the extraction time)."""
    while True:
        places = []
        for index, owner in enumerate(owners):
            at = text.find(owner, start)
            while at >= 0:
                if _opens_word(text, at):
                    places.append((at, index))
                at = text.find(owner, at + 1)
        for at, index in sorted(places):
            end = at + len(owners[index])
            if (part := _OWNED_PART.match(text, end)) is not None:
                yield Span(at, end), part
                start = part.end()
                break
        else:
            return


# A cast list set with leaders, a line a part, in either order: "Danielle Bowden ....... Juliette
# Lewis", "Mark Wahlberg . . . . Sergeant Dignam", "Harrison Ford -- Rick Deckard"
_LEADER_LINE = re.compile(r"^[ \t]*(?P<left>[A-Z][^\n]{0,40}?)[ \t]*(?:(?:\.[ \t]*){3,}|[ \t](?:--|–|—)[ \t])[ \t]*"
                          r"(?P<right>[A-Z][^\n]{0,40}?)[ \t]*$", re.MULTILINE)
# Words that open a part's name, never an actor's: "Lieutenant Elgart", "Father Hanlon", "Big Augie Pell"
_PART_OPENERS = frozenset("""Captain Capt Sergeant Sgt Lieutenant Lt Father Judge Big Little Young Old Dr Dr. Mr Mr. Mrs Mrs.
    Miss Ms Inspector Officer Detective Det Sister Brother Uncle Aunt Agent Colonel General Major Doctor Professor Prof
    King Queen Prince Princess Lord Lady Sheriff Deputy Mayor Reverend Rev Nurse Private Coach Chief Count Countess""".split())
_ASIDE_BEFORE = re.compile(r", (?:(?:who|whose) [^,.;]{1,80}|[a-z][^,.;()]{1,60}),$")
# a credits sentence: "Starring Mick Dorrell, Anya Fjell and Cyrus Baptiste.", "With Ann Lee, Bo Ek."
_STARRING = re.compile(r"(?:Starring|With) ")  # led by its words, not \b: scanned many times faster
_SENTENCE_END = re.compile(r"[.!?]\s")
_STARRED_NAMES = re.compile(rf"(?P<names>{NAME_PATTERN}(?:, {NAME_PATTERN})*(?:,? and {NAME_PATTERN})?)\.")
# A cast list's line: the actor, a separator set off by spaces, the part, then at most a description
_PART_LINE = re.compile(rf"^[ \t]*(?:[-*•+][ \t]+)?(?P<actor>{NAME_PATTERN})[ \t]+(?:=|–|—|::|-{{1,2}})[ \t]+"
                        rf"(?P<char>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}})[ \t]*(?:[,;(][^\n]*)?$", re.MULTILINE)
# A surname alone right before "plays" or "portrays": "Beatty plays Joe Pendleton" (no capitalised
# word before it: see CastFinder._surname_parts)
_PLAYS = re.compile(r" (?:plays|portrays) ")
_SURNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+(?:[A-Z][a-z]+)?)?\Z")


def _surnames_playing(text: str, start: int) -> Iterator[re.Match[str]]:
    """Each capitalised word from ``start`` on right before "plays" or "portrays", found from the
    verbs back: a scan for every capitalised word with a look ahead cost as much as the rest of
    the cast rules."""
    for verb in _PLAYS.finditer(text, start):
        if (word := _SURNAME_BEFORE.search(text, max(start, verb.start() - 41), verb.start())) is not None:
            yield word


# What shows a name's first part before a word, cut from it: a particle's apostrophe ("d'Amboise"), or
# a line ending on a capitalised word, the word a line's first after a field's label or a quote
# (code that keeps a review in string literals: 'Olga "\n"Mironova', "Asha\njoin: Sarath")
_NAME_CUT_BEFORE = re.compile(r"['’]\Z|[A-Z][\w'’-]*[\"',]*[ \t]*\n[^\n\w]*(?:[A-Za-z]+:[ \t]*)?[\"']?\Z")
# After a credited actor's surname: " plays the camp director, Dr. Ilsa Morrow" (see CastFinder._surname_parts)
_PLAYS_PART = re.compile(rf" (?:plays|portrays) (?:the role of )?(?:{_ROLE})?(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}){_PART_ENDS}")
# After a credited actor's name: " is the telegraph operator, Dora Mayhew," (see CastFinder._is_part).
_IS_PART = re.compile(rf" is (?:{_ROLE}|the )?(?P<char>{_HONORIFIC}{{0,2}}{_CHAR}){_PART_ENDS}")  # (and "is the Faun")
# Words before "as" that make it a comparison or a name, not a part: "known as", "as good as".
_RELATIVE_ASIDE = re.compile(r", (?:who|whose) [^,]+,(?= [a-z])")
_NOT_A_PART = frozenset("as known referred billed credited listed such same and but or who which that".split())
# (also after a performance's source: "the best performance comes from Ann Lee as Mara")
# (and after a performance's or a part's noun: "the performance of Ann Lee as Mara", "notably Ann Lee as Mara")
_CLAUSE_OPENER = re.compile(r"(?:^|\n|[,;:(]|[-–—*•\"“'‘{\[|>]|\d|\band|\bwhile|\bwhereas|\bbut|\bopposite|\balongside|\bis|\bwas|\bare|\bwere|"
                             r"\bfrom|\bby|\bwith|\bfor|\babout|\bwhen|\bwhere|\blike|\bgives\s+us|\bgave\s+us|"
                             r"\bbelongs?\s+to|\bhas|\bhave|\bgets|\bpicks\s+up|\bamong\s+them|\bin\s+the\s+person\s+of|\bfinds?|"
                             r"\bstars|\bstarring|\bfeatures?|\bfeaturing|\bespecially|\bincludes?|\bincluding|\bnotably|\bparticularly|"
                             r"\bcasts?|\bre-?cast|"  # "Raimi casts Bill Paxton as Hank"
                             r"\b(?:performance|turn|work|casting|presence)\s+of)"
                             # (past a describing article: "including an overacting Ann Lee as ...", "with a sly Bo Ek as")
                             r"(?:[ \t]+(?:an?|the)(?:[ \t]+[a-z][\w'’-]*){1,2})?[ \t]*$")
_NOT_ACTOR_WORDS = NOT_NAME_OPENERS
_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
# "Young Pip Harlow, as the orphan Tomas", "Comedian Sid Caesar plays": a word describing the actor or
# naming a trade, caught in front of the name.
_DESCRIBING = frozenset("Young Little Talented Lovely Brilliant Poor Former".split()) | NAME_LEADING_ROLES


@dataclass
class _Credit:
    actor: str
    character: str | None
    evidence: Evidence
    rank: int


# "his wife", "their grandmother": whose part it is, which the sentence says and the part's name does not
_OWNER_WORD = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?=[a-z])")


# a described part's degree of a quality, an adverb and its adjective: "emotionally unstable mother", "relatively
# expensive prostitute", "independently wealthy and extremely paranoid drug dealer" (not an adjective of "-ly":
# "elderly neighbour", "friendly ghost")
_DEGREE_BEFORE_PART = re.compile(
    r"(?:(?!(?:elderly|friendly|lonely|lovely|ugly|silly|holy|only|early|deadly|kindly|lively|burly|portly|surly|curly|jolly|"
    r"wily|sickly|stately|homely|worldly|ghostly|manly|motherly|fatherly|brotherly|sisterly|saintly|unruly|cowardly|lowly|"
    r"sprightly|gangly|scholarly|beastly|cuddly|womanly|bubbly|family|bully|wobbly|daily|weekly|nightly|likely|unlikely|"
    r"costly|orderly|oily|hilly|chilly|smelly|frilly|prickly|fly)\s)[a-z]+ly\s+[a-z-]+\s+(?:(?:and|but|or)\s+)?)+(?=[a-z])")


def _unowned(character: str | None) -> str | None:
    """A part described by a relation ("his wife", "her tubercular husband") named as the relation
    alone ("wife", "tubercular husband"), and past the degree of a quality ("an emotionally unstable
    mother": "mother"), as a cast list names it; a named part as it stands."""
    if not character:
        return character
    owner = _OWNER_WORD.match(character)
    described = character[owner.end():] if owner else character
    degree = _DEGREE_BEFORE_PART.match(described)
    return described[degree.end():] if degree else described


# what follows the next actor of a list, named where a part's name was looked for: its own part
_NEXT_ACTORS_PART = re.compile(r"(?:\s\([^()\n]{1,60}\))? as ")


def _in_paragraphs(pattern: re.Pattern[str], needle: re.Pattern[str], text: str, start: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` from ``start`` in the paragraphs holding its verb, its ``needle``:
    a pattern led by a name tries every capital of a text, the verb is found at once. No credit
    runs across a blank line, nor across a line break in a text without blank lines (one
    paragraph a line)."""
    gap = "\n\n" if "\n\n" in text else "\n"
    end = start
    for hit in needle.finditer(text, start):
        at = hit.end() - 1  # (a needle may start at the line break before its word: "\nAs Nagiko, ...")
        if at < end:
            continue  # (its paragraph is read)
        cut = text.rfind(gap, start, at)
        begin = cut + len(gap) if cut >= 0 else start
        cut = text.find(gap, at)
        end = cut if cut >= 0 else len(text)
        yield from pattern.finditer(text, begin, end)


# A list's next part, its determiner left to the first: "her father (A) and stepmother (B)", "the
# dad (A), stepmom (B), son (C), and grandfather (D)"
_LISTED_PART = re.compile(r"\)(?:,\s+(?:and\s+)?|\s+and\s+)(?P<part>(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)$")
# a listed part is one person (not "bad teachers (A)", "horror (B)", "sloppily directed (C)") and
# not one of the crew ("screenwriters (A) and one novelist (B)", "cinematographer (C)")
_CREW_NOUN = re.compile(r"(?:director|writer|producer|cinematographer|composer|editor|novelist|photographer|designer|"
                        r"choreographer|narrator)$")
_FAMILIAR_PERSON = re.compile(r"(?:mom|dad|teen|in-law|grandma|grandpa)$")


def _listed_person(part: str) -> bool:
    words = part.split()
    head = words[-1]
    return (bool(_PERSON_HEAD.search(head) or _FAMILIAR_PERSON.search(head)) and not _CREW_NOUN.search(head)
            and head not in AGENT_NOUN_STOPLIST
            and not (head.endswith("s") and not head.endswith("ss"))
            and not any(word.endswith(("ly", "ed")) for word in words))


# What leads a part's name without being part of it: a label or an aside before a colon or a dash
# ("Musketeers: Aramis (Ann Lee)", "The next boss--Vincent Holt (Ann Lee)"), a participle's "by"
# or "to" ("Led by Abigail Lane (Ann Lee)", "According to Tom Berg (Bo Ek)") and a year ("In 1999
# Peter Holm (Ann Lee)")
_PART_LEADER = re.compile(r".*(?::\s+|\s*(?:--|[—–])\s*)(?=[A-Z])|[A-Z][a-z]+\s+(?:by|to)\s+(?=[A-Z])|(?:1[89]|20)\d\d\s+(?=[A-Z])", re.DOTALL)


def _named_part(text: str, span: Span, descriptive: bool) -> tuple[Span, bool]:
    """The part before a bracket without what leads its name (see ``_PART_LEADER``); a description
    cut down to a name is a name."""
    leader = _PART_LEADER.match(text, span.start, span.end)
    if leader is None or leader.end() >= span.end:
        return span, descriptive
    return Span(leader.end(), span.end), False


def _without_opener(actor: str, start: int) -> tuple[str, int] | None:
    """The actor's name and where it starts, with a sentence opener caught in front of it
    ("After", "Starring") dropped; None when what is left is a single word, not a full name."""
    first = actor.split()[0]
    if first not in _NOT_ACTOR_WORDS and first not in _DESCRIBING:
        return actor, start
    rest = actor.split(" ", 1)[1] if " " in actor else ""
    return (rest, start + len(first) + 1) if " " in rest else None


def _name_before(doc: Doc, at: int) -> tuple[str, int] | None:
    """The full name that ends right before ``at`` (read back at most 60 characters, a sentence
    opener in front of it dropped) and where it starts; ``None`` when there is none."""
    owner = _NAME_BEFORE.search(doc.flowing, max(doc.header_end, at - 60), at)
    return _without_opener(clean_name(owner.group(1)), owner.start(1)) if owner else None


def one_credit_per_player(cast: list[CastCredit], text: str) -> list[CastCredit]:
    """``cast`` with one credit per person where the review spells a name two ways ("Starring:
    Chelse Swain" in the header, "Bonnie (Chelsea Swain)" in the prose): the credit that names the
    part, under the spelling ``text`` uses more often (the first credit's when neither or both name
    one), in the place of the first."""
    merged: list[CastCredit] = []
    for credit in cast:
        same = next((i for i, kept in enumerate(merged) if spelled_alike(kept.actor, credit.actor)), None)
        if same is None:
            merged.append(credit)
            continue
        kept = merged[same]
        chosen = credit if credit.character and not kept.character else kept
        spelling = max((kept.actor, credit.actor), key=text.count)
        merged[same] = replace(chosen, actor=spelling)
    return merged


# The words a part's name holds before the surname that a reading stopped at: a particle ("Hans von
# Witzland", "Louis de Pointe du Lac", "Lyle Van de Groot") or a nickname in quotes ('Manfred "Rollo"
# Rohleder', "Theodore 'T.J.' Detweiler"), after a given name
_PARTICLE = r"(?:von|van|de|du|del|della|der|den|di|da|la|le|ter|ten)"
_NICK_WORDS = r"[A-Z](?:[\w'’-]|\.(?=\w))*\.?(?: [A-Z0-9](?:[\w'’-]|\.(?=\w))*\.?){0,3}"  # (each word capitalised: "The Brick", "T.J."; not '"You change."')
_NICKNAME = rf"(?:\"{_NICK_WORDS}\"|“{_NICK_WORDS}”|'{_NICK_WORDS}'|‘{_NICK_WORDS}’)"
_NAME_HEAD = re.compile(rf"(?<![\w'’.-])[A-Z][\w'’.-]*(?: (?:{_PARTICLE}|[A-Z][\w'’.-]*|{_NICKNAME}))*? (?:(?i:{_PARTICLE})|{_NICKNAME}) $")

_OWNER_IN = re.compile(r"['’]s ")  # ("Cocteau's La Belle": a work's owner, no part of a name)
# a sentence's opening word or a trade before the name: 'For Randy "Pink" Floyd', 'Director "Doc" Brock'
_NOT_A_GIVEN_NAME = NOT_NAME_OPENERS | NAME_LEADING_ROLES


def _given_head(text: str, at: int) -> str | None:
    """The given name and the particles or nickname that lead up to ``at``, past an opening word
    or a title before them ('For Randy "Pink" ', 'Dr. Sullivan "Sully" '); ``None`` if there are none."""
    start = max(0, at - 60)
    while head := _NAME_HEAD.search(text, start, at):
        if _OWNER_IN.search(head.group()):
            return None
        first = head.group().split()[0]
        if first not in _NOT_A_GIVEN_NAME and not re.match(_HONORIFIC, head.group()):
            return head.group()
        start = head.start() + len(first)
    return None


def whole_parts(cast: list[CastCredit], text: str) -> list[CastCredit]:
    """``cast`` with each part that the review names whole elsewhere given its whole name: a part
    read as "Witzland" or "Rohleder" is "Hans von Witzland" or 'Manfred "Rollo" Rohleder' where the
    text writes it so (one way only)."""
    whole = []
    for credit in cast:
        part = credit.character or ""
        heads = set()
        at = text.find(part) if part[:1].isupper() else -1
        while at >= 0:
            end = at + len(part)
            if text[at - 1:at] == " " and not _word_char(text, end) and text[end:end + 1] != "-" and (head := _given_head(text, at)):
                heads.add(head)
            at = text.find(part, at + 1)
        whole.append(replace(credit, character=heads.pop() + part) if len(heads) == 1 else credit)
    return whole


def _sharing_surname(first: str, second: str) -> tuple[str, str]:
    """Two parts named in turn, the second's surname given to a first named by a given name alone
    ("Jack and Susan Stanton" are Jack Stanton and Susan Stanton; not "Mr. and Mrs. Worrall")."""
    given, *rest = second.split()
    if " " in first or len(rest) != 1 or re.fullmatch(_HONORIFIC, first + " ") or re.fullmatch(_HONORIFIC, given + " "):
        return first, second
    return f"{first} {rest[0]}", second


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "'’")


_WORD = re.compile(r"[\w'’-]+")


def _part_in_brackets(text: str, left: str, inner: str) -> bool:
    """Whether a bracket after a full name holds the part: "Lara Quinn (Ruth)", a lone name the
    review uses again. Otherwise a bracket holds the actor ("Ruth Ames (Lara Quinn)", "Nick (Chad
    Michael Murray)"), however often the review names either: a plot summary names the parts
    more, a user's review the stars. A lone word that ends or starts a full name elsewhere
    ("Phillip Brainard (Williams)" after "Robin Williams") is the actor's, and one named only in
    the bracket ("Post Comments (Atom)") may be no part at all."""
    if " " not in left or " " in inner or len(left.split()) > 3 or not is_name(left):
        return False
    if inner.lower() in COUNTRY_NAMES or full_name_for(text, inner) is not None:
        return False
    return _word_counts(text)[inner] >= 2


@lru_cache(maxsize=4)
def _word_counts(text: str) -> Counter[str]:
    """How often each word occurs in ``text``, counted once per review however many brackets ask."""
    return Counter(_WORD.findall(text))


class CastFinder:
    """Find the cast of the reviewed film.

    Parameters
    ----------
    hedges
        Flags statements that are negated, hedged or asked.
    min_agent_uses
        How often "the <agent noun>" must recur to replace a descriptive role.
    """

    def __init__(self, *, hedges: HedgeDetector | None = None, min_agent_uses: int = 2) -> None:
        self.hedges = hedges or HedgeDetector()
        self.min_agent_uses = min_agent_uses

    def __call__(self, doc: Doc, header: Header) -> list[CastCredit]:
        credits: dict[frozenset[str], _Credit] = {}
        by_surname: dict[str, frozenset[str]] = {}
        for actor, span, character, _ in header.cast:
            evidence = Evidence(sentence=doc.sentences.at(span.start), mention=span, confidence=0.95)
            self._add(credits, by_surname, _Credit(actor, character, evidence, 0 if character else 3))
        for credit in self._pairs(doc, by_surname):
            self._add(credits, by_surname, credit)
        for credit in self._prose(doc, by_surname):
            self._add(credits, by_surname, credit)
        for credit in self._parts_of(doc, [c.actor for c in credits.values() if c.character is None]):
            self._add(credits, by_surname, credit)
        for credit in self._listed_parts(doc):
            self._add(credits, by_surname, credit)
        return [CastCredit(c.actor, _unowned(c.character), c.evidence) for c in credits.values()]

    def _listed_parts(self, doc: Doc) -> list[_Credit]:
        """A cast list of an actor and a part a line: "Nanako Matsushima = Reiko Asakawa, TV reporter",
        "- Robert Loggia – Frank Lopez", "Simone Signoret :: Nicole"; only where two lines or more
        read so (over the annotated reviews, 59 such pairs right and none wrong; one line alone is as
        often a page title's "Ashgrove Community Centre - Main Hall")."""
        listed = [match for match in _PART_LINE.finditer(doc.text) if is_name(match.group("actor"))]
        if len(listed) < 2:
            return []
        return [_Credit(clean_name(match.group("actor")), clean_name(match.group("char")),
                        Evidence(sentence=doc.sentences.at(match.start("actor")), mention=Span(*match.span("actor")), confidence=0.8), 2)
                for match in listed]

    def named_parts(self, doc: Doc, credits: list[CastCredit], unpicked: Iterable[str] = ()) -> list[CastCredit]:
        """The ``credits`` (actors named without a part: the actor model's picks), each with the part
        the review says the actor "is" ("Ann Lee is Mara, who ...") where it says one, and the
        ``unpicked`` names (the model's other candidates) the review says are a part; a pick that is
        such a part is no actor ("Mara" beside "Ann Lee is Mara")."""
        parts: dict[str, str | None] = {}
        for found in self._parts_of(doc, [c.actor for c in credits if c.character is None]):
            parts.setdefault(found.actor, _unowned(found.character))
        cast = [CastCredit(found.actor, _unowned(found.character), found.evidence) for found in self._is_part(doc, list(unpicked))]
        characters = {name_key(part) for part in (*parts.values(), *(credit.character for credit in cast)) if part}
        kept = [replace(credit, character=parts[credit.actor]) if credit.character is None and credit.actor in parts else credit
                for credit in credits if name_key(credit.actor) not in characters]
        return kept + [credit for credit in cast if name_key(credit.actor) not in characters]

    def _is_part(self, doc: Doc, actors: list[str]) -> list[_Credit]:
        """"Maeve Brannigan is Saskia", "Lucinda Reyes is the telegraph operator, Dora Mayhew":
        read only of an actor already credited (a header's "Starring:", the actor model's pick) or of a
        person's name the actor model weighed, since "X is Y" between two capitalised runs says nothing
        about a part otherwise ("The ranch is Silver Fork")."""
        text, found = doc.flowing, []
        for actor in actors:
            at = text.find(f"{actor} is ", doc.header_end)
            while at >= 0:
                match = _IS_PART.match(text, at + len(actor))
                if match and not _word_char(text, at - 1):
                    character = clean_name(match.group("char"))
                    if character.split()[0] not in _NOT_ACTOR_WORDS and not re.search(r"['’]s\b", character):
                        sentence = doc.sentences.at(at)
                        evidence = Evidence(sentence=sentence, mention=Span(at, at + len(actor)), confidence=0.7,
                                            flag=self.hedges(text, sentence, at))
                        found.append(_Credit(actor, character, evidence, 2))
                        break
                at = text.find(f"{actor} is ", at + 1)
        return found

    def _parts_of(self, doc: Doc, actors: list[str]) -> list[_Credit]:
        """The parts the review names for ``actors``, each credited already without one: what an actor
        "is", what the surname alone "plays" or is "as", and what is called the actor's own, in that
        order of trust."""
        return [*self._is_part(doc, actors), *self._surname_parts(doc, actors), *self._owned_parts(doc, actors),
                *self._parts_described_after(doc, actors)]

    def _parts_described_after(self, doc: Doc, actors: list[str]) -> list[_Credit]:
        """"Martin Balsam turns up as a judge", "Oliver Platt as Bulworth's campaign manager": the
        first part described, not named, after one of ``actors``' whole name, where no part is named
        (the least trusted reading: a named part anywhere replaces it)."""
        text, found = doc.flowing, []
        for actor in actors:
            at = text.find(actor, doc.header_end)
            while at >= 0:
                part = _DESCRIBED_AS.match(text, at + len(actor)) if _opens_word(text, at) else None
                last = part.group("char").split()[-1].lower() if part else ""
                # (nor a clause's verb read on: "the department head hoping to ...", "the tempting fruit dangled")
                if part and last not in _NOT_DESCRIBED_PARTS and not last.endswith(("ing", "ed")):
                    sentence = doc.sentences.at(at)
                    evidence = Evidence(sentence=sentence, mention=Span(at, at + len(actor)), confidence=0.6,
                                        flag=self.hedges(text, sentence, at))
                    found.append(_Credit(actor, part.group("char"), evidence, 3))
                    break
                at = text.find(actor, at + 1)
        return found

    def _surname_parts(self, doc: Doc, actors: list[str]) -> list[_Credit]:
        """"Myers plays Steve Rubell", "Cummings as Barry Kane", "Stoltz (who is in his second Gen X
        picture) is Jake Briggs": the first part named after one of ``actors``' surname alone (the
        rules that read a part after a name want a whole name), not after another's whole name
        ("Nick Nolte plays" for Brawley Nolte), nor a film the review names or another of ``actors``."""
        text, found = doc.flowing, []
        film_starts = {m.span.start for m in doc.mentions}
        credited = {name_key(actor) for actor in actors}
        for actor in actors:
            last = surname(actor)
            if len(last) < 3 or last == actor:
                continue
            for start, end in _named_before_part(text, last):
                if start < doc.header_end or _OWNER_BEFORE.search(text, max(0, start - 40), start):
                    continue
                part = _PART_AS.match(text, end) or _IS_PART.match(text, end) or _PLAYS_PART.match(text, end)
                if part is None:
                    continue
                character = clean_name(part.group("char"))
                if (part.start("char") in film_starts or character.split()[0] in _NOT_ACTOR_WORDS or re.search(r"['’]s\b", character)
                        or name_key(character) in credited):
                    continue  # (and "opposite Cervi is Miki Manojlovic": another of the cast)
                sentence = doc.sentences.at(start)
                evidence = Evidence(sentence=sentence, mention=Span(start, start + len(last)), confidence=0.7,
                                    flag=self.hedges(text, sentence, start))
                found.append(_Credit(actor, character, evidence, 2))
                break
        return found

    def players_named_elsewhere(self, doc: Doc, cast: list[CastCredit]) -> list[CastCredit]:
        """"Beatty plays Joe Pendleton" where the review names Warren Beatty whole as something
        else (its director, its writer) and ``cast`` does not credit him: the surname alone before
        "plays" or "portrays", its whole name the first the review gives with that surname; and an
        actor known by one name ("Amidou plays Kassem", "Ann-Margret plays Dallas"): a word no
        English prose writes in lower case, no part of another name, of a part or of a film. (Read
        after the credit models have chosen the film's director and writers among the names no
        rule credited: an actor who directed is both.)"""
        text = doc.flowing
        credited = {name_key(credit.actor) for credit in cast}
        named = credited | {name_key(credit.character) for credit in cast if credit.character}  # (a part is no one-name actor)
        film_starts = {mention.span.start for mention in doc.mentions}
        players: list[str] = []
        known_by_one_name: list[CastCredit] = []
        for match in _surnames_playing(text, doc.header_end):
            last = match.group()
            whole = full_name_for(text, last)
            if whole and whole != last and surname(whole) == last and name_key(whole) not in credited and whole not in players:
                players.append(whole)
            elif (whole is None and last.lower() not in english_words() and last not in _NOT_ACTOR_WORDS
                  and name_key(last) not in named and match.start() not in film_starts
                  and not _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
                  and not _NAME_CUT_BEFORE.search(text, max(0, match.start() - 40), match.start())
                  and (part := _PLAYS_PART.match(text, match.end())) is not None):
                character = clean_name(part.group("char"))
                if character.split()[0] in _NOT_ACTOR_WORDS or name_key(character) in named or part.start("char") in film_starts:
                    continue
                sentence = doc.sentences.at(match.start())
                evidence = Evidence(sentence=sentence, mention=Span(match.start(), match.end()), confidence=0.6,
                                    flag=self.hedges(text, sentence, match.start()))
                known_by_one_name.append(CastCredit(last, _unowned(character), evidence))
                named.add(name_key(last))
        return [*(CastCredit(credit.actor, _unowned(credit.character), credit.evidence) for credit in self._surname_parts(doc, players)
                  if credit.evidence.mention and _PLAYS.match(text, credit.evidence.mention.end)), *known_by_one_name]

    def _owned_parts(self, doc: Doc, actors: list[str]) -> list[_Credit]:
        """"Nicholson's Frank Costello", "Michael Rapaport's Dante": the first part the review names
        as one of ``actors``' own (each already credited, so a director's "Scorsese's Taxi Driver" is
        never read), by the whole name or its end ("Rapaport's", "De Niro's"; not another's "Nick
        Nolte's" for Brawley Nolte); not a film, a language or another of ``actors``, nor someone the
        part is related to ("MacMurray's boss Barton Keys"). The possessive takes the part as given, so
        whatever the clause goes on to deny is no hedge on it."""
        text, found = doc.flowing, []
        film_starts = {m.span.start for m in doc.mentions}
        catalog = load_gazetteer()
        credited = {name_key(actor) for actor in actors}
        for actor in actors:
            words = actor.split()
            ends = [" ".join(words[i:]) for i in range(len(words)) if len(" ".join(words[i:])) > 2]
            for owner, match in _owned_parts_of(text, doc.header_end, ends):
                character = clean_name(match.group("char"))
                described = text[owner.end:match.start("char")].split()[1:]
                # (a catalog's title is a film's, unless the review writes films in capitals and not this one:
                # "Piper Laurie's Georgia is pretty much a wasted character")
                as_title = character in catalog and not (doc.caps_style and not character.isupper())
                if (match.start("char") in film_starts or as_title or character.split()[0] in _NOT_ACTOR_WORDS
                        or name_key(character) in credited or re.search(r"-[a-z]", character) or _RELATED_BY & {*described}
                        or _OWNER_BEFORE.search(text, max(0, owner.start - 40), owner.start)
                        or _FILM_NOUN_AFTER.match(text, match.end("char")) or _OWNED_NOT_PART.match(text, match.end("char"))
                        or character.lower() in DEMONYMS
                        or (character.lower() in COUNTRY_NAMES and not _SUBJECT_OF_VERB.match(text, match.end("char")))):
                    continue
                sentence = doc.sentences.at(owner.start)
                evidence = Evidence(sentence=sentence, mention=owner, confidence=0.6)
                found.append(_Credit(actor, character, evidence, 2))
                break
        return found

    def _add(self, credits: dict, by_surname: dict, credit: _Credit) -> None:
        key = name_key(credit.actor)
        if len(key) == 1:
            key = by_surname.get(next(iter(key)), key)
            if key not in credits:
                return
        elif key not in credits:
            # "Del Toro's performance" after "Benicio Del Toro": a shorter form of a credited name
            key = next((known for known in credits if key < known), key)
        known = credits.get(key)
        if known is None:
            credits[key] = credit
            by_surname.setdefault(surname(credit.actor).lower(), key)
            by_surname.setdefault(credit.actor.split()[0].lower(), key)
        elif credit.character and not (credit.evidence.flag and not known.evidence.flag) and (
            known.character is None or credit.rank < known.rank or (known.evidence.flag and not credit.evidence.flag)
        ):  # (a part read in a hedged sentence does not put in doubt a player the credits name)
            credits[key] = _Credit(known.actor, credit.character, credit.evidence, credit.rank)

    def _pairs(self, doc: Doc, by_surname: dict) -> list[_Credit]:
        text = doc.flowing
        raw = []
        for paren in _PAREN.finditer(text, doc.header_end):
            inner_start = paren.start(1)
            lead = _LEAD_LOWER.match(paren.group(1))
            if lead:
                if not lead.group().startswith(("played ", "portrayed ", "voiced ")) and re.search(
                        r"\b(?:among|including|(?<!voice )(?<!voices )of)\b|\b(?<!played )(?<!portrayed )(?<!voiced )(?<!voice )(?<!voices )(?<!performed )(?<!sung )by\s+$", lead.group()):
                    continue  # "(father of actress Ann Lee)": a relative, not a part ("(voice of Ann Lee)" is); "(abetted by Ann Lee)": a co-star
                inner_start += lead.end()
            inner = clean_name(text[inner_start:paren.end(1)])
            credit = _CREDIT_ASIDE.search(inner)
            # "Ann Lee (as Mara, great name)", "Ann Lee (who plays Mara)": the part inside
            inner_part = lead is not None and _PART_LEAD.fullmatch(lead.group()) is not None
            elsewhere = False  # the aside says where else the name is from: another film
            if credit and (" " in inner[:credit.start()] or inner_part) and not inner.startswith(("The ", "A ", "An ")) and (
                    credit.group("marked") is not None or credit.group("aside") or inner[credit.end():] in load_gazetteer()):
                elsewhere = credit.group().strip(" ,") in ("of", "from") or (credit.group() == ", " and not credit.group("aside"))
                inner = inner[:credit.start()]  # "Fatima Blush (Barbara Carrera of "The Island of Dr. Moreau")"
            # an honorific marks a part, not a player: "Madeline Kahn (Mrs. Munchnik)", "(as Dr. Evil)"; not one
            # of another film ("Brent Spiner (Lt. Cmdr. Data from STAR TREK)")
            titled = None if elsewhere else _TITLED_NAME.fullmatch(inner)
            if not inner or inner.isupper() or not is_name(titled.group("name") if titled else inner):
                continue
            outside = self._left(text, paren.start(), doc)
            if len(paren.group(1)) > _SHORT_BRACKET and (credit is None or outside is None or outside[1] or inner.split()[0] in _NOT_ACTOR_WORDS
                                                         or _QUOTE_MARK.search(text, outside[0].start, outside[0].end)):
                continue  # a long bracket credits a player only as a named part's, with the player's other work after the name
            if titled and (outside is None or outside[1]):
                continue  # "the vicar (Rev. Pascoe)": a part and its name, no player
            inner_part = inner_part or titled is not None
            if outside is None or (inner in load_gazetteer() and _CREW_BEFORE.search(text, max(0, outside[0].start - 20), outside[0].start)):
                continue  # "Director Simon West (Con Air) helms ...": a maker and a film of theirs
            raw.append((outside, Span(inner_start, inner_start + len(inner)), inner, inner_part))
        # a list's brackets hold one thing: where one says it holds the part ("Robert Forster (Dr.
        # Simon), Philip Baker Hall (Sheriff Al Chambers), Rita Wilson (Caroline)"), so do the others
        parts_listed = {doc.sentences.at(inner_span.start).start for _, inner_span, _, inner_part in raw if inner_part}
        found = []
        for (left_span, descriptive), inner_span, inner, inner_part in raw:
            left = text[left_span.start:left_span.end]
            if not descriptive and " and " in left and is_name(nearer := left.rsplit(" and ", 1)[1]):
                left, left_span = nearer, Span(left_span.end - len(nearer), left_span.end)  # "Bruno Ganz and Solveig Dommartin (Marion)"
            inner_known = name_key(inner) in by_surname.values() or inner.lower() in by_surname
            left_known = not descriptive and (name_key(left) in by_surname.values() or left.lower() in by_surname)
            part_inside = inner_part or (not descriptive and not inner_known and (
                _part_in_brackets(text, left, inner)
                or (doc.sentences.at(inner_span.start).start in parts_listed and " " in left and is_name(left))))
            if not part_inside and (descriptive or inner_known or not left_known):
                actor, character, actor_span = inner, left, inner_span
                if not descriptive and " and " in character:
                    character = character.rsplit(" and ", 1)[1]  # "Nixon and Kissinger (Paul Sorvino)": the nearer one
            else:
                actor, character, actor_span = left, inner, left_span
            if actor.startswith(("The ", "A ", "An ")) or _YEAR_ONLY.fullmatch(character):
                continue  # "The Host (Gwoemul)": a title beside its original; "Charlton Heston (1968)": a film's year
            if " " not in actor and actor.lower() not in by_surname:
                actor = full_name_for(text, actor) or actor
                if " " not in actor:
                    continue
            if descriptive:
                last_word = character.split()[-1].lower()
                if last_word in _LINK_PREPOSITIONS or last_word in _CRAFTS or last_word in _CRAFTS_DONE or _CREW.fullmatch(character):
                    continue  # "It's the presence of (Ann Lee)": the phrase runs on into the name; a crew member; a craft, "The cinematography (Ann Lee)"
                character = self._role_name(text, left_span, character)
            sentence = doc.sentences.at(actor_span.start)
            # (a named part's bracketed credit is no claim a hedge puts in doubt: "so Max Cady (Robert De Niro) might be right")
            flag = self.hedges(text, sentence, min(left_span.start, inner_span.start)) if descriptive else None
            evidence = Evidence(sentence=sentence, mention=actor_span, confidence=0.8 if descriptive else 0.9, flag=flag)
            # "a talented actress in the leading role (Ann Lee)" describes the actor, not a part
            part = None if (descriptive and _ACTOR_NOUNS.search(character)) or _AWARD.match(character) else character
            found.append(_Credit(clean_name(actor), part, evidence, 1 if not descriptive else 2))
        return found

    def _left(self, text: str, paren_start: int, doc: Doc) -> tuple[Span, bool] | None:
        run = capitalized_run_before(text, paren_start, floor=doc.header_end, max_words=6)
        if run is not None and run[1] >= paren_start - 2:
            # (a line break the flowing text keeps ends a paragraph: "Notes by Ann Lee\nTom Seyr (Bo Ek)")
            start = run[1] - len(text[run[0]:run[1]].rsplit("\n", 1)[-1].lstrip())
            words = text[run[0]:run[1]].split()
            sentence_start = doc.sentences.at(start).start == start
            if sentence_start and ((len(words) >= 3 and words[0].lower().endswith(("er", "or", "ist", "ive")))
                                   or (len(words) >= 2 and words[0] in _NOT_ACTOR_WORDS)):
                start = text.index(words[1], start)  # "Later Janice (Theresa Randle)": the adverb is no part of the name
            # (a name right before the bracket is the part, whatever it is said of: "into the service of the
            # Duke Orsino (Toby Stephens)", "a letter from her old friend the Countess (John Hurt)"; an
            # institution's is not: "the deputy director of the CIA (Paul Sorvino)")
            named = text[start:run[1]].split()
            institution = named[-1].isupper() or named[-1] in _INSTITUTION_ENDS
            det = self._determiner_chain(text, start, doc, extend=institution)
            if det is None:
                # "in 1879 as Wyatt Earp (Kurt Russell) arrives": the part starts after "as"; "Bob
                # Rueland's (David Duchovny) wife": the part is the owner, without the possessive
                if (as_at := text.rfind(" as ", start, run[1])) >= 0:
                    start = as_at + len(" as ")
                end = run[1] - 2 if text[run[1] - 2:run[1]] in ("'s", "’s") else run[1]
                return _named_part(text, Span(start, end), False)
            return _named_part(text, Span(det, run[1]), True)
        end = paren_start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if (listed := _LISTED_PART.search(text, max(doc.header_end, end - 40), end)) and _listed_person(listed.group("part")):
            return Span(listed.start("part"), end), True
        det = self._determiner_chain(text, end, doc, inside=True)
        return _named_part(text, Span(det, end), True) if det is not None else None

    def _determiner_chain(self, text: str, end: int, doc: Doc, *, inside: bool = False, extend: bool = True) -> int | None:
        floor = max(doc.sentences.at(end - 1 if end else 0).start, end - 120, doc.header_end)
        tokens = list(re.finditer(r"\S+", text[floor:end]))
        final_head = tokens[-1].group().lower().strip(",;:.'’\"”") if tokens else ""
        start = None
        index = len(tokens) - 1
        if not inside:
            if index >= 0 and tokens[index].group().lower() in _DETERMINERS - {"a", "an"} and tokens[index].group().lower() != "the":
                return None
            if index >= 0 and tokens[index].group().lower() in ("the", "a", "an"):
                start, index = tokens[index].start(), index - 1
            else:
                return None
            if not extend:
                return floor + start
        while index >= 0 and len(tokens) - index <= 14:
            token = tokens[index].group()
            if _BREAK_TOKEN.search(token):
                break
            if inside and start is None and _NAMED_OWNER.fullmatch(token):
                start = tokens[index].start()  # "a showdown between Cassandra's father (James Hong)": the owner opens the part
                break
            if token.lower() in _DETERMINERS:
                start = tokens[index].start()
                before = tokens[index - 1].group().lower() if index > 0 else ""
                head = tokens[index - 2].group().lower() if index > 1 else ""
                # "the mother of the bride (A)", "the voice on the phone (A)": one part; "his
                # relationship with a call girl (A)": the part is the person, not what she is in
                if before in _LINK_PREPOSITIONS and (_PERSON_HEAD.search(head) or not _PERSON_HEAD.search(final_head)):
                    index -= 2
                    continue
                break
            index -= 1
        if start is None:
            return None
        return floor + start

    def _role_name(self, text: str, span: Span, phrase: str) -> str:
        words = phrase.split()
        if words[0].lower() in ("a", "an"):
            phrase = " ".join(words[1:])
        head = words[1] if len(words) > 1 else words[0]
        if words[0].lower() != "the" or len(words) < 4 or _AGENT.match(f"the {head}"):
            return phrase
        uses = Counter(
            m.group(1) for m in _AGENT.finditer(text, span.end) if m.group(1) not in AGENT_NOUN_STOPLIST
        )
        if uses:
            noun, count = uses.most_common(1)[0]
            if count >= self.min_agent_uses:
                return f"the {noun}"
        return phrase

    def _prose(self, doc: Doc, by_surname: dict) -> list[_Credit]:
        text, found = doc.flowing, []
        for pattern, needle in zip(_PROSE, _PROSE_NEEDLES):
            for match in _in_paragraphs(pattern, needle, text, doc.header_end):
                actor = clean_name(match.group("actor"))
                character: str | None = clean_name(match.group("char"))
                if not character or character.split()[0] in ("The", "A", "An", "He", "She", "It", "This"):
                    continue
                if re.search(r"['’]s$", character):
                    character = None  # "plays Tilly's ailing father": the part is described, not named
                if "played" in pattern.pattern and (
                    _MORE_ACTORS.match(text, match.end("actor")) or _MORE_ACTORS.match(text, match.end("char"))
                    or _QUALIFIER.match(text, match.end("actor"))
                ):
                    continue  # "Mary and Barry, played by A and B": both pairs read in turn (_PLAYED_IN_TURN), not one here
                if "played" in pattern.pattern:  # "the Prince of Wales, played by ..."
                    owner = _OF_BEFORE.search(text, max(0, match.start("char") - 60), match.start("char"))
                    if ((aside := match.group("aside")) and (nearer := _NAME_ENDING.search(aside))
                            and (not _DESCRIBES.match(aside) or aside[:nearer.start()].endswith(("named ", "called ")))
                            and not aside[:nearer.start()].endswith(("and ", "or "))):  # (not a list's last: "Imelda, Natalie and Bernie")
                        character = nearer.group()  # "Wendy, offers Janey's son Mikey, played by ...": Mikey's part
                    elif owner:
                        character = f"{owner.group(1)} of {character}"
                    elif (place := _PLACE_BEFORE.search(text, max(0, match.start("char") - 6), match.start("char"))) and \
                            _PERSON_HEAD.search(text[max(0, place.start() - 30):place.start()].rstrip()):
                        character = None  # "the mayor of New York, is played by": a place in the part's description
                    elif character and _POSSESSIVE.sub("", opener := character.split()[0]) in NOT_NAME_OPENERS and " " in character:
                        character = character[len(opener) + 1:]  # "there's Cal Brennick, an engineer played by"
                named = _without_opener(actor, match.start("actor"))  # "After Ann Lee plays ..."
                if named is None:
                    continue
                actor, actor_start = named
                sentence = doc.sentences.at(match.start())
                flag = self.hedges(text, sentence, match.start())
                mention = Span(actor_start, match.end("actor"))
                evidence = Evidence(sentence=sentence, mention=mention, confidence=0.75, flag=flag)
                found.append(_Credit(actor, character, evidence, 2))
        for match in _in_paragraphs(_PAIR_PLAY, _PAIR_NEEDLE, text, doc.header_end):
            sentence = doc.sentences.at(match.start())
            if not _CLAUSE_OPENER.search(text[sentence.start:match.start()]):
                continue
            flag = self.hedges(text, sentence, match.start())
            for group in ("actor", "actor2"):
                actor = clean_name(match.group(group))
                if actor.split()[0] in _NOT_ACTOR_WORDS:
                    continue
                evidence = Evidence(sentence=sentence, mention=Span(*match.span(group)), confidence=0.7, flag=flag)
                found.append(_Credit(actor, None, evidence, 3))
        in_turn = [*_in_paragraphs(_PARTS_IN_TURN, _PARTS_IN_TURN_NEEDLE, text, doc.header_end),
                   *_in_paragraphs(_PLAYED_IN_TURN, _PLAYED_IN_TURN_NEEDLE, text, doc.header_end),
                   *_in_paragraphs(_BRACKETED_IN_TURN, _BRACKETED_IN_TURN_NEEDLE, text, doc.header_end)]
        for match in in_turn:
            sentence = doc.sentences.at(match.start())
            flag = self.hedges(text, sentence, match.start())
            parts = _sharing_surname(clean_name(match.group("char")), clean_name(match.group("char2")))
            for group, part in zip(("actor", "actor2"), parts):
                named = _without_opener(clean_name(match.group(group)), match.start(group))  # "Later Ann Lee and ..."
                if named is None or named[0].split()[0] in _NOT_ACTOR_WORDS:
                    continue
                evidence = Evidence(sentence=sentence, mention=Span(named[1], match.end(group)), confidence=0.75, flag=flag)
                found.append(_Credit(named[0], part, evidence, 2))
        for match in _in_paragraphs(_AGES_IN_BRACKET, _AGES_IN_BRACKET_NEEDLE, text, doc.header_end):
            sentence = doc.sentences.at(match.start())
            flag = self.hedges(text, sentence, match.start())
            for group in ("actor", "actor2"):
                evidence = Evidence(sentence=sentence, mention=Span(*match.span(group)), confidence=0.75, flag=flag)
                found.append(_Credit(clean_name(match.group(group)), match.group("char"), evidence, 2))
        for match in _in_paragraphs(_LISTS_IN_TURN, _LISTS_IN_TURN_NEEDLE, text, doc.header_end):
            players, named_parts = (_LIST_SEPARATOR.split(match.group(group)) for group in ("actors", "parts"))
            if len(players) != len(named_parts):
                continue
            sentence = doc.sentences.at(match.start())
            flag = self.hedges(text, sentence, match.start())
            at = match.start("actors")
            for actor, part in zip(players, named_parts):
                at = text.index(actor, at)
                named = _without_opener(clean_name(actor), at)  # "Instead we get Ann Lee, ..."
                if named is not None and named[0].split()[0] not in _NOT_ACTOR_WORDS:
                    evidence = Evidence(sentence=sentence, mention=Span(named[1], at + len(actor)), confidence=0.75, flag=flag)
                    found.append(_Credit(named[0], clean_name(part), evidence, 2))
                at += len(actor)
        found.extend(self._made_parts(doc))
        found.extend(self._actor_as(doc))
        found.extend(self._described_parts(doc))
        found.extend(self._is_described_parts(doc))
        found.extend(self._possessed_parts(doc))
        found.extend(self._leader_lists(doc))
        found.extend(self._starring_sentences(doc))
        found.sort(key=lambda c: c.evidence.mention.start if c.evidence.mention else 0)
        return found

    def _described_parts(self, doc: Doc) -> list[_Credit]:
        """"Derek Holloway plays the hijacker", "Ann Lee gives a brave performance", "a cast including
        Ann Lee and Bo Ek": an actor whose part is described or not told at all (the credit has no
        character)."""
        text, found = doc.flowing, []
        spans = []
        for match in _PLAYS_DESCRIBED.finditer(text, doc.header_end) if _DESCRIBED_NEEDLE.search(text, doc.header_end) else ():
            window = max(doc.header_end, match.start() - 60)
            if match.group("actor2"):
                if _DESCRIBED_BEFORE.search(text, window, match.start()):
                    spans.append(match.span("actor2"))
            elif owner := _NAME_BEFORE.search(text, window, match.start()):
                spans.append(owner.span(1))
        verdicts = _USER_VERDICT.finditer(text, doc.header_end) if any(needle in text for needle in _VERDICT_NEEDLES) else ()
        for verdict in (*_JUDGED_IN_PART.finditer(text, doc.header_end), *_PERFORMANCE_AFTER.finditer(text, doc.header_end), *verdicts):
            name = _NAME_BEFORE.search(text, max(doc.header_end, verdict.start() - 60), verdict.start())
            if name:
                spans.append(name.span(1))
        for cue in (cue for pattern in _PERFORMANCE_BEFORE for cue in pattern.finditer(text, doc.header_end)):
            if cue.group() == " features ":
                if not _FEATURED_BY.search(text, max(0, cue.start() - 6), cue.start()):
                    continue  # "the poster features ..."
            elif text[cue.start() - 1:cue.start()].isalpha():
                continue  # "returns from ..."
            listed = _NAMES_AFTER.match(text, cue.end())
            if listed:
                spans.extend((listed.start("names") + name.start(), listed.start("names") + name.end())
                             for name in re.finditer(NAME_PATTERN, listed.group("names")))
        for start, end in spans:
            named = _without_opener(clean_name(text[start:end]), start)
            if named and named[0].split()[0] in ("Miss", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."):
                continue  # "Miss Garland was wonderful in ...": a name by its honorific, a person of the story as often
            if named is None or " " not in named[0] or not is_name(named[0]):
                continue
            actor, start = named
            sentence = doc.sentences.at(start)
            evidence = Evidence(sentence=sentence, mention=Span(start, start + len(actor)), confidence=0.6,
                                flag=self.hedges(text, sentence, start))
            found.append(_Credit(actor, None, evidence, 3))
        found.sort(key=lambda c: c.evidence.mention.start if c.evidence.mention else 0)
        return found

    def _is_described_parts(self, doc: Doc) -> list[_Credit]:
        """"Kenji Oba is her father, Shuhei": the part described, then the character named."""
        text, found = doc.flowing, []
        for match in (*_IS_DESCRIBED_PART.finditer(text, doc.header_end), *_IS_NAMED_PART.finditer(text, doc.header_end)):
            end = match.start()
            aside = _ASIDE_BEFORE.search(text, max(doc.header_end, end - 90), end)
            end = aside.start() if aside else end
            name = _NAME_BEFORE.search(text, max(doc.header_end, end - 60), end)
            if name is None:
                continue
            named = _without_opener(clean_name(name.group(1)), name.start(1))
            character = clean_name(match.group("char") or match.group("char2"))
            if named is None or not is_name(named[0]) or " " not in named[0] or character.split()[0] in _NOT_ACTOR_WORDS:
                continue
            actor, start = named
            sentence = doc.sentences.at(match.start())
            evidence = Evidence(sentence=sentence, mention=Span(start, start + len(actor)), confidence=0.65,
                                flag=self.hedges(text, sentence, match.start()))
            found.append(_Credit(actor, character, evidence, 2))
        return found

    def _made_parts(self, doc: Doc) -> list[_Credit]:
        """A part an actor makes: "Lee J. Cobb makes a terrific Barton Keyes."."""
        text, found = doc.flowing, []
        for match in _MAKES_A_PART.finditer(text, doc.header_end) if " made a" in text or " makes a" in text else ():
            named = _name_before(doc, match.start())
            if named is None:
                continue
            sentence = doc.sentences.at(match.start())
            evidence = Evidence(sentence=sentence, mention=Span(named[1], named[1] + len(named[0])), confidence=0.75,
                                flag=self.hedges(text, sentence, match.start()))
            found.append(_Credit(named[0], clean_name(match.group("char")), evidence, 2))
        return found

    def _possessed_parts(self, doc: Doc) -> list[_Credit]:
        """"Jeff Goldblum's Seth Brundle is ...": not a film, nor a name the catalog lists as one; not
        in the review's opening sentence nor called a film there ("Ann Lee's Brackwater is a
        crocodile picture"), where the name is a maker's and the part a film."""
        text, found = doc.flowing, []
        opening = doc.sentences.index_at(doc.header_end) if doc.header_end else 0
        film_starts = {m.span.start for m in doc.mentions}
        catalog = load_gazetteer()
        for match in _POSSESSED_PART.finditer(text, doc.header_end):
            named = _name_before(doc, match.start())
            character = clean_name(match.group("char"))
            if (named is None or not is_name(named[0]) or match.start("char") in film_starts or character in catalog
                    or character.split()[0] in _NOT_ACTOR_WORDS):
                continue
            actor, start = named
            sentence = doc.sentences.at(match.start())
            if doc.sentences.index_at(match.start()) <= opening or _FILM_NOUN.search(text, match.end("char"), sentence.end):
                continue
            evidence = Evidence(sentence=sentence, mention=Span(start, start + len(actor)), confidence=0.6,
                                flag=self.hedges(text, sentence, match.start()))
            found.append(_Credit(actor, character, evidence, 2))
        return found

    def _leader_lists(self, doc: Doc) -> list[_Credit]:
        """A cast list of two or more lines joined by leaders; the column whose entries read more
        like people's full names is the actors' (a tie says nothing)."""
        text, found = doc.text, []
        block: list[re.Match[str]] = []
        lines = list(_LEADER_LINE.finditer(text)) if "..." in text or ". . ." in text or " -- " in text or " – " in text or " — " in text else []
        for index, line in enumerate(lines):
            block.append(line)
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None and text.count("\n", line.end(), following.start()) <= 1:
                continue  # the next line of the same list
            if len(block) >= 2:
                found.extend(self._leader_block(doc, block))
            block = []
        return found

    def _leader_block(self, doc: Doc, block: list[re.Match[str]]) -> list[_Credit]:
        def person(entry: str) -> int:
            words = entry.split()
            return int(len(words) >= 2 and words[0] not in _PART_OPENERS and "(" not in entry and is_name(entry))

        left = sum(person(line.group("left")) for line in block)
        right = sum(person(line.group("right")) for line in block)
        if left == right:
            return []
        actor_side, part_side = ("left", "right") if left > right else ("right", "left")
        found = []
        for line in block:
            actor = clean_name(line.group(actor_side))
            # "Gaff (the origami)", "Tadeusz, a lorry driver": the part's name without its gloss
            character = clean_name(re.split(r"\s*[(,]", line.group(part_side))[0])
            if not person(actor) or not character or character.isupper():
                continue  # "DIRECTED BY ...... Ann Lee": a credits block's label, not a part
            evidence = Evidence(sentence=doc.sentences.at(line.start(actor_side)),
                                mention=Span(line.start(actor_side), line.start(actor_side) + len(actor)), confidence=0.85)
            found.append(_Credit(actor, character, evidence, 1))
        return found

    def _starring_sentences(self, doc: Doc) -> list[_Credit]:
        """"Starring Ann Lee, Bo Ek and Cy Dunn.": a newspaper's credits paragraph below the review."""
        text, found = doc.flowing, []
        for cue in _STARRING.finditer(text, doc.header_end):
            before = text[max(0, cue.start() - 2):cue.start()]
            if before and not (before.endswith("\n") or _SENTENCE_END.fullmatch(before)):
                continue  # only a sentence of its own
            match = _STARRED_NAMES.match(text, cue.end())
            if match is None:
                continue
            sentence = doc.sentences.at(match.start())
            for name in re.finditer(NAME_PATTERN, match.group("names")):
                start = match.start("names") + name.start()
                evidence = Evidence(sentence=sentence, mention=Span(start, start + len(name.group())), confidence=0.85)
                found.append(_Credit(clean_name(name.group()), None, evidence, 3))
        return found

    def _actor_as(self, doc: Doc) -> list[_Credit]:
        """"ACTOR as CHARACTER" where the actor opens a clause and neither side names a film."""
        text, found = doc.flowing, []
        films = {norm_title(m.title) for m in doc.mentions}
        film_starts = {m.span.start for m in doc.mentions}  # a character may share a film's name
        for part in _PART_AS.finditer(text, doc.header_end):
            match = _ACTOR_BEFORE_AS.search(text, max(doc.header_end, part.start() - 150), part.start())
            if match is None:
                continue
            # ("Kiefer Sutherland, who starred in the original, appears as ...": the aside is no part of the gap)
            aside = _RELATIVE_ASIDE.match(match.group("gap"))
            gap = set(match.group("gap")[aside.end() if aside else 0:].split())
            if match.group("gap").split()[:1] in (["is"], ["was"]):
                gap -= {"and", "but"}  # "Ann Lee is bright and sly as Mara": the predicate's words
            if _NOT_A_PART.intersection(gap):
                continue
            actor, character = clean_name(match.group("actor")), clean_name(part.group("char"))
            if renamed := _NAMED_AFTER.match(text, part.end("char")):
                character = clean_name(renamed.group(1))  # "as a sexual Pied Piper named Isabella Oliveira"
            sentence = doc.sentences.at(match.start())
            if not _CLAUSE_OPENER.search(text[sentence.start:match.start()]):
                continue
            named = _without_opener(actor, match.start("actor"))  # "Starring Ann Lee as Mara"
            if named is None:
                continue
            actor, actor_start = named
            if (character.split()[0] in _NOT_ACTOR_WORDS or re.search(r"['’]s\b|['’]$", part.group("char"))
                    or _NEXT_ACTORS_PART.match(text, part.end("char"))):
                # (and "Ann Lee as Bo's manager, Cy Dunn as ...", "..., Cy Dunn (FARGO) as ...": the next
                # actor of a list, no part's name; "Jesus' father")
                continue
            rest = text[part.end("char"):sentence.end]
            if _CHARACTER_LIST.match(rest) and not _NEXT_CLAUSE.match(rest):
                continue
            if not is_name(actor) or norm_title(actor) in films or part.start("char") in film_starts:
                continue
            flag = self.hedges(text, sentence, match.start())
            evidence = Evidence(sentence=sentence, mention=Span(actor_start, match.end("actor")), confidence=0.75, flag=flag)
            found.append(_Credit(actor, character, evidence, 2))
        return found
