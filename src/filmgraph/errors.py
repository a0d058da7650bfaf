"""The one exception tree: every error filmgraph raises on purpose is a :class:`FilmgraphError`.

Each pipeline stage has its own branch, and where a built-in exception fits the leaf inherits
from it too (a bad review file is also a ``ValueError``; a film that is not there is also a
``LookupError``), so callers can catch either. Messages name the file or title and the problem.
"""

from __future__ import annotations

import re

__all__ = [
    "shown_name",
    "FilmgraphError",
    "ReviewError",
    "ExtractionError",
    "ResolutionError",
    "RDFError",
    "ValidationError",
    "StoreError",
    "StoreNotFound",
    "StoreInUse",
    "QueryError",
    "ExportError",
    "UnknownPluginError",
    "FilmNotFound",
    "AmbiguousTitle",
    "CatalogError",
    "EndpointError",
]


#: Characters that would act on a terminal or a log rather than show: C0 and C1 controls, DEL,
#: line and paragraph separators, the bidirectional overrides that reorder what follows, and lone
#: surrogates (bytes of a file name that are not UTF-8), which no terminal encoding can print.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown_name(name: object) -> str:
    """A file name (or any text a message repeats) safe to print on one line: control characters,
    line breaks and direction overrides written as Python escapes, so a name cannot forge a line
    of output or move the cursor.

    >>> shown_name("a\\nerror: b\\x1b[31m.txt")
    'a\\\\nerror: b\\\\x1b[31m.txt'
    """
    return _UNSHOWN.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), str(name))


class FilmgraphError(Exception):
    """Base of every error filmgraph raises on purpose."""


class ReviewError(FilmgraphError, ValueError):
    """A review file could not be read: missing, unreadable, empty, binary or not text."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{shown_name(source)}: {problem}")
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


class StoreNotFound(StoreError, FileNotFoundError):
    """No store at the location a reader asked for; ``path`` is where it looked and ``origin`` how
    that location was chosen (see :func:`filmgraph.store.find_store_location`)."""

    def __init__(self, path: str, origin: str) -> None:
        super().__init__(f"no store at {shown_name(path)} ({shown_name(origin)})")
        self.path, self.origin = path, origin

    def __str__(self) -> str:  # OSError would format its args as "[Errno ...]"
        return str(self.args[0])


class StoreInUse(StoreError):
    """Another process holds the store for writing; ``holder`` describes it when it said who it is."""

    def __init__(self, path: str, holder: str | None) -> None:
        who = f"process {shown_name(holder)}" if holder else "another process"
        super().__init__(f"the store at {shown_name(path)} is being written by {who}")
        self.path, self.holder = path, holder


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
        super().__init__(f"{title!r} names {len(self.candidates)} films: {'; '.join(self.names())}")

    def names(self) -> list[str]:
        """The candidates as "Title (YEAR)", each with its IRI only where title and year do not
        tell it from another.

        >>> AmbiguousTitle("Psycho", [("a", "Psycho", 1960), ("b", "Psycho", None), ("c", "Psycho", None)]).names()
        ['Psycho (1960)', 'Psycho (year unknown) <b>', 'Psycho (year unknown) <c>']
        """
        shown = [f"{title} ({year if year else 'year unknown'})" for _, title, year in self.candidates]
        return [f"{name} <{iri}>" if shown.count(name) > 1 else name for name, (iri, _, _) in zip(shown, self.candidates)]

    def __str__(self) -> str:
        return str(self.args[0])


class CatalogError(RDFError):
    """A catalog file could not be imported: unreadable, or not a format filmgraph knows."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{shown_name(source)}: {problem}")
        self.source = source
        self.problem = problem


class EndpointError(StoreError):
    """A remote SPARQL endpoint (Wikidata or one shaped like it) could not be reached or answered badly."""

    def __init__(self, endpoint: str, problem: str) -> None:
        super().__init__(f"{endpoint}: {problem}")
        self.endpoint = endpoint
        self.problem = problem
