"""Wikidata linking: films of the graph in, ``owl:sameAs`` links to Wikidata items (with scores) out.

Films are looked up by title on a SPARQL endpoint shaped like Wikidata: an item is a film when it
is ``wdt:P31`` ``wd:Q11424`` (or an instance of a subclass of it, through ``wdt:P279*``); its
titles are ``rdfs:label`` and ``skos:altLabel``; ``wdt:P577`` gives its publication dates; and
``wdt:P144`` (based on) / ``wdt:P4969`` (derivative work) link remakes and originals.

A :class:`SparqlClient` talks to the endpoint through filmgraph's one SPARQL HTTP client
(:class:`~filmgraph.sparql_http.SparqlHttp`: POST requests with a descriptive User-Agent) and adds
what a public service asks for: retries with exponential back-off, a minimum interval between
requests (the rate limit), and an on-disk SQLite cache of answers, so a second run asks nothing.
Titles are sent in batches, bound as a ``VALUES`` block of RDF terms by
:func:`~filmgraph.query.bindings.bind_values` (the store's queries are bound the same way), never
pasted as text. An endpoint that cannot be reached raises
:class:`~filmgraph.errors.EndpointError`, one line.

A run is bounded: it has an overall deadline (``deadline`` seconds, :data:`DEFAULT_DEADLINE`),
past which no request is sent, no wait begins and a request in flight is cut by its socket
timeout; a ``Retry-After`` header is honoured up to :data:`MAX_RETRY_AFTER` seconds; and an
answer that is not shaped like SPARQL JSON results (a ``results.bindings`` list of rows mapping
variables to terms with a string ``value``) is an EndpointError at once, never cached.

Matching is :func:`match_film`: a title that matches a label exactly scores 100, times a year
factor (1.0 for the same year, 0.9 a year apart, 0.8 when either year is unknown); other years
are rejected, and a tie between items at the top score links to none.

>>> from rdflib import Literal
>>> print(lookup_query([Literal("Psycho", lang="en"), Literal('Say "Hi"', lang="en")]).splitlines()[4])
SELECT ?label ?item ?date WHERE { VALUES (?label) { ("Psycho"@en) ("Say \\"Hi\\""@en) }
>>> match_film("Psycho", 1960, [WikidataItem("Q1", ("Psycho",), (1960,)), WikidataItem("Q2", ("Psycho",), (1998,))])
('Q1', 100.0, 'label "Psycho", same year 1960')
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from ..errors import EndpointError
from ..query.bindings import bind_values
from ..rdf.vocab import ID
from ..sparql_http import SparqlHttp, SparqlRequestError
from ..titlekeys import normalize_title
from .names import split_title_year

__all__ = [
    "DEFAULT_ENDPOINT",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_DEADLINE",
    "MAX_RETRY_AFTER",
    "USER_AGENT",
    "WikidataItem",
    "QueryCache",
    "SparqlClient",
    "LinkReport",
    "Link",
    "lookup_query",
    "details_query",
    "match_film",
    "link_films",
    "link_endpoint",
    "default_cache_dir",
    "LINK_GRAPH",
]

#: The Wikidata Query Service; never contacted by the tests.
DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
#: The named graph that holds the links to Wikidata and what came with them.
LINK_GRAPH = str(ID["graph/wikidata"])
#: Seconds to wait between two requests to an endpoint (Wikidata asks for restraint).
DEFAULT_RATE_LIMIT = 1.0
#: Seconds a whole linking run may take (``filmgraph link --deadline``).
DEFAULT_DEADLINE = 300.0
#: The longest ``Retry-After`` honoured, in seconds: a server asking for more gets this.
MAX_RETRY_AFTER = 30.0


def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours, theirs = version("filmgraph"), version("SPARQLWrapper")
    except PackageNotFoundError:  # running from a source tree that is not installed
        ours, theirs = "dev", "unknown"
    return (f"filmgraph/{ours} (https://w3id.org/filmgraph; links films named in reviews to Wikidata) "
            f"SPARQLWrapper/{theirs}")


#: The User-Agent sent with every request, as the Wikidata User-Agent policy asks.
USER_AGENT = _user_agent()

_PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
_ENTITY = "http://www.wikidata.org/entity/"
_QID = re.compile(r"^Q[1-9][0-9]*$")
#: The media types a SPARQL JSON results answer comes as (the Accept header sent).
_JSON_RESULTS = "application/sparql-results+json,application/json,text/javascript,application/javascript"


def default_cache_dir() -> Path:
    """``$FILMGRAPH_CACHE``, else ``$XDG_CACHE_HOME/filmgraph``, else ``~/.cache/filmgraph``."""
    if os.environ.get("FILMGRAPH_CACHE"):
        return Path(os.environ["FILMGRAPH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "filmgraph"


def lookup_query(labels: Sequence[Literal]) -> str:
    """The query that finds film items with one of ``labels`` (as ``rdfs:label`` or ``skos:altLabel``).

    Raises
    ------
    QueryError
        If a label is not an RDF literal term.
    """
    return bind_values(_PREFIXES + "SELECT ?label ?item ?date WHERE {\n"
                       "  ?item rdfs:label|skos:altLabel ?label .\n"
                       "  ?item wdt:P31/wdt:P279* wd:Q11424 .\n"
                       "  OPTIONAL { ?item wdt:P577 ?date }\n}", {"label": list(labels)})


def details_query(items: Sequence[str]) -> str:
    """The query for the titles of ``items`` (QIDs) and the films they are based on or remade as.

    Raises
    ------
    QueryError
        If a QID would make an invalid IRI.
    """
    return bind_values(_PREFIXES + "SELECT ?item ?name ?original ?remake WHERE {\n"
                       "  { ?item rdfs:label|skos:altLabel ?name }\n"
                       "  UNION { ?item wdt:P144 ?original }\n"
                       "  UNION { ?original wdt:P4969 ?item }\n"
                       "  UNION { ?item wdt:P4969 ?remake }\n"
                       "  UNION { ?remake wdt:P144 ?item }\n}", {"item": [URIRef(_ENTITY + qid) for qid in items]})


@dataclass(frozen=True, slots=True)
class WikidataItem:
    """A film item found on the endpoint: its QID, the titles that matched, its years."""

    qid: str
    labels: tuple[str, ...]
    years: tuple[int, ...] = ()


def match_film(title: str, year: int | None, items: Sequence[WikidataItem]) -> tuple[str, float, str] | None:
    """The item a film is, with the match score (0-100) and why; None if none or a tie.

    Parameters
    ----------
    title : str
        The film's title.
    year : int or None
        Its year, when known; an item of another year (more than one year apart) never matches.
    items : sequence of WikidataItem
        Items whose label matched one of the title's spellings.

    Returns
    -------
    tuple of (str, float, str) or None
        The QID, the score and the reason.

    Examples
    --------
    >>> items = [WikidataItem("Q1", ("Psycho",), (1960,)), WikidataItem("Q2", ("Psycho",), (1998,))]
    >>> match_film("Psycho", None, items) is None
    True
    >>> match_film("Psycho", 1999, items)
    ('Q2', 90.0, 'label "Psycho", a year apart (1998)')
    """
    key = normalize_title(title)
    scored = []
    for item in items:
        if not any(normalize_title(label) == key for label in item.labels):
            continue
        label = next(label for label in item.labels if normalize_title(label) == key)
        if year is None or not item.years:
            factor, why = 0.8, "year unknown"
        elif year in item.years:
            factor, why = 1.0, f"same year {year}"
        elif any(abs(y - year) == 1 for y in item.years):
            near = min(item.years, key=lambda y: abs(y - year))
            factor, why = 0.9, f"a year apart ({near})"
        else:
            continue
        scored.append((round(100.0 * factor, 1), item.qid, f"label {label!r}, {why}".replace("'", '"')))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], s[1]))
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    score, qid, reason = scored[0]
    return qid, score, reason


class QueryCache:
    """Answers of earlier queries, in a SQLite file in ``folder`` (``sparql-cache.sqlite``).

    Parameters
    ----------
    folder : str or path-like
        Created if absent.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / "sparql-cache.sqlite"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, endpoint TEXT, "
                             "query TEXT, answer TEXT, fetched REAL)")
        except (OSError, sqlite3.Error) as error:
            raise EndpointError(str(self.path), f"cannot open the query cache: {error}") from error

    @staticmethod
    def key(endpoint: str, query: str) -> str:
        """The cache key of a query on an endpoint."""
        return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()

    def get(self, endpoint: str, query: str) -> list[dict] | None:
        """The cached rows of ``query`` on ``endpoint``, or None."""
        row = self._db.execute("SELECT answer FROM answers WHERE key = ?", (self.key(endpoint, query),)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, endpoint: str, query: str, rows: list[dict]) -> None:
        """Remember the rows of ``query`` on ``endpoint``."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                             (self.key(endpoint, query), endpoint, query, json.dumps(rows), time.time()))

    def close(self) -> None:
        """Close the SQLite file."""
        self._db.close()


class SparqlClient:
    """SELECT queries to a remote endpoint: POST, User-Agent, cache, rate limit, retries.

    Parameters
    ----------
    endpoint : str
        The SPARQL query endpoint URL.
    cache : QueryCache or None
        Where answers are kept between runs; None for no cache.
    rate_limit : float
        Minimum seconds between two requests.
    retries : int
        How many times a failed request (network error, HTTP 429 or 5xx) is tried again.
    backoff : float
        Seconds before the first retry; each next wait doubles (a Retry-After header wins).
    timeout : float
        Seconds to wait for an answer.
    deadline : float or None
        Seconds from now after which no request is sent and no wait begins (None: no deadline).
    user_agent : str
        Sent with every request.
    sleep : callable
        How to wait (tests pass a fake).
    """

    def __init__(self, endpoint: str, *, cache: QueryCache | None = None, rate_limit: float = DEFAULT_RATE_LIMIT,
                 retries: int = 3, backoff: float = 1.0, timeout: float = 60.0, deadline: float | None = None,
                 user_agent: str = USER_AGENT, sleep: Callable[[float], None] = time.sleep) -> None:
        self.endpoint, self.cache, self.rate_limit = endpoint, cache, rate_limit
        self.retries, self.backoff, self.timeout, self.user_agent = retries, backoff, timeout, user_agent
        self.deadline = deadline
        self._http = SparqlHttp(endpoint, user_agent=user_agent, timeout=timeout)
        self._ends = time.monotonic() + deadline if deadline is not None else math.inf
        self._sleep = sleep
        self._last = 0.0
        #: Requests sent and answers taken from the cache.
        self.requests = 0
        self.cache_hits = 0

    def select(self, query: str) -> list[dict[str, dict[str, str]]]:
        """The rows of a SELECT query, each ``{variable: SPARQL JSON term}``.

        Raises
        ------
        EndpointError
            If the endpoint cannot be reached or keeps failing after the retries, rejects the
            query, answers with something other than SPARQL JSON results, or the deadline passes.
        """
        if self.cache is not None:
            cached = self.cache.get(self.endpoint, query)
            if cached is not None:
                self.cache_hits += 1
                return cached
        rows = self._send(query)
        if self.cache is not None:
            self.cache.put(self.endpoint, query, rows)
        return rows

    def _send(self, query: str) -> list[dict[str, dict[str, str]]]:
        problem = "no attempt made"
        for attempt in range(self.retries + 1):
            wait = self._last + self.rate_limit - time.monotonic()
            self._check_deadline(wait, problem)
            if wait > 0:
                self._sleep(wait)
            self._last = time.monotonic()
            self.requests += 1
            retry_after = None
            try:
                answer = self._http.send(query, "SELECT", _JSON_RESULTS,
                                         timeout=min(self.timeout, self._ends - time.monotonic()))
                return self._bindings(self._json(answer.body, answer.media_type))
            except SparqlRequestError as error:
                if not error.transient:
                    what = f"query rejected: {error.detail or error.reason}" if error.kind == "rejected" else error.summary
                    raise EndpointError(self.endpoint, what) from error
                problem = error.summary if error.status is None else f"HTTP {error.status} {error.reason}"
                retry_after = _seconds(error.retry_after)
            except ValueError as error:
                problem = f"unreadable answer ({_first_line(error)})"
            if attempt < self.retries:
                delay = retry_after if retry_after is not None else self.backoff * 2 ** attempt
                self._check_deadline(delay, problem)
                self._sleep(delay)
        raise EndpointError(self.endpoint, f"{problem} after {self.retries + 1} attempts")

    def _json(self, body: bytes, media_type: str) -> object:
        """The JSON of an answer; the raw body when it is not served as JSON (then not SPARQL results).

        Raises
        ------
        ValueError
            If an answer served as JSON does not parse (a garbled answer, worth another try).
        EndpointError
            If it parses to something other than an object.
        """
        if media_type not in _JSON_RESULTS.split(","):
            return body
        answer = json.loads(body.decode("utf-8"))
        if not isinstance(answer, dict):
            raise EndpointError(self.endpoint, "the answer is not SPARQL JSON results (got JSON that is not "
                                               "an object); nothing was stored")
        return answer

    def _check_deadline(self, wait: float, problem: str) -> None:
        """Stop the run if the deadline has passed, or will have after waiting ``wait`` seconds."""
        left = self._ends - time.monotonic()
        if left <= 0 or wait >= left:
            last = "" if problem == "no attempt made" else f"; last problem: {problem}"
            raise EndpointError(self.endpoint, f"the deadline of {self.deadline:g} s passed after {self.requests} "
                                               f"requests (--deadline allows more){last}")

    def _bindings(self, answer: object) -> list[dict[str, dict[str, str]]]:
        """The rows of a SPARQL JSON results answer, checked for shape: every row maps variable
        names to terms that have a string ``value``."""
        results = answer.get("results") if isinstance(answer, dict) else None
        rows = results.get("bindings") if isinstance(results, dict) else None
        if not isinstance(rows, list) or not all(
                isinstance(row, dict) and all(isinstance(term, dict) and isinstance(term.get("value"), str)
                                              for term in row.values()) for row in rows):
            raise EndpointError(self.endpoint, f"the answer is not SPARQL JSON results (got {_shape(answer)}); "
                                               "nothing was stored")
        return rows


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


def _shape(answer: object) -> str:
    """A few words on what an answer was, for an error message."""
    if isinstance(answer, dict):
        return "an object with " + (", ".join(repr(key) for key in list(answer)[:4]) or "no keys")
    return f"a {type(answer).__name__}"


def _seconds(value: str | None) -> float | None:
    """A ``Retry-After`` of seconds, at most :data:`MAX_RETRY_AFTER`; None for a date or junk."""
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER) if seconds is not None and math.isfinite(seconds) else None


@dataclass(frozen=True, slots=True)
class Link:
    """A film linked to a Wikidata item."""

    film: str
    title: str
    year: int | None
    qid: str
    score: float
    reason: str
    alternate_titles: tuple[str, ...] = ()


@dataclass
class LinkReport:
    """What a linking run did."""

    endpoint: str
    films: int = 0
    links: list[Link] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    not_found: int = 0
    remakes: list[tuple[str, str]] = field(default_factory=list)
    requests: int = 0
    cache_hits: int = 0
    seconds: float = 0.0


def _spellings(title: str) -> list[str]:
    """The spellings of a title worth asking for: as given, de-capitalised, article in front."""
    title, _ = split_title_year(title)
    found = [title]
    if "," in title:
        head, _, article = title.rpartition(",")
        if article.strip().lower() in ("the", "a", "an"):
            found.append(f"{article.strip().capitalize()} {head.strip()}")
    for text in list(found):
        if text.isupper() or text.islower():
            found.append(_title_case(text))
    return list(dict.fromkeys(found))


_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with"}


def _title_case(text: str) -> str:
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _year_of(term: dict[str, str] | None) -> int | None:
    if not term:
        return None
    value = term.get("value", "")
    digits = value.lstrip("+-")[:4]
    return int(digits) if digits.isdigit() and not value.startswith("-") else None


def link_endpoint(films: Sequence[tuple[str, str, int | None]], endpoint: str | None = None, *,
                  cache_dir: str | os.PathLike[str] | None = None, use_cache: bool = True,
                  rate_limit: float | None = None, retries: int = 3, backoff: float = 1.0, timeout: float = 60.0,
                  deadline: float | None = DEFAULT_DEADLINE, batch_size: int = 50, min_score: float = 75.0,
                  on_progress: Callable[[int, int], None] | None = None) -> LinkReport:
    """Link films to the items of ``endpoint`` (None: Wikidata) with a :class:`SparqlClient` and
    its cache, opened for this run and closed after it.

    ``rate_limit`` None is :data:`DEFAULT_RATE_LIMIT` on Wikidata and none elsewhere;
    ``on_progress`` is called with (films done, films to do); the rest is as in
    :class:`SparqlClient` and :func:`link_films`.

    Raises
    ------
    EndpointError
        If the endpoint cannot be reached, answers badly, or the deadline passes.
    """
    endpoint = endpoint or DEFAULT_ENDPOINT
    if rate_limit is None:
        rate_limit = DEFAULT_RATE_LIMIT if endpoint == DEFAULT_ENDPOINT else 0.0
    cache = QueryCache(cache_dir if cache_dir is not None else default_cache_dir()) if use_cache else None
    client = SparqlClient(endpoint, cache=cache, rate_limit=rate_limit, retries=retries, backoff=backoff,
                          timeout=timeout, deadline=deadline)
    try:
        return link_films(films, client, batch_size=batch_size, min_score=min_score,
                          on_progress=(lambda done: on_progress(done, len(films))) if on_progress else None)
    finally:
        if cache is not None:
            cache.close()


def link_films(films: Sequence[tuple[str, str, int | None]], client: SparqlClient, *, batch_size: int = 50,
               languages: Sequence[str] = ("en",), min_score: float = 75.0,
               on_progress: Callable[[int], None] | None = None) -> LinkReport:
    """Link films to Wikidata items: look their titles up in batches, score, fetch details.

    Parameters
    ----------
    films : sequence of (iri, title, year)
        The films to link.
    client : SparqlClient
        The endpoint, with its cache and limits.
    batch_size : int
        Titles per lookup request.
    languages : sequence of str
        Label languages to try each spelling in.
    min_score : float
        Matches scoring below this are not recorded.
    on_progress : callable or None
        Called with the number of films done after each batch.

    Returns
    -------
    LinkReport
        The links (with scores, reasons and the items' other titles), the ambiguous films and
        the remake pairs (remake IRI, original IRI) that Wikidata states between linked films.

    Raises
    ------
    EndpointError
        If the endpoint cannot be reached.
    """
    started = time.monotonic()
    report = LinkReport(client.endpoint, films=len(films))
    found: dict[str, dict[str, set]] = {}
    for start in range(0, len(films), batch_size):
        batch = films[start:start + batch_size]
        labels = list(dict.fromkeys(Literal(spelling, lang=lang) for _, title, _ in batch
                                    for spelling in _spellings(title) for lang in languages))
        for row in client.select(lookup_query(labels)):
            item = row.get("item", {}).get("value", "")
            if not (item.startswith(_ENTITY) and _QID.match(item[len(_ENTITY):])) or "label" not in row:
                continue  # only items are films, and only their ids may be bound in the details query
            entry = found.setdefault(item[len(_ENTITY):], {"labels": set(), "years": set()})
            entry["labels"].add(row["label"]["value"])
            year = _year_of(row.get("date"))
            if year is not None:
                entry["years"].add(year)
        if on_progress is not None:
            on_progress(min(start + batch_size, len(films)))
    items = [WikidataItem(q, tuple(sorted(e["labels"])), tuple(sorted(e["years"]))) for q, e in found.items()]
    by_key: dict[str, list[WikidataItem]] = {}
    for candidate in items:
        for label in candidate.labels:
            by_key.setdefault(normalize_title(label), []).append(candidate)
    chosen: dict[str, tuple[str, str, int | None, float, str]] = {}
    for iri, title, year in films:
        offered = {item.qid: item for spelling in _spellings(title)
                   for item in by_key.get(normalize_title(spelling), ())}
        match = match_film(title, year, list(offered.values()))
        if match is None:
            if len(offered) > 1:
                report.ambiguous.append(f"{title} ({year or '?'}): {', '.join(sorted(offered))}")
            else:
                report.not_found += 1
            continue
        qid, score, reason = match
        if score < min_score:
            report.not_found += 1
            continue
        chosen[iri] = (qid, title, year, score, reason)
    # Details of the chosen items: their other titles, and remake relations among them.
    names: dict[str, set[str]] = {}
    edges: set[tuple[str, str]] = set()
    qids = sorted({c[0] for c in chosen.values()})
    for start in range(0, len(qids), batch_size):
        for row in client.select(details_query(qids[start:start + batch_size])):
            if not row.get("item", {}).get("value", "").startswith(_ENTITY):
                continue
            qid = row["item"]["value"][len(_ENTITY):]
            if "name" in row:
                names.setdefault(qid, set()).add(row["name"]["value"])
            if "original" in row:
                edges.add((qid, row["original"]["value"].removeprefix(_ENTITY)))
            if "remake" in row:
                edges.add((row["remake"]["value"].removeprefix(_ENTITY), qid))
    film_of: dict[str, list[str]] = {}
    for iri, (qid, title, year, score, reason) in sorted(chosen.items()):
        film_of.setdefault(qid, []).append(iri)
        keys = {normalize_title(title)}
        alternates = []
        for name in sorted(names.get(qid, ())):
            key = normalize_title(name)
            if key and key not in keys:
                keys.add(key)
                alternates.append(name)
        report.links.append(Link(iri, title, year, qid, score, reason, tuple(alternates)))
    years = {iri: year for iri, (_, _, year, _, _) in chosen.items()}
    for remake, original in sorted(edges):
        for remake_iri in film_of.get(remake, ()):
            for original_iri in film_of.get(original, ()):
                remake_year, original_year = years.get(remake_iri), years.get(original_iri)
                dated_backwards = remake_year is not None and original_year is not None and remake_year < original_year
                if remake_iri != original_iri and not dated_backwards:
                    report.remakes.append((remake_iri, original_iri))
    report.requests, report.cache_hits = client.requests, client.cache_hits
    report.seconds = round(time.monotonic() - started, 3)
    return report
