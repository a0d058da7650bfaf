"""Every registered exporter: writes a file, reads back where a reader exists, fails clearly."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef

from filmgraph.errors import ExportError, UnknownPluginError
from filmgraph.export import DRAWN_FORMATS, EXPORTERS, MAX_DRAWN_NODES, around, export, exporter_suffix, to_networkx
from filmgraph.export._common import flat_graph, xml_text
from filmgraph.export.dot import generate_dot
from filmgraph.rdf.vocab import FG, RDF
from filmgraph.store.oxigraph import OxigraphBackend

from .conftest import NASTY_SENTENCE, NASTY_TITLE

FILM = "https://w3id.org/filmgraph/id/film/"
RDF_FORMATS = {"turtle": "turtle", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}


def _has_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _skip_if_unavailable(name: str) -> None:
    if name == "png" and not _has_matplotlib():
        pytest.skip("PNG export needs the optional matplotlib ('pictures' extra)")


def test_registered_names_are_pinned():
    # Users type these names: changing them breaks scripts.
    assert EXPORTERS.names() == ["cytoscape", "dot", "gexf", "graphml", "html", "json", "jsonld", "nquads",
                                 "png", "rdfxml", "svg", "trig", "turtle"]
    for alias, name in {"ttl": "turtle", "nq": "nquads", "json-ld": "jsonld", "gv": "dot", "htm": "html"}.items():
        assert EXPORTERS.canonical(alias) == name


def test_unknown_format():
    with pytest.raises(UnknownPluginError, match="unknown export format 'xlsx'"):
        export(None, "xlsx", "out.xlsx")


@pytest.mark.parametrize("name", EXPORTERS.names())
def test_every_exporter_writes_a_file(name, store, tmp_path):
    _skip_if_unavailable(name)
    out = tmp_path / f"films{exporter_suffix(name)}"
    EXPORTERS.get(name)(store, out)
    assert out.stat().st_size > 0


@pytest.mark.parametrize("name", EXPORTERS.names())
def test_every_exporter_takes_around_and_relations(name, oxigraph_store, tmp_path):
    _skip_if_unavailable(name)
    out = tmp_path / f"part{exporter_suffix(name)}"
    export(oxigraph_store, name, out, around=FILM + "dhamaka-2021", depth=1, relations=("remakeOf", "director"))
    text = out.read_bytes()
    assert text
    if name not in ("png", "svg"):  # pictures hold labels, not IRIs
        assert b"dhamaka-2021" in text and b"hard-hit-2021" not in text


@pytest.mark.parametrize("name", EXPORTERS.names())
def test_every_exporter_reports_failures_as_export_errors(name, oxigraph_store, tmp_path):
    _skip_if_unavailable(name)
    with pytest.raises(ExportError, match="cannot write"):
        export(oxigraph_store, name, tmp_path / "missing-folder" / f"x{exporter_suffix(name)}")
    with pytest.raises(ExportError, match="not a node"):
        export(oxigraph_store, name, tmp_path / "x", around=FILM + "not-there")
    with pytest.raises(ExportError, match="unknown relation"):
        export(oxigraph_store, name, tmp_path / "x", relations=("prequelOf",))


@pytest.mark.parametrize("name", EXPORTERS.names())
def test_every_exporter_writes_an_empty_graph(name, empty_store, tmp_path):
    _skip_if_unavailable(name)
    out = tmp_path / f"empty{exporter_suffix(name)}"
    export(empty_store, name, out)
    assert out.exists()
    if name not in ("nquads", "trig"):  # an empty dataset is an empty file in these two
        assert out.stat().st_size > 0


@pytest.mark.parametrize("name", EXPORTERS.names())
def test_every_exporter_survives_hostile_titles(name, nasty_store, tmp_path):
    _skip_if_unavailable(name)
    out = tmp_path / f"nasty{exporter_suffix(name)}"
    export(nasty_store, name, out)
    assert out.stat().st_size > 0


# --- RDF dumps: isomorphic to the store's quads -------------------------------------------

def _store_quads(store):
    return {(s, p, o, g) for s, p, o, g in store.quads()}


@pytest.mark.parametrize("name", ["nquads", "trig", "jsonld"])
def test_rdf_dataset_round_trip(name, store, nasty_store, tmp_path):
    for source in (store, nasty_store):
        out = tmp_path / f"dump{exporter_suffix(name)}"
        export(source, name, out)
        dataset = Dataset()
        dataset.parse(out, format=RDF_FORMATS[name])
        back = {(s, p, o, g) for s, p, o, g in dataset.quads()}
        assert back == _store_quads(source)


def test_turtle_round_trip_is_the_union_of_the_graphs(store, tmp_path):
    out = tmp_path / "dump.ttl"
    export(store, "turtle", out)
    back = set(Graph().parse(out, format="turtle"))
    assert back == {(s, p, o) for s, p, o, _ in store.quads()}
    assert "@prefix fg: <https://w3id.org/filmgraph/ontology#> ." in out.read_text()


@pytest.mark.parametrize("name", ["turtle", "trig"])
def test_rdf_prefixes_are_bound(name, store, tmp_path):
    out = tmp_path / f"dump{exporter_suffix(name)}"
    export(store, name, out)
    text = out.read_text()
    assert "@prefix fg:" in text and "fg:remakeOf" in text


def test_rdf_dump_cut_around_a_film(oxigraph_store, tmp_path):
    out = tmp_path / "part.nq"
    export(oxigraph_store, "nquads", out, around=FILM + "dhamaka-2021", depth=1)
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    quads = set(dataset.quads())
    assert quads and quads <= _store_quads(oxigraph_store)
    text = out.read_text()
    assert "remakeOf" in text and "Ram Madhvani" in text and "Hard Hit" not in text


# --- networkx formats: read back with networkx -----------------------------------------------

def _check_read_back(graph, back, *, keys=True):
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        if "year" in data:
            assert back.nodes[node]["year"] == data["year"]
            assert isinstance(back.nodes[node]["year"], int)
    relations = sorted(d["relation"] for *_, d in back.edges(data=True))
    assert relations == sorted(k for *_, k in graph.edges(keys=True))
    if keys:
        assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))


def test_graphml_round_trip(nasty_store, tmp_path):
    graph = flat_graph(to_networkx(nasty_store))  # as written: XML-illegal characters replaced
    out = tmp_path / "g.graphml"
    export(nasty_store, "graphml", out)
    back = nx.read_graphml(out, force_multigraph=True)
    # GraphML ids are NMTOKENs (n0, e0, ...): the IRI and relation are attributes.
    assert all(re.fullmatch(r"n\d+", node) for node in back)
    back = nx.relabel_nodes(back, {node: iri for node, iri in back.nodes(data="iri")})
    _check_read_back(graph, back, keys=False)
    edge = next(d for u, v, d in back.edges(data=True)
                if (u, v, d["relation"]) == (FILM + "hard-hit-2021", FILM + "retribution-2015", "remakeOf"))
    assert edge["confidence"] == 0.9 and isinstance(edge["confidence"], float)
    assert edge["reviews"].count("; ") == 1  # two reviews, flattened
    assert back.nodes[FILM + "retribution-2023"]["genres"] == "action; thriller"


def test_gexf_round_trip(nasty_store, tmp_path):
    graph = flat_graph(to_networkx(nasty_store))
    out = tmp_path / "g.gexf"
    export(nasty_store, "gexf", out)
    back = nx.read_gexf(out)
    _check_read_back(graph, back, keys=False)
    assert any(d["label"].startswith("The </script>") for _, d in back.nodes(data=True))


def test_flattened_formats_hold_only_scalars(nasty_store):
    flat = flat_graph(to_networkx(nasty_store))
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for *_, d in flat.edges(keys=True, data=True) for v in d.values()]
    assert values and all(isinstance(v, (str, int, float, bool)) for v in values)


def test_node_link_json_round_trip(nasty_store, tmp_path):
    graph = to_networkx(nasty_store)
    out = tmp_path / "g.json"
    export(nasty_store, "json", out)
    back = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="links")
    _check_read_back(graph, back)
    assert back.nodes[FILM + "retribution-2023"]["genres"] == ["action", "thriller"]


def test_cytoscape_round_trip(nasty_store, tmp_path):
    graph = to_networkx(nasty_store)
    out = tmp_path / "g.cyjs"
    export(nasty_store, "cytoscape", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    edge_ids = [e["data"]["id"] for e in data["elements"]["edges"]]
    assert len(edge_ids) == len(set(edge_ids))
    _check_read_back(graph, nx.cytoscape_graph(data))


# --- DOT --------------------------------------------------------------------------------------

_DOT_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def test_dot_strings_cannot_be_broken_out_of(nasty_store):
    text = "\n".join(generate_dot(to_networkx(nasty_store)))
    # Outside quoted strings only DOT syntax remains: no stray quote, no part of a title.
    outside = _DOT_STRING.sub("S", text)
    assert '"' not in outside and "script" not in outside and "\\" not in outside
    # No quoted string ends in a backslash (which Graphviz would read as an escaped quote).
    assert not any(s[1:-1].endswith("\\") for s in _DOT_STRING.findall(text))


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_dot_renders_with_graphviz(nasty_store, tmp_path):
    out = tmp_path / "g.dot"
    export(nasty_store, "dot", out)
    result = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    svg = ET.fromstring(result.stdout)  # well-formed: no character XML forbids got through
    titles = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert xml_text(NASTY_TITLE) + " (1999)" in titles  # every quote and backslash as written
    # Tooltips keep their text too: Graphviz expands \G, \N and \L in them unless escaped.
    tooltips = [a.get("{http://www.w3.org/1999/xlink}title") for a in svg.iter("{http://www.w3.org/2000/svg}a")]
    assert NASTY_SENTENCE.replace("\\", "\u29f5") in tooltips
    graph = to_networkx(nasty_store)
    assert len([g for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]) == graph.number_of_nodes()
    assert len([g for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"]) == graph.number_of_edges()


# --- pictures ---------------------------------------------------------------------------------

def test_svg_is_well_formed_and_escaped(nasty_store, tmp_path):
    out = tmp_path / "g.svg"
    export(nasty_store, "svg", out)
    root = ET.parse(out).getroot()
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert xml_text(NASTY_TITLE) + " (1999)" in texts
    assert not list(root.iter("{http://www.w3.org/2000/svg}script"))


@pytest.mark.parametrize("name", DRAWN_FORMATS)
def test_drawings_refuse_huge_graphs(name, oxigraph_store, tmp_path):
    _skip_if_unavailable(name)
    nodes = to_networkx(oxigraph_store).number_of_nodes()
    with pytest.raises(ExportError, match=rf"the graph has {nodes} nodes, too many .* \(the limit is 3\): "
                                          r"draw the part around one film \(--around TITLE --depth 1\), .*"
                                          r"'filmgraph serve'.*--max-nodes N"):
        export(oxigraph_store, name, tmp_path / "g", max_nodes=3)
    near = around(to_networkx(oxigraph_store), FILM + "hard-hit-2021", 2).number_of_nodes()
    with pytest.raises(ExportError, match=rf"the part within 2 hops of Hard Hit has {near} nodes, .*fewer hops"):
        export(oxigraph_store, name, tmp_path / "g", around=FILM + "hard-hit-2021", max_nodes=3)
    assert not (tmp_path / "g").exists()
    export(oxigraph_store, name, tmp_path / "g", around=FILM + "dhamaka-2021", depth=1, max_nodes=3)
    export(oxigraph_store, name, tmp_path / "g", max_nodes=None)  # no limit
    assert (tmp_path / "g").stat().st_size > 0


@pytest.mark.parametrize("name", DRAWN_FORMATS)
def test_drawings_are_capped_by_default(name, tmp_path):
    _skip_if_unavailable(name)
    catalog = Graph(identifier=URIRef("https://w3id.org/filmgraph/id/graph/catalog"))
    for i in range(MAX_DRAWN_NODES + 1):
        catalog.add((URIRef(f"{FILM}film-{i}"), RDF.type, FG.Film))
    store = OxigraphBackend(None)
    store.replace_graph(catalog)
    with pytest.raises(ExportError, match=f"the graph has {MAX_DRAWN_NODES + 1} nodes"):
        export(store, name, tmp_path / "g")
    assert MAX_DRAWN_NODES == 300


def test_png(oxigraph_store, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "g.png"
    export(oxigraph_store, "png", out, around=FILM + "hard-hit-2021")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_text_is_never_mathtext(nasty_store, tmp_path):
    pytest.importorskip("matplotlib")
    from filmgraph.export.picture import _figure, _scene

    # "$\\x$" in the title made matplotlib's mathtext parser fail the whole export.
    export(nasty_store, "png", tmp_path / "g.png")
    texts = [t for t in _figure(_scene(to_networkx(nasty_store))).axes[0].texts]
    nasty = [t for t in texts if "$x^2$" in t.get_text()]
    assert nasty and not any(t.get_parse_math() or t.get_usetex() for t in texts)
    assert xml_text(NASTY_TITLE) + " (1999)" in [t.get_text() for t in nasty]


def test_png_without_matplotlib_says_what_to_install(oxigraph_store, monkeypatch, tmp_path):
    for module in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ExportError, match=r"filmgraph\[pictures\]"):
        export(oxigraph_store, "png", tmp_path / "g.png")


# --- HTML -------------------------------------------------------------------------------------

def test_review_sources_name_file_and_reviewer(store):
    from filmgraph.export.html import review_sources

    graph = to_networkx(store)
    sources = review_sources(store, graph)
    edge = graph.edges[FILM + "hard-hit-2021", FILM + "retribution-2015", "remakeOf"]
    assert sources[edge["review"]] == {"file": "hard-hit.txt", "reviewer": "Ana Reyes"}
    assert set(sources) == {review for *_, reviews in graph.edges(data="reviews") for review in reviews}


def test_refusal_names_the_film_escaped(nasty_store, tmp_path):
    nasty = next(node for node, label in to_networkx(nasty_store).nodes(data="label") if label == NASTY_TITLE)
    with pytest.raises(ExportError) as refused:
        export(nasty_store, "svg", tmp_path / "g.svg", around=nasty, depth=1, max_nodes=1)
    assert "\\x1b[31m" in str(refused.value) and "\x1b" not in str(refused.value)


def test_review_sources_never_write_an_iri_sparql_cannot_hold(tmp_path):
    from rdflib import Literal

    from filmgraph.export.html import review_sources
    from filmgraph.store.memory import MemoryBackend

    # rdflib keeps any string as an IRI: this one would end the VALUES list and inject a pattern.
    hostile = URIRef("https://w3id.org/filmgraph/id/review/x> } ?review ?p ?o . { <y")
    store = MemoryBackend()
    review = Graph(identifier=hostile)
    review.add((URIRef(FILM + "a"), FG.remakeOf, URIRef(FILM + "b")))
    review.add((hostile, FG.source, Literal("evil.txt")))
    store.replace_graph(review)
    assert review_sources(store, to_networkx(store)) == {str(hostile): {"name": str(hostile).rsplit("/", 1)[-1]}}
