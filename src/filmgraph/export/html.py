"""Export stage, HTML: one self-contained, interactive web page of the film graph.

The page inlines Cytoscape.js (vendored in ``vendor/cytoscape.min.js``, MIT licence in
``vendor/cytoscape.LICENSE``) and the graph as JSON, so it opens from disk and fetches nothing.
Films and people are coloured by type, edges by relation; a search box highlights titles and
names, checkboxes hide relations, and clicking a node lists its facts and the review sentence
behind each of its edges. ``#search=...&hide=castMember,writer&select=<IRI>`` in the address
opens the page in that state.

Once drawn, the page records what it did on ``<body>``: ``data-nodes``, ``data-edges``,
``data-visible-edges``, ``data-matches`` and ``data-ready="true"``; script errors are counted in
``data-errors`` and listed in the page, so a headless browser can check it.

The data sits in a ``<script type="application/json">`` block with every ``<``, ``>`` and ``&``
written as a JSON ``\\u`` escape, so no title can close the script tag; the page puts text into
the document only through ``textContent``.

>>> from filmgraph.export._sample import sample_graph
>>> page = generate_html(sample_graph())
>>> page.startswith("<!DOCTYPE html>"), "Matt <Turner>" in page, "Matt \\\\u003cTurner\\\\u003e" in page
(True, False, True)
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from ..errors import ExportError
from ..store.base import Backend
from ._common import DEFAULT_COLOUR, EDGE_COLOURS, NODE_COLOURS, drawn_graph, exporter
from .cytoscape import generate_cytoscape

__all__ = ["script_json", "generate_html", "write_html"]

_MARKERS = re.compile(r"@@(TITLE|DATA|LIBRARY)@@")
_UNSAFE_IN_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)


def script_json(value: object) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` element.

    Parameters
    ----------
    value : object
        Anything :func:`json.dumps` accepts.

    Returns
    -------
    str
        JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped as ``\\uXXXX``, which
        ``JSON.parse`` reads back unchanged.

    Examples
    --------
    >>> print(script_json({"title": "</script><b>"}))
    {"title":"\\u003c/script\\u003e\\u003cb\\u003e"}
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _library() -> str:
    try:
        code = resources.files("filmgraph.export").joinpath("vendor/cytoscape.min.js").read_text(encoding="utf-8")
    except OSError as error:
        raise ExportError(f"the vendored Cytoscape.js is missing from the package: {error}") from None
    if _UNSAFE_IN_SCRIPT.search(code):
        raise ExportError("the vendored Cytoscape.js contains '</script' or '<!--' and cannot be inlined")
    return code


def _template() -> str:
    try:
        return resources.files("filmgraph.export").joinpath("page.html").read_text(encoding="utf-8")
    except OSError as error:
        raise ExportError(f"the HTML page template is missing from the package: {error}") from None


def generate_html(graph: nx.MultiDiGraph, title: str = "filmgraph") -> str:
    """A complete, self-contained HTML page drawing ``graph``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    title : str, optional
        The page title (default ``"filmgraph"``); it is HTML-escaped.

    Returns
    -------
    str
        The page.

    Raises
    ------
    ExportError
        If the vendored library or the page template is missing.

    Examples
    --------
    >>> from filmgraph.export._sample import sample_graph
    >>> page = generate_html(sample_graph(), title="Remakes & <friends>")
    >>> "<title>Remakes &amp; &lt;friends&gt;</title>" in page, "cytoscape" in page
    (True, True)

    See Also
    --------
    write_html, filmgraph.export.cytoscape.generate_cytoscape
    """
    data = generate_cytoscape(graph)
    data["colours"] = {"nodes": NODE_COLOURS, "edges": EDGE_COLOURS, "other": DEFAULT_COLOUR}
    parts = {"TITLE": html.escape(title), "DATA": script_json(data), "LIBRARY": _library()}
    # One pass, so nothing inserted is scanned for markers again.
    return _MARKERS.sub(lambda match: parts[match.group(1)], _template())


@exporter("HTML", fails_if=("the vendored library or the page template is missing",), drawn=True)
def write_html(store: Backend, path: Path, *, around: str | None, depth: int,
               relations: tuple[str, ...] | None, max_nodes: int | None) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as an interactive page.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from filmgraph.export._sample import sample_store
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.html"
    >>> write_html(sample_store(), out)
    >>> "http://" in out.read_text().split("<script>", 1)[0]
    False

    See Also
    --------
    generate_html
    """
    graph = drawn_graph(store, around, depth, relations, max_nodes)
    title = "filmgraph" if around is None else f"filmgraph: around {graph.nodes[around].get('label', around)}"
    path.write_text(generate_html(graph, title=title), encoding="utf-8")
