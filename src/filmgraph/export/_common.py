"""What every exporter shares: choosing the (sub)graph, flattening attributes, writing files.

A format module writes only what is its own: a function that puts the chosen graph (or the
store's quads) into a file. The decorators :func:`graph_exporter` and :func:`exporter` turn it
into an exporter with the signature :data:`~filmgraph.export.EXPORTERS` expects, much as
networkx's ``open_file`` does for paths: they choose the graph, open the path, turn failures
into :class:`~filmgraph.errors.ExportError`, and write the shared Parameters and Raises
sections of the docstring. For the drawn formats they also refuse a graph of more than
``max_nodes`` nodes (:func:`drawn_graph`).

Every XML format (GraphML, GEXF, SVG, RDF/XML; DOT too, whose SVG is XML) passes its text
through :func:`xml_text`, the one place that clears what XML forbids.
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

from ..errors import ExportError, shown_name
from ..relations import RELATIONS as RELATION_TABLE
from ..store.base import Backend
from .networkx import RELATIONS, around, to_networkx

__all__: list[str] = []

#: The characters XML 1.0 does not allow in a document (its ``Char`` production), as Python
#: strings can hold them: C0 controls other than tab, line feed and carriage return, the
#: surrogates (a Python string may hold them unpaired; UTF-8 cannot encode them) and the two
#: non-characters U+FFFE and U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD (the replacement
    character, so a reader sees something was there).

    One such character in a review sentence (a form feed, say) would make a whole GraphML,
    GEXF or SVG file unreadable: XML forbids them anywhere, even escaped. Every XML export
    passes its text through here; the usual ``&``/``<`` escaping is the writer's.

    >>> xml_text("Tom\\x0cand\\ufffeJerry\\x00"), xml_text("a\\tb\\nc"), xml_text("x\\ud800y")
    ('Tom\\ufffdand\\ufffdJerry\\ufffd', 'a\\tb\\nc', 'x\\ufffdy')
    """
    return XML_ILLEGAL.sub("\ufffd", text)


#: Node colours by type and edge colours by relation, shared by the DOT, SVG and HTML exports.
NODE_COLOURS = {"Film": "#4e79a7", "Person": "#f28e2b"}
EDGE_COLOURS = {info.name: info.colour for info in RELATION_TABLE}
DEFAULT_COLOUR = "#9c9c9c"


#: The most nodes a drawing (the HTML page, PNG, SVG) holds unless ``max_nodes`` says otherwise:
#: past a few hundred, labels cannot be read and the page or picture is a hairball.
MAX_DRAWN_NODES = 300


def export_graph(store: Backend, around_iri: str | None, depth: int, relations: Iterable[str] | None) -> nx.MultiDiGraph:
    """The graph an exporter writes: :func:`to_networkx`, cut to ``around_iri`` when given."""
    graph = to_networkx(store, relations=tuple(relations) if relations is not None else RELATIONS)
    if around_iri is not None:
        graph = around(graph, str(around_iri), depth)
    return graph


def drawn_graph(store: Backend, around_iri: str | None, depth: int, relations: Iterable[str] | None,
                max_nodes: int | None) -> nx.MultiDiGraph:
    """:func:`export_graph`, refused with an :class:`ExportError` saying how to cut it when it
    has more than ``max_nodes`` nodes (None: no limit)."""
    graph = export_graph(store, around_iri, depth, relations)
    count = graph.number_of_nodes()
    if max_nodes is None or count <= max_nodes:
        return graph
    if around_iri is None:
        where, cut = "the graph has", "draw the part around one film (--around TITLE --depth 1)"
    else:
        label = shown_name(graph.nodes[around_iri].get("label", around_iri))  # a title from a review, printed
        where, cut = f"the part within {depth} hops of {label} has", "draw fewer hops (--depth) or relations (--relations)"
    raise ExportError(f"{where} {count} nodes, too many to draw readably (the limit is {max_nodes}): {cut}, "
                      "explore the whole graph with 'filmgraph serve', or raise the limit (--max-nodes N)")


def scalar(value: object) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold: lists joined with "; ", None kept as None (dropped)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(item) for item in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    return str(value)


def _xml_scalar(value: object) -> str | int | float | bool | None:
    """:func:`scalar`, with any string made :func:`xml_text`."""
    value = scalar(value)
    return xml_text(value) if isinstance(value, str) else value


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` for the XML formats: every attribute a str, int, float or bool (None
    dropped), and every string, node and key included, cleared of the characters XML forbids."""
    flat: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(xml_text(node), **{k: v for k, v in ((k, _xml_scalar(v)) for k, v in data.items()) if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(xml_text(u), xml_text(v), key=key,
                      **{k: x for k, x in ((k, _xml_scalar(x)) for k, x in data.items()) if x is not None})
    return flat


def attribute_types(records: Iterable[dict[str, object]]) -> dict[str, type]:
    """The one type each attribute of ``records`` (flat attribute dicts) can be declared with.

    GraphML and GEXF declare an attribute's type once for all nodes (or edges): ``bool``,
    ``int`` or ``float`` when every value is one (ints with floats are floats), ``str``
    otherwise. Names are in order of first appearance.

    >>> attribute_types([{"year": 2021, "label": "A"}, {"year": 1999, "score": 1}, {"score": 0.5}])
    {'year': <class 'int'>, 'label': <class 'str'>, 'score': <class 'float'>}
    """
    kinds: dict[str, set[type]] = {}
    for record in records:
        for name, value in record.items():
            kinds.setdefault(name, set()).add(type(value))
    chosen: dict[str, type] = {}
    for name, found in kinds.items():
        if len(found) == 1 and next(iter(found)) in (bool, int, float):
            chosen[name] = next(iter(found))
        else:
            chosen[name] = float if found == {int, float} else str
    return chosen


def xml_value(value: object, kind: type) -> str:
    """``value`` written as an attribute of type ``kind`` (see :func:`attribute_types`).

    >>> xml_value(True, bool), xml_value(3, float), xml_value(0.25, float), xml_value(7, str)
    ('true', '3.0', '0.25', '7')
    """
    if kind is bool:
        return "true" if value else "false"
    if kind is float:
        return repr(float(value))  # type: ignore[arg-type]
    return str(value)


def write_output(out: str | os.PathLike[str], write: Callable[[Path], None], what: str) -> None:
    """Run ``write(path)``, turning any failure into an :class:`ExportError` naming the file."""
    path = Path(out)
    try:
        write(path)
    except ExportError:
        raise
    except OSError as error:
        raise ExportError(f"cannot write {what} to {path}: {error.strerror or error}") from error
    except Exception as error:  # a serialiser's own error: the export failed, say which and why
        raise ExportError(f"cannot write {what} to {path}: {type(error).__name__}: {error}") from error


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
#: What drawn formats add to :data:`_PARAMETERS`.
_MAX_NODES = """\
max_nodes : int or None, optional
    Refuse to draw more nodes than this (default :data:`MAX_DRAWN_NODES`); None draws any number.
"""
_TOO_MANY = "the graph has more than ``max_nodes`` nodes"
#: Why every exporter can fail; a format adds its own reasons before the last one.
_FAILURES = ("a relation is unknown", "``around`` is not in the graph", "the store cannot be read",
             "the file cannot be written")
_FIRST_SECTION = re.compile(r"^( *)(Examples|See Also)\n\1-+$", re.MULTILINE)


def _exporter_doc(doc: str | None, fails_if: tuple[str, ...], drawn: bool) -> str | None:
    """``doc`` with the shared Parameters and Raises sections put in before its Examples.

    None stays None (docstrings are stripped under ``python -OO``).
    """
    if doc is None:
        return None
    section = _FIRST_SECTION.search(doc)
    if section is None:
        raise ValueError(f"an exporter's docstring needs an Examples or See Also section: {doc!r}")
    too_many: tuple[str, ...] = (_TOO_MANY,) if drawn else ()
    *reasons, last = (*_FAILURES[:-1], *fails_if, *too_many, _FAILURES[-1])
    raises = textwrap.fill(f"If {', '.join(reasons)} or {last}.", 92, initial_indent="    ", subsequent_indent="    ")
    parameters = _PARAMETERS + (_MAX_NODES if drawn else "")
    shared = f"{parameters}\nRaises\n------\nExportError\n{raises}\n\n"
    return doc[:section.start()] + textwrap.indent(shared, section.group(1)) + doc[section.start():]


def exporter(what: str, fails_if: tuple[str, ...] = (), *,
             drawn: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Decorator: make ``write(store, path, *, around, depth, relations)`` an exporter.

    The exporter takes ``(store, out, *, around=None, depth=2, relations=None)``, calls
    ``write`` with ``out`` as a :class:`~pathlib.Path`, and turns a failure into an
    :class:`ExportError` naming ``what`` (the format) and the file, as :func:`write_output`
    does. It keeps ``write``'s name and docstring; the docstring gets the shared Parameters and
    Raises sections, the latter with the format's own reasons ``fails_if`` to fail.

    A ``drawn`` format (a picture or page) also takes ``max_nodes=MAX_DRAWN_NODES`` and passes
    it on to ``write``, which draws the graph of :func:`drawn_graph`.
    """

    def decorate(write: Callable[..., None]) -> Callable[..., None]:
        def export_drawn(store: Backend, out: str | os.PathLike[str], *, around: str | None = None, depth: int = 2,
                         relations: tuple[str, ...] | None = None, max_nodes: int | None = MAX_DRAWN_NODES) -> None:
            write_output(out, lambda path: write(store, path, around=around, depth=depth, relations=relations,
                                                 max_nodes=max_nodes), what)

        def export_plain(store: Backend, out: str | os.PathLike[str], *, around: str | None = None, depth: int = 2,
                         relations: tuple[str, ...] | None = None) -> None:
            write_output(out, lambda path: write(store, path, around=around, depth=depth, relations=relations), what)

        export_to: Callable[..., None] = export_drawn if drawn else export_plain

        export_to.__signature__ = inspect.signature(export_to)  # type: ignore[attr-defined]
        # Resolved here: with __wrapped__ set, get_type_hints would look the names up in write's module.
        export_to.__annotations__ = typing.get_type_hints(export_to)
        functools.update_wrapper(export_to, write, assigned=("__module__", "__name__", "__qualname__"))
        export_to.__doc__ = _exporter_doc(write.__doc__, fails_if, drawn)
        return export_to

    return decorate


def graph_exporter(
    what: str, fails_if: tuple[str, ...] = (), *, drawn: bool = False
) -> Callable[[Callable[[nx.MultiDiGraph, Path], None]], Callable[..., None]]:
    """Decorator: make ``write(graph, path)`` an exporter of the film graph.

    As :func:`exporter`; ``graph`` is the store's film graph, cut to ``around``/``depth`` and
    ``relations`` by :func:`export_graph` (:func:`drawn_graph` for a ``drawn`` format).
    """

    def decorate(write: Callable[[nx.MultiDiGraph, Path], None]) -> Callable[..., None]:
        def write_drawn(store: Backend, path: Path, *, around: str | None, depth: int,
                        relations: tuple[str, ...] | None, max_nodes: int | None) -> None:
            write(drawn_graph(store, around, depth, relations, max_nodes), path)

        def write_plain(store: Backend, path: Path, *, around: str | None, depth: int,
                        relations: tuple[str, ...] | None) -> None:
            write(export_graph(store, around, depth, relations), path)

        write_graph: Callable[..., None] = write_drawn if drawn else write_plain

        functools.update_wrapper(write_graph, write, assigned=("__module__", "__name__", "__qualname__", "__doc__"))
        return exporter(what, fails_if, drawn=drawn)(write_graph)

    return decorate
