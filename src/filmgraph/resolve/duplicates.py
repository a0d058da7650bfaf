"""Suspected duplicates: the films and people of the graph in, pairs that may be one node out.

The resolver merges only what it is sure of; what it left apart but looks alike is reported
here, for ``filmgraph stats``, with the reason:

- films with the same title key and the same year under two IRIs;
- films with the same title key, one of them without a year (a year-less mention);
- films of the same year whose titles are close spellings (rapidfuzz ratio >= 90, same numbers);
- people whose names agree but for initials ("S. Jackson", "Samuel L. Jackson") or are close
  spellings of each other.

>>> films = [("f:1", "Phone Booth", 2002), ("f:2", "Phone Boot", 2002), ("f:3", "Psycho", 1960), ("f:4", "Psycho", None)]
>>> [(d.iris, d.reason) for d in find_duplicate_films(films)]
[(('f:3', 'f:4'), 'same title, one without a year'), (('f:1', 'f:2'), 'close spelling (94.7), same year 2002')]
>>> [(d.labels, d.reason) for d in find_duplicate_people([("p:1", "Samuel L. Jackson"), ("p:2", "S. Jackson")])]
[(('S. Jackson', 'Samuel L. Jackson'), 'names agree but for initials')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .index import FUZZY_THRESHOLD
from .names import compact_key, person_key, title_numbers

__all__ = ["SuspectedDuplicate", "find_duplicate_films", "find_duplicate_people"]


@dataclass(frozen=True, slots=True)
class SuspectedDuplicate:
    """Nodes that may be one: their kind ("film" or "person"), IRIs, labels, why, and a score."""

    kind: str
    iris: tuple[str, ...]
    labels: tuple[str, ...]
    reason: str
    score: float = 100.0


def _label(title: str, year: int | None) -> str:
    return f"{title} ({year})" if year else title


def find_duplicate_films(films: Iterable[tuple[str, str, int | None]], *,
                         threshold: float = FUZZY_THRESHOLD) -> list[SuspectedDuplicate]:
    """Pairs of films that may be one film (see the module docstring for the rules).

    Parameters
    ----------
    films : iterable of (iri, title, year)
        One row per film (extra rows for the same IRI are ignored).
    threshold : float
        The rapidfuzz ratio from which two titles of one year are close spellings.

    Returns
    -------
    list of SuspectedDuplicate
        Exact-key findings first, then close spellings by falling score.
    """
    by_iri: dict[str, tuple[str, int | None]] = {}
    for iri, title, year in films:
        by_iri.setdefault(iri, (title, year))
    by_key: dict[str, list[str]] = defaultdict(list)
    for iri, (title, _) in by_iri.items():
        by_key[compact_key(title)].append(iri)
    found: list[SuspectedDuplicate] = []
    for _key, iris in sorted(by_key.items()):
        if len(iris) < 2:
            continue
        iris.sort()
        for i, a in enumerate(iris):
            for b in iris[i + 1:]:
                (ta, ya), (tb, yb) = by_iri[a], by_iri[b]
                if ya == yb:
                    reason = "same title and year" if ya else "same title, both without a year"
                elif ya is None or yb is None:
                    reason = "same title, one without a year"
                elif abs(ya - yb) == 1:
                    reason = "same title, a year apart"
                else:
                    continue
                found.append(SuspectedDuplicate("film", (a, b), (_label(ta, ya), _label(tb, yb)), reason))
    by_year: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for key, iris in by_key.items():
        for iri in iris:
            year = by_iri[iri][1]
            if year is not None and len(key) >= 5:
                by_year[year].append((key, iri))
    close: list[SuspectedDuplicate] = []
    for year, entries in sorted(by_year.items()):
        keys = sorted({key for key, _ in entries})
        if len(keys) < 2:
            continue
        iris_of: dict[str, list[str]] = defaultdict(list)
        for key, iri in entries:
            iris_of[key].append(iri)
        scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1)
        for i, j in zip(*scores.nonzero()):
            if i >= j:
                continue
            a_iri, b_iri = min(iris_of[keys[i]]), min(iris_of[keys[j]])
            (ta, _), (tb, _) = by_iri[a_iri], by_iri[b_iri]
            if title_numbers(ta) != title_numbers(tb):
                continue
            score = round(float(scores[i, j]), 1)
            pair = tuple(sorted((a_iri, b_iri)))
            labels = tuple(_label(*by_iri[iri]) for iri in pair)
            close.append(SuspectedDuplicate("film", pair, labels, f"close spelling ({score}), same year {year}", score))
    close.sort(key=lambda d: (-d.score, d.iris))
    return found + close


def _initials_agree(a: list[str], b: list[str]) -> bool:
    """Whether the name parts ``a`` and ``b`` agree, an initial standing for any part it starts."""
    if len(a) > len(b) or (len(a) == len(b) and sum(len(w) == 1 for w in a) < sum(len(w) == 1 for w in b)):
        a, b = b, a
    full_a = [w for w in a if len(w) > 1]
    if not full_a or any(w not in b for w in full_a):
        return False
    rest = list(b)
    for w in full_a:
        rest.remove(w)
    for initial in (w for w in a if len(w) == 1):
        match = next((w for w in rest if w.startswith(initial)), None)
        if match is None:
            return False
        rest.remove(match)
    # what is left over in the longer name may only be initials or middle names
    return len(rest) <= 1


def find_duplicate_people(people: Iterable[tuple[str, str]], *, threshold: float = 92.0) -> list[SuspectedDuplicate]:
    """Pairs of people that may be one person: initials, or close spellings of the name.

    Parameters
    ----------
    people : iterable of (iri, name)
    threshold : float
        The rapidfuzz ratio of the name keys from which two names are close spellings.

    Returns
    -------
    list of SuspectedDuplicate
    """
    names: dict[str, str] = {}
    for iri, name in people:
        names.setdefault(iri, name)
    parts = {iri: person_key(name).split() for iri, name in names.items()}
    blocks: dict[str, set[str]] = defaultdict(set)
    for iri, words in parts.items():
        for word in words:
            if len(word) >= 2:
                blocks[word[:3]].add(iri)
    seen: set[tuple[str, str]] = set()
    found: list[SuspectedDuplicate] = []
    for _block, iris in sorted(blocks.items()):
        if len(iris) < 2 or len(iris) > 200:
            continue
        ordered = sorted(iris)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if (a, b) in seen or parts[a] == parts[b]:
                    continue
                seen.add((a, b))
                if _initials_agree(parts[a], parts[b]):
                    reason, score = "names agree but for initials", 90.0
                else:
                    score = fuzz.ratio(" ".join(parts[a]), " ".join(parts[b]))
                    if score < threshold:
                        continue
                    reason = f"close spelling ({score:.1f})"
                found.append(SuspectedDuplicate("person", (a, b), tuple(sorted((names[a], names[b]))),
                                                reason, round(score, 1)))
    found.sort(key=lambda d: (-d.score, d.labels))
    return found
