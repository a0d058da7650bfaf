"""Fixtures for the explorer's tests: the bundled reviews plus one hostile review, on a store."""

from __future__ import annotations

from rdflib import Graph, URIRef

from filmgraph.api import FilmGraph
from filmgraph.model import Evidence, Extraction, FilmRef, ReviewedFilm, Span
from filmgraph.rdf.vocab import OWL
from filmgraph.rdf.writer import review_graph
from filmgraph.resolve import resolve_extraction
from filmgraph.resolve.link import LINK_GRAPH
from filmgraph.reviews import read_text

from ..conftest import DATA_REVIEWS

#: A film title that would run a script if a page put it into markup.
HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
#: Its review's file name and evidence sentence are hostile too.
HOSTILE_SOURCE = "<b>hostile</b>.txt"
HOSTILE_SENTENCE = f"{HOSTILE_TITLE} remakes Hard Hit (2021)<script>alert(2)</script>."
#: The Wikidata item the tests link Hard Hit to (as `filmgraph link` would).
HARD_HIT_QID = "Q104829571"


def add_hostile_review(fg: FilmGraph) -> None:
    """Store a review of the hostile film (1999) saying it remakes Hard Hit (2021)."""
    review = read_text(HOSTILE_SENTENCE, source=HOSTILE_SOURCE)
    start = HOSTILE_SENTENCE.index("Hard Hit")
    said = Evidence(Span(0, len(HOSTILE_SENTENCE)), Span(start, start + len("Hard Hit")), 0.9)
    extraction = Extraction(review, ReviewedFilm(HOSTILE_TITLE, 1999), remake_of=(FilmRef("Hard Hit", 2021, evidence=said),))
    fg.store.replace_graph(review_graph(resolve_extraction(extraction)))


def bundled_graph(location: str) -> FilmGraph:
    """The bundled reviews, the hostile review and a Wikidata link for Hard Hit in a store at
    ``location`` (any backend)."""
    fg = FilmGraph.open(location)
    report = fg.ingest(DATA_REVIEWS)
    assert report.ok, report.failed
    add_hostile_review(fg)
    links = Graph(identifier=URIRef(LINK_GRAPH))
    links.add((URIRef("https://w3id.org/filmgraph/id/film/hard-hit-2021"), OWL.sameAs,
               URIRef(f"http://www.wikidata.org/entity/{HARD_HIT_QID}")))
    fg.store.replace_graph(links)
    return fg
