"""Person names: strings in, cleaned names, name lists and surname keys out.

>>> split_names("Jonas & Josh Pate")
['Jonas Pate', 'Josh Pate']
>>> split_names("David McKenna/based on novel \\"Jack's Return Home\\" by Ted Lewis")
['David McKenna']
>>> is_name("Jan De Bont"), is_name("the caller"), surname("Freddie Prinze Jr.")
(True, False, 'Prinze')
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA, Indel

from ..titlekeys import ascii_fold
from .lexicon import NOT_NAME_OPENERS

__all__ = ["NAME_PATTERN", "NAME_AT_WORD_START", "is_name", "name_key", "split_names", "surname", "clean_name", "full_name_for", "handle_owner", "spelled_alike"]

_UP = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŚŠŽČĆŁŃŘ"
_LOW = "a-zß-öø-ÿ\u0100-\u017f"  # Latin Extended-A too: "Ryūzō", "Łukasz"
# A name part after its capital ("ann", "cCartney" of McCartney, "mit-McPhee" of Smit-McPhee, "." of an
# initial "J.", "R" of "JR")
# (and joined initials: the "J." of "D.J. Caruso", "J.R.R.")
_AFTER_CAPITAL = rf"(?:[{_LOW}]*(?:[{_UP}][{_LOW}]+)?(?:['’][{_UP}][{_LOW}]+|-[{_UP}]?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?)*(?<=[{_LOW}])|\.(?:[{_UP}]\.){{0,2}}|[{_UP}]\.?)"
# (a generation's numeral is no part of its own: "Brendan Sexton III" ends in a suffix, not in a part "II";
# only a part opening on "I" is looked ahead of, which keeps the pattern as fast as it was)
_PART = rf"(?:[{_UP.replace('A-Z', 'A-HJ-Z')}]|I(?!II?\b)){_AFTER_CAPITAL}"
# (a particle may be a saint's "St.": "Howard St. John", "Raymond St. Jacques"; or joined to its part:
# "Olivia d'Abo", "Haifaa al-Mansour")
_MORE_PARTS = (rf"(?:[ ](?:(?:de|da|di|del|van|von|der|den|ter|le|la|du|ben|bin|St\.)[ ]){{0,2}}(?:d['’]|al-|el-)?{_PART}){{1,4}}"
               r"(?:,? Jr\.?|,? Sr\.?| III?\b)?")
# a nickname in quotes after the first name: 'Ray "Crash" Corrigan', "Charles 'Bud' Tingwell"
# (a word or two: not "Irvin 'Empire Strikes Back' Kershner", "Pierce "Bond, James Bond" Brosnan")
_NICK = rf"[{_UP}][\w.'’-]*(?: [\w.'’-]+)?"
_NICKNAME = rf"(?:[ ](?:\"{_NICK}\"|“{_NICK}”|'{_NICK}'|‘{_NICK}’))?"
#: A person's name: two to five capitalised parts, particles, initials and a nickname allowed.
NAME_PATTERN = _PART + _NICKNAME + _MORE_PARTS


def name_at_word_start(not_after: str) -> str:
    """:data:`NAME_PATTERN` where no character of the class ``not_after`` (e.g. ``\\w'’``) comes right
    before it. The check follows the first capital rather than leading the pattern, so that ``re``
    can jump from capital to capital instead of trying every position of the text."""
    return rf"[{_UP}](?<![{not_after}].){_AFTER_CAPITAL}{_MORE_PARTS}"


#: :data:`NAME_PATTERN` at a word's start, not inside one ("THE BOXER. Emily Watson" holds no name "ER. Emily Watson").
NAME_AT_WORD_START = name_at_word_start(r"\w'’")
_NAME = re.compile(rf"(?:{NAME_PATTERN}|{_PART})")
_SPLIT = re.compile(r"\s*(?:,|/|;|\band\b|&)\s*")
_NOT_NAMES = re.compile(r"^(?:based|from|adapted|inspired|story|novel|play|book|by|the|a|an)\b", re.IGNORECASE)
_NOT_WORD_OR_SPACE = re.compile(r"[^\w ]")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})
# The words that open a surname of two: "Brian De Palma", "Guillermo del Toro", "Lars von Trier"
_SURNAME_PARTICLES = frozenset("de del della di da du van von der den ten ter le la st. san".split())


def spelled_alike(a: str, b: str) -> bool:
    """Whether two names one review gives are one person's, spelled two ways: but for accents,
    spaces and stops ("R.G. Armstrong", "R. G. Armstrong"; "Katherine de Mille", "Katherine
    DeMille"), a middle initial ("Hanna Hall", "Hanna R. Hall") or a slip of one letter in one word
    ("Chelse Swain", "Chelsea Swain"; "Goran Visjnic", "Goran Visnjic"). A short word's other
    letter makes another name ("Joan Cusack", "John Cusack"), and so does another suffix
    ("Brendan Sexton II", "Brendan Sexton III").

    >>> spelled_alike("Chelse Swain", "Chelsea Swain"), spelled_alike("Joan Cusack", "John Cusack")
    (True, False)
    """
    words_a, words_b = _name_words(a), _name_words(b)
    if "".join(words_a) == "".join(words_b):
        return True
    if not words_a or not words_b or _SUFFIXES.intersection(words_a) != _SUFFIXES.intersection(words_b):
        return False
    if words_a[0] != words_b[0] and words_a[-1] != words_b[-1]:
        return False
    if len(words_a) != len(words_b):
        shorter, longer = sorted((words_a, words_b), key=len)
        return (len(longer) == len(shorter) + 1 and longer[0] == shorter[0] and longer[-1] == shorter[-1]
                and len(next((word for word in longer[1:-1] if word not in shorter), "")) == 1)
    differing = [(word_a, word_b) for word_a, word_b in zip(words_a, words_b) if word_a != word_b]
    if len(differing) != 1:
        return False
    word_a, word_b = differing[0]
    longest = max(len(word_a), len(word_b))
    if Indel.distance(word_a, word_b) == 1:  # a letter more or less
        return longest >= 4
    return OSA.distance(word_a, word_b) == 1 and longest >= 5  # a letter changed, or two swapped


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(_NOT_WORD_OR_SPACE.sub("", ascii_fold(name).lower().replace("-", " ")).split())


@lru_cache(maxsize=4096)  # a review names its people many times, and a corpus names the same people
def name_key(name: str) -> frozenset[str]:
    """A person's name as a set of lower-case words: the same whatever the order or punctuation."""
    return frozenset(_NOT_WORD_OR_SPACE.sub("", name.lower().replace("-", "")).split())


_COMMA_SUFFIX = re.compile(r",[ ]?(Jr|Sr)\b")


def clean_name(text: str) -> str:
    """Collapse white space and trim punctuation around a name."""
    # a final "Jr." loses its dot, which is harmless; "Robert Downey, Jr." its comma
    return _COMMA_SUFFIX.sub(r" \1", " ".join(text.split()).strip(" .,;:()\"'"))


def is_name(text: str) -> bool:
    """Whether ``text`` as a whole looks like a person's name (one or more capitalised parts), not a
    sentence's end and the next one's opening word ("rated R. There is", "on TV. This")."""
    text = clean_name(text)
    if not text or len(text) > 60 or _NAME.fullmatch(text) is None:
        return False
    words = text.split()
    return not any(word.endswith(".") and after in NOT_NAME_OPENERS for word, after in pairwise(words))


def surname(name: str) -> str:
    """The last name part, skipping generational suffixes."""
    parts = [p for p in clean_name(name).split() if p.lower().strip(",") not in _SUFFIXES]
    return parts[-1].strip(",") if parts else ""


def split_names(value: str, *, share_surnames: bool = True) -> list[str]:
    """The names in a credit value such as ``"A, B and C"`` (source credits like "based on" dropped).

    With ``share_surnames``, a lone first name before a full name shares its surname
    ("Jonas & Josh Pate"); prose, where a lone word is more often a surname, turns that off.
    """
    names: list[str] = []
    for piece in _SPLIT.split(_COMMA_SUFFIX.sub(r" \1", value)):  # "Robert R. Presnell, Sr." is one name
        if _NOT_NAMES.match(piece.strip()):
            break
        name = clean_name(re.split(r"\s+(?:based|from|adapted)\b", piece, maxsplit=1)[0])
        if name and is_name(name):
            names.append(name)
    for i in range(len(names) - 1 if share_surnames else 0):
        if " " not in names[i] and " " in names[i + 1] and len(names[i]) > 2:
            names[i] = f"{names[i]} {surname(names[i + 1])}"
    return names


_FULL_NAME = re.compile(NAME_AT_WORD_START)


def full_name_for(text: str, part: str) -> str | None:
    """The first full name in ``text`` that ends with ``part`` (a surname) or starts with it.

    >>> full_name_for("Freddie Prinze Jr. stars. Prinze is fine.", "Prinze")
    'Freddie Prinze Jr'
    >>> full_name_for("Nobody here.", "Prinze") is None
    True
    """
    return _full_names(text).get(part)


@lru_cache(maxsize=4)
def _full_names(text: str) -> dict[str, str]:
    """Each surname and first name in ``text`` with the first full name it belongs to: read once
    per text, where a scan per question made reviews with many names quadratic."""
    found: dict[str, str] = {}
    for match in _FULL_NAME.finditer(text):
        name = match.group().rstrip(",")
        words = name.replace(",", "").split()
        if (words[0] in _ROLE_TITLES or words[0] in NOT_NAME_OPENERS) and len(words) > 2:
            name, words = name.split(" ", 1)[1], words[1:]  # "Director Edwina Carrow has fun", "Only Gary Sinise rises"
        if words[0] in NOT_NAME_OPENERS or len(words) < 2:  # "After Sarah leaves" names no "After Sarah"
            continue
        for key in (surname(name), words[0]):
            found.setdefault(key, name)
        if len(words) >= 3 and words[-2].lower() in _SURNAME_PARTICLES:
            # "De Palma directs" after "Brian De Palma", "Del Toro" after "Guillermo del Toro"
            for particle in (words[-2], words[-2].capitalize()):
                found.setdefault(f"{particle} {words[-1]}", name)
    return found


# A full name in brackets right after a handle: "geezer_deluxe (Tom Pellingham, as the sig says)", "knitwit here (Ann Lee"
_BRACKETED_NAME = re.compile(rf"(?:[ \t]+here)?[ \t]*\([ \t]*({NAME_PATTERN})(?=[,;)]|[ \t]+[a-z(])")


def handle_owner(text: str, handle: str) -> str | None:
    """The one full name in ``text`` that a user's handle spells out ("corneliusaf", "lpetrakis",
    "niamh.a" and "WrenHalloway" of Cornelius Adebayo-Frost, Lorna Petrakis, Niamh Aldana and Wren
    Halloway: each of the name's words whole or by its initial, in order, the last ones perhaps
    left out) or that a first name alone begins ("Mira" of Mira Castellanos); ``None`` when none
    does or several do. A full name the text brackets right after the handle is its owner's whatever
    the handle spells ("geezer_deluxe (Tom Pellingham, as the sig says)").

    >>> handle_owner('"username": "rufus_os", "name": "Rufus Okereke-Salvesen"', "rufus_os")
    'Rufus Okereke-Salvesen'
    >>> handle_owner("Ann Lee and Amy Lee", "alee") is None
    True
    >>> handle_owner("reply from geezer_deluxe (Tom Pellingham) ... -- geezer_deluxe", "geezer_deluxe")
    'Tom Pellingham'
    """
    letters = re.sub(r"[^a-z]", "", ascii_fold(handle).lower())
    if len(letters) < 3:
        return None
    at = text.find(handle)
    while at >= 0:
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "_.-")) and (bracketed := _BRACKETED_NAME.match(text, at + len(handle))):
            return bracketed.group(1)
        at = text.find(handle, at + 1)
    owners = {name for name in _full_names(text).values() if _spells(letters, _name_words(name), whole=False)}
    return owners.pop() if len(owners) == 1 else None


def _spells(letters: str, words: tuple[str, ...], *, whole: bool) -> bool:
    """Whether ``letters`` are ``words`` in order, each whole or by its initial, the last ones
    perhaps left out once a word was given whole (``whole``)."""
    if not letters:
        return whole
    if not words:
        return False
    first, rest = words[0], words[1:]
    return ((letters.startswith(first) and _spells(letters[len(first):], rest, whole=True))
            or (letters[0] == first[0] and _spells(letters[1:], rest, whole=whole)))


_ROLE_TITLES = frozenset("Director Producer Writer Screenwriter Filmmaker Actor Actress Star Composer Cinematographer "
                         "Editor Co-star Newcomer Veteran".split())
