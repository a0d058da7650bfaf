"""Export stage, HTML: one self-contained, interactive web page of the film graph.

The page inlines Cytoscape.js (vendored in ``vendor/cytoscape.min.js``, MIT licence in
``vendor/cytoscape.LICENSE``) and the graph as JSON, so it opens from disk and fetches nothing.
Films (squares) and people (circles) are coloured by kind, with a legend, and edges by
relation; a search box highlights titles and names, checkboxes hide relations, and clicking a
node lists its facts, each with the review sentence behind it and the review's file and
reviewer. ``#search=...&hide=castMember,writer&select=<IRI>`` in the address opens the page in
that state. The page opens with labels at least 13 pixels high: when the whole graph would only
fit smaller, it opens on the part around the ``around`` film (or the node with most edges), and
"Show all" zooms out. Pages of more than ``max_nodes`` nodes are refused (see
:data:`~filmgraph.export.MAX_DRAWN_NODES`): ``filmgraph serve`` explores a graph of any size.

Once drawn, the page records what it did on ``<body>``: ``data-nodes``, ``data-edges``,
``data-visible-edges``, ``data-matches``, ``data-label-px`` (the height of labels on screen)
and ``data-ready="true"``; script errors are counted in ``data-errors`` and listed in the page,
so a headless browser can check it.

The data sits in a ``<script type="application/json">`` block with every ``<``, ``>`` and ``&``
written as a JSON ``\\u`` escape, so no title can close the script tag; the page puts text into
the document only through ``textContent``.

>>> page = generate_html(sample_graph())
>>> page.startswith("<!DOCTYPE html>"), "Matt <Turner>" in page, "Matt \\\\u003cTurner\\\\u003e" in page
(True, False, True)
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import networkx as nx

from ..errors import ExportError
from ..store.base import Backend
from ._common import DEFAULT_COLOUR, EDGE_COLOURS, NODE_COLOURS, drawn_graph, exporter
from .cytoscape import generate_cytoscape
from .networkx import _rows

__all__ = ["script_json", "review_sources", "generate_html", "write_html"]

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
        raise ExportError(f"the vendored Cytoscape.js is missing from the package: {error}") from error
    if _UNSAFE_IN_SCRIPT.search(code):
        raise ExportError("the vendored Cytoscape.js contains '</script' or '<!--' and cannot be inlined")
    return code


def _template() -> str:
    try:
        return resources.files("filmgraph.export").joinpath("page.html").read_text(encoding="utf-8")
    except OSError as error:
        raise ExportError(f"the HTML page template is missing from the package: {error}") from error


# The file and reviewer of each review named, from its own graph (the review's IRI names it).
# The characters SPARQL's IRIREF does not allow, and backslash (which starts a \\u escape).
_NOT_IN_IRIREF = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_REVIEWS_QUERY = """
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?review ?source ?name WHERE {
  VALUES ?review { %s }
  GRAPH ?review { ?review fg:source ?source . OPTIONAL { ?review fg:reviewer ?who . ?who rdfs:label ?name } }
}
"""


def review_sources(store: Backend, graph: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """The file and reviewer of every review behind an edge of ``graph``, by review IRI.

    Parameters
    ----------
    store : Backend
        The store ``graph`` was read from.
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.

    Returns
    -------
    dict
        ``{review IRI: {"file": ..., "reviewer": ...}}`` (``reviewer`` only when known). A graph
        that is not a review (a catalog) gets ``{"name": ...}``, the last part of its IRI.

    Raises
    ------
    ExportError
        If the store cannot be read.

    Examples
    --------
    >>> from filmgraph.export.networkx import to_networkx
    >>> store = sample_store()
    >>> sorted((r["file"], r.get("reviewer")) for r in review_sources(store, to_networkx(store)).values())
    [('dhamaka.txt', None), ('hard-hit-again.txt', None), ('hard-hit.txt', 'Ana Reyes'), ('retribution-2023.txt', None)]
    """
    edges: Iterable[tuple[str, str, list[str] | None]] = graph.edges(data="reviews")
    named = sorted({review for *_, reviews in edges for review in reviews or ()})
    # Only IRIs SPARQL can write between < and > go into the query (rdflib's store holds any
    # string as an IRI): the others, which no review graph has, keep their IRI as their name.
    asked = [iri for iri in named if not _NOT_IN_IRIREF.search(iri)]
    found: dict[str, dict[str, str]] = {}
    if asked:
        for review, source, name in _rows(store, _REVIEWS_QUERY % " ".join(f"<{iri}>" for iri in asked)):
            entry = found.setdefault(review, {"file": source})
            if name is not None and name < entry.get("reviewer", "\uffff"):  # the smallest, if there are several
                entry["reviewer"] = name
    for iri in named:
        found.setdefault(iri, {"name": iri.rstrip("/").rsplit("/", 1)[-1]})
    return found


def generate_html(graph: nx.MultiDiGraph, title: str = "filmgraph", *, reviews: dict[str, dict[str, str]] | None = None,
                  centre: str | None = None) -> str:
    """A complete, self-contained HTML page drawing ``graph``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    title : str, optional
        The page title (default ``"filmgraph"``); it is HTML-escaped.
    reviews : dict, optional
        :func:`review_sources` of the graph, so that facts name their review's file and
        reviewer; without it they show the review's IRI.
    centre : str, optional
        The node the page opens on when the whole graph is too large to show with readable
        labels (default: the node with the most edges).

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
    >>> page = generate_html(sample_graph(), title="Remakes & <friends>")
    >>> "<title>Remakes &amp; &lt;friends&gt;</title>" in page, "cytoscape" in page
    (True, True)

    See Also
    --------
    write_html, filmgraph.export.cytoscape.generate_cytoscape
    """
    data = generate_cytoscape(graph)
    data["colours"] = {"nodes": NODE_COLOURS, "edges": EDGE_COLOURS, "other": DEFAULT_COLOUR}
    data["reviews"] = reviews or {}
    data["centre"] = centre
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
    page = generate_html(graph, title=title, reviews=review_sources(store, graph), centre=around)
    path.write_text(page, encoding="utf-8")
