"""Serve a store read-only as a SPARQL 1.1 Protocol endpoint, on the loopback interface by default.

Queries come by GET (``?query=``) or POST (a form with ``query=``, or an
``application/sparql-query`` body) to ``/sparql`` or ``/query``. Results are negotiated by the
``Accept`` header: SELECT and ASK as SPARQL JSON (the default), XML, CSV or TSV; CONSTRUCT and
DESCRIBE as Turtle (the default), N-Triples or RDF/XML. The default graph is the union of the
named graphs, as everywhere in filmgraph.

Updates are refused: ``update=`` or an ``application/sparql-update`` body gets 403, and update
text sent as a query fails to parse as one (400). Each query has a time limit (503 when it runs
over) and a result-size limit (413 when the result has more rows or triples than allowed). A
query past its time limit stops at its next result row; one that spends all its time before the
first row (a big ORDER BY or GROUP BY) runs on in the background until it finishes, with its
answer thrown away.

Every other GET path is the explorer's (:mod:`filmgraph.explorer`): its page at ``/`` (search,
film and person pages, the neighbourhood graph, paths, the query library), its assets and its JSON
answers, for any store; only an Oxigraph store has the SPARQL endpoint. Every answer carries a
Content-Security-Policy header.

>>> from filmgraph.store import open_store
>>> server = make_server(open_store(":memory:"), port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .api import FilmGraph
from .explorer import CONTENT_SECURITY_POLICY, Explorer, ExplorerApp
from .store import Backend, open_store

__all__ = ["ServeSettings", "make_server", "serve", "DEFAULT_PORT"]

#: The port ``filmgraph serve`` listens on unless told otherwise (Oxigraph's own default).
DEFAULT_PORT = 7878

_PATHS = ("/sparql", "/query")
_MAX_BODY = 1 << 20  # bytes of query text accepted in a POST
_RESULTS_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_RESULTS_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                  "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
_GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Limits of the endpoint: seconds per query and rows (or triples) per result."""

    timeout: float = 30.0
    max_results: int = 100_000


class _Refused(Exception):
    """A request answered with an HTTP error status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def _accepted(header: str | None) -> list[str]:
    """Media types of an Accept header, most wanted first."""
    ranked = []
    for position, item in enumerate((header or "").split(",")):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        quality = 1.0
        for parameter in parts[1:]:
            if parameter.startswith("q="):
                try:
                    quality = float(parameter[2:])
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, parts[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def _choose(accept: str | None, offered: dict, default: str) -> str:
    """The first offered media type the client accepts (``*/*`` or no header takes the default)."""
    wanted = _accepted(accept)
    if not wanted:
        return default
    for media in wanted:
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    raise _Refused(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {accept!r}; offered: {', '.join(offered)}")


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        value = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            value["datatype"] = term.datatype.value
        return value
    return {"type": "triple", "value": str(term)}


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _write_solutions(kind: str, variables: list[str], rows: list[list[object]]) -> bytes:
    """SELECT results in one of the SPARQL 1.1 results formats."""
    if kind == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if kind == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                    for v, t in zip(variables, row) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if kind == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write_boolean(kind: str, value: bool) -> bytes:
    word = "true" if value else "false"
    if kind == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if kind == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{word}</boolean></sparql>\n").encode("utf-8")
    return f"{word}\n".encode("utf-8")


#: Queries evaluated at once; more are refused with 503 rather than queued behind a slow one.
_MAX_RUNNING_QUERIES = 8


class _Endpoint:
    """Runs one query on an Oxigraph store within the limits and serialises the answer."""

    def __init__(self, store: ox.Store, settings: ServeSettings) -> None:
        self.store = store
        self.settings = settings
        self.running = threading.BoundedSemaphore(_MAX_RUNNING_QUERIES)

    def answer(self, query: str, accept: str | None) -> tuple[bytes, str]:
        # Each query runs on a daemon thread: one that overruns its time limit is abandoned (its
        # answer thrown away), and it cannot keep the process alive at exit as a pool worker would.
        if not self.running.acquire(blocking=False):
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries running; try again later")
        deadline = time.monotonic() + self.settings.timeout
        outcome: list[tuple[bytes, str] | _Refused] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append(self._evaluate_in_worker(query, accept, deadline))
            finally:
                self.running.release()
                done.set()

        threading.Thread(target=run, name="filmgraph-query", daemon=True).start()
        if not done.wait(self.settings.timeout) or not outcome:
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                           f"the query ran over its time limit of {self.settings.timeout:g} s")
        if isinstance(outcome[0], _Refused):
            raise outcome[0]
        return outcome[0]

    def _evaluate_in_worker(self, query: str, accept: str | None, deadline: float) -> tuple[bytes, str] | _Refused:
        # pyoxigraph's results may only be dropped on the thread that made them, so a refusal is
        # returned without its traceback (whose frames hold them) rather than raised across threads.
        try:
            return self._evaluate(query, accept, deadline)
        except _Refused as refusal:
            return refusal.with_traceback(None)

    def _evaluate(self, query: str, accept: str | None, deadline: float) -> tuple[bytes, str]:
        try:
            result = self.store.query(query, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise _Refused(HTTPStatus.BAD_REQUEST, f"not a SPARQL query (updates are refused): {error}") from None
        except OSError as error:
            raise _Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {error}") from None
        limit = self.settings.max_results
        if isinstance(result, ox.QueryBoolean):
            media = _choose(accept, _RESULTS_TYPES, "application/sparql-results+json")
            kind = _RESULTS_TYPES[media]
            return _write_boolean(kind, bool(result)), _RESULTS_MEDIA[kind]
        if isinstance(result, ox.QuerySolutions):
            media = _choose(accept, _RESULTS_TYPES, "application/sparql-results+json")
            kind = _RESULTS_TYPES[media]
            variables = [v.value for v in result.variables]
            rows = []
            for solution in self._within(result, deadline, limit, "rows"):
                rows.append([solution[i] for i in range(len(variables))])
            return _write_solutions(kind, variables, rows), _RESULTS_MEDIA[kind]
        media = _choose(accept, _GRAPH_TYPES, "text/turtle")
        triples = list(self._within(result, deadline, limit, "triples"))
        body = ox.serialize(triples, format=_GRAPH_TYPES[media]) or b""
        return body, f"{media}; charset=utf-8" if media.startswith("text/") else media

    def _within(self, items, deadline: float, limit: int, what: str):
        """The items of a lazy result, stopping at the time limit or past the size limit."""
        for count, item in enumerate(items, 1):
            if count > limit:
                raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"the result has more than {limit} {what}; add a LIMIT or raise the limit")
            if time.monotonic() > deadline:
                raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"the query ran over its time limit of {self.settings.timeout:g} s")
            yield item


class _Handler(BaseHTTPRequestHandler):
    server_version = "filmgraph-sparql/1"
    endpoint: _Endpoint | None  # set on the subclass made by make_server; None for a store not Oxigraph's
    explorer: ExplorerApp  # likewise

    def log_message(self, format: str, *args: object) -> None:  # quiet unless asked
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    def _send(self, status: HTTPStatus, body: bytes, media_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _path(self) -> tuple[str, dict[str, list[str]]]:
        parts = urllib.parse.urlsplit(self.path)
        return parts.path.rstrip("/") or "/", urllib.parse.parse_qs(parts.query, keep_blank_values=True)

    def _run(self, params: dict[str, list[str]], body_query: str | None = None) -> None:
        if "update" in params:
            raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        queries = params.get("query", []) + ([body_query] if body_query is not None else [])
        if len(queries) != 1:
            raise _Refused(HTTPStatus.BAD_REQUEST, "give exactly one query (the query parameter or a body)")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise _Refused(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported")
        body, media_type = self.endpoint.answer(queries[0], self.headers.get("Accept"))
        self._send(HTTPStatus.OK, body, media_type)

    def _guarded(self, work) -> None:
        try:
            path, params = self._path()
            if path not in _PATHS and self.command in ("GET", "HEAD"):
                reply = self.explorer.respond(path, params)
                self._send(HTTPStatus(reply.status), reply.body, reply.media_type)
                return
            if path not in _PATHS or self.endpoint is None:
                raise _Refused(HTTPStatus.NOT_FOUND, f"no endpoint at {path}; query {' or '.join(_PATHS)}"
                               if self.endpoint is not None else
                               f"a {self.explorer.explorer.graph.store.name} store has no SPARQL endpoint here; "
                               "the explorer at / runs queries at /api/sparql")
            work(params)
        except _Refused as refusal:
            self._fail(refusal.status, str(refusal))

    def do_GET(self) -> None:  # noqa: N802 - the http.server naming
        self._guarded(self._run)

    def do_HEAD(self) -> None:  # noqa: N802
        self._guarded(self._run)

    def do_POST(self) -> None:  # noqa: N802
        self._guarded(self._post)

    def _post(self, params: dict[str, list[str]]) -> None:
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise _Refused(HTTPStatus.BAD_REQUEST, "bad Content-Length") from None
        if length > _MAX_BODY:
            raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a request body may hold at most {_MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        if media_type == "application/sparql-update":
            raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise _Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None
        if media_type == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(text, keep_blank_values=True)
            merged = {key: params.get(key, []) + values for key, values in form.items()}
            self._run({**params, **merged})
        elif media_type == "application/sparql-query":
            self._run(params, text)
        else:
            raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                           "POST a form (application/x-www-form-urlencoded) or application/sparql-query")


def make_server(store: Backend, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                settings: ServeSettings | None = None, verbose: bool = False) -> ThreadingHTTPServer:
    """The explorer and, for an Oxigraph store, a read-only SPARQL endpoint over ``store``,
    bound but not yet serving.

    Parameters
    ----------
    store : Backend
        Any store; an Oxigraph store (``filmgraph.store.oxigraph.OxigraphBackend``) is also
        served as a SPARQL endpoint at ``/sparql`` and ``/query``.
    host, port : str, int
        Where to listen; port 0 picks a free port (see ``server.server_address``).
    settings : ServeSettings, optional
        The time and size limits of each query.
    verbose : bool
        Log each request to stderr.

    Returns
    -------
    ThreadingHTTPServer
        Call ``serve_forever()`` on it (in a thread if need be) and ``shutdown()`` to stop.

    Raises
    ------
    OSError
        If the address cannot be bound.
    """
    settings = settings or ServeSettings()
    native = getattr(store, "store", None)
    endpoint = _Endpoint(native, settings) if isinstance(native, ox.Store) else None
    explorer = ExplorerApp(Explorer(FilmGraph(store)), sparql_path=_PATHS[0] if endpoint else None,
                           max_rows=settings.max_results)
    handler = type("Handler", (_Handler,), {"endpoint": endpoint, "explorer": explorer})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose  # type: ignore[attr-defined]
    return server


def serve(location: str | None = None, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
          settings: ServeSettings | None = None, verbose: bool = False,
          on_ready: Callable[[ThreadingHTTPServer], None] | None = None) -> None:
    """Open the store at ``location`` and serve it until interrupted (see :func:`make_server`).

    Serving only reads, so a store folder that does not exist is a StoreError, not a new store."""
    store = open_store(location, create=False)
    server = make_server(store, host, port, settings=settings, verbose=verbose)
    if on_ready is not None:
        on_ready(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()
