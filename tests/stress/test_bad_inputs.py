"""Bad and hostile review files through FilmGraph.ingest into an on-disk store.

Every case is generated in ``tmp_path`` (no binaries are committed). Each must end, within a
bounded time, either in a clear :class:`~filmgraph.errors.ReviewError` that names the file, with
the store left exactly as it was, or in a correct result. A watchdog turns a hang (for instance
a regex that backtracks without end) into a failure instead of a stuck test run.
"""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from filmgraph import reviews
from filmgraph.api import FilmGraph
from filmgraph.rdf.vocab import FG
from filmgraph.reviews import review_id_for

from .corpus import Hang, graph_of, review_text, snapshot, watchdog

#: Every case must finish within this many seconds (a bound on the work, not a speed target).
TIME_LIMIT = 10.0
#: After this long the watchdog interrupts the case so that a hang fails instead of blocking.
HANG_LIMIT = 60.0

_SCRIPT_TOKEN = "ZZSCRIPTTOKEN"
_STYLE_TOKEN = "ZZSTYLETOKEN"


@dataclass(frozen=True)
class Case:
    """A bad input: how to write it, and what must come of it.

    ``expect`` is "error" (a ReviewError naming the file, whose message contains ``problem``),
    "ok" (the review is stored) or "either" (one or the other).
    """

    name: str
    write: Callable[[Path], None]
    expect: str
    problem: str = ""
    check: Callable[[FilmGraph, Path], None] | None = None
    #: Why the case is expected to fail today (a known bug in another module), or "".
    known_bug: str = ""


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _write_large(size: int, pattern: bytes = b"SILENT HARBOR (1972) is a remake of Crimson Valley (1935). ") -> Callable[[Path], None]:
    def write(path: Path) -> None:
        chunk = pattern * (1_000_000 // len(pattern) + 1)
        with path.open("wb") as out:
            left = size
            while left > 0:
                out.write(chunk[:left])
                left -= min(left, len(chunk))

    return write


def _no_nul(fg: FilmGraph, path: Path) -> None:
    for s, p, o, g in fg.store.quads():
        assert "\x00" not in str(o), f"a NUL character reached the graph: {o!r}"


def _no_script_text(fg: FilmGraph, path: Path) -> None:
    for quad in fg.store.quads():
        text = " ".join(str(term) for term in quad)
        assert _SCRIPT_TOKEN not in text and _STYLE_TOKEN not in text, f"script or style text reached the graph: {quad}"


def _films_found(fg: FilmGraph, path: Path) -> None:
    assert fg.films_titled("Silent Harbor", 1972), "the visible film title was not extracted"


def _html(body: str) -> str:
    return (
        "<html><head><title>SILENT HARBOR (1972)</title>"
        f"<style>p {{ content: '{_STYLE_TOKEN} Vertigo (1958)'; }}</style>"
        f"<script>var x = '{_SCRIPT_TOKEN} (1960) is a remake of {_SCRIPT_TOKEN} (1950)';</script>"
        "</head><body>" + body + "</body></html>"
    )


_TRUNCATED = "AMÉLIE (2001)\nReviewed by Zoë Brandt\n\nAmélie is a remake of Café Noir (1950). The end: é".encode()[:-1]

CASES = [
    Case("empty.txt", _bytes(b""), "error", "empty"),
    Case("blank.txt", _bytes(b"   \n\t\n\r\n  "), "error", "empty"),
    Case("bom-only.txt", _bytes(b"\xef\xbb\xbf"), "either"),
    Case("binary.txt", _bytes(bytes(range(256)) * 64), "error", "binary"),
    Case("png.txt", _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096)), "error", "binary"),
    Case("utf16-le-no-bom.txt", _bytes(review_text(1).encode("utf-16-le")), "either", check=_no_nul),
    Case("utf16-be-no-bom.txt", _bytes(review_text(2).encode("utf-16-be")), "either", check=_no_nul),
    Case("utf16-bad-bom.txt", _bytes(b"\xff\xfe" + b"\x00\xd8" + "Psycho".encode("utf-16-le")), "either"),
    Case("truncated-utf8.txt", _bytes(_TRUNCATED), "either"),
    Case("latin1-undefined-cp1252.txt", _bytes("CAFÉ NOIR (1950)\n\nA film.".encode("latin-1") + b" \x81\x8d\x8f\x90\x9d"),
         "either"),
    Case("too-large.txt", _write_large(50_000_000), "error", "too large"),
    Case("too-large.html", _write_large(50_000_000, b"<p>SILENT HARBOR (1972)</p>"), "error", "too large"),
    Case("just-over-limit.txt", _write_large(reviews.MAX_REVIEW_BYTES + 1), "error", "too large"),
    Case("just-under-limit.txt", _write_large(reviews.MAX_REVIEW_BYTES), "either"),
    Case("years-10000.txt", _text("SILENT HARBOR (1994)\n\n" + "Silent Harbor (1994) is a remake of Film (1993). " * 10_000),
         "either"),
    Case("bare-years-10000.txt", _text("(1994) " * 10_000), "either"),
    Case("nesting-5000.txt", _text("SILENT HARBOR (1972)\n\n" + "(" * 5000 + "Vertigo (1958)" + ")" * 5000), "either"),
    Case("open-parens-5000.txt", _text("(" * 5000 + " is a remake of (1958" * 200), "either"),
    Case("capitalised-run.txt", _text(" ".join(["Capitalised"] * 20_000) + " (1994) is a remake of " + "Big " * 20_000),
         "either"),
    Case("capitalised-title-run.txt", _text("THE " + "GREAT " * 20_000 + "(1994)\n\n" + "The Great " * 5000 + "."),
         "either"),
    Case("long-line-no-punct.txt", _text(" ".join(["word"] * 20_000)), "either"),
    Case("long-token.txt", _text("a" * 100_000), "either"),
    Case("quotes.txt", _text('"' * 50_000 + "'" * 50_000), "either"),
    Case("cast-lists.txt", _text("SILENT HARBOR (1972)\n\nstarring " + ", ".join(["John Smith (Bob Jones)"] * 5000)), "either"),
    Case("remake-phrases.txt", _text("It is a remake of the remake of " * 5000), "either"),
    Case("nul-after-64k.txt", _bytes(b"SILENT HARBOR (1972)\n\n" + b"word " * 14_000 + b"\x00\x01 a remake of Crimson\x00 Valley (1935)."),
         "either", check=_no_nul),
    Case("sparql-injection.txt",
         _text('SILENT "HARBOR\\" } ; DROP ALL ; # (1972)\nReviewed by Ann "Lee } \n\n'
               'Silent "Harbor\\" }} ; CLEAR ALL ; # is a remake of <Crimson> Valley\\u0022 (1935).'), "either"),
    Case("control-and-bidi.txt", _text("SILENT HARBOR (1972)\n\n\u202eReversed\u202c \u200bZero\u200d Width \ufeff (1958) \U0001f3ac."),
         "either"),
    Case("scripts.html", _text(_html("<p>SILENT HARBOR (1972) is a thriller.</p>"
                                     f"<SCRIPT type='x'>{_SCRIPT_TOKEN} (1999)</SCRIPT>"
                                     f"<noscript><p>{_SCRIPT_TOKEN} Noscript (2001)</p></noscript>"
                                     f"<template>{_SCRIPT_TOKEN} Template (2002)</template>")),
         "ok", check=lambda fg, p: (_no_script_text(fg, p), _films_found(fg, p))),
    Case("unclosed-script.html", _text(_html(f"<p>SILENT HARBOR (1972) is good.</p><script>{_SCRIPT_TOKEN} (1977) forever")),
         "either", check=_no_script_text),
    Case("script-in-comment.htm", _text(_html(f"<!-- <script> --> <p>SILENT HARBOR (1972)</p> <!-- </script> {_SCRIPT_TOKEN} -->")),
         "either", check=_no_script_text),
    Case("scripts-only.html", _text(f"<script>{_SCRIPT_TOKEN} Psycho (1960)</script><style>{_STYLE_TOKEN}</style>"),
         "error", "empty"),
    Case("deep-html.html", _text("<div>" * 5000 + "SILENT HARBOR (1972)" + "</div>" * 5000), "either"),
]


@pytest.fixture
def fg(tmp_path: Path):
    """An on-disk store that already holds one good review, so "unchanged" means something."""
    graph = FilmGraph.open(tmp_path / "store")
    good = tmp_path / "seed" / "good.txt"
    good.parent.mkdir()
    good.write_text(review_text(0), encoding="utf-8")
    assert graph.ingest(good).reviews == 1
    yield graph
    graph.close()


def _review_node(path: Path) -> URIRef:
    return URIRef(f"https://w3id.org/filmgraph/id/review/{review_id_for(str(path.resolve()))}")


def _params() -> list:
    return [pytest.param(case, id=case.name,
                         marks=[pytest.mark.xfail(strict=True, reason=case.known_bug)] if case.known_bug else [])
            for case in CASES]


@pytest.mark.parametrize("case", _params())
def test_bad_input_gives_clear_error_or_correct_result(fg: FilmGraph, tmp_path: Path, case: Case) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / case.name
    case.write(path)
    before = snapshot(fg.store)
    traced = case.problem == "too large"  # tracing slows the other cases down several times
    if traced:
        tracemalloc.start()
    started = time.monotonic()
    try:
        with watchdog(HANG_LIMIT):
            report = fg.ingest(path)
    except Hang:
        pytest.fail(f"{case.name}: ingest did not finish within {HANG_LIMIT} s")
    finally:
        elapsed = time.monotonic() - started
        if traced:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    assert elapsed < TIME_LIMIT, f"{case.name}: ingest took {elapsed:.1f} s"
    assert report.unchanged == 0
    print(f"{case.name}: {elapsed:.2f} s, reviews={report.reviews} failed={report.failed}")
    if report.failed:
        assert case.expect in ("error", "either"), f"{case.name}: should have been read: {report.failed}"
        [message] = report.failed
        assert str(path) in message, f"the error does not name the file: {message}"
        assert "extraction failed" not in message, f"the extractor raised: {message}"
        assert case.problem in message
        assert snapshot(fg.store) == before, f"{case.name}: a failed ingest changed the store"
        if case.problem == "too large":
            # The size check comes before the read: nothing like the file's size was allocated.
            assert peak < 5_000_000, f"{case.name}: {peak} bytes allocated for a file refused by size"
    else:
        assert case.expect in ("ok", "either"), f"{case.name}: expected an error naming the file"
        assert report.reviews == 1
        node = _review_node(path)
        graph = graph_of(fg.store, node)
        assert (node, FG.source, Literal(str(path.resolve()))) in graph
        assert (node, FG.contentHash, None) in graph
        # The seed review is still there and nothing outside the new review's graph changed.
        outside = [q for q in snapshot(fg.store) if q[3] != node.n3()]
        assert outside == before
    if case.check is not None:
        case.check(fg, path)


def test_folder_of_bad_files_reports_each_and_keeps_the_good(fg: FilmGraph, tmp_path: Path) -> None:
    """One ingest of a folder mixing good and bad files: the good ones go in, each bad one is
    reported once by name, and the ingest is not stopped by any of them."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    bad = {"empty.txt": b"", "binary.txt": b"\x00\x01\x02" * 100, "utf16.txt": review_text(9).encode("utf-16-le")}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    _write_large(reviews.MAX_REVIEW_BYTES + 10)(folder / "large.txt")
    good = [folder / f"good-{n}.txt" for n in range(1, 6)]
    for n, path in enumerate(good, start=1):
        path.write_text(review_text(n), encoding="utf-8")
    with watchdog(HANG_LIMIT):
        report = fg.ingest(folder)
    assert report.reviews == len(good)
    assert sorted(Path(m.split(": ", 1)[0]).name for m in report.failed) == sorted([*bad, "large.txt"])
    assert fg.stats()["reviews"] == 1 + len(good)


def test_missing_path_is_reported_and_changes_nothing(fg: FilmGraph, tmp_path: Path) -> None:
    before = snapshot(fg.store)
    report = fg.ingest(tmp_path / "nope.txt")
    assert report.failed == [f"{tmp_path / 'nope.txt'}: no such file or folder"] and report.reviews == 0
    assert snapshot(fg.store) == before


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that allows non-UTF-8 file names")
def test_file_name_that_is_not_utf8(fg: FilmGraph, tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "good.txt").write_text(review_text(3), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as out:
        out.write(review_text(4).encode("utf-8"))
    report = fg.ingest(folder)
    # Either the odd name is stored (it is a readable review) or it is reported by name.
    assert report.reviews + len(report.failed) == 2
    if report.failed:
        assert "caf" in report.failed[0]
    assert fg.stats()["reviews"] == 1 + report.reviews
