"""What every store backend does: the small, explicit interface the API relies on.

A backend holds quads: one named graph per review, plus the catalog graph. Queries see the union
of all graphs as their default graph. Writes are whole graphs, each replaced atomically, so a
failure part-way through a review leaves the store as it was before it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..errors import StoreError, UnknownPluginError
from ..query.results import SelectResult
from ..rdf.formats import Format, rdf_format

__all__ = ["Backend", "Quad"]

Quad = tuple[Node, Node, Node, Node | None]  # no graph name: the default graph


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
