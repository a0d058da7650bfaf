"""The default backend: an embedded Oxigraph store (pyoxigraph), on disk or in memory."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..errors import QueryError, StoreError, StoreInUse
from ..query.bindings import bind_values, sparql_term
from ..query.results import SelectResult
from ..rdf.terms import node_of, to_rdflib
from .base import Backend, Quad

__all__ = ["OxigraphBackend"]

_LINE_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)
#: Below this much data a bulk load is quick enough that threads would not pay for themselves.
_PARALLEL_BYTES = 8 << 20


def _cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _may_have_blank_nodes(data: bytes) -> bool:
    """Whether a line of N-Quads or N-Triples may hold a blank node (a term starting ``_:``).

    A literal holding " _:" also says yes, which only costs the parallel load.
    """
    at = data.find(b"_:")
    while at != -1:  # "_:" is rare outside blank nodes, so this is one scan of the data
        if at == 0 or data[at - 1] in b" \t\n":
            return True
        at = data.find(b"_:", at + 2)
    return False


def _cut_at_lines(data: bytes, parts: int) -> list[bytes]:
    """``data`` in up to ``parts`` pieces of about equal size, each ending at a line end."""
    pieces, start = [], 0
    for n in range(1, parts):
        end = data.find(b"\n", max(start, len(data) * n // parts)) + 1
        if end == 0:
            break
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return [piece for piece in pieces if piece]


#: The file in an on-disk store's folder naming the process that has it open for writing (RocksDB
#: ignores files it did not make). Oxigraph's own lock says only that the store is taken, not by whom.
HOLDER_FILE = "filmgraph-writer.json"
#: Opening read-only just after a writer compacted can read a file list naming files it has just
#: deleted (RocksDB reports "Corruption"); a moment later the list is current again.
_READ_ONLY_ATTEMPTS, _READ_ONLY_PAUSE = 5, 0.2


def _holder(folder: Path) -> str | None:
    """The process recorded as writing the store in ``folder`` ("1234 (filmgraph serve ...)"), or
    None when there is no record, it is unreadable, or its process has ended (a stale record left
    by a writer that was killed)."""
    try:
        record = json.loads((folder / HOLDER_FILE).read_text(encoding="utf-8"))
        pid, command = int(record["pid"]), str(record["command"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return None
    except PermissionError:  # it exists, as another user
        pass
    return f"{pid} ({command})" + (f" since {record['since']}" if record.get("since") else "")


def _open_read_only(path: Path) -> ox.Store:
    attempts = 1
    while True:
        try:
            return ox.Store.read_only(str(path))
        except FileNotFoundError as error:
            raise StoreError(f"{path} is not an Oxigraph store: {error}") from error
        except RuntimeError as error:
            if attempts == _READ_ONLY_ATTEMPTS or "Corruption" not in str(error):
                raise StoreError(f"cannot open the Oxigraph store at {path} read-only: {error}") from error
        except OSError as error:
            raise StoreError(f"cannot open the Oxigraph store at {path} read-only: {error}") from error
        attempts += 1
        time.sleep(_READ_ONLY_PAUSE)


_T = TypeVar("_T")


def _values(solutions: ox.QuerySolutions) -> Iterator[tuple[str | None, ...]]:
    """Each solution's lexical values (None when unbound)."""
    # The common widths unpacked term by term: a generic loop over each solution's terms costs a
    # tenth more than reading the rows does. A term is None only where a variable is unbound.
    width = len(solutions.variables)
    if width == 1:
        return ((None if a is None else a.value,) for (a,) in solutions)
    if width == 2:
        return ((None if a is None else a.value, None if b is None else b.value) for a, b in solutions)
    return (tuple([None if term is None else term.value for term in solution]) for solution in solutions)


def _links(store: ox.Store, predicate: str) -> Iterator[tuple[str, str, str]]:
    """(subject, object, graph) of the quads of ``predicate`` in named graphs with IRI objects."""
    named_node, default_graph, triple = ox.NamedNode, ox.DefaultGraph, ox.Triple
    for quad in store.quads_for_pattern(None, named_node(predicate), None, None):
        subject, obj, graph = quad.subject, quad.object, quad.graph_name
        # an RDF-star triple as subject has no lexical value, and no film or person is one
        if isinstance(obj, named_node) and not isinstance(graph, default_graph) and not isinstance(subject, triple):
            yield subject.value, obj.value, graph.value


class OxigraphBackend(Backend):
    """Quads in an Oxigraph store: on disk at ``path``, or in memory when ``path`` is None.

    An on-disk store has one writer at a time, which records itself in :data:`HOLDER_FILE` so
    that a second writer can be told who holds the store. With ``read_only`` the store opens
    beside a writer, as a snapshot of what the writer had written by then, and writes are refused.
    """

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.location = str(path) if path is not None else ":memory:"
        self.on_disk = path is not None
        self.read_only = read_only and path is not None
        self._holder_file: Path | None = None
        if path is None:
            self.store = ox.Store()
        elif self.read_only:
            self.store = _open_read_only(Path(path))
        else:
            try:
                self.store = ox.Store(str(path))
            except OSError as error:
                if "LOCK" in str(error):
                    raise StoreInUse(str(Path(path).absolute()), _holder(Path(path))) from error
                raise StoreError(f"cannot open the Oxigraph store at {path}: {error}") from error
            self._record_holder(Path(path))

    def _record_holder(self, folder: Path) -> None:
        """Write who holds the store; a stale record from a killed writer is simply replaced."""
        program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("python")
        # "python -m filmgraph" runs filmgraph/__main__.py: the package names the program better
        name = program.parent.name if program.name == "__main__.py" else program.name
        command = " ".join(" ".join([name, *sys.argv[1:]]).split())[:200]
        record = {"pid": os.getpid(), "command": command, "since": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
        try:
            (folder / HOLDER_FILE).write_text(json.dumps(record), encoding="utf-8")
        except OSError:
            return  # a read-only folder: the store works, a second writer just learns less
        self._holder_file = folder / HOLDER_FILE

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")

    def _query(self, query: str, bindings: Mapping[str, object] | None):
        try:
            return self.store.query(bind_values(query, bindings or {}), use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"SPARQL syntax error: {error}") from error
        except OSError as error:
            raise StoreError(f"query failed on {self.location}: {error}") from error

    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> SelectResult:
        result = self._query(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(to_rdflib(solution[i]) for i in range(len(variables))) for solution in result)
        return SelectResult(variables, rows)

    def select_values(self, query: str, bindings: Mapping[str, object] | None = None) -> list[tuple[str | None, ...]]:
        return list(self.iter_values(query, bindings))

    def iter_values(self, query: str, bindings: Mapping[str, object] | None = None) -> Iterator[tuple[str | None, ...]]:
        """The rows read from pyoxigraph as they come, with no rdflib term made for any value
        (which would cost more than the query on a large result)."""
        result = self._query(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        return self._reading(_values(result))

    def _reading(self, rows: Iterator[_T]) -> Iterator[_T]:
        """``rows``, with a failure to read the store while they are read as a StoreError."""
        try:
            yield from rows
        except OSError as error:
            raise StoreError(f"cannot read the store at {self.location}: {error}") from error

    def links(self, predicate: str) -> Iterator[tuple[str, str, str]]:
        """Read from the indexes: with no copies to fold, iterating the quads beats any query."""
        return self._reading(_links(self.store, predicate))

    def dump(self, path: str | os.PathLike[str], format: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Oxigraph's own dump: much faster than serialising through rdflib."""
        syntax = self._dataset_format(format)
        try:
            self.store.dump(os.fspath(path), format=syntax.syntax, prefixes=dict(prefixes or {}))
        except (ValueError, SyntaxError) as error:
            raise StoreError(f"cannot dump {self.location} as {syntax.name}: {error}") from error

    @property
    def native(self) -> ox.Store:
        return self.store

    def ask(self, query: str, bindings: Mapping[str, object] | None = None) -> bool:
        result = self._query(query, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: Mapping[str, object] | None = None) -> Graph:
        result = self._query(query, bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        for triple in result:
            graph.add((node_of(triple.subject), node_of(triple.predicate), node_of(triple.object)))
        return graph

    def replace_graph(self, graph: Graph) -> None:
        self._writable()
        name = ox.NamedNode(str(graph.identifier))
        # One SPARQL update is one transaction in Oxigraph: the old graph goes and the new one
        # comes in together, or neither happens. The data is serialised by rdflib, not pasted.
        data = "\n".join(f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in graph)
        try:
            self.store.update(f"DROP SILENT GRAPH {name} ; INSERT DATA {{ GRAPH {name} {{\n{data}\n}} }}")
        except (OSError, SyntaxError) as error:
            raise StoreError(f"cannot write graph {name} to {self.location}: {error}") from error

    def drop_graph(self, iri: URIRef) -> None:
        self._writable()
        node = ox.NamedNode(str(iri))
        if self.store.contains_named_graph(node):
            self.store.remove_graph(node)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        graph_node = ox.NamedNode(str(graph)) if graph is not None else None
        for quad in self.store.quads_for_pattern(None, None, None, graph_node):
            yield node_of(quad.subject), node_of(quad.predicate), node_of(quad.object), to_rdflib(quad.graph_name)

    def load(self, data: bytes, format: str) -> None:
        """Bulk-load ``data``; large line-based data is loaded in parallel parts.

        Oxigraph's bulk loader parses a batch and builds its index files on one core, and
        pyoxigraph releases the GIL meanwhile, so N-Quads or N-Triples cut at line ends load on
        every core at once (2.1x on 2 cores at 1M quads). Data with a blank node is loaded whole:
        each load gives blank node labels fresh names, so a node cut across parts would split.
        Like Oxigraph's bulk loader, a failure may leave the parts loaded before it.
        """
        rdf_format = self._load_format(format).syntax
        self._writable()
        parts = [data]
        if rdf_format in _LINE_FORMATS and len(data) >= _PARALLEL_BYTES and not _may_have_blank_nodes(data):
            parts = _cut_at_lines(data, _cores())
        try:
            if len(parts) == 1:
                self.store.bulk_load(data, format=rdf_format)
            else:
                with ThreadPoolExecutor(len(parts)) as pool:
                    for loaded in [pool.submit(self.store.bulk_load, part, format=rdf_format) for part in parts]:
                        loaded.result()
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"cannot load {format} data: {error}") from error

    def optimize(self) -> None:
        self._writable()
        try:
            self.store.optimize()
        except OSError as error:
            raise StoreError(f"cannot optimize the Oxigraph store at {self.location}: {error}") from error

    def graph_names(self) -> list[URIRef]:
        return [URIRef(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)]

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        """Flush to disk and release the store's lock, so another FilmGraph can open it.

        Oxigraph unlocks an on-disk store only when its Store object is freed; dropping our
        reference frees it even if something (a traceback, a cached frame) still holds this backend.
        """
        if self.store is not None:
            if not self.read_only:
                self.store.flush()
            if self._holder_file is not None:  # before the lock goes, so a next writer's record stays
                self._holder_file.unlink(missing_ok=True)
                self._holder_file = None
            self.store = None  # type: ignore[assignment]  # closed for good: dropping it unlocks the store
