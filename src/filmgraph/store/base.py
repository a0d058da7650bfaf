"""What every store backend does: the small, explicit interface the API relies on.

A backend holds quads: one named graph per review, plus the catalog graph. Queries see the union
of all graphs as their default graph. Writes are whole graphs, each replaced atomically, so a
failure part-way through a review leaves the store as it was before it.

Besides queries and writes, a backend offers the capabilities its callers would otherwise reach
into its internals for: rows as plain values read as they come (:meth:`Backend.iter_values`),
the links of one predicate (:meth:`Backend.links`), a whole-store dump (:meth:`Backend.dump`),
whether it reads from disk (:attr:`Backend.on_disk`) and the library store behind it
(:attr:`Backend.native`). Each has a default built on the queries, which a backend overrides
where it has a faster way.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import IdentifiedNode, Node

from ..errors import StoreError, UnknownPluginError
from ..query.results import SelectResult
from ..rdf.formats import FORMATS, Format, rdf_format

__all__ = ["Backend", "Quad"]

Quad = tuple[Node, Node, Node, Node | None]  # no graph name: the default graph


class Backend(ABC):
    """A quad store that filmgraph can read and write."""

    #: The registry name of the backend ("oxigraph", "memory", "sparql").
    name: str = ""
    location: str = ""
    #: Whether the store reads its indexes from disk, where every index look-up is a seek: there
    #: a query that scans each predicate once and joins the scans by hashing beats one that looks
    #: up each match (see :mod:`filmgraph.export.networkx`).
    on_disk: bool = False

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

    def iter_values(self, query: str, bindings: Mapping[str, object] | None = None) -> Iterator[tuple[str | None, ...]]:
        """Run a SELECT query; its rows as :meth:`select_values` gives them, read as they come.

        For a result too large to hold twice (the graph exports read every film this way). The
        query runs, and a malformed one is refused, before the first row is asked for; a store
        that fails while the rows are read raises :class:`~filmgraph.errors.StoreError` then.
        """
        return iter(self.select_values(query, bindings))

    def links(self, predicate: str) -> Iterator[tuple[str, str, str]]:
        """The ``(subject, object, graph)`` IRIs of every quad of ``predicate`` (an IRI) in a named
        graph whose object is an IRI, in no particular order.

        Examples
        --------
        >>> from filmgraph.store import open_store
        >>> store = open_store("memory:")
        >>> store.load(b"<https://e/a> <https://e/p> <https://e/b> <https://e/g> .\\n", "nquads")
        >>> list(store.links("https://e/p"))
        [('https://e/a', 'https://e/b', 'https://e/g')]
        """
        rows = self.iter_values("SELECT ?s ?o ?g WHERE { GRAPH ?g { ?s ?p ?o FILTER(isIRI(?o)) } }",
                                {"p": URIRef(predicate)})
        return ((s, o, g) for s, o, g in rows if s is not None and o is not None and g is not None)

    def dump(self, path: str | os.PathLike[str], format: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Write every quad to the file ``path`` in the dataset syntax ``format`` (``"nquads"``,
        ``"trig"``, or another name of :data:`~filmgraph.rdf.formats.FORMATS` that keeps graphs).

        ``prefixes`` (prefix -> namespace) are declared where the syntax has prefixes. The
        default serialises through rdflib; a backend with a native dump overrides it.

        Raises
        ------
        StoreError
            If ``format`` is unknown or cannot hold named graphs, or the quads cannot be serialised.
        OSError
            If the file cannot be written.
        """
        syntax = self._dataset_format(format)
        dataset = Dataset()
        for prefix, namespace in (prefixes or {}).items():
            dataset.bind(prefix, namespace)
        for s, p, o, g in self.quads():
            dataset.graph(g if isinstance(g, IdentifiedNode) else DATASET_DEFAULT_GRAPH_ID).add((s, p, o))
        try:
            data = dataset.serialize(format=syntax.rdflib_name, encoding="utf-8")
        except Exception as error:  # rdflib's serialisers raise many kinds of error
            raise StoreError(f"cannot serialise {self.location or self.name} as {syntax.name}: {error}") from error
        with open(path, "wb") as sink:
            sink.write(data)

    @property
    def native(self) -> object | None:
        """The library store behind this backend (a :class:`pyoxigraph.Store`), for a caller that
        must hand that library's own object to it (``filmgraph serve``'s query workers); None when
        there is none to hand over."""
        return None

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

    @staticmethod
    def _dataset_format(format: str) -> Format:
        """The RDF format ``dump`` was given; one unknown or without graphs is a :class:`StoreError`."""
        datasets = [known.name for known in FORMATS if known.datasets]
        try:
            syntax = rdf_format(format)
        except UnknownPluginError as error:
            raise StoreError(f"cannot dump as {format!r}; use one of {', '.join(datasets)}") from error
        if not syntax.datasets:
            raise StoreError(f"cannot dump as {syntax.name}: it has no named graphs; use one of {', '.join(datasets)}")
        return syntax

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
