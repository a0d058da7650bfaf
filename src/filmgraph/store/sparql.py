"""A backend over any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, Fuseki, GraphDB): quads and queries in, answers out.

Requests go through filmgraph's one SPARQL HTTP client, :class:`~filmgraph.sparql_http.SparqlHttp`.
Reads are SPARQL 1.1 Protocol queries sent by POST. A review graph is replaced in one request:
with the Graph Store Protocol (``PUT {store}?graph=<g>``) when the endpoint has a graph store
URL, otherwise with one SPARQL 1.1 Update, ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> {
... } }``, whose data is serialised term by term (see :func:`~filmgraph.query.bindings.sparql_term`),
never pasted. Values enter queries only through :func:`~filmgraph.query.bindings.bind_values`.

Queries must see the union of the named graphs as their default graph, because every review
lives in its own graph. Virtuoso, GraphDB and Fuseki with ``tdb:unionDefaultGraph true`` do
this; Oxigraph's server does it when started with ``oxigraph serve --union-default-graph``
(see ``docs/endpoints.md``). Nothing in the queries is rewritten to work around an endpoint
that doesn't.

>>> SparqlBackend("http://127.0.0.1:7878").urls
('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
>>> SparqlBackend("http://localhost:3030/ds/query").urls
('http://localhost:3030/ds/query', 'http://localhost:3030/ds/update', 'http://localhost:3030/ds/data')
>>> SparqlBackend("http://localhost:8890/sparql").urls
('http://localhost:8890/sparql', 'http://localhost:8890/sparql', None)
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator, Mapping
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError, StoreError, UnknownPluginError
from ..query.bindings import bind_values, sparql_term
from ..query.results import SelectResult
from ..rdf.formats import Format, rdf_format
from ..sparql_http import UPDATE_FORMS, SparqlHttp, SparqlRequestError
from .base import Backend, Quad

__all__ = ["SparqlBackend", "endpoint_urls", "DEFAULT_USER_AGENT"]

#: The User-Agent header sent with every request.
DEFAULT_USER_AGENT = "filmgraph (SPARQLWrapper)"

# Triples per INSERT DATA request when loading without a graph store.
_INSERT_BATCH = 20_000


def endpoint_urls(query_url: str, update_url: str | None = None,
                  store_url: str | None = None) -> tuple[str, str | None, str | None]:
    """The query, update and graph store URLs of an endpoint, derived from what was given.

    A bare base URL (no path, as ``http://127.0.0.1:7878``) is an Oxigraph server: ``/query``,
    ``/update``, ``/store``. A URL ending in ``/query`` gets ``/update`` beside it and, under
    a dataset path (Fuseki's ``/ds/query``), ``/ds/data``, or at the root (Oxigraph),
    ``/store``. Any other URL (Virtuoso's or GraphDB's ``/sparql``) is used for both queries
    and updates, with no graph store unless one is given.

    Parameters
    ----------
    query_url : str
        The query endpoint, or an Oxigraph server's base URL.
    update_url, store_url : str or None
        Explicit URLs, which win over derived ones.

    Returns
    -------
    tuple
        ``(query_url, update_url, store_url)``; the store URL may be None.

    Raises
    ------
    StoreError
        If ``query_url`` is not an http(s) URL.

    Examples
    --------
    >>> endpoint_urls("http://h:7200/repositories/films", store_url="http://h:7200/repositories/films/rdf-graphs/service")[2]
    'http://h:7200/repositories/films/rdf-graphs/service'
    """
    parts = urllib.parse.urlsplit(query_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{query_url!r} is not an http(s) SPARQL endpoint URL")
    path = parts.path.rstrip("/")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    derived_update: str | None
    derived_store: str | None
    if not path:
        query_url, derived_update, derived_store = f"{base}/query", f"{base}/update", f"{base}/store"
    elif path.endswith("/query"):
        prefix = path[: -len("/query")]
        derived_update = f"{base}{prefix}/update"
        derived_store = f"{base}{prefix}/data" if prefix else f"{base}/store"
    else:
        derived_update, derived_store = query_url, None
    return query_url, update_url or derived_update, store_url or derived_store


def _term(binding: Mapping[str, Any]) -> Node:
    """An rdflib term from one value of a SPARQL 1.1 JSON results binding."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return Literal(value, lang=binding["xml:lang"])
        datatype = binding.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    raise StoreError(f"unsupported term type {kind!r} in SPARQL results")


def _bind(query: str, bindings: Mapping[str, object] | None, at_end: bool | None) -> str:
    """``query`` with ``bindings`` bound, leaving out those that are None.

    A VALUES row with UNDEF for a variable means the same as not binding it, and leaving it out
    sends endpoints (some of which handle UNDEF poorly) a simpler query.
    """
    return bind_values(query, {name: value for name, value in (bindings or {}).items() if value is not None},
                       at_end=at_end)


def _triples_text(triples: Any) -> str:
    try:
        return "\n".join(f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in triples)
    except Exception as error:  # rdflib refuses to serialise an invalid IRI
        raise StoreError(f"cannot serialise the graph: {error}") from error


class SparqlBackend(Backend):
    """Quads behind a SPARQL 1.1 endpoint.

    Parameters
    ----------
    query_url : str
        The query endpoint, or an Oxigraph server's base URL (see :func:`endpoint_urls`).
    update_url : str, optional
        The SPARQL 1.1 Update endpoint; derived from ``query_url`` when left out.
    store_url : str, optional
        The SPARQL 1.1 Graph Store Protocol endpoint; when known, graphs are replaced with
        ``PUT`` and data loaded with ``POST`` there.
    user_agent : str
        The User-Agent header of every request.
    timeout : float
        Seconds to wait for each request.

    Raises
    ------
    StoreError
        From any method, when the endpoint cannot be reached, times out, or fails.
    QueryError
        From the query methods, when the endpoint rejects a query as malformed (HTTP 400).

    Examples
    --------
    >>> store = SparqlBackend("http://127.0.0.1:9", timeout=2)
    >>> store.select("SELECT * WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    filmgraph.errors.StoreError: cannot reach the SPARQL endpoint http://127.0.0.1:9/query: [Errno 111] Connection refused
    """

    name = "sparql"

    def __init__(self, query_url: str, update_url: str | None = None, store_url: str | None = None, *,
                 user_agent: str = DEFAULT_USER_AGENT, timeout: float = 60.0) -> None:
        self.query_url, self.update_url, self.store_url = endpoint_urls(query_url, update_url, store_url)
        self.location = self.query_url
        self._http = SparqlHttp(self.query_url, self.update_url, user_agent=user_agent, timeout=timeout)
        #: Whether bound values go at the end of the WHERE group: set once an endpoint refuses a
        #: query with them at the start and takes it with them at the end (see :meth:`_send_bound`).
        self.values_at_end = False

    @property
    def user_agent(self) -> str:
        """The User-Agent header of every request."""
        return self._http.user_agent

    @property
    def timeout(self) -> float:
        """Seconds to wait for each request."""
        return self._http.timeout

    @property
    def urls(self) -> tuple[str, str | None, str | None]:
        """``(query_url, update_url, store_url)``."""
        return self.query_url, self.update_url, self.store_url

    # -- requests ---------------------------------------------------------------------------

    def _send(self, text: str, query_type: str, accept: str | None = None) -> tuple[bytes, str]:
        """Run a query or update; the response body and its media type."""
        try:
            return self._http.send(text, query_type, accept)
        except SparqlRequestError as error:
            problem = error.detail or error.reason
            if error.kind == "rejected":
                if query_type in UPDATE_FORMS:
                    raise StoreError(f"the endpoint {error.url} refused an update: {problem}") from error
                raise QueryError(f"the endpoint {error.url} refused the query: {problem}") from error
            if error.status is not None:
                raise StoreError(f"the SPARQL endpoint {error.url} answered HTTP {error.status}: {problem}") from error
            if error.kind == "broken":
                raise StoreError(f"the SPARQL endpoint {error.url} sent a broken answer: {problem}") from error
            raise StoreError(f"cannot reach the SPARQL endpoint {error.url}: {problem}") from error

    def _send_bound(self, query: str, bindings: Mapping[str, object] | None, query_type: str,
                    accept: str) -> tuple[bytes, str]:
        """Send ``query`` with ``bindings``; if the endpoint refuses it, send it once more with the
        VALUES block closing the WHERE group instead of opening it (the same answers; Virtuoso 7.2
        fails some queries with it at the start) and, if that is taken, place it there from now on."""
        try:
            return self._send(_bind(query, bindings, True if self.values_at_end else None), query_type, accept)
        except (QueryError, StoreError) as refused:
            if self.values_at_end or not any(value is not None for value in (bindings or {}).values()):
                raise
            try:
                answer = self._send(_bind(query, bindings, True), query_type, accept)
            except (QueryError, StoreError) as error:
                raise refused from error
            self.values_at_end = True
            return answer

    def _results(self, query: str, bindings: Mapping[str, object] | None, query_type: str) -> dict[str, Any]:
        body, _ = self._send_bound(query, bindings, query_type, "application/sparql-results+json")
        try:
            return json.loads(body)
        except ValueError as error:
            raise StoreError(f"the SPARQL endpoint {self.query_url} did not answer in SPARQL JSON") from error

    def _send_data(self, method: str, url: str, data: bytes, media_type: str) -> None:
        try:
            self._http.send_data(method, url, data, media_type)
        except SparqlRequestError as error:
            if error.status is not None:
                raise StoreError(f"the graph store {url} answered HTTP {error.status}: "
                                 f"{error.detail or error.reason}") from error
            raise StoreError(f"cannot reach the graph store {url}: {error.reason}") from error

    def _update(self, text: str, query_type: str) -> None:
        if self.update_url is None:
            raise StoreError(f"no update endpoint is known for {self.query_url}; give update_url")
        self._send(text, query_type)

    # -- Backend ----------------------------------------------------------------------------

    def select(self, query: str, bindings: Mapping[str, object] | None = None) -> SelectResult:
        results = self._results(query, bindings, "SELECT")
        if "results" not in results:
            raise QueryError("not a SELECT query")
        variables = tuple(results.get("head", {}).get("vars", ()))
        rows = tuple(
            tuple(_term(row[v]) if v in row else None for v in variables)
            for row in results["results"].get("bindings", ())
        )
        return SelectResult(variables, rows)

    def ask(self, query: str, bindings: Mapping[str, object] | None = None) -> bool:
        results = self._results(query, bindings, "ASK")
        if "boolean" not in results:
            raise QueryError("not an ASK query")
        return bool(results["boolean"])

    def construct(self, query: str, bindings: Mapping[str, object] | None = None) -> Graph:
        body, media_type = self._send_bound(query, bindings, "CONSTRUCT", "application/n-triples, text/turtle;q=0.9")
        if media_type in ("application/sparql-results+json", "application/sparql-results+xml"):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        try:
            graph.parse(data=body, format=_answer_format(media_type).rdflib_name)
        except Exception as error:  # rdflib's parsers raise many kinds of error
            raise StoreError(f"cannot read the CONSTRUCT result ({media_type}): {error}") from error
        return graph

    def replace_graph(self, graph: Graph) -> None:
        name = URIRef(str(graph.identifier))
        data = _triples_text(graph)
        if self.store_url is not None:
            url = f"{self.store_url}?{urllib.parse.urlencode({'graph': str(name)})}"
            self._send_data("PUT", url, data.encode("utf-8"), rdf_format("ntriples").media_type)
            return
        target = sparql_term(name)
        self._update(f"DROP SILENT GRAPH {target} ; INSERT DATA {{ GRAPH {target} {{\n{data}\n}} }}", "DROP")

    def drop_graph(self, iri: URIRef) -> None:
        self._update(f"DROP SILENT GRAPH {sparql_term(URIRef(str(iri)))}", "DROP")

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        query = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        result = self.select(query, {"g": URIRef(str(graph))} if graph is not None else None)
        for s, p, o, g in result.rows:
            if s is not None and p is not None and o is not None:
                yield s, p, o, g

    def load(self, data: bytes, format: str) -> None:
        syntax = self._load_format(format)
        if self.store_url is not None:
            # Triples without a graph go to the default graph, as with the embedded store.
            url = self.store_url if syntax.datasets else f"{self.store_url}?default"
            self._send_data("POST", url, data, syntax.media_type)
            return
        dataset = Dataset()
        try:
            dataset.parse(data=data, format=syntax.rdflib_name)
        except Exception as error:  # rdflib's parsers raise many kinds of error
            raise StoreError(f"cannot load {format} data: {error}") from error
        for context in dataset.contexts():
            triples = list(context)
            name = context.identifier
            for start in range(0, len(triples), _INSERT_BATCH):
                body = _triples_text(triples[start:start + _INSERT_BATCH])
                if isinstance(name, URIRef) and str(name) != "urn:x-rdflib:default":
                    body = f"GRAPH {sparql_term(name)} {{\n{body}\n}}"
                self._update(f"INSERT DATA {{\n{body}\n}}", "INSERT")

    def __len__(self) -> int:
        result = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(str(result.rows[0][0])) if result.rows and result.rows[0][0] is not None else 0


def _answer_format(media_type: str) -> Format:
    """The RDF format of a CONSTRUCT answer by its media type; an endpoint that names no RDF
    media type most likely sent the Turtle it was asked for."""
    try:
        return rdf_format(media_type)
    except UnknownPluginError:
        return rdf_format("turtle")
