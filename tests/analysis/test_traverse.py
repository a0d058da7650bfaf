"""Tests for filmgraph.analysis.traverse: questions answered on the networkx graph."""

from __future__ import annotations

import pytest

from filmgraph.analysis import (
    influence_ancestors,
    influence_descendants,
    most_important,
    remake_families,
    remake_family_tree,
    render_family_tree,
    shortest_path_explained,
)
from filmgraph.errors import ExportError
from filmgraph.export import to_networkx
from tests.sample import sample_store

FILM = "https://w3id.org/filmgraph/id/film/"
PERSON = "https://w3id.org/filmgraph/id/person/"


@pytest.fixture
def graph():
    return to_networkx(sample_store())


@pytest.mark.parametrize("start", ["retribution-2015", "hard-hit-2021", "retribution-2023"])
def test_family_tree_is_rooted_at_the_original(graph, start):
    tree = remake_family_tree(graph, FILM + start)
    assert tree.graph["root"] == FILM + "retribution-2015"
    assert sorted(tree.successors(FILM + "retribution-2015")) == [FILM + "hard-hit-2021", FILM + "retribution-2023"]
    assert render_family_tree(tree).splitlines() == ["Retribution (2015)", "├── Hard Hit (2021)", "└── Retribution (2023)"]


def test_family_tree_follows_remakes_of_remakes(graph):
    graph.add_node(FILM + "hit-2030", type="Film", label="Hit", year=2030)
    graph.add_edge(FILM + "hit-2030", FILM + "hard-hit-2021", key="remakeOf", relation="remakeOf")
    tree = remake_family_tree(graph, FILM + "hit-2030")
    assert tree.graph["root"] == FILM + "retribution-2015"
    assert list(tree.predecessors(FILM + "hit-2030")) == [FILM + "hard-hit-2021"]
    assert render_family_tree(tree).splitlines()[2] == "│   └── Hit (2030)"


def test_family_tree_of_a_film_without_remakes(graph):
    graph.add_node(FILM + "alone", type="Film", label="Alone")
    tree = remake_family_tree(graph, FILM + "alone")
    assert list(tree) == [FILM + "alone"] and render_family_tree(tree) == "Alone"


def test_family_tree_survives_a_cycle(graph):
    graph.add_edge(FILM + "retribution-2015", FILM + "hard-hit-2021", key="remakeOf", relation="remakeOf")
    tree = remake_family_tree(graph, FILM + "hard-hit-2021")
    assert tree.number_of_nodes() == 3 and tree.number_of_edges() == 2


def test_influences(graph):
    graph.add_node(FILM + "later", type="Film", label="Later", year=2030)
    graph.add_edge(FILM + "later", FILM + "hard-hit-2021", key="influencedBy", relation="influencedBy")
    assert influence_ancestors(graph, FILM + "later") == {FILM + "hard-hit-2021", FILM + "terror-live-2013"}
    assert influence_descendants(graph, FILM + "terror-live-2013") == {FILM + "hard-hit-2021", FILM + "later"}
    assert influence_ancestors(graph, FILM + "terror-live-2013") == set()
    with pytest.raises(ExportError):
        influence_descendants(graph, FILM + "missing")


def test_shortest_path_explained(graph):
    hops = shortest_path_explained(graph, FILM + "retribution-2015", FILM + "hard-hit-2021")
    assert [str(h) for h in hops] == ["Hard Hit remakes Retribution (2015)"]
    assert hops[0].review and hops[0].evidence == "Hard Hit (2021) is a remake of Retribution (2015)."
    hops = shortest_path_explained(graph, PERSON + "madhvani-ram", PERSON + "jo-woojin")
    assert [h.sentence for h in hops] == [
        "Ram Madhvani directed Dhamaka",
        "Dhamaka remakes The Terror Live",
        "Hard Hit was influenced by The Terror Live",
        "Jo Woo-jin plays Seong-gyu in Hard Hit",
    ]
    assert shortest_path_explained(graph, FILM + "dhamaka-2021", FILM + "dhamaka-2021") == []


def test_shortest_path_errors(graph):
    graph.add_node(FILM + "island", type="Film", label="Island")
    with pytest.raises(ExportError, match="no path"):
        shortest_path_explained(graph, FILM + "island", FILM + "dhamaka-2021")
    with pytest.raises(ExportError, match="not a node"):
        shortest_path_explained(graph, FILM + "nowhere", FILM + "dhamaka-2021")


def test_most_important(graph):
    ranked = most_important(graph, k=100)
    assert len(ranked) == graph.number_of_nodes()
    assert abs(sum(score for _, score in ranked) - 1.0) < 1e-6
    assert ranked[0][0] == FILM + "retribution-2015"  # remade twice
    films = most_important(graph, by="in_degree", k=3, node_type="Film")
    assert [iri for iri, _ in films] == [FILM + "retribution-2015", FILM + "terror-live-2013", FILM + "dhamaka-2021"]
    assert most_important(graph, k=0) == []
    with pytest.raises(ExportError, match="measure"):
        most_important(graph, by="betweenness")


def test_pagerank_agrees_with_networkx(graph):
    pytest.importorskip("scipy")
    import networkx as nx

    ours = dict(most_important(graph, k=100))
    theirs = nx.pagerank(graph)
    assert all(abs(ours[n] - theirs[n]) < 1e-6 for n in graph)


def test_remake_families(graph):
    families = remake_families(graph)
    assert families == [
        {FILM + "hard-hit-2021", FILM + "retribution-2015", FILM + "retribution-2023"},
        {FILM + "dhamaka-2021", FILM + "terror-live-2013"},
    ]
