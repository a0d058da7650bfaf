"""Lightweight markups and typesetting formats in, the plain text a reader sees out.

Each converter takes a document's text and returns what :mod:`filmgraph.reviews` hands the
extractor: the document's title on the first line, its author as a ``By`` line, then the body with
the markup's marks taken out and its emphasised title-like runs kept as title hints (in quotes,
which the extractor reads as a title mark). A two-cell table row (``Director | Ana Pires``) is
read as the labelled line ``Director: Ana Pires``.

Covered: AsciiDoc, Textile, DokuWiki, TiddlyWiki, LaTeX, troff man pages, BBCode, Gemini's
gemtext and RTF. :func:`sniff` names the markup of a text whose file name does not (a ``.txt``
that is really a LaTeX source, say).

>>> print(latex_to_text(r"\\title{Night Harbour}\\author{Jo Bell}\\begin{document}\\maketitle "
...                     r"\\emph{Night Harbour} is calm.\\end{document}"))
Night Harbour
By Jo Bell
<BLANKLINE>
“Night Harbour” is calm.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

__all__ = [
    "asciidoc_to_text", "textile_to_text", "dokuwiki_to_text", "tiddlywiki_to_text", "latex_to_text", "troff_to_text",
    "bbcode_to_text", "gemtext_to_text", "rtf_to_text", "sniff", "title_hint", "field_line", "cells_line", "compose_review",
    "latex_inline", "latex_group",
]

_TITLE_LIKE = re.compile(r"[A-Z0-9][\w'’:&!?.,-]*(?: (?:[A-Z0-9][\w'’:&!?.,-]*|of|the|a|an|and|in|on|to|for|at|with|from|de|la|le)){0,9}")


def title_hint(emphasised: str) -> str:
    """Italics are how a review sets a film title: an emphasised run that reads like a title is
    kept in quotes, which the extractor reads as a title mark (not "*really*", a possessive or a
    "*Starring:*" label).

    >>> title_hint("Dock Lights"), title_hint("really"), title_hint("Michael Mann's")
    ('“Dock Lights”', 'really', "Michael Mann's")
    """
    if _TITLE_LIKE.fullmatch(emphasised) and not emphasised.endswith(("'s", "’s", ":")):
        return f"“{emphasised}”"
    return emphasised


def field_line(name: str, value: str) -> str:
    """A field of a document's header as a line: an author is a "By" line, the rest "Name: value"."""
    if name.lower() in ("author", "authors", "by", "reviewer", "byline", "creator"):
        return value if re.match(r"(?i)by\s", value) else f"By {value}"
    return f"{name.strip().capitalize()}: {value.strip()}"


def cells_line(cells: list[str]) -> str:
    """A table row as a line: two cells are a label and its value, more are joined with "; "."""
    cells = [cell.strip() for cell in cells]
    if len(cells) == 2 and cells[0] and cells[1]:
        return f"{cells[0].rstrip(':')}: {cells[1]}"
    return "; ".join(cell for cell in cells if cell)


def _tidy(lines: list[str]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip("\n")


def compose_review(title: str, year: int | None = None, author: str = "", credits: Iterable[tuple[str, str]] = (),
                   body: str = "") -> str:
    """A review's facts laid out as the extractor reads them best: the headline ``Title (Year)``,
    a ``By`` line, one ``Label: value`` line per credit, a blank line, then the body.

    >>> print(compose_review("Night Harbour", 2019, "Jo Bell", [("Director", "Ana Pires")], "A calm drama."))
    Night Harbour (2019)
    By Jo Bell
    Director: Ana Pires
    <BLANKLINE>
    A calm drama.
    """
    lead: list[str] = []
    if title:
        dated = year is not None and not re.search(rf"\b{year}\b", title)
        lead.append(f"{title} ({year})" if dated else title)
    if author:
        lead.append(field_line("author", author))
    lead.extend(f"{label}: {value}" for label, value in credits if value)
    body = body.strip()
    return "\n".join(lead) + ("\n\n" + body if body else "") if lead else body


def _inline(line: str, rules: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]) -> str:
    for pattern, replacement in rules:
        line = pattern.sub(replacement, line)
    return line


def _hint(group: int = 1) -> Callable[[re.Match[str]], str]:
    return lambda match: title_hint(match.group(group))


_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+•]+|\d{1,2}[.)]|[.#]+)[ \t]+")

# --- AsciiDoc -------------------------------------------------------------------------------------

_ADOC_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|_{4,}|\*{4,}|={4,}|\+{4,}|/{4,}|--)[ \t]*$")
_ADOC_ATTRIBUTE = re.compile(r"^:([\w-]+)!?:[ \t]*(.*)$")
_ADOC_HEADING = re.compile(r"^(={1,6}|#{1,6})[ \t]+(\S.*)$")
_ADOC_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
_ADOC_REVISION = re.compile(r"^v?\d[\w.]*,|^v\d|^\d{4}-\d\d-\d\d")
_ADOC_INLINE = (
    (re.compile(r"footnote:[\w-]*\[([^\]\n]{0,500})\]"), r" (\1)"),
    (re.compile(r"(?:(?:link|xref):|(?:https?|ftp|irc)://|mailto:)[^\s\[\]]{0,500}\[([^\]\n]{0,300})\]"), r"\1"),  # url[text]
    (re.compile(r"<<[^,>\n]{1,200},([^>\n]{1,200})>>"), r"\1"),                                  # <<anchor,text>>
    (re.compile(r"<<[^>\n]{1,200}>>"), ""),
    (re.compile(r"\[[#.\w-]+\]#([^#\n]{1,300})#"), r"\1"),                                       # [.role]#text#
    (re.compile(r"(\*\*|\*)(?=\S)([^*\n]{1,300}?)(?<=\S)\1"), r"\2"),                           # *strong*
    (re.compile(r"__(?=\S)([^_\n]{1,300}?)(?<=\S)__"), _hint()),                                # __emphasis__
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])"), _hint()),              # _emphasis_
    (re.compile(r"`\+?([^`\n]{1,300}?)\+?`"), r"\1"),
    (re.compile(r"\{[\w-]+\}"), ""),                                                           # {attribute} references
    (re.compile(r" \+$"), ""),                                                                 # hard line breaks
)


def asciidoc_to_text(adoc: str) -> str:
    """AsciiDoc in, plain text out: the ``= Title`` and the author line under it (or an
    ``:author:`` attribute) lead, the revision line and other attributes go, section marks, block
    delimiters, block attributes, comments and admonition labels are taken out, a ``|===`` table's
    rows are read one a line, and an ``_emphasised_`` title-like run is kept as a title hint.

    >>> print(asciidoc_to_text("= Night Harbour (2019)\\nJo Bell <jo@example.org>\\nv1.0, 2024-05-02\\n:toc:\\n\\n"
    ...                        "[cols=\\"1,2\\"]\\n|===\\n|Director |Ana Pires\\n|===\\n\\nNOTE: _Night Harbour_ is calm."))
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    Director: Ana Pires
    <BLANKLINE>
    “Night Harbour” is calm.
    """
    lines = adoc.replace("\r\n", "\n").split("\n")
    title = author = ""
    out: list[str] = []
    comment = in_table = False
    table: list[str] = []
    columns = 0
    at = 0
    # (attributes and comments may come before the document's title)
    while at < len(lines) and (not lines[at].strip() or _ADOC_ATTRIBUTE.match(lines[at]) or lines[at].startswith("//")):
        attribute = _ADOC_ATTRIBUTE.match(lines[at])
        if attribute and attribute.group(1).lower() in ("author", "authors"):
            author = attribute.group(2)
        at += 1
    if not any(re.match(r"=[ \t]+\S", line) for line in lines[at:at + 1]):
        at = 0  # no title: the attributes are read where they stand
    if at < len(lines) and re.match(r"=[ \t]+\S", lines[at]):
        title = lines[at][1:].strip()
        at += 1
        if at < len(lines) and lines[at].strip() and not lines[at].startswith(":") and not _ADOC_REVISION.match(lines[at]):
            author = "; ".join(re.sub(r"<[^>]*>", "", name).strip() for name in lines[at].split(";"))
            at += 1
        if at < len(lines) and _ADOC_REVISION.match(lines[at]):
            at += 1
    for line in lines[at:]:
        stripped = line.strip()
        if stripped == "////":
            comment = not comment
            continue
        if comment or stripped.startswith("//"):
            continue
        if stripped.startswith("|==="):
            if in_table:
                per_row = columns or 2
                out.extend(cells_line(table[i:i + per_row]) for i in range(0, len(table), per_row))
                table, columns = [], 0
            in_table = not in_table
            continue
        if in_table:
            if stripped:
                cells = stripped.split("|")[1:] if stripped.startswith("|") else [stripped]
                table.extend(_inline(cell, _ADOC_INLINE) for cell in cells)
                columns = columns or (len(cells) if len(cells) > 1 else 0)
            continue
        attribute = _ADOC_ATTRIBUTE.match(stripped)
        if attribute:
            if attribute.group(1).lower() in ("author", "authors") and not author:
                author = attribute.group(2)
            continue
        cols = re.match(r'^\[.*cols="?([^"\]]+)"?.*\]$', stripped)
        if cols:
            columns = len(re.findall(r"[^,;]+", cols.group(1)))
            continue
        if _ADOC_DELIMITER.match(stripped) or re.fullmatch(r"\[[^\]]*\]", stripped) or re.match(r"^(?:image|include|toc)::", stripped):
            continue
        if re.match(r"^\.[A-Za-z]", stripped):
            stripped = stripped[1:]  # a block title
        heading = _ADOC_HEADING.match(stripped)
        described = re.match(r"^(.{1,60}?)(?:::|;;)[ \t]*(.*)$", stripped)
        if heading:
            stripped = heading.group(2)
        elif described:
            stripped = f"{described.group(1)}: {described.group(2)}" if described.group(2) else described.group(1)
        stripped = _ADOC_ADMONITION.sub("", _LIST_MARK.sub("", stripped, count=1))
        out.append(_inline(stripped, _ADOC_INLINE))
    return compose_review(_inline(title, _ADOC_INLINE).strip(), None, author.strip(), (), _tidy(out))


# --- Textile --------------------------------------------------------------------------------------

_TEXTILE_BLOCK = re.compile(r"^(?:h[1-6]|p|bq|bc|pre|fn\d+|notextile)(?:\([^)\n]*\)|\{[^}\n]*\}|\[[^\]\n]*\]|[<>=]+)*\.\.?[ \t]+")
_TEXTILE_INLINE = (
    (re.compile(r"!\S[^!\n]{0,300}!(?::\S+)?"), ""),                                       # !image.jpg!
    (re.compile(r'"([^"\n]{1,300})":(?:https?://|/|#)\S*?(?=[.,;:!?)]?(?:\s|$))'), r"\1"),                         # "text":url
    (re.compile(r"\?\?(?=\S)([^?\n]{1,300}?)(?<=\S)\?\?"), _hint()),                         # ??citation??
    (re.compile(r"(\*\*|\*)(?=\S)([^*\n]{1,300}?)(?<=\S)\1"), r"\2"),                       # *strong*
    (re.compile(r"(?<![\w_])(__|_)(?=\S)([^_\n]{1,300}?)(?<=\S)\1(?![\w_])"), _hint(2)),   # _emphasis_
    (re.compile(r"(?<![\w@])@(?=\S)([^@\n]{1,300}?)(?<=\S)@(?!\w)"), r"\1"),                # @code@
    (re.compile(r"(?<![\w-])-(?=\S)([^\n]{1,300}?)(?<=\S)-(?![\w-])"), r"\1"),               # -deleted-
    (re.compile(r"\[(\d+)\]"), ""),                                                         # footnote references
)


def textile_to_text(textile: str) -> str:
    """Textile in, plain text out: block signatures (``h1.``, ``p.``, ``bq.``, ``fn1.``) and list
    marks taken out, ``"text":url`` links as their text, images dropped, table rows one a line, an
    ``_emphasised_`` or ``??cited??`` title-like run kept as a title hint.

    >>> print(textile_to_text("h1. Night Harbour (2019)\\n\\np. _Night Harbour_ is \\"calm\\":http://x.\\n\\n|_. Director|Ana Pires|"))
    Night Harbour (2019)
    <BLANKLINE>
    “Night Harbour” is calm.
    <BLANKLINE>
    Director: Ana Pires
    """
    out: list[str] = []
    for line in textile.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [re.sub(r"^(?:_|[<>=^~]|\\\d+|/\d+|\([^)]*\)|\{[^}]*\})*\.\s*", "", cell) for cell in stripped[1:-1].split("|")]
            out.append(_inline(cells_line(cells), _TEXTILE_INLINE))
            continue
        stripped = _TEXTILE_BLOCK.sub("", stripped)
        stripped = re.sub(r"^[*#]+[ \t]+", "", stripped)
        out.append(_inline(stripped, _TEXTILE_INLINE))
    return _tidy(out)


# --- DokuWiki and TiddlyWiki ----------------------------------------------------------------------

_DOKU_HEADING = re.compile(r"^[ \t]*(={2,6})[ \t]*(.*?)[ \t]*={2,6}[ \t]*$")
_DOKU_SIGNATURE = re.compile(r"-{2,3}[ \t]*//\[\[[^|\]\n]*\|([^\]\n]+)\]\][^\n]{0,40}?//")
_WIKI_LITE_INLINE = (
    (re.compile(r"\{\{[^{}\n]{0,500}\}\}"), ""),                                            # images, transclusions
    (re.compile(r"<<[^<>\n]{0,500}>>"), ""),                                                # macros
    (re.compile(r"~~[A-Z]+~~"), ""),                                                        # ~~NOTOC~~
    (re.compile(r"\(\([^()\n]{0,500}\)\)"), ""),                                            # ((footnotes))
    (re.compile(r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*"), r"\1"),                          # **bold**
    (re.compile(r"(?<![:/])//(?=\S)([^/\n]{1,300}?)(?<=\S)//"), _hint()),                   # //italic//
    (re.compile(r"__(?=\S)([^_\n]{1,300}?)(?<=\S)__"), r"\1"),                              # __underline__
    (re.compile(r"</?(?:del|sub|sup|nowiki|html|code)>"), ""),
    (re.compile(r"\\\\(?:[ \t]|$)"), " "),                                                  # forced line breaks
)
_DOKU_LINK = re.compile(r"\[\[([^|\[\]\n]{0,500})(?:\|([^\[\]\n]{0,500}))?\]\]")


def dokuwiki_to_text(doku: str) -> str:
    """DokuWiki markup in, plain text out: ``====== headings ======``, list marks and table bars
    taken out (a two-cell row read as "Label: value"), ``[[target|text]]`` links as their text,
    images and macros dropped, a signature ``--- //[[user|Name]] date//`` read as "— Name", and an
    ``//italic//`` title-like run kept as a title hint.

    >>> print(dokuwiki_to_text("====== Night Harbour ======\\n^ Director | [[people:pires|Ana Pires]] |\\n"
    ...                        "//Night Harbour// is **calm**.\\n--- //[[jo@x.org|Jo Bell]] 2024/05/02//"))
    Night Harbour
    Director: Ana Pires
    “Night Harbour” is calm.
    — Jo Bell
    """
    out: list[str] = []
    for line in doku.replace("\r\n", "\n").split("\n"):
        line = _DOKU_SIGNATURE.sub(lambda m: f"\n— {m.group(1).strip()}", line)
        heading = _DOKU_HEADING.match(line)
        line = heading.group(2) if heading else line
        line = _DOKU_LINK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(1).split(":")[-1], line)
        stripped = line.strip()
        if stripped[:1] in ("^", "|") and stripped[-1:] in ("^", "|"):
            stripped = cells_line(re.split(r"[|^]", stripped[1:-1]))
        else:
            stripped = re.sub(r"^(?:[*-]|>+)[ \t]+", "", stripped)
        out.append(_inline(stripped, _WIKI_LITE_INLINE))
    return _tidy(out)


_TID_FIELD = re.compile(r"^([a-z][\w.-]*):[ \t]?(.*)$")
_TID_LINK = re.compile(r"\[\[([^|\[\]\n]{0,500})(?:\|[^\[\]\n]{0,500})?\]\]")
_TID_INLINE = (
    (re.compile(r"''(?=\S)([^'\n]{1,300}?)(?<=\S)''"), r"\1"),                              # ''bold''
    (re.compile(r"\[ext\[([^|\]\n]{0,300})\|[^\]\n]{0,500}\]\]"), r"\1"),                     # [ext[text|url]]
    (re.compile(r"\[img[^\]\n]{0,300}\[[^\]\n]{0,500}\]\]"), ""),
    (re.compile(r"`([^`\n]{1,300})`"), r"\1"),
)


def tiddlywiki_to_text(tid: str) -> str:
    """A TiddlyWiki tiddler (``.tid``) in, plain text out: its ``title:`` field leads and its
    ``creator:`` (or ``author:``) is the "By" line, the other header fields go; in the body,
    ``!`` heading marks, list and quote marks and table bars go, ``[[text|Tiddler]]`` links read as
    their text, macros and transclusions are dropped and a ``//italic//`` title-like run is kept
    as a title hint.

    >>> print(tiddlywiki_to_text("created: 20240502\\ncreator: Jo Bell\\ntitle: Night Harbour\\ntype: text/vnd.tiddlywiki\\n\\n"
    ...                          "! Verdict\\n//Night Harbour// recalls [[the old one|Dock Lights]]. <<tag film>>"))
    Night Harbour
    By Jo Bell
    <BLANKLINE>
    Verdict
    “Night Harbour” recalls the old one.
    """
    head, _, body = tid.replace("\r\n", "\n").partition("\n\n")
    fields = {m.group(1).lower(): m.group(2).strip() for m in map(_TID_FIELD.match, head.split("\n")) if m}
    if not fields:
        head, body = "", tid
    out: list[str] = []
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped in ("<<<", '"""') or re.fullmatch(r"<<<.*", stripped):
            continue
        if stripped.startswith("|") and stripped.endswith("|"):
            stripped = cells_line([cell.lstrip("!") for cell in stripped[1:-1].split("|")])
        else:
            stripped = re.sub(r"^(?:!{1,6}|[*#]+|>+|;|:)[ \t]*", "", stripped)
        stripped = _TID_LINK.sub(r"\1", stripped)  # [[shown text|Tiddler]] and [[Tiddler]] both show group 1
        out.append(_inline(_inline(stripped, _TID_INLINE), _WIKI_LITE_INLINE))
    author = fields.get("creator") or fields.get("author") or fields.get("modifier", "")
    return compose_review(fields.get("title", ""), None, author, (), _tidy(out))


# --- LaTeX ----------------------------------------------------------------------------------------

#: LaTeX's accent commands and the Unicode combining mark each stands for.
_LATEX_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
                  "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a"}
_LATEX_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł",
                  "L": "Ł", "i": "ı", "th": "þ", "TH": "Þ", "dh": "ð", "DH": "Ð", "dj": "đ", "DJ": "Đ", "ldots": "…",
                  "dots": "…", "textendash": "–", "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX", "copyright": "©"}
_LATEX_ACCENT = re.compile(r"\\([`'^\"~=.]|[uvHckr](?![A-Za-z]))\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))")
_LATEX_EMPHASIS = frozenset(("emph", "textit", "textsl", "mkbibemph", "titleformat", "film", "movie", "work"))
_LATEX_DROPPED = frozenset(("cite", "citep", "citet", "label", "ref", "pageref", "eqref", "url", "includegraphics", "vspace",
                            "hspace", "thispagestyle", "pagestyle", "bibliographystyle", "bibliography", "usepackage",
                            "documentclass", "newcommand", "renewcommand", "setlength", "input", "include", "date",
                            "thanks", "index", "hypersetup", "geometry", "addbibresource", "begin", "end", "bibitem"))
_LATEX_COMMAND = re.compile(r"\\([A-Za-z]+)\*?|\\(.)", re.DOTALL)
_LATEX_HEADINGS = frozenset(("part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"))


def _closing_braces(text: str) -> dict[int, int]:
    """Where each ``{`` of ``text`` that is closed is closed (``\\{`` and ``\\}`` are letters),
    found in one pass so that a text of unclosed braces stays linear."""
    closing: dict[int, int] = {}
    opened: list[int] = []
    for brace in re.finditer(r"\\.|[{}]", text, re.DOTALL):
        if brace.group() == "{":
            opened.append(brace.start())
        elif brace.group() == "}" and opened:
            closing[opened.pop()] = brace.start()
    return closing


def latex_group(text: str, at: int, closing: dict[int, int] | None = None) -> tuple[str, int] | None:
    """The ``{...}`` group opening at ``text[at]`` (braces balanced) and where it ends."""
    if at >= len(text) or text[at] != "{":
        return None
    end = (closing if closing is not None else _closing_braces(text)).get(at)
    return (text[at + 1:end], end + 1) if end is not None else None


def _latex_argument(text: str, command: str) -> str | None:
    """The first argument of the first ``\\command{...}`` in ``text``."""
    found = re.search(rf"\\{command}\*?\s*(?:\[[^\]]*\])?\s*(?=\{{)", text)
    group = latex_group(text, found.end()) if found else None
    return group[0] if group else None


def _accented(match: re.Match[str]) -> str:
    """``\\'{e}`` as é, ``\\'{\\i}`` as í: the letter (or dotless letter command) with the accent's combining mark."""
    letter = match.group(2) or match.group(3)
    base = _LATEX_LETTERS.get(letter[1:], letter[1:]) if letter.startswith("\\") else letter
    return unicodedata.normalize("NFC", ("i" if base == "ı" else base) + _LATEX_ACCENTS[match.group(1)])


def latex_inline(text: str) -> str:
    """LaTeX commands in a stretch of text as what they print."""
    text = _LATEX_ACCENT.sub(_accented, text)
    out: list[str] = []
    at = 0
    closing = _closing_braces(text)
    while at < len(text):
        command = _LATEX_COMMAND.match(text, at)
        if command is None:
            if text[at] in "{}":
                at += 1
                continue
            out.append(text[at])
            at += 1
            continue
        at = command.end()
        if command.group(2) is not None:  # \& \% \$ \# \_ \\ \, \
            symbol = command.group(2)
            out.append("\n" if symbol == "\\" else " " if symbol in ", ;:" else "" if symbol in "/-@" else symbol)
            continue
        name = command.group(1)
        while at < len(text) and text[at] in " \t" and name not in _LATEX_LETTERS:
            at += 1
        if at < len(text) and text[at] == "[":
            close = text.find("]", at)
            at = close + 1 if close != -1 else at
        group = latex_group(text, at, closing)
        if name in _LATEX_LETTERS:
            out.append(_LATEX_LETTERS[name])
            if text[at:at + 2] == "{}":
                at += 2
            continue
        if name in ("footnote", "marginpar", "thanks"):
            if group:
                out.append(f" ({latex_inline(group[0]).strip()})" if name != "thanks" else "")
                at = group[1]
            continue
        if name in _LATEX_DROPPED:
            while group:  # all of its arguments
                at = group[1]
                group = latex_group(text, at, closing)
            continue
        if name in ("href",) and group:
            second = latex_group(text, group[1], closing)
            if second:
                out.append(latex_inline(second[0]))
                at = second[1]
                continue
        if name in ("item",):
            out.append("\n")
            continue
        if name in ("par", "newline", "linebreak", "maketitle", "newpage", "clearpage", "medskip", "bigskip", "smallskip", "noindent"):
            out.append("\n" if name in ("par", "newline", "linebreak") else "")
            continue
        if group:
            inner = latex_inline(group[0])
            if name in _LATEX_EMPHASIS:
                inner = title_hint(inner.strip())
            elif name in _LATEX_HEADINGS:
                inner = f"\n\n{inner.strip()}\n\n"
            out.append(inner)
            at = group[1]
    return "".join(out)


def latex_to_text(latex: str) -> str:
    """A LaTeX article in, plain text out: ``\\title`` and ``\\author`` lead (``\\thanks`` and
    ``\\and`` taken out), sections become lines of their own, accents become letters
    (``Bj\\"{o}rk`` is Björk), ``\\emph``/``\\textit`` title-like runs are kept as title hints,
    footnotes read in brackets where they stand, and comments, citations, labels and the
    preamble go.

    >>> print(latex_to_text("\\\\documentclass{article}\\n\\\\title{\\\\textit{Night Harbour} (2019)}\\n"
    ...                     "\\\\author{Jo Bell\\\\thanks{Film editor.}}\\n\\\\begin{document}\\n\\\\maketitle\\n"
    ...                     "\\\\section*{Verdict}\\nDirected by Ana Pir\\\\'{e}s. % a comment\\n\\\\end{document}"))
    “Night Harbour” (2019)
    By Jo Bell
    <BLANKLINE>
    Verdict
    <BLANKLINE>
    Directed by Ana Pirés.
    """
    text = re.sub(r"(?<!\\)%[^\n]*", "", latex.replace("\r\n", "\n"))
    title = _latex_argument(text, "title") or ""
    # each author's name, without the affiliation lines after its "\\\\"
    author = ", ".join(re.split(r"\\\\", part, maxsplit=1)[0].strip() for part in re.split(r"\\and\b", _latex_argument(text, "author") or ""))
    begin = text.find("\\begin{document}")
    body = text[begin + len("\\begin{document}"):] if begin != -1 else text
    body = body.split("\\end{document}")[0]
    body = _without_floats(body)
    body = re.sub(r"\\begin\{thebibliography\}\{[^}]*\}", "\n\nReferences\n", body)
    body = re.sub(r"\\(?:title|author)\s*(?=\{)", r"\\date", body)  # a title set in the body is read in the lead
    rows = []
    for line in latex_inline(body.replace("``", "“").replace("''", "”").replace("---", "—").replace("--", "–")).split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        if "&" in line and line.count("&") <= 4 and "\\" not in line:
            line = cells_line(line.split("&"))
        rows.append(line.replace("~", " "))
    body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(rows)).strip("\n")
    return compose_review(_latex_line(title), None, _latex_line(author), (), body_text)


_LATEX_FLOAT = re.compile(r"\\begin\{(figure|table|equation|align|tikzpicture|verbatim|comment)(\*?)\}")


def _without_floats(body: str) -> str:
    """The body without its figures, tables, equations, drawings and verbatim or comment blocks."""
    kept: list[str] = []
    at = 0
    while (opening := _LATEX_FLOAT.search(body, at)) is not None:
        end = body.find(f"\\end{{{opening.group(1)}{opening.group(2)}}}", opening.end())
        if end == -1:
            break
        kept.append(body[at:opening.start()])
        at = end + len(f"\\end{{{opening.group(1)}{opening.group(2)}}}")
    return "".join(kept) + body[at:]


def _latex_line(part: str) -> str:
    return re.sub(r"\s+", " ", latex_inline(part.replace("``", "“").replace("''", "”"))).strip(" ,")


# --- troff man pages ------------------------------------------------------------------------------

_TROFF_ESCAPES = (
    (re.compile(r"\\f\(?(?:I|BI)(.{0,300}?)\\f[RPB1]"), _hint()),                           # \fIitalic\fR
    (re.compile(r"\\f(?:\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\((?:em)|\\\[em\]"), "—"),
    (re.compile(r"\\\((?:en)|\\\[en\]"), "–"),
    (re.compile(r"\\\((?:lq|Lq)|\\\*\(lq|\\\[lq\]"), "“"),
    (re.compile(r"\\\((?:rq|Rq)|\\\*\(rq|\\\[rq\]"), "”"),
    (re.compile(r"\\\((?:aq|cq)|\\\[aq\]"), "'"),
    (re.compile(r"\\\(bu|\\\[bu\]"), "•"),
    (re.compile(r"\\[&|^%]|\\\"[^\n]*"), ""),
    (re.compile(r"\\[-e]"), lambda m: "-" if m.group() == "\\-" else "\\"),
    (re.compile(r"\\ "), " "),
    (re.compile(r"\\\[(?:u([0-9A-Fa-f]{4,5}))\]"), lambda m: chr(int(m.group(1), 16))),
    (re.compile(r"\\s[-+]?\d"), ""),
)


def troff_to_text(troff: str) -> str:
    """A man page (troff with the ``man`` macros) in, plain text out: ``.SH`` and ``.SS`` headings
    become lines, ``.B``/``.I`` and their alternating forms give their words (an italic title-like
    run kept as a title hint), a ``.TP`` tag and its text are one "tag: text" line, font and
    character escapes (``\\fI``, ``\\(em``, ``\\-``) are read, and comments and other requests go.

    >>> print(troff_to_text('.TH HARBOUR 7 2024\\n.SH NAME\\nharbour \\\\- a review of \\\\fINight Harbour\\\\fR\\n'
    ...                     '.SH CAST\\n.TP\\n.B Lena Dahl\\nMarta\\n.SH AUTHOR\\nWritten by Jo Bell.'))
    NAME
    harbour - a review of “Night Harbour”
    <BLANKLINE>
    CAST
    Lena Dahl: Marta
    <BLANKLINE>
    AUTHOR
    Written by Jo Bell.
    """
    out: list[str] = []
    tag: str | None = None
    for raw in troff.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        request = re.match(r"^[.'][ \t]*([A-Za-z]{1,3})\b[ \t]*(.*)$", line)
        if line.startswith((".\\\"", "'\\\"", '.\\"')) or line == ".":
            continue
        if request:
            name, argument = request.group(1), request.group(2)
            words = re.findall(r'"[^"]*"|\S+', argument)
            words = [word.strip('"') for word in words]
            if name in ("SH", "SS"):
                out.extend(["", " ".join(words)] if out else [" ".join(words)])
                continue
            if name in ("TP",):
                tag = ""
                continue
            if name in ("IP",) and words and words[0] not in ("\\(bu", "\\[bu]", "-", "*", "•"):
                out.append(_inline(words[0], _TROFF_ESCAPES))
                continue
            if name in ("PP", "LP", "P", "sp", "br", "IP"):
                out.append("")
                continue
            if name in ("B", "I", "SM", "SB", "BI", "IB", "BR", "RB", "IR", "RI"):
                text = ("" if name in ("BR", "RB", "IR", "RI", "BI", "IB") else " ").join(words)
                line = title_hint(text) if name == "I" else text
            else:
                continue  # .TH, .RS, .RE, .nf, .fi, .ad, .hy and the rest set out the page
        line = _inline(line, _TROFF_ESCAPES).strip()
        if tag == "":
            tag = line
            continue
        if tag:
            line, tag = f"{tag}: {line}", None
        out.append(line)
    if tag:
        out.append(tag)
    # a paragraph's source lines run on as one line, so that its sentences read whole
    paragraphs = re.split(r"\n\s*\n", "\n".join(out).strip("\n"))
    return "\n\n".join(_join_run_on(paragraph) for paragraph in paragraphs if paragraph.strip())


def _join_run_on(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if len(lines) <= 1 or any(":" in line[:40] and not line.rstrip().endswith((".", ",")) for line in lines[1:]):
        return paragraph
    return lines[0] + "\n" + " ".join(lines[1:]) if len(lines[0]) < 40 and lines[0].isupper() else " ".join(lines)


# --- BBCode and gemtext ---------------------------------------------------------------------------

#: Signs that a text is a forum post's BBCode: two of its closing tags.
# (phpBB stores each tag with its post's uid: "[b:3kq8z1fp]...[/b:3kq8z1fp]")
BBCODE_SIGNS = re.compile(r"\[/(?:b|i|u|s|url|quote|size|color|img|list|spoiler|center|code|h\d)(?::[a-z0-9]{5,8})?\]", re.IGNORECASE)
_BBCODE_INLINE = (
    (re.compile(r"(\[/?[*a-z]+\d?(?:=[^\]\n]{0,200}?)?):[a-z0-9]{5,8}\]", re.IGNORECASE), r"\1]"),
    (re.compile(r"\[img[^\]]*\][^\[]{0,2000}\[/img\]", re.IGNORECASE), ""),
    (re.compile(r"\[url\][^\[]{0,2000}\[/url\]", re.IGNORECASE), ""),
    (re.compile(r"\[quote=\"?([^\]\"]{1,80})\"?\]", re.IGNORECASE), r"\1 wrote: "),
    (re.compile(r"\[i\]([^\[\]]{1,300})\[/i\]", re.IGNORECASE), _hint()),
    (re.compile(r"\[\*\]"), "\n"),
    (re.compile(r"\[/?(?:b|i|u|s|url|quote|size|color|font|list|spoiler|center|left|right|code|h\d|youtube|indent)(?:=[^\]]*)?\]",
                re.IGNORECASE), ""),
)


def bbcode_to_text(bbcode: str) -> str:
    """A forum post's BBCode in, plain text out: tags taken out, images and bare links dropped,
    ``[*]`` items one a line, a quote's author named, an ``[i]italic[/i]`` title-like run kept as a
    title hint.

    >>> bbcode_to_text("[b]Verdict:[/b] [i]Night Harbour[/i] is [url=http://x]calm[/url].[img]x.png[/img]")
    'Verdict: “Night Harbour” is calm.'
    >>> bbcode_to_text("[b:3kq8z1fp]Night Harbour[/b:3kq8z1fp] (2019)")
    'Night Harbour (2019)'
    """
    return _inline(bbcode.replace("\r\n", "\n"), _BBCODE_INLINE)


def gemtext_to_text(gemtext: str) -> str:
    """A Gemini page (gemtext) in, Markdown-like text out: a ``=> url text`` link line reads as its
    text (a bare link goes); headings, lists and quotes are Markdown's already.

    >>> gemtext_to_text("# Night Harbour\\n=> gemini://x/pires.gmi Ana Pires's page\\n=> https://x")
    "# Night Harbour\\nAna Pires's page\\n"
    """
    return re.sub(r"(?m)^=>[ \t]*\S+(?:[ \t]+(.*))?$", lambda m: m.group(1) or "", gemtext.replace("\r\n", "\n"))


def rtf_to_text(rtf: str) -> str:
    """An RTF document in, its text out (control words, groups, font and colour tables taken out).

    >>> rtf_to_text(r"{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0\\b Night Harbour\\b0\\par Directed by Ana Pir\\'e9s.\\par}").split("\\n")[:2]
    ['Night Harbour', 'Directed by Ana Pirés.']
    """
    from striprtf.striprtf import rtf_to_text as strip_rtf

    return strip_rtf(rtf, errors="ignore").replace("\r\n", "\n").strip()


# --- Telling a markup from its text ---------------------------------------------------------------

_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rtf", re.compile(r"\A\s*\{\\rtf")),
    ("html", re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE html|<html\b|<head\b|<body\b|<article\b)", re.IGNORECASE)),
    ("latex", re.compile(r"\\documentclass\b|\\begin\{document\}")),
    ("troff", re.compile(r"\A(?:\.\\\"[^\n]*\n)*\.TH[ \t]")),
    ("asciidoc", re.compile(r"\A\s*=[ \t]+\S[^\n]*\n(?:[^\n]+\n)*?:[\w-]+:|^\[cols=|^\|===[ \t]*$", re.MULTILINE)),
    ("dokuwiki", re.compile(r"^[ \t]*={5,6}[ \t]*[^=\n]+={5,6}[ \t]*$", re.MULTILINE)),
    ("textile", re.compile(r"\A\s*h[1-3]\.[ \t]+\S")),
    ("tiddlywiki", re.compile(r"\A(?:[a-z][\w.-]*:[^\n]*\n)*(?:title:[^\n]*\n)(?:[a-z][\w.-]*:[^\n]*\n)*\n")),
)


def sniff(text: str) -> str | None:
    """The markup a text is written in, told from its own first marks: ``"rtf"``, ``"html"``,
    ``"latex"``, ``"troff"``, ``"asciidoc"``, ``"dokuwiki"``, ``"textile"``, ``"tiddlywiki"``,
    ``"bbcode"`` or ``None`` for plain text.

    >>> sniff("\\\\documentclass{article}"), sniff(".TH HARBOUR 7"), sniff("Night Harbour (2019) is calm.")
    ('latex', 'troff', None)
    """
    head = text[:6000]
    for markup, signs in _SIGNS:
        if signs.search(head):
            return markup
    if len(BBCODE_SIGNS.findall(head)) >= 2:
        return "bbcode"
    return None
