"""The one exception tree: every error filmgraph raises on purpose is a :class:`FilmgraphError`.

Each pipeline stage has its own branch, and where a built-in exception fits the leaf inherits
from it too (a bad review file is also a ``ValueError``; a film that is not there is also a
``LookupError``), so callers can catch either. Messages name the file or title and the problem.
"""

from __future__ import annotations

__all__ = [
    "FilmgraphError",
    "ReviewError",
    "ExtractionError",
    "ResolutionError",
    "RDFError",
    "ValidationError",
    "StoreError",
    "QueryError",
    "ExportError",
    "UnknownPluginError",
    "FilmNotFound",
    "AmbiguousTitle",
    "CatalogError",
    "EndpointError",
]


class FilmgraphError(Exception):
    """Base of every error filmgraph raises on purpose."""


class ReviewError(FilmgraphError, ValueError):
    """A review file could not be read: missing, unreadable, empty, binary or not text."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ExtractionError(FilmgraphError):
    """The extractor failed on a review."""


class ResolutionError(FilmgraphError):
    """A mention could not be resolved to a film or person."""


class RDFError(FilmgraphError, ValueError):
    """RDF could not be produced or parsed (a catalog file, an import)."""


class ValidationError(FilmgraphError):
    """A graph does not conform to the SHACL shapes in ``ontology/shapes.ttl``."""


class StoreError(FilmgraphError):
    """The store could not be opened, read or written."""


class QueryError(FilmgraphError, ValueError):
    """A SPARQL query is malformed, or a parameter cannot be bound."""


class ExportError(FilmgraphError):
    """A graph could not be exported."""


class UnknownPluginError(FilmgraphError, KeyError):
    """A format, backend or component name that no registry knows."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(sorted(known))}")
        self.kind, self.name, self.known = kind, name, known

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class FilmNotFound(ResolutionError, LookupError):
    """No film in the graph has this title (and year); ``near`` lists the closest titles."""

    def __init__(self, title: str, year: int | None = None, near: list[str] | None = None) -> None:
        self.title, self.year, self.near = title, year, list(near or [])
        named = f"{title!r}" + (f" ({year})" if year else "")
        hint = f"; did you mean: {', '.join(self.near)}" if self.near else ""
        super().__init__(f"no film {named} in the graph{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousTitle(ResolutionError, LookupError):
    """Several films share this title and no year tells them apart; ``candidates`` lists them."""

    def __init__(self, title: str, candidates: list[tuple[str, str, int | None]]) -> None:
        self.title = title
        #: (iri, title, year) of each film with that title
        self.candidates = list(candidates)
        listed = "; ".join(f"{t} ({y if y else 'year unknown'}) <{i}>" for i, t, y in self.candidates)
        super().__init__(f"{title!r} is ambiguous, give --year: {listed}")

    def __str__(self) -> str:
        return str(self.args[0])


class CatalogError(RDFError):
    """A catalog file could not be imported: unreadable, or not a format filmgraph knows."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class EndpointError(StoreError):
    """A remote SPARQL endpoint (Wikidata or one shaped like it) could not be reached or answered badly."""

    def __init__(self, endpoint: str, problem: str) -> None:
        super().__init__(f"{endpoint}: {problem}")
        self.endpoint = endpoint
        self.problem = problem
