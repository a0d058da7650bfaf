"""Export stage, GraphML: the film graph as a GraphML file (Gephi, yEd, Cytoscape desktop, igraph).

GraphML attributes are typed scalars, so list attributes (countries, genres, reviews) are
written as "; "-joined strings and absent values are left out. Edge keys (relation names)
become the edges' ``id``; the ``relation`` attribute carries them too.

>>> import io, networkx as nx
>>> from filmgraph.export._sample import sample_graph
>>> text = "".join(generate_graphml(sample_graph()))
>>> back = nx.read_graphml(io.StringIO(text), force_multigraph=True)
>>> back.number_of_nodes(), back.number_of_edges()
(9, 8)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from ._common import flat_graph, graph_exporter

__all__ = ["generate_graphml", "write_graphml"]


def generate_graphml(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The lines of a GraphML document for ``graph`` (attributes flattened to scalars).

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
    >>> next(iter(generate_graphml(sample_graph()))).startswith("<graphml")
    True

    See Also
    --------
    write_graphml
    """
    return nx.generate_graphml(flat_graph(graph))


@graph_exporter("GraphML")
def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as GraphML.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> from filmgraph.export._sample import sample_store
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.graphml"
    >>> write_graphml(sample_store(), out, relations=("remakeOf",))
    >>> nx.read_graphml(out).number_of_edges()
    3

    See Also
    --------
    generate_graphml, filmgraph.export.gexf.write_gexf
    """
    nx.write_graphml(flat_graph(graph), path)
