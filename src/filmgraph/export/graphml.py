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

import os
from collections.abc import Iterator

import networkx as nx

from ..store.base import Backend
from ._common import export_graph, flat_graph, write_output

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


def write_graphml(
    store: Backend,
    out: str | os.PathLike[str],
    *,
    around: str | None = None,
    depth: int = 2,
    relations: tuple[str, ...] | None = None,
) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as GraphML.

    Parameters
    ----------
    store : Backend
        The store to export.
    out : str or os.PathLike
        The file to write.
    around : str or None, optional
        A film IRI: export only the nodes within ``depth`` hops of it.
    depth : int, optional
        Hops around ``around`` (default 2).
    relations : tuple of str or None, optional
        Relations to export (default: all).

    Raises
    ------
    ExportError
        If the graph cannot be built (unknown relation, ``around`` not in the graph) or the
        file cannot be written.

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
    graph = export_graph(store, around, depth, relations)
    write_output(out, lambda path: nx.write_graphml(flat_graph(graph), path), "GraphML")
