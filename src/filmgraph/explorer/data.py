"""What the explorer's pages show, read from a :class:`~filmgraph.api.FilmGraph`: plain dataclasses.

:class:`Explorer` takes a FilmGraph (any backend: embedded Oxigraph, rdflib, a SPARQL endpoint)
and answers one question per view, through the FilmGraph API and the query library only, each
value bound as an RDF term (:func:`~filmgraph.query.bindings.bind_values`), never pasted:

* :meth:`Explorer.search`: films (by title or alternate title, with year) and people, fuzzy and ranked;
* :meth:`Explorer.film`: a :class:`FilmPage`, every fact with its evidence, and the remake family;
* :meth:`Explorer.person`: a :class:`PersonPage`, the person's films by role;
* :meth:`Explorer.neighbourhood`: the nodes and facts around a node, at most :data:`NODE_CAP` nodes a time;
* :meth:`Explorer.path`: the explained shortest path between two films (as ``filmgraph path``);
* :meth:`Explorer.library` and :meth:`Explorer.bind`: the library's queries and their parameters bound.

Nodes are named by IRI in the answers; pages are addressed by *id*, the IRI's part after
``https://w3id.org/filmgraph/id/`` (``film/hard-hit-2021``, ``person/jo-woojin``).

>>> from filmgraph.api import FilmGraph
>>> fg = FilmGraph.open(":memory:")
>>> _ = fg.ingest_text("Psycho (1998) is a shot-for-shot remake of Psycho (1960).", source="psycho.txt")
>>> explorer = Explorer(fg)
>>> [(hit.node.label, hit.node.year) for hit in explorer.search("psych")]
[('Psycho', 1960), ('Psycho', 1998)]
>>> page = explorer.film("film/psycho-1998")
>>> [(member.node.year, member.depth) for member in page.family]
[(1960, 0), (1998, 1)]
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from importlib.resources import files
from typing import Any

import numpy
from rapidfuzz import fuzz, process
from rdflib import URIRef

from ..answers import Film, ReviewOfFilm, Stated
from ..api import FilmGraph
from ..errors import ExportError, FilmgraphError, QueryError
from ..query.bindings import bind_values
from ..query.library import load_query, query_info, query_names
from ..query.results import complete_rows
from ..rdf.vocab import FG, ID, RDF, RDFS
from ..relations import RELATIONS as RELATION_TABLE
from ..relations import REMAKE_OF
from ..titlekeys import normalize_title

__all__ = ["NODE_CAP", "RELATIONS", "Edge", "Evidence", "Explorer", "Fact", "FamilyMember", "FilmPage",
           "LibraryQuery", "Neighbourhood", "Node", "NotFound", "PathHop", "PathView", "PersonPage",
           "SearchHit"]

#: The most nodes one neighbourhood answer holds; the rest are counted and fetched page by page.
NODE_CAP = 500

#: The relations drawn in the neighbourhood graph, in the order neighbours are listed (the table's).
RELATIONS = tuple(info.name for info in RELATION_TABLE)

#: The facts of a film page that join it to another node: which claims (relation and direction)
#: give their evidence. Titles, years, countries and genres are shown with counts only.
_FACT_CLAIMS = {fact: (direction, info.name) for info in RELATION_TABLE
                for direction, fact in (("out", info.fact), ("in", info.inverse_fact)) if fact}

_ID = str(ID)
_KINDS = {str(FG.Film): "film", str(FG.Person): "person"}
_SLUG = re.compile(r"(film|person)/[A-Za-z0-9._~%-]{1,200}")
_FAMILY_CAP = 1000  # remake families are tens of films; a cap keeps a bad cycle of data bounded
_SEARCH_LIMIT = 20
_TRAILING_YEAR = re.compile(r"(.*?)[\s(\[]+((?:18|19|20)[0-9]{2})[)\]]?")


def _queries(name: str) -> str:
    """The text of one of the explorer's own queries (``explorer/queries/NAME.rq``)."""
    return (files(__package__) / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _year(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class NotFound(FilmgraphError):
    """A page or node the graph does not have (the web layer answers 404)."""


def iri_of(node_id: str) -> str:
    """The IRI of a page id (``film/SLUG`` or ``person/SLUG``).

    >>> iri_of("film/hard-hit-2021")
    'https://w3id.org/filmgraph/id/film/hard-hit-2021'

    Raises
    ------
    NotFound
        If ``node_id`` is not a film's or a person's id.
    """
    if not _SLUG.fullmatch(node_id):
        raise NotFound(f"{node_id!r} is not a film or person id (film/SLUG or person/SLUG)")
    return _ID + node_id


def id_of(iri: str) -> str | None:
    """The page id of a node's IRI, None for an IRI outside filmgraph's own (an imported node)."""
    return iri[len(_ID):] if iri.startswith(_ID) and _SLUG.fullmatch(iri[len(_ID):]) else None


@dataclass(frozen=True, slots=True)
class Node:
    """A film or a person: IRI, page id (None when it has none), kind, label and, for a film, year."""

    iri: str
    kind: str
    label: str
    year: int | None = None

    @property
    def id(self) -> str | None:
        return id_of(self.iri)

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "id": self.id, "kind": self.kind, "label": self.label, "year": self.year}


@dataclass(frozen=True, slots=True)
class Edge:
    """A fact between two nodes: ``source relation target``, with how many reviews state it
    and how many graphs in all (the others are catalogs, Wikidata links, imported files)."""

    source: str
    relation: str
    target: str
    reviews: int = 0
    graphs: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The nodes next to ``around`` over some relations: at most :data:`NODE_CAP` of the
    ``total`` neighbours, from ``offset``; ``more`` is how many are left after these."""

    around: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    total: int
    offset: int
    more: int

    def to_json(self) -> dict[str, Any]:
        return {"around": self.around, "nodes": [n.to_json() for n in self.nodes],
                "edges": [e.to_json() for e in self.edges], "total": self.total, "offset": self.offset,
                "more": self.more}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result: the node, the text that matched (a title, an alternate title, a name),
    how it matched (``title``, ``alternate title``, ``name``) and a score (higher is better)."""

    node: Node
    matched: str
    how: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"node": self.node.to_json(), "matched": self.matched, "how": self.how, "score": round(self.score, 1)}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One review stating a fact: the review's IRI, file, reviewer, sentence and confidence."""

    review: str
    source: str
    reviewer: str | None
    sentence: str | None
    confidence: float | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Fact:
    """One value of a film page: the :class:`~filmgraph.answers.Stated` value (with its count of
    reviews and other sources) and the evidence of each review that states it."""

    stated: Stated
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        shown = self.stated.to_json()
        if self.stated.iri is not None:
            shown["id"] = id_of(self.stated.iri)
        shown["evidence"] = [e.to_json() for e in self.evidence]
        return shown


@dataclass(frozen=True, slots=True)
class FamilyMember:
    """A film of a remake family: depth 0 is an original, ``parent`` the film it remakes."""

    node: Node
    depth: int
    parent: str | None

    def to_json(self) -> dict[str, Any]:
        return {"node": self.node.to_json(), "depth": self.depth, "parent": self.parent}


@dataclass(frozen=True)
class FilmPage:
    """A film and everything about it: ``facts`` maps each field of
    :class:`~filmgraph.answers.FilmProfile` (``titles``, ``years``, ``countries``, ``directors``,
    ``cast``, ``remake_of``...) to its facts; ``family`` is the remake family tree from its
    originals down, in tree order; ``reviews`` the reviews that discuss the film."""

    film: Node
    facts: dict[str, tuple[Fact, ...]]
    family: tuple[FamilyMember, ...]
    reviews: tuple[ReviewOfFilm, ...]

    def to_json(self) -> dict[str, Any]:
        return {"film": self.film.to_json(), "facts": {name: [f.to_json() for f in facts]
                                                        for name, facts in self.facts.items()},
                "family": [m.to_json() for m in self.family], "reviews": [r.to_json() for r in self.reviews]}


@dataclass(frozen=True)
class PersonPage:
    """A person and their films, as ``(role, film)`` with role ``actor``, ``director`` or ``writer``."""

    person: Node
    films: tuple[tuple[str, Node], ...]

    def to_json(self) -> dict[str, Any]:
        return {"person": self.person.to_json(), "films": [{"role": role, "film": film.to_json()}
                                                           for role, film in self.films]}


@dataclass(frozen=True, slots=True)
class PathHop:
    """One fact crossed by a path, the way round the review gave it, with where it was read."""

    source: str
    relation: str
    target: str
    sentence: str
    review: str | None
    file: str | None
    evidence: str | None
    confidence: float | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PathView:
    """The shortest explained path from ``start`` to ``end``: its nodes in order and its hops."""

    start: Node
    end: Node
    nodes: tuple[Node, ...]
    hops: tuple[PathHop, ...]

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.to_json(), "end": self.end.to_json(), "nodes": [n.to_json() for n in self.nodes],
                "hops": [h.to_json() for h in self.hops]}


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """A query of the library (``queries/NAME.rq``): its text and its parameters, as
    ``(name, description)``; the SPARQL page shows one form field each."""

    name: str
    text: str
    parameters: tuple[tuple[str, str], ...]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text,
                "parameters": [{"name": n, "description": d, "optional": "optional" in d}
                               for n, d in self.parameters]}


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str  # the normalised text the search matches against
    text: str
    how: str
    iri: str


@dataclass
class _SearchIndex:
    """Titles, alternate titles and names: ``keys`` for fuzzy matching, and ``starts`` (each key
    and each of its later words onwards, "magnificent seven" and "seven"), sorted, for prefix
    look-ups by bisection, as ``(text, entry's position, whether it starts at the key's start)``."""

    entries: list[_Entry]
    nodes: dict[str, Node]
    keys: list[str] = field(init=False)
    starts: list[tuple[str, int, bool]] = field(init=False)

    def __post_init__(self) -> None:
        self.keys = [e.key for e in self.entries]
        self.starts = sorted((" ".join(words[first:]), position, first == 0)
                             for position, words in enumerate(key.split(" ") for key in self.keys)
                             for first in range(len(words)))


class Explorer:
    """The explorer's answers over one :class:`~filmgraph.api.FilmGraph` (see the module docstring).

    The search index (every title and name) and the graph that paths are found in (the store as
    networkx) are read from the store once, on the first search and the first path, or by
    :meth:`warm`; a server is read-only, so they do not go stale while it serves.
    """

    def __init__(self, graph: FilmGraph, *, node_cap: int = NODE_CAP) -> None:
        self.graph = graph
        self.node_cap = node_cap
        self._index: _SearchIndex | None = None
        self._index_lock = threading.Lock()
        self._paths: Any = None  # the store as networkx, for paths
        self._paths_lock = threading.Lock()

    # -- nodes and facts ------------------------------------------------------------------------

    def nodes(self, iris: Iterable[str]) -> dict[str, Node]:
        """The films and people among ``iris``, by IRI, with label and year (others are left out).

        One query per property (type, label, year), each of distinct values: joined in one
        query, every graph restating a node would multiply the rows."""
        wanted = sorted(set(iris))
        if not wanted:
            return {}
        values = load_query("film_values")
        bound = [URIRef(iri) for iri in wanted]

        def read(prop: URIRef) -> list[tuple[str, ...]]:
            return complete_rows(self.graph.store.select_values(values, {"film": bound, "property": prop}))

        kinds = {iri: _KINDS[kind] for iri, kind in read(RDF.type) if kind in _KINDS}
        labels: dict[str, str] = {}
        for iri, label in read(RDFS.label):
            if iri in kinds and (iri not in labels or label < labels[iri]):
                labels[iri] = label
        years: dict[str, int] = {}
        for iri, value in read(FG.year):
            year = _year(value)
            if iri in kinds and year is not None and (iri not in years or year < years[iri]):
                years[iri] = year
        return {iri: Node(iri, kind, labels.get(iri, iri.rsplit("/", 1)[-1]), years.get(iri))
                for iri, kind in kinds.items()}

    def node(self, node_id: str, kind: str | None = None) -> Node:
        """The node with page id ``node_id`` (of ``kind`` when given).

        Raises
        ------
        NotFound
            If the id is malformed or the graph has no such film or person.
        """
        iri = iri_of(node_id)
        found = self.nodes([iri]).get(iri)
        if found is None or (kind is not None and found.kind != kind):
            raise NotFound(f"the graph has no {kind or 'film or person'} {node_id!r}")
        return found

    def edges(self, iris: Iterable[str], relations: Iterable[str] = RELATIONS) -> list[Edge]:
        """The facts over ``relations`` that have one of ``iris`` at either end (one query)."""
        wanted = sorted(set(iris))
        chosen = [name for name in RELATIONS if name in set(relations)]
        if not wanted or not chosen:
            return []
        rows = self.graph.store.select_values(_queries("edges"), {
            "node": [URIRef(iri) for iri in wanted], "relation": [FG[name] for name in chosen]})
        return [Edge(source, relation.rsplit("#", 1)[-1], target, int(reviews or 0), int(graphs or 0))
                for source, relation, target, reviews, graphs in rows
                if source is not None and relation is not None and target is not None]

    # -- views ----------------------------------------------------------------------------------

    def neighbourhood(self, iri: str, relations: Iterable[str] = RELATIONS, *, offset: int = 0,
                      limit: int | None = None) -> Neighbourhood:
        """The neighbours of node ``iri`` over ``relations``: at most ``limit`` (and never more
        than the node cap) from ``offset``, remakes first, then influences, directors, writers
        and cast, each by the number of reviews stating the fact.

        Raises
        ------
        NotFound
            If ``iri`` is not a film or person of the graph.
        """
        if iri not in self.nodes([iri]):
            raise NotFound(f"the graph has no film or person {iri!r}")
        limit = self.node_cap if limit is None else max(0, min(limit, self.node_cap))
        offset = max(0, offset)
        order = {name: rank for rank, name in enumerate(RELATIONS)}
        edges = sorted(self.edges([iri], relations), key=lambda e: (order[e.relation], -e.reviews, -e.graphs))
        neighbours = list(dict.fromkeys(e.target if e.source == iri else e.source for e in edges))
        neighbours = [n for n in neighbours if n != iri]
        page = neighbours[offset:offset + limit]
        nodes = self.nodes([iri, *page])
        kept = [e for e in edges if e.source in nodes and e.target in nodes]
        shown = [nodes[iri]] + [nodes[n] for n in page if n in nodes]
        return Neighbourhood(iri, tuple(shown), tuple(kept), len(neighbours), offset,
                             max(0, len(neighbours) - offset - len(page)))

    def family(self, iri: str) -> tuple[FamilyMember, ...]:
        """The remake family of film ``iri``: up to its originals (films that remake nothing),
        then down from them, each film once, in tree order (each film after its parent)."""
        seen, frontier, originals = {iri}, [iri], []
        while frontier and len(seen) < _FAMILY_CAP:
            remakes: dict[str, list[str]] = {}
            for edge in self.edges(frontier, (REMAKE_OF.name,)):
                if edge.source in frontier:
                    remakes.setdefault(edge.source, []).append(edge.target)
            originals += [film for film in frontier if film not in remakes]
            frontier = sorted({t for targets in remakes.values() for t in targets} - seen)
            seen.update(frontier)
        members: list[tuple[str, int, str | None]] = [(root, 0, None) for root in sorted(originals)]
        placed = set(originals)
        frontier, depth = sorted(originals), 0
        while frontier and len(placed) < _FAMILY_CAP:
            depth += 1
            children = sorted({(e.target, e.source) for e in self.edges(frontier, (REMAKE_OF.name,))
                               if e.target in frontier and e.source not in placed}, key=lambda pair: pair[1])
            frontier = []
            for parent, child in children:
                if child not in placed:
                    placed.add(child)
                    members.append((child, depth, parent))
                    frontier.append(child)
        nodes = self.nodes(placed)
        by_parent: dict[str | None, list[tuple[str, int]]] = {}
        for film, level, remade in members:
            if film in nodes:
                by_parent.setdefault(remade, []).append((film, level))
        ordered: list[FamilyMember] = []

        def place(parent: str | None) -> None:  # depth first, so the page can indent a tree
            for film, level in sorted(by_parent.get(parent, []), key=lambda f: (nodes[f[0]].year or 0, f[0])):
                ordered.append(FamilyMember(nodes[film], level, parent))
                place(film)

        place(None)
        return tuple(ordered)

    def film(self, node_id: str) -> FilmPage:
        """The page of film ``node_id`` (``film/SLUG``): its profile (as ``filmgraph show``),
        each fact with the evidence of the reviews stating it, its remake family, its reviews.

        Raises
        ------
        NotFound
            If there is no such film.
        """
        film = self.node(node_id, "film")
        profile = self.graph.profile(Film(film.iri, film.label, film.year))
        claims: dict[tuple[str, str, str], list[Evidence]] = {}
        for direction, relation, other, review, source, reviewer, sentence, confidence in \
                self.graph.store.select_values(_queries("claims"), {"film": URIRef(film.iri)}):
            if direction is None or relation is None or other is None or review is None or source is None:
                continue
            claims.setdefault((direction, relation.rsplit("#", 1)[-1], other), []).append(
                Evidence(review, source, reviewer, sentence, float(confidence) if confidence else None))
        facts: dict[str, tuple[Fact, ...]] = {}
        for name in profile.FACTS:
            direction, relation = _FACT_CLAIMS.get(name, ("", ""))
            facts[name] = tuple(Fact(stated, tuple(claims.get((direction, relation, stated.iri or ""), ())))
                                for stated in getattr(profile, name))
        return FilmPage(film, facts, self.family(film.iri), profile.reviews)

    def person(self, node_id: str) -> PersonPage:
        """The page of person ``node_id`` (``person/SLUG``): their films by role (``films_of_person.rq``).

        Raises
        ------
        NotFound
            If there is no such person.
        """
        person = self.node(node_id, "person")
        rows = self.graph.store.select_values(load_query("films_of_person"), {"person": URIRef(person.iri)})
        return PersonPage(person, tuple((role, Node(film, "film", title, _year(year))) for role, film, title, year in rows
                                        if role is not None and film is not None and title is not None))

    def path(self, start_id: str, end_id: str) -> PathView:
        """The shortest explained path between two films or people, as ``filmgraph path``
        computes it (:meth:`FilmGraph.path_between_films`), each hop with its review.

        Raises
        ------
        NotFound
            If either end is not in the graph, or no path joins them.
        """
        start, end = self.node(start_id), self.node(end_id)
        with self._paths_lock:
            if self._paths is None:
                self._paths = self.graph.to_networkx()
        try:
            hops = self.graph.path_between_films(Film(start.iri, start.label, start.year),
                                                 Film(end.iri, end.label, end.year), graph=self._paths)
        except ExportError as error:
            raise NotFound(str(error)) from error
        order = list(dict.fromkeys([start.iri, *(iri for hop in hops for iri in (hop.source, hop.target))]))
        nodes = self.nodes(order)
        return PathView(start, end, tuple(nodes[iri] for iri in order if iri in nodes),
                        tuple(PathHop(h.source, h.relation, h.target, h.sentence, h.review, h.file, h.evidence,
                                      h.confidence) for h in hops))

    # -- search ---------------------------------------------------------------------------------

    def warm(self) -> None:
        """Read the search index and the path graph now rather than on the first search and path
        (``filmgraph serve`` does it in the background as it starts)."""
        self._search_index()
        with self._paths_lock:
            if self._paths is None:
                self._paths = self.graph.to_networkx()

    def _search_index(self) -> _SearchIndex:
        with self._index_lock:
            if self._index is None:
                self._index = self._read_index()
            return self._index

    def _read_index(self) -> _SearchIndex:
        store, values = self.graph.store, load_query("film_values")
        years: dict[str, int] = {}
        for iri, value in complete_rows(store.select_values(values, {"property": FG.year})):
            year = _year(value)
            if year is not None and (iri not in years or year < years[iri]):
                years[iri] = year
        nodes: dict[str, Node] = {}
        entries: list[_Entry] = []
        for iri, title in complete_rows(store.select_values(values, {"property": FG.title})):
            if iri not in nodes or title < nodes[iri].label:
                nodes[iri] = Node(iri, "film", title, years.get(iri))
            entries.append(_Entry(normalize_title(title), title, "title", iri))
        for iri, title in complete_rows(store.select_values(values, {"property": FG.alternateTitle})):
            if iri in nodes:
                entries.append(_Entry(normalize_title(title), title, "alternate title", iri))
        for iri, name in complete_rows(store.select_values(load_query("person_names"))):
            if name:
                nodes[iri] = Node(iri, "person", name)
                entries.append(_Entry(normalize_title(name), name, "name", iri))
        return _SearchIndex([e for e in entries if e.key], nodes)

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Films and people whose title, alternate title or name matches ``text``, best first.

        Titles starting with the text come first (shorter first: "hard" finds "Hard Hit"
        before "Hard Target"), then those with a later word starting with it ("seven" finds
        "The Magnificent Seven"), then fuzzy matches by rapidfuzz's WRatio (skipped when the
        prefix matches already fill the answer: they would all rank below); each node once.
        A year at the end ("psycho 1998", "Psycho (1998)") puts the films of that year whose
        title starts with the rest first.
        """
        key = normalize_title(text)
        if not key:
            return []
        index = self._search_index()
        limit = max(1, min(limit, _SEARCH_LIMIT))
        scored: dict[str, tuple[float, _Entry]] = {}

        def offer(score: float, entry: _Entry) -> None:
            if entry.iri not in scored or score > scored[entry.iri][0]:
                scored[entry.iri] = (score, entry)

        def prefixed(key: str, year: int | None = None, bonus: int = 0) -> None:
            at = bisect.bisect_left(index.starts, (key,))
            for start, position, whole in index.starts[at:at + 500]:
                if not start.startswith(key):
                    break
                entry = index.entries[position]
                if year is None or index.nodes[entry.iri].year == year:
                    # above any fuzzy score (at most 100): 200 at the key's start, 150 at a later
                    # word, less the more letters are left over
                    offer(bonus + (200 if whole else 150) - min(49, len(entry.key) - len(key))
                          - (entry.how == "alternate title"), entry)

        prefixed(key)
        dated = _TRAILING_YEAR.fullmatch(text.strip())
        if dated and normalize_title(dated.group(1)):
            prefixed(normalize_title(dated.group(1)), int(dated.group(2)), bonus=100)
        if len(scored) < limit:
            # every key scored on all cores (cdist; extract uses one), the best kept
            scores = process.cdist([key], index.keys, scorer=fuzz.WRatio, score_cutoff=60, workers=-1)[0]
            best = numpy.argpartition(scores, -min(len(scores), limit * 10))[-limit * 10:]
            for position in best.tolist():
                # WRatio scores a short key found inside the text as highly as a close match
                # ("a" in "kurosawa"); a key under half the text's length is not what was meant
                if scores[position] and 2 * len(index.keys[position]) >= len(key):
                    offer(float(scores[position]), index.entries[position])
        ranked = sorted(scored.values(), key=lambda pair: (-pair[0], pair[1].key, pair[1].iri))[:limit]
        return [SearchHit(index.nodes[entry.iri], entry.text, entry.how, score) for score, entry in ranked]

    # -- the query library ----------------------------------------------------------------------

    @staticmethod
    def library() -> list[LibraryQuery]:
        """Every query of the library with its parameters."""
        return [LibraryQuery(info.name, info.text, info.parameters) for info in map(query_info, query_names())]

    @staticmethod
    def bind(name: str, text: str, params: Mapping[str, str]) -> str:
        """``text`` (library query ``name``, as given or as edited in the page) with the form's
        values for the query's documented parameters bound as RDF terms (a VALUES block).

        A value for a parameter documented as an IRI that starts with ``http(s)://`` or ``urn:``
        is an IRI, digits are an integer, anything else a string; an empty field leaves an
        optional parameter unbound.

        Raises
        ------
        QueryError
            If there is no such query or a required parameter is empty.
        """
        bindings: dict[str, object] = {}
        for param, description in query_info(name).parameters:
            value = params.get(param, "").strip()
            if not value:
                if "optional" not in description:
                    raise QueryError(f"query {name!r} needs a value for ?{param} ({description})")
                continue
            if "IRI" in description and value.startswith(("http://", "https://", "urn:")):
                bindings[param] = URIRef(value)
            elif re.fullmatch(r"-?[0-9]{1,18}", value):
                bindings[param] = int(value)
            else:
                bindings[param] = value
        return bind_values(text, bindings)
