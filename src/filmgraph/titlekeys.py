"""Title keys: a title as written in, the normalised key that compares, finds or names it out.

The one place titles are normalised. Two rules, for two jobs that must not be merged:

:func:`normalize_title`
    The graph's key: ASCII words joined by single spaces, no punctuation, "&" read as "and", no
    leading article, nor a trailing one written library style ("Thing, The"), in English and in
    the Romance and German articles catalogs use. It is stored as ``fg:titleKey``, matched by
    look-ups and resolution, and film IRIs are minted from it, so changing it changes stores.
:func:`norm_title`
    The extractor's comparison key: letters and digits only, no English article. The relation
    model's features compare mentions by it, so changing it means retraining
    (``scripts/train_relations.py``); it keeps non-Latin letters, so "東京物語" is not empty.
    :func:`title_key` is the same key with accents folded to ASCII first, the key of the shipped
    gazetteer (``scripts/build_gazetteer.py``), where "Amélie" must find "Amelie".

Nothing here imports the rest of filmgraph, so every stage may use it.

>>> normalize_title("Phone-Booth!"), normalize_title("Thing, The"), normalize_title("Fast & Furious")
('phone booth', 'thing', 'fast and furious')
>>> norm_title("The Haunting") == norm_title("HAUNTING, THE") == "haunting"
True
>>> norm_title("Amélie"), title_key("Amélie")
('amélie', 'amelie')
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["ARTICLES", "ascii_fold", "normalize_title", "norm_title", "title_key"]

# "die" is left out on purpose: "Die Hard" is not "Hard".
ARTICLES = ("the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "der", "das")
_LEADING_ARTICLE = re.compile(rf"^(?:{'|'.join(ARTICLES)})\s+")
_TRAILING_ARTICLE = re.compile(rf",\s*(?:{'|'.join(ARTICLES)})$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")

_ENGLISH_TRAILING_ARTICLE = re.compile(r",\s*(the|a|an)\s*$")
_ENGLISH_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_NOT_LETTER_OR_DIGIT = re.compile(r"[^\w]|_")


def ascii_fold(text: str) -> str:
    """``text`` in ASCII: accents dropped ("é" -> "e"), compatibility forms split ("ﬁ" -> "fi"),
    anything else without an ASCII form left out.

    >>> ascii_fold("Amélie, Ça, ﬁn, 東京")
    'Amelie, Ca, fin, '
    """
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def normalize_title(title: str) -> str:
    """The graph's key of a title (``fg:titleKey``): lower-case ASCII words, no punctuation, no article.

    Parameters
    ----------
    title : str
        A title as written.

    Returns
    -------
    str
        Its words joined by single spaces; a title that is nothing but an article keeps it
        ("The" -> "the"), and one without letters or digits gives "".

    Examples
    --------
    >>> normalize_title("La Dolce Vita"), normalize_title("Die Hard"), normalize_title("THE")
    ('dolce vita', 'die hard', 'the')
    """
    text = ascii_fold(title).lower().replace("&", " and ").strip()
    text = _TRAILING_ARTICLE.sub("", text)
    text = _NOT_WORD.sub(" ", text).strip()
    stripped = _LEADING_ARTICLE.sub("", text)
    return stripped or text


def norm_title(title: str) -> str:
    """The extractor's comparison key of a title: lower case, no English article, letters and
    digits only (in any script).

    Parameters
    ----------
    title : str
        A title as written in a review.

    Returns
    -------
    str
        The key, without spaces: "Phone Booth" and "Phonebooth" agree.

    Examples
    --------
    >>> norm_title("A Night at the Opera"), norm_title("Phone-Booth"), norm_title("Los Olvidados")
    ('nightattheopera', 'phonebooth', 'losolvidados')
    """
    return _norm_title(title)


# Pure and called on the same few titles many times per review: memoised (behind a typed
# function: the cache's wrapper would let mypy pass any argument).
@functools.lru_cache(maxsize=16384)
def _norm_title(title: str) -> str:
    key = _ENGLISH_TRAILING_ARTICLE.sub("", title.strip().lower())
    key = _ENGLISH_LEADING_ARTICLE.sub("", key)
    return _NOT_LETTER_OR_DIGIT.sub("", key)


def title_key(title: str) -> str:
    """The gazetteer's key of a title: :func:`norm_title` of its :func:`ascii_fold`.

    Examples
    --------
    >>> title_key("The Wizard of Oz") == title_key("WIZARD OF OZ, THE") == title_key("Wizard of Oz!")
    True
    >>> title_key("東京物語")
    ''
    """
    return _title_key(title)


@functools.lru_cache(maxsize=16384)  # (the catalog is asked about the same few runs of a review again and again)
def _title_key(title: str) -> str:
    return _norm_title(ascii_fold(title))

