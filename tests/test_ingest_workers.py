"""Extraction in worker processes gives the same graph as extraction in the ingesting process."""

import multiprocessing
import threading

import pytest

from filmgraph import FilmGraph
from filmgraph.errors import ExtractionError
from filmgraph.ingest import INGEST_BATCH, ExtractionFailed

_ORIGINALS = ["Dock Lights", "Cold Water", "Grey Sky", "The Salt Road", "Paper Moons", "Iron Orchard"]


def _write_reviews(folder, count):
    """``count`` short reviews of remakes and look-alikes, enough for several batches."""
    for i in range(count):
        original = _ORIGINALS[i % len(_ORIGINALS)]
        other = _ORIGINALS[(i + 2) % len(_ORIGINALS)]
        year = 1990 + i % 30
        (folder / f"review-{i:03d}.txt").write_text(
            f"Harbour Story {i} ({year})\nReviewed by Jo Berg{i % 3}\n\n"
            f"Harbour Story {i} ({year}) is a remake of {original} ({1950 + i % 20}), and it owes an obvious "
            f"debt to {other} ({1960 + i % 10}). Ana Lind{i % 7} plays Mira.\n",
            encoding="utf-8",
        )


def test_workers_give_the_same_graph(tmp_path):
    folder = tmp_path / "reviews"
    folder.mkdir()
    _write_reviews(folder, INGEST_BATCH * 2 + 9)
    graphs = {}
    for workers in (1, 2):
        with FilmGraph.open(":memory:", validate=False) as graph:
            report = graph.ingest(folder, workers=workers)
            assert report.ok and report.reviews == INGEST_BATCH * 2 + 9
            graphs[workers] = sorted(str(quad) for quad in graph.store.quads())
    assert graphs[1] == graphs[2]
    assert any("remakeOf" in quad for quad in graphs[1])


class _Unpicklable(Exception):
    """An extractor's exception that cannot cross to another process: it holds a lock."""

    def __init__(self, message):
        super().__init__(message)
        self.lock = threading.Lock()


def test_a_review_failing_in_a_worker_is_reported_with_its_cause(tmp_path, monkeypatch):
    """A failure in a worker process comes back with its cause: itself when it pickles, else its
    type and message; the other reviews go in."""
    from filmgraph.extract import extract_review

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched extractor reaches worker processes only when they are forked")

    def flaky(review):
        if review.source.endswith("review-003.txt"):
            raise ValueError("bad sentence")
        if review.source.endswith("review-005.txt"):
            raise _Unpicklable("holds a lock")
        return extract_review(review)

    monkeypatch.setattr("filmgraph.extract.extract_review", flaky)
    folder = tmp_path / "reviews"
    folder.mkdir()
    _write_reviews(folder, INGEST_BATCH + 9)
    with FilmGraph.open(":memory:", validate=False) as graph:
        report = graph.ingest(folder, workers=2)
    assert report.reviews == INGEST_BATCH + 7
    plain, unpicklable = report.errors
    assert isinstance(plain, ExtractionFailed) and plain.source.endswith("review-003.txt")
    assert isinstance(plain.__cause__, ValueError) and str(plain.__cause__) == "bad sentence"
    assert isinstance(unpicklable, ExtractionFailed) and "(_Unpicklable: holds a lock)" in str(unpicklable)
    assert type(unpicklable.__cause__) is ExtractionError
    assert str(unpicklable.__cause__) == "tests.test_ingest_workers._Unpicklable: holds a lock"
