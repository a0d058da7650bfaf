"""Export stage: the store in, files and graphs out (RDF dumps, networkx, GraphML, HTML, ...).

:data:`EXPORTERS` holds every file format by name. Each exporter is a function
``(store, out, *, around=None, depth=2, relations=None) -> None`` that writes one file and
raises :class:`~filmgraph.errors.ExportError` when it cannot; they are imported only when used.
:func:`export` looks one up by name (or alias) and runs it. :func:`to_networkx` gives the graph
itself, and :mod:`filmgraph.analysis` answers questions on it.

The examples in this package run on ``sample_store()`` (an in-memory store of four short
hand-made reviews) and ``sample_graph()`` (its networkx graph), which the test suite puts in
every doctest's namespace from ``tests/sample.py``.

>>> EXPORTERS.names()
['cytoscape', 'dot', 'gexf', 'graphml', 'html', 'json', 'jsonld', 'nquads', 'png', 'rdfxml', 'svg', 'trig', 'turtle']
>>> EXPORTERS.canonical("ttl"), EXPORTERS.canonical("json-ld")
('turtle', 'jsonld')
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..errors import ExportError
from ..rdf.formats import rdf_format
from ..registry import Registry
from ..store.base import Backend
from . import networkx as _networkx
from ._common import MAX_DRAWN_NODES
from .networkx import *  # noqa: F403

__all__ = ["EXPORTERS", "DRAWN_FORMATS", "MAX_DRAWN_NODES", "Exporter", "export", "exporter_suffix"]
__all__ += _networkx.__all__

#: The signature every exporter has.
Exporter = Callable[..., None]

#: Export formats by name; each entry is imported on first use.
EXPORTERS: Registry[Exporter] = Registry("export format")

# The RDF formats written by filmgraph.export.rdfdump (write_<name>); N-Triples and N3 add
# nothing that N-Quads and Turtle do not already give.
_RDF_DUMPS = ("turtle", "nquads", "trig", "jsonld", "rdfxml")
# name, target, aliases, usual file suffix; the RDF dumps take theirs from the RDF format table.
_FORMATS = (
    *((name, f"filmgraph.export.rdfdump:write_{name}", rdf_format(name).aliases, rdf_format(name).suffix)
      for name in _RDF_DUMPS),
    ("graphml", "filmgraph.export.graphml:write_graphml", ("application/graphml+xml",), ".graphml"),
    ("gexf", "filmgraph.export.gexf:write_gexf", (), ".gexf"),
    ("json", "filmgraph.export.nodelink:write_node_link", ("node-link", "d3"), ".json"),
    ("cytoscape", "filmgraph.export.cytoscape:write_cytoscape", ("cyjs", "cytoscape.js"), ".cyjs"),
    ("dot", "filmgraph.export.dot:write_dot", ("gv", "graphviz"), ".dot"),
    ("html", "filmgraph.export.html:write_html", ("htm", "text/html"), ".html"),
    ("svg", "filmgraph.export.picture:write_svg", ("image/svg+xml",), ".svg"),
    ("png", "filmgraph.export.picture:write_png", ("image/png",), ".png"),
)
#: The formats that draw the graph (a page or a picture): they refuse more than ``max_nodes``
#: nodes, :data:`MAX_DRAWN_NODES` unless told otherwise.
DRAWN_FORMATS = ("html", "png", "svg")
_SUFFIXES = {}
for _name, _target, _aliases, _suffix in _FORMATS:
    EXPORTERS.register(_name, _target, aliases=_aliases)
    _SUFFIXES[_name] = _suffix


def exporter_suffix(name: str) -> str:
    """The usual file suffix of an export format (``".ttl"`` for ``"turtle"`` or ``"ttl"``).

    Raises
    ------
    UnknownPluginError
        If no exporter has that name or alias.

    Examples
    --------
    >>> exporter_suffix("json-ld"), exporter_suffix("graphml")
    ('.jsonld', '.graphml')
    """
    return _SUFFIXES[EXPORTERS.canonical(name)]


def export(
    store: Backend,
    format: str,
    out: str | os.PathLike[str],
    *,
    around: str | None = None,
    depth: int = 2,
    relations: tuple[str, ...] | None = None,
    max_nodes: int | None = MAX_DRAWN_NODES,
) -> None:
    """Write ``store`` to ``out`` in the export format named ``format``.

    Parameters
    ----------
    store : Backend
        The store to export.
    format : str
        A name or alias from :data:`EXPORTERS` (``"turtle"``, ``"ttl"``, ``"graphml"``, ...).
    out : str or os.PathLike
        The file to write.
    around, depth, relations
        As for every exporter: export only the part of the graph within ``depth`` (default 2)
        hops of the film IRI ``around``, and only ``relations`` (default: all of :data:`RELATIONS`).
    max_nodes : int or None, optional
        For the formats of :data:`DRAWN_FORMATS`: refuse to draw a graph of more nodes than
        this (default :data:`MAX_DRAWN_NODES`; None: no limit). The other formats ignore it.

    Raises
    ------
    UnknownPluginError
        If ``format`` is not a registered export format.
    ExportError
        If the export fails: unknown relation, ``around`` not in the graph, too many nodes to
        draw, a missing optional dependency, or a file that cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.graphml"
    >>> export(sample_store(), "graphml", out, relations=("remakeOf", "influencedBy"))
    >>> nx.read_graphml(out).number_of_edges()
    4
    """
    if depth < 0:
        raise ExportError(f"depth must be 0 or more, not {depth}")
    drawing = {"max_nodes": max_nodes} if EXPORTERS.canonical(format) in DRAWN_FORMATS else {}
    EXPORTERS.get(format)(store, out, around=around, depth=depth, relations=relations, **drawing)
