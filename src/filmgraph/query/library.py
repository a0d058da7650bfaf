"""The query library: the ``.rq`` files of ``queries/``, loaded by name.

The top-level ``queries/`` folder is the one copy; ``src/filmgraph/queries`` links to it, so the
files ship inside the package and are read with :mod:`importlib.resources`, installed or not.

Each file starts with comment lines naming its parameters (``# param: ?title  the film's
title``) and an example. Parameters are bound with :func:`~filmgraph.query.bindings.bind_values`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from ..errors import QueryError

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["QUERIES_DIR", "load_query", "query_names", "QueryInfo", "query_info"]

#: The library's folder inside the installed package (a :class:`pathlib.Path` for an ordinary install).
QUERIES_DIR: Traversable = files("filmgraph") / "queries"

_PARAM = re.compile(r"^#\s*param:\s*\?(\w+)\s*(.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class QueryInfo:
    """A library query: its name, text, documented parameters and their descriptions."""

    name: str
    text: str
    parameters: tuple[tuple[str, str], ...]


@cache
def load_query(name: str) -> str:
    """The text of ``queries/NAME.rq``.

    Raises
    ------
    QueryError
        If there is no such query.
    """
    path = QUERIES_DIR / f"{name}.rq"
    if not path.is_file() or not re.fullmatch(r"[\w-]+", name):
        raise QueryError(f"no query named {name!r} in {QUERIES_DIR}; known: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")


def query_names() -> list[str]:
    """The names of the queries in the library."""
    return sorted(p.name.removesuffix(".rq") for p in QUERIES_DIR.iterdir()
                  if p.name.endswith(".rq") and p.is_file())


def query_info(name: str) -> QueryInfo:
    """A query with its documented parameters."""
    text = load_query(name)
    return QueryInfo(name, text, tuple((m.group(1), m.group(2).strip()) for m in _PARAM.finditer(text)))
