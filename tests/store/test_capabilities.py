"""What callers get from a backend instead of its internals: streamed value rows, the links of a
predicate, a whole-store dump, whether it reads from disk, and the library store behind it; the
same answers on every backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from filmgraph.errors import QueryError, StoreError
from filmgraph.store import Backend, open_store

DATA = b"""<https://e/a> <https://e/p> <https://e/b> <https://e/g1> .
<https://e/a> <https://e/p> <https://e/b> <https://e/g2> .
<https://e/a> <https://e/p> "not an IRI" <https://e/g1> .
<https://e/c> <https://e/p> <https://e/d> .
<https://e/c> <https://e/q> <https://e/d> <https://e/g1> .
<https://e/a> <https://e/title> "Psycho"@en <https://e/g1> .
"""


@pytest.fixture(params=["oxigraph-memory", "oxigraph-disk", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    location = {"oxigraph-memory": ":memory:", "oxigraph-disk": str(tmp_path / "store"), "memory": "memory:"}
    backend = open_store(location[request.param])
    backend.load(DATA, "nquads")
    yield backend
    backend.close()


def test_iter_values_gives_the_rows_of_select_values(store: Backend) -> None:
    query = "SELECT ?s ?o ?x WHERE { ?s ?p ?o OPTIONAL { ?s <https://e/none> ?x } } ORDER BY ?s ?o"
    assert list(store.iter_values(query)) == store.select_values(query)
    assert ("https://e/a", "Psycho", None) in store.select_values(query)


def test_iter_values_refuses_a_bad_query_before_any_row(store: Backend) -> None:
    with pytest.raises(QueryError):
        store.iter_values("SELECT nonsense")


def test_links_are_iri_objects_in_named_graphs(store: Backend) -> None:
    assert sorted(store.links("https://e/p")) == [("https://e/a", "https://e/b", "https://e/g1"),
                                                  ("https://e/a", "https://e/b", "https://e/g2")]
    assert list(store.links("https://e/absent")) == []


@pytest.mark.parametrize("format", ["nquads", "trig"])
def test_dump_writes_every_quad(store: Backend, format: str, tmp_path: Path) -> None:
    out = tmp_path / f"dump.{format}"
    store.dump(out, format, prefixes={"e": "https://e/"})
    dataset = Dataset()
    dataset.parse(out, format=format)
    assert len(list(dataset.quads())) == len(store)


def test_dump_refuses_a_format_without_graphs(store: Backend, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no named graphs"):
        store.dump(tmp_path / "dump.ttl", "turtle")
    with pytest.raises(StoreError, match="use one of nquads, trig, jsonld"):
        store.dump(tmp_path / "dump.csv", "csv")


def test_on_disk_and_native_say_what_is_behind_the_backend(store: Backend) -> None:
    assert store.on_disk == (store.location not in (":memory:", "memory:", ""))
    assert isinstance(store.native, ox.Store) == (store.name == "oxigraph")
