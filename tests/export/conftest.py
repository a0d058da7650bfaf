"""Fixtures for the export tests: small hand-made stores on each backend."""

from __future__ import annotations

import pytest

from filmgraph.model import CastCredit, Evidence, Extraction, FilmRef, ReviewedFilm, Span
from filmgraph.rdf.writer import review_graph
from filmgraph.resolve import resolve_extraction
from filmgraph.reviews import read_text
from filmgraph.store.memory import MemoryBackend
from filmgraph.store.oxigraph import OxigraphBackend
from tests.sample import sample_store

#: A title that tries to break out of every format: script tags, quotes, ANSI/OSC escape
#: sequences and BEL (terminal), NUL, form feed and the non-characters U+FFFE/U+FFFF (all
#: forbidden in XML), mathtext (``$x^2$``, and ``$\x$``, which matplotlib cannot parse), Graphviz
#: escapes (``\G\N\L``) and a trailing backslash.
NASTY_TITLE = ('The </script><script>document.body.setAttribute("data-pwned","1")</script> & "Co" '
               '\x1b[31m\x1b]0;owned\x07 \x00\x0c\ufffe\uffff $x^2$ $\\x$ \\G\\N\\L \\')

#: The evidence sentence of the hostile film's remake fact: Graphviz escapes and mathtext.
NASTY_SENTENCE = "It \\G\\N\\L remakes $x^2$ Dhamaka (2021)."


@pytest.fixture(params=["oxigraph", "memory"])
def store(request):
    """The sample reviews, on each backend."""
    backend = OxigraphBackend(None) if request.param == "oxigraph" else MemoryBackend()
    return sample_store(backend)


@pytest.fixture
def oxigraph_store():
    return sample_store()


def add_nasty_review(backend):
    """``backend`` with one more review: a film whose title, character and evidence sentence are
    hostile text (NASTY_TITLE, NASTY_SENTENCE), remaking Dhamaka (2021)."""
    text = NASTY_SENTENCE + " Liam Neeson plays </b>\n\"x\"."
    review = read_text(text, source="nasty.txt")
    said = Evidence(Span(0, len(NASTY_SENTENCE)), Span(text.index("Dhamaka"), text.index(" (2021)")), 0.8)
    cast = CastCredit("Liam Neeson", '</b>\n"x"', Evidence(Span(len(NASTY_SENTENCE) + 1, len(text)),
                                                          Span(text.index("Liam"), text.index(" plays")), 0.8))
    extraction = Extraction(review, ReviewedFilm(NASTY_TITLE, 1999), remake_of=(FilmRef("Dhamaka", 2021, evidence=said),),
                            cast=(cast,))
    backend.replace_graph(review_graph(resolve_extraction(extraction)))
    return backend


@pytest.fixture
def nasty_store():
    """The sample reviews plus the hostile one (see :func:`add_nasty_review`)."""
    return add_nasty_review(sample_store())


@pytest.fixture
def empty_store():
    return OxigraphBackend(None)
