"""The pictures read correctly: no edge passes through a film or label it does not join, no
label covers another, and the same graph always gives the same picture."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from filmgraph.export.picture import _RADIUS, _crosses, _scene, _text_width, layout
from tests.sample import sample_graph

from .conftest import NASTY_TITLE

FILM = "https://w3id.org/filmgraph/id/film/"
PERSON = "https://w3id.org/filmgraph/id/person/"


def _hard_hit() -> nx.MultiDiGraph:
    """The README's picture: Hard Hit (2021) and what lies within two hops of it. Speed (1994)
    influenced both films of the remake pair, so a layout can put it on the edge between them
    (and one did, reading as a chain Hard Hit -> Speed -> Retribution)."""
    graph = nx.MultiDiGraph()
    films = {"hh": ("Hard Hit", 2021), "r15": ("Retribution", 2015), "r23": ("Retribution", 2023),
             "speed": ("Speed", 1994), "phone": ("Phonebooth", 2002)}
    for key, (title, year) in films.items():
        graph.add_node(FILM + key, label=title, year=year, type="Film")
    people = ["Changju Kim", "Jo Woo-jin", "Jae-in Lee", "Ji Chang-Wook", "Dani de la Torre", "Alberto Marini",
              "Luis Tosar"]
    for name in people:
        graph.add_node(PERSON + name, label=name, type="Person")
    facts = [("hh", "remakeOf", FILM + "r15"), ("r23", "remakeOf", FILM + "r15"), ("hh", "influencedBy", FILM + "speed"),
             ("r15", "influencedBy", FILM + "speed"), ("hh", "influencedBy", FILM + "phone"),
             ("hh", "director", PERSON + "Changju Kim"), ("hh", "writer", PERSON + "Changju Kim"),
             ("hh", "castMember", PERSON + "Jo Woo-jin"), ("hh", "castMember", PERSON + "Jae-in Lee"),
             ("hh", "castMember", PERSON + "Ji Chang-Wook"), ("r15", "director", PERSON + "Dani de la Torre"),
             ("r15", "writer", PERSON + "Alberto Marini"), ("r15", "castMember", PERSON + "Luis Tosar")]
    for subject, relation, obj in facts:
        graph.add_edge(FILM + subject, obj, relation, relation=relation)
    return graph


def _family() -> nx.MultiDiGraph:
    """A remake family: twelve remakes of one original, some with long titles."""
    graph = nx.MultiDiGraph()
    graph.add_node(FILM + "original", label="Brewster's Millions", year=1914, type="Film")
    for i in range(12):
        graph.add_node(FILM + f"remake-{i}", label=f"Brewster's Millions, remake number {i}", year=1920 + 5 * i,
                       type="Film")
        graph.add_edge(FILM + f"remake-{i}", FILM + "original", "remakeOf", relation="remakeOf")
    return graph


def _nasty() -> nx.MultiDiGraph:
    graph = sample_graph()
    graph.add_node(FILM + "nasty", label=NASTY_TITLE, year=1999, type="Film")
    graph.add_edge(FILM + "nasty", FILM + "dhamaka-2021", "remakeOf", relation="remakeOf")
    return graph


GRAPHS = {"hard-hit": _hard_hit, "family": _family, "sample": sample_graph, "nasty": _nasty}


def _label_box(node) -> np.ndarray:
    width = _text_width(node.label)
    left = {"start": node.text_x, "middle": node.text_x - width / 2, "end": node.text_x - width}[node.anchor]
    return np.array([left, node.text_y - 12, left + width, node.text_y + 3])


def _curve(edge, samples: int = 16) -> np.ndarray:
    t = np.linspace(0, 1, samples)[:, None]
    start, control, end = (np.array(point) for point in (edge.start, edge.control, edge.end))
    return (1 - t) ** 2 * start + 2 * (1 - t) * t * control + t ** 2 * end


@pytest.mark.parametrize("name", GRAPHS)
def test_no_edge_crosses_a_node_or_label_it_does_not_join(name):
    scene = _scene(GRAPHS[name]())
    for edge in scene.edges:
        points = _curve(edge)
        for node in scene.nodes:
            if node.iri in (edge.source, edge.target):
                continue
            square = np.array([node.x - _RADIUS, node.y - _RADIUS, node.x + _RADIUS, node.y + _RADIUS])
            for box, what in ((square, "node"), (_label_box(node), "label")):
                assert not _crosses(points[:-1], points[1:], box).any(), \
                    f"{edge.source} {edge.relation} {edge.target} crosses the {what} of {node.iri}"


@pytest.mark.parametrize("name", GRAPHS)
def test_labels_do_not_cover_each_other_or_nodes(name):
    scene = _scene(GRAPHS[name]())
    labels = np.array([_label_box(node) for node in scene.nodes])
    squares = np.array([[n.x - _RADIUS, n.y - _RADIUS, n.x + _RADIUS, n.y + _RADIUS] for n in scene.nodes])
    for i, label in enumerate(labels):
        for j, other in enumerate([*labels, *squares]):
            if j in (i, i + len(labels)):
                continue
            overlap = np.minimum(label[2:], other[2:]) - np.maximum(label[:2], other[:2])
            assert not (overlap > 0).all(), f"the label of {scene.nodes[i].iri} covers {j}"


def test_the_same_graph_gives_the_same_picture():
    assert layout(_hard_hit()) == layout(_hard_hit())
    assert _scene(_family()) == _scene(_family())


def test_a_very_long_title_is_shortened_in_the_drawing():
    graph = sample_graph()
    graph.add_node(FILM + "long", label="Long " * 20_000, year=2000, type="Film")
    graph.add_edge(FILM + "long", FILM + "dhamaka-2021", "remakeOf", relation="remakeOf")
    scene = _scene(graph)
    assert scene.width < 3000
    long = next(node for node in scene.nodes if node.iri == FILM + "long")
    assert len(long.label) == 150 and long.label.endswith("\u2026") and len(long.full_label) > 100_000
