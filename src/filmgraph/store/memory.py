"""An in-memory rdflib Dataset backend, for small jobs, notebooks and doctests."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import cast

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result, ResultRow

from ..errors import QueryError, StoreError
from ..query.bindings import bind_values
from ..query.results import SelectResult
from .base import Backend, Quad

__all__ = ["MemoryBackend"]


class MemoryBackend(Backend):
    """Quads in an rdflib :class:`~rdflib.Dataset` whose default graph is the union of all graphs."""

    name = "memory"
    location = ":memory:"

    def __init__(self) -> None:
        self.dataset = Dataset(default_union=True)

    def _query(self, query: str, bindings: Mapping[str, object] | None) -> Result:
        try:
            return self.dataset.query(bind_values(query, bindings or {}))
        except Exception as error:  # rdflib raises pyparsing's and its own errors for bad queries
            raise QueryError(f"SPARQL error: {error}") from error

    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> SelectResult:
        result = self._query(query, bindings)
        if result.type != "SELECT":
            raise QueryError("not a SELECT query")
        variables = tuple(str(v) for v in result.vars or ())
        return SelectResult(variables, tuple(tuple(cast(ResultRow, row)) for row in result))

    def ask(self, query: str, bindings: Mapping[str, object] | None = None) -> bool:
        result = self._query(query, bindings)
        if result.type != "ASK":
            raise QueryError("not an ASK query")
        return bool(result.askAnswer)

    def construct(self, query: str, bindings: Mapping[str, object] | None = None) -> Graph:
        result = self._query(query, bindings)
        if result.type not in ("CONSTRUCT", "DESCRIBE"):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        if result.graph is None:
            raise QueryError("the query gave no graph")
        return result.graph

    def replace_graph(self, graph: Graph) -> None:
        target = self.dataset.graph(graph.identifier)
        target.remove((None, None, None))
        for triple in graph:
            target.add(triple)

    def drop_graph(self, iri: URIRef) -> None:
        self.dataset.remove_graph(self.dataset.graph(iri))

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        context = self.dataset.graph(graph) if graph is not None else None
        for s, p, o, g in self.dataset.quads((None, None, None, context)):
            name = g.identifier if isinstance(g, Graph) else g
            yield s, p, o, (None if name == DATASET_DEFAULT_GRAPH_ID else name)

    def load(self, data: bytes, format: str) -> None:
        try:
            self.dataset.parse(data=data, format=self._load_format(format).rdflib_name)
        except Exception as error:  # rdflib's parsers raise many kinds of error
            raise StoreError(f"cannot load {format} data: {error}") from error

    def graph_names(self) -> list[URIRef]:
        return [g.identifier for g in self.dataset.graphs()
                if isinstance(g.identifier, URIRef) and len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID]

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))
