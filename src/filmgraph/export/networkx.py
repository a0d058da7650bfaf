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

from collections import deque
from collections.abc import Iterable, Iterator

import networkx as nx

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

# One row per distinct (node, fact, value): a film named by forty reviews is stated in forty
# graphs, and DISTINCT lets the store, not Python, fold those copies together.
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

# Three kinds of rows, joined in Python on (subject, relation, object, graph): the relation
# triples themselves (so facts without a claim, e.g. from the catalog, still count), the claims
# with their confidence and evidence, and the cast roles with their character names. Each
# branch has its own VALUES, a list built only from names checked against RELATIONS.
_EDGES_QUERY = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
SELECT ?kind ?s ?p ?o ?g ?x ?y WHERE {
  {
    VALUES ?p { %(relations)s }
    GRAPH ?g { ?s ?p ?o . FILTER(isIRI(?o)) }
    BIND("fact" AS ?kind)
  } UNION {
    VALUES ?p { %(relations)s }
    GRAPH ?g {
      ?claim fg:claimRelation ?p ; fg:claimSubject ?s ; fg:claimObject ?o .
      OPTIONAL { ?claim fg:confidence ?x }
      OPTIONAL { ?claim fg:evidenceText ?y }
    }
    BIND("claim" AS ?kind)
  }%(roles)s
}
"""
_ROLES_BRANCH = """ UNION {
    GRAPH ?g { ?s fg:hasCastRole ?role . ?role fg:performer ?o ; fg:characterName ?x }
    BIND("role" AS ?kind)
  }"""


def _check_relations(relations: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(relations))
    unknown = [name for name in chosen if name not in RELATIONS]
    if unknown:
        raise ExportError(f"unknown relation(s) {', '.join(map(repr, unknown))}; known: {', '.join(RELATIONS)}")
    return chosen


def _rows(store: Backend, query: str) -> Iterator[tuple[str | None, ...]]:
    """Solutions of a SELECT as tuples of lexical values (IRI strings, literal forms, None).

    On the Oxigraph backend the query runs on pyoxigraph directly: building rdflib terms for
    every value is what would dominate the cost on a large store.
    """
    raw = getattr(store, "store", None)
    if store.name == "oxigraph" and raw is not None:
        try:
            for solution in raw.query(query, use_default_graph_as_union=True):
                yield tuple([None if term is None else term.value for term in solution])
        except (OSError, SyntaxError) as error:
            raise ExportError(f"cannot read the graph from {store.location}: {error}") from None
        return
    try:
        result = store.select(query)
    except Exception as error:  # a backend's own error, whatever it is, means the export failed
        raise ExportError(f"cannot read the graph from {store.location or store.name}: {error}") from None
    for row in result.rows:
        yield tuple(None if term is None else str(term) for term in row)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def to_networkx(
    store: Backend,
    relations: Iterable[str] = RELATIONS,
    films_only: bool = False,
) -> nx.MultiDiGraph:
    """The films, people and facts of ``store`` as a networkx multigraph.

    Two SELECT queries read it: one for the literal facts of every film and person, one for
    the relation triples with their claims (confidence, evidence sentence) and cast roles.
    See the module docstring for the node and edge attributes.

    Parameters
    ----------
    store : Backend
        Any filmgraph store backend; queries see the union of its named graphs.
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
        If ``relations`` names an unknown relation, or the store cannot be queried.

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

    nodes: dict[str, dict] = {}
    kinds: dict[str, str] = {}
    for node, predicate, value in _rows(store, _NODES_QUERY):
        if predicate == _RDF_TYPE:
            # A node typed both ways (a film named after a person?) counts as a film.
            if kinds.get(node) != "Film":
                kinds[node] = _TYPES[value]
            continue
        attrs = nodes.setdefault(node, {})
        name = _SINGLE.get(predicate)
        if name is None:
            attrs.setdefault(_MANY[predicate], set()).add(value)
            continue
        if name == "year":
            try:
                parsed: object = int(value)
            except (TypeError, ValueError):
                continue
        else:
            parsed = value
        # Conflicting values (two reviews disagreeing) resolve to the smallest: deterministic.
        old = attrs.get(name)
        if old is None or parsed < old:
            attrs[name] = parsed

    facts: set[tuple[str, str, str, str]] = set()
    claims: dict[tuple[str, str, str, str], tuple[float | None, str | None]] = {}
    characters: dict[tuple[str, str, str], set[str]] = {}
    if chosen:
        query = _EDGES_QUERY % {"relations": " ".join(f"fg:{name}" for name in chosen),
                                "roles": _ROLES_BRANCH if "castMember" in chosen else ""}
        prefix = len(_FG)
        for kind, s, p, o, g, x, y in _rows(store, query):
            if kind == "fact":
                facts.add((s, p[prefix:], o, g))
            elif kind == "claim":
                claim = (float(x) if x is not None else None, y)
                key = (s, p[prefix:], o, g)
                # One claim per fact and review is the rule; if there are more, keep the best.
                if key not in claims or _claim_rank(claim) < _claim_rank(claims[key]):
                    claims[key] = claim
            else:  # a cast role: ?p is unbound, the relation is castMember
                characters.setdefault((s, o, g), set()).add(x)

    edges: dict[tuple[str, str, str], dict] = {}
    for s, relation, o, g in facts:
        entry = edges.setdefault((s, o, relation), {"reviews": [], "characters": set(), "best": None})
        entry["reviews"].append(g)
        confidence, evidence = claims.get((s, relation, o, g), (None, None))
        rank = (*_claim_rank((confidence, evidence)), g)
        if entry["best"] is None or rank < entry["best"][0]:
            entry["best"] = (rank, g, confidence, evidence)
        if relation == "castMember":
            entry["characters"].update(characters.get((s, o, g), ()))

    graph = nx.MultiDiGraph()
    endpoints = {node for s, o, _ in edges for node in (s, o)}
    film_ends = {s for s, _, _ in edges} | {o for _, o, r in edges if r in FILM_RELATIONS}
    for node in sorted(set(nodes) | set(kinds) | endpoints):
        kind = kinds.get(node)
        if kind is None:  # an untyped edge end: its role in the relation says what it is
            kind = "Film" if node in film_ends else "Person"
        if kind == "Person" and (films_only or node not in endpoints):
            continue
        attrs = {"type": kind}
        for name, value in sorted(nodes.get(node, {}).items()):
            attrs[name] = sorted(value) if isinstance(value, set) else value
        attrs.setdefault("label", attrs.get("title") or attrs.get("name") or _tail(node))
        graph.add_node(node, **attrs)
    for (s, o, relation), entry in sorted(edges.items()):
        if s not in graph or o not in graph:
            continue
        _, review, confidence, evidence = entry["best"]
        attrs = {"relation": relation, "review": review, "reviews": sorted(set(entry["reviews"]))}
        if confidence is not None:
            attrs["confidence"] = confidence
        if evidence is not None:
            attrs["evidence"] = evidence
        if entry["characters"]:
            attrs["character"] = "; ".join(sorted(entry["characters"]))
        graph.add_edge(s, o, key=relation, **attrs)
    return graph


def _claim_rank(claim: tuple[float | None, str | None]) -> tuple[float, bool]:
    """Sort key of a claim, best first: highest confidence, then one with evidence."""
    confidence, evidence = claim
    return (-2.0 if confidence is None else -confidence, evidence is None)


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
