"""Property tests: extraction never raises, and ingest -> export -> re-import gives the same graph.

Reviews are built by hypothesis from review-shaped pieces (headers in capitals, years, "remake
of", "Reviewed by", casts) mixed with arbitrary Unicode, and ingested from arbitrary source
names, so the literals that reach the RDF carry quotes, backslashes, control characters and
astral-plane characters. The whole dataset is exported through rdflib (TriG, N-Quads, JSON-LD),
loaded into a fresh store and compared named graph by named graph with
:func:`rdflib.compare.isomorphic`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic

from filmgraph.api import FilmGraph
from filmgraph.extract import extract_review
from filmgraph.reviews import read_text

from .corpus import TITLE_WORDS, graph_of

_SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

# Any character a decoded text file can hold (no lone surrogates: no decoder produces them).
_CHARS = st.characters(blacklist_categories=("Cs",))
_WORD = st.one_of(st.sampled_from(TITLE_WORDS), st.text(_CHARS, min_size=1, max_size=8))
_TITLE = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
_YEAR = st.integers(1880, 2030).map(lambda y: f"({y})")
_NAME = st.tuples(st.sampled_from("Ann Bea Cal Zoë Søren José".split()), _WORD).map(" ".join)


@st.composite
def _piece(draw) -> str:
    kind = draw(st.sampled_from([0, 0, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 8]))  # headers and remakes more often
    if kind == 0:
        return f"{draw(_TITLE).upper()} {draw(_YEAR)}\n"
    if kind == 1:
        return f"{draw(_TITLE)} is a remake of {draw(_TITLE)} {draw(_YEAR)}. "
    if kind == 2:
        return f"Reviewed by {draw(_NAME)}\n"
    if kind == 3:
        return f"{draw(_NAME)} plays {draw(_NAME)}. "
    if kind == 4:
        return f"starring {draw(_NAME)} ({draw(_NAME)}), {draw(_NAME)}. "
    if kind == 5:
        return f"It owes much to {draw(_TITLE)} {draw(_YEAR)} and draws on {draw(_TITLE)}. "
    if kind == 6:
        return draw(st.sampled_from(["(", ")", "\"", "'", "\\", "\n\n", " - ", "?", "not ", "perhaps ", "\t", "\r"]))
    return draw(st.text(_CHARS, max_size=40))


_REVIEWS = st.lists(_piece(), min_size=1, max_size=12).map("".join).filter(lambda text: text.strip())
_ANY_TEXT = st.text(_CHARS, min_size=1, max_size=3000).filter(lambda text: text.strip())
_SOURCES = st.one_of(st.sampled_from(["a.txt", "reviews/b.md"]), st.text(_CHARS, min_size=1, max_size=30))


@settings(max_examples=150, **_SETTINGS)
@given(text=st.one_of(_ANY_TEXT, _REVIEWS))
def test_extraction_never_raises(text: str) -> None:
    extract_review(read_text(text, source="h.txt"))


@settings(max_examples=60, **_SETTINGS)
@given(text=_REVIEWS, source=_SOURCES)
def test_ingest_never_fails_on_readable_text(text: str, source: str) -> None:
    """Past the read stage nothing should fail: resolve, write and store take whatever extract gives."""
    fg = FilmGraph.open(":memory:", validate=False)
    report = fg.ingest_text(text, source=source)
    assert report.reviews == 1 and not report.failed, report.failed


def _graphs(store) -> dict[object, object]:
    names = {g for *_, g in store.quads()}
    return {name: graph_of(store, name) for name in names}


def _reimport(data: bytes, fmt: str) -> FilmGraph:
    """A fresh store holding ``data``; formats the store cannot load go through rdflib to N-Quads."""
    fresh = FilmGraph.open(":memory:", validate=False)
    if fmt in ("trig", "nquads"):
        fresh.store.load(data, fmt)
    else:
        dataset = Dataset()
        dataset.parse(data=data, format=fmt)
        fresh.store.load(dataset.serialize(format="nquads", encoding="utf-8"), "nquads")
    return fresh


def _assert_same_dataset(original: FilmGraph, copy: FilmGraph, fmt: str) -> None:
    before, after = _graphs(original.store), _graphs(copy.store)
    assert set(after) == set(before), f"{fmt}: named graphs differ: {set(before) ^ set(after)}"
    for name, graph in before.items():
        assert isomorphic(graph, after[name]), f"{fmt}: graph {name} changed in the round trip"
    assert len(copy.store) == len(original.store)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
@settings(max_examples=25, **_SETTINGS)
@given(reviews=st.lists(st.tuples(_REVIEWS, _SOURCES), min_size=1, max_size=4, unique_by=lambda r: r[1]))
def test_export_and_reimport_gives_an_isomorphic_dataset(fmt: str, reviews: list[tuple[str, str]]) -> None:
    fg = FilmGraph.open(":memory:", validate=False)
    for text, source in reviews:
        assert not fg.ingest_text(text, source=source).failed
    data = fg.rdflib_graph().serialize(format=fmt, encoding="utf-8")
    _assert_same_dataset(fg, _reimport(data, fmt), fmt)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_rdf_exporter_round_trip_on_the_seed_review(fmt: str, seed_review, tmp_path) -> None:
    """The project's own RDF dump (filmgraph.export.rdfdump) of a real review reads back the same."""
    rdfdump = pytest.importorskip("filmgraph.export.rdfdump")
    fg = FilmGraph.open(":memory:", validate=False)
    assert fg.ingest(seed_review).reviews == 1
    text = rdfdump.generate_rdf(fg.store, fmt)
    _assert_same_dataset(fg, _reimport(text.encode("utf-8"), {"jsonld": "json-ld"}.get(fmt, fmt)), fmt)


def test_round_trip_of_real_reviews(shared) -> None:
    """Fifty reviews from the shared critics corpus through every format (skips without ../shared)."""
    folder = shared / "data" / "reviews" / "critics" / "james-berardinelli"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    fg = FilmGraph.open(":memory:", validate=False)
    report = fg.ingest(sorted(folder.iterdir())[:50])
    assert report.reviews > 40, report.failed[:3]
    for fmt in ("trig", "nquads", "json-ld"):
        data = fg.rdflib_graph().serialize(format=fmt, encoding="utf-8")
        _assert_same_dataset(fg, _reimport(data, fmt), fmt)


def test_default_graph_is_kept_apart_from_named_graphs() -> None:
    """A triple in the default graph (as a catalog import may write) stays out of the review graphs."""
    fg = FilmGraph.open(":memory:", validate=False)
    fg.ingest_text("SILENT HARBOR (1972)\n\nSilent Harbor is a remake of Crimson Valley (1935).", source="x.txt")
    fg.store.load(b'<https://example.org/a> <https://example.org/b> "c \\"quoted\\"" .\n', "nquads")
    for fmt in ("trig", "nquads", "json-ld"):
        data = fg.rdflib_graph().serialize(format=fmt, encoding="utf-8")
        copy = _reimport(data, fmt)
        _assert_same_dataset(fg, copy, fmt)
        assert None in _graphs(copy.store) and URIRef("https://example.org/a") not in {
            s for name, graph in _graphs(copy.store).items() if name is not None for s in graph.subjects()}
