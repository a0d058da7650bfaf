"""Reviews kept as source-code literals: a text in, the review's fields as nested data out.

People keep reviews in the languages they work in: a Python dict, a Lua or Nix table, a Ruby
hash, a PHP array, a Lisp property list, a Haskell record, Terraform or KDL blocks, an SQL
``INSERT``. Each writes the same thing, a field name then its value (``title = "Night Harbour"``,
``:director "Ana Pires"``, ``'year' => 2019``, ``Title: "Night Harbour",``), nested in brackets,
its strings quoted one of a dozen ways. :func:`literal_fields` reads that shape without knowing
the language: it splits the text into tokens (names, quoted strings, numbers, brackets, comments),
takes a name just before a value as that value's field, a name just before a bracket as the name
of the block it opens, and gathers the values into dicts and lists as the brackets nest them. The
result is handed to the JSON reader (:func:`filmgraph.reviews.json_to_text`'s field naming), so a
``release_year`` or a ``reviewBody`` counts wherever it was written.

A text is read this way only when two fields are written in its first lines and most of its
letters stand in named values and their names: prose that quotes a line of dialogue is prose.

>>> literal_fields('REVIEW = {"film": "Night Harbour", "year": 2019, "text": "A calm drama, slow and lovely."}')
{'film': 'Night Harbour', 'year': 2019, 'text': 'A calm drama, slow and lovely.'}
>>> literal_fields("(review :movie \\"Night Harbour\\" :by \\"Jo Bell\\" :text \\"A calm drama, slow and lovely.\\")")
{'movie': 'Night Harbour', 'by': 'Jo Bell', 'text': 'A calm drama, slow and lovely.'}
>>> literal_fields("It's a film. \\"Go home,\\" she says.") is None
True
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any

__all__ = ["literal_fields"]

# One token of any of the languages: the order of the alternatives is the order they are tried in.
_TOKEN = re.compile(
    r"""(?P<comment>/\*.*?\*/|//[^\n]*|(?<![^\s;,(])(?:\#|--|;;|;\ )[^\n]*|^[ \t]*%[^\n]*)"""
    r"""|(?P<heredoc><<<?[-~]?(?P<quote>['"]?)(?P<tag>[A-Z_][A-Z0-9_]*)(?P=quote)[^\n]*\n(?P<doc>.*?)\n[ \t]*(?P=tag)\b)"""
    r"""|(?P<long>\[(?P<level>=*)\[(?=\s|[A-Za-z])(?P<longtext>.*?)\](?P=level)\]|''[ \t]*\n(?P<nix>(?:[^']|'(?!'))*)'')"""
    r'''|(?P<string>"""(?P<dq3>.*?)"""|\'\'\'(?P<sq3>.*?)\'\'\'|(?<![\w#])r(?P<hashes>\#+)"(?P<raw>.*?)"(?P=hashes)|"(?P<dq>(?:[^"\\]|\\.|"")*)"|(?<!\w)'(?P<sq>(?:[^'\\\n]|\\.|'')*)'|`(?P<bq>[^`]*)`|(?:(?<![\w$@%])qq?|%[qQ])(?:\{(?P<qbrace>[^{}]*)\}|\((?P<qparen>[^()]*)\)|\[(?P<qsquare>[^\[\]]*)\]|<(?P<qangle>[^<>]*)>))'''
    r"""|(?P<number>(?<![\w.])-?\d+(?:\.\d+)?(?![\w.]))"""
    r"""|(?P<name>[:$@]?[A-Za-z_][\w.-]*(?:::[A-Za-z_][\w.-]*)*[?!]?)"""
    r"""|(?P<open>[{(\[])|(?P<close>[})\]])"""
    r"""|(?P<join>\+|\.\.?|&|\|\||\\)"""
    r"""|(?P<separator>=>|->|:=|<-|=|:)"""
    r"""|(?P<other>[^\s])""",
    re.DOTALL | re.MULTILINE,
)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
_ESCAPED = {"n": "\n", "t": "\t", "r": "", "0": ""}
_LETTER = re.compile(r"[^\W\d_]")
#: What a literal text must hold: values under names, and most of its letters in those names and values.
_MIN_NAMED_VALUES = 3
_MIN_SHARE_IN_STRINGS = 0.6
# A name, a separator and a quote opening ("title = '", '"year": "', ':movie "', "(title . \"", "title => q{",
# 'title: String::from("'), a line's
# first name before a quote (KDL's 'film "', Turtle's 'schema:name "'): a record's first fields come
# within its first lines.
_FIELD_SHAPED = re.compile(r"""(?:=>?|[\w"'\]]:=?|\w[ \t]\.)[ \t]*(?:\n[ \t]*)?(?:[A-Za-z_][\w:.]*\([ \t]*)?(?:["'`]|<<|r\#|(?:qq?|%[qQ])[{(\[<])|^[ \t]*:?[A-Za-z][\w/.:-]*[ \t]+["']|(?<![\w:]):[A-Za-z][\w/.:-]*[ \t]+["']""",
                           re.MULTILINE)
_FIELDS_WITHIN, _MIN_FIELDS_SHAPED = 2000, 2
#: Brackets nested deeper than this are no record's: the text is not read as literals.
_MAX_DEPTH = 40
# a record's fields named after it, as Haskell's are: "reviewTitle", "reviewYear"
_FIELD_PREFIX = re.compile(r"[a-z]+(?=[A-Z])")
# "INSERT INTO reviews (film, year) VALUES (...)": the columns named, then the row's values
_INSERT = re.compile(r"\bINSERT\s+INTO\s+[`\"\[]?([\w.]+)[`\"\]]?\s*\(([^()]*)\)\s*VALUES\s*", re.IGNORECASE)


@dataclass
class _Token:
    kind: str
    value: Any
    start: int
    end: int


_KINDS = ("comment", "heredoc", "long", "string", "number", "name", "open", "close", "join", "separator", "other")


def literal_fields(text: str) -> dict[str, Any] | list[Any] | None:
    """The fields a text of source-code literals holds, nested as its brackets nest them (a name
    given twice in one block becomes a list; a text that only names one value, ``REVIEW = {...}``,
    gives that value), or ``None`` when the text is not such literals."""
    if len(_FIELD_SHAPED.findall(text, 0, _FIELDS_WITHIN)) < _MIN_FIELDS_SHAPED and not _INSERT.search(text, 0, _FIELDS_WITHIN):
        return None  # (the test that spares prose the tokenising: 0.1 ms where tokens would take 2)
    fields = _inserted_rows(text) or _nested(_tokens(text))
    if not isinstance(fields, dict) or _named_values(fields) < _MIN_NAMED_VALUES:
        return None
    if _named_letters(fields) < _MIN_SHARE_IN_STRINGS * len(_LETTER.findall(text)):
        return None
    if len(fields) == 1 and isinstance(value := next(iter(fields.values())), (dict, list)):
        return value
    return fields


def _tokens(text: str) -> list[_Token]:
    """The text's tokens, comments left out, a string continued by another joined to it ("a" "b",
    "a" + "b", "a" .. "b", also across lines) unless that other one names the value after it."""
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind = next(name for name in _KINDS if match.group(name) is not None)
        if kind == "comment":
            continue
        if kind in ("heredoc", "long", "string"):
            tokens.append(_Token("string", _string_value(match), match.start(), match.end()))
        elif kind == "number":
            number = match.group()
            tokens.append(_Token("number", float(number) if "." in number else int(number), match.start(), match.end()))
        else:
            tokens.append(_Token(kind, match.group(), match.start(), match.end()))
    joined: list[_Token] = []
    for i, token in enumerate(tokens):
        naming = i + 1 < len(tokens) and tokens[i + 1].kind == "separator"
        if token.kind == "string" and not naming and joined:
            operator = len(joined) > 1 and joined[-1].kind == "join" and joined[-2].kind == "string"
            if operator:
                joined.pop()
            previous = joined[-1]
            if operator or (previous.kind == "string" and not text[previous.end:token.start].strip()):
                previous.value += token.value
                previous.end = token.end
                continue
        joined.append(token)
    return joined


def _string_value(match: re.Match[str]) -> str:
    """A quoted string's text: escapes undone, a heredoc's or an indented string's margin taken off."""
    if match.group("doc") is not None:
        return textwrap.dedent(match.group("doc"))
    if match.group("longtext") is not None:
        return match.group("longtext").lstrip("\n")
    if match.group("nix") is not None:
        return textwrap.dedent(match.group("nix").lstrip("\n"))
    for group, quote in (("dq3", ""), ("sq3", ""), ("raw", ""), ("dq", '"'), ("sq", "'"), ("bq", ""),
                         ("qbrace", ""), ("qparen", ""), ("qsquare", ""), ("qangle", "")):
        value = match.group(group)
        if value is not None:
            value = value.replace(quote * 2, quote) if quote else value
            return _ESCAPE.sub(_unescape, value) if group in ("dq3", "sq3", "dq", "sq") else value
    return ""


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _ESCAPED.get(code, code)


def _nested(tokens: list[_Token]) -> dict[str, Any]:
    """The values of the tokens under their names, in dicts nested as the brackets are."""
    root: dict[str, Any] = {}
    stack: list[dict[str, Any]] = [root]
    key: str | None = None
    for i, token in enumerate(tokens):
        if token.kind == "open":
            if len(stack) > _MAX_DEPTH:
                return {}
            block: dict[str, Any] = {}
            _put(stack[-1], key or "", block)
            stack.append(block)
            key = None
        elif token.kind == "close":
            if len(stack) > 1:
                stack.pop()
            key = None
        elif token.kind in ("string", "number"):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and following.kind == "separator" and isinstance(token.value, str):
                key = token.value  # "title": ..., 'year' => ...
            elif key is not None:
                _put(stack[-1], key, token.value)
                key = None
            else:
                _put(stack[-1], "", token.value)  # an unnamed value: a list's item, or what a call wraps
        elif token.kind == "name":
            previous = tokens[i - 1].kind if i else None
            calls = i + 1 < len(tokens) and tokens[i + 1].value == "("
            if previous == "join":
                key = None  # a method called on the value before ("Jo Bell".to_string())
            elif (previous != "separator" or key is None) and not (calls and key is None):
                key = token.value.lstrip(":$@")
            # (else a call or a type in a value's place, String::from("..."), listOf(...), Some(2019): the
            # field keeps its name, and a list item wrapped so stays unnamed)
        elif token.kind not in ("separator", "join"):
            key = None
    return _simplified(root)


def _simplified(block: dict[str, Any]) -> Any:
    """A block without its unnamed items: a block of unnamed items alone is their list (or its one
    item); an unnamed block inside a named one gives it its fields ("(review :movie ...)", a
    Terraform block after its labels)."""
    unnamed = block.pop("", None)
    items = unnamed if isinstance(unnamed, list) else [] if unnamed is None else [unnamed]
    items = [_simplified(item) if isinstance(item, dict) else item for item in items]
    fields = {key: _simplified(value) if isinstance(value, dict) else
              [_simplified(item) if isinstance(item, dict) else item for item in value] if isinstance(value, list) else value
              for key, value in block.items()}
    prefixes = {match.group() if (match := _FIELD_PREFIX.match(key)) else "" for key in fields}
    if len(fields) > 1 and len(prefixes) == 1 and (prefix := prefixes.pop()):
        fields = {key[len(prefix):]: value for key, value in fields.items()}  # reviewTitle, reviewYear
    if not fields:
        kept = [item for item in items if item not in ({}, [], "")]
        if len(kept) > 1 and all(isinstance(item, dict) for item in kept):
            keys = [key for item in kept for key in item]
            if len(keys) == len(set(keys)):  # an association list, ((title . "Night Harbour") (year . 2019))
                return {key: value for item in kept for key, value in item.items()}
        return kept[0] if len(kept) == 1 else kept
    for item in items:
        if isinstance(item, dict):
            for key, value in item.items():
                fields.setdefault(key, value)
    return fields


def _put(block: dict[str, Any], key: str, value: Any) -> None:
    """Give ``block`` the value under ``key``; a second value under one key makes a list."""
    if key not in block:
        block[key] = value
    elif isinstance(block[key], list):
        block[key].append(value)
    else:
        block[key] = [block[key], value]


def _inserted_rows(text: str) -> dict[str, Any] | None:
    """An SQL script's inserted rows, each under its table's name ({table: {column: value}}), or
    ``None`` when it inserts none."""
    tables: dict[str, Any] = {}
    for insert in _INSERT.finditer(text):
        columns = [column.strip(" \t\n`\"[]") for column in insert.group(2).split(",")]
        values: list[Any] = []
        depth = 0
        for token in _tokens(text[insert.end():]):
            if token.kind == "open":
                depth += 1
            elif token.kind == "close":
                depth -= 1
                if depth == 0:
                    break
            elif depth == 1 and token.kind in ("string", "number", "name"):
                values.append(None if token.kind == "name" else token.value)  # (NULL, a function call)
        if len(values) == len(columns):
            _put(tables, insert.group(1).rsplit(".", 1)[-1], dict(zip(columns, values)))
    return tables or None


def _named_letters(value: Any) -> int:
    """How many letters the data's names and strings hold (every string stands under a name once
    unnamed items are gone or listed under one)."""
    if isinstance(value, dict):
        return sum(len(_LETTER.findall(key)) + _named_letters(item) for key, item in value.items())
    if isinstance(value, list):
        return sum(_named_letters(item) for item in value)
    return len(_LETTER.findall(value)) if isinstance(value, str) else 0


def _named_values(fields: Any) -> int:
    """How many values in the data stand under a name (a listed one under its list's)."""
    if isinstance(fields, list):
        return sum(_named_values(item) for item in fields if isinstance(item, (dict, list)))
    count = 0
    for key, value in fields.items():
        if isinstance(value, dict):
            count += _named_values(value)
        elif isinstance(value, list):
            count += _named_values(value) + sum(bool(key) for item in value if not isinstance(item, (dict, list)))
        else:
            count += bool(key)
    return count
