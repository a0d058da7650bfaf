"""Extraction in worker processes gives the same graph as extraction in the ingesting process."""

from filmgraph import FilmGraph
from filmgraph.api import INGEST_BATCH

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
