"""Query results: a SELECT's variables and rows of rdflib terms in (from any backend), the typed
:class:`SelectResult` and its renderings (a table, CSV, SPARQL 1.1 Query Results JSON) out.

The result types live here, in the query stage, so that store backends build them without the
query stage ever importing the store.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["SelectResult", "Row", "complete_rows", "render_results", "results_json", "results_csv"]


class Row(Mapping[str, "Node | None"]):
    """One row of a SELECT result: a read-only mapping from variable name to rdflib term (None
    when unbound), whose values also read as attributes, as in rdflib's result rows.

    >>> from rdflib import Literal
    >>> row = Row(("title", "year"), (Literal("Psycho"), None))
    >>> row["title"], row.title, row.year, dict(row) == {"title": Literal("Psycho"), "year": None}
    (rdflib.term.Literal('Psycho'), rdflib.term.Literal('Psycho'), None, True)
    """

    __slots__ = ("_terms",)

    def __init__(self, variables: tuple[str, ...], terms: tuple[Node | None, ...]) -> None:
        self._terms = dict(zip(variables, terms))

    def __getitem__(self, name: str) -> Node | None:
        return self._terms[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __getattr__(self, name: str) -> Node | None:
        if name == "_terms":  # not set yet (a copy being made): no recursion through this method
            raise AttributeError(name)
        try:
            return self._terms[name]
        except KeyError as error:
            raise AttributeError(f"no variable {name!r} in this row; it has {', '.join(self._terms)}") from error

    def __repr__(self) -> str:
        return f"Row({self._terms!r})"


@dataclass(frozen=True, slots=True)
class SelectResult:
    """The answer to a SELECT query: variable names and rows of rdflib terms (None when unbound).

    Iterating gives each row as a :class:`Row` (``row["title"]`` or ``row.title``);
    :meth:`to_json` and :meth:`to_csv` give the whole result in the SPARQL 1.1 results formats.
    """

    variables: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]

    def dicts(self) -> list[dict[str, Node | None]]:
        """The rows as ``{variable: term}`` mappings."""
        return [dict(zip(self.variables, row)) for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        """The SPARQL 1.1 Query Results JSON object (``head.vars``, ``results.bindings``)."""
        return results_json(self)

    def to_csv(self) -> str:
        """The SPARQL 1.1 Query Results CSV: a header of variable names, then lexical values."""
        return results_csv(self)

    def __iter__(self) -> Iterator[Row]:
        return (Row(self.variables, row) for row in self.rows)

    def __len__(self) -> int:
        return len(self.rows)



def complete_rows(rows: list[tuple[str | None, ...]]) -> list[tuple[str, ...]]:
    """The rows of :meth:`Backend.select_values` with every column bound.

    A pattern outside any OPTIONAL binds its columns, so on a well-formed graph this drops
    nothing; it tells the type checker so, where a query has no optional column.
    """
    return [cast("tuple[str, ...]", row) for row in rows if None not in row]


def _json_term(term) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    shown = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        shown["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        shown["datatype"] = str(term.datatype)
    return shown


def results_json(result: SelectResult) -> dict:
    """The SPARQL 1.1 Query Results JSON object of a SELECT result.

    >>> results_json(SelectResult(("x",), ((Literal(1),),)))["results"]["bindings"][0]["x"]["value"]
    '1'
    """
    return {
        "head": {"vars": list(result.variables)},
        "results": {"bindings": [
            {name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
            for row in result.rows
        ]},
    }


def _cells(result: SelectResult) -> list[list[str]]:
    """Each row's values as text: IRIs and lexical forms, an empty string when unbound."""
    return [["" if term is None else str(term) for term in row] for row in result.rows]


def results_csv(result: SelectResult) -> str:
    """The SPARQL 1.1 Query Results CSV of a SELECT result (lines end in ``\\n``).

    >>> print(results_csv(SelectResult(("x", "y"), ((Literal("a, b"), None),))), end="")
    x,y
    "a, b",
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows(_cells(result))
    return buffer.getvalue()


def render_results(result: SelectResult, format: str) -> str:
    """``result`` as ``table`` (aligned text), ``csv`` or ``json``."""
    if format == "json":
        return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
    if format == "csv":
        return result.to_csv()
    if format == "table":
        cells = _cells(result)
        widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(result.variables)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths))]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
        return "\n".join(lines) + "\n"
    raise QueryError(f"unknown results format {format!r}; use table, csv or json")
