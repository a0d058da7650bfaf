"""Export stage, DOT: the film graph as a Graphviz ``digraph`` (render with ``dot -Tsvg``).

Films are blue boxes, people orange ellipses; edges are coloured and labelled by relation,
with the evidence sentence as tooltip. Written by a small writer here (no pydot/pygraphviz).

Every ID and attribute value is a double-quoted DOT string. Inside one, DOT only knows ``\\"``,
so a backslash right before the closing quote would swallow it. To stay safe, ``&`` is written
``&amp;`` and a backslash ``&#92;&#92;``: Graphviz decodes the entities, then reads the ``\\\\``
escape as one backslash. Quotes are written ``\\"`` and line breaks ``\\n``. Characters XML
forbids are replaced by U+FFFD first (Graphviz would copy them into the SVG it makes).

Tooltips are the exception: Graphviz expands ``\\G``, ``\\N``, ``\\E``, ``\\H``, ``\\T`` and
``\\L`` in them (to the graph's name, the node's, ...) and no escaping stops it, so
:func:`quote_tooltip` writes a backslash as U+29F5 (⧵, reverse solidus operator), which
looks the same.

>>> print(quote_id('Say "hi" \\\\'))
"Say \\"hi\\" &#92;&#92;"
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from ._common import DEFAULT_COLOUR, EDGE_COLOURS, NODE_COLOURS, graph_exporter, xml_text

__all__ = ["quote_id", "quote_tooltip", "generate_dot", "write_dot"]


def quote_id(text: object) -> str:
    """``text`` as a double-quoted DOT ID that no character can break out of.

    Parameters
    ----------
    text : object
        Any value; it is converted with ``str``.

    Returns
    -------
    str
        The quoted ID, quotes included.

    Examples
    --------
    >>> quote_id("a\\nb"), quote_id("R&D")
    ('"a\\\\nb"', '"R&amp;D"')

    See Also
    --------
    generate_dot
    """
    value = xml_text(str(text)).replace("&", "&amp;").replace("\\", "&#92;&#92;").replace('"', '\\"')
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{value}"'


def quote_tooltip(text: object) -> str:
    """``text`` as a double-quoted DOT string for a ``tooltip``, which Graphviz shows as it is.

    As :func:`quote_id`, with each backslash written as U+29F5, since Graphviz would expand
    ``\\N`` and the like in a tooltip whatever the escaping.

    Examples
    --------
    >>> quote_tooltip(r"C:\\Nope")
    '"C:\\u29f5Nope"'
    """
    return quote_id(str(text).replace("\\", "\u29f5"))


def _attributes(**attrs: object) -> str:
    quote = {"tooltip": quote_tooltip}
    return "[" + ", ".join(f"{name}={quote.get(name, quote_id)(value)}" for name, value in attrs.items()
                           if value is not None) + "]"


def _node_label(data: dict) -> str:
    label = str(data.get("label", ""))
    return f"{label} ({data['year']})" if data.get("year") is not None else label


def generate_dot(graph: nx.MultiDiGraph, name: str = "filmgraph") -> Iterator[str]:
    """The lines of a DOT ``digraph`` for ``graph``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    name : str, optional
        The graph's name (default ``"filmgraph"``).

    Returns
    -------
    iterator of str
        The lines, without line ends.

    Examples
    --------
    >>> lines = list(generate_dot(sample_graph()))
    >>> lines[0], lines[-1]
    ('digraph "filmgraph" {', '}')
    >>> [line.strip() for line in lines if "->" in line][0].split(" [")[0]
    '"https://w3id.org/filmgraph/id/film/dhamaka-2021" -> "https://w3id.org/filmgraph/id/film/terror-live-2013"'

    See Also
    --------
    write_dot, quote_id
    """
    yield f"digraph {quote_id(name)} {{"
    yield '  graph [rankdir="LR", fontname="Helvetica"];'
    yield '  node [style="filled", fontname="Helvetica", fontcolor="white"];'
    yield '  edge [fontname="Helvetica", fontsize="10"];'
    for node, data in graph.nodes(data=True):
        kind = data.get("type")
        attrs = _attributes(
            label=_node_label(data),
            shape="box" if kind == "Film" else "ellipse",
            fillcolor=NODE_COLOURS.get(kind or "", DEFAULT_COLOUR),
            tooltip=node,
        )
        yield f"  {quote_id(node)} {attrs};"
    for u, v, key, data in graph.edges(keys=True, data=True):
        label = key if not data.get("character") else f"{key}: {data['character']}"
        attrs = _attributes(label=label, color=EDGE_COLOURS.get(key, DEFAULT_COLOUR),
                            fontcolor=EDGE_COLOURS.get(key, DEFAULT_COLOUR), tooltip=data.get("evidence"))
        yield f"  {quote_id(u)} -> {quote_id(v)} {attrs};"
    yield "}"


@graph_exporter("DOT")
def write_dot(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as Graphviz DOT.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.dot"
    >>> write_dot(sample_store(), out, relations=("remakeOf",))
    >>> out.read_text().count(" -> ")
    3

    See Also
    --------
    generate_dot
    """
    path.write_text("\n".join(generate_dot(graph)) + "\n", encoding="utf-8")
