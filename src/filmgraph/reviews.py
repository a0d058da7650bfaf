"""Read stage: review files and folders in, :class:`~filmgraph.model.Review` records out.

Plain text (``.txt``), Markdown (``.md``) and HTML (``.html``/``.htm``) are read. Text is decoded
as UTF-8 (with or without BOM), then UTF-16 when it carries a BOM, then Latin-1 / cp1252, which
old Usenet reviews use; a file that is empty, binary or not text at all raises
:class:`~filmgraph.errors.ReviewError` naming the file. HTML is reduced to its visible text
(scripts and styles dropped) before extraction, so offsets point into that text.

>>> review = read_text("Psycho (1998) is a remake of Psycho (1960).", source="inline")
>>> review.source, len(review.content_hash)
('inline', 64)
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from .errors import ReviewError
from .model import Review

__all__ = ["REVIEW_SUFFIXES", "find_review_files", "read_review", "read_reviews", "read_text", "review_id_for", "source_for"]

REVIEW_SUFFIXES = (".txt", ".md", ".html", ".htm")

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
        If the file is missing, unreadable, too large, empty, binary or not decodable text.
    """
    path = Path(path)
    source = source_for(path)
    try:
        size = path.stat().st_size
        if size > MAX_REVIEW_BYTES:
            raise ReviewError(str(path), f"{size} bytes is too large for a review (limit {MAX_REVIEW_BYTES})")
        data = path.read_bytes()
    except OSError as error:
        raise ReviewError(str(path), f"cannot read the file ({error.strerror or error})") from None
    text = _decode(data, str(path))
    if path.suffix.lower() in (".html", ".htm"):
        text = _visible_text(text)
    if not text.strip():
        raise ReviewError(str(path), "the review is empty")
    return read_text(text.replace("\r\n", "\n"), source=source)


def find_review_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The review files named by ``paths``: files as given, folders searched recursively, sorted.

    Raises
    ------
    ReviewError
        If a path does not exist.
    """
    found: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REVIEW_SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise ReviewError(str(path), "no such file or folder")
    return found


def read_reviews(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Review | ReviewError]:
    """Read every review under ``paths``; a file that cannot be read yields its ReviewError instead.

    Yielding errors rather than raising lets an ingest of thousands of files report the bad ones
    and go on with the rest.
    """
    for path in find_review_files(paths):
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
        except UnicodeDecodeError:
            raise ReviewError(source, "not valid UTF-16 text despite its byte-order mark") from None
    if b"\x00" in data:
        raise ReviewError(source, "binary data (NUL bytes), not a text review")
    text = _decode_8bit(data)
    controls = len(_CONTROL.findall(text))
    if controls > _BINARY_SHARE * len(text):
        raise ReviewError(source, f"binary data ({controls} control characters), not a text review")
    return _CONTROL.sub(" ", text) if controls else text


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A UTF-8 file cut off inside its last character: keep the UTF-8 before the cut rather
        # than reading the whole file as cp1252.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            return data[:error.start].decode("utf-8-sig")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


class _TextCollector(HTMLParser):
    _SKIPPED = {"script", "style", "noscript", "template"}
    _BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _visible_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    return re.sub(r"\n[ \t]*\n(\s*\n)+", "\n\n", text).strip()
