"""Export stage, pictures: a drawing of the film graph (or a part of it) as SVG or PNG.

For reports and slides, not for exploring (use the HTML export for that). Both formats share
one deterministic layout: a force-directed (Fruchterman-Reingold) layout written here in plain
Python, seeded, so the same graph gives the same picture. Drawing a large graph is slow and
unreadable, so pictures are limited to :data:`MAX_PICTURE_NODES` nodes: cut the graph with
``around`` first.

SVG is written by this module, with no dependency; every text is XML-escaped. PNG needs
matplotlib, an optional extra (``pip install 'filmgraph[pictures]'``); without it
:func:`write_png` raises :class:`~filmgraph.errors.ExportError` saying so.

>>> from filmgraph.export._sample import sample_graph
>>> svg = generate_svg(sample_graph())
>>> svg.startswith("<svg"), svg.count("data-iri="), "Matt &lt;Turner&gt;" in svg
(True, 9, True)
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ..errors import ExportError
from ._common import DEFAULT_COLOUR, EDGE_COLOURS, NODE_COLOURS, graph_exporter

__all__ = ["MAX_PICTURE_NODES", "layout", "generate_svg", "write_svg", "write_png"]

#: The most nodes a picture may have.
MAX_PICTURE_NODES = 400
_TOO_MANY = "the graph has more than :data:`MAX_PICTURE_NODES` nodes"


def layout(graph: nx.MultiDiGraph, *, seed: int = 0, iterations: int = 80) -> dict[str, tuple[float, float]]:
    """Positions in the unit square for the nodes of ``graph``, by a seeded force layout.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph to lay out (edge direction and multiplicity are ignored).
    seed : int, optional
        Seed of the starting positions (default 0): the same seed gives the same layout.
    iterations : int, optional
        Rounds of the force simulation (default 80).

    Returns
    -------
    dict
        ``{node: (x, y)}`` with ``0 <= x, y <= 1``.

    Raises
    ------
    ExportError
        If the graph has more than :data:`MAX_PICTURE_NODES` nodes.

    Examples
    --------
    >>> from filmgraph.export._sample import sample_graph
    >>> positions = layout(sample_graph())
    >>> len(positions), all(0 <= x <= 1 and 0 <= y <= 1 for x, y in positions.values())
    (9, True)
    >>> positions == layout(sample_graph())
    True
    """
    nodes = sorted(graph)
    count = len(nodes)
    if count > MAX_PICTURE_NODES:
        raise ExportError(f"the graph has {count} nodes, too many to draw (the limit is {MAX_PICTURE_NODES}); "
                          "draw the part around one film instead (--around)")
    if count == 0:
        return {}
    if count == 1:
        return {nodes[0]: (0.5, 0.5)}
    rng = random.Random(seed)
    pos = {node: [rng.random(), rng.random()] for node in nodes}
    index = {node: i for i, node in enumerate(nodes)}
    links = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    k = math.sqrt(1.0 / count)
    temperature = 0.1
    cool = temperature / (iterations + 1)
    points = [pos[node] for node in nodes]
    for _ in range(iterations):
        shift = [[0.0, 0.0] for _ in nodes]
        for i in range(count):
            xi, yi = points[i]
            for j in range(i + 1, count):
                dx, dy = xi - points[j][0], yi - points[j][1]
                distance2 = max(dx * dx + dy * dy, 1e-6)
                force = k * k / distance2  # repulsion k^2/d, applied along (dx, dy)/d
                shift[i][0] += dx * force
                shift[i][1] += dy * force
                shift[j][0] -= dx * force
                shift[j][1] -= dy * force
        for i, j in links:
            dx, dy = points[i][0] - points[j][0], points[i][1] - points[j][1]
            distance = max(math.hypot(dx, dy), 1e-3)
            force = distance / k  # attraction d^2/k, along (dx, dy)/d
            shift[i][0] -= dx * force
            shift[i][1] -= dy * force
            shift[j][0] += dx * force
            shift[j][1] += dy * force
        for i in range(count):
            length = max(math.hypot(*shift[i]), 1e-9)
            step = min(length, temperature)
            points[i][0] += shift[i][0] / length * step
            points[i][1] += shift[i][1] / length * step
        temperature -= cool
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    x0 = min(xs) - (span - (max(xs) - min(xs))) / 2
    y0 = min(ys) - (span - (max(ys) - min(ys))) / 2
    return {node: ((p[0] - x0) / span, (p[1] - y0) / span) for node, p in zip(nodes, points)}


def _label(data: dict) -> str:
    label = str(data.get("label", ""))
    return f"{label} ({data['year']})" if data.get("year") is not None else label


_RADIUS = 7.0


def generate_svg(graph: nx.MultiDiGraph, *, size: int = 900, title: str = "filmgraph") -> str:
    """An SVG drawing of ``graph``: coloured nodes with labels, arrows coloured by relation.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    size : int, optional
        Width and height of the drawing area in pixels (default 900).
    title : str, optional
        The picture's ``<title>`` (default ``"filmgraph"``).

    Returns
    -------
    str
        A standalone SVG document; hovering a node shows its IRI, an edge its evidence.

    Raises
    ------
    ExportError
        If the graph has more than :data:`MAX_PICTURE_NODES` nodes.

    Examples
    --------
    >>> from filmgraph.export._sample import sample_graph
    >>> svg = generate_svg(sample_graph(), title="a < b")
    >>> "<title>a &lt; b</title>" in svg, svg.count("<line")
    (True, 8)

    See Also
    --------
    write_svg, layout
    """
    positions = layout(graph)
    margin, legend = 90, 24
    width, height = size + 2 * margin, size + 2 * margin + legend

    def at(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return margin + x * size, legend + margin + y * size

    relations = sorted({key for _, _, key in graph.edges(keys=True)})
    markers = {relation: f"arrow-{i}" for i, relation in enumerate(relations)}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
        "<defs>",
    ]
    for relation, marker in markers.items():
        colour = EDGE_COLOURS.get(relation, DEFAULT_COLOUR)
        out.append(f'<marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
                   f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    out += ["</defs>", f'<rect width="{width}" height="{height}" fill="white"/>', '<g class="legend">']
    x = 10.0
    for kind, colour in NODE_COLOURS.items():
        out.append(f'<circle cx="{x + 5}" cy="14" r="5" fill="{colour}"/><text x="{x + 14}" y="18">{escape(kind)}</text>')
        x += 70
    for relation in relations:
        colour = EDGE_COLOURS.get(relation, DEFAULT_COLOUR)
        out.append(f'<rect x="{x}" y="9" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x + 14}" y="18">{escape(relation)}</text>')
        x += 20 + 7 * len(relation)
    out += ["</g>", '<g class="edges">']
    for u, v, key, data in graph.edges(keys=True, data=True):
        (x1, y1), (x2, y2) = at(u), at(v)
        distance = math.hypot(x2 - x1, y2 - y1)
        if distance < 2 * _RADIUS:
            continue
        ux, uy = (x2 - x1) / distance, (y2 - y1) / distance
        x1, y1, x2, y2 = x1 + ux * _RADIUS, y1 + uy * _RADIUS, x2 - ux * _RADIUS, y2 - uy * _RADIUS
        colour = EDGE_COLOURS.get(key, DEFAULT_COLOUR)
        tip = f"{key}: {data['evidence']}" if data.get("evidence") else key
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                   f'stroke-width="1.5" marker-end="url(#{markers[key]})"><title>{escape(tip)}</title></line>')
    out += ["</g>", '<g class="nodes">']
    for node, data in graph.nodes(data=True):
        cx, cy = at(node)
        colour = NODE_COLOURS.get(data.get("type"), DEFAULT_COLOUR)
        out.append(f'<g><title>{escape(node)}</title><circle cx="{cx:.1f}" cy="{cy:.1f}" r="{_RADIUS}" fill="{colour}" '
                   f'stroke="white"/><text x="{cx:.1f}" y="{cy + _RADIUS + 11:.1f}" text-anchor="middle" '
                   f'data-iri={quoteattr(node)}>{escape(_label(data))}</text></g>')
    out += ["</g>", "</svg>"]
    return "\n".join(out) + "\n"


@graph_exporter("SVG", fails_if=(_TOO_MANY,))
def write_svg(graph: nx.MultiDiGraph, path: Path) -> None:
    """Draw the film graph of ``store`` (or the part ``around`` a film) as an SVG file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import xml.etree.ElementTree as ET
    >>> from filmgraph.export._sample import sample_store
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.svg"
    >>> write_svg(sample_store(), out)
    >>> ET.parse(out).getroot().tag
    '{http://www.w3.org/2000/svg}svg'

    See Also
    --------
    generate_svg, write_png
    """
    path.write_text(generate_svg(graph), encoding="utf-8")


@graph_exporter("PNG", fails_if=("matplotlib is not installed", _TOO_MANY))
def write_png(graph: nx.MultiDiGraph, path: Path) -> None:
    """Draw the film graph of ``store`` (or the part ``around`` a film) as a PNG file.

    Needs matplotlib (the ``pictures`` extra).

    See Also
    --------
    write_svg
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ExportError("PNG export needs matplotlib, which is not installed: "
                          "pip install 'filmgraph[pictures]' (or export SVG, which needs nothing)") from None
    positions = layout(graph)
    figure = Figure(figsize=(10, 10))
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.02, 0.02, 0.96, 0.96))
    axes.set_axis_off()
    axes.set_xlim(-0.1, 1.1)
    axes.set_ylim(1.1, -0.1)  # y grows downwards, as in the SVG
    for u, v, key in graph.edges(keys=True):
        colour = EDGE_COLOURS.get(key, DEFAULT_COLOUR)
        axes.annotate("", xy=positions[v], xytext=positions[u],
                      arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2, "shrinkA": 6, "shrinkB": 6})
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        axes.scatter([x], [y], s=80, c=NODE_COLOURS.get(data.get("type"), DEFAULT_COLOUR), zorder=3,
                     edgecolors="white")
        axes.text(x, y + 0.025, _label(data), ha="center", va="top", fontsize=7, zorder=4)
    handles = [axes.plot([], [], color=colour, label=relation)[0] for relation, colour in EDGE_COLOURS.items()
               if any(k == relation for _, _, k in graph.edges(keys=True))]
    if handles:
        axes.legend(handles=handles, loc="upper left", fontsize=7, frameon=False)
    figure.savefig(path, format="png", dpi=150)
