"""Catalog import: reference film files in, catalog films with IRIs (and their N-Quads) out.

Three formats are known, recognised from the content, never from the file name:

``cmu``
    The CMU Movie Summary Corpus metadata (``movie.metadata.tsv``, plain or gzipped): nine
    tab-separated columns, the second a Freebase id (``/m/...``); countries, languages and
    genres as JSON maps.
``remakes``
    The Wikipedia "List of film remakes" table as CSV, with the header
    ``original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,remake_wikidata_id``.
``vega``
    The vega-datasets ``movies.json``: a JSON array of objects with ``Title``, ``Release Date``
    ("Jun 12 1998"), ``Director`` and ``Major Genre``, among others. Its directors become
    ``fg:director`` links to person nodes. It is known to hold errors (numbers as titles, dates
    that are no film year): a number is read as the title it is ("300"), a bad date leaves the
    film without a year, and an entry without a title is skipped, each with a warning.

Catalog films get the same IRIs review mentions get (:func:`~filmgraph.resolve.names.film_iri`
of title and year), so a review's "Psycho (1960)" and the catalog's Psycho of 1960 are one node.
A film already in the graph with the same title key and year keeps its IRI; two different
catalog films with one title and year are told apart by a suffix (the Freebase id). Freebase and
Wikidata ids become ``owl:sameAs`` links. All quads go to the catalog graph
(:data:`~filmgraph.rdf.vocab.CATALOG_GRAPH`) and are bulk-loaded.

>>> import io
>>> text = ("original,original_year,original_url,remake,remake_year,remake_url,"
...         "original_wikidata_id,remake_wikidata_id\\n"
...         "Psycho,1960,https://en.wikipedia.org/wiki/Psycho_(1960_film),Psycho,1998,"
...         "https://en.wikipedia.org/wiki/Psycho_(1998_film),Q163038,Q1136790\\n")
>>> catalog = parse_catalog(text.encode(), source="remakes.csv")
>>> catalog.format, [(f.title, f.year) for f in catalog.films], catalog.remakes
('remakes', [('Psycho', 1960), ('Psycho', 1998)], ((1, 0),))
>>> [f.iri.rsplit("/", 1)[1] for f in assign_iris(catalog)]
['psycho-1960', 'psycho-1998']
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..errors import CatalogError
from ..inputs import InputRefused, read_input
from ..model import ResolvedFilm, ResolvedPerson
from ..relations import REMAKE_OF
from .index import FilmIndex
from .names import compact_key, film_iri, person_iri, split_title_year

__all__ = [
    "CatalogFilm",
    "Catalog",
    "CatalogReport",
    "CATALOG_FORMATS",
    "detect_format",
    "read_catalog",
    "parse_catalog",
    "assign_iris",
    "catalog_nquads",
    "CatalogLoad",
    "prepare_catalog",
    "FREEBASE",
    "WIKIDATA_ENTITY",
    "MAX_CATALOG_BYTES",
]

#: Where Freebase ids ("/m/03vyhn") live as IRIs.
FREEBASE = "http://rdf.freebase.com/ns/"
#: Wikidata entity IRIs ("Q163038").
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

_REMAKES_HEADER = ("original", "original_year", "original_url", "remake", "remake_year", "remake_url",
                   "original_wikidata_id", "remake_wikidata_id")
_FREEBASE_ID = re.compile(r"^/m/[0-9a-z_]+$")
#: Keys every entry of the vega movies JSON has.
_VEGA_KEYS = {"Title", "Release Date", "Director", "Major Genre"}
_QID = re.compile(r"^Q[1-9][0-9]*$")
#: A bracketed part of a title that describes a version rather than naming it.
_DESCRIPTOR = re.compile(r"\b(?:remake|version|film|series|tv|miniseries|serial)\b", re.IGNORECASE)
_ALTERNATE = re.compile(r"^(?P<title>.*\S)\s*\((?P<alternate>[^()]*\S)\)$")
#: The years a film may have (the SHACL shapes allow 1870-2100).
_YEARS = range(1870, 2101)


@dataclass(frozen=True, slots=True)
class CatalogFilm:
    """One film of a catalog file, before or after it gets its IRI.

    Parameters
    ----------
    title : str
        Its title, cleaned (no "(1997)" after it).
    year : int or None
        Its release year.
    countries, genres, languages : tuple of str
        As the catalog gives them.
    alternate_titles : tuple of str
        Other titles given ("El secreto de sus ojos").
    directors : tuple of str
        Names of its directors, where the catalog gives them.
    same_as : tuple of str
        IRIs of the same film elsewhere (Freebase, Wikidata).
    disambiguator : str
        A short id that tells this film apart from another of the same title and year.
    iri : str
        Its IRI in the graph; empty until :func:`assign_iris`.
    """

    title: str
    year: int | None = None
    countries: tuple[str, ...] = ()
    genres: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    alternate_titles: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    disambiguator: str = ""
    iri: str = ""


@dataclass(frozen=True, slots=True)
class Catalog:
    """A parsed catalog file: its format, films, remake pairs and what was skipped.

    ``remakes`` holds ``(remake, original)`` pairs of indexes into ``films``.
    """

    format: str
    source: str
    films: tuple[CatalogFilm, ...]
    remakes: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = field(default=())


@dataclass
class CatalogReport:
    """What a catalog import did: films and remake pairs loaded, new nodes, quads, time."""

    source: str
    format: str
    films: int
    new_films: int
    remakes: int
    quads: int
    seconds: float
    warnings: list[str] = field(default_factory=list)
    #: Reviews already in the graph that named one of these films without its year, resolved again.
    resolved_again: int = 0

    @property
    def quads_per_second(self) -> float:
        """Import speed, parsing included."""
        return round(self.quads / self.seconds) if self.seconds else float(self.quads)


#: Larger catalog files, or gzipped ones that unpack to more, are refused unless the caller allows
#: more (``filmgraph catalog import --max-bytes``); the CMU metadata unpacks to 15 MB.
MAX_CATALOG_BYTES = 200_000_000


def _open_bytes(data: bytes, limit: int = MAX_CATALOG_BYTES, *, source: str = "<data>") -> bytes:
    """``data``, gunzipped when it is gzip, cut at ``limit`` bytes of output: a small gzip file
    that unpacks to gigabytes (a "zip bomb") is refused after ``limit`` bytes, not read whole.

    Raises
    ------
    CatalogError
        If the gzip data is corrupt or unpacks to more than ``limit`` bytes.
    """
    if data[:2] != b"\x1f\x8b":
        return data
    parts: list[bytes] = []
    size = 0
    while data:  # a gzip file may hold several members, one after another
        inflater = zlib.decompressobj(wbits=31)
        try:
            part = inflater.decompress(data, limit - size + 1)
        except zlib.error as error:
            raise CatalogError(source, f"cannot decompress: {error}") from error
        size += len(part)
        parts.append(part)
        if size > limit:
            raise CatalogError(source, f"unpacks to more than the limit of {limit} bytes (--max-bytes allows more)")
        if not inflater.eof:
            raise CatalogError(source, "cannot decompress: the gzip data is cut off")
        data = inflater.unused_data
    return b"".join(parts)


def detect_format(data: bytes, *, source: str = "<data>") -> str:
    """The catalog format of ``data`` (raw or gzipped file content), recognised from its content.

    Parameters
    ----------
    data : bytes
        The file's content, gzipped or not.
    source : str
        The file name, for error messages.

    Returns
    -------
    str
        One of :data:`CATALOG_FORMATS`: ``"cmu"``, ``"remakes"`` or ``"vega"``.

    Raises
    ------
    CatalogError
        If the content is empty, binary, not UTF-8, or in neither format.

    Examples
    --------
    >>> detect_format(b"1\\t/m/0abc\\tPsycho\\t1960\\t\\t\\t{}\\t{}\\t{}\\n")
    'cmu'
    >>> detect_format(b"title,year\\nPsycho,1960\\n", source="films.csv")
    Traceback (most recent call last):
    ...
    filmgraph.errors.CatalogError: films.csv: not a known catalog format (expected the CMU movie metadata TSV, the Wikipedia remake list CSV or the vega movies JSON; the first line starts 'title,year')
    """
    head = _gunzip_head(data, source) if data[:2] == b"\x1f\x8b" else data[:65536]
    if len(head) == 65536 and b"\n" in head:
        head = head[:head.rindex(b"\n")]
    if b"\x00" in head:
        raise CatalogError(source, "binary content, not a catalog")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(source, f"not UTF-8 text (byte {error.start})") from error
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise CatalogError(source, "empty file")
    columns = first.rstrip("\r\n").split("\t")
    if len(columns) == 9 and _FREEBASE_ID.match(columns[1]):
        return "cmu"
    header = next(csv.reader([first]))
    if tuple(h.strip().lower() for h in header) == _REMAKES_HEADER:
        return "remakes"
    if first.lstrip().startswith("[") and _VEGA_KEYS.issubset(re.findall(r'"([A-Za-z ]+)"\s*:', text)):
        return "vega"
    raise CatalogError(source, "not a known catalog format (expected the CMU movie metadata TSV, the "
                               f"Wikipedia remake list CSV or the vega movies JSON; the first line starts "
                               f"{first[:40]!r})")


def _gunzip_head(data: bytes, source: str) -> bytes:
    """The first 64 kB that gzip ``data`` unpacks to (for recognising the format)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data, 65536)
    except zlib.error as error:
        raise CatalogError(source, f"cannot decompress: {error}") from error


def read_catalog(path: str | os.PathLike[str], *, max_bytes: int = MAX_CATALOG_BYTES) -> Catalog:
    """Read a catalog file, whatever its name, in any format of :data:`CATALOG_FORMATS`.

    Parameters
    ----------
    path : str or path-like
        The file (gzipped or not).
    max_bytes : int
        The most bytes the file, and what it unpacks to, may hold.

    Returns
    -------
    Catalog

    Raises
    ------
    CatalogError
        If the file is missing or unreadable, is not a regular file (a FIFO, device or socket is
        never opened for reading), is larger than ``max_bytes`` or unpacks to more, or its
        content is not a known format.

    See Also
    --------
    parse_catalog : the same for bytes in memory.
    """
    source = str(path)
    try:
        data = read_input(path, limit=max_bytes)
    except InputRefused as error:
        hint = " (--max-bytes allows more)" if "over the limit" in str(error) else ""
        raise CatalogError(source, f"{error}{hint}") from error
    return parse_catalog(data, source=source, max_bytes=max_bytes)


def parse_catalog(data: bytes, *, source: str = "<data>", max_bytes: int = MAX_CATALOG_BYTES) -> Catalog:
    """Parse catalog content (raw or gzipped bytes, unpacking to at most ``max_bytes``); see
    :func:`read_catalog`.

    Raises
    ------
    CatalogError
        If the content is not a known format, unpacks to more than ``max_bytes``, or is
        malformed past its first line.
    """
    format = detect_format(data, source=source)
    try:
        text = _open_bytes(data, max_bytes, source=source).decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(source, f"not UTF-8 text at byte {error.start}") from error
    try:
        return CATALOG_FORMATS[format](text, source)
    except csv.Error as error:  # a field past the csv module's size limit, a NUL byte
        raise CatalogError(source, f"not readable as CSV: {error}") from error
    except RecursionError as error:  # JSON nested thousands deep (the vega array, a CMU cell)
        raise CatalogError(source, "JSON nested too deeply to read") from error


def _json_names(value: str, source: str, line: int) -> tuple[str, ...]:
    if not value.strip():
        return ()
    try:
        names = json.loads(value)
    except json.JSONDecodeError as error:
        raise CatalogError(source, f"line {line}: not a JSON map: {value[:40]!r}") from error
    if not isinstance(names, dict):
        raise CatalogError(source, f"line {line}: not a JSON map: {value[:40]!r}")
    return tuple(str(name).strip() for name in names.values() if str(name).strip())


def _year(text: str) -> int | None:
    match = re.match(r"\s*(\d{4})", text)
    year = int(match.group(1)) if match else None
    return year if year in _YEARS else None


def _parse_cmu(text: str, source: str) -> Catalog:
    films: list[CatalogFilm] = []
    warnings: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) != 9 or not _FREEBASE_ID.match(columns[1]):
            raise CatalogError(source, f"line {number}: expected 9 tab-separated columns with a Freebase id")
        _, freebase, title, date, _, _, languages, countries, genres = columns
        title = " ".join(title.split())
        if not title:
            warnings.append(f"{source}: line {number}: no title; skipped")
            continue
        year = _year(date)
        if date.strip() and year is None:
            warnings.append(f"{source}: line {number}: release date {date!r} is not a film year; kept without one")
        films.append(CatalogFilm(
            title=title, year=year,
            countries=_json_names(countries, source, number),
            genres=_json_names(genres, source, number),
            languages=tuple(name.removesuffix(" Language").strip()
                            for name in _json_names(languages, source, number)),
            same_as=(FREEBASE + freebase[1:].replace("/", "."),),
            disambiguator=freebase[3:],
        ))
    return Catalog("cmu", source, tuple(films), (), tuple(warnings))


def _clean_title(raw: str, year: int | None) -> tuple[str, tuple[str, ...]]:
    """Title and alternate titles of a remake-list cell: "(1997)" dropped, "(Original)" kept aside."""
    title, given = split_title_year(raw)
    if given is not None and given != year:
        title = " ".join(raw.split())
    match = _ALTERNATE.match(title)
    if match and not _DESCRIPTOR.search(match.group("alternate")):
        return match.group("title"), (match.group("alternate"), title)
    return title, ()


def _parse_remakes(text: str, source: str) -> Catalog:
    reader = csv.reader(io.StringIO(text))
    next(reader)
    nodes: dict[tuple[str, int], int] = {}
    films: list[CatalogFilm] = []
    urls: dict[int, str] = {}
    claims: dict[str, set[int]] = defaultdict(set)
    pairs: list[tuple[int, int]] = []
    warnings: list[str] = []
    for number, row in enumerate(reader, 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(_REMAKES_HEADER):
            raise CatalogError(source, f"line {number}: expected {len(_REMAKES_HEADER)} columns, found {len(row)}")
        cells = dict(zip(_REMAKES_HEADER, row))
        ends = []
        for side in ("original", "remake"):
            year = _year(cells[f"{side}_year"])
            if year is None:
                raise CatalogError(source, f"line {number}: {side} year {cells[side + '_year']!r} is not a year")
            title, alternates = _clean_title(cells[side], year)
            if not title:
                raise CatalogError(source, f"line {number}: no {side} title")
            key = (compact_key(title), year)
            if key not in nodes:
                nodes[key] = len(films)
                films.append(CatalogFilm(title=title, year=year, alternate_titles=alternates))
            index = nodes[key]
            qid = cells[f"{side}_wikidata_id"].strip()
            if qid:
                if not _QID.match(qid):
                    raise CatalogError(source, f"line {number}: {qid!r} is not a Wikidata id")
                claims[qid].add(index)
            url = cells[f"{side}_url"].strip()
            if url and (index not in urls or "#" in urls[index]):
                urls[index] = url
            ends.append(index)
        original, remake = ends
        if original == remake:
            warnings.append(f"{source}: line {number}: {cells['original']!r} remakes itself; skipped")
            continue
        original_year, remake_year = films[original].year, films[remake].year
        if original_year is not None and remake_year is not None and original_year > remake_year:
            warnings.append(f"{source}: line {number}: the original is later than its remake")
        pairs.append((remake, original))
    # Wikidata ids: the list often gives a remake the id of its original (the link points to a
    # section of the original's article). An id claimed by several films goes to the one whose
    # own article it is (a link without '#'), or to none.
    same_as: dict[int, list[str]] = defaultdict(list)
    for qid, indexes in sorted(claims.items()):
        owners = indexes if len(indexes) == 1 else {i for i in indexes if "#" not in urls.get(i, "#")}
        if len(owners) == 1:
            same_as[next(iter(owners))].append(WIKIDATA_ENTITY + qid)
        else:
            named = ", ".join(sorted(f"{films[i].title} ({films[i].year})" for i in indexes))
            warnings.append(f"{source}: Wikidata id {qid} is given to {named}; recorded for none")
    films = [replace(f, same_as=tuple(same_as.get(i, ()))) for i, f in enumerate(films)]
    return Catalog("remakes", source, tuple(films), tuple(dict.fromkeys(pairs)), tuple(warnings))


#: Catalog formats by name: each a parser of the file's text.
def _parse_vega(text: str, source: str) -> Catalog:
    try:
        entries = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogError(source, f"not valid JSON at line {error.lineno}: {error.msg}") from error
    if not isinstance(entries, list):
        raise CatalogError(source, "expected a JSON array of films")
    films: list[CatalogFilm] = []
    warnings: list[str] = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise CatalogError(source, f"entry {number}: expected a JSON object")
        raw = entry.get("Title")
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            warnings.append(f"{source}: entry {number}: the title is the number {raw}; read as text")
            raw = str(int(raw)) if float(raw).is_integer() else str(raw)
        title = " ".join(raw.split()) if isinstance(raw, str) else ""
        if not title:
            warnings.append(f"{source}: entry {number}: no title; skipped")
            continue
        date = entry.get("Release Date")
        year = _vega_year(date) if isinstance(date, str) else None
        if date and year is None:
            warnings.append(f"{source}: entry {number}: release date {date!r} is not a film year; kept without one")
        director, genre = entry.get("Director"), entry.get("Major Genre")
        films.append(CatalogFilm(
            title=title, year=year,
            genres=(genre.strip(),) if isinstance(genre, str) and genre.strip() else (),
            directors=(" ".join(director.split()),) if isinstance(director, str) and director.strip() else (),
            disambiguator=f"vega-{number}",
        ))
    return Catalog("vega", source, tuple(films), (), tuple(warnings))


def _vega_year(date: str) -> int | None:
    """The year of a vega date: "Jun 12 1998", or an ISO "1998-06-12"."""
    match = re.search(r"\b(\d{4})\b", date)
    year = int(match.group(1)) if match else None
    return year if year in _YEARS else None


CATALOG_FORMATS = {"cmu": _parse_cmu, "remakes": _parse_remakes, "vega": _parse_vega}


def assign_iris(catalog: Catalog, index: FilmIndex | None = None) -> list[CatalogFilm]:
    """The catalog's films with their IRIs, reusing those of films already in ``index``.

    A film whose title key and year match exactly one film of the index takes that film's IRI.
    Otherwise it gets :func:`film_iri` of its title and year; when another film of this catalog
    already has that IRI, the film's disambiguator (its Freebase id) is added to it.

    Parameters
    ----------
    catalog : Catalog
    index : FilmIndex or None
        The films already in the graph.

    Returns
    -------
    list of CatalogFilm
        In the catalog's order, each with ``iri`` set.
    """
    index = index if index is not None else FilmIndex()
    claimed: set[str] = set()
    result: list[CatalogFilm] = []
    for film in catalog.films:
        known = index.exact(film.title, film.year)
        iri = known[0].iri if len(known) == 1 else film_iri(film.title, film.year)
        if iri in claimed:
            suffix = re.sub(r"[^a-z0-9]+", "-", film.disambiguator.lower()).strip("-") or str(len(result))
            iri = f"{film_iri(film.title, film.year)}-{suffix}"
            n = 2
            while iri in claimed:
                iri, n = f"{film_iri(film.title, film.year)}-{suffix}-{n}", n + 1
        claimed.add(iri)
        result.append(replace(film, iri=iri))
    return result


@dataclass(frozen=True, slots=True)
class CatalogLoad:
    """A catalog file made ready to bulk-load: what was read, its films with their IRIs, the
    films new to the graph, and the N-Quads document of ``quads`` lines."""

    catalog: Catalog
    films: list[CatalogFilm]
    new: list[CatalogFilm]
    data: bytes
    quads: int


def prepare_catalog(path: str | os.PathLike[str], index: FilmIndex, *,
                    max_bytes: int | None = None) -> CatalogLoad:
    """Read a catalog file and write its films as N-Quads, with the IRIs of the films ``index``
    already knows (:func:`read_catalog`, :func:`assign_iris`, :func:`catalog_nquads`).

    Raises
    ------
    CatalogError
        If the file cannot be read or is in no known format.
    RDFError
        If a film's IRI cannot be written in N-Quads.
    """
    catalog = read_catalog(path, max_bytes=max_bytes if max_bytes is not None else MAX_CATALOG_BYTES)
    index.fetch_all()  # the catalog's films are each looked up: one read beats one per title
    films = assign_iris(catalog, index)
    data, quads = catalog_nquads(films, catalog.remakes)
    return CatalogLoad(catalog, films, [film for film in films if index.get(film.iri) is None], data, quads)


def catalog_nquads(films: list[CatalogFilm], remakes: tuple[tuple[int, int], ...] = ()) -> tuple[bytes, int]:
    """N-Quads of catalog films (with IRIs) and remake pairs, in the catalog graph.

    The films are written by the review writer's own functions
    (:func:`~filmgraph.rdf.writer.film_triples` and the rest, as N-Quads text): ``fg:Film``,
    ``fg:title``, ``rdfs:label``, ``fg:titleKey``, ``fg:year``, ``fg:country``, ``fg:genre``,
    ``fg:alternateTitle`` (with its key), ``owl:sameAs``, ``fg:remakeOf``, and ``fg:director`` to
    an ``fg:Person`` with its ``fg:name``.

    Returns
    -------
    tuple of (bytes, int)
        The N-Quads document and its number of quads.

    Raises
    ------
    RDFError
        If an IRI (a ``same_as`` given by the catalog) cannot be written in N-Quads.
    """
    from ..rdf.nquads import NQUADS, generate_nquads
    from ..rdf.vocab import CATALOG_GRAPH
    from ..rdf.writer import film_triples, person_triples, relation_triple

    people: set[str] = set()
    triples: list[tuple[str, str, str]] = []
    for film in films:
        directors = [ResolvedPerson(person_iri(name), name) for name in film.directors]
        resolved = ResolvedFilm(film.iri, film.title, film.year, film.countries, film.alternate_titles)
        triples += film_triples(resolved, NQUADS, genres=film.genres, same_as=film.same_as,
                                directors=[person.iri for person in directors])
        for person in directors:
            if person.iri not in people:
                people.add(person.iri)
                triples += person_triples(person, NQUADS)
    triples += [relation_triple(films[remake].iri, REMAKE_OF.name, films[original].iri, NQUADS)
                for remake, original in remakes]
    return generate_nquads(triples, str(CATALOG_GRAPH))
