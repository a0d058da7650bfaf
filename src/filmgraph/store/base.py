"""What every store backend does: the small, explicit interface the API relies on.

A backend holds quads: one named graph per review, plus the catalog graph. Queries see the union
of all graphs as their default graph. Writes are whole graphs, each replaced atomically, so a
failure part-way through a review leaves the store as it was before it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..errors import StoreError, UnknownPluginError
from ..rdf.formats import Format, rdf_format

__all__ = ["Backend", "SelectResult", "Row", "Quad"]

Quad = tuple[Node, Node, Node, Node | None]  # no graph name: the default graph


class Row(Mapping[str, "Node | None"]):
    """One row of a SELECT result: a read-only mapping from variable name to rdflib term (None
    when unbound), whose values also read as attributes, as in rdflib's result rows.

    >>> from rdflib import Literal
    >>> row = Row(("title", "year"), (Literal("Psycho"), None))
    >>> row["title"], row.title, row.year, dict(row) == {"title": Literal("Psycho"), "year": None}
    (rdflib.term.Literal('Psycho'), rdflib.term.Literal('Psycho'), None, True)
    """

    __slots__ = ("_terms",)

    def __init__(self, variables: tuple[str, ...], terms: tuple[Node | None, ...]) -> None:
        self._terms = dict(zip(variables, terms))

    def __getitem__(self, name: str) -> Node | None:
        return self._terms[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __getattr__(self, name: str) -> Node | None:
        if name == "_terms":  # not set yet (a copy being made): no recursion through this method
            raise AttributeError(name)
        try:
            return self._terms[name]
        except KeyError as error:
            raise AttributeError(f"no variable {name!r} in this row; it has {', '.join(self._terms)}") from error

    def __repr__(self) -> str:
        return f"Row({self._terms!r})"


@dataclass(frozen=True, slots=True)
class SelectResult:
    """The answer to a SELECT query: variable names and rows of rdflib terms (None when unbound).

    Iterating gives each row as a :class:`Row` (``row["title"]`` or ``row.title``);
    :meth:`to_json` and :meth:`to_csv` give the whole result in the SPARQL 1.1 results formats.
    """

    variables: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]

    def dicts(self) -> list[dict[str, Node | None]]:
        """The rows as ``{variable: term}`` mappings."""
        return [dict(zip(self.variables, row)) for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        """The SPARQL 1.1 Query Results JSON object (``head.vars``, ``results.bindings``)."""
        from ..query.results import results_json  # the renderers import this module

        return results_json(self)

    def to_csv(self) -> str:
        """The SPARQL 1.1 Query Results CSV: a header of variable names, then lexical values."""
        from ..query.results import results_csv

        return results_csv(self)

    def __iter__(self) -> Iterator[Row]:
        return (Row(self.variables, row) for row in self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class Backend(ABC):
    """A quad store that filmgraph can read and write."""

    #: The registry name of the backend ("oxigraph", "memory", "sparql").
    name: str = ""
    location: str = ""

    @abstractmethod
    def replace_graph(self, graph: Graph) -> None:
        """Replace the named graph ``graph.identifier`` by ``graph``, atomically."""

    @abstractmethod
    def drop_graph(self, iri: URIRef) -> None:
        """Remove a named graph and all its quads (no error if it is absent)."""

    @abstractmethod
    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> SelectResult:
        """Run a SELECT query; ``bindings`` are bound as RDF terms (see :func:`bind_values`)."""

    def select_values(self, query: str, bindings: Mapping[str, object] | None = None) -> list[tuple[str | None, ...]]:
        """Run a SELECT query; its rows as lexical values: IRI strings, literal forms, None when unbound.

        For large results read in bulk, where making an rdflib term of every value would cost
        more than the query; backends override it to skip those terms.
        """
        return [tuple(None if term is None else str(term) for term in row) for row in self.select(query, bindings).rows]

    @abstractmethod
    def ask(self, query: str, bindings: Mapping[str, object] | None = None) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def construct(self, query: str, bindings: Mapping[str, object] | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE query."""

    @abstractmethod
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad, or those of one named graph."""

    @abstractmethod
    def load(self, data: bytes, format: str) -> None:
        """Bulk-load serialised quads or triples in one go; ``format`` is any name, extension or
        media type of :data:`~filmgraph.rdf.formats.FORMATS` (``"nquads"``, ``"ttl"``, ...)."""

    @staticmethod
    def _load_format(format: str) -> Format:
        """The RDF format ``load`` was given; an unknown one is a :class:`StoreError` naming the known."""
        try:
            return rdf_format(format)
        except UnknownPluginError as error:
            raise StoreError(f"cannot load format {format!r}; use one of {', '.join(error.known)}") from error

    @abstractmethod
    def __len__(self) -> int:
        """The number of quads."""

    def graph_names(self) -> list[URIRef]:
        """The named graphs in the store."""
        result = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [URIRef(str(row[0])) for row in result.rows if row[0] is not None]

    def optimize(self) -> None:  # noqa: B027 - optional for a backend: most need nothing
        """Ready the store for reading after a bulk load; by default nothing is needed.

        An on-disk Oxigraph store compacts the files a bulk load wrote (otherwise each look-up
        reads through all of them until background compaction catches up).
        """

    def close(self) -> None:  # noqa: B027 - optional for a backend: most hold nothing to release
        """Release the store (flush to disk where that applies)."""

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
