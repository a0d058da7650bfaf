"""Export stage, pictures: a drawing of the film graph (or a part of it) as SVG or PNG.

For reports and slides, not for exploring (the HTML export and ``filmgraph serve`` are for
that). Both formats draw one scene, laid out here with no randomness, so the same graph gives
the same picture:

1. Each connected part is laid out by stress majorization: nodes are placed so that their
   distance on the page follows the number of hops between them, which keeps a node off the
   edges between its neighbours (a film influencing two films of a remake pair sits beside
   the pair, not on the edge between them). It starts from classical multidimensional scaling
   of distances to a few pivot nodes, so no random start is needed.
2. Each label goes on the side of its node that the node's edges leave free. Then nodes are
   pushed apart until no node-and-label box overlaps another and no edge crosses a box of a node
   it does not join.
3. Edges between the same two nodes bend apart as arcs; the parts are packed in rows, the
   largest first, under a legend of node kinds and relations.

Drawing more than :data:`~filmgraph.export._common.MAX_DRAWN_NODES` nodes is refused unless
``max_nodes`` allows it: cut the graph with ``around`` first.

SVG is written by this module, with no dependency; every text is XML-escaped and cleared of the
characters XML forbids. PNG needs matplotlib, an optional extra (``pip install
'filmgraph[pictures]'``); without it :func:`write_png` raises
:class:`~filmgraph.errors.ExportError` saying so. Its text is never read as mathtext, so a
title like ``$x^2$`` is drawn as written.

>>> svg = generate_svg(sample_graph())
>>> svg.startswith("<svg"), svg.count("data-iri="), "Matt &lt;Turner&gt;" in svg
(True, 9, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx
import numpy as np

from ..errors import ExportError
from ._common import DEFAULT_COLOUR, EDGE_COLOURS, NODE_COLOURS, graph_exporter, xml_text

__all__ = ["layout", "generate_svg", "write_svg", "write_png"]

_FONT = 12.0  # label font size, px
_ADVANCE = 0.6  # the width of an average character, in font sizes (Helvetica, DejaVu Sans)
_LINE = 1.3 * _FONT  # the height of a label
_RADIUS = 7.0  # of a node
_UNIT = 90.0  # px per hop, before the boxes push nodes apart
_GAP = 10.0  # px kept free around a node and its label
_ARC = 24.0  # px between two edges joining the same nodes, at their middle
_PART_GAP = 40.0  # px between connected parts
_MARGIN = 20.0
_PIVOTS = 50  # distances to this many nodes start the layout of a part
_FULL_STRESS = 600  # parts up to this size get full stress majorization (an n x n inverse)
_SCALES, _SCALE_STEP = 12, 1.12  # the layout may grow up to 1.12^11 (3.5) times to make room for labels
_ROUNDS = 40  # at most, of pushing boxes apart
_STROKE = 2.0  # edge width, px
_LONGEST = 150  # characters of a label drawn (past any real title); hovering a node in the SVG shows all

# Where a label may go, in order of preference, and how its text is anchored there: the
# label's rectangle is placed against the node's square (see _label_rects).
_PLACES = ("below", "right", "left", "above", "below-right", "below-left", "above-right", "above-left")
_ANCHORS = ("middle", "start", "end", "middle", "start", "end", "start", "end")


@dataclass(frozen=True)
class _Node:
    iri: str
    kind: str | None
    label: str  # as drawn: shortened
    full_label: str
    x: float
    y: float
    text_x: float
    text_y: float
    anchor: str  # "start", "middle" or "end"


@dataclass(frozen=True)
class _Edge:
    source: str
    target: str
    relation: str
    tip: str
    start: tuple[float, float]
    control: tuple[float, float]
    end: tuple[float, float]


@dataclass(frozen=True)
class _Scene:
    width: float
    height: float
    nodes: list[_Node]
    edges: list[_Edge]
    legend: list[tuple[str, str, float]]  # ("node" or "edge", name, x), on one line at the top


def _label(data: dict) -> str:
    label = str(data.get("label", ""))
    return f"{label} ({data['year']})" if data.get("year") is not None else label


def _shortened(label: str) -> str:
    """``label``, cut to :data:`_LONGEST` characters with an ellipsis: a title thousands of
    characters long would otherwise make the picture thousands of times wider."""
    return label if len(label) <= _LONGEST else label[:_LONGEST - 1].rstrip() + "\u2026"


def _text_width(text: str) -> float:
    return len(text) * _ADVANCE * _FONT


# -- 1. stress layout of one connected part ---------------------------------------------------

def _hops(part: nx.Graph, nodes: list[str], sources: list[str]) -> np.ndarray:
    """Hops from each of ``sources`` (rows) to each of ``nodes`` (columns) in the connected ``part``."""
    index = {node: i for i, node in enumerate(nodes)}
    rows = np.zeros((len(sources), len(nodes)))
    for row, source in zip(rows, sources):
        for node, hops in nx.single_source_shortest_path_length(part, source).items():
            row[index[node]] = hops
    return rows


def _stress(part: nx.Graph, nodes: list[str]) -> np.ndarray:
    """Positions (one row per node of ``nodes``) of the connected ``part``, about one unit per hop."""
    count = len(nodes)
    if count == 1:
        return np.zeros((1, 2))
    full = _hops(part, nodes, nodes) if count <= _FULL_STRESS else None
    # Pivots chosen max-min: each the node farthest from those chosen so far.
    pivots = [0]
    rows = [full[0] if full is not None else _hops(part, nodes, [nodes[0]])[0]]
    nearest = rows[0].copy()
    while len(pivots) < min(count, _PIVOTS) and nearest.max() > 0:
        pivots.append(int(np.argmax(nearest)))
        rows.append(full[pivots[-1]] if full is not None else _hops(part, nodes, [nodes[pivots[-1]]])[0])
        nearest = np.minimum(nearest, rows[-1])
    squared = np.array(rows).T ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()
    u, s, _ = np.linalg.svd(-0.5 * centred, full_matrices=False)
    positions = u[:, :2] * s[:2] if s.size > 1 else np.column_stack([u[:, 0] * s[0], np.zeros(count)])
    # A small deterministic tilt, so that a part MDS puts on a line can still unfold.
    positions = positions + 1e-3 * np.column_stack([np.cos(np.arange(count)), np.sin(np.arange(count))])
    return positions if full is None else _majorize(full, positions)


def _majorize(hops: np.ndarray, positions: np.ndarray, rounds: int = 200) -> np.ndarray:
    """Weighted stress majorization (SMACOF, weights hops^-2) from ``positions``."""
    count = len(hops)
    weights = np.zeros_like(hops)
    apart = hops > 0
    weights[apart] = hops[apart] ** -2.0
    laplacian = -weights
    laplacian[np.diag_indices(count)] = weights.sum(axis=1)
    # The Laplacian's pseudo-inverse, from the inverse of its (invertible) shift by 1/n.
    inverse = np.linalg.inv(laplacian + 1.0 / count) - 1.0 / count
    for _ in range(rounds):
        distances = np.sqrt(((positions[:, None, :] - positions[None, :, :]) ** 2).sum(axis=-1))
        ratio = np.divide(weights * hops, distances, out=np.zeros_like(hops), where=distances > 1e-9)
        b = -ratio
        b[np.diag_indices(count)] = ratio.sum(axis=1)
        moved = inverse @ (b @ positions)
        if np.abs(moved - positions).max() < 1e-4:
            return moved
        positions = moved
    return positions


# -- 2. labels on free sides, boxes pushed apart ----------------------------------------------

def _label_rects(widths: np.ndarray) -> np.ndarray:
    """Each node's label rectangle (x0, y0, x1, y1) relative to its centre, in every place of
    _PLACES: shape (nodes, places, 4)."""
    w, r, h = widths, _RADIUS, _LINE
    half, pad = widths / 2, _RADIUS + 3
    zero = np.zeros_like(widths)
    rects = [
        (-half, zero + pad, half, zero + pad + h),  # below
        (zero + pad, zero - h / 2, pad + w, zero + h / 2),  # right
        (-pad - w, zero - h / 2, zero - pad, zero + h / 2),  # left
        (-half, zero - pad - h, half, zero - pad),  # above
        (zero + r, zero + r, r + w, zero + r + h),  # below-right
        (-r - w, zero + r, zero - r, zero + r + h),  # below-left
        (zero + r, zero - r - h, r + w, zero - r),  # above-right
        (-r - w, zero - r - h, zero - r, zero - r),  # above-left
    ]
    return np.stack([np.stack(rect, axis=-1) for rect in rects], axis=1)


def _crosses(start: np.ndarray, end: np.ndarray, rects: np.ndarray) -> np.ndarray:
    """Whether each segment start-end passes through its rectangle (Liang-Barsky clipping);
    the arrays broadcast, points on the last axis (2), rectangles (x0, y0, x1, y1)."""
    delta = end - start
    low = np.zeros(np.broadcast_shapes(delta.shape[:-1], rects.shape[:-1]))  # of the part inside, as t in [0, 1]
    high = np.ones_like(low)
    outside = np.zeros_like(low, dtype=bool)
    for axis in (0, 1):
        for p, q in ((-delta[..., axis], start[..., axis] - rects[..., axis]),
                     (delta[..., axis], rects[..., axis + 2] - start[..., axis])):
            p, q = np.broadcast_to(p, low.shape), np.broadcast_to(q, low.shape)
            parallel = p == 0
            outside |= parallel & (q < 0)
            ratio = np.divide(q, p, out=np.zeros_like(low), where=~parallel)
            low = np.where(~parallel & (p < 0), np.maximum(low, ratio), low)
            high = np.where(~parallel & (p > 0), np.minimum(high, ratio), high)
    return ~outside & (low <= high)


def _places(positions: np.ndarray, ends: np.ndarray, rects: np.ndarray) -> np.ndarray:
    """For each node, the place (an index into _PLACES) of its label that the fewest of its own
    edges cross; ties go to the earlier place."""
    penalty = np.zeros(rects.shape[:2])
    if len(ends):
        for a, b in ((0, 1), (1, 0)):
            node = ends[:, a]
            start = positions[node][:, None, :]
            crossing = _crosses(start, positions[ends[:, b]][:, None, :], rects[node] + np.tile(start, 2))
            np.add.at(penalty, node, crossing)
    return np.argmin(penalty + 0.01 * np.arange(len(_PLACES)), axis=1)


def _boxes(rects: np.ndarray, places: np.ndarray) -> np.ndarray:
    """Each node's box (x0, y0, x1, y1) relative to its centre: its square and its label."""
    label = rects[np.arange(len(places)), places]
    return np.column_stack([np.minimum(label[:, :2], -_RADIUS), np.maximum(label[:, 2:], _RADIUS)])


def _conflicts(positions: np.ndarray, ends: np.ndarray, boxes: np.ndarray,
               incident: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """What is wrong with a drawing: which boxes overlap which (nodes x nodes) and which edges
    cross the box of a node they do not join (nodes x edges); with the padded boxes' corners
    and how far each pair of boxes overlaps on each axis."""
    low = positions + boxes[:, :2] - _GAP / 2
    high = positions + boxes[:, 2:] + _GAP / 2
    overlap = np.minimum(high[:, None], high[None]) - np.maximum(low[:, None], low[None])
    clash = (overlap[..., 0] > 0) & (overlap[..., 1] > 0)
    np.fill_diagonal(clash, False)
    crossed = np.zeros(incident.shape, dtype=bool)
    if len(ends):
        crossed = _crosses(positions[ends[:, 0]][None], positions[ends[:, 1]][None],
                           np.column_stack([low, high])[:, None]) & ~incident
    return clash, crossed, low, high, overlap


def _spread(positions: np.ndarray, ends: np.ndarray, rects: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Make room for the labels: returns positions (px) and each node's label place.

    First the whole layout is scaled up, by the least factor at which no boxes overlap and no
    edge crosses the box of a node it does not join (boxes keep their size, so this keeps the
    layout's shape). What is left is pushed apart locally: overlapping boxes move apart along
    the axis they overlap least on; a node whose box an edge crosses moves off the edge's line,
    and the edge's ends move the other way a little.
    """
    count = len(positions)
    incident = np.zeros((count, len(ends)), dtype=bool)
    if len(ends):
        incident[ends[:, 0], np.arange(len(ends))] = True
        incident[ends[:, 1], np.arange(len(ends))] = True
    best = None
    for step in range(_SCALES):
        scaled = positions * _SCALE_STEP ** step
        places = _places(scaled, ends, rects)
        clash, crossed, *_ = _conflicts(scaled, ends, _boxes(rects, places), incident)
        left = int(clash.sum()) // 2 + int(crossed.sum())
        if best is None or left < best[0]:
            best = (left, scaled, places)
        if left == 0:
            break
    assert best is not None  # _SCALES > 0: the loop ran
    _, positions, places = best
    boxes = _boxes(rects, places)
    order = np.arange(count)
    tie = np.where(order[:, None] >= order[None, :], 1.0, -1.0)  # who goes which way when centred alike
    for _ in range(_ROUNDS):
        clash, crossed, low, high, overlap = _conflicts(positions, ends, boxes, incident)
        if not clash.any() and not crossed.any():
            break
        centres, half = (low + high) / 2, (high - low) / 2
        move = np.zeros_like(positions)
        if clash.any():
            delta = centres[:, None] - centres[None]
            sign = np.where(delta != 0, np.sign(delta), tie[..., None])
            across = overlap[..., 0] < overlap[..., 1]
            move[:, 0] += np.where(clash & across, overlap[..., 0] / 2 * sign[..., 0], 0).sum(axis=1)
            move[:, 1] += np.where(clash & ~across, overlap[..., 1] / 2 * sign[..., 1], 0).sum(axis=1)
        if crossed.any():
            start, vector = positions[ends[:, 0]], positions[ends[:, 1]] - positions[ends[:, 0]]
            normal = np.column_stack([-vector[:, 1], vector[:, 0]]) / np.maximum(
                np.linalg.norm(vector, axis=1), 1e-9)[:, None]
            offset = ((centres[:, None] - start[None]) * normal[None]).sum(axis=-1)  # from the edge's line
            reach = (half[:, None] * np.abs(normal[None])).sum(axis=-1)
            push = np.where(crossed, (reach - np.abs(offset)) * np.where(offset >= 0, 1.0, -1.0), 0)
            move += 0.6 * (push[..., None] * normal[None]).sum(axis=1)
            back = -0.2 * (push[..., None] * normal[None]).sum(axis=0)  # per edge
            np.add.at(move, ends[:, 0], back)
            np.add.at(move, ends[:, 1], back)
        positions = positions + 0.6 * move
    return positions, places


# -- 3. the scene -----------------------------------------------------------------------------

def _text_at(rect: np.ndarray, place: int, x: float, y: float) -> tuple[float, float, str]:
    """Where a label's text starts (its baseline) in its rectangle, and how it is anchored."""
    anchor = _ANCHORS[place]
    left, top, right, _ = rect
    along = {"start": left, "middle": (left + right) / 2, "end": right}[anchor]
    return x + float(along), y + float(top) + 0.95 * _FONT, anchor


def _pack(parts: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
    """Shift each part's (positions, boxes) into rows, largest first; returns the shifts."""
    if not parts:
        return []
    extents = []
    for positions, boxes in parts:
        low = (positions + boxes[:, :2]).min(axis=0)
        high = (positions + boxes[:, 2:]).max(axis=0)
        extents.append((low, high - low))
    area = sum(float(size[0] * size[1]) for _, size in extents)
    row_width = max(max(float(size[0]) for _, size in extents), 1.4 * area ** 0.5)
    shifts: list[np.ndarray] = [np.zeros(2)] * len(parts)
    x = y = row_height = 0.0
    for i in sorted(range(len(parts)), key=lambda i: -float(extents[i][1][0] * extents[i][1][1])):
        low, size = extents[i]
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height + _PART_GAP, 0.0
        shifts[i] = np.array([x, y]) - low
        x += float(size[0]) + _PART_GAP
        row_height = max(row_height, float(size[1]))
    return shifts


def _edge_curves(graph: nx.MultiDiGraph, at: dict[str, np.ndarray]) -> list[_Edge]:
    """Each edge as a quadratic curve from node border to node border; edges joining the same
    two nodes bend apart, the others are straight."""
    groups: dict[tuple[str, str], list[tuple[str, str, str, dict]]] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u != v:  # a node's fact about itself has nowhere to be drawn
            groups.setdefault((min(u, v), max(u, v)), []).append((u, v, key, data))
    edges = []
    for (a, b), group in groups.items():
        axis = at[b] - at[a]
        length = max(float(np.linalg.norm(axis)), 1e-9)
        normal = np.array([-axis[1], axis[0]]) / length
        for i, (u, v, key, data) in enumerate(group):
            bend = (i - (len(group) - 1) / 2) * _ARC
            control = (at[u] + at[v]) / 2 + 2 * bend * normal  # a quadratic curve peaks halfway to it
            start = at[u] + _RADIUS * _unit(control - at[u])
            end = at[v] + (_RADIUS + 1) * _unit(control - at[v])
            tip = f"{key}: {data['evidence']}" if data.get("evidence") else key
            edges.append(_Edge(u, v, key, tip, tuple(start), tuple(control), tuple(end)))
    return edges


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def _scene(graph: nx.MultiDiGraph) -> _Scene:
    """The drawing of ``graph``: where every node, label and edge goes, in px."""
    nodes = sorted(graph)
    labels = {node: _shortened(xml_text(_label(graph.nodes[node]))) for node in nodes}
    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    parts = sorted((sorted(part) for part in nx.connected_components(simple)), key=lambda part: (-len(part), part[0]))
    placed = []
    for part in parts:
        index = {node: i for i, node in enumerate(part)}
        graph_of_part = simple.subgraph(part).copy()  # a copy: searching a subgraph view is slow
        ends = np.array([(index[u], index[v]) for u, v in graph_of_part.edges()], dtype=int).reshape(-1, 2)
        positions = _stress(graph_of_part, part) * _UNIT
        if len(ends):  # one hop is _UNIT px on average
            positions *= 1.0 / max(float(np.linalg.norm(positions[ends[:, 0]] - positions[ends[:, 1]], axis=1).mean()
                                         / _UNIT), 1e-9)
        rects = _label_rects(np.array([_text_width(labels[node]) for node in part]))
        positions, places = _spread(positions, ends, rects)
        placed.append((part, positions, places, rects, _boxes(rects, places)))
    shifts = _pack([(positions, boxes) for _, positions, _, _, boxes in placed])

    relations = sorted({key for _, _, key in graph.edges(keys=True)})
    present = {attrs.get("type") for _, attrs in graph.nodes(data=True)}
    kinds = [kind for kind in NODE_COLOURS if kind in present]
    legend, x = [], _MARGIN
    for what, name in [*(("node", kind) for kind in kinds), *(("edge", relation) for relation in relations)]:
        legend.append((what, name, x))
        x += 24 + _text_width(name) + 16
    top = _MARGIN + (2.5 * _FONT if legend else 0.0)

    at: dict[str, np.ndarray] = {}
    drawn: list[_Node] = []
    for (part, positions, places, rects, _), shift in zip(placed, shifts):
        for node, position, place, rect in zip(part, positions + shift + np.array([_MARGIN, top]), places, rects):
            at[node] = position
            x_text, y_text, anchor = _text_at(rect[place], int(place), *map(float, position))
            data = graph.nodes[node]
            drawn.append(_Node(node, data.get("type"), labels[node], xml_text(_label(data)), float(position[0]),
                               float(position[1]), x_text, y_text, anchor))
    far = [(positions + shift + boxes[:, 2:]).max(axis=0) for (_, positions, _, _, boxes), shift in zip(placed, shifts)]
    width = max([x, *(_MARGIN + float(corner[0]) for corner in far)]) + _MARGIN
    height = max([top, *(top + float(corner[1]) for corner in far)]) + _MARGIN
    return _Scene(width, height, drawn, _edge_curves(graph, at), legend)


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Where the pictures put the nodes of ``graph``, scaled into the unit square.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph to lay out (edge direction and multiplicity are ignored).

    Returns
    -------
    dict
        ``{node: (x, y)}`` with ``0 <= x, y <= 1``; y grows downwards. The same graph always
        gets the same layout.

    Examples
    --------
    >>> positions = layout(sample_graph())
    >>> len(positions), all(0 <= x <= 1 and 0 <= y <= 1 for x, y in positions.values())
    (9, True)
    >>> positions == layout(sample_graph())
    True
    """
    if graph.number_of_nodes() == 0:
        return {}
    nodes = _scene(graph).nodes
    xs, ys = [node.x for node in nodes], [node.y for node in nodes]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    return {node.iri: ((node.x - min(xs)) / span, (node.y - min(ys)) / span) for node in nodes}


# -- SVG ---------------------------------------------------------------------------------------

def _svg_shape(kind: str | None, x: float, y: float, colour: str, radius: float = _RADIUS) -> str:
    """A film's rounded square or a person's circle."""
    if kind == "Film":
        return (f'<rect x="{x - radius:.1f}" y="{y - radius:.1f}" width="{2 * radius:.1f}" height="{2 * radius:.1f}" '
                f'rx="2.5" fill="{colour}" stroke="white"/>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" stroke="white"/>'


def generate_svg(graph: nx.MultiDiGraph, *, title: str = "filmgraph") -> str:
    """An SVG drawing of ``graph``: films and people with labels, arrows coloured by relation.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.
    title : str, optional
        The picture's ``<title>`` (default ``"filmgraph"``).

    Returns
    -------
    str
        A standalone SVG document, as large as the drawing needs; hovering a node shows its
        IRI, an edge its evidence sentence.

    Examples
    --------
    >>> svg = generate_svg(sample_graph(), title="a < b")
    >>> "<title>a &lt; b</title>" in svg, svg.count('<path class="edge"')
    (True, 8)

    See Also
    --------
    write_svg, layout
    """
    scene = _scene(graph)
    width, height = f"{scene.width:.0f}", f"{scene.height:.0f}"
    relations = sorted({edge.relation for edge in scene.edges})
    markers = {relation: f"arrow-{i}" for i, relation in enumerate(relations)}
    out = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
         f'font-family="Helvetica, Arial, sans-serif" font-size="{_FONT:g}">'),
        f"<title>{escape(xml_text(title))}</title>",
        "<defs>",
    ]
    for relation, marker in markers.items():
        colour = EDGE_COLOURS.get(relation, DEFAULT_COLOUR)
        out.append(f'<marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
                   f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    out += ["</defs>", f'<rect width="{width}" height="{height}" fill="white"/>', '<g class="legend">']
    y = _MARGIN + _FONT
    for what, name, x in scene.legend:
        if what == "node":
            out.append(_svg_shape(name, x + 7, y - 4, NODE_COLOURS.get(name, DEFAULT_COLOUR), 6))
        else:
            colour = EDGE_COLOURS.get(name, DEFAULT_COLOUR)
            out.append(f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x + 18:.1f}" y2="{y - 4:.1f}" stroke="{colour}" '
                       f'stroke-width="{_STROKE:g}" marker-end="url(#{markers[name]})"/>')
        out.append(f'<text x="{x + 24:.1f}" y="{y:.1f}">{escape(name)}</text>')
    out += ["</g>", '<g class="edges" fill="none">']
    for edge in scene.edges:
        (x0, y0), (cx, cy), (x1, y1) = edge.start, edge.control, edge.end
        out.append(f'<path class="edge" d="M{x0:.1f},{y0:.1f} Q{cx:.1f},{cy:.1f} {x1:.1f},{y1:.1f}" '
                   f'stroke="{EDGE_COLOURS.get(edge.relation, DEFAULT_COLOUR)}" stroke-width="{_STROKE:g}" '
                   f'marker-end="url(#{markers[edge.relation]})"><title>{escape(xml_text(edge.tip))}</title></path>')
    out += ["</g>", '<g class="nodes">']
    for node in scene.nodes:
        colour = NODE_COLOURS.get(node.kind or "", DEFAULT_COLOUR)
        tip = escape(xml_text(node.iri) if node.label == node.full_label else f"{node.full_label}\n{xml_text(node.iri)}")
        out.append(f"<g><title>{tip}</title>{_svg_shape(node.kind, node.x, node.y, colour)}</g>")
    # Labels last, each on a white halo, so no edge is drawn over one.
    out += ["</g>", '<g class="labels" stroke="white" stroke-width="3" paint-order="stroke" stroke-linejoin="round">']
    for node in scene.nodes:
        out.append(f'<text x="{node.text_x:.1f}" y="{node.text_y:.1f}" text-anchor="{node.anchor}" '
                   f"data-iri={quoteattr(xml_text(node.iri))}>{escape(node.label)}</text>")
    out += ["</g>", "</svg>"]
    return "\n".join(out) + "\n"


@graph_exporter("SVG", drawn=True)
def write_svg(graph: nx.MultiDiGraph, path: Path) -> None:
    """Draw the film graph of ``store`` (or the part ``around`` a film) as an SVG file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import xml.etree.ElementTree as ET
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.svg"
    >>> write_svg(sample_store(), out)
    >>> ET.parse(out).getroot().tag
    '{http://www.w3.org/2000/svg}svg'

    See Also
    --------
    generate_svg, write_png
    """
    path.write_text(generate_svg(graph), encoding="utf-8")


# -- PNG ---------------------------------------------------------------------------------------

#: The most pixels along either side of a PNG: a large drawing is scaled down to fit.
_PNG_MAX_SIDE = 6000
_PNG_SCALE = 2.0  # output pixels per scene px, for sharp text


@graph_exporter("PNG", fails_if=("matplotlib is not installed",), drawn=True)
def write_png(graph: nx.MultiDiGraph, path: Path) -> None:
    """Draw the film graph of ``store`` (or the part ``around`` a film) as a PNG file.

    The same drawing as :func:`write_svg`. Needs matplotlib (the ``pictures`` extra).

    See Also
    --------
    write_svg
    """
    try:
        import matplotlib  # noqa: F401
    except ImportError as error:
        raise ExportError("PNG export needs matplotlib, which is not installed: "
                          "pip install 'filmgraph[pictures]' (or export SVG, which needs nothing)") from error
    scene = _scene(graph)
    figure = _figure(scene)
    dpi = 100 * min(_PNG_SCALE, _PNG_MAX_SIDE / max(scene.width, scene.height))
    figure.savefig(path, format="png", dpi=dpi, facecolor="white")


def _figure(scene: _Scene):
    """The matplotlib figure drawing ``scene`` (one scene px is 1/100 inch)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Patch
    from matplotlib.path import Path as CurvePath
    from matplotlib.patheffects import withStroke

    figure = Figure(figsize=(scene.width / 100, scene.height / 100))
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    axes.set_xlim(0, scene.width)
    axes.set_ylim(scene.height, 0)  # y grows downwards, as in the SVG
    points = 0.72  # text sizes are in points (1/72 inch)

    def text(x: float, y: float, value: str, anchor: str = "left", halo: bool = False) -> None:
        # parse_math=False and usetex=False: a title's "$...$" is text, never mathtext or TeX.
        axes.text(x, y, value, ha={"start": "left", "middle": "center", "end": "right"}.get(anchor, anchor), va="baseline",
                  fontsize=_FONT * points, parse_math=False, usetex=False, zorder=4,
                  path_effects=[withStroke(linewidth=3 * points, foreground="white")] if halo else None)

    def shape(kind: str | None, x: float, y: float, radius: float = _RADIUS) -> None:
        colour = NODE_COLOURS.get(kind or "", DEFAULT_COLOUR)
        patch: Patch
        if kind == "Film":
            patch = FancyBboxPatch((x - radius, y - radius), 2 * radius, 2 * radius, boxstyle="round,pad=0,rounding_size=2.5",
                                   facecolor=colour, edgecolor="white", zorder=3)
        else:
            patch = Circle((x, y), radius, facecolor=colour, edgecolor="white", zorder=3)
        axes.add_patch(patch)

    def arrow(start: tuple[float, float], control: tuple[float, float], end: tuple[float, float], colour: str) -> None:
        curve = CurvePath([start, control, end], [CurvePath.MOVETO, CurvePath.CURVE3, CurvePath.CURVE3])
        axes.add_patch(FancyArrowPatch(path=curve, arrowstyle="-|>,head_length=4,head_width=2.2", mutation_scale=1.6,
                                       color=colour, linewidth=_STROKE * points, zorder=2))

    y = _MARGIN + _FONT
    for what, name, x in scene.legend:
        if what == "node":
            shape(name, x + 7, y - 4, 6)
        else:
            arrow((x, y - 4), (x + 9, y - 4), (x + 18, y - 4), EDGE_COLOURS.get(name, DEFAULT_COLOUR))
        text(x + 24, y, name)
    for edge in scene.edges:
        arrow(edge.start, edge.control, edge.end, EDGE_COLOURS.get(edge.relation, DEFAULT_COLOUR))
    for node in scene.nodes:
        shape(node.kind, node.x, node.y)
        text(node.text_x, node.text_y, node.label, node.anchor, halo=True)
    return figure
