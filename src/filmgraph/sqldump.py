"""SQL dumps and scripts: a text in, the rows its ``INSERT`` statements write out, by table.

A blog's or a forum's database dump (``mysqldump``, ``pg_dump``), or a script that files one review
as rows, keeps the review in an ``INSERT``'s values: positional (``VALUES (754, 39, 'Seven guns
for hire', '<p>The Magnificent Seven ...')``), the column names in the table's ``CREATE TABLE``
or in the statement's own column list, the author often in another table that a column refers to
(``author_id`` to ``authors``). :func:`sql_tables` reads those statements with sqlparse's lexer
(strings quoted any dialect's way: ``'it''s'``, MySQL's ``'it\\'s'``, T-SQL's ``N'...'``, joined
with ``||``, ``+`` or ``CONCAT`` and ``CHAR(10)``) and gives each table's rows as dicts, a
column that refers to a row of another table holding that row. The review reader hands them to
its JSON reader, which picks the review among them by its field names.

>>> tables = sql_tables(
...     "CREATE TABLE authors (id int, name text);\\n"
...     "CREATE TABLE posts (id int, author_id int REFERENCES authors (id), film text, body text);\\n"
...     "INSERT INTO authors VALUES (3, 'Jo Bell');\\n"
...     "INSERT INTO posts VALUES (1, 3, 'Night Harbour', 'A calm drama, ' || 'slow and lovely.');")
>>> tables["posts"]
[{'id': 1, 'author': {'id': 3, 'name': 'Jo Bell'}, 'film': 'Night Harbour', 'body': 'A calm drama, slow and lovely.'}]
>>> sql_tables("SELECT 1;") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlparse import lexer
from sqlparse import tokens as T

__all__ = ["sql_tables"]

Row = dict[str, Any]

#: A CREATE TABLE item that declares no column ("PRIMARY KEY (id)", "CONSTRAINT fk FOREIGN KEY ...").
_CONSTRAINTS = frozenset({"primary", "key", "constraint", "unique", "index", "foreign", "check", "fulltext", "spatial",
                          "exclude", "period"})
_BACKSLASH_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED = {"n": "\n", "t": "\t", "r": "", "0": "", "Z": "", "b": ""}
_CHAR_FUNCTIONS = frozenset({"char", "nchar", "chr"})
#: Columns that name a person kept in a table of people ("post_author", "poster_id"), and those tables.
_PERSON_COLUMNS = frozenset({"author", "poster", "user", "owner", "creator", "reviewer", "writer", "member"})
_PERSON_TABLES = frozenset({"users", "authors", "members", "people", "persons", "reviewers", "writers"})
#: How long a string a row must hold to hold prose of its own, not only a title or a name.
_PROSE_CHARS = 200


@dataclass
class _Table:
    columns: list[str] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)  # a column's name: the table it refers to
    rows: list[Row] = field(default_factory=list)


def _statements(text: str) -> Iterator[list[tuple[Any, str]]]:
    """The text's statements, each its list of significant tokens (no spaces, no comments), split at
    ";" and at T-SQL's batch separator "GO"."""
    statement: list[tuple[Any, str]] = []
    for ttype, value in lexer.tokenize(text):
        if ttype in T.Whitespace or ttype in T.Newline or ttype in T.Comment:
            continue
        if (ttype is T.Punctuation and value == ";") or (ttype in T.Keyword and value.upper() == "GO"):
            if statement:
                yield statement
            statement = []
        else:
            statement.append((ttype, value))
    if statement:
        yield statement


def _unquoted(name: str) -> str:
    return name.strip("`\"[]")


def _qualified_name(tokens: list[tuple[Any, str]], at: int) -> tuple[str, int]:
    """The last part of the (schema-qualified) name from ``at`` on ("dbo.Reviews" is "Reviews")
    and where it ends."""
    name = _unquoted(tokens[at][1])
    at += 1
    while at + 1 < len(tokens) and tokens[at][1] == ".":
        name, at = _unquoted(tokens[at + 1][1]), at + 2
    return name, at


def _bracketed(tokens: list[tuple[Any, str]], at: int) -> tuple[list[list[tuple[Any, str]]], int]:
    """The comma-separated items of the brackets that open at ``at``, and where they close."""
    items: list[list[tuple[Any, str]]] = [[]]
    depth = 0
    for index in range(at, len(tokens)):
        value = tokens[index][1]
        if value == "(":
            depth += 1
            if depth == 1:
                continue
        elif value == ")":
            depth -= 1
            if depth == 0:
                return items, index + 1
        elif value == "," and depth == 1:
            items.append([])
            continue
        items[-1].append(tokens[index])
    return items, len(tokens)


def _string_value(literal: str) -> str:
    body = literal[1:-1]
    quote = literal[0]
    body = body.replace(quote * 2, quote)
    return _BACKSLASH_ESCAPE.sub(lambda escape: _ESCAPED.get(escape.group(1), escape.group(1)), body)


def _value(item: list[tuple[Any, str]]) -> Any:
    """One value of a row: its strings joined (whatever joins them), else its one number, else None."""
    parts: list[str] = []
    for index, (ttype, value) in enumerate(item):
        if ttype in T.String:
            parts.append(_string_value(value))
        elif (ttype in T.Name or ttype in T.Keyword) and value.lower() in _CHAR_FUNCTIONS \
                and index + 2 < len(item) and item[index + 1][1] == "(" and item[index + 2][0] in T.Number.Integer:
            parts.append(chr(int(item[index + 2][1])))
    if parts:
        return "".join(parts)
    numbers = [value for ttype, value in item if ttype in T.Number]
    if len(numbers) == 1 and len(item) <= 2:  # (a sign: "-1")
        number = float(numbers[0]) if "." in numbers[0] else int(numbers[0])
        return -number if item[0][1] == "-" else number
    return None


def _create(tokens: list[tuple[Any, str]], tables: dict[str, _Table]) -> None:
    at = 2
    while at < len(tokens) and tokens[at][1].upper() in ("IF", "NOT", "EXISTS"):
        at += 1
    if at >= len(tokens):
        return
    name, at = _qualified_name(tokens, at)
    if at >= len(tokens) or tokens[at][1] != "(":
        return
    table = tables.setdefault(name, _Table())
    items, _ = _bracketed(tokens, at)
    for item in items:
        if not item:
            continue
        # (sqlparse lexes "PRIMARY KEY" and "FOREIGN KEY" as one keyword each)
        words = [value.lower() for _, value in item]
        references = words.index("references") if "references" in words else -1
        if words[0].split()[0] in _CONSTRAINTS:
            if "foreign" in " ".join(words) and references > 0:  # FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`)
                columns = [_unquoted(value) for ttype, value in item[:references] if ttype in T.Name]
                if columns and references + 1 < len(item):
                    table.references[columns[-1]] = _qualified_name(item, references + 1)[0]
            continue
        column = _unquoted(item[0][1])
        table.columns.append(column)
        if 0 < references < len(item) - 1:
            table.references[column] = _qualified_name(item, references + 1)[0]
    renamed = dict(zip(table.columns, _unprefixed(name, table.columns), strict=True))
    table.columns = list(renamed.values())
    table.references = {renamed.get(column, column): referred for column, referred in table.references.items()}


def _insert(tokens: list[tuple[Any, str]], tables: dict[str, _Table]) -> None:
    if len(tokens) < 4 or tokens[1][1].upper() != "INTO":
        return
    name, at = _qualified_name(tokens, 2)
    table = tables.setdefault(name, _Table())
    columns = table.columns
    if at < len(tokens) and tokens[at][1] == "(":
        items, at = _bracketed(tokens, at)
        columns = _unprefixed(name, [_unquoted(item[0][1]) for item in items if item])
    if at >= len(tokens) or tokens[at][1].upper() not in ("VALUES", "VALUE"):
        return
    at += 1
    while at < len(tokens) and tokens[at][1] == "(":
        items, at = _bracketed(tokens, at)
        values = [_value(item) for item in items]
        names = columns if len(columns) == len(values) else [f"column{index + 1}" for index in range(len(values))]
        table.rows.append(dict(zip(names, values, strict=True)))
        if at < len(tokens) and tokens[at][1] == ",":
            at += 1


def _referred_table(column: str, table: _Table, tables: dict[str, _Table]) -> str | None:
    """The table a column refers to: as declared, or by its name ("author_id" to "authors",
    "user_id" to "fc_users", a post's "author" or "poster_id" to "wp_users")."""
    if column in table.references:
        return table.references[column]
    stem = re.sub(r"_?id$", "", column, flags=re.IGNORECASE).lower()
    if not stem or (stem == column.lower() and stem not in _PERSON_COLUMNS):
        return None
    for name in tables:
        bare = _bare(name)
        if bare in (stem, stem + "s", stem + "es") or (stem in _PERSON_COLUMNS and bare in _PERSON_TABLES):
            return name
    return None


def _bare(table: str) -> str:
    """A table's name without its application's prefix ("wp_posts" is "posts")."""
    return table.lower().rsplit("_", 1)[-1]


def _unprefixed(table: str, columns: list[str]) -> list[str]:
    """A table's column names without the table's own prefix, as WordPress and phpBB write them
    ("post_title", "post_content" in "wp_posts" are "title" and "content")."""
    bare = _bare(table)
    prefix = (bare[:-1] if bare.endswith("s") else bare) + "_"
    renamed = [column[len(prefix):] if column.lower().startswith(prefix) and len(column) > len(prefix) else column
               for column in columns]
    return renamed if len(set(renamed)) == len(renamed) else columns


def _joined(tables: dict[str, _Table]) -> dict[str, list[Row]]:
    """Each table's rows, a column that refers to another table's row replaced by that row, under
    the column's name without its "_id"; a row that holds no prose of its own ("review": film,
    year, reviewer) given as its ``body`` the strings of the rows that refer to it and hold no other
    ("review_paragraph": one row a paragraph), in their order, and those rows dropped."""
    by_key = {name: {next(iter(row.values())): row for row in table.rows if row} for name, table in tables.items()}

    def referred_rows(name: str, row: Row) -> Iterator[tuple[str, Row]]:
        for column, value in row.items():
            referred = _referred_table(column, tables[name], tables)
            target = by_key.get(referred or "", {}).get(value) if referred != name else None
            if target is not None:
                yield column, target

    parts: dict[int, list[str]] = {}  # a referred row's id(): the strings of the rows that refer to it
    parted: set[str] = set()
    for name, table in tables.items():
        for row in table.rows:
            for _, target in referred_rows(name, row):
                if not _has_prose(target) and (prose := _prose(row)):
                    parts.setdefault(id(target), []).append(prose)
                    parted.add(name)
    for table in tables.values():
        for row in table.rows:
            if id(row) in parts:
                row.setdefault("body", "\n\n".join(parts[id(row)]))
    joined: dict[str, list[Row]] = {}
    for name, table in tables.items():
        if name in parted or not table.rows:
            continue
        joined[name] = []
        for row in table.rows:
            targets = dict(referred_rows(name, row))
            joined[name].append({(_joined_name(column, row) if column in targets else column): targets.get(column, value)
                                 for column, value in row.items()})
    return joined


def _joined_name(column: str, row: Row) -> str:
    """The name a referred row is kept under: the column's without its "_id", "author" for a
    person's ("poster_id", "owner")."""
    stem = re.sub(r"_?id$", "", column, flags=re.IGNORECASE) or column
    return "author" if stem.lower() in _PERSON_COLUMNS and "author" not in row else stem


def _prose(row: Row) -> str | None:
    """A row's one string, if it holds no other (a paragraph under its review's id and its place)."""
    texts = [value for value in row.values() if isinstance(value, str)]
    return texts[0] if len(texts) == 1 and " " in texts[0].strip() else None


def _has_prose(row: Row) -> bool:
    return any(isinstance(value, str) and len(value) >= _PROSE_CHARS for value in row.values())


def sql_tables(text: str) -> dict[str, list[Row]] | None:
    """The rows the text's ``INSERT`` statements write, by table name, with the column names its
    ``CREATE TABLE`` statements (or the inserts themselves) give; ``None`` if no insert writes a
    string."""
    tables: dict[str, _Table] = {}
    for tokens in _statements(text):
        first = tokens[0][1].upper()
        if first == "CREATE" and len(tokens) > 2 and tokens[1][1].upper() == "TABLE":
            _create(tokens, tables)
        elif first in ("INSERT", "REPLACE"):
            _insert(tokens, tables)
    if not any(isinstance(value, str) for table in tables.values() for row in table.rows for value in row.values()):
        return None
    return _joined(tables)
