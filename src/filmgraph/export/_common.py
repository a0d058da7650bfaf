"""What every exporter shares: choosing the (sub)graph, flattening attributes, writing files.

A format module writes only what is its own: a function that puts the chosen graph (or the
store's quads) into a file. The decorators :func:`graph_exporter` and :func:`exporter` turn it
into an exporter with the signature :data:`~filmgraph.export.EXPORTERS` expects, much as
networkx's ``open_file`` does for paths: they choose the graph, open the path, turn failures
into :class:`~filmgraph.errors.ExportError`, and write the shared Parameters and Raises
sections of the docstring.
"""

from __future__ import annotations

import functools
import inspect
import os
import re
import textwrap
import typing
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


#: The Parameters section every exporter's docstring shares; :func:`exporter` puts it in.
_PARAMETERS = """\
Parameters
----------
store : Backend
    The store to export.
out : str or os.PathLike
    The file to write.
around : str or None, optional
    A film IRI: export only what lies within ``depth`` hops of it.
depth : int, optional
    Hops around ``around`` (default 2).
relations : tuple of str or None, optional
    Relations to export, by local name (default: all).
"""
#: Why every exporter can fail; a format adds its own reasons before the last one.
_FAILURES = ("a relation is unknown", "``around`` is not in the graph", "the store cannot be read",
             "the file cannot be written")
_FIRST_SECTION = re.compile(r"^( *)(Examples|See Also)\n\1-+$", re.MULTILINE)


def _exporter_doc(doc: str | None, fails_if: tuple[str, ...]) -> str | None:
    """``doc`` with the shared Parameters and Raises sections put in before its Examples.

    None stays None (docstrings are stripped under ``python -OO``).
    """
    if doc is None:
        return None
    section = _FIRST_SECTION.search(doc)
    if section is None:
        raise ValueError(f"an exporter's docstring needs an Examples or See Also section: {doc!r}")
    *reasons, last = (*_FAILURES[:-1], *fails_if, _FAILURES[-1])
    raises = textwrap.fill(f"If {', '.join(reasons)} or {last}.", 92, initial_indent="    ", subsequent_indent="    ")
    shared = f"{_PARAMETERS}\nRaises\n------\nExportError\n{raises}\n\n"
    return doc[:section.start()] + textwrap.indent(shared, section.group(1)) + doc[section.start():]


def exporter(what: str, fails_if: tuple[str, ...] = ()) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Decorator: make ``write(store, path, *, around, depth, relations)`` an exporter.

    The exporter takes ``(store, out, *, around=None, depth=2, relations=None)``, calls
    ``write`` with ``out`` as a :class:`~pathlib.Path`, and turns a failure into an
    :class:`ExportError` naming ``what`` (the format) and the file, as :func:`write_output`
    does. It keeps ``write``'s name and docstring; the docstring gets the shared Parameters and
    Raises sections, the latter with the format's own reasons ``fails_if`` to fail.
    """

    def decorate(write: Callable[..., None]) -> Callable[..., None]:
        def export_to(store: Backend, out: str | os.PathLike[str], *, around: str | None = None, depth: int = 2,
                      relations: tuple[str, ...] | None = None) -> None:
            write_output(out, lambda path: write(store, path, around=around, depth=depth, relations=relations), what)

        export_to.__signature__ = inspect.signature(export_to)  # type: ignore[attr-defined]
        # Resolved here: with __wrapped__ set, get_type_hints would look the names up in write's module.
        export_to.__annotations__ = typing.get_type_hints(export_to)
        functools.update_wrapper(export_to, write, assigned=("__module__", "__name__", "__qualname__"))
        export_to.__doc__ = _exporter_doc(write.__doc__, fails_if)
        return export_to

    return decorate


def graph_exporter(
    what: str, fails_if: tuple[str, ...] = ()
) -> Callable[[Callable[[nx.MultiDiGraph, Path], None]], Callable[..., None]]:
    """Decorator: make ``write(graph, path)`` an exporter of the film graph.

    As :func:`exporter`; ``graph`` is the store's film graph, cut to ``around``/``depth`` and
    ``relations`` by :func:`export_graph`.
    """

    def decorate(write: Callable[[nx.MultiDiGraph, Path], None]) -> Callable[..., None]:
        def write_graph(store: Backend, path: Path, *, around: str | None, depth: int,
                        relations: tuple[str, ...] | None) -> None:
            write(export_graph(store, around, depth, relations), path)

        functools.update_wrapper(write_graph, write, assigned=("__module__", "__name__", "__qualname__", "__doc__"))
        return exporter(what, fails_if)(write_graph)

    return decorate
