"""The queries of ``filmgraph serve``, each run in a worker process that can be stopped and bounded.

A :class:`QueryPool` keeps up to ``workers`` processes, each holding the Oxigraph store open
read-only (``Store.read_only``) under a cap on its address space (``RLIMIT_AS``). A query goes
to an idle worker with its deadline; the worker evaluates it, serialises at most
``max_results`` rows or triples in the negotiated format and sends the body back. A worker still
busy when the deadline (plus a short grace) has passed is killed: the slot is free at once and a
new worker is started when the next query needs one. A worker that dies on its query (over the
memory cap, or Oxigraph aborting) costs only that query. ``SERVICE`` is refused before Oxigraph
sees the query unless it is allowed (:func:`names_service`).

An in-memory store cannot be opened by another process, so it is served from a snapshot: its
quads are copied into a temporary on-disk store when the pool is made (later writes to the
in-memory store are not seen; the folder is removed on :meth:`QueryPool.close`). Each worker of
an on-disk store sees the store as it was when that worker opened it.

This module imports only the standard library and pyoxigraph: a worker runs it as a file
(:data:`_BOOTSTRAP`), without importing the rest of filmgraph, so that a worker starts in under a
tenth of a second.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import asdict, dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection

import pyoxigraph as ox

__all__ = ["ServeSettings", "Refused", "QueryPool", "names_service"]


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Limits of the endpoint.

    ``timeout`` seconds per query, ``max_results`` rows (or triples) per answer, ``workers``
    queries evaluated at once (each in a process of its own), ``memory_limit`` megabytes of
    address space per worker, whether ``SERVICE`` may call other endpoints, and
    ``request_timeout`` seconds for a request (line, headers and body) to arrive.
    """

    timeout: float = 30.0
    max_results: int = 100_000
    workers: int = 8
    memory_limit: int = 2048
    allow_service: bool = False
    request_timeout: float = 10.0

    def __post_init__(self) -> None:
        if not (self.timeout > 0 and self.max_results >= 0 and self.workers >= 1 and self.memory_limit >= 1
                and self.request_timeout > 0):
            raise ValueError(f"the limits of the endpoint must be positive numbers, not {self}")


class Refused(Exception):
    """A request answered with an HTTP error status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


# --- SERVICE, found the way a SPARQL parser would ---------------------------------------------

# What may hide the word SERVICE from the parser (strings, IRIs, comments, escaped characters of
# local names, variables), matched left to right as a tokeniser would and blanked out; what is
# left can only hold the keyword as itself. An escaped character (ex:a\' or ex:a\#) must not start
# a string or a comment here, or the text after it would be hidden from this check but not from
# the parser. Oxigraph takes \u escapes inside IRIs and strings only, never around keywords.
_HIDING = re.compile(r"""
    \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"          # long strings first: \"\"\" is not "" + "
  | '''(?:[^'\\]|\\.|'(?!''))*'''
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>
  | \#[^\n\r]*
  | \\.
  | [?$]\w+
""", re.VERBOSE | re.DOTALL)
# Blanking leaves a space where a token was, so a keyword right after one is still seen.
_KEYWORD = re.compile(r"(?<![\w:])SERVICE(?![\w:])", re.IGNORECASE)


def names_service(query: str) -> bool:
    """Whether ``query`` has a ``SERVICE`` clause (a call to another endpoint).

    The word counts when it stands as a keyword: not inside a string, an IRI or a comment, and not
    part of a variable or prefixed name. A query that does not parse may be taken for one that
    names SERVICE (it would be refused either way); one that parses and calls another endpoint is
    never missed.

    >>> names_service('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
    True
    >>> names_service('SELECT * WHERE { ?s ?p "SERVICE <x> {}" } # SERVICE <y> {}')
    False
    >>> names_service('PREFIX ex: <http://e/> ASK { ?service ex:service ex:a\\\\# . service<x>{} }')
    True
    """
    return _KEYWORD.search(_HIDING.sub(" ", query)) is not None


# --- Content negotiation and serialisation (run in the workers) -----------------------------

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
# The triple syntaxes a CONSTRUCT answers in, by media type. Not filmgraph.rdf.formats: a worker
# imports nothing of filmgraph (see above); text/plain is N-Triples' media type from before it had one.
_GRAPH_TYPES = {syntax.media_type: syntax for syntax in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES,
                                                         ox.RdfFormat.RDF_XML)}
_GRAPH_TYPES["text/plain"] = ox.RdfFormat.N_TRIPLES


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
    raise Refused(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {accept!r}; offered: {', '.join(offered)}")


def _escape(text: str) -> str:
    """``text`` as XML character data (xml.sax.saxutils would do, but importing it takes a worker
    longer than the rest of its start)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ATTRIBUTE = str.maketrans({'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _quoteattr(text: str) -> str:
    """``text`` as a double-quoted XML attribute value."""
    return '"' + _escape(text).translate(_ATTRIBUTE) + '"'


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
        return f"<uri>{_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={_quoteattr(term.language)}>{_escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={_quoteattr(term.datatype.value)}>{_escape(term.value)}</literal>"
        return f"<literal>{_escape(term.value)}</literal>"
    return f"<literal>{_escape(str(term))}</literal>"


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
        out += [f"<variable name={_quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={_quoteattr(v)}>{_xml_term(t)}</binding>"
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
                f"<head/><boolean>{word}</boolean></sparql>\n").encode()
    return f"{word}\n".encode()


def _over_time(timeout: float) -> Refused:
    return Refused(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran over its time limit of {timeout:g} s")


def _within(items, deadline: float, settings: ServeSettings, what: str):
    """The items of a lazy result, stopping at the deadline or past the size limit."""
    for count, item in enumerate(items, 1):
        if count > settings.max_results:
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                          f"the result has more than {settings.max_results} {what}; add a LIMIT or raise the limit")
        if time.monotonic() > deadline:
            raise _over_time(settings.timeout)
        yield item


def _evaluate(store: ox.Store, query: str, accept: str | None, deadline: float,
              settings: ServeSettings) -> tuple[bytes, str]:
    """The body and media type answering ``query``; raises Refused for a query that fails."""
    # Checked here rather than in the server: a hostile megabyte of query text takes this check
    # about a second, which the worker spends within the query's deadline, not the server's time.
    if not settings.allow_service and names_service(query):
        raise Refused(HTTPStatus.BAD_REQUEST, "SERVICE is refused: this endpoint does not call other "
                                              "endpoints (start it with --allow-service to let it)")
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise Refused(HTTPStatus.BAD_REQUEST, f"not a SPARQL query (updates are refused): {error}") from error
    except OSError as error:
        raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {error}") from error
    if isinstance(result, ox.QueryBoolean):
        kind = _RESULTS_TYPES[_choose(accept, _RESULTS_TYPES, "application/sparql-results+json")]
        return _write_boolean(kind, bool(result)), _RESULTS_MEDIA[kind]
    if isinstance(result, ox.QuerySolutions):
        kind = _RESULTS_TYPES[_choose(accept, _RESULTS_TYPES, "application/sparql-results+json")]
        variables = [v.value for v in result.variables]
        rows = [list(solution) for solution in _within(result, deadline, settings, "rows")]
        return _write_solutions(kind, variables, rows), _RESULTS_MEDIA[kind]
    media = _choose(accept, _GRAPH_TYPES, "text/turtle")
    triples = list(_within(result, deadline, settings, "triples"))
    body = ox.serialize(triples, format=_GRAPH_TYPES[media]) or b""
    return body, f"{media}; charset=utf-8" if media.startswith("text/") else media


# --- The worker process --------------------------------------------------------------------

#: Bytes an answer may take (a few rows of long literals can weigh more than many short ones);
#: the server holds each answer whole while it sends it.
_MAX_ANSWER = 256 << 20


def _reply(status: int, text: str, body: bytes = b"") -> bytes:
    """A worker's message to the server: a JSON header ``[status, media type or message]``, a
    newline, then the body (JSON rather than pickle, so that a worker cannot make the server run code)."""
    return json.dumps([status, text]).encode("utf-8") + b"\n" + body


def _limit(kind: int, value: int, *, hard: bool = False) -> None:
    """Lower the soft limit ``kind`` to ``value`` (never above the hard limit; with ``hard``, the
    hard limit too, so that it cannot be raised again)."""
    _, ceiling = resource.getrlimit(kind)
    if ceiling != resource.RLIM_INFINITY:
        value = min(value, ceiling)
    resource.setrlimit(kind, (value, value if hard else ceiling))


def _bound_cpu(timeout: float) -> None:
    """Let the coming query use at most ``timeout`` (+2) more seconds of CPU, then SIGXCPU ends the
    worker: a backstop for when the server is gone and cannot kill it."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _limit(resource.RLIMIT_CPU, math.ceil(usage.ru_utime + usage.ru_stime + timeout) + 2)


def work(argv: list[str]) -> None:
    """A worker's life: ``argv`` is the socket's file descriptor, the store folder and the settings
    as JSON. Opens the store read-only, says it is ready, then answers one query at a time until
    the server closes the socket."""
    fd, location, settings_json = argv
    settings = ServeSettings(**json.loads(settings_json))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which then closes us
    _limit(resource.RLIMIT_AS, settings.memory_limit * 1024 * 1024, hard=True)
    _limit(resource.RLIMIT_CORE, 0, hard=True)  # a worker that dies leaves no core file
    channel = Connection(int(fd))
    try:
        store = ox.Store.read_only(location)
    except (OSError, MemoryError) as error:
        channel.send_bytes(_reply(HTTPStatus.INTERNAL_SERVER_ERROR, f"cannot open the store {location}: {error}"))
        return
    channel.send_bytes(_reply(HTTPStatus.OK, "ready"))
    while True:
        try:
            query, accept, deadline = json.loads(channel.recv_bytes())
        except EOFError:
            return
        _bound_cpu(settings.timeout)
        try:
            body, media = _evaluate(store, query, accept, deadline, settings)
            if len(body) > _MAX_ANSWER:
                raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the answer is over {_MAX_ANSWER >> 20} MB; "
                                                                   "add a LIMIT or select fewer values")
            message = _reply(HTTPStatus.OK, media, body)
        except Refused as refusal:
            message = _reply(refusal.status, str(refusal))
        except MemoryError:
            message = _reply(HTTPStatus.INTERNAL_SERVER_ERROR,
                             f"the query needed more than the memory limit of {settings.memory_limit} MB")
        channel.send_bytes(message)


#: How a worker is started: this file run by the same interpreter, without the filmgraph package
#: (whose import takes far longer than a worker's start) and without the working folder on sys.path.
_BOOTSTRAP = ("import sys; sys.path[:] = [p for p in sys.path if p]; import importlib.util as u; "
              "s = u.spec_from_file_location('filmgraph_query_worker', sys.argv[1]); m = u.module_from_spec(s); "
              "sys.modules[s.name] = m; s.loader.exec_module(m); m.work(sys.argv[2:])")

#: Seconds a worker may take past the deadline to send its own time-limit answer before it is killed.
_GRACE = 0.1
#: Seconds a query waits for a free worker before it is refused with 503.
_QUEUE_WAIT = 1.0
#: Seconds a new worker may take to open the store.
_START_TIMEOUT = 60.0


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen
    channel: Connection

    def stop(self) -> None:
        """Kill the process (it may be running a query) and close its socket."""
        self.process.kill()
        self.process.wait()
        self.channel.close()


class QueryPool:
    """Worker processes answering SPARQL queries over one store, within the limits of ``settings``.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store to answer from.
    location : str or None
        Its folder; None for an in-memory store, which is then served from an on-disk snapshot.
    settings : ServeSettings
        Time, size, memory and concurrency limits.

    Workers start as queries need them; :meth:`warm` starts one at once to check the store opens.
    Call :meth:`close` to stop them all.
    """

    def __init__(self, store: ox.Store, location: str | None, settings: ServeSettings) -> None:
        self.settings = settings
        self._snapshot = None if location is not None else _snapshot(store)
        self._location = location if location is not None else self._snapshot
        # the snapshot goes at close(), or at exit for a pool never closed
        self._remove_snapshot = (weakref.finalize(self, shutil.rmtree, self._snapshot, ignore_errors=True)
                                 if self._snapshot is not None else None)
        self._idle: list[_Worker] = []
        self._running: set[_Worker] = set()  # started, idle or busy
        self._alive = 0  # running and starting workers, at most settings.workers
        self._changed = threading.Condition()
        self._closed = False

    @classmethod
    def over(cls, store: object, location: str | None, settings: ServeSettings) -> QueryPool | None:
        """A pool over ``store`` (a store backend's native handle) when it is a pyoxigraph store,
        which is what the workers can open; None for any other."""
        return cls(store, location, settings) if isinstance(store, ox.Store) else None

    def warm(self) -> None:
        """Start one worker now; raises Refused if it cannot open the store."""
        self._give_back(self._take())

    def answer(self, query: str, accept: str | None) -> tuple[bytes, str]:
        """The body and media type answering ``query`` (negotiated by the ``accept`` header).

        Raises Refused: 400 for SERVICE (unless allowed) or a syntax error, 406 when no offered
        format is accepted, 413 past ``max_results``, 503 past the time limit or when every worker
        is busy, 500 when the query ended its worker (over the memory limit, or Oxigraph failed).
        """
        deadline = time.monotonic() + self.settings.timeout  # waiting for a worker counts too
        worker = self._take()
        if time.monotonic() >= deadline:
            self._give_back(worker)
            raise _over_time(self.settings.timeout)
        try:
            worker.channel.send_bytes(json.dumps([query, accept, deadline]).encode("utf-8"))
            finished = worker.channel.poll(deadline + _GRACE - time.monotonic())
            reply = worker.channel.recv_bytes(_MAX_ANSWER + 4096) if finished else None
        except (EOFError, OSError) as error:
            self._discard(worker)
            if self._closed:
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "the server is stopping") from error
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR,
                          f"the query stopped its worker: it needed more than the memory limit of "
                          f"{self.settings.memory_limit} MB, or Oxigraph failed on it") from error
        if reply is None:
            self._discard(worker)
            raise _over_time(self.settings.timeout)
        self._give_back(worker)
        header, _, body = reply.partition(b"\n")
        status, text = json.loads(header)
        if status != HTTPStatus.OK:
            raise Refused(HTTPStatus(status), text)
        return body, text

    def _take(self) -> _Worker:
        """An idle worker, a new one if fewer than ``workers`` are alive, or Refused (503) after
        waiting ``_QUEUE_WAIT`` seconds for one to come free."""
        with self._changed:
            if self._closed:
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "the server is stopping")
            if not self._changed.wait_for(lambda: self._idle or self._alive < self.settings.workers,
                                          timeout=_QUEUE_WAIT):
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries running; try again later")
            if self._idle:
                return self._idle.pop()
            self._alive += 1
        try:
            worker = self._start()
        except BaseException:
            with self._changed:
                self._alive -= 1
                self._changed.notify()
            raise
        with self._changed:
            self._running.add(worker)
        return worker

    def _start(self) -> _Worker:
        ours, theirs = socket.socketpair()
        with ours, theirs:
            settings = json.dumps(asdict(self.settings))
            try:
                process = subprocess.Popen([sys.executable, "-c", _BOOTSTRAP, __file__, str(theirs.fileno()),
                                            str(self._location), settings], pass_fds=(theirs.fileno(),),
                                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
            except OSError as error:
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, f"cannot start a query worker: {error}") from error
            worker = _Worker(process, Connection(ours.detach()))
        try:
            if not worker.channel.poll(_START_TIMEOUT):
                raise EOFError
            status, text = json.loads(worker.channel.recv_bytes().partition(b"\n")[0])
        except (EOFError, OSError) as error:
            worker.stop()
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR,
                          f"a query worker stopped before it had opened the store (exit status {process.returncode}); "
                          f"is the memory limit of {self.settings.memory_limit} MB too low?") from error
        if status != HTTPStatus.OK:
            worker.stop()
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, text)
        return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._changed:
            if not self._closed:
                self._idle.append(worker)
                self._changed.notify()
                return
        self._discard(worker)

    def _discard(self, worker: _Worker) -> None:
        worker.stop()
        with self._changed:
            self._running.remove(worker)
            self._alive -= 1
            self._changed.notify()

    def close(self) -> None:
        """Stop every worker, busy ones too (their queries get 503), and remove the snapshot."""
        with self._changed:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = self._running.difference(idle)
        for worker in idle:
            self._discard(worker)
        for worker in busy:
            # Only killed here: the thread waiting on its answer sees it end and discards it (closing
            # its socket from here too would race with that thread's read of it).
            worker.process.kill()
        if self._remove_snapshot is not None:
            self._remove_snapshot()


def _snapshot(store: ox.Store) -> str:
    """A temporary on-disk copy of an in-memory store, closed so that workers may open it."""
    folder = tempfile.mkdtemp(prefix="filmgraph-serve-")
    try:
        copy = ox.Store(folder)
        copy.bulk_load(store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
        copy.flush()
        del copy  # closes it (the last reference)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder
