"""Names and titles in, the keys resolution compares and the stable IRIs minted from them out.

A title key (:func:`~filmgraph.titlekeys.normalize_title`) ignores case, accents, punctuation,
spacing and a leading (or trailing, library style) article, so "The Thing", "THING, THE" and
"Thing" share a key; a person key ignores the order of the name's parts and hyphens, so
"Jo Woo-jin" and "Woo-jin Jo" share one.

>>> title_slug("Amélie")
'amelie'
>>> person_key("Ji Chang-Wook")
'changwook ji'
>>> person_key("J.R.R. Tolkien") == person_key("JRR Tolkien")
True
>>> split_title_year("Phonebooth (2002)")
('Phonebooth', 2002)
"""

from __future__ import annotations

import re

from ..rdf.vocab import ID
from ..titlekeys import ascii_fold, normalize_title

__all__ = [
    "title_slug",
    "film_iri",
    "person_key",
    "person_iri",
    "compact_key",
    "split_title_year",
    "title_numbers",
]

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_TITLE_YEAR = re.compile(r"^(?P<title>.*?\S)\s*[\(\[]\s*(?P<year>1[89]\d\d|20\d\d)\s*(?:film)?\s*[\)\]]\s*$", re.IGNORECASE)
_NUMERAL = re.compile(r"^(?:\d+|i{1,3}|iv|v|vi{1,3}|ix|x)$")


def compact_key(title: str) -> str:
    """The title key without spaces: "Phonebooth" and "Phone Booth" agree."""
    return normalize_title(title).replace(" ", "")


def split_title_year(text: str) -> tuple[str, int | None]:
    """A title and the year in brackets after it, if any: "Psycho (1960)" -> ("Psycho", 1960).

    Parameters
    ----------
    text : str
        A title as written, perhaps followed by "(YEAR)", "[YEAR]" or "(YEAR film)".

    Returns
    -------
    tuple of (str, int or None)
        The title without the bracketed year, stripped, and the year (None when not given).

    Examples
    --------
    >>> split_title_year("12 Angry Men (1997)")
    ('12 Angry Men', 1997)
    >>> split_title_year("LOL (Laughing Out Loud)")
    ('LOL (Laughing Out Loud)', None)
    """
    text = " ".join(text.split())
    match = _TITLE_YEAR.match(text)
    if match is None:
        return text, None
    return match.group("title"), int(match.group("year"))


def title_numbers(title: str) -> tuple[str, ...]:
    """The numbers in a title (digits and roman numerals), which tell sequels apart.

    Two titles whose numbers differ are never taken for spellings of each other.

    Examples
    --------
    >>> title_numbers("Rocky II"), title_numbers("Rocky III"), title_numbers("Seven Samurai")
    (('ii',), ('iii',), ())
    """
    return tuple(word for word in normalize_title(title).split() if _NUMERAL.match(word))


def title_slug(title: str) -> str:
    """The readable IRI segment of a title."""
    return normalize_title(title).replace(" ", "-") or "untitled"


def film_iri(title: str, year: int | None) -> str:
    """The IRI minted for a film not found in the index: title slug plus year when known."""
    slug = title_slug(title)
    return str(ID[f"film/{slug}-{year}" if year else f"film/{slug}"])


def person_key(name: str) -> str:
    """Order-free key of a person's name.

    Case, accents, hyphens, apostrophes and the order of the parts do not count, and initials
    written together or apart agree ("J.R.R.", "J. R. R." and "JRR" are all "jrr").
    """
    words = _NOT_WORD.sub(" ", ascii_fold(name).lower().replace("&", " and ").replace("-", "").replace("'", "")).split()
    merged: list[str] = []
    in_run = False
    for word in words:
        if len(word) == 1 and in_run:
            merged[-1] += word
        else:
            merged.append(word)
            in_run = len(word) == 1
    return " ".join(sorted(merged))


def person_iri(name: str) -> str:
    """The IRI of a person, from their order-free name key."""
    return str(ID["person/" + (person_key(name).replace(" ", "-") or "unnamed")])
