"""The film-title gazetteer: known titles with their years, known original -> remake pairs and
the directors a catalog gives some films.

Built from public catalogs by ``scripts/build_gazetteer.py`` and shipped in the package as
``extract/data/gazetteer.tsv.gz``. The extractor asks it whether a candidate title names a known
film, in which years, and whether one known film remakes another; without the file every answer
is "unknown" and extraction still works, with less to go on.

>>> gazetteer = Gazetteer.from_lines(["psycho\\t1960,1998", "#remakes", "psycho\\t1960\\tpsycho\\t1998"])
>>> gazetteer.years("PSYCHO"), gazetteer.is_remake_pair("Psycho", 1998, "Psycho", 1960)
((1960, 1998), True)
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..titlekeys import title_key

__all__ = ["GAZETTEER_PATH", "Gazetteer", "load_gazetteer"]

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"


class Gazetteer:
    """Titles of known films, known remake pairs and some films' directors; empty when no catalog
    was shipped."""

    def __init__(self, years: dict[str, tuple[int, ...]], remakes: frozenset[tuple[str, int, str, int]],
                 directors: dict[str, tuple[tuple[int, str], ...]] | None = None) -> None:
        self._years = years
        self._remakes = remakes
        self._directors = directors or {}
        self._originals: dict[str, list[tuple[int, str, int]]] = {}
        self._remade_as: dict[str, set[str]] = {}
        for a, ay, b, by in remakes:
            self._originals.setdefault(b, []).append((by, a, ay))
            self._remade_as.setdefault(a, set()).add(b)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Gazetteer:
        """Parse the shipped text form (see ``scripts/build_gazetteer.py``)."""
        years: dict[str, tuple[int, ...]] = {}
        remakes: set[tuple[str, int, str, int]] = set()
        directors: dict[str, tuple[tuple[int, str], ...]] = {}
        section = "years"
        for line in lines:
            line = line.rstrip("\n")
            if line in ("#remakes", "#directors"):
                section = line[1:]
            elif section == "remakes":
                a, ay, b, by = line.split("\t")
                remakes.add((a, int(ay), b, int(by)))
            elif section == "directors":
                key, year, name = line.split("\t")
                directors[key] = (*directors.get(key, ()), (int(year), name))
            elif line:
                key, _, found = line.partition("\t")
                years[key] = tuple(int(y) for y in found.split(",") if y)
        return cls(years, frozenset(remakes), directors)

    def __len__(self) -> int:
        return len(self._years)

    def __contains__(self, title: str) -> bool:
        return title_key(title) in self._years

    def years(self, title: str) -> tuple[int, ...]:
        """The years known films of this title came out (empty if unknown)."""
        return self._years.get(title_key(title), ())

    def sole_year(self, title: str, before: int | None = None) -> int | None:
        """The year of the only known film of this title (that came out before ``before``, when
        given), or ``None`` when there is none or more than one.

        >>> films = Gazetteer({"duel": (1971,), "haunting": (1963, 1999)}, frozenset())
        >>> films.sole_year("Duel"), films.sole_year("The Haunting"), films.sole_year("The Haunting", before=1999)
        (1971, None, 1963)
        """
        years = [year for year in self.years(title) if before is None or year < before]
        return years[0] if len(years) == 1 else None

    def directors(self, title: str, year: int | None) -> tuple[str, ...]:
        """The directors a catalog gives the film of ``title`` from ``year`` (a year either side:
        a release date is not always the year a review gives); without a year, those of the only
        film of the title the catalogs know.

        >>> films = Gazetteer({"duel": (1971,), "psycho": (1960, 1998)}, frozenset(),
        ...                   {"duel": ((1971, "Steven Spielberg"),), "psycho": ((1998, "Gus Van Sant"),)})
        >>> films.directors("Duel", None), films.directors("Psycho", 1998), films.directors("Psycho", None)
        (('Steven Spielberg',), ('Gus Van Sant',), ())
        """
        year = year if year is not None else self.sole_year(title)
        if year is None:
            return ()
        return tuple(name for known_year, name in self._directors.get(title_key(title), ()) if abs(known_year - year) <= 1)

    def is_remake_pair(self, remake: str, remake_year: int | None, original: str, original_year: int | None) -> bool:
        """Whether a catalog lists ``remake`` as a remake of ``original`` (years must agree when given).

        A review often names its film without a year; then any listed remake of that title counts,
        but a same-title original must have its year, or it could be the reviewed film itself.

        >>> pairs = Gazetteer({}, frozenset({("thatdarncat", 1965, "thatdarncat", 1997)}))
        >>> pairs.is_remake_pair("That Darn Cat", None, "That Darn Cat", 1965)
        True
        >>> pairs.is_remake_pair("That Darn Cat", None, "That Darn Cat", None)
        False
        """
        return self.original_year(remake, remake_year, original, original_year) is not None

    def original_year(self, remake: str, remake_year: int | None, original: str, original_year: int | None) -> int | None:
        """The year of the listed original when :meth:`is_remake_pair` holds, else ``None``: what
        dates "a remake of Yojimbo" when the review does not.

        >>> pairs = Gazetteer({}, frozenset({("yojimbo", 1961, "lastmanstanding", 1996)}))
        >>> pairs.original_year("Last Man Standing", None, "YOJIMBO", None)
        1961
        """
        remake_key, original_key = title_key(remake), title_key(original)
        if remake_year is None and original_year is None and remake_key == original_key:
            return None
        return next((known_year for year, key, known_year in self._originals.get(remake_key, ())
                     if key == original_key and remake_year in (None, year) and original_year in (None, known_year)), None)

    def listed_original_year(self, title: str, year: int | None) -> int | None:
        """The year of the earliest film of the same title that a catalog lists ``title`` (of
        ``year``, when given) as a remake of.

        >>> pairs = Gazetteer({}, frozenset({("thatdarncat", 1965, "thatdarncat", 1997)}))
        >>> pairs.listed_original_year("That Darn Cat", 1997), pairs.listed_original_year("That Darn Cat", 1965)
        (1965, None)
        """
        key = title_key(title)
        years = [known_year for remake_year, original, known_year in self._originals.get(key, ())
                 if original == key and year in (None, remake_year)]
        return min(years, default=None)

    def remade_as(self, title: str) -> frozenset[str]:
        """The title keys of the films a catalog lists as remakes of a film of ``title``.

        >>> pairs = Gazetteer({}, frozenset({("yojimbo", 1961, "lastmanstanding", 1996)}))
        >>> sorted(pairs.remade_as("Yojimbo")), sorted(pairs.remade_as("Last Man Standing"))
        (['lastmanstanding'], [])
        """
        return frozenset(self._remade_as.get(title_key(title), ()))

    def same_title_remake_years(self, title: str, original_year: int) -> tuple[int, ...]:
        """The years of the films a catalog lists as same-title remakes of ``title`` from
        ``original_year``.

        >>> pairs = Gazetteer({}, frozenset({("thatdarncat", 1965, "thatdarncat", 1997)}))
        >>> pairs.same_title_remake_years("That Darn Cat", 1965), pairs.same_title_remake_years("That Darn Cat", 1997)
        ((1997,), ())
        """
        key = title_key(title)
        return tuple(sorted(remake_year for remake_year, original, known_year in self._originals.get(key, ())
                            if original == key and known_year == original_year))

    def only_a_remake_in(self, title: str, year: int) -> bool:
        """Whether the film of ``title`` from ``year`` is listed as a same-title remake and never
        as an original: "the 2004 version" of DAWN OF THE DEAD is the remake, not what it remakes.

        >>> pairs = Gazetteer({}, frozenset({("dawnofthedead", 1978, "dawnofthedead", 2004)}))
        >>> pairs.only_a_remake_in("Dawn of the Dead", 2004), pairs.only_a_remake_in("Dawn of the Dead", 1978)
        (True, False)
        """
        key = title_key(title)
        remade = any(original == key and remake_year == year for remake_year, original, _ in self._originals.get(key, ()))
        return remade and not any(original_year == year for _, original, original_year in self._originals.get(key, ())
                                  if original == key)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped with the package, or an empty one if it is missing."""
    source = resources.files("filmgraph.extract") / "data" / "gazetteer.tsv.gz"
    try:
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
            return Gazetteer.from_lines(lines)
    except FileNotFoundError:
        return Gazetteer({}, frozenset())
