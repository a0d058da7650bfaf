"""The explorer's HTTP side: which page or JSON answer each GET path gets, independent of the server.

:meth:`ExplorerApp.respond` takes a request's path and query parameters and returns a
:class:`Reply` (status, body, media type); ``filmgraph serve`` (:mod:`filmgraph.serve`) sends it
with the :data:`CONTENT_SECURITY_POLICY` header. Paths:

* ``/``, ``/film/ID``, ``/person/ID``, ``/path``, ``/queries``: the explorer page (one page; its
  script reads the path, so each view can be linked to);
* ``/static/NAME``: the page's script, style sheet, and the vendored Cytoscape.js with its licence;
* ``/api/search?q=``, ``/api/film/ID``, ``/api/person/ID``,
  ``/api/neighbourhood?node=IRI&rel=R&offset=N&limit=N``, ``/api/path?from=ID&to=ID``,
  ``/api/queries``, ``/api/bind?name=Q&query=TEXT&param.P=V``, ``/api/info``: JSON;
* ``/api/sparql?query=&format=json|csv``: SELECT queries for a store that has no SPARQL
  endpoint of its own at ``/sparql`` (rdflib, a remote endpoint), run by the backend's ``select``
  (which refuses updates) with no time limit but the backend's own, and at most ``max_rows`` rows;
  Oxigraph stores use ``/sparql`` with its limits.

JSON answers escape ``<``, ``>`` and ``&`` (as ``\\u003c`` and so on), and the page writes every
string as text, never as markup.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from ..errors import FilmgraphError
from ..query.results import render_results, results_json
from ..query_workers import names_service
from ..relations import RELATIONS as RELATION_TABLE
from .data import NODE_CAP, RELATIONS, Explorer, NotFound

__all__ = ["CONTENT_SECURITY_POLICY", "ExplorerApp", "Reply"]

#: Sent with every answer: scripts, styles and fetches only from this server, no inline script,
#: no plugins, no framing; review text that slipped into markup could run nothing.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

_PAGES = ("/", "/path", "/queries")
_PAGE_PREFIXES = ("/film/", "/person/")
_STATIC = {
    "explorer.js": ("filmgraph.explorer", "static/explorer.js", "text/javascript; charset=utf-8"),
    "explorer.css": ("filmgraph.explorer", "static/explorer.css", "text/css; charset=utf-8"),
    "cytoscape.min.js": ("filmgraph.export", "vendor/cytoscape.min.js", "text/javascript; charset=utf-8"),
    "cytoscape.LICENSE": ("filmgraph.export", "vendor/cytoscape.LICENSE", "text/plain; charset=utf-8"),
}
_JSON = "application/json; charset=utf-8"
#: How the page draws and names each relation (``/api/info``): the legend's label and colour, and
#: for a film relation the film page's facts either way with their headings.
_STYLES = {info.name: {"label": info.label, "colour": info.colour, "films": info.between_films,
                       "facts": [[fact, label] for fact, label in ((info.fact, info.label),
                                                                   (info.inverse_fact, info.inverse_label)) if fact]}
           for info in RELATION_TABLE}


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer to send: HTTP status, body and media type."""

    status: int
    body: bytes
    media_type: str


@cache
def _asset(package: str, path: str) -> bytes:
    return (files(package) / path).read_bytes()


def _json(value: Any, status: int = 200) -> Reply:
    text = json.dumps(value, ensure_ascii=False)
    # Safe even if a browser were made to read it as HTML: no tag or entity can start.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Reply(status, text.encode("utf-8"), _JSON)


def _one(params: dict[str, list[str]], name: str, default: str = "") -> str:
    values = params.get(name)
    return values[-1] if values else default


def _number(params: dict[str, list[str]], name: str, default: int) -> int:
    text = _one(params, name)
    if not text:
        return default
    try:
        return int(text)
    except ValueError as error:
        raise FilmgraphError(f"{name} must be a whole number, not {text!r}") from error


class ExplorerApp:
    """Routes GET requests to the explorer's page, assets and JSON answers.

    ``sparql_path`` is where the store's read-only SPARQL endpoint is (``/sparql``), or None
    when the store has none (then the SPARQL page runs its queries at ``/api/sparql``);
    ``max_rows`` bounds a result there.
    """

    def __init__(self, explorer: Explorer, *, sparql_path: str | None = "/sparql", max_rows: int = 100_000) -> None:
        self.explorer = explorer
        self.sparql_path = sparql_path
        self.max_rows = max_rows

    def warm_in_background(self) -> threading.Thread:
        """Read the search index and the path graph on a daemon thread, so that the first search
        and the first path do not wait for them (seconds on a store of a million quads)."""
        thread = threading.Thread(target=self.explorer.warm, name="filmgraph-explorer-warm", daemon=True)
        thread.start()
        return thread

    def respond(self, path: str, params: dict[str, list[str]]) -> Reply:
        """The answer to ``GET path?params`` (a 404 reply for a path that is not the explorer's)."""
        try:
            if path in _PAGES or path.startswith(_PAGE_PREFIXES):
                return Reply(200, _asset("filmgraph.explorer", "static/index.html"), "text/html; charset=utf-8")
            if path.startswith("/static/"):
                found = _STATIC.get(path.removeprefix("/static/"))
                if found is None:
                    raise NotFound(f"no asset {path}")
                package, where, media = found
                return Reply(200, _asset(package, where), media)
            if path.startswith("/api/"):
                return self._api(path.removeprefix("/api/"), params)
            raise NotFound(f"nothing at {path}; the explorer is at /, the SPARQL endpoint at /sparql")
        except NotFound as error:
            return _json({"error": str(error)}, 404)
        except FilmgraphError as error:
            return _json({"error": str(error)}, 400)
        except Exception as error:  # noqa: BLE001 - a backend's own error (rdflib's parser, a remote's)
            return _json({"error": f"{type(error).__name__}: {error}"}, 500)

    def _api(self, name: str, params: dict[str, list[str]]) -> Reply:
        explorer = self.explorer
        if name == "info":
            return _json({"backend": explorer.graph.store.name, "sparql": self.sparql_path,
                          "node_cap": explorer.node_cap, "relations": list(RELATIONS), "relation_styles": _STYLES})
        if name == "search":
            return _json([hit.to_json() for hit in explorer.search(_one(params, "q"), _number(params, "limit", 10))])
        if name.startswith("film/"):
            return _json(explorer.film(name).to_json())
        if name.startswith("person/"):
            return _json(explorer.person(name).to_json())
        if name == "neighbourhood":
            relations = [r for r in params.get("rel", RELATIONS) if r in RELATIONS]
            around = explorer.neighbourhood(_one(params, "node"), relations, offset=_number(params, "offset", 0),
                                            limit=_number(params, "limit", NODE_CAP))
            return _json(around.to_json())
        if name == "path":
            return _json(explorer.path(_one(params, "from"), _one(params, "to")).to_json())
        if name == "queries":
            return _json([query.to_json() for query in explorer.library()])
        if name == "bind":
            values = {key.removeprefix("param."): vs[-1] for key, vs in params.items() if key.startswith("param.")}
            return _json({"query": explorer.bind(_one(params, "name"), _one(params, "query"), values)})
        if name == "sparql":
            return self._select(_one(params, "query"), _one(params, "format", "json"))
        raise NotFound(f"no explorer answer at /api/{name}")

    def _select(self, query: str, format: str) -> Reply:
        if self.sparql_path is not None:
            raise NotFound(f"this store's SPARQL endpoint is {self.sparql_path}")
        if format not in ("json", "csv"):
            raise FilmgraphError(f"format must be json or csv, not {format!r}")
        if names_service(query):  # rdflib would call the other endpoint from this machine
            raise FilmgraphError("SERVICE is refused: the explorer does not call other endpoints")
        result = self.explorer.graph.query(query)
        if len(result) > self.max_rows:
            raise FilmgraphError(f"the result has more than {self.max_rows} rows; add a LIMIT")
        if format == "csv":
            return Reply(200, render_results(result, "csv").encode("utf-8"), "text/csv; charset=utf-8")
        return _json(results_json(result))
