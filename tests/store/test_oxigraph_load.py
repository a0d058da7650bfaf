"""OxigraphBackend.load: large line-based data is cut at line ends and loaded in parallel parts."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from filmgraph.errors import StoreError
from filmgraph.store import oxigraph
from filmgraph.store.oxigraph import OxigraphBackend, _cut_at_lines


def _nquads(count: int, *, blank_every: int = 0) -> bytes:
    lines = []
    for n in range(count):
        subject = f"_:node{n // blank_every}" if blank_every else f"<http://example.org/film/{n % 997}>"
        lines.append(f'{subject} <http://example.org/p{n % 7}> "value {n} \\"q\\"" <http://example.org/g{n % 3}> .')
    return ("\n".join(lines) + "\n").encode()


def _single_load(data: bytes) -> set[ox.Quad]:
    store = ox.Store()
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    return set(store)


@given(st.lists(st.text(alphabet="ab\n", max_size=12), max_size=8), st.integers(1, 6))
def test_cut_at_lines_keeps_every_byte_and_cuts_only_after_a_line_end(chunks: list[str], parts: int) -> None:
    data = "".join(chunks).encode()
    pieces = _cut_at_lines(data, parts)
    assert b"".join(pieces) == data
    assert len(pieces) <= parts
    assert all(piece.endswith(b"\n") for piece in pieces[:-1])


@pytest.mark.parametrize("on_disk", [False, True])
def test_parallel_load_gives_the_same_quads_as_one_load(monkeypatch, tmp_path: Path, on_disk: bool) -> None:
    monkeypatch.setattr(oxigraph, "_PARALLEL_BYTES", 1024)
    monkeypatch.setattr(oxigraph, "_cores", lambda: 3)
    data = _nquads(5_000)
    backend = OxigraphBackend(tmp_path / "store" if on_disk else None)
    backend.load(data, "nquads")
    assert len(backend) == 5_000
    assert set(backend.store) == _single_load(data)


def test_blank_nodes_are_not_split_across_parts(monkeypatch) -> None:
    monkeypatch.setattr(oxigraph, "_PARALLEL_BYTES", 1024)
    monkeypatch.setattr(oxigraph, "_cores", lambda: 4)
    data = _nquads(3_000, blank_every=1_000)  # three blank nodes, each in 1,000 lines
    backend = OxigraphBackend()
    backend.load(data, "nquads")
    assert len({quad.subject for quad in backend.store}) == 3


def test_a_syntax_error_in_a_part_is_a_store_error(monkeypatch) -> None:
    monkeypatch.setattr(oxigraph, "_PARALLEL_BYTES", 1024)
    monkeypatch.setattr(oxigraph, "_cores", lambda: 2)
    data = _nquads(2_000) + b"<http://example.org/a> <http://example.org/p> \"no dot\"\n"
    with pytest.raises(StoreError, match="cannot load nquads data"):
        OxigraphBackend().load(data, "nquads")


def test_an_unknown_format_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot load format 'csv'"):
        OxigraphBackend().load(b"a,b\n", "csv")


def test_optimize_after_a_load_keeps_every_quad(tmp_path: Path) -> None:
    data = _nquads(3_000)
    backend = OxigraphBackend(tmp_path / "store")
    for start in range(0, 3_000, 1_000):  # three loads: three sets of files to compact
        backend.load(b"".join(data.splitlines(keepends=True)[start:start + 1_000]), "nquads")
    backend.optimize()
    assert set(backend.store) == _single_load(data)
    backend.close()
    assert len(OxigraphBackend(tmp_path / "store")) == 3_000
