"""The XML exports are what any reader accepts: well-formed whatever the text, and schema-valid.

GraphML is checked against the GraphML 1.0 schema and GEXF against the GEXF 1.2draft schema,
both shipped in ``schemas/`` (see the README there for their sources and licences), with lxml.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from rdflib import Graph, Literal

from filmgraph.export import export, to_networkx
from filmgraph.export._common import xml_text
from filmgraph.export.gexf import generate_gexf
from filmgraph.export.graphml import generate_graphml
from filmgraph.export.picture import generate_svg

from .conftest import NASTY_TITLE

SCHEMAS = Path(__file__).parent / "schemas"
#: Every character class XML 1.0 forbids, and a lone surrogate (no store can hold one, but a
#: graph built in Python can).
FORBIDDEN = "a\x00b\x08c\x0bd\x0ce\x1ff\ufffeg\uffffh\ud800i\udfffj"


@pytest.fixture(scope="module")
def schemas():
    return {name: etree.XMLSchema(etree.parse(str(SCHEMAS / name / f"{name}.xsd"))) for name in ("graphml", "gexf")}


def _valid(schema: etree.XMLSchema, path: Path) -> None:
    document = etree.parse(str(path))  # lxml refuses any document that is not well-formed
    assert schema.validate(document), "\n".join(f"{e.line}: {e.message}" for e in schema.error_log)


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_valid_against_the_schema(name, schemas, store, nasty_store, tmp_path):
    for which, source in (("sample", store), ("nasty", nasty_store)):
        out = tmp_path / f"{which}.{name}"
        export(source, name, out)
        _valid(schemas[name], out)


def test_graphml_ids_are_unique_nmtokens(nasty_store, tmp_path):
    out = tmp_path / "g.graphml"
    export(nasty_store, "graphml", out)
    root = etree.parse(str(out)).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.xpath("//g:node/@id", namespaces=ns)
    edges = root.xpath("//g:edge/@id", namespaces=ns)
    graph = to_networkx(nasty_store)
    assert len(set(nodes)) == len(nodes) == graph.number_of_nodes()
    assert len(set(edges)) == len(edges) == graph.number_of_edges()
    # The IRIs are kept as data, one per node.
    iris = root.xpath("//g:node/g:data[@key='node.iri']/text()", namespaces=ns)
    assert sorted(iris) == sorted(graph)


def test_gexf_types_match_the_values(nasty_store, tmp_path):
    out = tmp_path / "g.gexf"
    export(nasty_store, "gexf", out)
    root = etree.parse(str(out)).getroot()
    ns = {"x": "http://www.gexf.net/1.2draft"}
    assert root.xpath("//x:graph/@name", namespaces=ns) == []  # 1.2draft has no graph name
    types = {(a.getparent().get("class"), a.get("id")): a.get("type") for a in root.xpath("//x:attribute", namespaces=ns)}
    assert types[("node", "year")] == "long" and types[("edge", "confidence")] == "double"
    for value in root.xpath("//x:node/x:attvalues/x:attvalue[@for='year']/@value", namespaces=ns):
        int(value)
    back = nx.read_gexf(out)
    assert {type(year) for _, year in back.nodes(data="year") if year is not None} == {int}


def _hostile_graph() -> nx.MultiDiGraph:
    """A graph whose every string holds every character XML forbids."""
    graph = nx.MultiDiGraph()
    graph.add_node("https://example.org/film/a" + FORBIDDEN, label=FORBIDDEN, type="Film", year=2000,
                   genres=[FORBIDDEN, "drama"])
    graph.add_node("https://example.org/person/b", label="B", type="Person")
    graph.add_edge("https://example.org/film/a" + FORBIDDEN, "https://example.org/person/b", "castMember",
                   relation="castMember", evidence=FORBIDDEN, character=FORBIDDEN, confidence=0.5)
    return graph


@pytest.mark.parametrize("generate", [lambda g: "".join(generate_graphml(g)), lambda g: "".join(generate_gexf(g)),
                                      generate_svg], ids=["graphml", "gexf", "svg"])
def test_characters_xml_forbids_are_replaced(generate):
    text = generate(_hostile_graph())
    root = etree.fromstring(text.encode("utf-8", "surrogatepass"))  # well-formed
    strings = [*root.itertext(), *(v for element in root.iter() for v in element.attrib.values())]
    assert any(xml_text(FORBIDDEN) in s for s in strings)  # replaced by U+FFFD, the rest kept
    assert not any(c in s for s in strings for c in "\x00\x08\x0b\x0c\x1f\ufffe\uffff\ud800\udfff")


@pytest.mark.parametrize("name", ["graphml", "gexf", "svg", "rdfxml"])
def test_hostile_title_keeps_its_text(name, nasty_store, tmp_path):
    out = tmp_path / f"g.{name}"
    export(nasty_store, name, out)
    root = etree.parse(str(out)).getroot()
    strings = [*root.itertext(), *(v for element in root.iter() for v in element.attrib.values())]
    assert any(xml_text(NASTY_TITLE) in s for s in strings)


def test_rdfxml_is_the_union_of_the_graphs(store, nasty_store, tmp_path):
    for source in (store, nasty_store):
        out = tmp_path / "dump.rdf"
        export(source, "rdfxml", out)
        back = set(Graph().parse(out, format="xml"))
        union = {(s, p, Literal(xml_text(str(o)), lang=o.language, datatype=o.datatype) if isinstance(o, Literal) else o)
                 for s, p, o, _ in source.quads()}
        assert back == union
