"""Fixtures for the export tests: small hand-made stores on each backend."""

from __future__ import annotations

import pytest

from filmgraph.export._sample import sample_store
from filmgraph.model import Evidence, Extraction, FilmRef, CastCredit, ReviewedFilm, Span
from filmgraph.rdf.writer import review_graph
from filmgraph.resolve import resolve_extraction
from filmgraph.reviews import read_text
from filmgraph.store.memory import MemoryBackend
from filmgraph.store.oxigraph import OxigraphBackend

#: A title that tries to break out of every format: script tags, quotes, a trailing backslash.
NASTY_TITLE = 'The </script><script>document.body.setAttribute("data-pwned","1")</script> & "Co" \\'


@pytest.fixture(params=["oxigraph", "memory"])
def store(request):
    """The sample reviews, on each backend."""
    backend = OxigraphBackend(None) if request.param == "oxigraph" else MemoryBackend()
    return sample_store(backend)


@pytest.fixture
def oxigraph_store():
    return sample_store()


@pytest.fixture
def nasty_store():
    """The sample reviews plus one film whose title and character are hostile text."""
    backend = sample_store()
    text = "It remakes Dhamaka (2021). Liam Neeson plays </b>\n\"x\"."
    review = read_text(text, source="nasty.txt")
    said = Evidence(Span(0, 26), Span(11, 18), 0.8)
    cast = CastCredit("Liam Neeson", '</b>\n"x"', Evidence(Span(27, len(text)), Span(27, 38), 0.8))
    extraction = Extraction(review, ReviewedFilm(NASTY_TITLE, 1999), remake_of=(FilmRef("Dhamaka", 2021, evidence=said),),
                            cast=(cast,))
    backend.replace_graph(review_graph(resolve_extraction(extraction)))
    return backend


@pytest.fixture
def empty_store():
    return OxigraphBackend(None)
