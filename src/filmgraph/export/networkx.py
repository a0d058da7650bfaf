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

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter

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

_TYPES = {f"{_FG}Film": "Film", f"{_FG}Person": "Person"}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# How the store is read. On the Oxigraph backend the types, the literal facts and the relation
# triples come straight from the store's indexes, one predicate at a time (see _quads): that is
# far cheaper than SPARQL's DISTINCT and UNION, and the copies of a fact restated in every review
# graph fold into the same dict entry in Python. Other backends answer _NODES_QUERY and
# _FACTS_QUERY instead. Claims and cast roles are joins, which the store does best, so every
# backend answers _CLAIMS_QUERY and _ROLES_QUERY. Whatever reads them, the rows are lexical
# values (IRI strings, literal forms, None when unbound) and may repeat.

# One row per distinct (node, fact, value), rdf:type only for the two node classes.
_NODES_QUERY = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?node ?p ?value WHERE {
  VALUES ?p { rdf:type rdfs:label fg:title fg:name fg:year fg:country fg:genre fg:alternateTitle fg:basedIn }
  ?node ?p ?value .
  FILTER(?p != rdf:type || ?value IN (fg:Film, fg:Person))
}
"""

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

# The claims, with their confidence and evidence, joined to the facts on (s, p, o, graph).
_CLAIMS_QUERY = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?s ?p ?o ?g ?x ?y WHERE {
  VALUES ?p { %s }
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


def _quads(raw: ox.Store, predicate: str, obj: str | None = None) -> Iterator[ox.Quad]:
    """The quads of ``raw`` with ``predicate`` (and object ``obj``), in every graph."""
    return raw.quads_for_pattern(None, ox.NamedNode(predicate), None if obj is None else ox.NamedNode(obj), None)


#: (subject, object) lexical values of a quad.
_SUBJECT_OBJECT = attrgetter("subject.value", "object.value")


def _node_values(store: Backend) -> dict[str, Iterable[tuple[str, str]]]:
    """The (node, value) pairs of each literal fact, by predicate IRI, in the union of all graphs.

    Under ``rdf:type`` the pairs are (node, class IRI), for the Film and Person classes only.
    A pair may come more than once (a fact restated in several graphs).
    """
    raw = _oxigraph(store)
    if raw is None:
        grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for node, predicate, value in _rows(store, _NODES_QUERY):
            grouped[predicate].append((node, value))
        return grouped
    values: dict[str, Iterable[tuple[str, str]]] = {
        predicate: map(_SUBJECT_OBJECT, _quads(raw, predicate)) for predicate in (*_SINGLE, *_MANY)
    }
    values[_RDF_TYPE] = ((quad.subject.value, cls) for cls in _TYPES for quad in _quads(raw, _RDF_TYPE, cls))
    return values


def _relation_facts(store: Backend, chosen: tuple[str, ...]) -> dict[str, Iterable[tuple[str, str, str]]]:
    """The (subject, object, graph) triples of each chosen relation, by local name.

    Only named graphs count, and only objects that are IRIs (as ``GRAPH ?g`` and ``isIRI``).
    A triple may come more than once.
    """
    raw = _oxigraph(store)
    if raw is None:
        grouped: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for s, p, o, g in _rows(store, _FACTS_QUERY % _values(chosen)):
            grouped[p[len(_FG):]].append((s, o, g))
        return grouped

    def links(relation: str) -> Iterator[tuple[str, str, str]]:
        for quad in _quads(raw, _FG + relation):
            obj, graph = quad.object, quad.graph_name
            if isinstance(obj, ox.NamedNode) and not isinstance(graph, ox.DefaultGraph):
                yield quad.subject.value, obj.value, graph.value

    return {relation: links(relation) for relation in chosen}


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
    values = _node_values(store)
    kinds: dict[str, str] = {}
    for node, cls in values.get(_RDF_TYPE, ()):
        # A node typed both ways (a film named after a person?) counts as a film.
        if kinds.get(node) != "Film":
            kinds[node] = _TYPES[cls]
    attributes = {name: _smallest(values.get(predicate, ()), _year if name == "year" else None)
                  for predicate, name in _SINGLE.items()}
    attributes.update({name: _sorted_sets(values.get(predicate, ())) for predicate, name in _MANY.items()})
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
    for relation, facts in _relation_facts(store, chosen).items():
        for s, o, g in facts:
            stated_in[s, o, relation].add(g)
    prefix = len(_FG)
    for s, p, o, g, x, y in _rows(store, _CLAIMS_QUERY % _values(chosen)):
        claim = (float(x) if x is not None else None, y)
        key = (s, p[prefix:], o, g)
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


def to_networkx(
    store: Backend,
    relations: Iterable[str] = RELATIONS,
    films_only: bool = False,
) -> nx.MultiDiGraph:
    """The films, people and facts of ``store`` as a networkx multigraph.

    On the Oxigraph backend the types and literal facts of every film and person, and the
    relation triples, are read from the store's indexes (other backends answer SELECT
    queries); the claims (confidence, evidence sentence) and cast roles come from SELECT
    queries on every backend. See the module docstring for the node and edge attributes.

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
    try:
        kinds, attributes = _read_nodes(store)
        stated_in, claims, characters = _read_edges(store, chosen)
    except OSError as error:  # reading the Oxigraph indexes (the queries report their own)
        raise _read_error(store, error) from None

    endpoints = {node for s, o, _ in stated_in for node in (s, o)}
    film_ends = {s for s, _, _ in stated_in} | {o for _, o, r in stated_in if r in FILM_RELATIONS}
    nodes: dict[str, dict[str, object]] = {}
    for node in sorted(kinds.keys() | endpoints):
        kind = kinds.get(node)
        if kind is None:  # an untyped edge end: its role in the relation says what it is
            kind = "Film" if node in film_ends else "Person"
        if kind == "Person" and (films_only or node not in endpoints):
            continue
        attrs: dict[str, object] = {"type": kind}
        for name, found in attributes.items():
            if node in found:
                attrs[name] = found[node]
        attrs.setdefault("label", attrs.get("title") or attrs.get("name") or _tail(node))
        nodes[node] = attrs

    edges = []
    for (s, o, relation), stated in sorted(stated_in.items()):
        if s not in nodes or o not in nodes:
            continue
        reviews = sorted(stated)
        # The review whose claim is best supported, ties broken by IRI (the first, sorted).
        review = min(reviews, key=lambda g: _claim_rank(claims.get((s, relation, o, g), _NO_CLAIM)))
        confidence, evidence = claims.get((s, relation, o, review), _NO_CLAIM)
        attrs = {"relation": relation, "review": review, "reviews": reviews}
        if confidence is not None:
            attrs["confidence"] = confidence
        if evidence is not None:
            attrs["evidence"] = evidence
        if relation == "castMember":
            named = set().union(*(characters.get((s, o, g), ()) for g in reviews))
            if named:
                attrs["character"] = "; ".join(sorted(named))
        edges.append((s, o, relation, attrs))

    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes.items())
    for s, o, relation, attrs in edges:
        graph.add_edge(s, o, key=relation, **attrs)
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
