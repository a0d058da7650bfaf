"""Render SELECT results as a table, CSV, or SPARQL 1.1 Query Results JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import cast

from rdflib import BNode, Literal, URIRef

from ..errors import QueryError
from ..store.base import SelectResult


def complete_rows(rows: list[tuple[str | None, ...]]) -> list[tuple[str, ...]]:
    """The rows of :meth:`Backend.select_values` with every column bound.

    A pattern outside any OPTIONAL binds its columns, so on a well-formed graph this drops
    nothing; it tells the type checker so, where a query has no optional column.
    """
    return [cast("tuple[str, ...]", row) for row in rows if None not in row]

__all__ = ["complete_rows", "render_results", "results_json", "results_csv"]


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
