"""Serve a store read-only as a SPARQL 1.1 Protocol endpoint, on the loopback interface by default.

Queries come by GET (``?query=``) or POST (a form with ``query=``, or an
``application/sparql-query`` body) to ``/sparql`` or ``/query``. Results are negotiated by the
``Accept`` header: SELECT and ASK as SPARQL JSON (the default), XML, CSV or TSV; CONSTRUCT and
DESCRIBE as Turtle (the default), N-Triples or RDF/XML. The default graph is the union of the
named graphs, as everywhere in filmgraph.

Updates are refused: ``update=`` or an ``application/sparql-update`` body gets 403, and update
text sent as a query fails to parse as one (400). Each query runs in a worker process of its own
(:mod:`filmgraph.query_workers`) under a time limit (503 when it runs over: a worker still busy
then is killed, so even a query that spends its time before the first row, a big ORDER BY or
GROUP BY, frees its slot), a memory limit (500 when the query ends its worker) and a result-size
limit (413 when the result has more rows or triples than allowed). ``SERVICE`` is refused (400)
unless allowed, before anything is sent.

Each request must arrive whole within ``request_timeout`` seconds (10 by default); a POST needs
a Content-Length (411) of at most 1 MB (413). On a loopback interface the Host header must name
this server (421 otherwise), so that a web page whose domain resolves to 127.0.0.1 (DNS
rebinding) cannot read the endpoint.

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

import io
import ipaddress
import re
import signal
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .api import FilmGraph
from .errors import StoreError
from .explorer import CONTENT_SECURITY_POLICY, Explorer, ExplorerApp
from .query_workers import QueryPool, ServeSettings
from .query_workers import Refused as _Refused
from .store import Backend, open_store

__all__ = ["ServeSettings", "make_server", "serve", "DEFAULT_PORT"]

#: The port ``filmgraph serve`` listens on unless told otherwise (Oxigraph's own default).
DEFAULT_PORT = 7878

_PATHS = ("/sparql", "/query")
_MAX_BODY = 1 << 20  # bytes of query text accepted in a POST
_SEND_SECONDS = 30.0  # each answer must be taken by the client within this


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes until ``deadline``: a read then, or one that would last past it, raises
    TimeoutError (on which http.server closes the connection)."""

    def __init__(self, connection: socket.socket, deadline: float) -> None:
        self._connection = connection
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long to arrive")
        previous = self._connection.gettimeout()
        self._connection.settimeout(left)
        try:
            return self._connection.recv_into(buffer)
        finally:
            self._connection.settimeout(previous)


class _Handler(BaseHTTPRequestHandler):
    server_version = "filmgraph-sparql/1"
    endpoint: QueryPool | None  # set on the subclass made by make_server; None for a store not Oxigraph's
    explorer: ExplorerApp  # likewise

    #: The Host header values answered (None: any); make_server sets them when bound to loopback.
    allowed_hosts: frozenset[str] | None = None
    server: _Server
    timeout = _SEND_SECONDS  # the socket's timeout, which bounds each write of an answer

    def setup(self) -> None:
        super().setup()
        # A deadline for the whole request, not for each piece of it: a client sending a byte now
        # and then (slowloris) would otherwise hold its thread for as long as it likes.
        self.rfile.close()
        deadline = time.monotonic() + self.server.settings.request_timeout
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, deadline))

    def parse_request(self) -> bool:
        """Read the request line and headers; refuse (421) a Host that is not this server."""
        if not super().parse_request():
            return False
        hosts = [host.strip().lower() for host in self.headers.get_all("Host") or []]
        if self.allowed_hosts is not None and (len(hosts) > 1 or (hosts and hosts[0] not in self.allowed_hosts)):
            self._fail(HTTPStatus.MISDIRECTED_REQUEST,
                       f"this server answers to Host {' or '.join(sorted(self.allowed_hosts))} only")
            return False
        return True

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
        if self.endpoint is None:
            raise _Refused(HTTPStatus.NOT_FOUND, "this store has no SPARQL endpoint here; the explorer's is /api/sparql")
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

    def do_GET(self) -> None:
        self._guarded(self._run)

    def do_HEAD(self) -> None:
        self._guarded(self._run)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _post(self, params: dict[str, list[str]]) -> None:
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        lengths = [value.strip() for value in self.headers.get_all("Content-Length") or []]
        if not lengths:
            raise _Refused(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length (chunked bodies are not taken)")
        if len(set(lengths)) > 1 or not re.fullmatch(r"[0-9]{1,19}", lengths[0]):
            raise _Refused(HTTPStatus.BAD_REQUEST, "bad Content-Length: give one whole number of bytes")
        length = int(lengths[0])
        if length > _MAX_BODY:
            raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a request body may hold at most {_MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        if media_type == "application/sparql-update":
            raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from error
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
        The limits of each query: time, result size, memory, workers, SERVICE.
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
    StoreError
        If a query worker cannot open the Oxigraph store.
    """
    settings = settings or ServeSettings()
    # the query workers open the same Oxigraph store, or a snapshot of one in memory
    endpoint = QueryPool.over(store.native, store.location if store.on_disk else None, settings)
    explorer = ExplorerApp(Explorer(FilmGraph(store)), sparql_path=_PATHS[0] if endpoint else None,
                           max_rows=settings.max_results)
    handler: type[_Handler] = type("Handler", (_Handler,), {"endpoint": endpoint, "explorer": explorer})
    try:
        server = _Server((host, port), handler, settings, endpoint, verbose)
    except BaseException:
        if endpoint is not None:
            endpoint.close()
        raise
    bound_host, bound_port = server.server_address[:2]
    handler.allowed_hosts = _loopback_hosts(str(bound_host), int(bound_port))
    if endpoint is not None:
        try:
            endpoint.warm()
        except _Refused as refusal:
            server.server_close()
            raise StoreError(str(refusal)) from refusal
    return server


class _Server(ThreadingHTTPServer):
    """The HTTP server; closing it stops the query workers too."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], settings: ServeSettings,
                 pool: QueryPool | None, verbose: bool) -> None:
        super().__init__(address, handler)
        self.settings = settings
        self.pool = pool
        self.verbose = verbose

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()


def _loopback_hosts(address: str, port: int) -> frozenset[str] | None:
    """The Host header values that name a server bound to ``address``:``port`` when that address
    is a loopback one (a page served from another name must not reach it: DNS rebinding), or
    None when it is not (then any Host is answered)."""
    if not ipaddress.ip_address(address).is_loopback:
        return None
    names = {"localhost", f"[{address}]" if ":" in address else address}
    return frozenset({f"{name}:{port}" for name in names} | (names if port == 80 else set()))


def serve(location: str | None = None, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
          settings: ServeSettings | None = None, verbose: bool = False,
          on_ready: Callable[[ThreadingHTTPServer], None] | None = None) -> None:
    """Open the store at ``location`` and serve it until interrupted (see :func:`make_server`).

    Serving only reads, so a store folder that does not exist is a StoreError, not a new store,
    and the store is opened read-only: an ingest can write it meanwhile (each query worker answers
    from the store as it was when that worker opened it)."""
    store = open_store(location, read_only=True)
    server = make_server(store, host, port, settings=settings, verbose=verbose)
    server.RequestHandlerClass.explorer.warm_in_background()  # type: ignore[attr-defined]
    if on_ready is not None:
        on_ready(server)
    # SIGTERM (kill, a service manager) stops the server as Ctrl-C does, so its workers stop too
    on_term = threading.current_thread() is threading.main_thread()
    if on_term:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if on_term:
            signal.signal(signal.SIGTERM, previous)
        server.server_close()
        store.close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
