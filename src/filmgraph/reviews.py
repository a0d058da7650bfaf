"""Read stage: review files and folders in, :class:`~filmgraph.model.Review` records out.

Plain text (``.txt``), e-mail (``.eml``: its From, Date and Subject and its text; ``.mbox``: its longest message), Markdown (``.md``), HTML
(``.html``/``.htm``/``.xhtml``), subtitles (``.srt``, ``.vtt``), JSON exports and JSON-LD (``.json``), a CSV export's row (``.csv``), RSS and Atom
entries (``.xml``/``.rss``/``.atom``), YAML (``.yaml``), reStructuredText (``.rst``), Org mode (``.org``), MediaWiki
markup (``.wiki``/``.mediawiki``), the markups of :mod:`filmgraph.markup` (AsciiDoc, Textile, DokuWiki, TiddlyWiki,
LaTeX, man pages, BBCode, gemtext, RTF), Word (``.docx``), OpenDocument (``.odt``), Jupyter notebooks (``.ipynb``), calendars (``.ics``),
OPML outlines and Evernote exports, property lists, gopher menus (``.gophermap``) and SQLite databases are read, and a chat app's export pasted as text; a file
of source-code literals (a Python dict, a Lua table, an SQL insert: :mod:`filmgraph.literals`) for the review fields it names, an SQL
dump or script for the rows it inserts (:mod:`filmgraph.sqldump`); a file named
``.txt`` (or nothing) that is one of these formats is told by its content. A pasted table
of facts ("Director<TAB>Ana Pires") is read as labelled lines ("Director: Ana Pires"). Text is decoded as UTF-8 (with or without BOM), then
UTF-16 when it carries a BOM, then Latin-1 / cp1252, which old Usenet reviews use; a binary file is
read from the prose it keeps as plain bytes (:func:`binary_prose`); a file compressed with gzip, bzip2 or xz is
read as the file it unpacks to (no further than :data:`MAX_REVIEW_BYTES`); a file that is
empty, binary without prose or not text at all raises :class:`~filmgraph.errors.ReviewError` naming the file,
as does a JSON or XML file that does not parse or holds no review or several.

Each format is reduced to the plain text the extractor reads best before extraction: a headline
(``Night Harbour (2019)``), a ``By Ann Lee`` line, credit lines (``Director: Ana Pires``), then the
body. HTML keeps its headline, byline and article (menus, headers, footers, asides, scripts and
styles dropped); Markdown, reStructuredText and Org mode lose their marks (headings, emphasis,
links, bullets, front matter, directives, drawers), an emphasised title kept as a “title hint”;
JSON and XML fields are laid out by :func:`compose_review`. Wiki markup in any of them (a film
infobox, ``[[links]]``, ``'''bold'''``) is read as well, the infobox as headline and credits. The
review's text is that plain text, so offsets point into it.

>>> review = read_text("Psycho (1998) is a remake of Psycho (1960).", source="inline")
>>> review.source, len(review.content_hash)
('inline', 64)
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import functools
import hashlib
import io
import itertools
import json
import lzma
import os
import quopri
import re
import struct
import sys
import textwrap
import unicodedata
import urllib.parse
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from html import unescape as html_unescape
from pathlib import Path
from typing import Any

from .english import english_words
from .errors import ReviewError, shown_name
from .inputs import InputRefused, read_input, regular_file_problem
from .literals import literal_fields
from .markup import (
    BBCODE_SIGNS,
    asciidoc_to_text,
    bbcode_to_text,
    cells_line,
    compose_review,
    dokuwiki_to_text,
    field_line,
    gemtext_to_text,
    latex_group,
    latex_inline,
    latex_to_text,
    rtf_to_text,
    sniff,
    textile_to_text,
    tiddlywiki_to_text,
    title_hint,
    troff_to_text,
)
from .model import Review

__all__ = [
    "REVIEW_SUFFIXES", "ReviewPaths", "find_review_files", "read_review", "read_reviews", "read_text",
    "review_id_for", "scan_review_paths", "source_for",
    # the converters, one a format, each plain text out
    "html_to_text", "markdown_to_text", "email_to_text", "subtitles_to_text", "ass_to_text", "ris_to_text", "bibtex_to_text", "hocr_to_text", "postscript_to_text", "json_to_text", "csv_to_text", "xml_to_text", "rst_to_text",
    "org_to_text", "wiki_to_text", "notebook_to_text", "calendar_to_text", "opml_to_text", "evernote_to_text", "mbox_to_text",
    "yaml_to_text", "toml_to_text", "docx_to_text", "odt_to_text", "tei_to_text", "webarchive_to_text", "http_to_text", "scc_to_text",
    "petscii_text", "videotex_text", "ebu_stl_to_text", "hl7_to_text", "gophermap_to_text", "shar_to_text", "dbf_to_text", "dvi_to_text", "pdf_to_text", "compose_review", "title_hint",
]

REVIEW_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml", ".srt", ".vtt", ".eml", ".mbox", ".json", ".jsonl", ".ndjson",
                   ".csv", ".xml", ".rss", ".atom", ".rst", ".org", ".wiki", ".mediawiki", ".adoc", ".asciidoc", ".textile", ".dokuwiki", ".tid",
                   ".tex", ".latex", ".man", ".bbcode", ".gmi", ".rtf", ".docx", ".odt", ".ipynb", ".ics", ".opml", ".enex", ".yaml",
                   ".yml", ".tsv", ".pptx", ".xlsx", ".epub", ".odp", ".ods", ".webarchive", ".warc", ".toml", ".tar", ".gz", ".bz2", ".xz",
                   ".oxps", ".xps", ".http", ".scc", ".ass", ".ssa", ".ris", ".bib", ".po", ".pot", ".hocr", ".ps", ".eps", ".dbf", ".dvi", ".pdf", ".gophermap")

#: Names a folder search passes over although they end like a review: the gold answers that the
#: evaluation sets keep beside their reviews.
_NOT_REVIEWS = (".gold.json",)

#: Larger files are not reviews (the longest of the 5,940 reviews in ../shared is 16 kB); reading and
#: extracting them whole would only waste time and memory.
MAX_REVIEW_BYTES = 1_000_000

# C0 controls other than tab, newline, carriage return and form feed. A NUL byte, or more than
# one such character in a hundred, marks a binary file; a few strays (old Usenet signatures carry
# some) are blanked out, since XML exports cannot hold them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BINARY_SHARE = 0.01


def review_id_for(source: str) -> str:
    """A stable id for a review source (path or URL): the same source always gives the same id."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def source_for(path: str | os.PathLike[str]) -> str:
    """The source name of a review file: its absolute path, with any bytes of the file name that
    are not UTF-8 written as ``\\xNN`` escapes, so that it can be stored and shown."""
    raw = str(Path(path).resolve())
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_text(text: str, *, source: str) -> Review:
    """Wrap text already in memory as a :class:`Review` from ``source``."""
    if not text.strip():
        raise ReviewError(source, "the review is empty")
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Review(review_id=review_id_for(source), source=source, text=text, content_hash=content_hash)


def read_review(path: str | os.PathLike[str]) -> Review:
    """Read one review file.

    Raises
    ------
    ReviewError
        If the file is missing, unreadable, not a regular file (a FIFO, device, socket or
        broken link is never opened for reading), too large, empty, binary or not decodable text.
    """
    path = Path(path)
    source = source_for(path)
    try:
        data = read_input(path, limit=MAX_REVIEW_BYTES)
    except InputRefused as error:
        problem = str(error).replace("is over the limit", "is too large for a review: over the limit")
        raise ReviewError(str(path), problem) from error
    suffix = path.suffix.lower()
    if (decompressor := next((make for magic, make in _COMPRESSED.items() if data.startswith(magic)), None)) is not None:
        data = _decompressed(decompressor, data, str(path))
        # the suffix under the compression's own ("notes.md.gz"), if it names a format
        suffix = Path(path.stem).suffix.lower() if suffix in _COMPRESSION_SUFFIXES else suffix
    if suffix in _PACKAGED:
        text = _PACKAGED[suffix](data, source=str(path))
    elif data[257:262] == _TAR_MAGIC and b"\x00" in data[100:257]:  # (a header's NUL-padded fields, not a text's word)
        text = tar_to_text(data, source=str(path))
    elif data.startswith(_ZIP_MAGIC):
        text = package_to_text(data, source=str(path))
    elif data.startswith(_SQLITE_MAGIC):
        text = sqlite_to_text(data, source=str(path))
    elif data.startswith(_BINARY_PLIST_MAGIC):
        text = plist_to_text(data, source=str(path))
    elif _EBU_STL_MAGIC.match(data):
        text = ebu_stl_to_text(data)
    elif data[:2] == _DVI_PREAMBLE:
        text = dvi_to_text(data, source=str(path))
    elif data.startswith(_PDF_MAGIC):
        text = pdf_to_text(data, source=str(path))
    elif suffix == ".dbf":
        text = dbf_to_text(data, source=str(path))
    else:
        text = _decode(data, str(path)).replace("\r\n", "\n")
        if "\n" not in text:
            text = text.replace("\r", "\n")  # lines that end in CR alone (a classic Mac's, an HL7 message's)
        text = _plain_text(text, suffix, str(path))
    text = unreferenced_text(undented_text(unled_text(unstrung_text(unprefixed_text(unpaginated_text(unescaped_text(text)))))))
    if WIKI_SIGNS.search(text):
        text = wiki_to_text(text)
    if len(_CHAT_LINE.findall(text, 0, 4000)) >= 3:
        text = chat_to_text(text)
    if len(_TABBED_FIELD.findall(text, 0, 8000)) >= 2:
        text = _TABBED_FIELD.sub(lambda field: f"{field.group(1) or field.group(3)}: {field.group(2) or field.group(4)}", text)
    if not text.strip():
        raise ReviewError(str(path), "the review is empty")
    return read_text(text.replace("\r\n", "\n"), source=source)


#: The stream compressors a review may come wrapped in, by magic number (a gzip's leading bytes,
#: bzip2's and xz's): a ``notes.txt.gz``, or a format of its own that is compressed XML (a
#: Xournal++ notebook, an SVGZ drawing).
_COMPRESSED: dict[bytes, Callable[[], Any]] = {
    b"\x1f\x8b\x08": lambda: zlib.decompressobj(16 + zlib.MAX_WBITS),
    b"BZh": lambda: bz2.BZ2Decompressor(),
    b"\xfd7zXZ\x00": lambda: lzma.LZMADecompressor(),
}
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz")


def _decompressed(decompressor: Callable[[], Any], data: bytes, source: str) -> bytes:
    """The bytes a compressed review holds, read no further than the review size limit (a small
    file may unpack to gigabytes)."""
    try:
        inner = decompressor().decompress(data, MAX_REVIEW_BYTES + 1)
    except (OSError, EOFError, ValueError, lzma.LZMAError, zlib.error) as error:
        raise ReviewError(source, f"compressed data that does not unpack ({error})") from error
    if len(inner) > MAX_REVIEW_BYTES:
        raise ReviewError(source, f"is too large for a review: over the limit of {MAX_REVIEW_BYTES:,} bytes once unpacked")
    return inner


def unescaped_text(text: str) -> str:
    r"""A review kept as one escaped string (a log line's or a SQL dump's ``\n``, a PO file's
    ``\"``, a JSON value's ``\u00e9``) or in quoted-printable (a mail body saved without its
    headers: ``=E9``, lines cut with ``=``) in, its plain text out; any other text as it is.
    A text is taken for escaped when it holds more escaped line breaks than real ones (and then
    for the quoted string that holds most of them, when one does: the statement or the record
    around it is no part of the review), and for quoted-printable when it is all ASCII with
    several soft line breaks.

    >>> print(unescaped_text(r"INSERT INTO notes VALUES (7, 'Night Harbour\n\nA \"calm\" caf\u00e9 drama.\nBy Jo Bell\n');"))
    Night Harbour
    <BLANKLINE>
    A "calm" café drama.
    By Jo Bell
    <BLANKLINE>
    >>> print(unescaped_text("Night Harbour is a calm caf=C3=A9 drama, directed by Ana Pires and=\n shot=\n in=\n Lisbon."))
    Night Harbour is a calm café drama, directed by Ana Pires and shot in Lisbon.
    """
    breaks = text.count(_ESCAPED_BREAK)
    if breaks >= _MIN_ESCAPED_BREAKS and breaks > text.count("\n"):
        quoted = max(_QUOTED.finditer(text), key=lambda match: match.group().count(_ESCAPED_BREAK), default=None)
        if quoted is not None and quoted.group().count(_ESCAPED_BREAK) >= 0.8 * breaks:
            inner = quoted.group(1) if quoted.group(1) is not None else quoted.group(2).replace("''", "'")
            return _ESCAPE.sub(_unescape, inner)
        return _ESCAPE.sub(_unescape, text)
    if text.count("=\n") >= _MIN_ESCAPED_BREAKS and text.isascii():
        return quopri.decodestring(text.encode("ascii")).decode("utf-8", "replace")
    return text


def unpaginated_text(text: str) -> str:
    r"""Text laid out in pages (a PDF's or a scan's, as ``pdftotext`` or an OCR engine gives it back)
    in, its running text out: the typeset ligatures spelt out ("ﬁlm" -> "film"), the lines each page
    repeats at its top or foot (the publication's name, its issue, the page number) dropped, pages
    that break a sentence joined again, two columns that share their lines (``pdftotext -layout``'s)
    read one after the other, and a word the typesetter hyphenated at a line's end whole
    ("direc-\nted" -> "directed"; a compound keeps its hyphen: "well-\nknown" -> "well-known"),
    the lines from there to the paragraph's end filled again to its width; any other text as it is.

    >>> print(unpaginated_text("SCREEN NOTES   3\n\nNight Harbour is a calm ﬁlm, di-\nrected by Ana Pires and\n\n"
    ...                        "  Screen Notes, page 3\n\fSCREEN NOTES   4\n\nshot in Lisbon.\n  Screen Notes, page 4\n"))
    Night Harbour is a calm film,
    directed by Ana Pires and shot in
    Lisbon.
    <BLANKLINE>
    """
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    if "\f" in text:
        text = _without_page_furniture(text.split("\f"))
    if "    " in text:
        text = _columns_one_after_the_other(text)
    return _rehyphenated(text) if "-\n" in text else text


def _columns_one_after_the_other(text: str) -> str:
    """``text`` with each run of lines set in two columns side by side (``pdftotext -layout``'s
    page of a newspaper or a magazine: the columns share each line, a gutter of spaces between
    them) written as its left column's lines, then its right column's; any other text as it is.
    The right column opens at the one position where most lines hold text after two spaces or
    more; a run is the lines that position cuts no word of, at least five of them holding text on
    both sides, and both sides prose (a list of labels and values, code with its comments aligned,
    is no page of columns)."""
    lines = text.split("\n")
    opening = _right_column_opening(lines)
    if opening is None:
        return text
    out: list[str] = []
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and (len(lines[end].rstrip()) <= opening - 2 or lines[end][opening - 2:opening] == "  "):
            end += 1
        run = lines[at:end]
        left, right = [line[:opening].rstrip() for line in run], [line[opening:].rstrip() for line in run]
        if sum(bool(a.strip()) and bool(b.strip()) for a, b in zip(left, right)) >= _MIN_COLUMN_LINES \
                and _prose_column(left) and _prose_column(right):
            out += [_squeezed(left), "", _squeezed(right)]
        else:
            out += run
        if end < len(lines):
            out.append(lines[end])
        at = end + 1
    return "\n".join(out)


def _squeezed(column: list[str]) -> str:
    """A column's lines as text, without the blank lines where only the other column had text."""
    return re.sub(r"\n{3,}", "\n\n", "\n".join(column).strip("\n"))


def _right_column_opening(lines: list[str]) -> int | None:
    """Where a right column opens in ``lines``: the position most lines hold text at after two
    spaces, with text before them (at least five lines), or None."""
    openings: Counter[int] = Counter()
    for line in lines:
        for gutter in _GUTTER.finditer(line):
            if gutter.start() >= _MIN_COLUMN_WIDTH:
                openings[gutter.end()] += 1
    opening, count = max(openings.items(), key=lambda item: (item[1], -item[0]), default=(0, 0))
    return opening if count >= _MIN_COLUMN_LINES else None


def _prose_column(lines: list[str]) -> bool:
    """Whether a column's lines are prose: five of them at least, and a third of its filled lines,
    hold three lower-case words (a column's headline, byline, captions and boxes hold fewer)."""
    filled = [line for line in lines if line.strip()]
    prose = sum(len(_LOWER_WORDS.findall(line)) >= 3 for line in filled)
    return prose >= _MIN_COLUMN_LINES and 3 * prose >= len(filled)


def _rehyphenated(text: str) -> str:
    """``text`` with each word a line's end hyphenated whole, and the lines from its line to the
    paragraph's last filled again to the paragraph's width: a line that took the word's end grows,
    and a wider line would make the lines around it read as no longer wrapped (a name or a
    sentence they cut would stay cut)."""
    lines = text.split("\n")
    at = 0
    while at < len(lines) - 1:
        if _BROKEN_WORD.search(f"{lines[at]}\n{lines[at + 1]}") is None:
            at += 1
            continue
        first = at
        while first > 0 and lines[first - 1].strip():
            first -= 1
        width = max(len(line.rstrip()) for line in itertools.takewhile(str.strip, lines[first:]))
        last = at + 1
        while last + 1 < len(lines) and lines[last + 1].strip() and (len(lines[last].rstrip()) > width - _SHORT_LINE or
                                                                     _BROKEN_WORD.search(f"{lines[last]}\n{lines[last + 1]}")):
            last += 1
        run = _BROKEN_WORD.sub(lambda broken: _whole_word(broken.group("head"), broken.group("tail"), text)
                               + broken.group("marks") + " ", "\n".join(lines[at:last + 1]))
        filled = textwrap.wrap(re.sub(r"[ \t]*\n[ \t]*", " ", run.strip()), width, initial_indent=_leading_space(lines[at]),
                               subsequent_indent=_leading_space(lines[at + 1]), break_long_words=False, break_on_hyphens=False)
        lines[at:last + 1] = filled
        at += len(filled) - 1  # (the last line filled may end in a word broken again: each turn joins one at least)
    return "\n".join(lines)


def _leading_space(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _without_page_furniture(pages: list[str]) -> str:
    """Pages joined, without the lines found at the top or foot of more than one of them (read
    with their numbers masked: "Film Notes 14" and "15 Film Notes" are one running line) and
    without bare page numbers there."""
    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted(set(filled[:_PAGE_EDGE_LINES] + filled[-_PAGE_EDGE_LINES:]))

    split = [page.split("\n") for page in pages]
    shapes = Counter(shape for lines in split for shape in {_running_shape(lines[i]) for i in edges(lines)})
    kept_pages = []
    for lines in split:
        dropped = {i for i in edges(lines)
                   if _PAGE_NUMBER.fullmatch(lines[i]) or shapes[_running_shape(lines[i])] >= 2}
        kept = "\n".join(line for i, line in enumerate(lines) if i not in dropped).strip("\n")
        if kept.strip():
            kept_pages.append(kept)
    # (a page that ends mid-sentence goes on at the next one's first line)
    joined = kept_pages[:1]
    for page in kept_pages[1:]:
        joined.append(("\n\n" if _SENTENCE_END.search(joined[-1]) else "\n") + page)
    return "".join(joined) + "\n"


def _running_shape(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().casefold()


def _whole_word(head: str, tail: str, text: str) -> str:
    """A word hyphenated at a line's end, whole, as the rest of ``text`` writes it where it does
    ("Ha-rris" where "Harris" comes again), else by the vocabulary: joined where the join is an
    English word or the first part is no word of its own (a lower-case fragment: "sib-lings"), kept
    hyphenated where both parts are words and their join is not (a compound: "shape-changing") or
    where the first part is capitalised and the join no known word (a hyphenated name: "Woo-jin")."""
    if re.search(rf"\b{head}{tail}\b", text):
        return head + tail
    if re.search(rf"\b{head}-{tail}\b", text):
        return f"{head}-{tail}"
    words = english_words()
    if (head + tail).lower() in words:
        return head + tail
    if head[0].isupper() or (head.lower() in words and tail in words):
        return f"{head}-{tail}"
    return head + tail


#: The typesetter's ligature characters (U+FB00-FB06) and the letters they join
_LIGATURES = str.maketrans({chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)})
_LIGATURE = re.compile("[\ufb00-\ufb06]")  # (a search is quicker than a translation that finds nothing to translate)
#: Two spaces or more between a left column's text and a right column's: the gutter of a page of columns
_GUTTER = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
#: How wide a left column is at the least, and how many lines a run of two columns shares at the least
_MIN_COLUMN_WIDTH, _MIN_COLUMN_LINES = 20, 5
#: How many filled lines at a page's top and foot may be its running head or foot
_PAGE_EDGE_LINES = 2
_PAGE_NUMBER = re.compile(r"[ \t]*(?:(?:page|p\.)[ \t]*)?[-–—]?[ \t]*\d{1,4}[ \t]*[-–—]?[ \t]*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:\"”’')\]][ \t]*\Z")
#: A word broken at a line's end: letters, a hyphen, then the line after it going on in lower case
_BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[A-Za-z][a-z]*)-\n[ \t]*(?P<tail>[a-z]+)(?P<marks>[^\s\w]*)[ \t]*")
#: How much shorter than its paragraph's widest line a line is that ends the paragraph's run of filled lines
_SHORT_LINE = 16


def unprefixed_text(text: str) -> str:
    r"""A review whose lines nearly all carry one mark (quoted whole in a reply, ``> ``; commented
    out in a config file or a script, ``# ``, ``// ``, ``-- ``, ``; ``, ``% ``) in, its lines
    without the mark out; any other text as it is. A reply that quotes part of a message keeps
    its marks: there the quoted lines are someone else's words.

    >>> print(unprefixed_text("On Tue, Bo Ek wrote:\n> Night Harbour (2019)\n> By Jo Bell\n>\n> A calm drama,\n> and a long one."))
    On Tue, Bo Ek wrote:
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    A calm drama,
    and a long one.
    """
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < _MIN_PREFIXED_LINES:
        return text
    for mark in _LINE_MARKS:
        marked = sum(line.lstrip(" \t").startswith(mark) for line in filled)
        if marked >= _PREFIXED_SHARE * len(filled):
            return "\n".join(_PREFIX.sub("", line, count=1) if line.lstrip(" \t").startswith(mark) else line for line in lines)
    return _uncommented_blocks(lines) or text


def unstrung_text(text: str) -> str:
    r"""A text with a run of lines that each hold one string of prose in a statement of code (a
    program that prints its review line by line: ``$display("...");``, ``PUT SKIP EDIT ('...') (A);``,
    ``W !,"..."``, an array's ``"...",``) in, those lines as their strings out, so that a sentence or a
    title cut at a line's end runs on; any other text as it is. A run is four lines or more, three
    of them prose; a line's code before its string holds no prose. A field's name before its string
    stays as a label ('author: "Jo Bell";' as "Author: Jo Bell"), unless the run repeats it: then
    it is the statement that prints (SNOBOL's ``OUTPUT = '...'``).

    >>> print(unstrung_text('begin\n  $display("Night Harbour (2019) is a calm and patient");\n'
    ...                     '  $display("drama, and Ann Lee directed");\n  $display("it with care and some wit.");\n'
    ...                     '  $display("");\n  reviewer = "Jo Bell";\nend'))
    begin
    Night Harbour (2019) is a calm and patient
    drama, and Ann Lee directed
    it with care and some wit.
    <BLANKLINE>
    Reviewer: Jo Bell
    end
    """
    lines = text.split("\n")
    strings = [_strung(line) for line in lines]
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and strings[end] is not None:
            end += 1
        run = [found for found in strings[start:end] if found is not None]
        if len(run) >= _MIN_PREFIXED_LINES and sum(len(_LOWER_WORDS.findall(string)) >= 3 for _, string in run) >= 3:
            keys = Counter(key for key, _ in run if key)
            lines[start:end] = [f"{_label(key)}: {string}" if key and keys[key] == 1 else string for key, string in run]
        start = end + 1
    return "\n".join(lines)


def _strung(line: str) -> tuple[str | None, str] | None:
    """The string of prose a line of code holds, with its doubled quotes undoubled ("" for an empty
    string), and the name of the field it sets when the code names one ('author: "Ann Lee";'), or
    None when the line is no such statement."""
    match = _STRUNG_LINE.match(line)
    if match is None or len(_LOWER_WORDS.findall(match.group("code"))) >= 3:
        return None
    if match.group("double") is not None:
        # (a line's escaped break ends it: 'printf("it with care.\\n");' prints one line, not two)
        string = _ESCAPE.sub(_unescape, match.group("double")).removesuffix("\n")
    else:
        string = match.group("single").replace("''", "'")
    key = _STRING_KEY.fullmatch(match.group("code"))
    return (key.group(1) if key else None), string


def _uncommented_blocks(text_lines: list[str]) -> str | None:
    """The text with the marks taken off each block of comment lines that holds prose (a
    program's or a settings file's header that carries the review beside its code, so that a
    sentence or a title's year runs on from one line to the next), or ``None`` when it has none."""
    lines = list(text_lines)
    changed = False
    start = 0
    while start < len(lines):
        opening = lines[start].lstrip(" \t")
        mark = next((mark for mark in _COMMENT_MARKS if opening.startswith(mark)), None)
        end = start + 1
        if opening.startswith("/*"):  # a block comment, to its close: "/*", " * ...", " */"
            end = next((i + 1 for i in range(start, len(lines)) if "*/" in lines[i]), len(lines))
            if end == start + 1:  # closed on its line: a box of such lines is one block ("/* By Ann Lee    */")
                while end < len(lines) and lines[end].lstrip(" \t").startswith("/*") and "*/" in lines[end]:
                    end += 1
        frame = _FRAME_OPENING.match(opening) if mark is None and not opening.startswith("/*") else None
        lead = mark or (frame.group() if frame else None)
        while lead is not None and end < len(lines):
            if lines[end].lstrip(" \t").startswith(lead):
                end += 1
                continue
            # (a framed comment's paragraphs stand apart, each line in its brackets, the lines between them bare)
            after = next((i for i in range(end, len(lines)) if lines[i].strip()), len(lines))
            if frame is None or after == end or after == len(lines) or not lines[after].lstrip(" \t").startswith(lead):
                break
            end = after
        block = lines[start:end]
        if mark == "*" and not any(line.strip() == "*" for line in block):
            mark = None  # (a list's bullets, not a comment: an input deck's "*" blocks hold a bare "*" between paragraphs)
        if ((mark is not None or frame is not None or opening.startswith("/*")) and len(block) >= _MIN_PREFIXED_LINES
                and len(_LOWER_WORDS.findall(" ".join(block))) >= _MIN_COMMENT_PROSE):
            lines[start:end] = (_PREFIX.sub("", line, count=1) for line in block) if mark else \
                _unframed(block, frame.group()) if frame else (_BLOCK_COMMENT_LINE.sub(r"\1", line) for line in block)
            changed = True
        start = end
    return "\n".join(lines) if changed else None


def _unframed(block: list[str], opening: str) -> list[str]:
    """The lines of a comment block each opened with ``opening`` (and, when most of them are, closed
    with its mirror: "(* ... *)", "( ... )") without those marks."""
    closing = opening[::-1].translate(_MIRRORED)
    filled = [line.rstrip() for line in block if line.strip()]
    if closing == opening or sum(line.endswith(closing) for line in filled) < _PREFIXED_SHARE * len(filled):
        closing = ""
    unframed = []
    for line in block:
        line = line.lstrip(" \t").removeprefix(opening).removeprefix(" ")
        unframed.append(line.rstrip().removesuffix(closing).rstrip() if closing else line)
    return unframed


def unled_text(text: str) -> str:
    r"""A text with a block of lines that all open with one word of a format's own (a font file's
    ``Comment``, a Life pattern's ``#C``, a Gerber file's ``G04``, a batch file's ``REM``, a
    scripture file's ``\rem``, an ABC tune's ``N:`` with no space after it: the comments that carry
    a review) in, those lines without that word out; any other text as it is.
    A block is five lines or more, three of them prose; a word of prose opening every line (an
    article, a pronoun, "and"), a list's bullet and a chat's speaker ("ann:") lead no block.

    >>> print(unled_text("C 32 ; WX 250\nComment Night Harbour: a slow burn\nComment\nComment Ann Lee directed this one\n"
    ...                  "Comment quiet film in 2019, and it holds\nComment up well after the first hour.\nC 33 ; WX 333"))
    C 32 ; WX 250
    Night Harbour: a slow burn
    <BLANKLINE>
    Ann Lee directed this one
    quiet film in 2019, and it holds
    up well after the first hour.
    C 33 ; WX 333
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines):
        lead = _LINE_LEAD.match(lines[start])
        if lead is None or (lead.group(1) or "").lower() in _PROSE_OPENERS:
            start += 1
            continue
        # (a field letter and its colon leads its text with no space: ABC notation's "N:", PILOT's "R:")
        word, joint = (lead.group(1), " ") if lead.group(1) else (lead.group(2), "")
        end = start + 1
        while end < len(lines) and (lines[end] == word or lines[end].startswith(word + joint)):
            end += 1
        rests = [line[len(word) + len(joint):] for line in lines[start:end]]
        # (a log's or a calendar's lines led by a date are records: "Apr  4 21:13:58 host ...")
        dated = sum(rest[:1].isdigit() or rest[:1] == " " for rest in rests)
        if end - start >= _MIN_LED_LINES and sum(len(_LOWER_WORDS.findall(rest)) >= 3 for rest in rests) >= 3 \
                and 2 * dated < len(rests):
            lines[start:end] = rests
        start = end
    return "\n".join(lines)


def undented_text(text: str) -> str:
    r"""A text with runs of lines indented alike (a template's or a markup file's prose, a string
    continued on indented lines: ``"Bo Ek plays Ann, and Cy\n  Dunn is Tom"``) in, each run of two
    lines or more, most of them no code, without its indent out, so that a name or a sentence cut at
    a line's end runs on; any other text (code, settings) as it is.

    >>> print(undented_text("  <p>\n    Bo Ek plays Ann, the keeper's sister, and Cy\n    Dunn is Tom, who rows out at night.\n"
    ...                     "  </p>\nfor x:\n    if x:\n        y"))
      <p>
    Bo Ek plays Ann, the keeper's sister, and Cy
    Dunn is Tom, who rows out at night.
      </p>
    for x:
        if x:
            y
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines):
        indent = _indent(lines[start])
        end = filled = start + 1
        # (a run goes on over blank lines: an indented review's paragraphs and signature are one run)
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) == indent):
            end += 1
            if lines[end - 1].strip():
                filled += 1
        if indent and filled - start >= 2 and lines[start].strip() and 2 * _code_lines(lines[start:end]) < filled - start:
            lines[start:end] = [line.removeprefix(indent) for line in lines[start:end]]
        start = end
    return "\n".join(lines)


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _code_lines(lines: list[str]) -> int:
    """How many of ``lines`` read as code or settings: an assignment, a brace, a statement's ``;``."""
    return sum(_CODE_MARK.search(line) is not None for line in lines)


def unreferenced_text(text: str) -> str:
    r"""A web page as a text browser dumps it (``lynx -dump``, ``w3m``: each link's text led by a
    number in brackets, the numbered addresses listed under "References" at the end) in, its text
    without the numbers and the list out; any other text as it is.

    >>> print(unreferenced_text("Posted by [3]Jo Bell\n\nA calm drama.\n\nReferences\n\n   1. https://a.example/\n"
    ...                         "   3. https://a.example/jo\n"))
    Posted by Jo Bell
    <BLANKLINE>
    A calm drama.
    """
    listed = _LINK_REFERENCES.search(text)
    if listed is None:
        return text
    numbers = set(_REFERENCE_NUMBER.findall(listed.group("list")))
    body = _LINK_MARK.sub(lambda mark: "" if mark.group(1) in numbers else mark.group(), text[:listed.start()])
    return body.rstrip()


# A text browser's list of the page's links: "References" alone on a line, then only numbered addresses
_LINK_REFERENCES = re.compile(r"\n[ \t]*References[ \t]*\n\s*(?P<list>(?:[ \t]*\d+\.[ \t]+\S+://\S*[ \t]*(?:\n|\Z)\s*){2,})\Z")
_REFERENCE_NUMBER = re.compile(r"^[ \t]*(\d+)\.", re.MULTILINE)
_LINK_MARK = re.compile(r"\[(\d+)\](?=\S)")


#: The marks a whole review may be quoted or commented out with, and how many of its lines must
#: carry one (a quoted reply's attribution line and a config file's own settings do not).
_LINE_MARKS = (">", "#", "//", "--", ";", "%")
_PREFIXED_SHARE = 0.8
_MIN_PREFIXED_LINES = 4
_PREFIX = re.compile(r"^[ \t]*(?:>[ >]*|#+|//+|--|;+|%+|!+|[*'@](?=[ \t]|$)) ?")
_CODE_MARK = re.compile(r"[={}]|;[ \t]*$")
#: The marks of a comment (not a reply's quote: the lines a reply quotes are someone else's words),
#: and how many words in lower case comments must hold to be prose (not a licence line or a note
#: to a maintainer).
_COMMENT_MARKS = ("#", "//", "--", ";", "%", "!", "*", "'", "@")  # ("'": BASIC's, EViews', a VBA module's; "@": ARM assembly's)
#: What opens each line of a comment block in languages whose marks the list above does not hold: PARI/GP's
#: "\\", Pascal's and ML's "(*", Haskell's "{-", a language whose comments are in brackets ("(").
_FRAME_OPENING = re.compile(r"\(\*|\{-|\\\\|[({]")
_MIRRORED = str.maketrans("({", ")}")
#: A statement that holds one string: the code before it, the string (double quotes with backslash
#: escapes, or single quotes with doubled ones), then a little code after it.
_STRUNG_LINE = re.compile(r"""^(?P<code>[ \t]*[^"'\n]{0,40}?)(?:"(?P<double>(?:[^"\\\n]|\\.)*)"|'(?P<single>(?:[^'\n]|'')*)')[^"'\n]{0,20}$""")
#: The code before a string that names the field it sets: "author: ", ":reviewer = ", "NOTE_AUTHOR :: "
_STRING_KEY = re.compile(r"[ \t]*[:@$]?([A-Za-z_][\w.-]*)[ \t]*(?:[:=]|::|<-|←)[ \t]*")
_MIN_COMMENT_PROSE = 30


#: What may lead a block of lines (see :func:`unled_text`): a word of letters and digits, perhaps
#: after a comment's marks, then a space or the line's end (not a tag, a bracketed time, a call or
#: a bullet: "<SYNC", "[21:02]", "review_line(1,", "-"); or a field's capital letter or two and its
#: colon, the text right after it ("N:Satyajit Ray wrote ...")
_LINE_LEAD = re.compile(r"([#$%!\\]*[A-Za-z][A-Za-z0-9_]*)(?: |$)|([A-Z]{1,2}:)(?=\S|$)")
_LOWER_WORDS = re.compile(r"\b[a-z]{2,}\b")
_MIN_LED_LINES = 5
_PROSE_OPENERS = frozenset("""the a an and or but nor so yet of in on at to for with by from as if when then
    is was are were be it its he she his her i we you they this that these those there here not no""".split())

#: How many escaped or soft line breaks tell an escaped text from one that quotes an escape.
_MIN_ESCAPED_BREAKS = 3
_ESCAPED_BREAK = "\\n"
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([nrt\"'\\/]))")
_ESCAPED_CHARS = {"n": "\n", "r": "", "t": "\t"}
#: A string value in double quotes (JSON, most languages) or single quotes (SQL, with ``''`` for
#: ``'``), after an ``=``, ``:``, ``,`` or opening bracket and before a closing one, a comma or a
#: semicolon (not a quotation in the escaped prose itself).
_QUOTED = re.compile(r'(?:(?<=[=:,(\[{])|(?<=[=:,(\[{] ))(?:"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.|\'\')*)\')(?=\s*(?:[,;)\]}]|$))',
                     re.MULTILINE)


def _unescape(match: re.Match[str]) -> str:
    if match.group(1):
        return chr(int(match.group(1), 16))
    return _ESCAPED_CHARS.get(match.group(2), match.group(2))


#: An SQL statement that writes rows: a database dump's or a script's.
_SQL_INSERT = re.compile(r"^[ \t]*(?:INSERT|REPLACE)[ \t]+INTO[ \t]", re.IGNORECASE | re.MULTILINE)

#: A line that sets a setting ("title = Night Harbour", "FILM_YEAR=2019"), and how many a text needs
#: to be read as settings: a sum in prose ("x = 3") is one at most.
_ASSIGNED_FIELD = re.compile(r"^[ \t]*([A-Za-z][\w.-]{0,30}(?: [A-Za-z][\w.-]*){0,2})[ \t]*=[ \t]*[\"']?(\S[^\n]*?)[\"']?[ \t]*$",
                             re.MULTILINE)
_MIN_ASSIGNED_FIELDS = 3


def _plain_text(text: str, suffix: str, source: str) -> str:
    """A decoded review file's text as prose: by the converter its ``suffix`` names, else by one
    told from the text, else its literals or assigned fields as labelled lines, else as it stands."""
    # (an OCR engine's page is hOCR whatever its suffix says: ".html" as often as ".hocr")
    convert = (_CONVERTERS[".hocr"] if _HOCR.search(text, 0, 20000) else None) or _CONVERTERS.get(suffix)
    if convert is not None and (converted := convert(text, source)).strip():
        return converted
    # (a suffix two formats share: a ".ssa" file is a SubStation Alpha script or a QBE program; one
    # in which its suffix's reader finds nothing is read by what it holds)
    if (convert := _sniffed_converter(text)) is not None:
        return convert(text, source)
    if (fields := literal_fields(text)) is not None:
        if len(_review_keys(fields)) >= _MIN_REVIEW_KEYS:
            with contextlib.suppress(ReviewError):  # (literals that hold no review: the text as it stands)
                return _data_to_text(fields, source=source, what="source-code")
    elif len(_ASSIGNED_FIELD.findall(text, 0, 8000)) >= _MIN_ASSIGNED_FIELDS:
        # an INI file, Java properties, a .env or a .desktop entry: "title = Night Harbour" as "Title: Night Harbour"
        return _ASSIGNED_FIELD.sub(lambda field: f"{_label(field.group(1))}: {field.group(2)}", text)
    return text


#: "Director<TAB>Ana Pires": a fact table pasted from a page or a spreadsheet (or set out with spaces), read
#: as "Director: Ana Pires".
_TABBED_FIELD = re.compile(
    r"^([A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,3})[ \t]*\t[ \t]*([^\t\n]+)$|"
    # also set out with spaces or dot leaders, for the labels of a credits table: "Director     Ann Lee",
    # "DIRECTOR ....... Ann Lee"
    r"^[ \t]*((?i:directors?|screenplay|writers?|country|countries|year|cast|starring|runtime|language|title|"
    r"original title|producers?|music|cinematography|editor|genre))(?:[ ]{3,}|[ ]*\.{3,}[ ]*)(\S[^\t\n]*)$",
    re.MULTILINE,
)


#: The converter of each format that is not read as it stands (plain text), by file suffix:
#: the file's text and its name in, the review's plain text out.
_CONVERTERS: dict[str, Callable[[str, str], str]] = {
    ".html": lambda text, source: html_to_text(text, source=source),
    ".htm": lambda text, source: html_to_text(text, source=source),
    ".md": lambda text, source: markdown_to_text(text),
    ".srt": lambda text, source: subtitles_to_text(text),
    ".vtt": lambda text, source: subtitles_to_text(text),
    ".scc": lambda text, source: scc_to_text(text),
    ".gophermap": lambda text, source: gophermap_to_text(text),
    ".ris": lambda text, source: ris_to_text(text, source=source),
    ".bib": lambda text, source: bibtex_to_text(text, source=source),
    ".hocr": lambda text, source: hocr_to_text(text, source=source),
    **dict.fromkeys((".ps", ".eps"), lambda text, source: postscript_to_text(text, source=source)),
    **dict.fromkeys((".ass", ".ssa"), lambda text, source: ass_to_text(text)),
    **dict.fromkeys((".po", ".pot"), lambda text, source: gettext_to_text(text, source=source)),
    ".eml": lambda text, source: email_to_text(text),
    **dict.fromkeys((".json", ".jsonl", ".ndjson"), lambda text, source: json_to_text(text, source=source)),
    ".csv": lambda text, source: csv_to_text(text, source=source),
    ".tsv": lambda text, source: csv_to_text(text, source=source, delimiter="\t"),
    ".xml": lambda text, source: xml_to_text(text, source=source),
    ".rss": lambda text, source: xml_to_text(text, source=source),
    ".atom": lambda text, source: xml_to_text(text, source=source),
    ".rst": lambda text, source: rst_to_text(text),
    ".org": lambda text, source: org_to_text(text),
    ".wiki": lambda text, source: wiki_to_text(text),
    ".mediawiki": lambda text, source: wiki_to_text(text),
    ".xhtml": lambda text, source: html_to_text(text, source=source),
    ".adoc": lambda text, source: asciidoc_to_text(text),
    ".asciidoc": lambda text, source: asciidoc_to_text(text),
    ".textile": lambda text, source: textile_to_text(text),
    ".dokuwiki": lambda text, source: dokuwiki_to_text(text),
    ".tid": lambda text, source: tiddlywiki_to_text(text),
    ".tex": lambda text, source: latex_to_text(text),
    ".latex": lambda text, source: latex_to_text(text),
    ".man": lambda text, source: troff_to_text(text),
    ".bbcode": lambda text, source: bbcode_to_text(text),
    ".gmi": lambda text, source: markdown_to_text(gemtext_to_text(text)),
    ".rtf": lambda text, source: rtf_to_text(text),
    ".ipynb": lambda text, source: notebook_to_text(text, source=source),
    ".ics": lambda text, source: calendar_to_text(text),
    ".opml": lambda text, source: opml_to_text(text, source=source),
    ".enex": lambda text, source: evernote_to_text(text, source=source),
    ".mbox": lambda text, source: mbox_to_text(text),
    ".yaml": lambda text, source: yaml_to_text(text, source=source),
    ".yml": lambda text, source: yaml_to_text(text, source=source),
    ".toml": lambda text, source: toml_to_text(text, source=source),
    ".warc": lambda text, source: warc_to_text(text, source=source),
    # a man page's file name ends in its section
    **{f".{section}": lambda text, source: troff_to_text(text) for section in range(1, 10)},
}

#: The converters of the formats that are zip packages, not text: the file's bytes in.
_PACKAGED: dict[str, Callable[..., str]] = {".docx": lambda data, source: docx_to_text(data, source=source),
                                           ".odt": lambda data, source: odt_to_text(data, source=source),
                                           ".webarchive": lambda data, source: webarchive_to_text(data, source=source)}

#: The converter of each markup :func:`~filmgraph.markup.sniff` tells from a text's own marks.
_SNIFFED_MARKUPS: dict[str, Callable[[str, str], str]] = {
    "rtf": _CONVERTERS[".rtf"], "html": _CONVERTERS[".html"], "latex": _CONVERTERS[".tex"], "troff": _CONVERTERS[".man"],
    "asciidoc": _CONVERTERS[".adoc"], "dokuwiki": _CONVERTERS[".dokuwiki"], "textile": _CONVERTERS[".textile"],
    "tiddlywiki": _CONVERTERS[".tid"], "bbcode": _CONVERTERS[".bbcode"],
}


_XML_START = re.compile(r"\A\ufeff?\s*<\?xml\b|\A\ufeff?\s*(?:<!--.*?-->\s*)*<[A-Za-z_][\w.:-]*[\s/>]", re.DOTALL)


# a gettext catalog's first message: its header, an empty msgid translated as the catalog's metadata
_GETTEXT_MESSAGE = re.compile(r'^msgid ""\nmsgstr ""\n"[A-Z][\w-]*: ', re.MULTILINE)


# JSON a script assigns to a name: a Twitter archive's "window.YTD.tweets.part0 = [...]", a "var data = {...};"
_ASSIGNED_JSON = re.compile(r"\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*(?=[\[{])")


def _unassigned(text: str, start: int) -> str:
    """The JSON value of an assignment from ``start`` on, without the statement's closing semicolon."""
    return text[start:].rstrip().removesuffix(";")


def _sniffed_converter(text: str) -> Callable[[str, str], str] | None:
    """The converter for a text whose file name says nothing of its format (a ``.txt``, or no
    suffix at all, or one no converter claims), told from the text itself: a JSON export, an e-mail
    or mailbox, a calendar, an SQL dump, or a markup :func:`~filmgraph.markup.sniff` knows."""
    head = text.lstrip()[:200]
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            return _CONVERTERS[".json"]
    if (assigned := _ASSIGNED_JSON.match(text)) is not None:
        try:
            json.loads(_unassigned(text, assigned.end()))
        except ValueError:
            pass
        else:
            return lambda text, source: json_to_text(_unassigned(text, assigned.end()), source=source)
    if head.startswith("BEGIN:VCALENDAR"):
        return _CONVERTERS[".ics"]
    if _WARC_RECORD.match(head):
        return _CONVERTERS[".warc"]
    if _SHAR_MEMBER.search(text, 0, 20000):
        return lambda text, source: shar_to_text(text, source=source)
    if head.startswith("MSH|"):
        return lambda text, source: hl7_to_text(text)
    if _GOPHER_ITEM.match(text.lstrip("\n")):
        return lambda text, source: gophermap_to_text(text)
    if head.startswith("Scenarist_SCC V1.0"):
        return _CONVERTERS[".scc"]
    if head.lstrip("\ufeff").startswith("[Script Info]"):
        return _CONVERTERS[".ass"]
    if head.startswith("%!PS"):
        return _CONVERTERS[".ps"]
    if head.startswith("TY  - "):
        return _CONVERTERS[".ris"]
    if _GETTEXT_MESSAGE.search(text, 0, 4000):
        return _CONVERTERS[".po"]
    if _HTTP_START.match(head):
        return lambda text, source: http_to_text(text, source=source)
    if _MBOX_SEPARATOR.match(head):
        return _CONVERTERS[".mbox"]
    if _MAIL_START.match(text) or ((block := _HEADER_BLOCK.match(text)) and _MAIL_ONLY_FIELD.search(block.group())):
        return _CONVERTERS[".eml"]
    if _SQL_INSERT.search(text) and (review := sql_to_text(text)) is not None:
        return lambda text, source: review  # (before markups: a forum dump's posts are BBCode)
    markup = sniff(text)
    if markup:
        return _SNIFFED_MARKUPS[markup]
    if _XML_START.match(text) and _well_formed_xml(text):
        # an XML format of its own under a suffix of its own (a flat office document, an e-book, an
        # app's note or project file): its elements read as any XML review's are; not a chat log
        # whose lines open "<nick>"
        return _CONVERTERS[".xml"]
    return None


def sql_to_text(script: str, *, source: str = "<sql>") -> str | None:
    """The review an SQL dump or script writes as rows (:func:`~filmgraph.sqldump.sql_tables`),
    as plain text, or ``None`` when no rows hold one (a script that keeps its review in comments)."""
    from .sqldump import sql_tables  # (sqlparse, imported for the rare dump: every other review's reading is spared it)

    tables = sql_tables(script)
    if tables is None or len(_review_keys(tables)) < _MIN_REVIEW_KEYS:
        return None
    try:  # (the rows alone: a table's name, "authors" or "comments", is no field of theirs)
        review = _data_to_text([row for rows in tables.values() for row in rows], source=source, what="SQL")
    except ReviewError:
        return None
    markup = sniff(review) or ("bbcode" if BBCODE_SIGNS.search(review) else None)  # (one tag will do: forums keep posts in BBCode)
    return _SNIFFED_MARKUPS[markup](review, source) if markup else review


def _well_formed_xml(text: str) -> bool:
    try:
        _parsed_xml(text, "<sniffed>")
    except ReviewError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class ReviewPaths:
    """The review files that paths name, and the paths that name none.

    ``files`` are sorted within each folder and in the order given otherwise; ``problems`` hold a
    :class:`ReviewError` for each path that is missing, is not a regular file or folder (FIFO,
    device, socket, broken link, also inside a folder when its name ends like a review's), or is
    a folder without a review."""

    files: tuple[Path, ...]
    problems: tuple[ReviewError, ...] = ()


def scan_review_paths(paths: Iterable[str | os.PathLike[str]]) -> ReviewPaths:
    """Find the review files under ``paths`` without opening any: files as given, folders searched
    recursively for names ending in :data:`REVIEW_SUFFIXES` (but not the ``.gold.json`` answer
    files kept beside evaluation reviews, nor the files of a graph store kept among the reviews);
    what cannot be a review is a problem.

    >>> scan = scan_review_paths(["no-such-folder"])
    >>> scan.files, [str(problem) for problem in scan.problems]
    ((), ['no-such-folder: no such file or folder'])
    """
    found: list[Path] = []
    problems: list[ReviewError] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            # a graph store kept among the reviews (its database files and lock notes) holds no review
            stores = [marker.parent for marker in path.rglob("IDENTITY") if (marker.parent / "CURRENT").is_file()]
            named = sorted(p for p in path.rglob("*") if p.suffix.lower() in REVIEW_SUFFIXES and not p.is_dir()
                           and not p.name.lower().endswith(_NOT_REVIEWS)
                           and not any(store in p.parents for store in stores))
            for file in named:
                if (problem := regular_file_problem(file)) is None:
                    found.append(file)
                else:
                    problems.append(ReviewError(str(file), problem))
            if not named:
                problems.append(ReviewError(str(path), f"no reviews found in {shown_name(path)} (no file ending "
                                                       f"{', '.join(REVIEW_SUFFIXES)})"))
        elif (problem := regular_file_problem(path)) is None:
            found.append(path)
        else:
            problems.append(ReviewError(str(path), problem))
    return ReviewPaths(tuple(found), tuple(problems))


def find_review_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The review files named by ``paths``: files as given, folders searched recursively, sorted.

    Raises
    ------
    ReviewError
        The first problem :func:`scan_review_paths` finds: a path that does not exist, is not a
        regular file or folder, or is a folder without reviews.
    """
    scan = scan_review_paths(paths)
    if scan.problems:
        raise scan.problems[0]
    return list(scan.files)


def read_reviews(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Review | ReviewError]:
    """Read every review under ``paths``; a file that cannot be read yields its ReviewError instead.

    Yielding errors rather than raising lets an ingest of thousands of files report the bad ones
    and go on with the rest.
    """
    scan = scan_review_paths(paths)
    yield from scan.problems
    for path in scan.files:
        try:
            yield read_review(path)
        except ReviewError as error:
            yield error


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise ReviewError(source, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ReviewError(source, "not valid UTF-16 text despite its byte-order mark") from error
    if _is_petscii(data):
        return petscii_text(data)
    if _is_wordstar(data):
        data = _wordstar_plain(data)
    if b"\x00" not in data and len(_VIDEOTEX_POSITION.findall(data)) >= 5:
        return videotex_text(data)
    terminal = _TERMINAL_ESCAPE.search(data) is not None
    if terminal:
        data = _terminal_text(data)
    if b"\x00" in data:
        if prose := binary_prose(data):
            return prose
        raise ReviewError(source, "binary data (NUL bytes), not a text review")
    text = _decode_8bit(data, dos=terminal)
    controls = len(_CONTROL.findall(text))
    if controls > _BINARY_SHARE * len(text):
        if prose := binary_prose(data):
            return prose
        raise ReviewError(source, f"binary data ({controls} control characters), not a text review")
    return _CONTROL.sub(" ", text) if controls else text


#: A WordStar document's word ends: a letter with its high bit set before a space, a line's end or a stop
_WORDSTAR_WORD_END = re.compile(rb"[\xc1-\xda\xe1-\xfa](?=[\s\x80-\xa0.,;:!?)])")
#: WordStar's dot commands (".he" a page header, ".mt 3" a margin) and its print controls (^B bold, ^S underline)
_WORDSTAR_DOT_COMMAND = re.compile(rb"^\.(?:[a-z]{2}|\.)(?:[ \t][^\r\n]*)?\r?\n", re.MULTILINE | re.IGNORECASE)


def _is_wordstar(data: bytes) -> bool:
    """Whether the bytes are a WordStar document's, which sets the high bit of each word's last
    letter (and of its soft spaces and line ends): most words end in a high byte."""
    if b"\x00" in data or data.count(b" ") + data.count(b"\xa0") < 0.05 * len(data):
        return False  # (binary data; a text's spaces, hard or soft, are many)
    ends = len(_WORDSTAR_WORD_END.findall(data))
    return ends >= 20 and ends > 0.4 * data.count(b" ") and not _is_utf8(data)  # (UTF-8's Cyrillic or Greek letters look alike)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _wordstar_plain(data: bytes) -> bytes:
    """A WordStar document's bytes as plain ASCII: high bits cleared, dot commands and print
    controls dropped."""
    plain = bytes(byte & 0x7F for byte in data)
    return _WORDSTAR_DOT_COMMAND.sub(b"", plain).translate(None, bytes(range(0x01, 0x09)) + bytes(range(0x0E, 0x1A)))


def dbf_to_text(data: bytes, *, source: str = "<dbf>") -> str:
    """A dBase table (``.dbf``: a header of field descriptors, then fixed-width records) in, its
    one review out: a review kept a line to a record (a shop's or a club's catalogue, its widest
    character field the text) is joined again record by record, the records grouped by their other
    character and date fields (the film's title, the staff member, the date), and the groups read
    as a JSON export's records are (:func:`_data_to_text`: the one with a long text).

    Raises
    ------
    ReviewError
        If the header is broken, or no group or several hold a review.
    """
    try:
        count, header_size, record_size = struct.unpack_from("<IHH", data, 4)
        fields = []
        at = 32
        while data[at] != 0x0D:
            fields.append((data[at:at + 11].split(b"\0")[0].decode("ascii", "replace"), chr(data[at + 11]), data[at + 16]))
            at += 32
    except (struct.error, IndexError) as error:
        raise ReviewError(source, f"not a readable dBase table ({error})") from error
    records = []
    for index in range(count):
        record = data[header_size + index * record_size:header_size + (index + 1) * record_size]
        if len(record) < record_size or record[:1] == b"*":  # (a deleted record)
            continue
        values, at = {}, 1
        for name, kind, width in fields:
            values[name] = (kind, record[at:at + width].decode("cp437").strip())
            at += width
        records.append(values)
    texts = [name for name, kind, _ in fields if kind == "C"]
    if not records or not texts:
        raise ReviewError(source, "the dBase table holds no records with text")
    text = max(texts, key=lambda name: next(width for field, _, width in fields if field == name))
    groups: dict[tuple, dict[str, Any]] = {}
    for values in records:
        key = tuple(value for name, (kind, value) in values.items() if kind in "CD" and name != text)
        group = groups.setdefault(key, {name: value for name, (kind, value) in values.items() if name != text and kind in "CDN"} | {"review": []})
        group["review"].append(values[text][1] or "\n")
    rows = [{**group, "review": " ".join(group["review"]).replace(" \n ", "\n\n").strip()} for group in groups.values()]
    return _data_to_text(rows, source=source, what="dBase")


#: A TeX DVI file's first bytes: its preamble's opcode and the format's version
_DVI_PREAMBLE = b"\xf7\x02"
#: The characters of TeX's text fonts (OT1, Computer Modern's) that are not ASCII's: ligatures, quotes, dashes
_OT1 = {0x0B: "ff", 0x0C: "fi", 0x0D: "fl", 0x0E: "ffi", 0x0F: "ffl", 0x10: "i", 0x19: "ß", 0x1A: "æ", 0x1B: "œ", 0x1C: "ø",
        0x22: "”", 0x3C: "¡", 0x3E: "¿", 0x5C: "“", 0x60: "‘", 0x27: "’", 0x7B: "–", 0x7C: "—"}
#: A horizontal move wider than this share of the font's size is a space between words, not a kern
_DVI_SPACE_SHARE = 0.15
#: The size taken for a font the file sets before defining it: 10pt, in TeX's scaled points
_DVI_UNDEFINED_FONT_SIZE = 10 * 65536


def dvi_to_text(data: bytes, *, source: str = "<dvi>") -> str:
    """A TeX DVI file (what ``tex`` writes: each page a program of characters set and moves
    made) in, its text out: the characters set, read in the Computer Modern text fonts' encoding,
    a word space where a move right is wider than a kern, a line's end where the page moves down,
    and a blank line between pages.

    Raises
    ------
    ReviewError
        If the file ends inside an instruction or holds one no DVI file has.
    """
    out: list[str] = []
    fonts: dict[int, int] = {}
    font = 0
    w = x = 0
    at = 0

    def number(width: int, signed: bool) -> int:
        """The instruction's next operand, ``width`` bytes big-endian."""
        nonlocal at
        if at + width > len(data):
            raise ReviewError(source, "the DVI file ends inside an instruction")
        at += width
        return int.from_bytes(data[at - width:at], "big", signed=signed)

    def moved_right(amount: int) -> None:
        if amount > _DVI_SPACE_SHARE * fonts.get(font, _DVI_UNDEFINED_FONT_SIZE) and out and not out[-1].isspace():
            out.append(" ")

    def moved_down(amount: int) -> None:
        if out and out[-1] == " ":
            out.pop()  # (a line's last move right, its glue, is no word space)
        if amount > 0 and out and out[-1] != "\n":
            out.append("\n")

    while at < len(data):
        op = data[at]
        at += 1
        if op < 128:
            out.append(_OT1.get(op, chr(op)))
        elif 128 <= op <= 131 or 133 <= op <= 136:  # set, put: a character by its code
            code = number(op - 127 if op <= 131 else op - 132, False)
            out.append(_OT1.get(code, chr(code)) if code < 0xD800 or 0xE000 <= code < 0x110000 else "")  # (no surrogate)
        elif op in (132, 137):  # a rule
            number(8, False)
        elif op == 139:  # a page begins
            number(44, False)
            if out:
                out.append("\n\n")
        elif op in (138, 140, 141, 142, 248, 249):  # nop, eop, push, pop, postamble
            if op == 248:
                break
        elif 143 <= op <= 146:
            moved_right(number(op - 142, True))
        elif op == 147:
            moved_right(w)
        elif 148 <= op <= 151:
            w = number(op - 147, True)
            moved_right(w)
        elif op == 152:
            moved_right(x)
        elif 153 <= op <= 156:
            x = number(op - 152, True)
            moved_right(x)
        elif 157 <= op <= 160:
            moved_down(number(op - 156, True))
        elif op in (161, 166):
            moved_down(1)
        elif 162 <= op <= 165 or 167 <= op <= 170:
            moved_down(number(op - (161 if op <= 165 else 166), True))
        elif 171 <= op <= 234:
            font = op - 171
        elif 235 <= op <= 238:
            font = number(op - 234, False)
        elif 239 <= op <= 242:  # a special: its bytes skipped
            length = number(op - 238, False)
            at += length
        elif 243 <= op <= 246:  # a font's definition: its scaled size kept
            number_of_font = number(op - 242, False)
            number(4, False)
            fonts[number_of_font] = number(4, False)
            number(4, False)
            area, name = number(1, False), number(1, False)
            at += area + name  # (the font's area and name)
        elif op == 247:  # the preamble and its comment
            number(13, False)
            length = number(1, False)
            at += length
        else:
            raise ReviewError(source, f"not a DVI file (opcode {op} at byte {at - 1})")
    return "".join(out).strip()


#: An EBU subtitle file's header: its code page ("850") and format ("STL25.01": 25 frames a second)
_EBU_STL_MAGIC = re.compile(rb"\d{3}STL(?:2[45]|30)\.01")
#: Its text field's code for a line break within a subtitle (its unused space, 0x8F, is dropped with
#: every other byte that is no character)
_EBU_LINE_BREAK = 0x8A
#: ISO 6937's non-spacing accents (the byte before the letter they go on)
_ISO6937_ACCENTS = {0xC1: "\u0300", 0xC2: "\u0301", 0xC3: "\u0302", 0xC4: "\u0303", 0xC5: "\u0304", 0xC8: "\u0308",
                    0xCA: "\u030a", 0xCB: "\u0327", 0xCD: "\u030b", 0xCF: "\u030c"}


def ebu_stl_to_text(data: bytes) -> str:
    """Broadcast subtitles as an EBU STL file (Tech. 3264: a 1024-byte header, then a 128-byte
    block a subtitle, its text in the last 112) in, what is said out: each subtitle's lines, their
    teletext colour codes dropped and ISO 6937 accents put on their letters, run on as
    :func:`subtitles_to_text` runs cues on (a word hyphenated at a line's end joined again)."""
    said = []
    for start in range(1024, len(data) - 127, 128):
        chars: list[str] = []
        accent = ""
        for byte in data[start + 16:start + 128]:
            if byte == _EBU_LINE_BREAK:
                chars.append("\n")
            elif byte in _ISO6937_ACCENTS:
                accent = _ISO6937_ACCENTS[byte]
            elif 0x20 <= byte <= 0x7E:
                chars.append(unicodedata.normalize("NFC", chr(byte) + accent) if accent else chr(byte))
                accent = ""
        lines = [" ".join(line.split()) for line in "".join(chars).split("\n")]
        said.append(re.sub(r"(?<=\w-) (?=\w)", "", " ".join(line for line in lines if line)))
    return " ".join(part for part in said if part)


#: A videotex page's cursor move (Minitel's: US, row and column), the mark of such a page
_VIDEOTEX_POSITION = re.compile(rb"\x1f[\x40-\x7f][\x40-\x7f]")
#: Videotex's codes: a cursor move, an attribute (ESC and one byte), a repeat (REP and a count), a
#: mosaic graphics run (shifted out, SO ... SI), an accented letter (SS2, the accent, the letter)
_VIDEOTEX_CODE = re.compile(rb"\x1f[\x40-\x7f]{2}|\x1b[\x20-\x7f]|\x12[\x40-\x7f]|\x0e[^\x0f]*\x0f?|\x19([\x20-\x7f])([a-zA-Z]?)|[\x00-\x1f]")
_VIDEOTEX_ACCENTS = {0x41: "\u0300", 0x42: "\u0301", 0x43: "\u0302", 0x48: "\u0308", 0x4B: "\u0327"}
_VIDEOTEX_SIGNS = {0x23: "£", 0x24: "$", 0x26: "#", 0x27: "§", 0x30: "°", 0x31: "±", 0x38: "÷", 0x3C: "¼", 0x3D: "½",
                   0x3E: "¾", 0x6A: "Œ", 0x7A: "œ", 0x7B: "ß"}


def videotex_text(data: bytes) -> str:
    """A videotex page (a Minitel service's ``.vdt`` screen) as plain text: each cursor move a
    line's start, accents put on their letters, attributes, repeats and mosaic graphics dropped.

    >>> videotex_text(b"\\x0c\\x1f\\x41\\x41\\x1bGLa Vache et le Prisonnier\\x1f\\x42\\x41\\x1bFHenri Verneuil, 1959 \\x19\\x42a voir")
    'La Vache et le Prisonnier\\nHenri Verneuil, 1959 \\xe1 voir'
    """
    def decoded(code: re.Match[bytes]) -> bytes:
        if code.group().startswith(b"\x1f"):
            return b"\n"
        if code.group().startswith(b"\x19"):
            sign, letter = code.group(1)[0], code.group(2).decode("ascii")
            if sign in _VIDEOTEX_ACCENTS and letter:
                return unicodedata.normalize("NFC", letter + _VIDEOTEX_ACCENTS[sign]).encode("utf-8")
            return _VIDEOTEX_SIGNS.get(sign, "").encode("utf-8") + letter.encode("ascii")
        return b""

    return _VIDEOTEX_CODE.sub(decoded, data).decode("utf-8", errors="replace").strip("\n")


def _is_petscii(data: bytes) -> bool:
    """Whether the bytes are a Commodore 64's text (PETSCII, in its upper/lower-case set: a
    diskmag's or a bulletin board's ``.seq`` file): lines end in CR alone, small letters are
    stored as ASCII's capitals and capitals as high bytes (0xC1-0xDA)."""
    if b"\n" in data or b"\x00" in data or data.count(b"\r") < 2:
        return False
    high_capitals = sum(0xC1 <= byte <= 0xDA for byte in data)
    small = sum(0x41 <= byte <= 0x5A for byte in data)
    return (high_capitals >= 5 and small > 5 * sum(0x61 <= byte <= 0x7A for byte in data) and small > 2 * high_capitals
            and not _is_utf8(data))


def petscii_text(data: bytes) -> str:
    """A Commodore 64's text (see :func:`_is_petscii`) as plain text: its two letter ranges
    swapped back, CR a line's end, a shifted space a space, and colour, cursor and graphics
    codes dropped.

    >>> petscii_text(b"\\x93\\x9e\\xce\\x49\\x47\\x48\\x54 \\xc8\\x41\\x52\\x42\\x4f\\x55\\x52\\r")
    'Night Harbour\\n'
    """
    chars = []
    for byte in data:
        if byte == 0x0D:
            chars.append("\n")
        elif 0x41 <= byte <= 0x5A:
            chars.append(chr(byte + 0x20))
        elif 0xC1 <= byte <= 0xDA or 0x61 <= byte <= 0x7A:
            chars.append(chr(byte - 0x80 if byte >= 0xC1 else byte - 0x20))
        elif 0x20 <= byte <= 0x40 or byte in (0x5B, 0x5D) or byte == 0xA0:
            chars.append(" " if byte == 0xA0 else chr(byte))
    return "".join(chars)


#: A terminal's control sequence: ESC [ parameters command (colours, cursor moves: ANSI art, a
#: bulletin board's screens, a coloured program's log), a printer's (PCL: "ESC&l0O", "ESC(s0p12h3T",
#: a print job's page and font settings) or ESC and one character (a teletext page's colour codes).
_ESCAPE_SEQUENCE = rb"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|[!-/][`-~][-+.\d`-~]*[@-^]|[0-~])"
_TERMINAL_ESCAPE = re.compile(_ESCAPE_SEQUENCE)
#: MS-DOS's end-of-file mark and the SAUCE record (binary metadata) an ANSI file keeps after it.
_SAUCE = re.compile(rb"\x1a(?=.{0,1024}SAUCE00)", re.DOTALL)


#: A run of text bytes in binary data (as ``strings`` finds them), in one byte per character (ASCII
#: and UTF-8 or cp1252, escape sequences within) or in UTF-16LE.
_TEXT_RUN = re.compile(rb"(?:[\t\n\r\x20-\x7e\x80-\xff]|" + _ESCAPE_SEQUENCE + rb"){16,}|(?:[\t\n\r\x20-\x7e]\x00){16,}")
_PROSE_WORD = re.compile(r"[A-Za-z][a-z'’]+")
#: The words of prose a binary file must hold to be read as a review: fewer are a label or a field name.
_MIN_PROSE_WORDS = 40


_TAG_IN_RUN = re.compile(r"<[^<>\n]*>")


def _reads_as_prose(line: str, words: list[str]) -> bool:
    # (prose is mostly letters and spaces: a run of table names, offsets or encoded data is not)
    return len(words) >= 3 and sum(len(word) + 1 for word in words) >= 0.7 * len(line.strip())


def binary_prose(data: bytes) -> str:
    """The prose a binary file holds (a database, a word processor's or an e-book's file, a print
    job: formats that keep their text as plain bytes among binary records), one line per run of
    text that reads as words; "" when it holds fewer than 40 words of prose (an image, an archive,
    random bytes).

    >>> binary_prose(b"\\x00\\x07\\x01" + b"Night Harbour is a slow, quiet film about a lighthouse keeper. " * 2 + b"\\x00\\x13")
    ''
    """
    lines, prose_words = [], 0
    for run in _TEXT_RUN.finditer(data):
        raw = run.group()
        if raw[1:2] == b"\x00":
            line = raw.decode("utf-16-le")
        else:
            raw = _TERMINAL_ESCAPE.sub(b" ", raw)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
        words = _PROSE_WORD.findall(line)
        if _reads_as_prose(line, words):
            lines.append(line.strip())
            prose_words += len(words)
            continue
        # a run that holds markup around its prose (a photo's XMP caption): its lines without the
        # tags, each that reads as prose, and the short lines among them (a headline, a byline)
        parts = [" ".join(_TAG_IN_RUN.sub(" ", part).split()) for part in line.splitlines()]
        if any(_reads_as_prose(part, _PROSE_WORD.findall(part)) for part in parts):
            for part in parts:
                words = _PROSE_WORD.findall(part)
                if _reads_as_prose(part, words) or (words and sum(len(word) + 1 for word in words) >= 0.5 * len(part)):
                    lines.append(part)
                    prose_words += len(words) if len(words) >= 3 else 0
    return "\n".join(lines) if prose_words >= _MIN_PROSE_WORDS else ""


def _terminal_text(data: bytes) -> bytes:
    """A terminal capture's bytes as plain text: its control sequences dropped (a cursor move to
    the start of a row as a line break) and its SAUCE record cut off. (Other binary data that
    happens to hold an escape byte keeps its NUL bytes, and is refused for them.)"""
    if (sauce := _SAUCE.search(data, max(0, len(data) - 8192))) is not None:
        data = data[:sauce.start()]
    return _TERMINAL_ESCAPE.sub(lambda escape: b"\n" if escape.group().endswith((b"H", b"f")) else b"", data)


def _decode_8bit(data: bytes, *, dos: bool = False) -> str:
    """UTF-8, else (a terminal capture, ``dos``) the PC's code page 437 whose box-drawing bytes ANSI
    art is drawn with, else cp1252 or Latin-1."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A UTF-8 file cut off inside its last character: keep the UTF-8 before the cut rather
        # than reading the whole file as cp1252.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            return data[:error.start].decode("utf-8-sig")
    if dos:
        return data.decode("cp437")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# --- Markdown -------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(r"^([A-Za-z][\w -]*?)\s*:\s*(.+?)\s*$", re.MULTILINE)
_MD_FENCE = re.compile(r"^\s*(?:```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)[ \t]*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>[ \t]?)+")
_MD_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])[ \t]+")
_MD_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# A diary or log's heading dated before its title: "2021-02-14 — Night Harbour", "14.02.2021: Night Harbour"
_DATED_HEADING = re.compile(r"^(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4})\s*[—–:|·-]\s*(?=\S)")
_MD_SIGNATURE = re.compile(r"^\s*(?:--?|–|—)\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\s*$")
_MD_INLINE = (
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),                      # images
    (re.compile(r"!\[[^\]\n]*\]\[[^\]\n]*\]"), ""),
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),                 # [text](url)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),                # [text][ref]
    (re.compile(r"<(?:https?://|mailto:)[^>\s]+>"), ""),               # <https://...>
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),      # inline HTML tags
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    # emphasis spans are bounded (300 characters) so that a line of stray marks stays linear
    (re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1"), r"\2"),            # **strong**, __strong__
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])"), lambda m: title_hint(m.group(1))),  # *emphasis*
    (re.compile(r"(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\w_])"), lambda m: title_hint(m.group(1))),    # _emphasis_
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),            # backslash escapes
)


_SUBTITLE_CUE_NUMBER = re.compile(r"\s*\d+\s*")
_VOICE_TAG = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_MARKUP_TAG = re.compile(r"</?[a-z][^>]*>")


# A message of a chat app's export: "[12/03/2024, 21:14:07] Ann Lee: ok so ..." (iOS) or
# "12/03/2024, 21:14 - Ann Lee: ok so ..." (Android)
_CHAT_LINE = re.compile(
    r"^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\]?(?:[ ]-)?[ ]"
    r"([^:\n]{1,40}):[ ](.*)$", re.MULTILINE)


def chat_to_text(chat: str) -> str:
    """A chat export in, the review it holds out: the messages of whoever wrote most, under a
    ``Review by`` line (the others' replies are no part of the review).

    >>> print(chat_to_text("[1/3/24, 21:14] Ann Lee: saw Night Harbour\\n[1/3/24, 21:15] Bo Ek: any good?\\n"
    ...                    "[1/3/24, 21:16] Ann Lee: cold but good"))
    Review by Ann Lee
    <BLANKLINE>
    saw Night Harbour
    <BLANKLINE>
    cold but good
    """
    messages = [(m.group(1).strip(), m.group(2).strip()) for m in _CHAT_LINE.finditer(chat)]
    words: Counter[str] = Counter()
    for speaker, message in messages:
        words[speaker] += len(message.split())
    author = words.most_common(1)[0][0]
    return "\n\n".join([f"Review by {author}", *(message for speaker, message in messages if speaker == author)])


#: The header fields of an e-mail that say who wrote it, when and about what; the transport
#: headers (Received, Message-ID, MIME ...) are not the review's.
_MAIL_FIELDS = ("From", "Date", "Subject")
_MAIL_START = re.compile(r"\A(?:(?:Return-Path|Received|Delivered-To|Message-ID|MIME-Version|From|To|Date|Subject)"
                         r":[^\n]*\n(?:[ \t][^\n]*\n)*){3,}", re.IGNORECASE)
# Three header lines or more of any name ("Reply-To:", "List-Unsubscribe:") are mail's when one of them is
# a field only mail has: a review's list-style header may well open "Date:", "Subject:" or "From:".
_HEADER_BLOCK = re.compile(r"\A(?:[A-Za-z][\w-]*:[^\n]*\n(?:[ \t][^\n]*\n)*){3,}")
_MAIL_ONLY_FIELD = re.compile(r"^(?:Message-ID|MIME-Version|Received|Return-Path|Delivered-To|Reply-To|In-Reply-To|References|"
                              r"Content-Type|Content-Transfer-Encoding|X-[\w-]+):", re.IGNORECASE | re.MULTILINE)


# Zim wiki's inline marks: "//Le Retour de Martin Guerre//" in italics (not a URL's "https://"), "**Richard Gere**" in bold
_ZIM_ITALIC = re.compile(r"(?<![:/])//(?=\S)([^/\n]{1,300}?)(?<=\S)//")
_ZIM_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*")


def email_to_text(message: str) -> str:
    """An e-mail (RFC 5322, as an ``.eml`` file or a mail client's "show original") in, its
    From, Date and Subject lines and its text out: the transport headers dropped, MIME parts,
    quoted-printable and base64 decoded, an HTML-only body reduced to text. Text that does not
    open with a block of mail headers is returned as it is.

    >>> print(email_to_text("Received: by mx\\nMessage-ID: <1@x>\\nFrom: Ann Lee <ann@example.org>\\n"
    ...                     "Subject: Night Harbour\\nContent-Transfer-Encoding: quoted-printable\\n\\nA cal=\\nm film.=20\\n"))
    From: Ann Lee <ann@example.org>
    Subject: Night Harbour
    <BLANKLINE>
    A calm film.
    """
    import email
    import email.header
    import email.policy

    block = _HEADER_BLOCK.match(message)
    if not _MAIL_START.match(message) and not (block and _MAIL_ONLY_FIELD.search(block.group())):
        return message
    parsed = email.message_from_string(message, policy=email.policy.default)
    # the headers as written ("ann@example.org (Ann Lee)", a name in quotes), encoded words decoded
    raw = email.message_from_string(message, policy=email.policy.compat32)
    lines = [f"{field}: {' '.join(str(email.header.make_header(email.header.decode_header(raw[field]))).split())}"
             for field in _MAIL_FIELDS if raw[field]]
    # (a single part in another text format is the text: a Zim wiki page's "Content-Type: text/x-zim-wiki")
    part = parsed.get_body(preferencelist=("plain", "html")) or (
        parsed if not parsed.is_multipart() and parsed.get_content_maintype() == "text" else None)
    body = ""
    if part is not None:
        payload = part.get_payload()
        unencoded = part.get("Content-Transfer-Encoding", "7bit").lower() in ("7bit", "8bit", "binary")
        # text read as text already: its characters stand (decoding it again would escape them)
        body = payload if unencoded and isinstance(payload, str) and not part.get_param("charset") else part.get_content()
    if part is not None and part.get_content_subtype() == "html":
        body = html_to_text(body)
    elif part is not None and part.get_content_subtype() == "x-zim-wiki":
        body = _ZIM_BOLD.sub(r"\1", _ZIM_ITALIC.sub(lambda run: title_hint(run.group(1)), body))
    # a centred first line keeps its indent: it sets a title apart as a header does
    return "\n".join(lines) + "\n\n" + re.sub(r"\A(?:[ \t]*\n)+", "", body.replace("\r\n", "\n")).rstrip()


def subtitles_to_text(subtitles: str) -> str:
    """A video review's subtitles (SubRip ``.srt`` or WebVTT ``.vtt``) in, what is said out: cue
    numbers, timings and WebVTT's header, notes and styles go, and the cues run on as one text,
    since a sentence often spans several. A WebVTT voice tag names its speaker once per turn.

    >>> subtitles_to_text("1\\n00:00:00,500 --> 00:00:04,200\\nToday we talk about\\n\\n2\\n00:00:04,300 --> 00:00:08,900\\nNight Harbour.")
    'Today we talk about Night Harbour.'
    >>> subtitles_to_text("WEBVTT\\n\\nNOTE made by hand\\n\\n00:01.000 --> 00:04.000\\n<v Ann Lee>Night Harbour is <i>slow</i>.\\n\\n"
    ...                   "00:04.000 --> 00:06.000\\n<v Ann Lee>And cold.\\n\\n00:06.000 --> 00:08.000\\n<v Bo Ek>I liked it.")
    'Ann Lee: Night Harbour is slow. And cold. Bo Ek: I liked it.'
    """
    spoken: list[str] = []
    speaker = None
    for cue in re.split(r"\n\s*\n", subtitles.strip()):
        lines = [line.strip() for line in cue.splitlines() if line.strip()]
        if not lines or re.match(r"(?:WEBVTT|NOTE|STYLE|REGION)\b", lines[0]):
            continue
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is not None:
            lines = lines[timing + 1:]  # (a WebVTT cue may have a name of its own above its timing)
        for line in lines:
            if _SUBTITLE_CUE_NUMBER.fullmatch(line):
                continue
            voice = _VOICE_TAG.match(line)
            if voice and voice.group(1).strip() != speaker:
                speaker = voice.group(1).strip()
                line = f"{speaker}: {line}"
            spoken.append(_MARKUP_TAG.sub("", line).strip())
    return " ".join(part for part in spoken if part)


#: An Advanced SubStation Alpha line's override block: "{\\fad(300,300)}", "{\\i1}"; its italic run: "{\\i1}Suspiria{\\i0}"
_ASS_OVERRIDE = re.compile(r"\{[^{}]*\}")
_ASS_ITALIC = re.compile(r"\{\\i1\}([^{}]+)\{\\i0?\}")


def ass_to_text(script: str) -> str:
    """A video review's Advanced SubStation Alpha subtitles (``.ass``, ``.ssa``: Aegisub's) in,
    what is said out: the Dialogue lines of its Events section in order (not its comments, styles
    or project settings), their override codes dropped and italic runs kept as title hints, a hard
    line break (``\\N``) a space, the speaker's name (the Name field) once per turn, as
    :func:`subtitles_to_text` gives a WebVTT voice's.

    >>> ass_to_text("[Events]\\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\\n"
    ...             "Comment: 0,0:00:00.00,0:00:00.00,Default,,0,0,0,,check the spelling\\n"
    ...             "Dialogue: 0,0:00:01.00,0:00:03.00,Default,Ann,0,0,0,,It is {\\\\i1}Night Harbour{\\\\i0},\\\\Nfrom 2019.")
    'Ann: It is “Night Harbour”, from 2019.'
    """
    spoken: list[str] = []
    fields: list[str] = []
    in_events, speaker = False, None
    for line in script.splitlines():
        line = line.strip()
        if line.startswith("["):
            in_events = line.lower() == "[events]"
            continue
        key, _, value = line.partition(":")
        if not in_events or key not in ("Format", "Dialogue"):
            continue
        if key == "Format":
            fields = [name.strip().lower() for name in value.split(",")]
            continue
        record = dict(zip(fields, value.strip().split(",", max(0, len(fields) - 1))))
        words = _ASS_ITALIC.sub(lambda run: title_hint(run.group(1)), record.get("text", ""))
        words = " ".join(_ASS_OVERRIDE.sub("", words).replace("\\N", " ").replace("\\n", " ").replace("\\h", " ").split())
        name = record.get("name", "").strip()
        if words and name and name != speaker:
            speaker, words = name, f"{name}: {words}"
        spoken.append(words)
    return " ".join(words for words in spoken if words)



def gettext_to_text(catalog: str, *, source: str = "<po>") -> str:
    """A gettext translation catalog (``.po``, ``.pot``: a site's review page set out for its
    translators) in, the review in the language it was written in out: each message's original
    text (its msgid) a paragraph, in the catalog's order. Not the translations (the review again in
    another language, often lagging behind an edit of the original), not the header (its
    Last-Translator translated the review and did not write it), not an interface's formatted
    strings ("%(count)d comments") and not obsolete messages.

    >>> gettext_to_text('msgid ""\\nmsgstr "Last-Translator: Jo Bell\\\\n"\\n\\n'
    ...                 'msgid "Review by Ann Lee"\\nmsgstr "Crítica de Ann Lee"\\n\\n'
    ...                 'msgid ""\\n"Night Harbour (2019) is a "\\n"quiet drama."\\nmsgstr ""\\n')
    'Review by Ann Lee\\n\\nNight Harbour (2019) is a quiet drama.'
    """
    import polib

    try:
        entries = polib.pofile(catalog)
    except OSError as error:  # (polib's syntax errors)
        raise ReviewError(source, f"the gettext catalog cannot be read: {error}") from error
    return "\n\n".join(" ".join(entry.msgid.split()) for entry in entries
                        if entry.msgid.strip() and not entry.obsolete and not any(flag.endswith("-format") for flag in entry.flags))

#: A RIS record's tag line: "TI  - Brothers" (two letters or a letter and a digit, two spaces, a dash)
_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$", re.MULTILINE)
#: The RIS record types of films and broadcasts, whose authors are their directors
_RIS_FILM_TYPES = frozenset(("MPCT", "VIDEO", "BROAD"))


def ris_to_text(document: str, *, source: str = "<ris>") -> str:
    """A reference manager's RIS export (Zotero's, EndNote's: "TY  - MPCT", "TI  - Brothers") in,
    plain text out: each record read as a JSON export's object is (:func:`json_to_text`), its title,
    year, authors (a film's are its directors; "Sheridan, Jim" as "Jim Sheridan"), its notes (``N1``,
    often HTML) as the review and its abstract as the description; of several records, the one whose
    notes are the review (the others far shorter).

    Raises
    ------
    ReviewError
        If no record holds a review.
    """
    records: list[dict[str, Any]] = []
    fields: dict[str, list[str]] = {}
    for tag, value in _RIS_LINE.findall(document):
        if tag == "ER":
            records.append(_ris_record(fields))
            fields = {}
        elif value.strip():
            fields.setdefault(tag, []).append(value.strip())
    if fields:
        records.append(_ris_record(fields))
    return _data_to_text(records, source=source, what="RIS")


def _uninverted(name: str) -> str:
    """A catalogue's "Sheridan, Jim" as "Jim Sheridan"; a name without a comma as it is."""
    return " ".join(reversed([part.strip() for part in name.split(",", 1)]))


def _ris_record(fields: dict[str, list[str]]) -> dict[str, Any]:
    """One RIS record's tags as a review object's fields."""
    def first(*tags: str) -> str | None:
        return next((fields[tag][0] for tag in tags if tag in fields), None)

    people = [_uninverted(name) for tag in ("AU", "A1") for name in fields.get(tag, [])]
    film = first("TY") in _RIS_FILM_TYPES
    year = first("PY", "Y1", "DA")
    return {"title": first("TI", "T1", "CT"), "year": year[:4] if year else None,
            ("director" if film else "author"): people or None,
            "review": "\n\n".join(fields.get("N1", [])) or None, "description": first("AB", "N2")}


#: A BibTeX entry's head ("@misc{henckel2006leben,") and a field's name ("annote = ")
_BIB_ENTRY = re.compile(r"@([A-Za-z]+)\s*\{\s*[^,\s]*\s*,")
_BIB_FIELD = re.compile(r"\s*([A-Za-z][\w-]*)\s*=\s*")
#: The fields a bibliography keeps its own viewing notes in
_BIB_NOTES = ("annote", "annotation", "review", "abstract")


def bibtex_to_text(document: str, *, source: str = "<bib>") -> str:
    """A BibTeX bibliography (a ``.bib`` file a writer keeps, with notes on what they watched) in,
    plain text out: each entry read as a JSON export's object is (:func:`json_to_text`), its LaTeX
    printed (``M{\\"u}he`` as Mühe, ``\\emph{...}`` as a title hint, citations dropped), a film's
    authors (an entry published as a "Film") as its directors ("Coppola, Francis Ford" as Francis
    Ford Coppola; a cited book's authors are left out), its ``note`` and its annotation as the
    review; of several entries, the one whose notes are the review (the others far shorter).

    Raises
    ------
    ReviewError
        If no entry holds a review.
    """
    records = []
    for entry in _BIB_ENTRY.finditer(document):
        if entry.group(1).lower() in ("comment", "preamble", "string"):
            continue
        fields: dict[str, str] = {}
        at = entry.end()
        while (name := _BIB_FIELD.match(document, at)) is not None:
            at = name.end()
            if document[at:at + 1] == "{":
                group = latex_group(document, at)
                if group is None:
                    break
                value, at = group
            elif (quoted := re.match(r'"([^"]*)"|(\w+)', document[at:])) is not None:
                value, at = quoted.group(1) or quoted.group(2) or "", at + quoted.end()
            else:
                break
            fields[name.group(1).lower()] = "\n\n".join(" ".join(part.split()) for part in re.split(r"\n\s*\n", latex_inline(value)))
            at = document.find(",", at) + 1 if re.match(r"\s*,", document[at:]) else at
        # (a cited book's authors are neither the film's makers nor the notes' writer)
        film = "film" in fields.get("howpublished", "").lower() or entry.group(1).lower() in ("movie", "film", "video")
        people = [_uninverted(name) for name in fields.get("author", "").split(" and ") if name.strip() and film]
        notes = [fields[key] for key in ("note", *_BIB_NOTES) if fields.get(key)]
        records.append({"title": fields.get("title"), "year": fields.get("year"), "director": people or None,
                        "review": "\n\n".join(notes) or None})
    # (the entries without notes are the bibliography's other references)
    return _data_to_text([record for record in records if record["review"]] or records, source=source, what="BibTeX")


#: hOCR's word and line classes, an OCR engine's HTML (Tesseract's)
_HOCR = re.compile(r"class=['\"]ocrx?_(?:word|line)['\"]")
#: The kinds of line an hOCR page holds: Tesseract's running lines, headings, captions, floating text
_HOCR_LINES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")


def hocr_to_text(document: str, *, source: str = "<hocr>") -> str:
    """An OCR engine's hOCR page (HTML whose spans are its words, grouped in lines, headers and
    captions, and those in paragraphs: Tesseract's ``.hocr``) in, plain text out: each line's
    words joined by spaces, a paragraph's lines one a line, a blank line between paragraphs."""
    import lxml.html

    root = lxml.html.document_fromstring(document.encode("utf-8"))
    lines = root.xpath("|".join(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {kind} ')]" for kind in _HOCR_LINES))
    out: list[str] = []
    paragraph = None
    for line in lines:
        words = line.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' ocrx_word ')]")
        text = " ".join(" ".join(word.text_content().split()) for word in words).strip()
        if not text:
            continue
        holder = next((parent for parent in line.iterancestors() if "ocr_par" in (parent.get("class") or "").split()), None)
        if out and (holder is None or holder is not paragraph):
            out.append("")
        paragraph = holder
        out.append(text)
    if not out:
        raise ReviewError(source, "the hOCR page holds no words")
    return "\n".join(out)


#: A PostScript token: a string literal ("(THE RING \\(2002\\))", one level of balanced brackets inside),
#: a number, a name or a literal name, a comment
_PS_TOKEN = re.compile(r"\(((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*)\)|(-?\d+(?:\.\d+)?)(?![\w.])|(/?[A-Za-z][\w.-]*)|%[^\n]*")
#: A procedure the file defines: "/s{show}bind def", "/L { moveto show } bind def"
_PS_PROCEDURE = re.compile(r"/([A-Za-z][\w.-]*)\s*\{([^{}]*)\}")
_PS_ESCAPE = re.compile(r"\\([0-7]{1,3}|.)", re.DOTALL)
_PS_ESCAPES = {"n": "\n", "r": "", "t": " ", "b": "", "f": ""}
_PS_SHOWS = frozenset(("show", "ashow", "widthshow", "awidthshow", "kshow", "xshow", "yshow", "xyshow"))


def postscript_to_text(document: str, *, source: str = "<ps>") -> str:
    """A PostScript file (a print job: ``enscript``'s, a zine's page) in, its text out: the strings
    it shows (with ``show`` or a procedure the file defines with it, "/s{show}bind def", "/L {
    moveto show } bind def"), a line each, a blank line where the page moves down further than
    between its lines.

    Raises
    ------
    ReviewError
        If the file shows no text.
    """
    procedures = {name: set(body.split()) for name, body in _PS_PROCEDURE.findall(document)}
    lines: list[tuple[float | None, str]] = []
    stack: list[str | float] = []
    y: float | None = None
    for token in _PS_TOKEN.finditer(document):
        string, number, name = token.groups()
        if string is not None:
            stack.append(_PS_ESCAPE.sub(_ps_unescape, string))
        elif number is not None:
            stack.append(float(number))
        elif name is not None and not name.startswith("/"):
            does = procedures.get(name, {name})
            numbers = [item for item in stack if isinstance(item, float)]
            if "moveto" in does and len(numbers) >= 2:
                y = numbers[-1]
            strings = [item for item in stack if isinstance(item, str)]
            if does & _PS_SHOWS and strings:
                lines.append((y, strings[-1]))
            stack.clear()
    if not lines:
        raise ReviewError(source, "the PostScript file shows no text")
    # (the line spacing is the page's smallest move down from one shown line to the next)
    step = min((before - after for (before, _), (after, _) in itertools.pairwise(lines)
                if before is not None and after is not None and before > after), default=None)
    out = [lines[0][1].rstrip()]
    for (before, _), (after, text) in itertools.pairwise(lines):
        if step and before is not None and after is not None and before - after > 1.5 * step:
            out.append("")
        out.append(text.rstrip())
    return "\n".join(out).strip()


def _ps_unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "01234567":
        return chr(int(code, 8))
    return _PS_ESCAPES.get(code, "" if code == "\n" else code)


#: Line 21 (CEA-608) captions' own letters where ASCII has others, and the special characters
#: (led by 0x11) that a caption may use
_CEA608_LETTERS = {0x2A: "á", 0x5C: "é", 0x5E: "í", 0x5F: "ó", 0x60: "ú", 0x7B: "ç", 0x7C: "÷", 0x7D: "Ñ", 0x7E: "ñ", 0x7F: "█"}
_CEA608_SPECIAL = dict(zip(range(0x30, 0x40), "®°½¿™¢£♪à èâêîôû"))
_SCC_CAPTION = re.compile(r"^\d\d:\d\d:\d\d[:;]\d\d\s+((?:[0-9a-fA-F]{4}\s*)+)$", re.MULTILINE)


def scc_to_text(scc: str) -> str:
    """Broadcast captions as a Scenarist (``.scc``) file in, what is said out: each caption's
    line 21 byte pairs (odd parity, as hexadecimal words) decoded, its control codes dropped (a
    row change a space, a backspace taking a letter back) and the captions run on, as
    :func:`subtitles_to_text` runs on cues.

    >>> scc_to_text("Scenarist_SCC V1.0\\n\\n00:00:01;00\\t9420 94ae 4e49 c7c8 5420 c8c1 5280 942f\\n")
    'NIGHT HAR'
    """
    captions = []
    for words in _SCC_CAPTION.findall(scc):
        said: list[str] = []
        for word in words.split():
            first, second = int(word[:2], 16) & 0x7F, int(word[2:], 16) & 0x7F
            if 0x10 <= first <= 0x1F:
                if first in (0x11, 0x19) and second in _CEA608_SPECIAL:
                    said.append(_CEA608_SPECIAL[second])
                elif first in (0x14, 0x1C) and second == 0x21 and said:
                    said.pop()  # backspace
                elif second >= 0x40 or (first in (0x14, 0x1C) and second == 0x2D):
                    said.append(" ")  # a row's start or a carriage return
                continue
            said.extend(_CEA608_LETTERS.get(byte, chr(byte)) for byte in (first, second) if byte >= 0x20)
        captions.append(" ".join("".join(said).split()))
    return " ".join(caption for caption in captions if caption)


#: What an HL7 observation's identifier names when its value is the text itself, not a labelled fact
_HL7_TEXT_LABELS = frozenset(("text", "review text", "review", "comment", "comments", "note", "notes", "body"))


#: A gopher menu's item: its type, the text shown, then a selector, a host and a port, tab-separated
#: ("iDirected by Ann Lee.\tfake\t(NULL)\t0": an information line)
_GOPHER_ITEM = re.compile(r"^[0-9A-Za-z+:;<]([^\t\n]*)\t[^\t\n]*\t[^\t\n]*\t\d+[ \t\r]*$", re.MULTILINE)


def gophermap_to_text(menu: str) -> str:
    r"""A gopher menu (a phlog's gophermap) in, plain text out: the text each item shows, one line
    an item, without its type letter and its tab-separated selector, host and port; other lines
    as they are.

    >>> print(gophermap_to_text("iNight Harbour (2019)\tfake\t(NULL)\t0\r\niby Jo Bell\tfake\t(NULL)\t0\r\n"
    ...                         "i\tfake\t(NULL)\t0\r\n0Ann Lee interview\t/lee.txt\tgopher.example\t70"))
    Night Harbour (2019)
    by Jo Bell
    <BLANKLINE>
    Ann Lee interview
    """
    return _GOPHER_ITEM.sub(r"\1", menu.replace("\r\n", "\n"))


def hl7_to_text(message: str) -> str:
    """An HL7 version 2 message in (a record system's export: ``|``-separated segments, one a
    line), its observations' and notes' text out: each ``OBX`` value a line, an empty one a
    paragraph's end, a value whose identifier names a fact (``TITLE^Film``) led by that name
    (``Film: ...``), and each ``NTE`` comment a line.

    >>> print(hl7_to_text("MSH|^~\\\\&|APP\\nOBX|1|ST|TITLE^Film^L||Night Harbour (2019)\\n"
    ...                   "OBX|2|TX|TEXT^Review text^L|1|A calm drama.\\nNTE|1||Signed: Jo Bell"))
    Film: Night Harbour (2019)
    A calm drama.
    Signed: Jo Bell
    """
    lines = []
    for segment in message.splitlines():
        fields = segment.split("|")
        if fields[0] == "OBX" and len(fields) > 5:
            value = " ".join(fields[5].replace("^", " ").split())
            label = fields[3].split("^")[1].strip() if fields[3].count("^") >= 1 else ""
            lines.append(f"{label}: {value}" if value and label and label.lower() not in _HL7_TEXT_LABELS else value)
        elif fields[0] == "NTE" and len(fields) > 3:
            lines.append(fields[3].strip())
    return "\n".join(lines).strip()


def _front_value(value: str) -> str | list[str]:
    """A front matter field's value: quotes taken off, a ``[a, b]`` list as a list."""
    value = value.strip().strip("\"'")
    if value.startswith("[") and value.endswith("]"):
        return [item.strip().strip("\"'") for item in value[1:-1].split(",") if item.strip()]
    return value


def markdown_to_text(markdown: str) -> str:
    """Markdown as the plain text a reader sees: heading marks, emphasis, links, images, bullets,
    block quotes, rules and front matter taken out, line structure kept.

    A YAML front matter is laid out as :func:`compose_review` does a JSON export's fields: its
    ``title`` (and ``year``) the first line, its ``author`` a "By" line, its credits ("director",
    "cast", "country", ...) labelled lines; a two-cell table row ``| Director | Ann Lee |`` becomes
    "Director: Ann Lee".

    >>> markdown_to_text("# Heat (1995)\\n\\n*Michael Mann's* [Heat](http://x) is **long**.\\n- Director: Michael Mann")
    "Heat (1995)\\n\\nMichael Mann's Heat is long.\\nDirector: Michael Mann"
    """
    text = markdown.replace("\r\n", "\n")
    lead: list[str] = []
    front = _FRONT_MATTER.match(text)
    if front:
        fields = _keyed({key: _front_value(value) for key, value in _FRONT_FIELD.findall(front.group(1))})
        author = ", ".join(_people(_field([fields], ("author", "byline", "authors"))))
        composed = compose_review(_plain(fields.get("title")), _year(_field([fields], _YEAR_KEYS)), author, _credits([fields]))
        text = text[front.end():]
        if composed:
            lead.extend([composed, ""])
    out: list[str] = []
    fenced = False
    lines = text.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    if last >= 0 and _MD_SIGNATURE.match(lines[last]):
        lines[last] = "— " + lines[last].strip().lstrip("-–—").strip()  # "- Jo Bell" closing the post signs it
    for line in lines:
        if _MD_FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            continue  # the underline of a "Title\n=====" heading
        if _MD_LINK_DEF.match(line) or (_MD_TABLE_RULE.match(line) and "|" in line):
            continue
        if _MD_RULE.match(line):
            out.append("")
            continue
        line = _MD_QUOTE.sub("", line)
        heading = _MD_HEADING.match(line)
        if heading:
            line = _DATED_HEADING.sub("", heading.group(1))
        else:
            line = _MD_BULLET.sub("", line, count=1)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = cells_line(cells)
        for pattern, replacement in _MD_INLINE:
            line = pattern.sub(replacement, line)
        out.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return "\n".join(lead) + "\n" + body if lead else body


# --- HTML -----------------------------------------------------------------------------------------

#: Elements whose text is never part of the review.
_HTML_DROPPED = ("script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg",
                 "button", "select", "object", "embed", "canvas", "dialog", "menu")
_HTML_BLOCKS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt tr table section article main header blockquote pre "
    "figure figcaption address hr title".split()
)
#: class or id words of page furniture: menus, sidebars, share buttons, comments, cookie banners.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|footer|site-header|masthead|breadcrumbs?|share|sharing|"
    r"social|comments?|cookie|cookies|banner|advert|ads?|related|newsletter|subscribe|widget|popup|modal)(?:$|[\s_-])",
    re.IGNORECASE,
)
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|author-name|writer|reviewer)(?:$|[\s_-])", re.IGNORECASE)
# A page title's site name and "Film Review" marks after the film: "Paper Birds (2017) - Film Review - The Ledger"
_PAGE_TITLE_TAIL = re.compile(r"(?:\s+[|–—·•:-]\s+[^|–—·•]{1,60})+$")
_DATED_PAGE_TITLE = re.compile(r"([^()|–—·•]{1,80}?)\s+\((?:1[89]|20)\d\d\)$")
_TITLE_SUFFIX = re.compile(r"\s+[|–—·•:-]\s+[^|–—·•]{1,60}$")


_CDATA_SECTION = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def html_to_text(html: str, *, source: str = "<html>") -> str:
    """An HTML page as the review a reader sees: the headline (``<h1>``, else ``<title>``) on the
    first line, then the byline ("By Name", from ``<meta name="author">`` or an author element)
    and the article's text, one block per line; menus, page headers, footers, asides, forms,
    scripts and styles dropped.

    Raises
    ------
    ReviewError
        If the page cannot be parsed or holds no text.

    >>> html_to_text('<title>Heat | Reels</title><nav>Home</nav><h1>Heat (1995)</h1><p class="byline">By '
    ...              '<span class="author">Ann Lee</span></p><p>Heat is <em>long</em>.</p><footer>(c) Reels</footer>')
    'Heat (1995)\\nBy Ann Lee\\n\\nHeat is long.'
    """
    try:
        import lxml.etree
        import lxml.html
    except ImportError as error:  # pragma: no cover - lxml is a dependency
        raise ReviewError(source, "reading HTML needs the lxml package") from error
    # a text string may not carry an XML encoding declaration (it is already decoded); an HTML
    # parser drops a CDATA section, where an XHTML page (Confluence's storage format) keeps a link's words
    html = _CDATA_SECTION.sub(r"\1", re.sub(r"\A\s*<\?xml[^>]*\?>", "", html))
    try:
        # huge_tree: pages nested deeper than libxml2's default 256 levels keep their text
        root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError) as error:
        raise ReviewError(source, f"not readable as HTML ({error})") from error
    parsed_text = root.text_content().strip()
    meta_author = next(iter(root.xpath("//meta[@name='author' or @property='article:author']/@content")), "")
    facts = _json_ld_facts(root)
    if not meta_author or meta_author.startswith("http"):
        meta_author = facts.author or ""
    page_title = " ".join(" ".join(root.xpath("//title//text()")).split())
    if not page_title:
        page_title = " ".join(next(iter(root.xpath("//meta[@property='og:title']/@content")), "").split())
    # a footer's "Reviewed by <a rel="author">Ann Lee</a>" or "Posted by <span class="author">" goes with
    # the footer: read it first
    marked_author = " ".join(" ".join(root.xpath("(//*[@rel='author' or @itemprop='author'])[1]//text()")).split())
    classed_author = _classed_author(root)
    comments = [comment.text or "" for comment in root.xpath("//comment()")]
    for comment in root.xpath("//comment() | //processing-instruction()"):
        _drop(comment)
    for element in root.xpath("|".join(f"//{tag}" for tag in _HTML_DROPPED) + " | //head"):
        _drop(element)
    in_article = "ancestor::article or ancestor::main or ancestor::*[@role='main']"
    for element in root.xpath(f"//header[not({in_article})] | //*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']"):
        if not element.xpath(".//h1") or element.xpath(".//nav | .//ul"):
            _drop(element)
    for element in root.xpath("//*[@class or @id]"):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag not in ("html", "body", "article", "main") and _FURNITURE.search(marks) and element.getparent() is not None:
            if not element.xpath(".//h1 | .//article"):
                _drop(element)
    author = " ".join(meta_author.split()) or classed_author or marked_author
    articles = root.xpath("//article | //main | //*[@role='main']")
    body = articles[0] if articles else (root.find("body") if root.find("body") is not None else root)
    headlines = root.xpath("//h1")
    headline = " ".join(headlines[0].text_content().split()) if headlines else _TITLE_SUFFIX.sub("", page_title)
    parts: list[str] = []
    _collect(body, parts)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    lines = text.split("\n")
    if headline and lines and " ".join(lines[0].split()) == headline:
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    lead = [headline] if headline else []
    titled = _DATED_PAGE_TITLE.match(_PAGE_TITLE_TAIL.sub("", page_title))
    if facts.film:
        # the film the page's metadata names leads, as a credits header would; the headline follows
        lead = [f"{facts.film} ({facts.year})" if facts.year else facts.film,
                *(f"Directed by {name}" for name in facts.directors[:3]), *lead]
    elif titled and (titled.group(1).lower() not in headline.lower() or not re.search(r"\b(?:1[89]|20)\d\d\b", headline)):
        # "<title>Paper Birds (2017) - Film Review - The Ledger</title>" over a headline that is a
        # tagline ("A farce that flaps") or names the film without its year: the page title dates it
        lead = [titled.group(0), *lead]
    if author and len(author) <= 80 and not re.search(rf"(?im)^by\s+{re.escape(author)}\s*$", "\n".join(lines[:6])):
        lead.append(f"By {author}")
    byline_first = bool(lines) and re.match(r"(?i)(?:by|written by|reviewed by|posted by)\s", lines[0]) is not None
    text = "\n".join(lead + ([""] if lead and lines and not byline_first else []) + lines).strip()
    if not text and not parsed_text:
        # nested past what the parser keeps (thousands of levels): the text between the tags
        stripped = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", " ", html)
        text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", html_unescape(re.sub(r"<[^>]*>", " ", stripped))).strip()
    kept = "\n\n".join(textwrap.dedent(comment).strip() for comment in comments).strip()
    if len(kept) >= _MIN_PAGE_COMMENT_CHARS and (not text or _outweighs(kept, text)):
        # a page of markup alone, a help file's contents or a template of placeholders, that keeps its
        # note in a comment; the page's author still signs it
        text = kept + (f"\n\nBy {author}" if author and len(author) <= 80 and author not in kept else "")
    if not text:
        raise ReviewError(source, "the page is empty: it holds no text outside its markup")
    return text


#: How much text a page with none outside its markup must keep in its comments to be read by them.
_MIN_PAGE_COMMENT_CHARS = 200

# an element of a page's comments, whose authors are not the review's
# (not "responsive", a layout's class)
_COMMENTS = re.compile(r"comment|repl(?:y|ies)|respon(?:se|ses|d)\b", re.IGNORECASE)


def _classed_author(root) -> str:
    """The text of the first element a page marks as its author's ("author", "byline", "reviewer"
    in its class, ``rel`` or ``itemprop``) outside its comments, without a leading "By"."""
    for element in root.xpath("//*[@class or @rel or @itemprop]"):
        marks = f"{element.get('class', '')} {element.get('rel', '')} {element.get('itemprop', '')}"
        if _AUTHOR_CLASS.search(marks) and not any(
                _COMMENTS.search(f"{e.get('class', '')} {e.get('id', '')}") for e in element.iterancestors()) \
                and not _COMMENTS.search(element.get("class", "")):
            return re.sub(r"^(?:[Bb]y|[Ww]ritten by|[Rr]eviewed by|[Pp]osted by)\s+", "", " ".join(element.text_content().split()))
    return ""


@dataclass(frozen=True, slots=True)
class _PageFacts:
    """What a page's schema.org JSON-LD states about its review: the author, and the film reviewed."""

    author: str | None = None
    film: str | None = None
    year: int | None = None
    directors: tuple[str, ...] = ()


def _names(value) -> list[str]:
    """Names from a JSON-LD person value: a string, an object with a name, or a list of either."""
    values = value if isinstance(value, list) else [value]
    found = [v.get("name") if isinstance(v, dict) else v for v in values]
    return [" ".join(name.split()) for name in found if isinstance(name, str) and name.strip()]


def _json_ld_facts(root) -> _PageFacts:
    """The author and the reviewed film from the page's schema.org JSON-LD blocks (``Review`` with
    its ``itemReviewed`` ``Movie``, or a ``Movie`` alone)."""
    import json

    author: str | None = None
    film: dict | None = None
    for block in root.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if author is None and _names(item.get("author")):
                    author = _names(item.get("author"))[0]
                declared = item.get("@type")
                kinds = declared if isinstance(declared, list) else [declared]
                if film is None and "Movie" in kinds and isinstance(item.get("name"), str):
                    film = item
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    if film is None:
        return _PageFacts(author)
    dated = next((m for key in ("dateCreated", "datePublished", "releaseDate")
                  if isinstance(film.get(key), str) and (m := re.match(r"\s*((?:1[89]|20)\d\d)", film[key]))), None)
    return _PageFacts(author, " ".join(film["name"].split()), int(dated.group(1)) if dated else None,
                      tuple(_names(film.get("director"))))


def _drop(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_label_cell(cell) -> bool:
    """Whether a table cell labels the one beside it: the first of a row's two cells, short."""
    row = cell.getparent()
    return (row is not None and cell.getprevious() is None and len(row) == 2
            and 0 < len(cell.text_content().strip()) <= 30)


def _collect(root, parts: list[str]) -> None:
    """The text under ``root``, block elements on lines of their own (iterative: any depth)."""
    import lxml.etree

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag == "br":
                parts.append("\n")
            elif tag in _HTML_BLOCKS:
                parts.append("\n")
            elif tag in ("td", "th"):
                parts.append(" ")
            if element.text and tag != "br":
                titled = tag in ("em", "i", "cite") and not len(element) and element.text.strip()
                parts.append(title_hint(element.text.strip()) if titled else element.text)
            continue
        if tag == "dt" or (tag in ("td", "th") and _is_label_cell(element)):
            parts.append(" " if element.text_content().rstrip().endswith(":") else ": ")  # "Director: Ann Lee"
        elif tag != "br" and (tag == "dd" or tag in _HTML_BLOCKS):
            parts.append("\n")
        if element.tail and element is not root:
            parts.append(element.tail)


# --- JSON -----------------------------------------------------------------------------------------

#: Field names as apps and APIs spell them, compared lower-cased without "_", "-", "@" or spaces
#: ("release_year", "releaseYear" and "Release Year" are one key).
_FILM_KEYS = ("itemreviewed", "film", "movie", "filmtitle", "movietitle", "work")
_TITLE_KEYS = ("title", "name", "headline")
_YEAR_KEYS = ("year", "releaseyear", "released", "releasedate", "filmyear", "movieyear")
_FILM_DATE_KEYS = ("datecreated", "datepublished", "date")
_AUTHOR_KEYS = ("author", "authors", "reviewer", "user", "username", "by", "byline", "critic", "authorname",
                "reviewername", "creator", "ownerdisplayname", "notesby")
# (then the body fields of blog and note apps' exports: Ghost's "plaintext" and "html", Keep's
# "textContent", schema.org's "articleBody")
_BODY_KEYS = ("reviewbody", "body", "selftext", "text", "review", "reviewtext", "content", "encoded", "description", "summary",
              "comment", "comments", "articlebody", "plaintext", "textcontent", "markdown", "html", "contenthtml", "bodyhtml",
              "extended", "fulltext", "notes")  # (a bookmark's notes, as Pinboard and Delicious keep them: its "description" is its title;
# a tweet's "full_text"; a film table's "Notes" column, as a Notion database exports it)
_DIRECTOR_KEYS = ("director", "directors", "directedby")
_WRITER_KEYS = ("screenplay", "writer", "writers", "screenwriter", "screenwriters")
_CAST_KEYS = ("cast", "starring", "actors", "actor", "stars")
_COUNTRY_KEYS = ("country", "countries", "countryoforigin")
_GENRE_KEYS = ("genre", "genres")
_RATING_KEYS = ("rating", "reviewrating", "score", "stars", "userrating")
_LIST_KEYS = ("reviews", "items", "entries", "results", "data", "children")
_KEY_NOISE = re.compile(r"[^a-z0-9]")
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _keyed(obj: dict) -> dict[str, Any]:
    """An object's fields under their plain keys ("Release_Year" and "releaseYear" as "releaseyear")."""
    return {_KEY_NOISE.sub("", str(key).lower()): value for key, value in obj.items()}


def _field(sources: Iterable[dict[str, Any]], keys: Iterable[str]) -> Any:
    """The first value under one of ``keys`` that is not empty, looked up in each source in turn."""
    for fields in sources:
        for key in keys:
            value = fields.get(key)
            if value not in (None, "", [], {}) and (key not in _TEXT_ONLY_KEYS or isinstance(value, str)):
                return value
    return None


#: Keys whose value is a field only as text: a table's or a data file's "notes" column holds a
#: review, where an outline's "notes" object (a mind map's) is a structure of its own.
_TEXT_ONLY_KEYS = frozenset(("notes",))


def _plain(value: Any) -> str:
    """A field's value as one line of text: a string, a number, or an object's name."""
    if isinstance(value, dict):
        fields = _keyed(value)
        value = _field([fields], ("name", "fullname", "displayname", "username", "title", "handle", "text"))
    if isinstance(value, list):
        return ", ".join(filter(None, (_plain(item) for item in value)))
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return ""
    return " ".join(str(value).split())


def _people(value: Any) -> list[str]:
    """Names from a person field: a string ("Ann Lee", "Ann Lee, Bo Ek", "jo@x.org (Jo Bell)"), an
    object with a name, or a list of either."""
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        text = _plain(item)
        mailed = re.fullmatch(r"\S+@\S+\s*\((.+)\)", text)  # RSS: "jo@example.org (Jo Bell)"
        # (a bare address or link names nobody: ActivityPub's "actor" is the account's URL)
        text = mailed.group(1) if mailed else "" if re.fullmatch(r"\S+@\S+|\w+://\S+", text) else text
        names.extend(name for name in re.split(r"\s*[;,]\s*", text) if name and not isinstance(item, dict))
        if isinstance(item, dict) and text:
            names.append(text)
    return names


def _cast(value: Any) -> list[str]:
    """Cast entries as "Ann Lee (Mara)": strings, or objects {actor, character} / {name, role}."""
    if isinstance(value, (int, float)) or (isinstance(value, str) and not re.search(r"[A-Za-z]", value)):
        return []  # "stars": 4 is a rating
    entries: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            fields = _keyed(item)
            actor = _plain(_field([fields], ("actor", "name", "person", "performer")))
            role = _plain(_field([fields], ("character", "role", "as", "charactername", "characters")))
            if actor:
                entries.append(f"{actor} ({role})" if role else actor)
        else:
            entries.extend(_people(item))
    return entries


def _rating(value: Any, fields: dict[str, Any]) -> str:
    """A rating as written: "4", "4/5" (with a best rating beside it), "★★★★"; a cast list is none."""
    best = None
    if isinstance(value, dict):
        rated = _keyed(value)
        value = _field([rated], ("ratingvalue", "value", "score", "rating"))
        best = _field([rated], ("bestrating", "best", "max", "outof", "scale"))
    best = best if best is not None else _field([fields], ("bestrating", "outof", "maxrating", "ratingscale"))
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return ""
    if isinstance(value, str) and (len(value) > 20 or re.search(r"[A-Za-z]{3}", re.sub(r"(?i)out of|stars?", "", value))):
        return ""  # words, not a rating ("stars": "Ann Lee, Bo Ek")
    shown = _plain(value)
    return f"{shown}/{_plain(best)}" if shown and best not in (None, "") and "/" not in shown else shown


def _year(value: Any) -> int | None:
    found = _YEAR.search(_plain(value)) if value is not None else None
    return int(found.group()) if found else None


def _credits(sources: list[dict[str, Any]], *, rating_from: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    """The credit lines a review's fields give: director, screenplay, cast, country, genre, rating."""
    credits = [
        ("Director", ", ".join(_people(_field(sources, _DIRECTOR_KEYS)))),
        ("Screenplay", ", ".join(_people(_field(sources, _WRITER_KEYS)))),
        ("Starring", ", ".join(_cast(_field(sources, _CAST_KEYS)))),
        ("Country", _plain(_field(sources, _COUNTRY_KEYS))),
        ("Genre", _plain(_field(sources, _GENRE_KEYS))),
    ]
    if rating_from is not None:
        credits.append(("Rating", _rating(_field([rating_from], _RATING_KEYS), rating_from)))
    return [(label, value) for label, value in credits if value]


def _review_fields_to_text(review: dict, context: dict, source: str, what: str, *, document: Any = None) -> str:
    """One review object's fields (and the fields around it: the film it sits under, a feed's
    author) as plain text; raises ReviewError when it holds no text to read. When the object is
    one of a ``document``'s many pieces of prose (a chat's message, a transcript's segment, a
    thread's post), the document's prose is the review's body."""
    fields, around = _keyed(review), _keyed(context)
    nested = fields.get("review")
    if isinstance(nested, dict):  # {"movie": {...}, "review": {"text": ..., "author": ...}}
        fields, around = _keyed(nested), {**around, **{k: v for k, v in fields.items() if k != "review"}}
    film_value = _field([fields, around], _FILM_KEYS)
    film = _keyed(film_value) if isinstance(film_value, dict) else {}
    declared = around.get("type")
    kinds = declared if isinstance(declared, list) else [declared]
    around_is_film = any(kind in ("Movie", "Film", "TVSeries", "CreativeWork") for kind in kinds) or (
        not film_value and _field([around], _TITLE_KEYS) is not None)
    film_sources = [f for f in (film, around if around_is_film else {}) if f]
    title = (_plain(_field([film], _TITLE_KEYS)) or (_plain(film_value) if not film else "")
             or _plain(_field(film_sources, _TITLE_KEYS)))
    headline = _plain(_field([fields], _TITLE_KEYS))
    if not title:
        # (a film catalog's record names its film only by its titles, as translated and as released)
        title, headline = headline or _plain(_field([fields], ("translatedtitle", "originaltitle"))), ""
    year = _year(_field([*film_sources, fields], _YEAR_KEYS) or _field(film_sources, _FILM_DATE_KEYS))
    author = " and ".join(dict.fromkeys(_people(_field([fields, around], _AUTHOR_KEYS))))
    if _ACCOUNT_ID.fullmatch(author) and (profile := _profile_name(fields)):
        author = profile  # Slack's "user": "U04JQ2K7B" beside its "user_profile": {"real_name": "Ann Lee"}
    if not author and document is not None and (sole := _sole_author(document) or _sole_author(document, _DISPLAY_NAME_KEYS)) not in (title, headline):
        author = sole  # (an "author" named as the film is a block read wrong: no one)
    if not author and document is not None:
        author = _longest_post_sender(document)
    body = _body_text(fields)
    if not body.strip():
        body = _thread_text(fields)
    if document is not None and 0 < len(body.strip()) < _MESSAGE_CHARS:
        # the object is a message: the review may be its author's messages, or all the document's prose
        authors = _post_authors(document)
        if len(thread := _authors_thread(document, fields, authors)) > 1:
            body = "\n\n".join(thread)
        elif (prose := _prose_strings(document, authors)) and sum(map(len, prose)) > _SPREAD_SHARE * len(body):
            body = "\n\n".join(prose)
    if not body.strip():
        # a schema of its own (a slide deck's, a translation file's, an app's): its text, field by field
        body = _all_text(fields)
        if not _holds_prose(body):
            raise ReviewError(source, f"the {what} has no review text (no body, text, review, content or description "
                                      "field, and no prose in any other)")
    if _MARKUP.search(body):
        body = html_to_text(body, source=source)
    elif _MARKDOWN_BODY.search(body):
        body = markdown_to_text(body)
    body = re.sub(r"[ \t\u00a0]+", " ", body)
    if headline and headline != title:
        body = f"{headline}\n\n{body}"
    return compose_review(title, year, author, _credits([*film_sources, fields, around], rating_from=fields), body)


#: What only Markdown writes in a body: a heading's mark opening the text, punctuation escaped with a
#: backslash (a journal app's export: "Hachi: A Dog's Tale \\(2009\\)", "a cry\\.")
_MARKDOWN_BODY = re.compile(r"\A\s*#{1,6}[ ]\S|\\[()\[\].!*_#-]")


_WRITER_OF_REVIEW_KEYS = ("author", "authors", "reviewer", "byline", "critic", "authorname", "reviewername")
#: Where a platform keeps a user's own name beside the handle: Slack's "real_name", Zulip's
#: "sender_full_name", Matrix's "displayname", Skype's and Teams' "displayName", Hangouts' "fallback_name"
_DISPLAY_NAME_KEYS = ("displayname", "fullname", "senderfullname", "realname", "fallbackname")


#: The fields of a chat's message that name its sender (Zulip's "sender_full_name", Telegram's
#: "from", Matrix's "sender"), read when they hold a person's name, not an address or a handle
_SENDER_KEYS = ("senderfullname", "sendername", "fromname", "from", "sender", *_DISPLAY_NAME_KEYS)
_PERSONS_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*)+")


#: A platform's opaque account id in place of a name: Slack's "U04JQ2K7B", Discord's "80351110224678912"
_ACCOUNT_ID = re.compile(r"(?=[A-Z0-9]*\d)[A-Z0-9]{8,24}")


def _profile_name(fields: dict[str, Any]) -> str:
    """The person's name of a profile object a message keeps beside its sender's id (Slack's
    ``user_profile`` with its ``real_name``); "" when there is none."""
    for value in fields.values():
        if isinstance(value, dict):
            # (a display name is often a first name, "priyanka": the first that names a person)
            names = (_plain(_keyed(value).get(key)) for key in _DISPLAY_NAME_KEYS)
            if (name := next((name for name in names if _PERSONS_NAME.fullmatch(name)), "")):
                return name
    return ""


def _longest_post_sender(value: Any) -> str:
    """The sender's name of the message with the longest body in a whole document (a chat's export:
    the review is its longest message), when its sender field names a person; else ""."""
    best, longest = "", 0
    for fields in _keyed_objects(value):
        if (length := len(_plain(_field([fields], _BODY_KEYS)))) > longest:
            best, longest = _plain(_field([fields], _SENDER_KEYS)), length
    return best if _PERSONS_NAME.fullmatch(best) else ""


def _sole_author(value: Any, keys: tuple[str, ...] = _WRITER_OF_REVIEW_KEYS) -> str:
    """The one person the author fields (``keys``) of a whole document name, wherever they stand (a
    build file's ``REVIEWER`` among its settings, away from the step that writes the review); ""
    when they name nobody or several people (a thread's posters). Only the fields that name a writer
    count by default: a "user" or a "creator" elsewhere is as often the account that saved the page
    or the program that wrote the file; a user's display name counts where it is the only one."""
    found = {name for fields in _keyed_objects(value) for key in keys
             if (named := fields.get(key)) not in (None, "", [], {}) for name in _people(named)}
    return found.pop() if len(found) == 1 else ""


def _keyed_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object (dict) of a whole document, at any depth, with its keys as :func:`_keyed` gives
    them."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            fields = _keyed(item)
            yield fields
            pending.extend(fields.values())
        elif isinstance(item, list):
            pending.extend(item)


def _all_text(value: Any, key: str = "") -> str:
    """Every string in a review object, in order: a short one as a ``Key: value`` line, a long
    one (or one holding markup) as a paragraph of its own."""
    if isinstance(value, dict):
        return "\n".join(filter(None, (_all_text(item, str(name)) for name, item in value.items())))
    if isinstance(value, list):
        return "\n".join(filter(None, (_all_text(item, key) for item in value)))
    if not isinstance(value, str) or not value.strip():
        return ""
    value = _markup_reduced(value)
    if not value:
        return ""
    if len(value) < _SHORT_FIELD_CHARS and "\n" not in value.strip():
        label = _label(key)
        return f"{label}: {value.strip()}" if label and not label.isdigit() else value.strip()
    return f"\n{value.strip()}\n"


def _markup_reduced(value: str) -> str:
    """A field's words with any markup in it reduced to its text; "" when the markup holds none
    (a Q&A site's "<remake><thriller>" tag list)."""
    if not _MARKUP.search(value):
        return value
    try:
        return html_to_text(value)
    except ReviewError:
        return ""


def _prose_strings(value: Any, authors: dict[str, str]) -> list[str]:
    """Every string in parsed data that reads as prose (markup reduced to its text), in order,
    each once: a chat's messages, a transcript's segments, a board's cards; not a reply's (another
    reader's word on the review; ``authors``: the posts' authors by id, see :func:`_is_reply`)."""
    found: dict[str, None] = {}

    def walk(item: Any) -> None:
        if isinstance(item, dict) and not _is_reply(item, authors):
            for inner in item.values():
                walk(inner)
        elif isinstance(item, list):
            for inner in item:
                walk(inner)
        elif isinstance(item, str) and len(item.split()) >= _PROSE_WORDS:
            found.setdefault(" ".join(_markup_reduced(item).split()))

    walk(value)
    return [text for text in found if len(text.split()) >= _PROSE_WORDS]


def _authors_thread(document: Any, post: dict[str, Any], authors: dict[str, str]) -> list[str]:
    """The bodies in prose of the messages in ``document`` by ``post``'s author (a chat log's
    lines, a thread's posts), in order, when all but the longest are messages, not articles;
    replies to other authors (``authors``: the posts' authors by id) left out. Else []."""
    author = _post_author(post)
    if not author:
        return []
    found: dict[str, None] = {}

    def walk(item: Any) -> None:  # (in document order)
        if isinstance(item, dict):
            fields = _keyed(item)
            if (_post_author(fields) == author and not _is_reply(item, authors)
                    and len((body := _body_text(fields).strip()).split()) >= _PROSE_WORDS):
                found.setdefault(body)
            for inner in item.values():
                walk(inner)
        elif isinstance(item, list):
            for inner in item:
                walk(inner)

    walk(document)
    bodies = list(found)
    return bodies if all(length < _MESSAGE_CHARS for length in sorted(map(len, bodies))[:-1]) else []


#: A review object's body shorter than this is a message's, not an article's; when the document
#: around it holds this many times more prose, the object was one message of a chat, one segment
#: of a transcript, one card of a board, and the document's prose is the review.
_MESSAGE_CHARS, _SPREAD_SHARE = 1000, 2


def _label(key: str) -> str:
    """A field's name as a label: "releaseYear", "release_year", "RELEASE-YEAR" as "Release year"."""
    return " ".join(_KEY_NOISE.sub(" ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).lower()).split()).capitalize()


def _holds_prose(text: str) -> bool:
    return sum(len(line) for line in text.split("\n") if len(line.split()) >= _PROSE_WORDS) >= _MIN_PROSE_CHARS


#: A field this long or longer is prose, not a value; a review without a body field needs this much
#: prose (in lines of this many words) elsewhere to be read as one.
_SHORT_FIELD_CHARS = 80
_PROSE_WORDS, _MIN_PROSE_CHARS = 5, 80


#: Where a social thread's export keeps its posts: {"author": ..., "posts": [{"text": ...}, ...]}
_THREAD_KEYS = ("posts", "thread", "messages", "tweets", "toots", "parts")


def _thread_text(fields: dict[str, Any]) -> str:
    """The texts of a thread's posts, one paragraph each (one author's thread is one review)."""
    for key in _THREAD_KEYS:
        posts = fields.get(key)
        if isinstance(posts, list) and posts and all(isinstance(post, dict) for post in posts):
            texts = (_plain(_field([_keyed(post)], _BODY_KEYS)) for post in posts)
            return "\n\n".join(text for text in texts if text.strip())
    return ""


def _json_reviews(data: Any) -> list[tuple[dict, dict]]:
    """The review objects a JSON document holds, each with the object around it (its film or export)."""
    if isinstance(data, list):
        return [pair for item in data for pair in _json_reviews(item)] if all(isinstance(i, dict) for i in data) else []
    if not isinstance(data, dict):
        return []
    fields = _keyed(data)
    graph = fields.get("graph")
    if isinstance(graph, list):  # JSON-LD: the Review nodes of its @graph
        return [(node, {}) for node in graph if isinstance(node, dict) and "Review" in str(_keyed(node).get("type"))]
    for key in (*_LIST_KEYS, "review"):
        listed = fields.get(key)
        if isinstance(listed, list) and listed and all(isinstance(item, dict) for item in listed):
            around = {k: v for k, v in data.items() if _KEY_NOISE.sub("", str(k).lower()) != key}
            return [(item, around) for item in listed]
        if key == "data" and isinstance(listed, dict) and _field([fields], _BODY_KEYS) is None:
            return _json_reviews(listed)  # an API's {"data": {...}, "status": "ok"} envelope
    if _field([fields], _BODY_KEYS) is None:
        # {"user": {...}, "entry": {"film": {...}, "review_text": ...}}: the review one level down
        holders = [key for key, value in data.items()
                   if isinstance(value, dict) and _field([_keyed(value)], _BODY_KEYS) is not None]
        if len(holders) == 1:
            return [(data[holders[0]], {k: v for k, v in data.items() if k != holders[0]})]
    return [(data, {})]


#: The fields that mark a post as a reply to another (plain keys, see :func:`_keyed`).
_REPLY_KEYS = frozenset({"parentid", "inreplytoid", "inreplyto", "replyto", "parentpostid", "inreplytostatusid"})


def _is_reply(post: dict, authors: dict[str, str] | None = None) -> bool:
    """Whether a post answers another (a reply field holds a value); given the ``authors`` of the
    document's posts by their ids, a post answering its own author's post is not a reply but the
    next post of that author's thread (Mastodon's "1/4", "2/4", ...)."""
    fields = _keyed(post)
    targets = [str(fields[key]) for key in _REPLY_KEYS & fields.keys() if fields[key] not in (None, "", 0)]
    if not targets or authors is None:
        return bool(targets)
    author = _post_author(fields)
    return not author or any(authors.get(target) != author for target in targets)


def _self_thread(posts: list[dict]) -> tuple[int, dict] | None:
    """The thread that posts answering one another in a chain make, all by one author (or none
    named: an archive's own posts), with the index of its first post: that post's fields, its text
    the posts' texts in reply order, a paragraph each (a Twitter archive keeps them newest first,
    among its owner's other posts). ``None`` unless one such thread of two posts or more is the
    document's one long text (see :func:`_the_one_long`) and no post is answered twice."""
    keyed = [_keyed(post) for post in posts]
    index_of: dict[str, int] = {}
    for index, fields in enumerate(keyed):
        post_id = fields.get("idstr") or fields.get("id")
        if not isinstance(post_id, (str, int)) or str(post_id) in index_of:
            return None
        index_of[str(post_id)] = index
    answer_to: dict[int, int] = {}
    firsts = []
    for index, fields in enumerate(keyed):
        targets = [index_of[str(fields[key])] for key in _REPLY_KEYS & fields.keys() if str(fields[key]) in index_of]
        if not targets:
            firsts.append(index)
        elif targets[0] in answer_to:
            return None
        else:
            answer_to[targets[0]] = index
    if len({_post_author(fields) for fields in keyed}) > 1:
        return None
    chains = []
    for first in firsts:
        chain = [first]
        while chain[-1] in answer_to:
            chain.append(answer_to[chain[-1]])
        chains.append(chain)
    texts = [[_plain(_field([keyed[index]], _BODY_KEYS)) for index in chain] for chain in chains]
    joined = ["\n\n".join(text for text in chain_texts if text.strip()) for chain_texts in texts]
    longest = _the_one_long(list(range(len(chains))), [len(text) for text in joined])
    if len(longest) != 1 or len(chains[longest[0]]) < 2:
        return None
    first = chains[longest[0]][0]
    thread = {key: value for key, value in posts[first].items() if _KEY_NOISE.sub("", str(key).lower()) not in _BODY_KEYS}
    thread["text"] = joined[longest[0]]
    return first, thread


#: The fields that name a post's author, raw (an account's URL or handle is as good as a name here).
_POSTER_KEYS = ("attributedto", *_AUTHOR_KEYS, "from", "sender")


def _post_author(fields: dict[str, Any]) -> str:
    return _plain(_field([fields], _POSTER_KEYS))


def _post_authors(data: Any) -> dict[str, str]:
    """The author of every post in parsed data that has an id, by that id."""
    authors: dict[str, str] = {}
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            fields = _keyed(item)
            if isinstance(fields.get("id"), (str, int)) and (author := _post_author(fields)):
                authors[str(fields["id"])] = author
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return authors


def _unwrapped(item: dict) -> dict:
    """An envelope around a post as the post itself: an API's ``{"kind": ..., "data": {...}}``
    (Reddit's), a notes app's ``{"content_type": "Note", "content": {"title": ..., "text": ...}}``
    (Standard Notes'), an archive's one-key ``{"tweet": {...}}`` (Twitter's)."""
    fields = _keyed(item)
    if len(item) == 1 and isinstance(inner := next(iter(item.values())), dict) and _field([_keyed(inner)], _BODY_KEYS) is not None:
        return inner
    for key in ("data", "content"):
        inner = fields.get(key)
        if (isinstance(inner, dict) and not isinstance(_field([fields], _BODY_KEYS), str)
                and _field([_keyed(inner)], _BODY_KEYS) is not None):
            return inner
    return item


#: The shortest text a body field nested deep in an export may hold to be taken for the review.
_NESTED_BODY_CHARS = 200


def _nested_review(data: Any) -> list[tuple[dict, dict]]:
    """The review an app's export keeps deep in its own layout (a blog export's
    ``{"db": [{"data": {"posts": [...]}}]}``): of the objects anywhere in ``data`` with a body
    field of some length, the one with the longest body, with the object that holds it."""
    found: list[tuple[int, dict, dict]] = []

    def walk(value: Any, parent: dict) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item, parent)
        elif isinstance(value, dict):
            body = _field([_keyed(value)], _BODY_KEYS)
            if isinstance(body, str) and len(body.strip()) >= _NESTED_BODY_CHARS:
                found.append((len(body), value, parent))
            for item in value.values():
                walk(item, value)

    walk(data, {})
    if not found:
        return []
    _, review, parent = max(found, key=lambda f: f[0])
    return [(review, {k: v for k, v in parent.items() if not isinstance(v, (list, dict))})]


def json_to_text(document: str, *, source: str = "<json>") -> str:
    """A review exported as JSON in, plain text out: one object with the film's and the review's
    fields under any common naming (title/film/movie, year/release_year, author/reviewer/user,
    body/text/review/content, director, screenplay/writer, cast/starring, rating), or a schema.org
    ``Review`` (``itemReviewed``, ``author``, ``reviewBody``), alone, in a list, under ``"reviews"``
    or in an ``@graph``; else the object with the longest body field anywhere in the file (a blog's
    or a notes app's export). A body in HTML is reduced to its text. A review spread over a chat's
    messages, a transcript's segments or a board's cards is the file's prose, in order.

    Raises
    ------
    ReviewError
        If the file is not JSON, holds no review or more than one, or the review has no text.

    >>> print(json_to_text('{"movie": "Night Harbour", "release_year": 2019, "user": {"name": "Jo Bell"}, '
    ...                    '"director": ["Ana Pires"], "review": "<p>A <em>calm</em> drama.</p>"}'))
    Night Harbour (2019)
    By Jo Bell
    Director: Ana Pires
    <BLANKLINE>
    A calm drama.
    """
    try:
        data = json.loads(document)
    except ValueError as error:
        data = _json_lines(document)
        if data is None:
            return _commented_json(document, source=source, error=error)
    if isinstance(data, dict) and "cells" in data and "nbformat" in data:
        return notebook_to_text(document, source=source)
    if isinstance(data, dict) and "pandoc-api-version" in data and isinstance(data.get("blocks"), list):
        return _pandoc_to_text(data)
    if (outline := _outline_page(data)) is not None:
        return outline
    return _data_to_text(_joined_runs(_undo_mojibake(_fixture_records(data))), source=source, what="JSON")


def _fixture_records(data: Any) -> Any:
    """A Django fixture's records (``{"model": "reviews.review", "pk": 88, "fields": {...}}``) as
    their fields, a key that names another model and holds its ``pk`` given that record's short
    fields in its place (``"film": 31`` as the film's title and year, ``"author": 2`` as the user's
    name); any other data as it is."""
    if not (isinstance(data, list) and data and all(
            isinstance(record, dict) and isinstance(record.get("model"), str) and "." in record["model"]
            and isinstance(record.get("fields"), dict) and "pk" in record for record in data)):
        return data
    by_key = {(record["model"].rsplit(".", 1)[1].lower(), record["pk"]): record["fields"] for record in data}

    def referred(key: str, value: Any) -> Any:
        model = "user" if key.lower() in _FIXTURE_USER_KEYS else key.lower()
        fields = by_key.get((model, value)) if isinstance(value, int) and not isinstance(value, bool) else None
        if fields is None or any(isinstance(inner, str) and len(inner) >= _SHORT_FIELD_CHARS for inner in fields.values()):
            return value  # (no record, or one with prose of its own: a comment's review is no part of it)
        if model == "user":
            return " ".join(filter(None, (fields.get("first_name"), fields.get("last_name")))) or fields.get("username") or value
        return fields

    return [{key: referred(key, value) for key, value in record["fields"].items()} for record in data]


#: The keys by which a Django record names the user it belongs to (``auth.user``)
_FIXTURE_USER_KEYS = frozenset(("author", "user", "owner", "reviewer", "created_by", "writer"))


def _outline_page(data: Any) -> str | None:
    """The longest page of an outliner's export (Roam Research's: pages with a ``title`` and
    ``children``, blocks with a ``string`` and their own ``children``) as text: its title, then
    one line a block, depth first, links and tags as their words ("[[Ann Lee]]" as "Ann Lee"),
    attributes as labels ("Director:: [[Ann Lee]]" as "Director: Ann Lee"); ``None`` for any other data."""
    if not (isinstance(data, list) and data and all(isinstance(page, dict) and isinstance(page.get("title"), str) for page in data)
            and any(isinstance(page.get("children"), list) for page in data)):
        return None

    def lines(blocks: Any) -> Iterator[str]:
        for block in blocks if isinstance(blocks, list) else ():
            if isinstance(block, dict) and isinstance(text := block.get("string"), str):
                yield _OUTLINE_MARKUP.sub(lambda found: found.group(1) or found.group(2) or "", text).replace(":: ", ": ").strip()
                yield from lines(block.get("children"))

    pages = [[page["title"], "", *lines(page.get("children"))] for page in data]
    longest = max(pages, key=lambda page: len(" ".join(page).split()))
    return "\n".join(longest).strip() + "\n" if len(longest) > 2 else None


#: An outliner's link or tag ("[[Ann Lee]]", "#[[Remakes to watch]]"), its words kept, or a macro ("{{[[TODO]]}}"), dropped
_OUTLINE_MARKUP = re.compile(r"\{\{.*?\}\}|#?\[\[([^\[\]]*)\]\]|#([\w-]+)")


#: The keys a rich-text run keeps its words under: ``{"text": "Cape Fear", "italic": true}`` (a
#: Minecraft book's, Slate's, ProseMirror's, Portable Text's span), ``{"insert": "..."}`` (a Quill Delta's)
_RUN_TEXT_KEYS = ("text", "insert")
#: A run's other string values are its style's names (``"_type": "span"``, ``"_key": "2fe9a"``), this short at most
_RUN_STYLE_CHARS = 24


def _run_text(item: Any) -> str | None:
    """The words of one rich-text run (a string, or a run object: see :data:`_RUN_TEXT_KEYS`), or
    ``None`` when the item is no run."""
    if isinstance(item, str):
        return item
    if not isinstance(item, dict):
        return None
    key = next((key for key in _RUN_TEXT_KEYS if isinstance(item.get(key), str)), None)
    if key is None or any(_not_style(value) or _KEY_NOISE.sub("", name.lower()) in _REVIEW_KEYS
                          for name, value in item.items() if name != key):
        return None  # (a list of reviews, {"title": ..., "text": ...} each, is no sentence)
    return item[key]


def _not_style(value: Any) -> bool:
    """Whether a run object's value is more than a style's name or flag: a count or a date (a
    thread's post: ``{"text": ..., "likes": 41, "created_at": "2024-09-21T22:03:10Z"}``) or words."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and (len(value) > _RUN_STYLE_CHARS or " " in value or bool(_DATE_VALUE.match(value)))


_DATE_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
#: The keys a list of reviews, posts or messages goes under, whose items are not one text's runs
_ENTRY_LIST_KEYS = frozenset(("reviews", "items", "entries", "comments", "replies", *_THREAD_KEYS))


def _joined_runs(data: Any, key: str = "") -> Any:
    """Parsed data with each list of rich-text runs joined into one string: a sentence an editor
    keeps in pieces, one a style ("Martin Scorsese's ", {"text": "Cape Fear", "italic": true}, " (1991)"),
    reads as the sentence it is; not a list of reviews or posts (``"reviews"``, ``"posts"``: see
    :data:`_ENTRY_LIST_KEYS`), each ``{"text": ...}``."""
    if isinstance(data, dict):
        return {name: _joined_runs(value, name) for name, value in data.items()}
    if not isinstance(data, list):
        return data
    texts = [_run_text(item) for item in data]
    if (len(data) > 1 and any(isinstance(item, dict) for item in data) and all(text is not None for text in texts)
            and _KEY_NOISE.sub("", key.lower()) not in _ENTRY_LIST_KEYS):
        pieces = [text for text in texts if text]
        # blocks, not runs, when no two pieces meet at a space (a Tumblr post's text blocks): a paragraph each
        runs = any(before[-1].isspace() or after[0].isspace() for before, after in itertools.pairwise(pieces))
        return ("" if runs else "\n\n").join(pieces)
    return [_joined_runs(item) for item in data]


# What JSON with comments ("JSONC": VS Code's settings, ESLint's .eslintrc.json) holds besides JSON:
# its strings are matched first, so that a "//" or a ",]" inside one is left alone
_JSONC_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.DOTALL)
_BLOCK_COMMENT_LINE = re.compile(r"^[ \t]*(?:/\*+|\*+(?!/))?[ \t]?(.*?)[ \t]*(?:\*+/)?[ \t]*$")


def _commented_json(document: str, *, source: str, error: ValueError) -> str:
    """JSON with comments and trailing commas (a settings file) read as JSON; when its fields hold
    no review, the prose of its comments (the review a club keeps at the top of its settings)."""
    comments: list[str] = []

    def without_comment(token: re.Match[str]) -> str:
        if token.group().startswith('"'):
            return token.group()
        if token.group().startswith("/"):
            comments.append(token.group())
        return " " if token.group().startswith("/*") else ""

    try:
        data = json.loads(_JSONC_TOKEN.sub(without_comment, document))
    except ValueError:
        raise ReviewError(source, f"not valid JSON ({error})") from error
    try:
        return _data_to_text(_undo_mojibake(data), source=source, what="JSON")
    except ReviewError as unread:
        lines = [_BLOCK_COMMENT_LINE.sub(r"\1", line) if comment.startswith("/*") else _PREFIX.sub("", line, count=1)
                 for comment in comments for line in comment.splitlines()]
        return _comment_prose("\n".join(lines), source=source, problem=unread.problem)


def _data_to_text(data: Any, *, source: str, what: str) -> str:
    """The one review in parsed data (JSON's or a property list's: dicts, lists and scalars) as
    plain text; ``what`` names the format in an error."""
    reviews = [(_unwrapped(review), around) for review, around in _json_reviews(data)]
    reviews = _the_one_long(reviews, [_body_length(review) for review, _ in reviews])
    if len(reviews) > 1 and (thread := _self_thread([review for review, _ in reviews])) is not None:
        root, post = thread
        reviews = [(post, reviews[root][1])]
    if len(reviews) > 1 and len(opening := [pair for pair in reviews if not _is_reply(pair[0])]) == 1:
        reviews = opening  # a thread's opening post, the other entries replies to it (Reddit's, Mastodon's "parent_id")
    if not reviews or (len(reviews) == 1 and _field([fields := _keyed(reviews[0][0])], _BODY_KEYS) is None
                       and not _thread_text(fields)):
        # (no review object where one is looked for: a relay's ["EVENT", id, {...}] lines, an app's own layout)
        reviews = _nested_review(data) or reviews
    if len(reviews) != 1:
        problem = "holds no review object" if not reviews else f"holds {len(reviews)} reviews; give each its own file"
        raise ReviewError(source, f"the {what} file {problem}")
    return _review_fields_to_text(*reviews[0], source=source, what=f"{what} review", document=data)


#: How many of a review's usual field names (title, year, author, body, ...) source-code literals
#: must use to be read as one: a quotation in prose is also a string after a word.
_MIN_REVIEW_KEYS = 2
_REVIEW_KEYS = frozenset((*_FILM_KEYS, *_TITLE_KEYS, *_YEAR_KEYS, *_AUTHOR_KEYS, *_BODY_KEYS, *_DIRECTOR_KEYS,
                          *_WRITER_KEYS, *_CAST_KEYS, *_COUNTRY_KEYS, *_GENRE_KEYS, *_RATING_KEYS))


def _review_keys(data: Any) -> set[str]:
    """The usual review field names that ``data``'s dicts use, at any depth."""
    if isinstance(data, list):
        return set().union(*(_review_keys(item) for item in data))
    if not isinstance(data, dict):
        return set()
    keys = _keyed(data).keys() & _REVIEW_KEYS
    return keys.union(*(_review_keys(value) for value in data.values()))


def _json_lines(document: str) -> list | None:
    """A JSON Lines file (a dataset's or a log's export: one JSON value per line) as the list of
    its values, or ``None`` when a line is not JSON."""
    try:
        values = [json.loads(line) for line in document.splitlines() if line.strip()]
    except ValueError:
        return None
    return values if len(values) > 1 else None


def _undo_mojibake(value: Any) -> Any:
    """``value`` with each string whose characters are the bytes of UTF-8 text read back as that
    text: Facebook's and Instagram's exports write "é" as "\\u00c3\\u00a9". A string of real
    Latin-1 text is left as it is: its bytes are almost never valid UTF-8."""
    if isinstance(value, str):
        if value.isascii() or max(value) > "\xff":
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return value
    if isinstance(value, dict):
        return {key: _undo_mojibake(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_undo_mojibake(item) for item in value]
    return value


def csv_to_text(document: str, *, source: str = "<csv>", delimiter: str = ",") -> str:
    """A review exported as a CSV row (a film diary's "Name,Year,Rating,Review" export) in, plain
    text out: the header names the fields, read as :func:`json_to_text` reads an object's.
    ``delimiter="\\t"`` reads a TSV export.

    A table with no row of review text is read by the prose of its ``#`` comments.

    Raises
    ------
    ReviewError
        If no row has review text and no comment holds a review, if more than one row has
        review text, or if the file is not CSV.

    >>> print(csv_to_text('Date,Name,Year,Rating,Review\\n2024-03-09,Night Harbour,2019,4,"A calm drama."\\n'))
    Night Harbour (2019)
    Rating: 4
    <BLANKLINE>
    A calm drama.
    """
    try:
        rows = [{key: value for key, value in row.items() if key} for row in csv.DictReader(io.StringIO(document), delimiter=delimiter)]
    except csv.Error as error:
        raise ReviewError(source, f"not valid CSV ({error})") from error
    reviews = [row for row in rows if str(_field([_keyed(row)], _BODY_KEYS) or "").strip()]
    if not reviews:  # (a menu's or a tool's table that keeps the week's note in its header comments)
        return _commented_review(document, source=source, problem="the CSV file has no row with review text")
    if len(reviews) > 1:
        raise ReviewError(source, f"the CSV file has {len(reviews)} rows with review text; give each its own file")
    return _review_fields_to_text(reviews[0], {}, source=source, what="CSV row")


# --- RSS, Atom and other XML ------------------------------------------------------------------------

#: Elements whose children are the markup of the review (RSS description, content:encoded, Atom content).
_XML_MARKUP_FIELDS = frozenset(("description", "encoded", "content", "summary"))


def _xml_fields(element, *, attributes: bool = False) -> dict[str, Any]:
    """An element's children as fields by local name (``dc:creator`` as ``creator``): text, the
    markup of an HTML or XHTML body, or the fields of a child with children of its own; a name
    given several times holds a list. With ``attributes``, an element's attributes that hold words
    are fields of it too (a phone's message backup keeps each text in a ``body`` attribute)."""
    import lxml.etree

    fields: dict[str, Any] = {}
    for child in element:
        if not isinstance(child.tag, str):
            continue
        key = lxml.etree.QName(child).localname
        plain_key = _KEY_NOISE.sub("", key.lower())
        worded = {lxml.etree.QName(name).localname: _url_decoded(value) for name, value in child.attrib.items()
                  if attributes and value.lower() not in ("null", "none", "true", "false")
                  and (re.search(r"[^\W\d_]", value) or _KEY_NOISE.sub("", name.lower()) in _YEAR_KEYS)}
        if len(child) and (plain_key in _XML_MARKUP_FIELDS or child.get("type") in ("html", "xhtml")):
            value: Any = (child.text or "") + "".join(lxml.etree.tostring(c, encoding="unicode") for c in child)
        elif len(child) or worded:
            value = {**worded, **_xml_fields(child, attributes=attributes)}
            if worded and (child.text or "").strip():
                value["text"] = " ".join(child.text.split())
        elif plain_key in _BODY_KEYS:
            value = child.text or ""  # the body keeps its lines and paragraphs
        else:
            value = " ".join((child.text or "").split())
        if key in fields:
            fields[key] = [*(fields[key] if isinstance(fields[key], list) else [fields[key]]), value]
        else:
            fields[key] = value
    return fields


_URL_ENCODED = re.compile(r"\A[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*)+\Z")


def _url_decoded(value: str) -> str:
    """An attribute's words as written: a value kept URL-encoded ("did%20you%20see%20it", as an
    instant messenger logs its messages) decoded, any other as it stands."""
    return urllib.parse.unquote(value) if _URL_ENCODED.match(value) else value


# An HTML paragraph or heading at a line's start: markup that reads as a page
_HTML_FRAGMENT = re.compile(r"^\s*<(?:p|h[1-6])[\s>]", re.MULTILINE)


# the prefixes of element and attribute names ("<ipv4:dhcp>", ' xlink:href="'), and the first start tag's name
_NAME_PREFIX = re.compile(r"(?:</?|\s)([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*(?=[\s/>=])")
_FIRST_START_TAG = re.compile(r"<[A-Za-z_][\w.:-]*")


def _with_prefixes_declared(body: str) -> str | None:
    """``body`` with every name prefix it uses but never declares declared on its first element
    (each bound to a URN of its own name), or ``None`` when it uses none or has no element."""
    used = {prefix for prefix in _NAME_PREFIX.findall(body) if prefix.lower() not in ("xml", "xmlns")}
    missing = sorted(prefix for prefix in used if f"xmlns:{prefix}=" not in body)
    first = _FIRST_START_TAG.search(body)
    if not missing or first is None:
        return None
    declarations = "".join(f' xmlns:{prefix}="urn:undeclared:{prefix}"' for prefix in missing)
    return body[:first.end()] + declarations + body[first.end():]


def xml_to_text(document: str, *, source: str = "<xml>") -> str:
    """A review as XML in, plain text out: an RSS ``<item>`` or Atom ``<entry>``, alone or in a feed
    holding one, or any single review element whose children are named as a JSON export's fields
    (``<film>``, ``<year>``, ``<author>``, ``<body>``). Title, author (``dc:creator``, Atom's
    ``<author><name>``, a feed's author for its entry) and the body (``content:encoded``,
    ``<content>``, ``<description>``, ``<summary>``, HTML reduced to its text) are read.

    The parser expands no entities and fetches nothing: a DTD's entities (an "XML bomb", an
    external file) stay unread.

    Raises
    ------
    ReviewError
        If the file is not well-formed XML, holds no entry or several, or the entry has no text.

    >>> print(xml_to_text('<rss><channel><title>Reel Notes</title><item><title>Night Harbour (2019)</title>'
    ...                   '<author>jo@example.org (Jo Bell)</author><description>&lt;p&gt;A calm drama.&lt;/p&gt;'
    ...                   '</description></item></channel></rss>'))
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    A calm drama.
    """
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                                  remove_comments=True, remove_pis=True)
    # a text string may not carry an encoding declaration (it is already decoded)
    body = re.sub(r"\A\s*<\?xml[^>]*\?>", "", document)
    try:
        try:
            root = lxml.etree.fromstring(body, parser)
        except lxml.etree.XMLSyntaxError as error:
            if "Namespace prefix" not in str(error) or (declared := _with_prefixes_declared(body)) is None:
                raise
            # a configuration file that writes prefixed names it never declares (wicked's "<ipv4:dhcp>"):
            # well-formed XML all the same, read with the prefixes declared
            root = lxml.etree.fromstring(declared, parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        if "Extra content at the end" not in str(error):
            raise ReviewError(source, f"not valid XML ({error})") from error
        try:  # a log of elements one after another, with no root around them (a chat client's)
            root = lxml.etree.fromstring(f"<log>{body}</log>", parser)
        except (lxml.etree.XMLSyntaxError, ValueError):
            if _HTML_FRAGMENT.search(body):
                # a wiki's storage format: HTML paragraphs among the wiki's own tags, whose prefixes
                # ("ac:", "ri:") no document declares
                return html_to_text(body, source=source)
            raise ReviewError(source, f"not valid XML ({error})") from error
    for entity in list(root.iter(lxml.etree.Entity)):
        _drop(entity)  # an entity left unexpanded is not text
    if lxml.etree.QName(root).localname.lower() == "html":
        return html_to_text(lxml.etree.tostring(root, encoding="unicode"), source=source)
    if lxml_name(root) in ("opml", "en-export"):
        return (opml_to_text if lxml_name(root) == "opml" else evernote_to_text)(document, source=source)
    if lxml_name(root) == "plist":
        return plist_to_text(document, source=source)
    if lxml_name(root) == "tei" and root.xpath(_TEI_ARTICLE):
        return tei_to_text(root, source=source)
    entries = _review_entries(root.xpath("//*[local-name()='item' or local-name()='entry']"))
    entries = _the_one_long(entries, [_body_length(_xml_fields(entry)) for entry in entries])
    if len(entries) > 1 and lxml_name(root) not in _FEED_ROOTS:
        entries = []  # a playlist's or a document's parts (an ASX playlist's "<entry>" clips): one review in all
    if len(entries) > 1:
        raise ReviewError(source, f"the feed holds {len(entries)} entries; give each review its own file")
    if entries and lxml_name(root) not in _FEED_ROOTS and entries[0] is not root \
            and not _holds_prose(_all_text(_xml_fields(entries[0], attributes=True))):
        entries = []  # an element outside a feed that only shares an entry's name (an editor preset's "<item name=...>")
    if not entries and (commented := _prose_of_comments(body, root)) is not None:
        if _holds_credits(root):
            # a film record that keeps its review in a comment (a media library's .nfo): the
            # record's title, year and credits head the comment's prose
            with contextlib.suppress(ReviewError):
                return _review_fields_to_text({**_xml_fields(root), "review": commented}, {}, source=source, what="XML review")
        return commented
    entry = entries[0] if entries else root
    parent = entry.getparent()
    feed = _keyed(_xml_fields(parent)) if parent is not None else {}
    feed_author = _field([feed], (*_AUTHOR_KEYS, "managingeditor"))  # an Atom feed's author writes its entries
    fields = _xml_fields(entry)
    accounts = feed_author if isinstance(feed_author, list) else [feed_author]
    # a WordPress export's entry names its author by login; the export's author list has the name
    names = {account.get("author_login"): account.get("author_display_name")
             for account in accounts if isinstance(account, dict) and account.get("author_display_name")}
    if fields.get("creator") in names:
        fields["creator"], feed_author = names[fields["creator"]], None
    around = {"author": feed_author} if feed_author else {}
    what = "feed entry" if entries else "XML review"
    body_field = _field([_keyed(fields)], _BODY_KEYS)
    # (an office file's <body> holds elements, not text; an OCR layout's <Description> holds its scan's facts)
    if not isinstance(body_field, str) or (entry is root and not _holds_prose(_markup_reduced(body_field))):
        if entry is root and not _holds_credits(root) and _holds_prose(text := _document_text(root)):
            # a document of its own schema (a flat office file, a vector flyer, a layout story, a
            # mind map, a scan's text layer): its text in reading order, one line per element
            # that holds text; a record with credit fields (<director>, <cast>) is read field by
            # field instead
            return compose_review("", None, "", [], text)
        if not _holds_prose(_all_text(fields)):
            fields = _xml_fields(entry, attributes=True)  # all its text is in attributes
            if _nested_review(fields):
                # records, one holding a review's body (a Q&A site's data dump, a phone's message
                # backup): read as parsed data, the record with the review's body
                return _data_to_text(fields, source=source, what="XML")
    try:
        return _review_fields_to_text(fields, around, source=source, what=what)
    except ReviewError as unread:
        if entries:
            raise
        # a configuration file (a code checker's rules) with the review kept in its comments
        return _comment_prose(_xml_comments(body), source=source, problem=unread.problem)


def tei_to_text(root, *, source: str = "<tei>") -> str:
    """A scholarly article in TEI (as GROBID reads one back from a PDF: its header describes the
    article, its body holds the text) in, plain text out: the article's title, a ``By`` line with
    its authors' names (forenames and surnames, not their e-mail addresses or affiliations), then
    the abstract's and the body's headings and paragraphs. The header's other facts (the journal,
    its editor, the software), figures and their captions, notes, tables, footnote marks and the
    back matter (the references) are no part of the review. (Other TEI, a transcription in a
    digital edition, is read as any document: its text in reading order.)

    Raises
    ------
    ReviewError
        If the article's abstract and body hold no text.
    """
    def words(element) -> str:
        return " ".join("".join(element.itertext()).split()) if element is not None else ""

    def person(author) -> str:
        named = author.find(".//{*}persName")
        parts = [words(part) for part in (named if named is not None else author).iter("{*}forename", "{*}surname")]
        return " ".join(filter(None, parts)) or words(named)

    furniture = " | ".join(f"//*[local-name()='{name}']" for name in _TEI_FURNITURE)
    for element in root.xpath(f"{furniture} | //*[local-name()='ref'][@type='foot']"):
        _drop(element)  # (a footnote's number glued to the word before it: "Mexico City1")
    title = words(next(iter(root.xpath(f"{_TEI_ARTICLE}/*[local-name()='title']")), None)) \
        or words(next(iter(root.xpath("//*[local-name()='titleStmt']/*[local-name()='title']")), None))
    authors = [person(author) for author in root.xpath(f"{_TEI_ARTICLE}/*[local-name()='author']")]
    blocks = [words(block) for block in root.xpath("//*[local-name()='abstract' or local-name()='body']//*"
                                                    "[local-name()='p' or local-name()='head']")]
    body = "\n\n".join(block for block in blocks if block)
    if not body:
        raise ReviewError(source, "the TEI article's abstract and body hold no text")
    return compose_review(title, None, " and ".join(filter(None, authors)), [], body)


#: What makes a TEI document a scholarly article's: its header's description of the article
_TEI_ARTICLE = "//*[local-name()='sourceDesc']//*[local-name()='biblStruct']/*[local-name()='analytic']"
#: The parts of a TEI text that hold no review prose: figures and their captions, notes, tables, a
#: page's running head ("forme work")
_TEI_FURNITURE = frozenset(("figure", "note", "table", "fw"))


def _xml_comments(body: str) -> str:
    return "\n\n".join(textwrap.dedent(comment).strip("\n") for comment in _XML_COMMENT.findall(body))


def _prose_of_comments(body: str, root: Any) -> str | None:
    """The prose of an XML document's comments when they hold more of it than its elements do: a
    bank statement, a timetable or an installer's answer file that keeps a review in its opening
    comment, its elements holding the format's own values; an element that names the author signs it
    (an MSBuild file's ``<Authors>``, a PDS4 label's ``<author_list>``), as a settings file's field does."""
    comments = _xml_comments(body)
    return _signed(_paragraphed(comments), _xml_fields(root)) if _outweighs(comments, " ".join(root.itertext())) else None


_XML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)

#: The fields an XML document's elements may hold that the credit and byline readers read by their
#: label (an element named ``<creator>`` or ``<cast>``); other elements' text stands unlabelled.
_DOCUMENT_LABELS = {**dict.fromkeys(_AUTHOR_KEYS, "Author"), **dict.fromkeys(_DIRECTOR_KEYS, "Director"),
                    **dict.fromkeys(_WRITER_KEYS, "Screenplay"), **dict.fromkeys(_CAST_KEYS, "Cast")}
_LABELLED_LINE_CHARS = 400


def _holds_credits(root) -> bool:
    """Whether an XML document has elements named as a film's credits (a film record)."""
    import lxml.etree

    credits = {*_DIRECTOR_KEYS, *_WRITER_KEYS, *_CAST_KEYS}
    return any(isinstance(element.tag, str) and _KEY_NOISE.sub("", lxml.etree.QName(element).localname.lower()) in credits
               for element in root.iter())


def _document_text(root) -> str:
    """An XML document's text in reading order: each element that holds text of its own (not only
    in its children) gives one line of all its text, inline markup joined in
    (``<p>Directed by <span>X</span>.</p>``) and HTML held as text read as a page; an author's or a credit's field (``<dc:creator>``,
    ``<director>``, ``<cast>``) keeps a label for their readers."""
    import lxml.etree

    lines: list[str] = []

    def walk(element) -> None:
        if not isinstance(element.tag, str):
            return
        if words := _scanned_paragraph(element):
            lines.append(words)
            return
        if said := _text_attribute(element):
            lines.append(" ".join(_markup_reduced(said).split()))
        if (element.text or "").strip() or any((child.tail or "").strip() for child in element):
            text = _text_with_breaks(element)
            # a note kept as written (Tomboy's ``<text xml:space="preserve">``): its line breaks part its
            # title line, byline and paragraphs; a text of paragraphs (a map style's abstract, a record's
            # description): a line to each, so that a title line or a signature stands on its own
            kept = "\n" in text.strip() and _keeps_line_breaks(element)
            if kept or _PARAGRAPH_BREAK.search(text.strip()):
                pieces = text.splitlines() if kept else _PARAGRAPH_BREAK.split(text)
                lines.extend(line for piece in pieces if (line := _markup_reduced(" ".join(piece.split())).strip()))
                return
            line = " ".join(text.split())
            line = _markup_reduced(line).strip()  # (an export's field holding a post's HTML, escaped: "&lt;p&gt;")
            label = _DOCUMENT_LABELS.get(_KEY_NOISE.sub("", lxml.etree.QName(element).localname.lower()))
            # (a byline element that says "By Ann Lee" already reads as one)
            labelled = label and len(line) < _LABELLED_LINE_CHARS and not line.lower().startswith("by ")
            lines.append(f"{label}: {line}" if labelled else line)
            return
        for child in element:
            walk(child)

    walk(root)
    return "\n".join(lines)


def _text_with_breaks(element) -> str:
    """An element's text, a paragraph break at each ``<br/>`` inside it (a WML card's or an XHTML
    field's title, credits and byline are lines apart only by them)."""
    if not any(lxml_name(inner) == "br" for inner in element.iterdescendants()):
        return "".join(element.itertext())
    parts: list[str] = []

    def collect(inner) -> None:
        if isinstance(inner.tag, str):
            parts.append("\n\n" if lxml_name(inner) == "br" else inner.text or "")
        for child in inner:
            collect(child)
            parts.append(child.tail or "")

    collect(element)
    return "".join(parts)


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _keeps_line_breaks(element) -> bool:
    """Whether an element's whitespace is its text's own (``xml:space="preserve"`` on it or the
    nearest ancestor that says)."""
    while element is not None:
        if (space := element.get(_XML_SPACE)) is not None:
            return space == "preserve"
        element = element.getparent()
    return False


def _scanned_paragraph(element) -> str:
    """A paragraph of a scan's text layer that keeps each word in an element of its own (DjVu's
    ``<PARAGRAPH><LINE><WORD>The</WORD><WORD>film</WORD></LINE>...``, ALTO's ``<TextBlock><TextLine>
    <String CONTENT="The"/><SP/>...``) as one line, a word broken over two lines ("Screen-" "play")
    joined; else ""."""
    lines = [child for child in element if isinstance(child.tag, str)]
    words = [_word_line(line) for line in lines] if lines and not (element.text or "").strip() else [""]
    return re.sub(r"(?<=\w-) (?=\w)|\u00ad ", "", " ".join(words)) if all(words) else ""


def _word_line(element) -> str:
    """A line whose every word is an element of its own, its words joined; else "". A word may be
    kept in a ``CONTENT`` attribute (ALTO's ``<String>``), between which empty elements mark the
    spaces (``<SP/>``) and a hyphen that breaks a word at the line's end (``<HYP CONTENT="-"/>``,
    written as a soft hyphen)."""
    children = [child for child in element if isinstance(child.tag, str)]
    if (not children or (element.text or "").strip()
            or any(len(child) or (child.tail or "").strip() for child in children)):
        return ""
    words = ["\u00ad" if lxml_name(child) == "hyp" else (child.text or "").strip() or _content_attribute(child)
             for child in children]
    if any(len(word.split()) > 1 for word in words) or not any(words):
        return ""
    # (a soft hyphen: the word goes on at the next line's start, where the paragraph joins it)
    return " ".join(word for word in words if word).replace(" \u00ad", "\u00ad")


def _content_attribute(element) -> str:
    """The word an empty element keeps in its ``CONTENT`` attribute (either case), or ""."""
    return (element.get("CONTENT") or element.get("content") or "").strip()


#: Attributes that hold an element's text in formats that keep it there (a mind map's node's ``TEXT``).
_TEXT_ATTRIBUTES = frozenset({"text"})


def _text_attribute(element) -> str:
    """The words an element holds in a text attribute, when it holds none as its text; else ""."""
    import lxml.etree

    if (element.text or "").strip():
        return ""
    for name, value in element.attrib.items():
        if _KEY_NOISE.sub("", lxml.etree.QName(name).localname.lower()) in _TEXT_ATTRIBUTES and re.search(r"[^\W\d_]", value):
            return value
    return ""


def _review_entries(entries: list) -> list:
    """The feed entries that can be reviews: not a WordPress export's attachments, pages or menu
    items, and, when some entries carry a full body, not those with only a summary (a teaser for
    an earlier post)."""
    fields = [_keyed(_xml_fields(entry)) for entry in entries]
    posts = [(entry, f) for entry, f in zip(entries, fields) if _plain(f.get("posttype") or "post").strip() == "post"]
    with_body = [entry for entry, f in posts if _field([f], ("content", "encoded"))]
    return with_body or [entry for entry, _ in posts]


def _body_text(fields: dict[str, Any]) -> str:
    """The text of an object's first body field, or of a later one far longer (a feed item's
    ``summary`` beside its ``content_html``: the first is a teaser of the second)."""
    bodies = [value if isinstance(value, str) else _listed_text(value) if _is_string_list(value) else _plain(value)
              for key in _BODY_KEYS if (value := fields.get(key)) not in (None, "", [], {})]
    if not bodies:
        return ""
    longest = max(bodies, key=len)
    return longest if len(longest) >= _DOMINANT_BODY * len(bodies[0]) else bodies[0]


def _is_string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


_PARAGRAPH_END = re.compile(r"[.!?:;>\"”’)]\s*$")


def _listed_text(items: list[str]) -> str:
    """A body kept as a list of strings: its paragraphs a blank line apart when each ends a
    sentence (an export's ``"body": ["First paragraph.", "Second."]``), else the lines of a text
    hard-wrapped where a source file's array broke them (an empty string a paragraph's end), one
    under another, so that the wrapped lines read as the paragraphs they are."""
    ended = sum(1 for item in items if _PARAGRAPH_END.search(item))
    return "\n\n".join(items) if all(item.strip() for item in items) and 2 * ended > len(items) else "\n".join(items)


def _body_length(fields: dict[str, Any]) -> int:
    """How long an entry's review would be: its body field's text, else the longest text it holds
    anywhere (an export's post under a key of its own, as a Facebook ``post`` or a Trakt ``comment``)."""
    return len(_body_text(_keyed(fields))) or _longest_string(fields)


def _longest_string(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return max(map(_longest_string, values), default=0)


def _the_one_long(entries: list, body_lengths: list[int]) -> list:
    """``entries``, or only the one whose body is long when the others' are all far shorter
    (a feed's or an export's other entries: notices, comments, one-line notes)."""
    if len(entries) < 2:
        return entries
    longest, second = sorted(body_lengths, reverse=True)[:2]
    if longest >= _NESTED_BODY_CHARS and longest >= _DOMINANT_BODY * second:
        return [entries[body_lengths.index(longest)]]
    return entries


#: The roots of the documents whose items or entries are posts of their own: RSS (and RDF) and
#: Atom feeds, a blog's export (WordPress's is RSS).
_FEED_ROOTS = frozenset({"rss", "rdf", "feed", "channel"})

#: How many times longer than any other entry's the review's body is, in a file of several entries.
_DOMINANT_BODY = 3


# --- reStructuredText and Org mode ------------------------------------------------------------------

_RST_ADORNMENT = re.compile(r"""^([=\-`:'"~^_*+#<>.])\1{2,}[ \t]*$""")
_RST_FIELD = re.compile(r"^:([A-Za-z][\w .-]{0,30}):[ \t]+(\S.*)$")
_RST_EXPLICIT = re.compile(r"^\.\.(?:[ \t]|$)")  # directives, comments, link targets, footnotes
_RST_INLINE = (
    (re.compile(r"``(.{1,300}?)``"), r"\1"),                                        # ``literal``
    (re.compile(r"`([^`<\n]{1,300}?)\s*<[^<>\n]{0,1000}>`__?"), r"\1"),              # `text <url>`_
    (re.compile(r":[\w-]+:`([^`\n]{1,300}?)`"), r"\1"),                              # :role:`text`
    (re.compile(r"[ \t]?\[(?:\d+|#[\w-]*|\*|[A-Za-z][\w.-]*)\]_"), ""),             # footnote, citation references
    (re.compile(r"`([^`\n]{1,300}?)`__?"), r"\1"),                                   # `phrase`_ reference
    (re.compile(r"(?<![\w`])`([^`\n]{1,300}?)`(?![\w`])"), lambda m: title_hint(m.group(1))),  # `Title`: a title reference
    (re.compile(r"\*\*(?=\S)(.{1,300}?)(?<=\S)\*\*"), r"\1"),                        # **strong**
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])"), lambda m: title_hint(m.group(1))),  # *emphasis*
    (re.compile(r"\|([\w -]{1,60})\|_{0,2}"), r"\1"),                                # |substitution|
    (re.compile(r"\b(\w[\w-]*)__?(?!\w)"), r"\1"),                                    # word_ reference
    (re.compile(r"\\(.)"), r"\1"),                                                    # backslash escapes
)
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)]|#\.|[a-z][.)])[ \t]+")


def rst_to_text(rst: str) -> str:
    """reStructuredText as the plain text a reader sees: section over- and underlines, directives,
    comments and link targets (with their indented blocks) taken out; ``:Author:`` fields as a "By"
    line and other fields as "Name: value"; inline markup unwrapped, an emphasised or `` `quoted` ``
    title-like run kept as a title hint; list marks and indentation dropped.

    >>> print(rst_to_text("=============\\nNight Harbour\\n=============\\n\\n:Author: Jo Bell\\n\\n"
    ...                   ".. image:: still.jpg\\n   :alt: a ferry\\n\\n*Night Harbour* is `calm <http://x>`_."))
    Night Harbour
    By Jo Bell
    <BLANKLINE>
    “Night Harbour” is calm.
    """
    lines = rst.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    skipping = defined = False
    heading_only = True  # nothing but section titles read so far
    for i, line in enumerate(lines):
        if defined:  # the definition already joined to its term
            defined = False
            continue
        if skipping:
            if not line.strip() or line[:1] in " \t":
                continue  # the indented block of a directive or comment
            skipping = False
        if _RST_EXPLICIT.match(line):
            skipping = True
            continue
        if _RST_ADORNMENT.match(line):
            before = lines[i - 1].strip() if i else ""
            after = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if not before and not after:
                out.append("")  # a transition between paragraphs
            continue
        field = _RST_FIELD.match(line)
        if field:
            if heading_only:
                while out and not out[-1]:
                    out.pop()  # the document's fields (docinfo) go right under its title
            out.append(field_line(field.group(1), field.group(2)))
            continue
        if line.strip() and not (i + 1 < len(lines) and _RST_ADORNMENT.match(lines[i + 1])):
            heading_only = False  # a paragraph: fields from here on are the body's
        stripped = line.strip()
        if stripped == "::":
            continue
        if _rst_term_of_one_line(lines, i):  # a definition list's "Director\n    Ann Lee" as "Director: Ann Lee"
            out.append(f"{stripped}: {lines[i + 1].strip()}")
            defined = True
            continue
        line = _LIST_MARK.sub("", re.sub(r"^\|[ \t]", "", stripped), count=1)  # list marks, line blocks
        line = re.sub(r"(?<=\S)::$", ":", line).replace(" ::", "")               # "as follows::"
        for pattern, replacement in _RST_INLINE:
            line = pattern.sub(replacement, line)
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")


def _rst_term_of_one_line(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a short definition-list term whose definition is one indented line."""
    term = lines[i]
    return (0 < len(term.strip()) <= 30 and term[:1] not in " \t" and not term.rstrip().endswith((".", ",", ":", ";"))
            and i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t") and bool(lines[i + 1].strip())
            and (i + 2 == len(lines) or not lines[i + 2].strip()))


_ORG_KEYWORD = re.compile(r"^[ \t]*#\+([A-Za-z_]+):[ \t]*(.*?)[ \t]*$")
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(BEGIN|END)_(\w+)", re.IGNORECASE)
_ORG_HEADING = re.compile(r"^\*+[ \t]+(?:(?:TODO|DONE|NEXT|WAITING)[ \t]+)?(?:\[#[A-C]\][ \t]+)?(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")
_ORG_DRAWER = re.compile(r"^[ \t]*:([A-Za-z_-]+):[ \t]*$")
_ORG_DESCRIPTION = re.compile(r"^[ \t]*[-+][ \t]+(.+?)[ \t]+::[ \t]+(.*)$")
_ORG_INLINE = (
    # link parts are bounded and stop at a bracket, so that a line of stray "[[" stays linear
    (re.compile(r"\[\[[^\[\]\n]{0,1000}\]\[([^\[\]\n]{0,1000})\]\]"), r"\1"),          # [[target][text]]
    (re.compile(r"\[\[(?:https?|mailto|file|id):[^\[\]\n]{0,1000}\]\]"), ""),          # [[https://...]]
    (re.compile(r"\[\[([^\[\]\n]{0,1000})\]\]"), r"\1"),                               # [[Internal target]]
    (re.compile(r"\[fn:[\w-]*\]"), ""),                                             # footnote references
    (re.compile(r"^[ \t]*\[[ X-]\][ \t]+"), ""),                                   # checkboxes
    (re.compile(r"(?<![\w=])=(?=\S)(.{1,300}?)(?<=\S)=(?![\w=])"), r"\1"),         # =verbatim=
    (re.compile(r"(?<![\w~])~(?=\S)(.{1,300}?)(?<=\S)~(?![\w~])"), r"\1"),         # ~code~
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),       # *bold*
    (re.compile(r"(?<![\w/:<])/(?=\S)([^/\n]{1,300}?)(?<=\S)/(?![\w/])"), lambda m: title_hint(m.group(1))),  # /italic/
    (re.compile(r"(?<![\w+])\+(?=\S)(.{1,300}?)(?<=\S)\+(?![\w+])"), r"\1"),       # +strike-through+
    (re.compile(r"(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),         # _underline_
)


def org_to_text(org: str) -> str:
    """An Org mode document as the plain text a reader sees: ``#+TITLE:`` as the first line and
    ``#+AUTHOR:`` as a "By" line, other ``#+`` keywords, comments, comment blocks and property
    drawers dropped; heading stars, TODO words and tags, list marks and links taken out; a
    ``- Director :: Ann Lee`` item read as "Director: Ann Lee"; an /italic/ title-like run kept
    as a title hint.

    >>> print(org_to_text("#+TITLE: Night Harbour (2019)\\n#+AUTHOR: Jo Bell\\n* Verdict :film:\\n:PROPERTIES:\\n"
    ...                   ":ID: 42\\n:END:\\n- Director :: Ana Pires\\n/Night Harbour/ is [[https://x][calm]]."))
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    Verdict
    Director: Ana Pires
    “Night Harbour” is calm.
    """
    lead: list[str] = []
    out: list[str] = []
    hidden: str | None = None  # the comment block or drawer being skipped
    for line in org.replace("\r\n", "\n").split("\n"):
        if hidden is not None:
            if (hidden == ":END:" and line.strip().upper() == ":END:") or (
                    hidden != ":END:" and re.match(rf"[ \t]*#\+END_{hidden}\b", line, re.IGNORECASE)):
                hidden = None
            continue
        block = _ORG_BLOCK.match(line)
        if block:
            if block.group(1).upper() == "BEGIN" and block.group(2).upper() in ("COMMENT", "EXPORT"):
                hidden = block.group(2)
            continue  # the other blocks' contents (quotes, examples, verse) are read
        keyword = _ORG_KEYWORD.match(line)
        if keyword:
            if keyword.group(2) and keyword.group(1).upper() in ("TITLE", "AUTHOR"):
                lead.append(field_line("author", keyword.group(2)) if keyword.group(1).upper() == "AUTHOR"
                            else keyword.group(2))
            continue
        if _ORG_DRAWER.match(line) and line.strip().upper() != ":END:":
            hidden = ":END:"
            continue
        if re.match(r"[ \t]*#(?:[ \t]|$)", line):
            continue  # a comment line
        heading = _ORG_HEADING.match(line)
        described = _ORG_DESCRIPTION.match(line)
        if heading:
            line = heading.group(1)
        elif described:
            line = f"{described.group(1)}: {described.group(2)}"
        elif re.fullmatch(r"[ \t]*\|[-+|]*\|?[ \t]*", line) and "-" in line:
            continue  # a table's rule
        elif line.strip().startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            line = cells_line(cells)
        else:
            line = _LIST_MARK.sub("", line.strip(), count=1)
        for pattern, replacement in _ORG_INLINE:
            line = pattern.sub(replacement, line.strip())
        out.append(line)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return "\n".join(lead) + ("\n\n" + body if body else "") if lead else body


# --- MediaWiki markup -----------------------------------------------------------------------------

#: Signs that a text is wiki markup: a film infobox, a ``[[link]]`` or ``'''bold'''``.
WIKI_SIGNS = re.compile(r"\{\{\s*Infobox film|\[\[[^\[\]\n]+\]\]|'''[^'\n]+'''", re.IGNORECASE)
_INFOBOX = re.compile(r"\{\{\s*Infobox film\b", re.IGNORECASE)
_WIKI_LIST_TEMPLATES = frozenset(("plainlist", "plain list", "ubl", "unbulleted list", "flatlist", "hlist", "bulleted list", "ublist"))
_WIKI_WRAPPERS = frozenset(("nowrap", "nobr", "lang", "small", "big", "em", "i", "nowiki", "film date", "start date",
                            "release date", "date", "sortname"))
_INFOBOX_CREDITS = (("director", "Director"), ("writer", "Writer"), ("screenplay", "Screenplay"), ("story", "Story"),
                    ("starring", "Starring"), ("country", "Country"))
_WIKI_INNER_TEMPLATE = re.compile(r"\{\{([^{}]*)\}\}")
_WIKI_LINK = re.compile(r"\[\[(?!\s*(?:File|Image|Category|Media):)([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]", re.IGNORECASE)


def _wiki_template(match: re.Match[str]) -> str:
    """One innermost template's text: a list template's items one a line, a wrapper's words
    (``{{nowrap|Ann Lee}}``, ``{{Film date|2019|5|1}}`` as "2019"), anything else (citations,
    notes, maintenance tags) nothing."""
    name, *args = [part.strip() for part in match.group(1).split("|")]
    name = name.lower().replace("_", " ")
    args = [arg for arg in args if "=" not in arg.split("[[")[0]]  # named parameters (df=y, ref=...) are not text
    if name in _WIKI_LIST_TEMPLATES:
        items = [item.strip() for arg in args for item in re.split(r"\n|^\s*\*|\s\*\s", arg) if item.strip()]
        return "\n".join(items)
    if name in _WIKI_WRAPPERS and args:
        return args[0] if name.endswith("date") else args[-1]
    return ""


def _wiki_inline(text: str) -> str:
    """Wiki markup inside a text taken out: references, comments, templates, links, bold and
    italics (an italic title-like run kept as a title hint), HTML tags and entities."""
    # a comment or reference ends before the next one opens, so that many unclosed ones stay linear
    text = re.sub(r"<!--(?:(?!<!--).){0,10000}?-->", "", text, flags=re.DOTALL)
    text = re.sub(r"<ref\b[^<>/]{0,300}/>|<ref\b[^<>]{0,300}>(?:(?!<ref\b).){0,10000}?</ref\s*>", "", text,
                  flags=re.DOTALL | re.IGNORECASE)
    for _ in range(5):  # links first: the "|" of [[Target|text]] does not split a template's arguments
        text, found = _WIKI_LINK.subn(lambda m: m.group(2) if m.group(2) is not None else m.group(1), text)
        if not found:
            break
    for _ in range(20):  # innermost templates first, then the ones that held them
        text, found = _WIKI_INNER_TEMPLATE.subn(_wiki_template, text)
        if not found:
            break
    text = re.sub(r"\[\[[^\[\]]*\]\]", "", text)                                         # files, categories
    text = re.sub(r"\[(?:https?:)?//[^\s\]]+(?:\s+([^\]\n]*))?\]", lambda m: m.group(1) or "", text)  # [url text]
    text = re.sub(r"'''''(.{1,300}?)'''''", lambda m: title_hint(m.group(1)), text)
    text = re.sub(r"'''(.{1,300}?)'''", r"\1", text)
    text = re.sub(r"''(.{1,300}?)''", lambda m: title_hint(m.group(1)), text)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", "", text)
    return html_unescape(re.sub(r"__[A-Z]+__", "", text))


def _infobox(text: str) -> tuple[int, int, list[str]] | None:
    """Where the film infobox starts and ends (its closing braces matched past any template or
    link inside) and its parameters, split at the ``|`` of the infobox itself."""
    start = _INFOBOX.search(text)
    if start is None:
        return None
    depth, at, cut = 0, start.start(), start.start()
    parameters: list[str] = []
    while at < len(text):
        pair = text[at:at + 2]
        if pair in ("{{", "[["):
            depth, at = depth + 1, at + 2
        elif pair in ("}}", "]]"):
            depth, at = depth - 1, at + 2
            if depth == 0:
                parameters.append(text[cut:at - 2])
                return start.start(), at, parameters[1:]
        else:
            if text[at] == "|" and depth == 1:
                parameters.append(text[cut:at])
                cut = at + 1
            at += 1
    return None


def wiki_to_text(wikitext: str) -> str:
    """MediaWiki markup (a film article or a review pasted from a wiki) as plain text: a film
    infobox becomes the headline ``Name (Year)`` and credit lines (Director, Writer, Screenplay,
    Starring, Country), and in the rest references, citations, templates, links, headings, bold and
    italics are taken out, an italic title-like run kept as a title hint.

    >>> print(wiki_to_text("{{Infobox film\\n| name = Night Harbour\\n| director = [[Ana Pires]]\\n"
    ...                    "| starring = {{plainlist|\\n* [[Lena Dahl]]\\n* [[Tor Berg (actor)|Tor Berg]]\\n}}\\n"
    ...                    "| released = {{Film date|2019|5|1}}\\n}}\\n'''''Night Harbour''''' is a "
    ...                    "[[drama film|drama]].<ref>{{cite web|title=x}}</ref>"))
    Night Harbour (2019)
    Director: Ana Pires
    Starring: Lena Dahl, Tor Berg
    <BLANKLINE>
    “Night Harbour” is a drama.
    """
    lead = ""
    infobox = _infobox(wikitext)
    if infobox is not None:
        start, end, parameters = infobox
        named = (parameter.partition("=") for parameter in parameters)
        fields = {name.strip().lower().replace("_", " "): _wiki_inline(value).strip() for name, equals, value in named if equals}
        listed = {name: ", ".join(part.strip(" *•,") for part in value.split("\n") if part.strip(" *•,"))
                  for name, value in fields.items()}
        credits = [(label, listed[name]) for name, label in _INFOBOX_CREDITS if listed.get(name)]
        lead = compose_review(listed.get("name", ""), _year(fields.get("released")), "", credits)
        wikitext = wikitext[:start] + wikitext[end:]
    lines = []
    for line in _wiki_inline(wikitext).split("\n"):
        heading = re.fullmatch(r"\s*(=+)\s*(.*?)\s*\1\s*", line)
        line = heading.group(2) if heading else re.sub(r"^[*#:;]+\s*", "", line)
        lines.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return lead + ("\n\n" + body if body else "") if lead else body


# --- Documents and containers ---------------------------------------------------------------------

def notebook_to_text(document: str, *, source: str = "<ipynb>") -> str:
    """A Jupyter notebook in, plain text out: its Markdown cells read as Markdown, one after the
    other (code and its output are analysis, not the review); the notebook's ``title`` and
    ``authors`` metadata, when set, lead.

    Raises
    ------
    ReviewError
        If the file is not JSON or holds no cells.

    >>> print(notebook_to_text('{"metadata": {"authors": [{"name": "Jo Bell"}]}, "cells": ['
    ...                        '{"cell_type": "markdown", "source": ["# Night Harbour (2019)\\\\n"]},'
    ...                        '{"cell_type": "code", "source": "df.head()", "outputs": []},'
    ...                        '{"cell_type": "markdown", "source": "*Night Harbour* is calm."}]}'))
    By Jo Bell
    <BLANKLINE>
    Night Harbour (2019)
    <BLANKLINE>
    “Night Harbour” is calm.
    """
    try:
        data = json.loads(document)
    except ValueError as error:
        raise ReviewError(source, f"not valid JSON ({error})") from error
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        raise ReviewError(source, "the notebook holds no cells")
    texts = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            lines = cell.get("source", "")
            texts.append(markdown_to_text("".join(lines) if isinstance(lines, list) else str(lines)))
    metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    author = ", ".join(_people(metadata.get("authors") or metadata.get("author")))
    return compose_review(_plain(metadata.get("title")), None, author, (), "\n\n".join(texts))


# Pandoc's block elements: each ends a line of the text (a paragraph, a heading, a list item's line)
_PANDOC_BLOCKS = frozenset(("Para", "Plain", "Header", "CodeBlock", "LineBlock", "Div", "Figure"))
# Pandoc's emphasis and quotes, read as quotes as Markdown's emphasis is (a film's title, as a rule)
_PANDOC_QUOTED = frozenset(("Emph", "Underline", "SmallCaps", "Quoted"))


def _pandoc_inlines(node: Any, parts: list[str]) -> None:
    """Append the words of a Pandoc JSON AST node to ``parts``: text comes from ``Str`` alone, so
    that an element's attributes, a link's address and a code span's class stay out."""
    if isinstance(node, list):
        for child in node:
            _pandoc_inlines(child, parts)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("t")
    if kind == "Str":
        parts.append(str(node.get("c", "")))
    elif kind in ("Space", "SoftBreak"):
        parts.append(" ")
    elif kind == "LineBreak":
        parts.append("\n")
    elif kind != "Note":  # (a footnote is an aside, not the sentence it hangs on)
        quoted = kind in _PANDOC_QUOTED
        parts.append("“" if quoted else "")
        _pandoc_inlines(node.get("c"), parts)
        parts.append("”" if quoted else "\n\n" if kind in _PANDOC_BLOCKS else "")


def _pandoc_to_text(data: dict) -> str:
    """A Pandoc JSON AST (``pandoc -t json``) as plain text: its blocks one per paragraph, after a
    headline of the document's ``title`` and ``author`` metadata."""
    meta = data.get("meta")
    if not isinstance(meta, dict):
        meta = {}

    def words(node: Any) -> str:
        parts: list[str] = []
        _pandoc_inlines(node, parts)
        return re.sub(r"[ \t]+", " ", "".join(parts)).strip()

    authors = meta.get("author", {})
    names = authors.get("c") if isinstance(authors, dict) and authors.get("t") == "MetaList" else [authors]
    body = re.sub(r"\n{3,}", "\n\n", words(data["blocks"]))
    return compose_review(words(meta.get("title")), None, ", ".join(filter(None, map(words, names or []))), (), body)


def _unfolded_calendar(document: str) -> list[tuple[str, str]]:
    """An iCalendar file's content lines as (name, value): folded lines joined, parameters
    dropped, ``\\n`` ``\\,`` ``\\;`` escapes read."""
    lines = re.sub(r"\r?\n[ \t]", "", document).split("\n")
    fields = []
    for line in lines:
        name, colon, value = line.partition(":")
        if colon:
            value = re.sub(r"\\([nN,;\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
            fields.append((name.split(";")[0].upper(), value.strip()))
    return fields


def calendar_to_text(document: str) -> str:
    """An iCalendar file (a screening's ``.ics``) in, plain text out: each event's ``SUMMARY`` as
    a headline over its ``DESCRIPTION``, folded lines joined and escapes read.

    >>> print(calendar_to_text("BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nSUMMARY:Night Harbour (2019)\\n"
    ...                        "DESCRIPTION:Notes by Jo Bell\\\\n\\\\nA calm\\n  drama\\\\, slow.\\nEND:VEVENT\\nEND:VCALENDAR"))
    Night Harbour (2019)
    <BLANKLINE>
    Notes by Jo Bell
    <BLANKLINE>
    A calm drama, slow.
    """
    events: list[str] = []
    summary = description = ""
    components: list[str] = []  # an event's alarm has a description of its own ("Reminder: ...")
    for name, value in _unfolded_calendar(document):
        if name == "BEGIN":
            components.append(value.upper())
        elif components[-1:] != ["VEVENT"]:
            if name == "END" and components:
                components.pop()
        elif name == "SUMMARY":
            summary = value
        elif name == "DESCRIPTION":
            description = value
        elif name == "END":
            components.pop()
            events.append("\n\n".join(part for part in (summary, description.strip()) if part))
            summary = description = ""
    return "\n\n".join(events) if events else document


def opml_to_text(document: str, *, source: str = "<opml>") -> str:
    """An OPML outline in, plain text out: the head's title and owner lead, then each outline's
    text (and its ``_note``) one a line, in document order.

    Raises
    ------
    ReviewError
        If the file is not well-formed XML.

    >>> print(opml_to_text('<opml><head><title>Night Harbour (2019)</title><ownerName>Jo Bell</ownerName></head><body>'
    ...                    '<outline text="Verdict"><outline text="A calm drama." _note="Seen twice."/></outline></body></opml>'))
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    Verdict
    A calm drama.
    Seen twice.
    """
    root = _parsed_xml(document, source)
    head = {lxml_name(child): (child.text or "").strip() for child in root.iterfind("head/*")}
    lines: list[str] = []
    for outline in root.iter("outline"):
        lines.extend(html_unescape(value).strip() for value in (outline.get("text"), outline.get("_note")) if value)
    return compose_review(head.get("title", ""), None, head.get("ownername", ""), (), "\n".join(lines))


def evernote_to_text(document: str, *, source: str = "<enex>") -> str:
    """An Evernote export (``.enex``) in, plain text out: the note's title and author lead its
    content, which is HTML reduced to its text. An export of several notes is read by its
    longest.

    Raises
    ------
    ReviewError
        If the file is not well-formed XML or holds no note.

    >>> print(evernote_to_text('<en-export><note><title>Night Harbour</title><content><![CDATA[<en-note><div>A '
    ...                        '<i>calm</i> drama.</div></en-note>]]></content><note-attributes><author>Jo Bell</author>'
    ...                        '</note-attributes></note></en-export>'))
    Night Harbour
    By Jo Bell
    <BLANKLINE>
    A calm drama.
    """
    notes = _parsed_xml(document, source).findall(".//note")
    if not notes:
        raise ReviewError(source, "the Evernote export holds no note")
    note = max(notes, key=lambda element: len(element.findtext("content") or ""))
    content = re.sub(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?", "", note.findtext("content") or "")
    body = html_to_text(content, source=source) if content.strip() else ""
    return compose_review(note.findtext("title") or "", None, note.findtext("note-attributes/author") or "", (), body)


def lxml_name(element) -> str:
    """An XML element's local name, lower case (``dc:creator`` as ``creator``)."""
    import lxml.etree

    return lxml.etree.QName(element).localname.lower() if isinstance(element.tag, str) else ""


def _parsed_xml(document: str, source: str):
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True)
    try:
        return lxml.etree.fromstring(re.sub(r"\A\s*<\?xml[^>]*\?>", "", document), parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        raise ReviewError(source, f"not valid XML ({error})") from error


# A message's "From sender Thu May  2 10:00:00 2024" line (the date as C's asctime writes it), not
# a review that opens "From the director of Heat, 1995"
_MBOX_SEPARATOR = re.compile(r"^From \S+[ \t]+[A-Z][a-z]{2}[ \t]+[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d{1,2}:\d\d(?::\d\d)?"
                             r"(?:[ \t]+\S+)?[ \t]+\d{4}[ \t]*$", re.MULTILINE)


def mbox_to_text(document: str) -> str:
    """A mailbox (``.mbox``: messages, each opened by a ``From sender date`` line) in, the longest
    message out, read as :func:`email_to_text` reads one (the others are replies or digests'
    furniture).

    >>> print(mbox_to_text("From jo@x Thu May  2 10:00:00 2024\\nFrom: Jo Bell <jo@x>\\nSubject: Night Harbour\\n"
    ...                    "Message-ID: <1@x>\\n\\nA calm drama, slow and cold.\\n\\nFrom bo@x Thu May  2 11:00:00 2024\\n"
    ...                    "From: Bo Ek <bo@x>\\nSubject: Re: Night Harbour\\nMessage-ID: <2@x>\\n\\nAgreed.\\n"))
    From: Jo Bell <jo@x>
    Subject: Night Harbour
    <BLANKLINE>
    A calm drama, slow and cold.
    """
    messages = [part.strip("\n") + "\n" for part in _MBOX_SEPARATOR.split(document) if part.strip()]
    if not messages:
        return document
    read = [email_to_text(re.sub(r"(?m)^>(>*From )", r"\1", message)) for message in messages]
    return max(read, key=lambda text: len(text.partition("\n\n")[2]))


def yaml_to_text(document: str, *, source: str = "<yaml>") -> str:
    """A review kept as YAML in, plain text out: its fields read as :func:`json_to_text` reads a
    JSON export's; a configuration file whose fields hold no review, its comments' prose (a
    site's deployment file with the review written in its header), signed by the one name an
    author's field gives (``REVIEW_AUTHOR: "Jo Bell"``).

    Raises
    ------
    ReviewError
        If the file is not YAML or holds no review, or several.

    >>> print(yaml_to_text("film: Night Harbour\\nyear: 2019\\nauthor: Jo Bell\\nreview: |\\n  A calm drama.\\n"))
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    A calm drama.
    """
    import yaml

    try:
        documents = [data for data in yaml.safe_load_all(document) if data is not None]
    except yaml.YAMLError as error:
        raise ReviewError(source, f"not valid YAML ({error})") from error
    if not documents or not isinstance(documents[0], (dict, list)):
        return _commented_review(document, source=source, problem="the YAML file holds no review fields")
    return _settings_to_text(documents[0] if len(documents) == 1 else documents, document, source=source, what="YAML")


def toml_to_text(document: str, *, source: str = "<toml>") -> str:
    """A review kept as TOML (a film log's record, a static site's data file) in, plain text out:
    its tables and fields read as :func:`json_to_text` reads a JSON export's, dates as ISO text; a
    configuration file whose fields hold no review, its comments' prose.

    Raises
    ------
    ReviewError
        If the file is not TOML or holds no review, or several.

    >>> print(toml_to_text('[film]\\ntitle = "Night Harbour"\\nyear = 2019\\n[review]\\nauthor = "Jo Bell"\\n'
    ...                    'text = "A calm drama, well acted."\\n'))
    Night Harbour (2019)
    By Jo Bell
    <BLANKLINE>
    A calm drama, well acted.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # (the standard library reads TOML from 3.11 on; tomli is the same parser before it)
        import tomli as tomllib

    try:
        data = tomllib.loads(document)
    except tomllib.TOMLDecodeError as error:
        raise ReviewError(source, f"not valid TOML ({error})") from error
    return _settings_to_text(data, document, source=source, what="TOML")


def _settings_to_text(data: Any, document: str, *, source: str, what: str) -> str:
    """Parsed YAML or TOML ``data`` read as JSON's (its dates and other scalars as JSON's text),
    or, when it holds no review or less prose than its comments, the prose of the ``document``'s
    comments (a package recipe whose one-line description is the package's, the review kept in
    its header comment)."""
    try:
        text = _data_to_text(_undo_mojibake(json.loads(json.dumps(data, default=str))), source=source, what=what)
    except ReviewError as error:
        return _signed(_commented_review(document, source=source, problem=error.problem), data)
    comments = _hash_comments(document)
    return _signed(_paragraphed(comments), data) if _outweighs(comments, text) else text


#: A settings field that names a review's author: "author", "reviewer", "REVIEW_AUTHOR", "note_by", "authors",
#: "author_list"
#: (not "user" or "creator": in a configuration file those are accounts).
_AUTHOR_SETTING = re.compile(r"\w*(?:author|reviewer|critic)s?(?:list)?|byline|(?:note|review|written|posted|reviewed)by")
_FULL_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+")


def _signed(prose: str, data: Any) -> str:
    """A settings file's comment ``prose`` with a "By" line for the one person its fields name as
    an author (a deployment file's ``REVIEW_AUTHOR: "Jo Bell"`` under a review kept in its header
    comments), when the prose does not name them itself."""
    names = {name for fields in _keyed_objects(data) for key, value in fields.items() if _AUTHOR_SETTING.fullmatch(key)
             for name in _people(value) if _FULL_NAME.fullmatch(name)}
    if len(names) != 1 or (name := names.pop()) in prose:
        return prose
    return f"{prose}\n{field_line('author', name)}\n"


_HASH_COMMENT = re.compile(r"^[ \t]*#[ \t]?(.*)$")


def _hash_comments(document: str) -> str:
    """A data file's ``#`` comments, one comment line to a line, other lines left blank."""
    return "\n".join(found.group(1) if (found := _HASH_COMMENT.match(line)) else "" for line in document.splitlines())


def _commented_review(document: str, *, source: str, problem: str) -> str:
    """The prose of a data file's ``#`` comments (see :func:`_comment_prose`)."""
    return _comment_prose(_hash_comments(document), source=source, problem=problem)


def _outweighs(comments: str, fields: str) -> bool:
    """Whether a file's ``comments`` hold a review's worth of prose and more of it than its ``fields``."""
    words = len(_LOWER_WORDS.findall(comments))
    return words >= _MIN_COMMENT_PROSE and words > len(_LOWER_WORDS.findall(fields))


def _comment_prose(text: str, *, source: str, problem: str) -> str:
    """A file's comments' ``text`` when it holds a review's worth of words; else a
    :class:`ReviewError` stating ``problem``, the reason the file's own fields were not read."""
    if len(_LOWER_WORDS.findall(text)) < _MIN_COMMENT_PROSE:
        raise ReviewError(source, f"{problem}, and its comments hold no review either")
    return _paragraphed(text)


def _paragraphed(text: str) -> str:
    """``text`` with at most one blank line between paragraphs, ending on a line break."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


_WARC_RECORD = re.compile(r"^WARC/1\.\d\r?\n", re.MULTILINE)
_BLANK_LINE = re.compile(r"\r?\n\r?\n")


def warc_to_text(document: str, *, source: str = "<warc>") -> str:
    """A web archive crawl (WARC, the format of web crawlers and the Internet Archive: records of
    requests, responses and metadata) in, plain text out: the longest page it archived, an HTTP
    response (or a stored resource) of type HTML or plain text, read as :func:`html_to_text` reads a
    page.

    Raises
    ------
    ReviewError
        If the archive holds no HTML or text page.

    >>> warc = ("WARC/1.1\\r\\nWARC-Type: response\\r\\nContent-Type: application/http\\r\\n\\r\\n"
    ...         "HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n<h1>Night Harbour (2019)</h1><p>A calm drama.</p>\\r\\n")
    >>> print(warc_to_text(warc))
    Night Harbour (2019)
    <BLANKLINE>
    A calm drama.
    """
    pages: list[tuple[str, str]] = []  # (media type, content)
    for record in _WARC_RECORD.split(document)[1:]:
        fields, block = _message_parts(record)
        kind = fields.get("warc-type", "")
        if kind == "response" and block.startswith("HTTP/"):
            http_fields, body = _message_parts(block)
            media = http_fields.get("content-type", "")
        elif kind == "resource":
            media, body = fields.get("content-type", ""), block
        else:
            continue
        if media.startswith(("text/html", "application/xhtml", "text/plain")):
            pages.append((media, body))
    if not pages:
        raise ReviewError(source, "the web archive (WARC) holds no HTML or text page")
    media, body = max(pages, key=lambda page: len(page[1]))
    return body.strip() if media.startswith("text/plain") else html_to_text(body, source=source)


#: An HTTP message's first line: a request's ("POST /reviews HTTP/1.1") or a response's ("HTTP/1.1 200 OK")
_HTTP_START = re.compile(r"(?:(?:GET|POST|PUT|PATCH) \S+ HTTP/\d(?:\.\d)?|HTTP/\d(?:\.\d)? \d{3}\b[^\n]*)\r?\n[\w-]+:")


def http_to_text(message: str, *, source: str = "<http>") -> str:
    """A saved HTTP message in (a form's POST as a browser's developer tools copy it, an API's
    response), plain text out: its body read by its ``Content-Type``, a form's URL-encoded fields
    (``film_title=Night+Harbour&review_text=A+calm+drama.``) as a JSON object's are.

    Raises
    ------
    ReviewError
        If the body is empty, or its fields or data hold no review or several.

    >>> print(http_to_text("POST /reviews HTTP/1.1\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\n"
    ...                    "film_title=Night+Harbour&film_year=2019&review_text=A+calm+drama+%281%29."))
    Night Harbour (2019)
    <BLANKLINE>
    A calm drama (1).
    """
    fields, body = _message_parts(message)
    media = fields.get("content-type", "").lower()
    if not body.strip():
        raise ReviewError(source, "the HTTP message has no body")
    if "x-www-form-urlencoded" in media:
        pairs = urllib.parse.parse_qsl(body.strip())
        return _data_to_text(dict(pairs), source=source, what="form")
    if "json" in media:
        return json_to_text(body, source=source)
    if "html" in media:
        return html_to_text(body, source=source)
    if "xml" in media:
        return xml_to_text(body, source=source)
    return body


def _message_parts(message: str) -> tuple[dict[str, str], str]:
    """A WARC record's or an HTTP message's header fields (``Name: value`` lines before the first
    blank line, by lower-cased name) and the block after them."""
    head, _, block = _BLANK_LINE.sub("\x00", message, count=1).partition("\x00")
    fields: dict[str, str] = {}
    for line in head.splitlines():
        name, colon, value = line.partition(":")
        if colon:
            fields.setdefault(name.strip().lower(), value.strip())
    return fields, block


def plist_to_text(document: str | bytes, *, source: str = "<plist>") -> str:
    """A property list (an Apple app's export or library: XML's ``<plist><dict><key>...`` as text,
    or the binary form's bytes) in, plain text out: its keys and values read as a JSON export's
    fields are (:func:`json_to_text`), dates as ISO text, binary data left out.

    Raises
    ------
    ReviewError
        If the file is not a property list or holds no review (or several).

    >>> print(plist_to_text('<plist version="1.0"><dict><key>Name</key><string>Night Harbour</string>'
    ...                     '<key>Comments</key><string>A calm drama, well acted.</string></dict></plist>'))
    Night Harbour
    <BLANKLINE>
    A calm drama, well acted.
    """
    import plistlib
    from xml.parsers.expat import ExpatError

    try:
        data = (plistlib.loads(document, fmt=plistlib.FMT_BINARY) if isinstance(document, bytes) else
                plistlib.loads(re.sub(r"\A\s*<\?xml[^>]*\?>", "", document).encode("utf-8"), fmt=plistlib.FMT_XML))
    except (plistlib.InvalidFileException, ValueError, OverflowError, ExpatError) as error:
        raise ReviewError(source, f"not readable as a property list ({error})") from error
    return _data_to_text(_plain_data(data), source=source, what="property list")


def _plain_data(value: Any) -> Any:
    """A property list's values as JSON's: dates as ISO text, binary data dropped."""
    if isinstance(value, dict):
        return {key: _plain_data(item) for key, item in value.items() if not isinstance(item, bytes)}
    if isinstance(value, list):
        return [_plain_data(item) for item in value if not isinstance(item, bytes)]
    return value.isoformat() if hasattr(value, "isoformat") else value


def sqlite_to_text(data: bytes, *, source: str = "<sqlite>") -> str:
    """An SQLite database (an app's store of notes or reviews) in, plain text out: the rows of all its
    tables read as a JSON export's list of objects is (:func:`json_to_text`), binary values left out.

    Raises
    ------
    ReviewError
        If the database cannot be read or holds no review (or several).
    """
    import sqlite3
    import tempfile

    # (the sqlite3 module reads a database from a file only, before Python 3.11)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "review.sqlite"
        copy.write_bytes(data)
        try:
            with contextlib.closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as database:
                database.row_factory = sqlite3.Row
                tables = [name for (name,) in database.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
                rows = [dict(row) for table in tables
                        for row in database.execute(f'SELECT * FROM "{table.replace(chr(34), chr(34) * 2)}"')]
        except sqlite3.Error as error:
            raise ReviewError(source, f"not readable as an SQLite database ({error})") from error
    # (a table of tags, people or settings beside the reviews holds no body: not a review)
    with_body = [row for row in rows if isinstance(_field([_keyed(row)], _BODY_KEYS), str)]
    return _data_to_text(_plain_data(with_body or rows), source=source, what="SQLite database")


def webarchive_to_text(data: bytes, *, source: str = "<webarchive>") -> str:
    """A page Safari saved as a web archive (``.webarchive``: a property list holding the page's
    resources) in, plain text out: its main resource, the page itself, read as :func:`html_to_text`
    reads a page.

    Raises
    ------
    ReviewError
        If the file is not a web archive or holds no page.
    """
    import plistlib
    from xml.parsers.expat import ExpatError

    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, OverflowError, ExpatError) as error:  # (XML property lists)
        raise ReviewError(source, f"not readable as a web archive ({error})") from error
    page = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(page, dict) or not isinstance(html := page.get("WebResourceData"), bytes):
        raise ReviewError(source, "the web archive holds no page (no WebMainResource data)")
    encoding = page.get("WebResourceTextEncodingName") or "utf-8"
    try:
        text = html.decode(encoding, errors="replace")
    except LookupError:  # an encoding name Python does not know
        text = html.decode("utf-8", errors="replace")
    return html_to_text(text, source=source)


def docx_to_text(data: bytes, *, source: str = "<docx>") -> str:
    """A Word document (``.docx``) in, plain text out: its paragraphs one a line (a heading or a
    Title paragraph on a line of its own) and each table row as :func:`~filmgraph.markup.cells_line` reads
    it, the paragraphs' italic title-like runs kept as title hints.

    Raises
    ------
    ReviewError
        If the file is not a Word document.
    """
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, ValueError, KeyError, OSError) as error:
        raise ReviewError(source, f"not readable as a Word document ({error})") from error
    lines = []
    for block in document.element.body.iterchildren():
        name = lxml_name(block)
        if name == "p":
            paragraph = Paragraph(block, document)
            runs = [title_hint(run.text) if run.italic and run.text.strip() else run.text for run in paragraph.runs]
            lines.append("".join(runs).strip() or paragraph.text.strip())
        elif name == "tbl":
            table = Table(block, document)
            lines.extend(cells_line([cell.text for cell in row.cells]) for row in table.rows)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


#: A PDF file's first bytes
_PDF_MAGIC = b"%PDF-"
#: A document title a writing program fills in by itself, which names no film: "Microsoft Word - notes.docx", "Untitled"
_MACHINE_TITLE = re.compile(r"(?i)untitled|microsoft\s+\w+\s+-|\.(?:docx?|odt|pdf|pages|rtf|txt)\b")


def pdf_to_text(data: bytes, *, source: str = "<pdf>") -> str:
    """A PDF document (a zine's page, a programme note a word processor saved) in, plain text
    out: the title and author of its metadata as a header where its pages do not already give them,
    then each page's text (pypdf's extraction, in reading order), a form feed between pages (where
    :func:`read_review` drops the lines each page repeats and rejoins a sentence a page breaks).

    Raises
    ------
    ReviewError
        If the file is not a readable PDF, or its pages hold no text (a scan without a text layer).
    """
    import logging

    import pypdf
    from pypdf.errors import PyPdfError

    # (pypdf logs what it repairs, "EOF marker not found": the one message a reader sees is the error below)
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise ReviewError(source, f"not a readable PDF ({error})") from error
    finally:
        log.setLevel(level)
    body = "\f".join(page.strip() for page in pages if page.strip())
    if not body:
        raise ReviewError(source, "the PDF's pages hold no text (a scan without a text layer?)")
    opening, header = body[:1000].casefold(), []
    title, author = (metadata.title, metadata.author) if metadata is not None else (None, None)
    if title and title.strip() and title.strip().casefold() not in opening and not _MACHINE_TITLE.search(title):
        header.append(title.strip())
    if author and author.strip() and author.strip().casefold() not in body.casefold():
        header.append(field_line("author", author.strip()))
    return "\n".join(header) + ("\n\n" if header else "") + body


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ODF_FORMAT = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"


def odt_to_text(data: bytes, *, source: str = "<odt>") -> str:
    """An OpenDocument text (``.odt``, LibreOffice's and Google Docs' download) in, plain text out:
    its headings and paragraphs one a line, each table row as :func:`~filmgraph.markup.cells_line`
    reads it, a span set in an italic style kept as a title hint.

    Raises
    ------
    ReviewError
        If the file is not an OpenDocument text.
    """
    import zipfile

    import lxml.etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            content = package.read("content.xml")
        root = lxml.etree.fromstring(content, lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    except (zipfile.BadZipFile, KeyError, lxml.etree.XMLSyntaxError) as error:
        raise ReviewError(source, f"not readable as an OpenDocument text ({error})") from error
    italic = {style.get(f"{{{_ODF_STYLE}}}name") for style in root.iter(f"{{{_ODF_STYLE}}}style")
              if any(props.get(f"{{{_ODF_FORMAT}}}font-style") == "italic" for props in style)}

    def text_of(element) -> str:
        # ODF collapses white space in its text, as HTML does; <text:s/>, <text:tab/> and
        # <text:line-break/> write what is meant
        parts = [re.sub(r"\s+", " ", element.text or "")]
        for child in element:
            name = lxml_name(child)
            inner = text_of(child)
            if name == "span" and child.get(f"{{{_ODF_TEXT}}}style-name") in italic and inner.strip():
                inner = title_hint(inner)
            elif name == "s":
                inner = " "
            elif name in ("tab", "line-break"):
                inner = "\n" if name == "line-break" else "\t"
            parts.extend([inner, re.sub(r"\s+", " ", child.tail or "")])
        return "".join(parts)

    lines: list[str] = []
    for element in root.iter(f"{{{_ODF_TEXT}}}h", f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TABLE}}}table-row"):
        if lxml_name(element) == "table-row":
            lines.append(cells_line([" ".join(text_of(cell).split()) for cell in element.iterfind(f"{{{_ODF_TABLE}}}table-cell")]))
        elif not any(lxml_name(parent) == "table-cell" for parent in element.iterancestors()):
            lines.append(text_of(element).strip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_SQLITE_MAGIC = b"SQLite format 3\x00"
_BINARY_PLIST_MAGIC = b"bplist00"
_ZIP_MAGIC = b"PK\x03\x04"
#: The "ustar" mark a POSIX tar archive's first header carries at offset 257.
_TAR_MAGIC = b"ustar"
#: The members of an office or e-book package that hold its text, and those that hold its layout.
_TEXT_MEMBER = re.compile(r"\.(?:xml|xhtml|html?|txt|fpage)$", re.IGNORECASE)
_LAYOUT_MEMBER = re.compile(r"(?:^|/)(?:_rels|docProps|META-INF|\[Content_Types\]|.*(?:rels|styles?|settings|manifest|meta|theme\d*|"
                            r"fontTable|webSettings|presProps|viewProps|tableStyles|Layout\d*|Master\d*|numbering|"
                            r"footnotes|endnotes|toc|nav)\.\w+$)", re.IGNORECASE)
#: The elements a package's XML keeps a paragraph, a heading, a list item, a cell or a string in.
_BLOCKS = frozenset(("p", "h", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "si", "td", "th", "dt", "dd"))


def package_to_text(data: bytes, *, source: str = "<package>") -> str:
    """An office or e-book package other than a Word or OpenDocument text (a slide deck, a
    spreadsheet, an EPUB: a zip of XML) in, plain text out: the paragraphs of its text members, one
    a line, the members taken in their natural order (``slide2`` before ``slide10``).

    Raises
    ------
    ReviewError
        If the file is not a zip package or holds no text.
    """
    import zipfile

    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    lines: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = [name for name in package.namelist() if _TEXT_MEMBER.search(name) and not _LAYOUT_MEMBER.search(name)]
            for name in sorted(names, key=lambda n: [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", n)]):
                content = package.read(name)
                if name.lower().endswith(".txt"):
                    lines.append(_decode(content, source))
                    continue
                root = lxml.etree.fromstring(content, parser)
                if root is None:
                    continue
                if lxml_name(root) == "fixedpage":
                    lines.extend(_fixed_page_lines(root))
                    continue
                blocks = [element for element in root.iter() if isinstance(element.tag, str) and lxml_name(element) in _BLOCKS
                          and not any(lxml_name(parent) in _BLOCKS for parent in element.iterancestors())]
                lines.extend(" ".join("".join(block.itertext()).split()) for block in blocks)
                lines.append("")
    except (zipfile.BadZipFile, lxml.etree.XMLSyntaxError, KeyError, OSError) as error:
        raise ReviewError(source, f"not readable as a zip package ({error})") from error
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not _holds_prose(text):
        # (a collection manager's package, Tellico's: its one XML document's block elements are only
        # the titles; read as the document it is, its one entry with a review)
        text = _package_document(data, source) or text
    if not text:
        raise ReviewError(source, "the package holds no text")
    return text


def _fixed_page_lines(page) -> list[str]:
    """An XPS page's text (each ``<Glyphs UnicodeString="...">`` run a line, as laid out), a blank
    line where the gap down to the next run is wider than one and a half of the page's usual line
    step: a paragraph's or a heading's end."""
    runs = [(float(glyphs.get("OriginY") or 0), text) for glyphs in page.iter()
            if isinstance(glyphs.tag, str) and lxml_name(glyphs) == "glyphs" and (text := (glyphs.get("UnicodeString") or "").strip())]
    steps = sorted(later - earlier for (earlier, _), (later, _) in itertools.pairwise(runs) if later > earlier)
    usual = steps[len(steps) // 2] if steps else 0.0
    lines: list[str] = []
    for index, (origin, text) in enumerate(runs):
        if index and usual and origin - runs[index - 1][0] > 1.5 * usual:
            lines.append("")
        lines.append(text)
    return lines


#: A shell archive's member: a here-document written to a file, through ``sed 's/^X//'`` when
#: each of its lines is led by an X ("sed 's/^X//' << 'SHAR_EOF' > 'notes/review.txt'")
_SHAR_MEMBER = re.compile(r"^[ \t]*(sed\s+['\"]s/\^X//['\"]\s+|cat\s+)?<<\s*\\?['\"]?(\w+)['\"]?\s*>\s*['\"]?([^'\"\s]+)['\"]?[ \t]*\n",
                          re.MULTILINE)


def shar_to_text(archive: str, *, source: str = "<shar>") -> str:
    """A shell archive (``shar``: a script that writes its files out of here-documents) in, the
    text of the one document it keeps that reads as a review out (see :func:`_archive_document`),
    or the script as it stands when none does (a review that shows a here-document).

    >>> print(shar_to_text("#!/bin/sh\\nsed 's/^X//' << 'SHAR_EOF' > 'notes/review.txt'\\nXNight Harbour (2019)\\n"
    ...                    "X\\nXA calm drama.\\nSHAR_EOF\\nexit 0\\n"))
    Night Harbour (2019)
    <BLANKLINE>
    A calm drama.
    """
    members = []
    for member in _SHAR_MEMBER.finditer(archive):
        end = re.compile(rf"^{re.escape(member.group(2))}[ \t]*$", re.MULTILINE).search(archive, member.end())
        body = archive[member.end():end.start() if end else len(archive)]
        if member.group(1) and member.group(1).startswith("sed"):
            body = re.sub(r"^X", "", body, flags=re.MULTILINE)
        data = body.encode("utf-8")
        members.append((member.group(3), len(data), functools.partial(bytes, data)))
    return _archive_document(members, source) or archive


def _package_document(data: bytes, source: str) -> str:
    """The text of a package that keeps its note as one document of a format read here (a
    TextBundle's ``text.markdown``, a mind map's ``content.json``): see :func:`_archive_document`."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = [(member.filename, member.file_size, functools.partial(package.read, member))
                   for member in package.infolist() if not member.is_dir()]
        return _archive_document(members, source)


def tar_to_text(data: bytes, *, source: str = "<tar>") -> str:
    """A tar archive in (a notes app's export, as Joplin's ``.jex``), the text of the one document
    it keeps out: see :func:`_archive_document`.

    Raises
    ------
    ReviewError
        If the archive does not unpack or holds no document that reads as a review.
    """
    import tarfile

    try:
        with tarfile.open(fileobj=io.BytesIO(data)) as archive:
            members = [(member.name, member.size, functools.partial(_tar_member, archive, member))
                       for member in archive.getmembers() if member.isfile()]
            text = _archive_document(members, source)
    except tarfile.TarError as error:
        raise ReviewError(source, f"not readable as a tar archive ({error})") from error
    if not text:
        raise ReviewError(source, "the archive holds no text")
    return text


def _tar_member(archive, member) -> bytes:
    handle = archive.extractfile(member)
    return handle.read() if handle is not None else b""


def _archive_document(members: Sequence[tuple[str, int, Callable[[], bytes]]], source: str) -> str:
    """Of an archive's members (name, size, a reader of its bytes), the largest of a format read
    here that reads as a review, converted as a file of that format is; "" when none does. (A
    member over the review size limit is passed over unread: a small archive may unpack to gigabytes.)"""
    for name, size, read in sorted(members, key=lambda member: -member[1]):
        suffix = Path(name).suffix.lower()
        suffix = ".md" if suffix in (".markdown", ".mdown") else suffix
        if size > MAX_REVIEW_BYTES or _LAYOUT_MEMBER.search(name) or (suffix not in _CONVERTERS and suffix != ".txt"):
            continue
        try:
            text = _decode(read(), source)
            convert = _CONVERTERS.get(suffix)
            text = convert(text, source) if convert else text
        except ReviewError:
            continue
        if text.strip():
            return text.strip()
    return ""
