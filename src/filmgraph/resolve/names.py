"""Normalised keys for titles and names, and the stable IRIs minted from them.

A title key ignores case, accents, punctuation, spacing and a leading (or trailing, library
style) article, so "The Thing", "THING, THE" and "Thing" share a key; a person key ignores the
order of the name's parts and hyphens, so "Jo Woo-jin" and "Woo-jin Jo" share one.

>>> normalize_title("Phone-Booth!")
'phone booth'
>>> normalize_title("Thing, The")
'thing'
>>> title_slug("Amélie")
'amelie'
>>> person_key("Ji Chang-Wook")
'changwook ji'
"""

from __future__ import annotations

import re
import unicodedata

from ..rdf.vocab import ID

__all__ = ["normalize_title", "title_slug", "film_iri", "person_key", "person_iri", "compact_key"]

_ARTICLES = ("the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "der", "die", "das")
_LEADING_ARTICLE = re.compile(rf"^(?:{'|'.join(_ARTICLES)})\s+")
_TRAILING_ARTICLE = re.compile(rf",\s*(?:{'|'.join(_ARTICLES)})$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower().replace("&", " and ").strip()


def normalize_title(title: str) -> str:
    """The matching key of a title: lower-case ASCII words, no punctuation, no article."""
    text = _ascii_lower(title)
    text = _TRAILING_ARTICLE.sub("", text)
    text = _NOT_WORD.sub(" ", text).strip()
    stripped = _LEADING_ARTICLE.sub("", text)
    return stripped or text


def compact_key(title: str) -> str:
    """The title key without spaces: "Phonebooth" and "Phone Booth" agree."""
    return normalize_title(title).replace(" ", "")


def title_slug(title: str) -> str:
    """The readable IRI segment of a title."""
    return normalize_title(title).replace(" ", "-") or "untitled"


def film_iri(title: str, year: int | None) -> str:
    """The IRI minted for a film not found in the index: title slug plus year when known."""
    slug = title_slug(title)
    return str(ID[f"film/{slug}-{year}" if year else f"film/{slug}"])


def person_key(name: str) -> str:
    """Order-free key of a person's name."""
    words = _NOT_WORD.sub(" ", _ascii_lower(name).replace("-", "").replace("'", "")).split()
    return " ".join(sorted(words))


def person_iri(name: str) -> str:
    """The IRI of a person, from their order-free name key."""
    return str(ID["person/" + (person_key(name).replace(" ", "-") or "unnamed")])
