"""Export stage, node-link JSON: the film graph as ``{"nodes": [...], "links": [...]}`` for d3.

The shape is networkx's :func:`~networkx.node_link_data` with ``edges="links"``, so
:func:`networkx.node_link_graph` reads it back; lists stay JSON arrays.

>>> import json, networkx as nx
>>> data = generate_node_link(sample_graph())
>>> sorted(data)
['directed', 'graph', 'links', 'multigraph', 'nodes']
>>> nx.node_link_graph(json.loads(json.dumps(data)), edges="links").number_of_edges()
8
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ._common import graph_exporter

__all__ = ["generate_node_link", "write_node_link"]


def generate_node_link(graph: nx.MultiDiGraph) -> dict:
    """The node-link data of ``graph``: a JSON-ready dict with ``nodes`` and ``links``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.

    Returns
    -------
    dict
        ``directed``, ``multigraph``, ``graph``, ``nodes`` (each with ``id`` and the node's
        attributes) and ``links`` (each with ``source``, ``target``, ``key`` and attributes).

    Examples
    --------
    >>> link = generate_node_link(sample_graph())["links"][0]
    >>> link["key"], link["source"].rsplit("/", 1)[1], link["target"].rsplit("/", 1)[1]
    ('remakeOf', 'dhamaka-2021', 'terror-live-2013')

    See Also
    --------
    write_node_link
    """
    return nx.node_link_data(graph, edges="links")


@graph_exporter("node-link JSON")
def write_node_link(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as node-link JSON.

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.json"
    >>> write_node_link(sample_store(), out, relations=("remakeOf",))
    >>> len(json.loads(out.read_text())["links"])
    3

    See Also
    --------
    generate_node_link, filmgraph.export.cytoscape.write_cytoscape
    """
    path.write_text(json.dumps(generate_node_link(graph), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
