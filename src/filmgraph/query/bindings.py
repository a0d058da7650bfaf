"""Bind parameter values into a SPARQL query safely: as RDF terms, never as pasted text.

Values are rdflib terms, serialised by rdflib itself (``term.n3()`` escapes quotes, newlines and
backslashes), and placed in a ``VALUES`` block at the start of the query's ``WHERE`` group, which
acts as an initial binding on every SPARQL 1.1 engine. The query text is only scanned to find
that group; strings, IRIs and comments in it are skipped, so a ``{`` inside them is not mistaken
for the group.

>>> from rdflib import Literal
>>> bind_values('SELECT ?f WHERE { ?f ?p ?title }', {"title": Literal('x" } DROP ALL #')})
'SELECT ?f WHERE { VALUES (?title) { ("x\\\\" } DROP ALL #") } ?f ?p ?title }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import product

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["bind_values", "as_term", "sparql_term", "PARAMETER_NAME"]

_VALUES_AT_END = re.compile(r"^#[ \t]*values:[ \t]*end[ \t]*$", re.MULTILINE)

#: A SPARQL variable name (a safe subset: letters, digits, underscore).
PARAMETER_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")

# Pieces of query text to skip while looking for the WHERE group: long and short strings,
# IRIs, comments; then the tokens that matter: the WHERE keyword and braces.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"\s]*>"
    r"|#[^\n]*"
    r"|(?P<where>\bWHERE\b)|(?P<open>\{)|(?P<close>\})",
    re.IGNORECASE,
)
_CONSTRUCT = re.compile(r"\bCONSTRUCT\b", re.IGNORECASE)


def as_term(value: object) -> Node:
    """An RDF term for a Python value: rdflib terms pass through (give an IRI as ``URIRef``);
    ints, floats, bools and strings become literals."""
    if isinstance(value, Node):
        return value
    if isinstance(value, (str, int, float, bool)):
        return Literal(value)
    raise QueryError(f"cannot bind a value of type {type(value).__name__} as an RDF term")


@lru_cache(maxsize=512)  # the same library queries are bound over and over
def _where_group(query: str) -> tuple[int, int]:
    """Offsets of the ``{`` that opens the query's WHERE group and of the ``}`` that closes it.

    The opening brace is the first after the WHERE keyword, or, where WHERE is left out, the
    first brace of the query, except in a CONSTRUCT, whose first group is its template.
    """
    skip_template = _CONSTRUCT.search(query) is not None
    depth, opened = 0, -1
    for match in _TOKENS.finditer(query):
        if match.group("where") and depth == 0:
            skip_template = False
        elif match.group("open"):
            if depth == 0 and not skip_template and opened < 0:
                opened = match.start()
            depth += 1
        elif match.group("close") and depth:
            depth -= 1
            if depth == 0:
                if opened >= 0:
                    return opened, match.start()
                skip_template = False
    raise QueryError("the query has no WHERE group to bind parameters into")


def bind_values(query: str, bindings: Mapping[str, object], *, at_end: bool | None = None) -> str:
    """``query`` with ``bindings`` (variable name -> value) bound by a VALUES block.

    The block opens the WHERE group, or, with ``at_end``, closes it: the same answers for the
    library's queries (each bound variable is matched outside any OPTIONAL), for engines that
    compile one placement better than the other (Virtuoso 7.2 fails on some at the start). With
    ``at_end`` None the query chooses: a ``# values: end`` comment line asks for the end (Oxigraph
    runs ``fact_claims.rq`` ten times faster so on a store of all the shared reviews).

    A value of None leaves its variable unbound (``UNDEF``), for optional parameters. A list,
    tuple or set of values binds its variable to each in turn (one VALUES row each, crossed
    with the other variables' rows), so one query answers for several values at once.

    >>> bind_values("SELECT ?x WHERE { ?f ?p ?x }", {"f": [URIRef("urn:a"), URIRef("urn:b")], "p": None})
    'SELECT ?x WHERE { VALUES (?f ?p) { (<urn:a> UNDEF) (<urn:b> UNDEF) } ?f ?p ?x }'
    >>> bind_values("# values: end\\nSELECT ?x WHERE { ?f ?p ?x }", {"f": URIRef("urn:a")})
    '# values: end\\nSELECT ?x WHERE { ?f ?p ?x  VALUES (?f) { (<urn:a>) } }'
    """
    if not bindings:
        return query
    names, choices = [], []
    for name, value in bindings.items():
        if not PARAMETER_NAME.match(name):
            raise QueryError(f"{name!r} is not a valid parameter name")
        names.append(f"?{name}")
        values = sorted(value, key=str) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        choices.append([_value_text(one) for one in values])
    rows = " ".join(f"({' '.join(row)})" for row in product(*choices))
    opened, closed = _where_group(query)
    if at_end is None:
        at_end = _VALUES_AT_END.search(query) is not None
    at = closed if at_end else opened + 1
    return query[:at] + f" VALUES ({' '.join(names)}) {{ {rows} }}" + (" " if at_end else "") + query[at:]


def _value_text(value: object) -> str:
    if value is None:
        return "UNDEF"
    term = as_term(value)
    if isinstance(term, URIRef) and not _safe_iri(term):
        raise QueryError(f"{str(term)!r} is not a valid IRI")
    return sparql_term(term)


def sparql_term(term: Node) -> str:
    r"""The SPARQL (and N-Triples) text of an RDF term.

    Literals are written as short strings with every backslash, quote, newline and carriage
    return escaped; rdflib's ``n3()`` switches to a long string when a value has a newline and
    then mis-escapes a value ending in a backslash and a quote. Other terms use ``n3()``.

    >>> print(sparql_term(Literal('a\n\\"')))
    "a\n\\\""
    """
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^{URIRef(term.datatype).n3()}'
        return f'"{text}"'
    return term.n3()


def _safe_iri(iri: URIRef) -> bool:
    return re.fullmatch(r"[^<>\"{}|^`\\\s]*", str(iri)) is not None
