"""Export stage, GEXF: the film graph as a GEXF 1.2 file, the native format of Gephi.

As in GraphML, list attributes become "; "-joined strings and absent values are left out.
The node ``label`` is GEXF's own label; the other attributes are declared GEXF attributes.

>>> import io, networkx as nx
>>> from filmgraph.export._sample import sample_graph
>>> text = "\\n".join(generate_gexf(sample_graph()))
>>> back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
>>> back.number_of_nodes(), back.number_of_edges()
(9, 8)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from ._common import flat_graph, graph_exporter

__all__ = ["generate_gexf", "write_gexf"]


def _gexf_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = flat_graph(graph)
    # networkx's GEXF writer takes an edge attribute "id" as the edge id: make it unique.
    for u, v, key, data in flat.edges(keys=True, data=True):
        data["id"] = f"{u} {key} {v}"
    return flat


def generate_gexf(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The lines of a GEXF document for ``graph`` (attributes flattened to scalars).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.

    Returns
    -------
    iterator of str
        The document, line by line.

    Examples
    --------
    >>> from filmgraph.export._sample import sample_graph
    >>> "<gexf" in next(iter(generate_gexf(sample_graph())))
    True

    See Also
    --------
    write_gexf
    """
    return nx.generate_gexf(_gexf_ready(graph))


@graph_exporter("GEXF")
def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as GEXF.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> from filmgraph.export._sample import sample_store
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.gexf"
    >>> write_gexf(sample_store(), out)
    >>> nx.read_gexf(out).number_of_nodes()
    9

    See Also
    --------
    generate_gexf, filmgraph.export.graphml.write_graphml
    """
    nx.write_gexf(_gexf_ready(graph), path)
