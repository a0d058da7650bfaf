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

>>> from filmgraph.store.oxigraph import OxigraphBackend
>>> from filmgraph.export._sample import sample_store
>>> graph = to_networkx(sample_store())
>>> graph.nodes["https://w3id.org/filmgraph/id/film/hard-hit-2021"]["label"]
'Hard Hit'
>>> sorted(key for _, _, key in graph.edges(keys=True))
['castMember', 'castMember', 'director', 'director', 'influencedBy', 'remakeOf', 'remakeOf', 'remakeOf']
"""

from __future__ import annotations

import gc
from collections import defaultdict, deque
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager

import networkx as nx
import pyoxigraph as ox

from ..errors import ExportError
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

#: The relations :func:`to_networkx` turns into edges, by their ontology local names.
RELATIONS = ("remakeOf", "influencedBy", "director", "writer", "castMember")
#: Relations between two films (the others go from a film to a person).
FILM_RELATIONS = ("remakeOf", "influencedBy")

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

# The node classes, Film first: a node typed both ways (a film named after a person?) is a film.
_TYPES = {f"{_FG}Film": "Film", f"{_FG}Person": "Person"}

# How the store is read. Every backend answers the SELECT queries below (see _rows), except for
# the relation triples, which the Oxigraph backend reads straight from its indexes (see
# _relation_facts): with no copies to fold, iterating the quads beats any query. The rows are
# lexical values: IRI strings, literal forms, None when unbound.
#
# Facts about films and people are restated in every review graph that names them: one DISTINCT
# query per predicate lets the store drop those copies before Python sees them, which is
# cheaper both than one query over all the predicates (a VALUES join, a third column) and than
# reading the quads (every copy becomes a Python object).

# The nodes of one class.
_TYPED_QUERY = "SELECT DISTINCT ?node WHERE {{ ?node a <{cls}> }}"

# The values of one literal fact (one of _SINGLE and _MANY).
_VALUES_QUERY = "SELECT DISTINCT ?node ?value WHERE {{ ?node <{predicate}> ?value }}"

# The relation triples themselves, graph by graph, so facts without a claim (e.g. from the
# catalog) still count. The VALUES lists below are built only from names checked against
# RELATIONS.
_FACTS_QUERY = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?p ?o ?g WHERE {
  VALUES ?p { %s }
  GRAPH ?g { ?s ?p ?o . FILTER(isIRI(?o)) }
}
"""

# The claims, with their confidence and evidence, joined to the facts on (s, p, o, graph). The
# relations are restricted (by a VALUES list in place of %s) only when some are left out: the
# restriction costs the store more than reading the claims of all relations would.
_CLAIMS_QUERY = """
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

# The cast roles with their character names, joined to castMember facts on (s, o, graph).
_ROLES_QUERY = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?o ?g ?x WHERE {
  GRAPH ?g { ?s fg:hasCastRole ?role . ?role fg:performer ?o ; fg:characterName ?x }
}
"""


def _check_relations(relations: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(relations))
    unknown = [name for name in chosen if name not in RELATIONS]
    if unknown:
        raise ExportError(f"unknown relation(s) {', '.join(map(repr, unknown))}; known: {', '.join(RELATIONS)}")
    return chosen


def _oxigraph(store: Backend) -> ox.Store | None:
    """The pyoxigraph store behind an open Oxigraph backend; None for any other backend."""
    raw = getattr(store, "store", None)
    return raw if store.name == "oxigraph" and raw is not None else None


def _read_error(store: Backend, error: Exception) -> ExportError:
    return ExportError(f"cannot read the graph from {store.location or store.name}: {error}")


def _rows(store: Backend, query: str) -> Iterator[tuple[str | None, ...]]:
    """Solutions of a SELECT as tuples of lexical values (IRI strings, literal forms, None).

    On the Oxigraph backend the query runs on pyoxigraph directly: building rdflib terms for
    every value is what would dominate the cost on a large store.
    """
    raw = _oxigraph(store)
    if raw is not None:
        try:
            for solution in raw.query(query, use_default_graph_as_union=True):
                yield tuple([None if term is None else term.value for term in solution])
        except (OSError, SyntaxError) as error:
            raise _read_error(store, error) from None
        return
    try:
        result = store.select(query)
    except Exception as error:  # a backend's own error, whatever it is, means the export failed
        raise _read_error(store, error) from None
    for row in result.rows:
        yield tuple(None if term is None else str(term) for term in row)


def _relation_facts(store: Backend, chosen: tuple[str, ...]) -> Iterator[tuple[str, str, str, str]]:
    """(subject, object, relation local name, graph) of every chosen relation triple.

    Only named graphs count, and only objects that are IRIs (as ``GRAPH ?g`` and ``isIRI``).
    """
    raw = _oxigraph(store)
    if raw is None:
        prefix = len(_FG)
        for s, p, o, g in _rows(store, _FACTS_QUERY % _values(chosen)):
            yield s, o, p[prefix:], g
        return
    try:
        for relation in chosen:
            for quad in raw.quads_for_pattern(None, ox.NamedNode(_FG + relation), None, None):
                obj, graph = quad.object, quad.graph_name
                if isinstance(obj, ox.NamedNode) and not isinstance(graph, ox.DefaultGraph):
                    yield quad.subject.value, obj.value, relation, graph.value
    except OSError as error:
        raise _read_error(store, error) from None


def _values(chosen: tuple[str, ...]) -> str:
    """The body of a ``VALUES ?p`` list of chosen relations (names checked against RELATIONS)."""
    return " ".join(f"fg:{name}" for name in chosen)


def _smallest(pairs: Iterable[tuple[str, str]], parse: Callable[[str], object] | None = None) -> dict[str, object]:
    """Each node's smallest value, so conflicting values (two reviews disagreeing) resolve
    deterministically. ``parse`` converts a value, or returns None to skip it."""
    smallest: dict[str, object] = {}
    for node, value in pairs:
        if parse is not None and (value := parse(value)) is None:
            continue
        old = smallest.get(node)
        if old is None or value < old:
            smallest[node] = value
    return smallest


def _sorted_sets(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each node's distinct values, sorted."""
    collected: dict[str, set[str]] = defaultdict(set)
    for node, value in pairs:
        collected[node].add(value)
    return {node: sorted(found) for node, found in collected.items()}


def _year(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _read_nodes(store: Backend) -> tuple[dict[str, str], dict[str, dict[str, object]]]:
    """The kind ("Film" or "Person") of every typed node, and each node attribute as a
    ``{node: value}`` dict, the attributes in name order."""
    kinds: dict[str, str] = {}
    for cls, kind in _TYPES.items():
        for (node,) in _rows(store, _TYPED_QUERY.format(cls=cls)):
            kinds.setdefault(node, kind)
    attributes: dict[str, dict[str, object]] = {}
    for predicate, name in _SINGLE.items():
        values = _rows(store, _VALUES_QUERY.format(predicate=predicate))
        attributes[name] = _smallest(values, _year if name == "year" else None)
    for predicate, name in _MANY.items():
        attributes[name] = _sorted_sets(_rows(store, _VALUES_QUERY.format(predicate=predicate)))
    return kinds, dict(sorted(attributes.items()))


_Claim = tuple[float | None, str | None]
_NO_CLAIM: _Claim = (None, None)


def _read_edges(store: Backend, chosen: tuple[str, ...]) -> tuple[
    dict[tuple[str, str, str], set[str]], dict[tuple[str, str, str, str], _Claim], dict[tuple[str, str, str], set[str]]
]:
    """The facts of the chosen relations and what the reviews say about them.

    Returns the graphs stating each (subject, object, relation); the best claim (confidence,
    evidence) on each (subject, relation, object, graph); and the character names of each
    cast role as (film, performer, graph).
    """
    stated_in: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    claims: dict[tuple[str, str, str, str], _Claim] = {}
    characters: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    if not chosen:
        return stated_in, claims, characters
    for s, o, relation, g in _relation_facts(store, chosen):
        stated_in[s, o, relation].add(g)
    relation_of = {_FG + relation: relation for relation in chosen}
    restriction = "" if len(chosen) == len(RELATIONS) else f"VALUES ?p {{ {_values(chosen)} }}"
    for s, p, o, g, x, y in _rows(store, _CLAIMS_QUERY % restriction):
        relation = relation_of.get(p)
        if relation is None:
            continue
        claim = (float(x) if x is not None else None, y)
        key = (s, relation, o, g)
        # One claim per fact and review is the rule; if there are more, keep the best.
        if key not in claims or _claim_rank(claim) < _claim_rank(claims[key]):
            claims[key] = claim
    if "castMember" in chosen:
        for s, o, g, x in _rows(store, _ROLES_QUERY):
            characters[s, o, g].add(x)
    return stated_in, claims, characters


def _claim_rank(claim: _Claim) -> tuple[float, bool]:
    """Sort key of a claim, best first: highest confidence, then one with evidence."""
    confidence, evidence = claim
    return (-2.0 if confidence is None else -confidence, evidence is None)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _nodes(
    kinds: dict[str, str],
    attributes: dict[str, dict[str, object]],
    stated_in: dict[tuple[str, str, str], set[str]],
    films_only: bool,
) -> dict[str, dict[str, object]]:
    """The attributes of every node to keep, by node, in sorted order."""
    endpoints = {node for s, o, _ in stated_in for node in (s, o)}
    film_ends = {s for s, _, _ in stated_in} | {o for _, o, r in stated_in if r in FILM_RELATIONS}
    nodes: dict[str, dict[str, object]] = {}
    for node in sorted(kinds.keys() | endpoints):
        kind = kinds.get(node)
        if kind is None:  # an untyped edge end: its role in the relation says what it is
            kind = "Film" if node in film_ends else "Person"
        if kind != "Person" or (not films_only and node in endpoints):
            nodes[node] = {"type": kind}
    for name, found in attributes.items():
        for node, value in found.items():
            attrs = nodes.get(node)
            if attrs is not None:
                attrs[name] = value
    for node, attrs in nodes.items():
        if "label" not in attrs:
            attrs["label"] = attrs.get("title") or attrs.get("name") or _tail(node)
    return nodes


def _edges(
    stated_in: dict[tuple[str, str, str], set[str]],
    claims: dict[tuple[str, str, str, str], _Claim],
    characters: dict[tuple[str, str, str], set[str]],
    nodes: Container[str],
) -> list[tuple[str, str, str, dict[str, object]]]:
    """(subject, object, relation, attributes) of every edge between two kept nodes, sorted."""
    edges = []
    for s, o, relation in sorted(stated_in):
        if s not in nodes or o not in nodes:
            continue
        reviews = sorted(stated_in[s, o, relation])
        # The review whose claim is best supported, ties broken by IRI (the first, sorted).
        review = reviews[0] if len(reviews) == 1 else min(
            reviews, key=lambda g: _claim_rank(claims.get((s, relation, o, g), _NO_CLAIM)))
        confidence, evidence = claims.get((s, relation, o, review), _NO_CLAIM)
        attrs: dict[str, object] = {"relation": relation, "review": review, "reviews": reviews}
        if confidence is not None:
            attrs["confidence"] = confidence
        if evidence is not None:
            attrs["evidence"] = evidence
        if relation == "castMember":
            named = {name for g in reviews for name in characters.get((s, o, g), ())}
            if named:
                attrs["character"] = "; ".join(sorted(named))
        edges.append((s, o, relation, attrs))
    return edges


def _add_edges(graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict[str, object]]]) -> None:
    """``graph.add_edge(s, o, key=relation, **attrs)`` for each edge between two nodes of ``graph``.

    Through networkx's public API, not its adjacency dicts: writing those directly would save
    about a tenth of the export's time, but ties the code to networkx's internals.
    """
    for s, o, key, attrs in edges:
        graph.add_edge(s, o, key=key, **attrs)


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


def to_networkx(
    store: Backend,
    relations: Iterable[str] = RELATIONS,
    films_only: bool = False,
) -> nx.MultiDiGraph:
    """The films, people and facts of ``store`` as a networkx multigraph.

    SELECT queries read the types and literal facts of every film and person (one query per
    predicate), the claims (confidence, evidence sentence) and the cast roles; the relation
    triples come straight from the indexes of the Oxigraph backend, from a query on others.
    See the module docstring for the node and edge attributes.

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
    >>> from filmgraph.export._sample import sample_store
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
        kinds, attributes = _read_nodes(store)
        stated_in, claims, characters = _read_edges(store, chosen)
        nodes = _nodes(kinds, attributes, stated_in, films_only)
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(nodes.items())
        _add_edges(graph, _edges(stated_in, claims, characters, nodes))
    return graph


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
    >>> from filmgraph.export._sample import sample_graph
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
    >>> from filmgraph.export._sample import sample_graph
    >>> remakes = only_relations(sample_graph(), ["remakeOf"])
    >>> remakes.number_of_nodes(), remakes.number_of_edges()
    (5, 3)

    See Also
    --------
    around, of_review
    """
    chosen = set(_check_relations(relations))
    return graph.edge_subgraph([(u, v, k) for u, v, k in graph.edges(keys=True) if k in chosen]).copy()


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
    >>> from filmgraph.export._sample import sample_graph
    >>> graph = sample_graph()
    >>> review = graph.edges["https://w3id.org/filmgraph/id/film/hard-hit-2021",
    ...                      "https://w3id.org/filmgraph/id/film/retribution-2015", "remakeOf"]["review"]
    >>> sorted(k for _, _, k in of_review(graph, review).edges(keys=True))
    ['castMember', 'director', 'influencedBy', 'remakeOf']

    See Also
    --------
    around, only_relations
    """
    kept = [(u, v, k) for u, v, k, reviews in graph.edges(keys=True, data="reviews") if review_iri in (reviews or ())]
    return graph.edge_subgraph(kept).copy()
