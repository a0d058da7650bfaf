"""SPARQL over HTTP: a query, an update or graph data in, the endpoint's answer (body and media type) out.

The one HTTP client of filmgraph's SPARQL traffic: the endpoint backend
(:mod:`filmgraph.store.sparql`) and Wikidata linking (:mod:`filmgraph.resolve.link`) both send
through :class:`SparqlHttp`. Queries and updates are SPARQL 1.1 Protocol requests sent by POST
through SPARQLWrapper, with the Accept header the caller asks for; graph data goes by PUT or POST
to a SPARQL 1.1 Graph Store Protocol URL. Every request carries the caller's User-Agent and a
timeout.

No value is pasted into a query here: callers bind values first with
:func:`~filmgraph.query.bindings.bind_values`, which writes each as an RDF term through
:func:`~filmgraph.query.bindings.sparql_term`.

A request that gets no usable answer raises :class:`SparqlRequestError`, whose ``kind`` says what
happened and ``transient`` whether trying again may help, so that each caller decides: the backend
reports it as a :class:`~filmgraph.errors.StoreError` or :class:`~filmgraph.errors.QueryError`,
linking retries what is transient.

>>> client = SparqlHttp("http://127.0.0.1:9/query", user_agent="doctest", timeout=2)
>>> client.send("ASK {}", "ASK", "application/sparql-results+json")
Traceback (most recent call last):
...
filmgraph.sparql_http.SparqlRequestError: http://127.0.0.1:9/query: unreachable ([Errno 111] Connection refused)
"""

from __future__ import annotations

import ast
import http.client
import math
import urllib.error
import urllib.request
from typing import NamedTuple

from SPARQLWrapper import POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from .errors import StoreError

__all__ = ["Answer", "SparqlHttp", "SparqlRequestError", "UPDATE_FORMS"]

#: Query forms that are SPARQL 1.1 Updates, sent to the update URL as ``update=``.
UPDATE_FORMS = frozenset({"INSERT", "DELETE", "CREATE", "CLEAR", "DROP", "LOAD", "COPY", "MOVE", "ADD"})


class Answer(NamedTuple):
    """What an endpoint answered: the body as sent and its media type (no parameters)."""

    body: bytes
    media_type: str


class SparqlRequestError(StoreError):
    """A SPARQL or graph store request that got no usable answer.

    Attributes
    ----------
    url : str
        Where the request went.
    kind : str
        ``"rejected"`` (HTTP 400: the query or data is malformed), ``"refused"`` (another 4xx:
        not found, not allowed, too long), ``"busy"`` (HTTP 429 or 5xx), ``"unreachable"`` (no
        connection, or no answer within the timeout) or ``"broken"`` (an answer cut off or garbled).
    status : int or None
        The HTTP status, when there was one.
    reason : str
        The HTTP reason phrase, or what went wrong on the way.
    detail : str
        The endpoint's own error message, on one line (at most 300 characters); may be empty.
    retry_after : str or None
        The ``Retry-After`` header of a busy answer, as sent.
    """

    def __init__(self, url: str, kind: str, reason: str, *, status: int | None = None, detail: str = "",
                 retry_after: str | None = None) -> None:
        self.url, self.kind, self.reason, self.status = url, kind, reason, status
        self.detail, self.retry_after = detail, retry_after
        super().__init__(f"{url}: {self.summary}")

    @property
    def transient(self) -> bool:
        """Whether the same request may succeed later (busy, unreachable, broken)."""
        return self.kind in ("busy", "unreachable", "broken")

    @property
    def summary(self) -> str:
        """The problem in a few words: "HTTP 503 Service Unavailable", "unreachable (timed out)"."""
        if self.status is not None:
            return f"HTTP {self.status} {self.reason}" + (f": {self.detail}" if self.detail else "")
        return f"{'broken answer' if self.kind == 'broken' else self.kind} ({self.reason})"


class SparqlHttp:
    """Requests to one SPARQL endpoint and, where it has one, its graph store.

    Parameters
    ----------
    query_url : str
        The SPARQL 1.1 query endpoint.
    update_url : str or None
        The SPARQL 1.1 Update endpoint (None: updates go to ``query_url``).
    user_agent : str
        The User-Agent header of every request.
    timeout : float
        Seconds to wait for an answer, unless a request says otherwise.
    """

    def __init__(self, query_url: str, update_url: str | None = None, *, user_agent: str,
                 timeout: float = 60.0) -> None:
        self.query_url, self.update_url = query_url, update_url or query_url
        self.user_agent, self.timeout = user_agent, timeout

    def send(self, text: str, query_form: str, accept: str | None = None, *,
             timeout: float | None = None) -> Answer:
        """Send a query or an update (by its form, one of :data:`UPDATE_FORMS`) by POST.

        Parameters
        ----------
        text : str
            The SPARQL text, its values already bound.
        query_form : str
            ``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"``, ``"DESCRIBE"``, or an update form; the caller
            knows it, so the text is not parsed to guess it.
        accept : str or None
            The Accept header (None: SPARQLWrapper's default for the form).
        timeout : float or None
            Seconds for this request (None: the client's); whole seconds, rounded up.

        Returns
        -------
        Answer

        Raises
        ------
        SparqlRequestError
            If the endpoint cannot be reached, answers with an HTTP error, or the answer is cut off.
        """
        update = query_form in UPDATE_FORMS
        url = self.update_url if update else self.query_url
        wrapper = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=self.user_agent)
        wrapper.setMethod(POST)
        wrapper.setOnlyConneg(True)
        # SPARQLWrapper takes whole seconds, and 0 would mean no timeout at all
        wrapper.setTimeout(max(1, math.ceil(self.timeout if timeout is None else timeout)))
        wrapper.setQuery(text)
        wrapper.queryType = query_form
        if accept is not None:
            wrapper.addCustomHttpHeader("Accept", accept)
        try:
            response = wrapper.query().response
            return Answer(response.read(), response.headers.get("Content-Type", "").split(";")[0].strip())
        except SPARQLWrapperException as error:  # HTTP 400, 401, 404, 414 and 500, the body kept in the text
            cause = error.__context__
            status = cause.code if isinstance(cause, urllib.error.HTTPError) else (400 if isinstance(
                error, QueryBadFormed) else 500)
            raise _status_error(url, status, _detail(error)) from error
        except urllib.error.HTTPError as error:  # the statuses SPARQLWrapper leaves alone (403, 429, 503, ...)
            raise _http_error(url, error) from error
        except (urllib.error.URLError, OSError) as error:
            raise _unreachable(url, error) from error
        except http.client.HTTPException as error:  # a cut-off body, a broken status line
            raise _broken(url, error) from error

    def send_data(self, method: str, url: str, data: bytes, media_type: str) -> None:
        """Send RDF ``data`` of ``media_type`` to a graph store URL by ``method`` (PUT or POST).

        Raises
        ------
        SparqlRequestError
            If the graph store cannot be reached or answers with an HTTP error.
        """
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={"Content-Type": media_type, "User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise _http_error(url, error) from error
        except (urllib.error.URLError, OSError) as error:
            raise _unreachable(url, error) from error
        except http.client.HTTPException as error:
            raise _broken(url, error) from error


def _http_error(url: str, error: urllib.error.HTTPError) -> SparqlRequestError:
    try:
        body = error.read()
    except (OSError, http.client.HTTPException):  # the error's own body cut off: the status says enough
        body = b""
    return _status_error(url, error.code, " ".join(body.decode("utf-8", "replace").split())[:300],
                         error.headers.get("Retry-After") if error.headers else None, error.reason)


def _status_error(url: str, status: int, detail: str, retry_after: str | None = None,
                  reason: str | None = None) -> SparqlRequestError:
    kind = "rejected" if status == 400 else "busy" if status == 429 or status >= 500 else "refused"
    reason = reason or http.client.responses.get(status, "")
    return SparqlRequestError(url, kind, reason, status=status, detail=detail, retry_after=retry_after)


def _unreachable(url: str, error: OSError) -> SparqlRequestError:
    return SparqlRequestError(url, "unreachable", str(getattr(error, "reason", error)))


def _broken(url: str, error: http.client.HTTPException) -> SparqlRequestError:
    text = str(error).strip().splitlines()
    return SparqlRequestError(url, "broken", type(error).__name__ + (f": {text[0][:200]}" if text else ""))


def _detail(error: SPARQLWrapperException) -> str:
    """The endpoint's own error message (SPARQLWrapper keeps it as a bytes repr), on one line."""
    text = str(error)
    if "Response:\n" not in text:
        return ""
    text = text.split("Response:\n", 1)[1]
    try:
        text = ast.literal_eval(text).decode("utf-8", "replace")
    except (ValueError, SyntaxError, AttributeError):  # not a bytes repr after all
        pass
    return " ".join(text.split())[:300]
