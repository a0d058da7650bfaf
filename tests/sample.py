"""A tiny hand-made store for the tests and for the package's doctests (``sample_store`` and
``sample_graph`` are in every doctest's namespace: see the ``conftest.py`` beside ``pyproject.toml``).

Four short reviews: Hard Hit (2021) remakes Retribution (2015) (stated twice, with different
confidence), Retribution (2023) remakes it too, and Dhamaka (2021) remakes The Terror Live
(2013), which influenced Hard Hit. Directors, a cast member with a character, a reviewer.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from filmgraph.export import to_networkx
from filmgraph.model import (
    CastCredit,
    Evidence,
    Extraction,
    FilmClaim,
    FilmRef,
    PersonRef,
    ReviewedFilm,
    Reviewer,
    Span,
)
from filmgraph.rdf.writer import review_graph
from filmgraph.relations import FILM_RELATIONS
from filmgraph.resolve import FilmIndex, Resolver
from filmgraph.reviews import read_text
from filmgraph.store import Backend, open_store

__all__ = ["sample_store", "sample_graph"]

# (file name, text, the facts its extraction states: see _extraction)
_REVIEWS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "hard-hit.txt",
        ("Hard Hit (2021) is a remake of Retribution (2015). Kim Chang-ju directed it. "
         "Jo Woo-jin plays Seong-gyu. It owes a debt to The Terror Live (2013). By Ana Reyes."),
        {
            "film": ("Hard Hit", 2021, ("thriller",), [("director", "Kim Chang-ju", "Kim Chang-ju directed it.", 0.95)]),
            "remake_of": [("Retribution", 2015, "Hard Hit (2021) is a remake of Retribution (2015).", 0.9)],
            "influences": [("The Terror Live", 2013, "It owes a debt to The Terror Live (2013).", 0.7)],
            "cast": [("Jo Woo-jin", "Seong-gyu", "Jo Woo-jin plays Seong-gyu.", 0.85)],
            "reviewer": "Ana Reyes",
        },
    ),
    (
        "hard-hit-again.txt",
        "Hard Hit (2021) seems to remake Retribution (2015).",
        {
            "film": ("Hard Hit", 2021, (), []),
            "remake_of": [("Retribution", 2015, "Hard Hit (2021) seems to remake Retribution (2015).", 0.6)],
        },
    ),
    (
        "retribution-2023.txt",
        'Retribution (2023) is a remake of Retribution (2015). Liam Neeson plays "Matt <Turner>".',
        {
            "film": ("Retribution", 2023, ("action", "thriller"), []),
            "remake_of": [("Retribution", 2015, "Retribution (2023) is a remake of Retribution (2015).", 0.9)],
            "cast": [("Liam Neeson", 'Matt <Turner>', 'Liam Neeson plays "Matt <Turner>".', 0.8)],
        },
    ),
    (
        "dhamaka.txt",
        "Dhamaka (2021) remakes The Terror Live (2013). Ram Madhvani directed it.",
        {
            "film": ("Dhamaka", 2021, (), [("director", "Ram Madhvani", "Ram Madhvani directed it.", 0.9)]),
            "remake_of": [("The Terror Live", 2013, "Dhamaka (2021) remakes The Terror Live (2013).", 0.95)],
        },
    ),
]


def _evidence(text: str, sentence: str, mention: str, confidence: float) -> Evidence:
    start = text.index(sentence)
    at = text.index(mention, start)
    return Evidence(Span(start, start + len(sentence)), Span(at, at + len(mention)), confidence)


def _extraction(source: str, text: str, facts: dict) -> Extraction:
    review = read_text(text, source=source)
    title, year, genres, crew = facts["film"]
    directors = tuple(PersonRef(name, _evidence(text, s, name, c)) for kind, name, s, c in crew if kind == "director")
    film = ReviewedFilm(title, year, genres=genres, directors=directors)
    # the films of each film relation, under its extraction field ("remake_of", "influences", ...)
    claims = tuple(FilmClaim(info.name, FilmRef(t, y, evidence=_evidence(text, s, t, c)))
                   for info in FILM_RELATIONS for t, y, s, c in facts.get(info.key or "", ()))
    cast = tuple(CastCredit(a, ch, _evidence(text, s, a, c)) for a, ch, s, c in facts.get("cast", []))
    reviewer = Reviewer(facts["reviewer"]) if "reviewer" in facts else None
    return Extraction(review, film, claims=claims, cast=cast, reviewer=reviewer)


def sample_store(backend: Backend | None = None) -> Backend:
    """A store (in-memory Oxigraph unless ``backend`` is given) holding the sample reviews."""
    if backend is None:
        backend = open_store(":memory:")
    resolver = Resolver(FilmIndex())
    for source, text, facts in _REVIEWS:
        backend.replace_graph(review_graph(resolver(_extraction(source, text, facts))))
    return backend


def sample_graph() -> nx.MultiDiGraph:
    """:func:`~filmgraph.export.networkx.to_networkx` of :func:`sample_store`."""
    return to_networkx(sample_store())
