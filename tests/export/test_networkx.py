"""Tests for filmgraph.export.networkx: the store as a networkx multigraph."""

from __future__ import annotations

import networkx as nx
import pytest

from filmgraph.errors import ExportError
from filmgraph.export import RELATIONS, around, of_review, only_relations, to_networkx

FILM = "https://w3id.org/filmgraph/id/film/"
PERSON = "https://w3id.org/filmgraph/id/person/"


def test_nodes_are_films_and_people_with_literal_attributes(store):
    graph = to_networkx(store)
    assert isinstance(graph, nx.MultiDiGraph)
    assert {graph.nodes[n]["type"] for n in graph} == {"Film", "Person"}
    hard_hit = graph.nodes[FILM + "hard-hit-2021"]
    assert hard_hit["label"] == "Hard Hit" and hard_hit["year"] == 2021 and hard_hit["genres"] == ["thriller"]
    assert isinstance(hard_hit["year"], int)
    assert graph.nodes[PERSON + "jo-woojin"] == {"type": "Person", "label": "Jo Woo-jin", "name": "Jo Woo-jin"}
    # literals are attributes, never nodes; claims, reviews and roles are not nodes either
    assert all(n.startswith((FILM, PERSON)) for n in graph)


def test_edges_carry_relation_provenance_and_character(store):
    graph = to_networkx(store)
    # the sample names no writer, sequel or parody
    assert {k for _, _, k in graph.edges(keys=True)} == set(RELATIONS) - {"writer", "sequelOf", "parodies"}
    for _, _, key, data in graph.edges(keys=True, data=True):
        assert data["relation"] == key
        assert data["review"].startswith("https://w3id.org/filmgraph/id/review/")
        assert isinstance(data["confidence"], float) and data["evidence"]
    cast = graph.edges[FILM + "hard-hit-2021", PERSON + "jo-woojin", "castMember"]
    assert cast["character"] == "Seong-gyu" and cast["evidence"] == "Jo Woo-jin plays Seong-gyu."


def test_a_fact_from_two_reviews_is_one_edge_with_the_best_claim(store):
    graph = to_networkx(store)
    assert graph.number_of_edges(FILM + "hard-hit-2021", FILM + "retribution-2015") == 1
    edge = graph.edges[FILM + "hard-hit-2021", FILM + "retribution-2015", "remakeOf"]
    assert len(edge["reviews"]) == 2 and edge["review"] in edge["reviews"]
    assert edge["confidence"] == 0.9
    assert edge["evidence"] == "Hard Hit (2021) is a remake of Retribution (2015)."


def test_backends_give_the_same_graph(oxigraph_store):
    from filmgraph.store.memory import MemoryBackend
    from tests.sample import sample_store

    a, b = to_networkx(oxigraph_store), to_networkx(sample_store(MemoryBackend()))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_relations_and_films_only(store):
    remakes = to_networkx(store, relations=("remakeOf",))
    assert {k for _, _, k in remakes.edges(keys=True)} == {"remakeOf"}
    assert {remakes.nodes[n]["type"] for n in remakes} == {"Film"}  # people with no kept edge are left out
    films = to_networkx(store, films_only=True)
    assert {films.nodes[n]["type"] for n in films} == {"Film"}
    assert {k for _, _, k in films.edges(keys=True)} == {"remakeOf", "influencedBy"}


def test_unknown_relation_is_an_export_error(store):
    with pytest.raises(ExportError, match="unknown relation"):
        to_networkx(store, relations=("remakeOf", "prequelOf"))


def test_empty_store_gives_an_empty_graph(empty_store):
    graph = to_networkx(empty_store)
    assert graph.number_of_nodes() == 0 and graph.number_of_edges() == 0


def test_hostile_text_stays_an_attribute(nasty_store):
    graph = to_networkx(nasty_store)
    labels = [d["label"] for _, d in graph.nodes(data=True)]
    assert any("</script>" in label for label in labels)
    characters = [d.get("character") for *_, d in graph.edges(keys=True, data=True)]
    assert '</b>\n"x"' in characters


def test_around(store):
    graph = to_networkx(store)
    assert set(around(graph, FILM + "dhamaka-2021", 0)) == {FILM + "dhamaka-2021"}
    one = around(graph, FILM + "dhamaka-2021", 1)
    assert set(one) == {FILM + "dhamaka-2021", FILM + "terror-live-2013", PERSON + "madhvani-ram"}
    assert FILM + "hard-hit-2021" in around(graph, FILM + "dhamaka-2021", 2)
    with pytest.raises(ExportError, match="not a node"):
        around(graph, FILM + "nope", 1)
    with pytest.raises(ExportError, match="depth"):
        around(graph, FILM + "dhamaka-2021", -1)


def test_only_relations_and_of_review(store):
    graph = to_networkx(store)
    influence = only_relations(graph, ["influencedBy"])
    assert list(influence.edges(keys=True)) == [(FILM + "hard-hit-2021", FILM + "terror-live-2013", "influencedBy")]
    review = graph.edges[FILM + "dhamaka-2021", FILM + "terror-live-2013", "remakeOf"]["review"]
    assert {k for *_, k in of_review(graph, review).edges(keys=True)} == {"remakeOf", "director"}
    assert of_review(graph, "https://w3id.org/filmgraph/id/review/none").number_of_nodes() == 0


_FG = "https://w3id.org/filmgraph/ontology#"
_R = "https://w3id.org/filmgraph/id/review/"
_TRICKY = f"""
<{FILM}a> <{_FG}remakeOf> <{FILM}b> <{_R}r1> .
<{_R}r1#c1> <{_FG}claimRelation> <{_FG}remakeOf> <{_R}r1> .
<{_R}r1#c1> <{_FG}claimSubject> <{FILM}a> <{_R}r1> .
<{_R}r1#c1> <{_FG}claimObject> <{FILM}b> <{_R}r1> .
<{_R}r1#c1> <{_FG}confidence> "0.6"^^<http://www.w3.org/2001/XMLSchema#double> <{_R}r1> .
<{_R}r1#c1> <{_FG}evidenceText> "one" <{_R}r1> .
<{FILM}a> <{_FG}remakeOf> <{FILM}b> <{_R}r2> .
<{_R}r2#c1> <{_FG}claimRelation> <{_FG}remakeOf> <{_R}r2> .
<{_R}r2#c1> <{_FG}claimSubject> <{FILM}a> <{_R}r2> .
<{_R}r2#c1> <{_FG}claimObject> <{FILM}b> <{_R}r2> .
<{_R}r2#c1> <{_FG}confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#double> <{_R}r2> .
<{_R}r2#c1> <{_FG}evidenceText> "two" <{_R}r2> .
<{FILM}a> <{_FG}director> <{PERSON}d> <{_R}r1> .
<{_R}r2#c2> <{_FG}claimRelation> <{_FG}director> <{_R}r2> .
<{_R}r2#c2> <{_FG}claimSubject> <{FILM}a> <{_R}r2> .
<{_R}r2#c2> <{_FG}claimObject> <{PERSON}d> <{_R}r2> .
<{_R}r2#c2> <{_FG}confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#double> <{_R}r2> .
<{FILM}a> <{_FG}castMember> <{PERSON}p> <{_R}r1> .
<{FILM}a> <{_FG}hasCastRole> <{_R}r1#role1> <{_R}r1> .
<{_R}r1#role1> <{_FG}performer> <{PERSON}p> <{_R}r1> .
<{_R}r1#role1> <{_FG}characterName> "Y" <{_R}r1> .
<{FILM}a> <{_FG}hasCastRole> <{_R}r1#role2> <{_R}r1> .
<{_R}r1#role2> <{_FG}performer> <{PERSON}p> <{_R}r1> .
<{_R}r1#role2> <{_FG}characterName> "X" <{_R}r1> .
<{FILM}a> <{_FG}hasCastRole> <{_R}r2#role> <{_R}r2> .
<{_R}r2#role> <{_FG}performer> <{PERSON}p> <{_R}r2> .
<{_R}r2#role> <{_FG}characterName> "Z" <{_R}r2> .
<{FILM}a> <{_FG}genre> "y" <{_R}r1> .
<{FILM}a> <{_FG}genre> "x"@en <{_R}r1> .
<{FILM}a> <{_FG}genre> "x" <{_R}r2> .
<{FILM}a> <{_FG}year> "1999" <{_R}r1> .
<{FILM}a> <{_FG}year> "19x9" <{_R}r2> .
"""


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_claims_and_roles_count_only_in_the_reviews_stating_the_fact(backend):
    from filmgraph.store.memory import MemoryBackend
    from filmgraph.store.oxigraph import OxigraphBackend

    store = OxigraphBackend(None) if backend == "oxigraph" else MemoryBackend()
    store.load(_TRICKY.encode(), "nquads")
    graph = to_networkx(store)
    remake = graph.edges[FILM + "a", FILM + "b", "remakeOf"]
    assert remake == {"relation": "remakeOf", "review": _R + "r2", "reviews": [_R + "r1", _R + "r2"],
                      "confidence": 0.8, "evidence": "two"}
    # r2's claim is on a fact r2 does not state; r2's cast role likewise
    assert graph.edges[FILM + "a", PERSON + "d", "director"] == {
        "relation": "director", "review": _R + "r1", "reviews": [_R + "r1"]}
    assert graph.edges[FILM + "a", PERSON + "p", "castMember"]["character"] == "X; Y"
    # untyped ends: a film by its role in the relation, a person otherwise; literal forms are deduplicated
    assert graph.nodes[FILM + "a"] == {"type": "Film", "genres": ["x", "y"], "year": 1999, "label": "a"}
    assert graph.nodes[PERSON + "d"] == {"type": "Person", "label": "d"}
    assert list(graph) == sorted(graph)


def test_a_review_claim_wins_over_the_catalog_for_the_edge_provenance(tmp_path) -> None:
    """The catalog states facts without a claim; the edge's review and confidence come from the
    review that gives the sentence."""
    from filmgraph.api import FilmGraph
    from filmgraph.rdf.vocab import CATALOG_GRAPH

    remakes = tmp_path / "remakes.csv"
    remakes.write_text("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                       "remake_wikidata_id\nPsycho,1960,,Psycho,1998,,Q163038,Q1136790\n", encoding="utf-8")
    fg = FilmGraph.open(":memory:")
    fg.import_catalog(remakes)
    fg.ingest_text("PSYCHO (1998)\n\nPsycho (1998) is a remake of Psycho (1960).\n", source="p.txt")
    edge = to_networkx(fg.store).edges[f"{FILM}psycho-1998", f"{FILM}psycho-1960", "remakeOf"]
    assert str(CATALOG_GRAPH) in edge["reviews"] and len(edge["reviews"]) == 2
    assert edge["review"] != str(CATALOG_GRAPH)
    assert edge["confidence"] > 0 and "remake of Psycho" in edge["evidence"]


def test_an_on_disk_store_gives_the_same_graph(tmp_path) -> None:
    """On disk the claims and roles are read by another wording of the query (see _CLAIMS_SCANNED)."""
    from filmgraph.store.oxigraph import OxigraphBackend
    from tests.sample import sample_store

    memory = sample_store()
    disk = OxigraphBackend(tmp_path / "store")
    disk.load("\n".join(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} ." for s, p, o, g in memory.quads()).encode(), "nquads")
    for relations in (RELATIONS, ("remakeOf", "castMember")):
        in_memory, on_disk = to_networkx(memory, relations), to_networkx(disk, relations)
        assert list(on_disk.nodes(data=True)) == list(in_memory.nodes(data=True))
        assert list(on_disk.edges(keys=True, data=True)) == list(in_memory.edges(keys=True, data=True))
        assert any("evidence" in data for *_, data in on_disk.edges(data=True))
        assert any("character" in data for *_, data in on_disk.edges(data=True))
    disk.close()
