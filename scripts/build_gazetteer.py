"""Build the film-title gazetteer that the extractor ships with.

Usage: python scripts/build_gazetteer.py [CATALOG_DIR]   (default: ../shared/data/catalog)

Reads the CMU film catalog, the Wikipedia remake list and the vega films through
:func:`filmgraph.resolve.catalog.read_catalog`, and writes
``src/filmgraph/extract/data/gazetteer.tsv.gz``: one line per title key (as
:func:`filmgraph.extract.gazetteer.title_key` makes it) with the years films of that title came out,
then, after a ``#remakes`` line, one line per original -> remake pair, and after a ``#directors``
line one line per dated film a catalog gives a director (title key, year, name). The output is
sorted, so the same catalogs always give the same bytes.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

from filmgraph.extract.gazetteer import GAZETTEER_PATH
from filmgraph.extract.names import is_name
from filmgraph.resolve.catalog import read_catalog
from filmgraph.titlekeys import title_key

CATALOGS = ("cmu-movie-metadata.tsv.gz", "wikipedia-remakes.csv", "vega-movies.json")


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "catalog"
    years: dict[str, set[int]] = defaultdict(set)
    pairs: set[tuple[str, int, str, int]] = set()
    directors: set[tuple[str, int, str]] = set()
    main_titles: dict[str, set[int]] = defaultdict(set)
    for name in CATALOGS:
        catalog = read_catalog(folder / name)
        for film in catalog.films:
            for title in (film.title, *film.alternate_titles):
                key = title_key(title)
                if key:
                    years[key].update([film.year] if film.year else [])
                    directors.update((key, film.year, name) for name in film.directors if film.year)
                if (main := _main_title(title)) and film.year:
                    main_titles[main].add(film.year)
        for remake, original in catalog.remakes:
            new, old = catalog.films[remake], catalog.films[original]
            if old.year and new.year:
                pairs.add((title_key(old.title), old.year, title_key(new.title), new.year))
    for key, found in main_titles.items():
        years.setdefault(key, found)  # a title a film of its own bears is never given a subtitled film's years
    lines = [f"{key}\t{','.join(map(str, sorted(found)))}" for key, found in sorted(years.items())]
    lines.append("#remakes")
    lines.extend(f"{a}\t{ay}\t{b}\t{by}" for a, ay, b, by in sorted(pairs))
    lines.append("#directors")
    lines.extend(f"{key}\t{year}\t{name}" for key, year, name in sorted(directors))
    GAZETTEER_PATH.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(GAZETTEER_PATH, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(years)} title keys, {len(pairs)} remake pairs, {len(directors)} directors -> {GAZETTEER_PATH} ({GAZETTEER_PATH.stat().st_size} bytes)")
    return 0


def _main_title(title: str) -> str | None:
    """The key of a subtitled title's main title, which reviews often name alone ("Gorillas in the
    Mist" for "Gorillas in the Mist: The Story of Dian Fossey"); none for one word ("Alien") or a
    person's name ("Ayn Rand: A Sense of Life"), which name too much else."""
    main, colon, _ = title.partition(": ")
    if not colon or " " not in main.strip() or _names_a_person(main):
        return None
    return title_key(main) or None


def _names_a_person(main: str) -> bool:
    """Whether a main title reads as a person's name: capitalised words with no digit, not led by an
    article ("The Naked Gun" is a title)."""
    return is_name(main) and not any(char.isdigit() for char in main) and main.split()[0] not in ("The", "A", "An")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
