"""Export stage: a store in, a :class:`networkx.MultiDiGraph` of films and people out.

The RDF graph is reshaped for graph analysis: films and people become nodes (keyed by their
IRI string), their literal facts become node attributes (never nodes), and every fact between
them (``fg:remakeOf``, ``fg:influencedBy``, ``fg:director``, ``fg:writer``, ``fg:castMember``)
becomes one edge from subject to object whose key is the relation's local name. Claims, cast
roles and reviews are not nodes: they are folded into edge attributes (provenance).

Node attributes
    ``label`` (str), ``type`` (``"Film"`` or ``"Person"``), ``year`` (int, absent when
    unknown), ``title`` or ``name`` (str), and the many-valued facts as sorted lists of str:
    ``countries``, ``genres``, ``alternate_titles``, ``based_in``.

Edge attributes
    ``relation`` (the key again, so it survives formats that drop keys), ``review`` (the IRI of
    the review whose claim is best supported: highest confidence, ties broken by IRI),
    ``reviews`` (sorted list of every review, or catalog graph, that states the fact),
    ``confidence`` (float) and ``evidence`` (the sentence) of that claim when known, and
    ``character`` on ``castMember`` edges when a cast role names one.

One edge per fact
    When several reviews state the same fact, the graph has one edge for it, not one per
    review: the key stays the relation name, so ``G.has_edge(a, b, "remakeOf")`` answers the
    question directly and path lengths are not skewed by how often a fact was reviewed.
    ``reviews`` keeps every source, and :func:`of_review` selects by it.

>>> graph = to_networkx(sample_store())
>>> graph.nodes["https://w3id.org/filmgraph/id/film/hard-hit-2021"]["label"]
'Hard Hit'
>>> sorted(key for _, _, key in graph.edges(keys=True))
['castMember', 'castMember', 'director', 'director', 'influencedBy', 'remakeOf', 'remakeOf', 'remakeOf']
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import networkx as nx

from .. import relations as relation_table
from ..errors import ExportError, StoreError
from ..rdf.vocab import FG, RDFS
from ..store.base import Backend

__all__ = [
    "RELATIONS",
    "FILM_RELATIONS",
    "to_networkx",
    "around",
    "only_relations",
    "of_review",
]

#: The relations :func:`to_networkx` turns into edges, by their ontology local names: every row
#: of :data:`filmgraph.relations.RELATIONS`, in its order.
RELATIONS = tuple(info.name for info in relation_table.RELATIONS)
#: Relations between two films (the others go from a film to a person).
FILM_RELATIONS = tuple(info.name for info in relation_table.FILM_RELATIONS)

_FG = str(FG)
_LABEL = str(RDFS.label)
# Literal facts with one value per node, and their attribute names.
_SINGLE = {_LABEL: "label", f"{_FG}title": "title", f"{_FG}name": "name", f"{_FG}year": "year"}
# Literal facts with many values per node, kept as sorted lists.
_MANY = {
    f"{_FG}country": "countries",
    f"{_FG}genre": "genres",
    f"{_FG}alternateTitle": "alternate_titles",
    f"{_FG}basedIn": "based_in",
}

# The node classes. A node typed both ways (a film named after a person?) is a film.
_FILM = f"{_FG}Film"
_PERSON = f"{_FG}Person"

# How the store is read: the SELECT queries below, their rows read as they come as lexical values
# (IRI strings, literal forms, None when unbound; see Backend.iter_values), and the relation
# triples as the store's links of each relation (Backend.links: the Oxigraph backend reads
# them straight from its indexes, where iterating the quads beats any query).
#
# Facts about films and people are restated in every review graph that names them: one DISTINCT
# query per predicate lets the store drop those copies before Python sees them, which is
# cheaper both than one query over all the predicates (a VALUES join, a third column) and than
# reading the quads (every copy becomes a Python object).

# The nodes of one class.
_TYPED_QUERY = "SELECT DISTINCT ?node WHERE {{ ?node a <{cls}> }}"

# The values of one literal fact (one of _SINGLE and _MANY).
_VALUES_QUERY = "SELECT DISTINCT ?node ?value WHERE {{ ?node <{predicate}> ?value }}"

# The claims, with their confidence and evidence, joined to the facts on (s, p, o, graph), and the
# cast roles with their character names, joined to castMember facts on (s, o, graph). The claim
# relations are restricted (by a VALUES list in place of %s) only when some are left out: the
# restriction costs the store more than reading the claims of all relations would. The VALUES
# lists are built only from names checked against RELATIONS.
#
# Each comes in two wordings with the same answers. In memory (not Backend.on_disk), Oxigraph joins a claim's
# predicates fastest by looking each one up in its indexes (_JOINED); on disk every such lookup is
# a seek, and scanning each predicate once in a subquery and joining the scans by hashing
# (_SCANNED) takes half the time (1.6 s -> 0.8 s for the claims of a 1M-quad store; in memory
# 0.25 s -> 0.31 s the other way). Reading the predicates as quads and joining them in Python
# costs more than either.
_CLAIMS_JOINED = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?p ?o ?g ?x ?y WHERE {
  %s
  GRAPH ?g {
    ?claim fg:claimRelation ?p ; fg:claimSubject ?s ; fg:claimObject ?o .
    OPTIONAL { ?claim fg:confidence ?x }
    OPTIONAL { ?claim fg:evidenceText ?y }
  }
}
"""
_CLAIMS_SCANNED = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?p ?o ?g ?x ?y WHERE {
  %s
  { SELECT ?claim ?g ?p WHERE { GRAPH ?g { ?claim fg:claimRelation ?p } } }
  { SELECT ?claim ?g ?s WHERE { GRAPH ?g { ?claim fg:claimSubject ?s } } }
  { SELECT ?claim ?g ?o WHERE { GRAPH ?g { ?claim fg:claimObject ?o } } }
  OPTIONAL { SELECT ?claim ?g ?x WHERE { GRAPH ?g { ?claim fg:confidence ?x } } }
  OPTIONAL { SELECT ?claim ?g ?y WHERE { GRAPH ?g { ?claim fg:evidenceText ?y } } }
}
"""
_ROLES_JOINED = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?o ?g ?x WHERE {
  GRAPH ?g { ?s fg:hasCastRole ?role . ?role fg:performer ?o ; fg:characterName ?x }
}
"""
_ROLES_SCANNED = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?o ?g ?x WHERE {
  { SELECT ?s ?role ?g WHERE { GRAPH ?g { ?s fg:hasCastRole ?role } } }
  { SELECT ?role ?g ?o WHERE { GRAPH ?g { ?role fg:performer ?o } } }
  { SELECT ?role ?g ?x WHERE { GRAPH ?g { ?role fg:characterName ?x } } }
}
"""


# The node attributes in name order (the order they are set in, so every node's attribute dict
# has the same key order: type, then these, then a label made up when there is none), each with
# its predicate and whether it is many-valued.
_ATTRIBUTES = sorted([(name, predicate, False) for predicate, name in _SINGLE.items()]
                     + [(name, predicate, True) for predicate, name in _MANY.items()])


def _check_relations(relations: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(relations))
    unknown = [name for name in chosen if name not in RELATIONS]
    if unknown:
        raise ExportError(f"unknown relation(s) {', '.join(map(repr, unknown))}; known: {', '.join(RELATIONS)}")
    return chosen


def _read_error(store: Backend, error: Exception) -> ExportError:
    return ExportError(f"cannot read the graph from {store.location or store.name}: {error}")


#: A row of :func:`_rows`: lexical values (str), None for an unbound optional variable. How many
#: values, and which may be None, the query's text decides, which no type checker reads: each
#: caller unpacks its rows as its query binds them.
_Row = tuple[Any, ...]


def _rows(store: Backend, query: str) -> Iterator[_Row]:
    """Solutions of a SELECT as tuples of lexical values (IRI strings, literal forms, None for
    an unbound optional variable), read as they come (see :meth:`Backend.iter_values`; a store
    failing while they are read raises StoreError, which :func:`to_networkx` reports)."""
    try:
        return store.iter_values(query)
    except Exception as error:  # a backend's own error, whatever it is, means the export failed
        raise _read_error(store, error) from error


def _values(chosen: tuple[str, ...]) -> str:
    """The body of a ``VALUES ?p`` list of chosen relations (names checked against RELATIONS)."""
    return " ".join(f"fg:{name}" for name in chosen)


# The facts of the chosen relations, by subject: {subject: {(object, relation): entry}}. An
# entry holds three slots for every graph (review, or the catalog) that states the triple:
# [graph, claim, characters, graph, claim, characters, ...]. The claims and cast roles read
# later are put straight into the slots of their fact and graph: joined once, as they are
# read, they need no dict of their own, and the edges need no lookup in one.
_Facts = dict[str, dict[tuple[str, str], list]]

_Claim = tuple[float | None, str | None]
_NO_CLAIM: _Claim = (None, None)


def _read_facts(store: Backend, chosen: tuple[str, ...]) -> tuple[_Facts, set[str], set[str]]:
    """The chosen relation triples (see _Facts), the objects of all of them, and the objects
    of the film-to-film ones.

    Only named graphs count, and only objects that are IRIs (as ``GRAPH ?g`` and ``isIRI``).
    """
    facts: _Facts = {}
    objects: set[str] = set()
    film_objects: set[str] = set()
    for relation in chosen:
        ends = film_objects if relation in FILM_RELATIONS else objects
        try:
            links = store.links(_FG + relation)
        except Exception as error:  # a backend's own error, whatever it is, means the export failed
            raise _read_error(store, error) from error
        for s, o, g in links:
            ends.add(o)
            group = facts.get(s)
            if group is None:
                facts[s] = {(o, relation): [g, None, None]}
                continue
            entry = group.setdefault((o, relation), [g, None, None])
            if entry[0] is not g and g not in entry[::3]:  # not the entry just made, a new graph
                entry += (g, None, None)
    objects |= film_objects
    return facts, objects, film_objects


def _claim_rank(claim: _Claim) -> tuple[float, bool]:
    """Sort key of a claim, best first: highest confidence, then one with evidence; a graph
    stating the fact with no claim or no confidence (the catalog) comes after every review's."""
    confidence, evidence = claim
    return (1.0 if confidence is None else -confidence, evidence is None)


def _slot(entry: list, g: str) -> int:
    """The index of graph ``g`` in a fact's entry past the first graph (see _Facts), -1 when
    ``g`` does not state the fact. (Callers check the first graph, most facts' only one.)"""
    for i in range(3, len(entry), 3):
        if entry[i] == g:
            return i
    return -1


def _read_claims(store: Backend, chosen: tuple[str, ...], facts: _Facts) -> None:
    """Put the best claim (confidence, evidence) on each fact into its graph's slot."""
    relation_of = {_FG + relation: relation for relation in chosen}
    restriction = "" if len(chosen) == len(RELATIONS) else f"VALUES ?p {{ {_values(chosen)} }}"
    query = _CLAIMS_SCANNED if store.on_disk else _CLAIMS_JOINED
    for s, p, o, g, x, y in _rows(store, query % restriction):
        relation = relation_of.get(p)
        if relation is None:
            continue
        group = facts.get(s)
        entry = None if group is None else group.get((o, relation))
        if entry is None:
            continue
        i = 0 if entry[0] == g else _slot(entry, g)
        if i < 0:  # a claim on a fact its review does not state
            continue
        claim = (None if x is None else float(x), y)
        old = entry[i + 1]
        # One claim per fact and review is the rule; if there are more, keep the best.
        if old is None or _claim_rank(claim) < _claim_rank(old):
            entry[i + 1] = claim


def _read_characters(store: Backend, facts: _Facts) -> None:
    """Put the distinct character names of each cast role into the slot of its castMember fact."""
    for s, o, g, x in _rows(store, _ROLES_SCANNED if store.on_disk else _ROLES_JOINED):
        group = facts.get(s)
        entry = None if group is None else group.get((o, "castMember"))
        if entry is None:
            continue
        i = 0 if entry[0] == g else _slot(entry, g)
        if i < 0:
            continue
        names = entry[i + 2]
        if names is None:
            entry[i + 2] = [x]
        elif x not in names:
            names.append(x)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _add_nodes(
    graph: nx.MultiDiGraph, store: Backend, facts: _Facts, objects: set[str], film_objects: set[str], films_only: bool
) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """Add every node to keep to ``graph``, in sorted order, with its attributes.

    Returns each node's attribute dict (the graph's own, so setting them costs no copy), and
    the edge ends left out (people, when only films are kept).
    """
    films = {node for (node,) in _rows(store, _TYPED_QUERY.format(cls=_FILM))}
    endpoints = objects.union(facts)
    film_ends = film_objects.union(facts)
    # An untyped edge end is a film or a person by its role in the relation (film_ends are
    # films). Being typed a person matters only for film ends not typed films: the other
    # nodes are people either way, and people are kept only as edge ends. Most stores type
    # every film, and then the people need not be read at all.
    people: set[str] = set()
    if not film_ends <= films:
        people = {node for (node,) in _rows(store, _TYPED_QUERY.format(cls=_PERSON))}
    kept: list[str] = []
    kept_kinds: list[str] = []
    dropped: set[str] = set()
    for node in sorted(endpoints.union(films)):
        kind = "Film" if node in films or (node in film_ends and node not in people) else "Person"
        if kind != "Person" or (not films_only and node in endpoints):
            kept.append(node)
            kept_kinds.append(kind)
        elif node in endpoints:
            dropped.add(node)
    graph.add_nodes_from(kept)
    nodes: dict[str, dict[str, Any]] = dict(graph.nodes(data=True))
    for node_attrs, kind in zip(nodes.values(), kept_kinds):
        node_attrs["type"] = kind
    for name, predicate, many in _ATTRIBUTES:
        rows = _rows(store, _VALUES_QUERY.format(predicate=predicate))
        if many:  # the distinct values, sorted (two terms may share a lexical value: "x"@en, "x")
            unsorted = []
            for node, value in rows:
                attrs = nodes.get(node)
                if attrs is not None:
                    values = attrs.get(name)
                    if values is None:
                        attrs[name] = [value]
                    elif value not in values:
                        values.append(value)
                        if len(values) == 2:
                            unsorted.append(values)
            for values in unsorted:
                values.sort()
            continue
        # The smallest value, so conflicting values (two reviews disagreeing) resolve
        # deterministically.
        for node, value in rows:
            attrs = nodes.get(node)
            if attrs is None:
                continue
            if name == "year":
                try:
                    value = int(value)
                except ValueError:
                    continue
            old = attrs.get(name)
            if old is None or value < old:
                attrs[name] = value
    for node, attrs in nodes.items():
        if "label" not in attrs:
            attrs["label"] = attrs.get("title") or attrs.get("name") or _tail(node)
    return nodes, dropped


def _add_edges(graph: nx.MultiDiGraph, facts: _Facts, nodes: Iterable[str], dropped: Container[str]) -> None:
    """Add an edge for every fact between two nodes of ``graph`` (``nodes``, in sorted order;
    ``dropped`` are the edge ends that are not nodes), sorted by (subject, object, relation),
    through ``graph.add_edge``.

    Through networkx's public API, not its adjacency dicts: writing those directly would save
    some of the export's time, but ties the code to networkx's internals. Keyword arguments
    spelled out in the call (the common case: a claim with confidence and evidence) save
    building a dict of them first.
    """
    add_edge = graph.add_edge
    for s in nodes:  # in sorted order
        group = facts.get(s)
        if group is None:
            continue
        for key in sorted(group) if len(group) > 1 else group:
            o, relation = key
            if dropped and o in dropped:
                continue
            entry = group[key]
            if len(entry) == 3:  # one graph states the fact: the common case
                review, claim, named = entry
                reviews = [review]
            else:
                slots = {}  # graph -> (claim, characters), graphs in sorted order
                for i in sorted(range(0, len(entry), 3), key=entry.__getitem__):
                    slots[entry[i]] = (entry[i + 1], entry[i + 2])
                reviews = list(slots)
                # The review whose claim is best supported, ties broken by IRI (the first, sorted).
                review = min(reviews, key=lambda g: _claim_rank(slots[g][0] or _NO_CLAIM))
                claim = slots[review][0]
                named = [name for _, names in slots.values() for name in names or ()]
            confidence, evidence = claim or _NO_CLAIM
            character = None
            if named:
                character = named[0] if len(named) == 1 else "; ".join(sorted(set(named)))
            if confidence is not None and evidence is not None:
                if character is None:
                    add_edge(s, o, relation, relation=relation, review=review, reviews=reviews,
                             confidence=confidence, evidence=evidence)
                else:
                    add_edge(s, o, relation, relation=relation, review=review, reviews=reviews,
                             confidence=confidence, evidence=evidence, character=character)
                continue
            attrs: dict[str, object] = {"relation": relation, "review": review, "reviews": reviews}
            if confidence is not None:
                attrs["confidence"] = confidence
            if evidence is not None:
                attrs["evidence"] = evidence
            if character is not None:
                attrs["character"] = character
            add_edge(s, o, relation, **attrs)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Cyclic garbage collection off inside: the export allocates hundreds of thousands of
    containers, none of them garbage, and the collector would walk them over and over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(store: Backend, chosen: tuple[str, ...], films_only: bool) -> nx.MultiDiGraph:
    """The graph :func:`to_networkx` returns. Its working data is freed when it returns, while
    the collector is still paused, so the collector never has to walk it."""
    facts, objects, film_objects = _read_facts(store, chosen) if chosen else ({}, set(), set())
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    nodes, dropped = _add_nodes(graph, store, facts, objects, film_objects, films_only)
    del objects, film_objects
    if facts:
        _read_claims(store, chosen, facts)
        if "castMember" in chosen:
            _read_characters(store, facts)
        _add_edges(graph, facts, nodes, dropped)
    return graph


def to_networkx(
    store: Backend,
    relations: Iterable[str] = RELATIONS,
    films_only: bool = False,
) -> nx.MultiDiGraph:
    """The films, people and facts of ``store`` as a networkx multigraph.

    SELECT queries read the films (and the people, when some edge end that would be a film is
    not typed one), the literal facts of every film and person (one query per predicate), the
    claims (confidence, evidence sentence) and the cast roles; the relation triples are the
    store's :meth:`~filmgraph.store.base.Backend.links` (read from the indexes on Oxigraph). See the module
    docstring for the node and edge attributes.

    Parameters
    ----------
    store : Backend
        Any filmgraph store backend; it is read as the union of its named graphs.
    relations : iterable of str, optional
        Which relations become edges, by local name (default: all of :data:`RELATIONS`).
    films_only : bool, optional
        Keep only film nodes and film-to-film edges (default False).

    Returns
    -------
    networkx.MultiDiGraph
        Every film, and every person at the end of a kept edge (so reviewers who are nothing
        else, and people whose relations were not asked for, are left out). Nodes and edges
        are added in sorted order, so traversals are deterministic.

    Raises
    ------
    ExportError
        If ``relations`` names an unknown relation, or the store cannot be read.

    Examples
    --------
    >>> graph = to_networkx(sample_store(), relations=("remakeOf",))
    >>> sorted(graph.nodes[n]["label"] for n in graph)
    ['Dhamaka', 'Hard Hit', 'Retribution', 'Retribution', 'The Terror Live']
    >>> edge = graph.edges["https://w3id.org/filmgraph/id/film/hard-hit-2021",
    ...                    "https://w3id.org/filmgraph/id/film/retribution-2015", "remakeOf"]
    >>> edge["confidence"], edge["evidence"]
    (0.9, 'Hard Hit (2021) is a remake of Retribution (2015).')

    See Also
    --------
    around, only_relations, of_review
    """
    chosen = _check_relations(relations)
    if films_only:
        chosen = tuple(name for name in chosen if name in FILM_RELATIONS)
    with _collector_paused():
        try:
            return _build(store, chosen, films_only)
        except StoreError as error:  # the store failed while its rows were read
            raise _read_error(store, error) from error


def _require(graph: nx.MultiDiGraph, iri: str) -> None:
    if iri not in graph:
        raise ExportError(f"{iri} is not a node of the graph")


def around(graph: nx.MultiDiGraph, iri: str, depth: int = 2) -> nx.MultiDiGraph:
    """The part of ``graph`` within ``depth`` hops of ``iri``, following edges either way.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`to_networkx`.
    iri : str
        The IRI of the node at the centre.
    depth : int, optional
        How many hops to follow (default 2); 0 gives the node alone.

    Returns
    -------
    networkx.MultiDiGraph
        A copy of the subgraph induced by the nodes found.

    Raises
    ------
    ExportError
        If ``iri`` is not a node of ``graph`` or ``depth`` is negative.

    Examples
    --------
    >>> near = around(sample_graph(), "https://w3id.org/filmgraph/id/film/retribution-2015", depth=1)
    >>> sorted(near.nodes[n]["label"] for n in near)
    ['Hard Hit', 'Retribution', 'Retribution']

    See Also
    --------
    only_relations, of_review
    """
    _require(graph, iri)
    if depth < 0:
        raise ExportError(f"depth must be 0 or more, not {depth}")
    seen = {iri}
    frontier = deque([(iri, 0)])
    while frontier:
        node, distance = frontier.popleft()
        if distance == depth:
            continue
        for neighbour in (*graph.successors(node), *graph.predecessors(node)):
            if neighbour not in seen:
                seen.add(neighbour)
                frontier.append((neighbour, distance + 1))
    return graph.subgraph(seen).copy()


def only_relations(graph: nx.MultiDiGraph, relations: Iterable[str]) -> nx.MultiDiGraph:
    """The edges of ``graph`` with one of ``relations``, and the nodes they join.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`to_networkx`.
    relations : iterable of str
        Relation local names to keep, e.g. ``("remakeOf",)``.

    Returns
    -------
    networkx.MultiDiGraph
        A copy holding the kept edges and their end nodes (nodes left with no edge are dropped).

    Raises
    ------
    ExportError
        If a relation name is not one of :data:`RELATIONS`.

    Examples
    --------
    >>> remakes = only_relations(sample_graph(), ["remakeOf"])
    >>> remakes.number_of_nodes(), remakes.number_of_edges()
    (5, 3)

    See Also
    --------
    around, of_review
    """
    chosen = set(_check_relations(relations))
    kept = [(u, v, k) for u, v, k in graph.edges(keys=True) if k in chosen]
    return graph.edge_subgraph(kept).copy()  # type: ignore[arg-type]  # types-networkx: a multigraph's edges are (u, v, key)


def of_review(graph: nx.MultiDiGraph, review_iri: str) -> nx.MultiDiGraph:
    """The facts one review states: the edges it supports and the nodes they join.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`to_networkx`.
    review_iri : str
        The IRI of a review (or of the catalog graph).

    Returns
    -------
    networkx.MultiDiGraph
        A copy holding the edges whose ``reviews`` list ``review_iri``, and their end nodes;
        empty when the review states no fact in ``graph``.

    Examples
    --------
    >>> graph = sample_graph()
    >>> review = graph.edges["https://w3id.org/filmgraph/id/film/hard-hit-2021",
    ...                      "https://w3id.org/filmgraph/id/film/retribution-2015", "remakeOf"]["review"]
    >>> sorted(k for _, _, k in of_review(graph, review).edges(keys=True))
    ['castMember', 'director', 'influencedBy', 'remakeOf']

    See Also
    --------
    around, only_relations
    """
    edges: Iterable[tuple[str, str, str, list[str] | None]] = graph.edges(keys=True, data="reviews")
    kept = [(u, v, k) for u, v, k, reviews in edges if review_iri in (reviews or ())]
    return graph.edge_subgraph(kept).copy()  # type: ignore[arg-type]  # types-networkx: a multigraph's edges are (u, v, key)
