"""The reviewed film's countries when no rule read one: a :class:`Doc` and a :class:`ReviewedFilm`
in, the same film with the countries a learned model likes out.

The rules in :mod:`.film` read a country from a details line ("Denmark/Italy, 2015"), a header
and the usual phrasings ("Night Harbour is a Norwegian drama", "the new Danish film from Ann
Lee"). Reviews say it in many more ways: "Haruki Ando's third feature, a Japanese film that ...",
"Kenneth Lau's Hong Kong noir", "a small British indie about ...", "It's a Norwegian film, Copper
Sky, by ...". Every nationality word and country name in the review is a candidate;
:func:`country_candidates` describes each country by the words around its first mentions, whether
a film noun follows, whether the film's title or another film stands in the same sentence, the
cue words of remaking there (in a remake's review a nationality is as often the original's) and
how often and how early the review names it. A logistic model (:class:`~.scorer.RelationModel`
with the labels ``other`` and ``country``), trained by ``scripts/train_countries.py`` on the gold
countries of annotated reviews whose rules read none and shipped as ``data/countries.json``,
scores them; every country above the learned threshold is added. Without that file none is.

>>> from filmgraph.extract.doc import DocBuilder
>>> doc = DocBuilder()("Ann Lee's third feature, a Japanese film about a lighthouse, is slow.")
>>> [country for country, _ in country_candidates(doc, "Night Harbour")]
['Japan']
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import ReviewedFilm
from ..titlekeys import norm_title
from .doc import Doc
from .lexicon import COUNTRY_NAMES, DEMONYMS
from .scorer import RelationModel, add_word_features, load_model

__all__ = ["LABELS", "CountryScorer", "country_candidates"]

LABELS = ("other", "country")
_MAX_CHARS = 6_000
# (a country's words are read at its first few mentions: later ones mostly repeat them)
_READ_MENTIONS = 4
# A run of capitalised words ("In Hong Kong", "South Korean"), where a nationality or a country may
# stand: looked up in the word lists, which is faster than one pattern of all their names.
_CAPITALISED = re.compile(r"[A-Z](?<![\w-].)[\w.'’]*(?:[ ][A-Z][\w.'’]*){0,3}")
_WORD = re.compile(r"[a-z][a-z'’-]*")
_OWNED = re.compile(r"['’]s$")
# The last word of every nationality and country name, as a run may end it ("korean", "korean,",
# "america's"): a name of two words ("South Korean") holds it too.
_NATION_TOKENS = frozenset(name.split()[-1] + end for name in (*DEMONYMS, *COUNTRY_NAMES)
                           for end in ("", ".", ",", "'s", "’s"))
_FILM_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:film|movie|picture|feature|drama|thriller|comedy|horror|noir|western|"
                        r"documentary|production|co-production|indie|cinema|director|filmmaker|auteur|original|version|remake|"
                        r"chiller|romance|musical|epic|animation|sci-fi|melodrama)s?\b")
_REMAKE_WORDS = re.compile(r"\b(?:remake\w*|remade|original|version|based on|adapt\w*|update\w*|redo)\b")


def _country_of(word: str) -> str:
    return DEMONYMS.get(word) or COUNTRY_NAMES[word]


def country_candidates(doc: Doc, title: str | None) -> list[tuple[str, dict[str, float]]]:
    """(country, features) for every country the review names (within its first 6,000 characters:
    a film's nationality is said early), in order of first mention."""
    text, lowered = doc.text, doc.lowered
    found: dict[str, list[tuple[int, int, str]]] = {}
    for match in _CAPITALISED.finditer(text, 0, _MAX_CHARS):  # ("French" as a nationality, not "french fries")
        words = lowered[match.start():match.end()].split(" ")
        if _NATION_TOKENS.isdisjoint(words):
            continue  # (most capitalised runs: a set look-up is all they cost)
        starts = [match.start() + sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
        i = 0
        while i < len(words):
            # two words first ("Hong Kong", "South Korean"), then one ("The French", "America's", "British,")
            for size in (2, 1):
                word = " ".join(words[i:i + size])
                word = word if word in COUNTRY_NAMES else _OWNED.sub("", word).rstrip(".,")
                if size <= len(words) - i and (word in DEMONYMS or word in COUNTRY_NAMES):
                    found.setdefault(_country_of(word), []).append((starts[i], starts[i] + len(word), word))
                    i += size - 1
                    break
            i += 1
    title_key = norm_title(title) if title else None
    countries = []
    for rank, (country, matches) in enumerate(found.items()):
        features: dict[str, float] = {"bias_candidate": 1.0, f"mentions:{min(len(matches), 3)}": 1.0,
                                      f"rank:{min(rank, 2)}": 1.0}
        if len(found) == 1:
            features["only_country"] = 1.0
        for start, end, word in matches[:_READ_MENTIONS]:
            sentence = doc.sentences.at(start)
            index = doc.sentences.index_at(start)
            features[f"sentence:{min(index, 3) if index < 4 else 'later'}"] = 1.0
            if start < doc.header_end:
                features["in_header"] = 1.0
            features["demonym" if word in DEMONYMS else "country_name"] = 1.0
            before = _WORD.findall(lowered[max(sentence.start, start - 40):start])[-2:]
            after = _WORD.findall(lowered[end:min(sentence.end, end + 30)])[:1]
            add_word_features(features, before, after)
            if _FILM_NOUN.match(lowered, end):
                features["film_noun_after"] = 1.0
            if _REMAKE_WORDS.search(lowered, sentence.start, sentence.end):
                features["sentence:remake_words"] = 1.0
            mentions = doc.mentions_between(sentence.start, sentence.end)
            if title_key and (any(norm_title(m.title) == title_key for m in mentions)
                              or (title and title.lower() in lowered[sentence.start:sentence.end])):
                features["title_in_sentence"] = 1.0
            if any(norm_title(m.title) != title_key for m in mentions):
                features["other_film_in_sentence"] = 1.0
            if text.rfind("'s ", max(sentence.start, start - 30), start) >= 0 or text.rfind("’s ", max(sentence.start, start - 30), start) >= 0:
                features["after_possessive"] = 1.0  # "Kenneth Lau's Hong Kong noir"
        countries.append((country, features))
    return countries


class CountryScorer:
    """Give the reviewed film the countries the model likes, when the rules read none; a review
    that neither names nor credits its film still gives its country ("a small Argentine comedy"),
    as a film with no title.

    Parameters
    ----------
    model
        The country model; the shipped one (``data/countries.json``) by default. ``None`` adds none.
    """

    def __init__(self, *, model: RelationModel | None = None) -> None:
        self.model: RelationModel | None = model or load_model("countries.json")

    def __call__(self, doc: Doc, film: ReviewedFilm | None) -> ReviewedFilm | None:
        if self.model is None or (film is not None and film.countries):
            return film
        threshold = self.model.thresholds.get("country", 0.5)
        chosen = tuple(country for country, features in country_candidates(doc, film.title if film else None)
                       if self.model.probabilities(features)[1] >= threshold)
        if not chosen:
            return film
        return replace(film, countries=chosen) if film else ReviewedFilm(title=None, countries=chosen)
