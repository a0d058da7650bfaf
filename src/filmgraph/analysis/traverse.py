"""Analysis, traversals: the networkx graph of :func:`~filmgraph.export.to_networkx` in, answers out.

Remake family trees, influence ancestry, explained paths between two nodes, the most
important nodes and the remake families of the whole graph. Everything here is pure networkx
on the graph (no store, no SPARQL), so it works as well on a subgraph or on a graph read back
from GraphML. Results are sorted so that they are the same on every run.

>>> graph = sample_graph()
>>> print(render_family_tree(remake_family_tree(graph, "https://w3id.org/filmgraph/id/film/hard-hit-2021")))
Retribution (2015)
├── Hard Hit (2021)
└── Retribution (2023)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import networkx as nx

from ..errors import ExportError
from ..relations import INFLUENCED_BY, REMAKE_OF
from ..relations import RELATIONS as RELATION_TABLE

__all__ = [
    "Hop",
    "remake_family_tree",
    "render_family_tree",
    "influence_ancestors",
    "influence_descendants",
    "shortest_path_explained",
    "most_important",
    "remake_families",
]


#: Each relation's place in the relation table: the edge a path prefers when two nodes have several.
_RELATION_ORDER = {info.name: place for place, info in enumerate(RELATION_TABLE)}


def _require(graph: nx.MultiDiGraph, iri: str) -> None:
    if iri not in graph:
        raise ExportError(f"{iri} is not a node of the graph")


def _relation_graph(graph: nx.MultiDiGraph, relation: str) -> nx.DiGraph:
    """A plain digraph of the edges of one relation (all nodes of ``graph`` kept)."""
    result: nx.DiGraph[str] = nx.DiGraph()
    result.add_nodes_from(graph)
    result.add_edges_from((u, v) for u, v, k in graph.edges(keys=True) if k == relation)
    return result


def _year_order(graph: nx.MultiDiGraph, node: str) -> tuple[float, str]:
    year = graph.nodes[node].get("year")
    return (float(year) if isinstance(year, int) else float("inf"), node)


def remake_family_tree(graph: nx.MultiDiGraph, iri: str) -> nx.DiGraph:
    """The remake family of a film as a tree: the original at the root, remakes below it.

    From ``iri`` the ``remakeOf`` edges are followed to the original (a film that remakes
    nothing; the earliest one if there are several), then the tree is grown from there down
    through every remake, and remake of a remake. A film reached by two routes appears once,
    under the first (earliest) parent.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    iri : str
        Any film of the family.

    Returns
    -------
    networkx.DiGraph
        A tree with edges original -> remake; nodes carry ``label`` and ``year`` (when known),
        and ``tree.graph["root"]`` is the original. A film with no remake relation gives a
        one-node tree.

    Raises
    ------
    ExportError
        If ``iri`` is not a node of ``graph``.

    Examples
    --------
    >>> tree = remake_family_tree(sample_graph(), "https://w3id.org/filmgraph/id/film/retribution-2023")
    >>> tree.graph["root"]
    'https://w3id.org/filmgraph/id/film/retribution-2015'
    >>> sorted(tree.nodes[n]["year"] for n in tree.successors(tree.graph["root"]))
    [2021, 2023]

    See Also
    --------
    render_family_tree, remake_families
    """
    _require(graph, iri)
    remakes = _relation_graph(graph, REMAKE_OF.name)
    originals = nx.descendants(remakes, iri) | {iri}
    roots = [node for node in originals if remakes.out_degree(node) == 0] or list(originals)
    root = min(roots, key=lambda node: _year_order(graph, node))
    tree: nx.DiGraph[str] = nx.DiGraph(root=root)

    def add(node: str) -> None:
        data = graph.nodes[node]
        tree.add_node(node, **{k: data[k] for k in ("label", "year") if k in data})

    add(root)
    queue = [root]
    while queue:
        node = queue.pop(0)
        for child in sorted(remakes.predecessors(node), key=lambda n: _year_order(graph, n)):
            if child not in tree:
                add(child)
                tree.add_edge(node, child)
                queue.append(child)
    return tree


def _film_name(data: dict) -> str:
    label = str(data.get("label", "?"))
    return f"{label} ({data['year']})" if data.get("year") is not None else label


def render_family_tree(tree: nx.DiGraph, notes: Mapping[str, str] | None = None) -> str:
    """A remake family tree drawn as indented text, remakes in order of year.

    Parameters
    ----------
    tree : networkx.DiGraph
        A tree from :func:`remake_family_tree`.
    notes : mapping, optional
        Text written after a film's name, two spaces on, by the film's IRI (``filmgraph family
        --sources`` writes who states each remake link there).

    Returns
    -------
    str
        One line per film, ``Title (year)``, with box-drawing branches.

    Examples
    --------
    >>> tree = remake_family_tree(sample_graph(), "https://w3id.org/filmgraph/id/film/dhamaka-2021")
    >>> print(render_family_tree(tree))
    The Terror Live (2013)
    └── Dhamaka (2021)

    See Also
    --------
    remake_family_tree
    """
    root = tree.graph["root"]
    lines = [_film_name(tree.nodes[root])]

    def walk(node: str, prefix: str) -> None:
        children = list(tree.successors(node))
        for i, child in enumerate(children):
            last = i == len(children) - 1
            note = f"  {notes[child]}" if notes and child in notes else ""
            lines.append(f"{prefix}{'└── ' if last else '├── '}{_film_name(tree.nodes[child])}{note}")
            walk(child, prefix + ("    " if last else "│   "))

    walk(root, "")
    return "\n".join(lines)


def influence_ancestors(graph: nx.MultiDiGraph, iri: str) -> set[str]:
    """Every film that influenced ``iri``, directly or through other films.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    iri : str
        A film.

    Returns
    -------
    set of str
        The IRIs reached by following ``influencedBy`` edges from ``iri`` (``iri`` excluded).

    Raises
    ------
    ExportError
        If ``iri`` is not a node of ``graph``.

    Examples
    --------
    >>> sorted(influence_ancestors(sample_graph(), "https://w3id.org/filmgraph/id/film/hard-hit-2021"))
    ['https://w3id.org/filmgraph/id/film/terror-live-2013']

    See Also
    --------
    influence_descendants
    """
    _require(graph, iri)
    return nx.descendants(_relation_graph(graph, INFLUENCED_BY.name), iri)


def influence_descendants(graph: nx.MultiDiGraph, iri: str) -> set[str]:
    """Every film that ``iri`` influenced, directly or through other films.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    iri : str
        A film.

    Returns
    -------
    set of str
        The IRIs from which ``influencedBy`` edges lead to ``iri`` (``iri`` excluded).

    Raises
    ------
    ExportError
        If ``iri`` is not a node of ``graph``.

    Examples
    --------
    >>> sorted(influence_descendants(sample_graph(), "https://w3id.org/filmgraph/id/film/terror-live-2013"))
    ['https://w3id.org/filmgraph/id/film/hard-hit-2021']

    See Also
    --------
    influence_ancestors
    """
    _require(graph, iri)
    return nx.ancestors(_relation_graph(graph, INFLUENCED_BY.name), iri)


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of an explained path: the fact crossed, as a sentence, and where it was read."""

    source: str
    target: str
    relation: str
    sentence: str
    review: str | None = None
    evidence: str | None = None
    confidence: float | None = None
    #: the review's file, when the store is at hand to look it up (see ``FilmGraph.path_between``)
    file: str | None = None

    def __str__(self) -> str:
        return self.sentence


_SENTENCES = {info.name: info.sentence for info in RELATION_TABLE}


def _names(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Display names: the label, with the year added when another node shares the label."""
    counts: dict[str, int] = {}
    for _, label in graph.nodes(data="label"):
        counts[str(label)] = counts.get(str(label), 0) + 1
    return {node: _film_name(data) if counts[str(data.get("label"))] > 1 else str(data.get("label", node))
            for node, data in graph.nodes(data=True)}


def shortest_path_explained(graph: nx.MultiDiGraph, source: str, target: str) -> list[Hop]:
    """The shortest chain of facts linking two nodes, each hop told as a sentence.

    Edges are followed in either direction, but each sentence states its fact the way round
    the review gave it ("Hard Hit remakes Retribution", "Kim Chang-ju directed Hard Hit").
    Where two nodes are joined by several facts, the hop uses the first in
    relation table's order (:data:`filmgraph.relations.RELATIONS`). A title shared by two nodes is
    followed by its year.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    source, target : str
        IRIs of the two ends.

    Returns
    -------
    list of Hop
        One :class:`Hop` per edge crossed (``str(hop)`` is its sentence, ``hop.review`` and
        ``hop.evidence`` its provenance); empty when ``source == target``.

    Raises
    ------
    ExportError
        If either end is not a node of ``graph``, or no path joins them.

    Examples
    --------
    >>> hops = shortest_path_explained(sample_graph(), "https://w3id.org/filmgraph/id/person/liam-neeson",
    ...                                "https://w3id.org/filmgraph/id/person/changju-kim")
    >>> for hop in hops:
    ...     print(hop)
    Liam Neeson plays Matt <Turner> in Retribution (2023)
    Retribution (2023) remakes Retribution (2015)
    Hard Hit remakes Retribution (2015)
    Kim Chang-ju directed Hard Hit

    See Also
    --------
    around
    """
    _require(graph, source)
    _require(graph, target)
    try:
        path = nx.shortest_path(graph.to_undirected(as_view=True), source, target)
    except nx.NetworkXNoPath as error:
        raise ExportError(f"no path joins {source} and {target}") from error
    names = _names(graph)
    hops = []
    for a, b in pairwise(path):
        # the edge keys are relation names (see to_networkx)
        candidates: list[tuple[str, str, str, dict[str, Any]]] = [
            (u, v, str(k), d) for u, v in ((a, b), (b, a)) for k, d in (graph.get_edge_data(u, v) or {}).items()]
        u, v, key, data = min(candidates, key=lambda c: (_RELATION_ORDER.get(c[2], 99), c[0]))
        template = _SENTENCES.get(key, "{s} " + key + " {o}")
        if key == "castMember" and data.get("character"):
            template = "{o} plays " + str(data["character"]).replace("{", "{{").replace("}", "}}") + " in {s}"
        hops.append(Hop(u, v, key, template.format(s=names[u], o=names[v]), data.get("review"), data.get("evidence"),
                        data.get("confidence")))
    return hops


def _pagerank(graph: nx.MultiDiGraph, damping: float = 0.85, tolerance: float = 1e-10) -> dict[str, float]:
    """PageRank by power iteration, in pure Python (networkx's own needs scipy).

    Parallel edges add weight; dangling nodes spread their rank over every node.
    """
    nodes = list(graph)
    if not nodes:
        return {}
    weights: dict[str, dict[str, float]] = {node: {} for node in nodes}
    for u, v in graph.edges():
        weights[u][v] = weights[u].get(v, 0.0) + 1.0
    out = {node: sum(targets.values()) for node, targets in weights.items()}
    share = 1.0 / len(nodes)
    rank = dict.fromkeys(nodes, share)
    for _ in range(200):
        dangling = damping * share * sum(rank[n] for n in nodes if not out[n])
        new = dict.fromkeys(nodes, (1.0 - damping) * share + dangling)
        for u, targets in weights.items():
            if out[u]:
                part = damping * rank[u] / out[u]
                for v, weight in targets.items():
                    new[v] += part * weight
        if sum(abs(new[n] - rank[n]) for n in nodes) < tolerance * len(nodes):
            return new
        rank = new
    return rank


def most_important(
    graph: nx.MultiDiGraph, by: str = "pagerank", k: int = 10, node_type: str | None = None
) -> list[tuple[str, float]]:
    """The ``k`` most important nodes, by PageRank or by number of incoming edges.

    Edges point from a remake to its original, from a film to what influenced it and to its
    people, so importance flows to originals, influences, directors and actors.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    by : {"pagerank", "in_degree"}, optional
        The measure (default ``"pagerank"``, computed over the whole graph).
    k : int, optional
        How many nodes to return (default 10).
    node_type : {"Film", "Person"} or None, optional
        Rank only nodes of this type (default: all).

    Returns
    -------
    list of (str, float)
        ``(iri, score)`` pairs, highest score first, ties in IRI order.

    Raises
    ------
    ExportError
        If ``by`` is not a known measure, or ``k`` is negative.

    Examples
    --------
    >>> for iri, score in most_important(sample_graph(), by="in_degree", k=2):
    ...     print(iri.rsplit("/", 1)[1], score)
    retribution-2015 2.0
    terror-live-2013 2.0

    See Also
    --------
    remake_families
    """
    if k < 0:
        raise ExportError(f"k must be 0 or more, not {k}")
    if by == "pagerank":
        scores = _pagerank(graph)
    elif by == "in_degree":
        scores = {node: float(degree) for node, degree in graph.in_degree()}
    else:
        raise ExportError(f"unknown importance measure {by!r}; use 'pagerank' or 'in_degree'")
    ranked = sorted(
        ((node, score) for node, score in scores.items()
         if node_type is None or graph.nodes[node].get("type") == node_type),
        key=lambda item: (-item[1], item[0]),
    )
    return ranked[:k]


def remake_families(graph: nx.MultiDiGraph) -> list[set[str]]:
    """The remake families: groups of films joined by ``remakeOf`` edges, either way round.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.

    Returns
    -------
    list of set of str
        The weakly connected components of the remake edges with two films or more, largest
        first, then in order of their smallest IRI.

    Examples
    --------
    >>> for family in remake_families(sample_graph()):
    ...     print(sorted(iri.rsplit("/", 1)[1] for iri in family))
    ['hard-hit-2021', 'retribution-2015', 'retribution-2023']
    ['dhamaka-2021', 'terror-live-2013']

    See Also
    --------
    remake_family_tree
    """
    remakes: nx.Graph[str] = nx.Graph()
    remakes.add_edges_from((u, v) for u, v, k in graph.edges(keys=True) if k == REMAKE_OF.name)
    families = [set(c) for c in nx.connected_components(remakes) if len(c) > 1]
    return sorted(families, key=lambda family: (-len(family), min(family)))
