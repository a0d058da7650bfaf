"""The RDF format table: every row is found by each of its names, and rdflib reads what pyoxigraph writes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from filmgraph.errors import UnknownPluginError
from filmgraph.rdf.formats import FORMATS, Format, rdf_format

QUAD = ox.Quad(ox.NamedNode("https://e/film"), ox.NamedNode("https://e/title"), ox.Literal("Psycho"),
               ox.NamedNode("https://e/review"))


@pytest.mark.parametrize("row", FORMATS, ids=lambda row: row.name)
def test_every_name_finds_the_row(row: Format) -> None:
    for key in (row.name, row.name.upper(), row.suffix, row.suffix[1:], row.media_type, *row.aliases):
        assert rdf_format(key) is row


def test_no_name_is_shared() -> None:
    keys = [key.lower() for row in FORMATS for key in {row.name, *row.aliases}]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", [row for row in FORMATS if row.name != "n3"], ids=lambda row: row.name)
def test_rdflib_reads_what_pyoxigraph_writes(row: Format) -> None:
    quads = [QUAD] if row.datasets else [ox.Triple(QUAD.subject, QUAD.predicate, QUAD.object)]
    data = ox.serialize(quads, format=row.syntax)
    dataset = Dataset()
    dataset.parse(data=data, format=row.rdflib_name)
    assert [str(o) for _, _, o, _ in dataset.quads()] == ["Psycho"]


def test_an_unknown_name_lists_the_known() -> None:
    with pytest.raises(UnknownPluginError, match="known: jsonld, n3, nquads"):
        rdf_format("text/csv")
