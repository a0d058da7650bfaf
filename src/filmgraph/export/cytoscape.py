"""Export stage, Cytoscape.js: the film graph as Cytoscape.js ``elements`` JSON.

Each node is ``{"data": {"id": iri, "value": iri, "name": label, "label": ..., ...}}`` and
each edge ``{"data": {"id": ..., "source": ..., "target": ..., "key": relation, ...}}``; the
top level also says ``directed`` and ``multigraph``, so :func:`networkx.cytoscape_graph` reads
the file back. The HTML exporter draws the same elements.

>>> import networkx as nx
>>> data = generate_cytoscape(sample_graph())
>>> len(data["elements"]["nodes"]), len(data["elements"]["edges"])
(9, 8)
>>> nx.cytoscape_graph(data).number_of_edges()
8
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ._common import graph_exporter

__all__ = ["generate_cytoscape", "write_cytoscape"]


def generate_cytoscape(graph: nx.MultiDiGraph) -> dict:
    """The Cytoscape.js elements of ``graph``, as a JSON-ready dict.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.

    Returns
    -------
    dict
        ``{"data": {}, "directed": True, "multigraph": True, "elements": {"nodes": [...],
        "edges": [...]}}``; edge ids are ``"<source> <relation> <target>"``.

    Examples
    --------
    >>> edge = generate_cytoscape(sample_graph())["elements"]["edges"][0]["data"]
    >>> edge["relation"], edge["confidence"]
    ('remakeOf', 0.95)

    See Also
    --------
    write_cytoscape, filmgraph.export.html.write_html
    """
    nodes = [{"data": {**data, "id": node, "value": node, "name": data.get("label", node)}}
             for node, data in graph.nodes(data=True)]
    edges = [{"data": {**data, "id": f"{u} {key} {v}", "source": u, "target": v, "key": key}}
             for u, v, key, data in graph.edges(keys=True, data=True)]
    return {"data": dict(graph.graph), "directed": True, "multigraph": True,
            "elements": {"nodes": nodes, "edges": edges}}


@graph_exporter("Cytoscape JSON")
def write_cytoscape(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as Cytoscape.js JSON.

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.cyjs"
    >>> write_cytoscape(sample_store(), out, around="https://w3id.org/filmgraph/id/film/dhamaka-2021", depth=1)
    >>> sorted(n["data"]["name"] for n in json.loads(out.read_text())["elements"]["nodes"])
    ['Dhamaka', 'Ram Madhvani', 'The Terror Live']

    See Also
    --------
    generate_cytoscape, filmgraph.export.nodelink.write_node_link
    """
    path.write_text(json.dumps(generate_cytoscape(graph), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
