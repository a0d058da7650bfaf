"""What every exporter shares: choosing the (sub)graph, flattening attributes, writing files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from ..errors import ExportError
from ..store.base import Backend
from .networkx import RELATIONS, around, to_networkx

__all__: list[str] = []

#: Node colours by type and edge colours by relation, shared by the DOT, SVG and HTML exports.
NODE_COLOURS = {"Film": "#4e79a7", "Person": "#f28e2b"}
EDGE_COLOURS = {
    "remakeOf": "#e15759",
    "influencedBy": "#76b7b2",
    "director": "#59a14f",
    "writer": "#edc948",
    "castMember": "#b07aa1",
}
DEFAULT_COLOUR = "#9c9c9c"


def export_graph(store: Backend, around_iri: str | None, depth: int, relations: Iterable[str] | None) -> nx.MultiDiGraph:
    """The graph an exporter writes: :func:`to_networkx`, cut to ``around_iri`` when given."""
    graph = to_networkx(store, relations=tuple(relations) if relations is not None else RELATIONS)
    if around_iri is not None:
        graph = around(graph, str(around_iri), depth)
    return graph


def scalar(value: object) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold: lists joined with "; ", None kept as None (dropped)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(item) for item in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    return str(value)


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all str, int, float or bool (None dropped)."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: v for k, v in ((k, scalar(v)) for k, v in data.items()) if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: x for k, x in ((k, scalar(x)) for k, x in data.items()) if x is not None})
    return flat


def write_output(out: str | os.PathLike[str], write: Callable[[Path], None], what: str) -> None:
    """Run ``write(path)``, turning any failure into an :class:`ExportError` naming the file."""
    path = Path(out)
    try:
        write(path)
    except ExportError:
        raise
    except OSError as error:
        raise ExportError(f"cannot write {what} to {path}: {error.strerror or error}") from None
    except Exception as error:  # a serialiser's own error: the export failed, say which and why
        raise ExportError(f"cannot write {what} to {path}: {type(error).__name__}: {error}") from None
