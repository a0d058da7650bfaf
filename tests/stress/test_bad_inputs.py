"""Bad and hostile review files through FilmGraph.ingest into an on-disk store.

Every case is generated in ``tmp_path`` (no binaries are committed). Each must end, within a
bounded time, either in a clear :class:`~filmgraph.errors.ReviewError` that names the file, with
the store left exactly as it was, or in a correct result. A watchdog turns a hang (for instance
a regex that backtracks without end) into a failure instead of a stuck test run.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from filmgraph import reviews
from filmgraph.api import FilmGraph
from filmgraph.cli import app
from filmgraph.errors import shown_name
from filmgraph.rdf.vocab import FG
from filmgraph.reviews import review_id_for

from .corpus import Hang, graph_of, review_text, snapshot, watchdog

#: Every case must finish within this many seconds (a bound on the work, not a speed target).
TIME_LIMIT = 10.0
#: After this long the watchdog interrupts the case so that a hang fails instead of blocking.
HANG_LIMIT = 60.0

#: Hostile files kept as they are (tests/stress/data/README.md says what each one is).
DATA = Path(__file__).parent / "data"

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
    for _, _, o, _ in fg.store.quads():
        assert "\x00" not in str(o), f"a NUL character reached the graph: {o!r}"


def _no_script_text(fg: FilmGraph, path: Path) -> None:
    for quad in fg.store.quads():
        text = " ".join(str(term) for term in quad)
        assert _SCRIPT_TOKEN not in text and _STYLE_TOKEN not in text, f"script or style text reached the graph: {quad}"


def _no_long_literal(fg: FilmGraph, path: Path) -> None:
    longest = max((len(str(o)) for _, _, o, _ in fg.store.quads()), default=0)
    assert longest < 10_000, f"an entity was expanded: a value of {longest} characters reached the graph"


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
    Case("billion-laughs.html", lambda path: path.write_text(
        (DATA / "billion-laughs.rdf").read_text(encoding="utf-8").split("<rdf:RDF")[0].replace("rdf:RDF", "html")
        + "<html><body><h1>SILENT HARBOR (1972)</h1><p>&lol9;</p></body></html>", encoding="utf-8"),
        "either", check=lambda fg, path: _no_long_literal(fg, path)),
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


# -- paths that are not review files, through `filmgraph ingest` -----------------------------------
#
# Each is named on the command line beside a good review: the bad path is reported in one line
# that names it (escaped), the good review goes in, what the store held is kept, exit status 1.
# Nothing here may be opened for reading: a FIFO would block the ingest, /dev/zero never ends.

runner = CliRunner()


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _unix_socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as sock:  # the socket file stays after the socket closes
        sock.bind(str(path))


def _link_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _folder(*entries: tuple[str, Callable[[Path], None]]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.mkdir()
        for name, write in entries:
            write(path / name)

    return make


#: name on disk, how to make it, what the one error line must say (the path it names, escaped)
PATH_CASES = [
    ("fifo.txt", _fifo, "FIFO", "fifo.txt"),
    ("socket.txt", _unix_socket, "socket", "socket.txt"),
    ("zero.txt", _link_to("/dev/zero"), "character device", "zero.txt"),
    ("broken.txt", _link_to("/nonexistent/filmgraph/gone.txt"), "broken symbolic link", "broken.txt"),
    ("missing.txt", lambda path: None, "no such file or folder", "missing.txt"),
    ("empty-folder", _folder(), "no reviews found", "empty-folder"),
    ("folder-with-a-fifo", _folder(("pipe.md", _fifo), ("photo.png", _bytes(b"\x89PNG\r\n"))), "FIFO", "pipe.md"),
    ("evil\nerror: forged\x1b[31m.txt", _bytes(b""), "empty", "evil\\nerror: forged\\x1b[31m.txt"),
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """A store on disk holding one good review, ingested through the CLI, and its quads."""
    folder = tmp_path_factory.mktemp("seeded")
    store, seed = folder / "store", folder / "seed.txt"
    seed.write_text(review_text(0), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(seed), "--store", str(store)]).exit_code == 0
    with FilmGraph.open(store) as graph:
        return store, snapshot(graph.store)


@pytest.fixture
def cli_store(seeded: tuple[Path, list], tmp_path: Path) -> tuple[str, list]:
    """A copy of the seeded store for one test, and the quads it holds."""
    template, quads = seeded
    shutil.copytree(template, tmp_path / "store")
    return str(tmp_path / "store"), quads


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, sockets and /dev/zero as on Linux")
@pytest.mark.parametrize(("name", "make", "problem", "shown"), PATH_CASES, ids=[case[0].split("\n")[0] for case in PATH_CASES])
def test_ingest_names_each_bad_path_and_goes_on(cli_store, tmp_path: Path, name: str, make, problem: str,
                                                shown: str) -> None:
    store, before = cli_store
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    make(bad)
    good = tmp_path / "good.txt"
    good.write_text(review_text(1), encoding="utf-8")
    started = time.monotonic()
    with watchdog(20):
        result = runner.invoke(app, ["ingest", str(bad), str(good), "--store", store])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1, result.output
    [line] = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith("error: ") and shown in line and problem in line, line
    assert "\x1b" not in result.stderr
    with FilmGraph.open(store) as graph:
        after = snapshot(graph.store)
        assert graph.stats()["reviews"] == 2
    assert set(before) <= set(after), "an ingest with a bad path lost quads already in the store"


def test_a_review_over_its_time_budget_is_reported_and_the_rest_goes_in(cli_store, tmp_path: Path) -> None:
    """--review-timeout stops one review's extraction, names the file, and ingests the others."""
    store, before = cli_store
    slow = tmp_path / "in" / "slow.txt"
    slow.parent.mkdir()
    _write_large(600_000)(slow)
    (tmp_path / "in" / "good.txt").write_text(review_text(1), encoding="utf-8")
    started = time.monotonic()
    with watchdog(HANG_LIMIT):
        result = runner.invoke(app, ["ingest", str(slow.parent), "--store", store, "--review-timeout", "0.2"])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1 and elapsed < 8, (elapsed, result.output)
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert str(slow) in line and "stopped after 0.2 s" in line
    with FilmGraph.open(store) as graph:
        assert graph.stats()["reviews"] == 2
        assert set(before) <= set(snapshot(graph.store))


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the dropped alarm, printed
def test_the_time_budget_survives_an_alarm_dropped_in_a_finalizer() -> None:
    """An exception raised while a finalizer or a gc callback runs (a library's, say) is printed and
    dropped: the budget's alarm fires again until one stops the block."""
    from filmgraph.ingest import _OverBudget, _time_budget

    class SlowToCollect:
        def __del__(self) -> None:
            time.sleep(0.5)  # the alarm comes here, and its exception goes nowhere

    started = time.monotonic()
    with pytest.raises(_OverBudget), watchdog(HANG_LIMIT), _time_budget(0.1):
        doomed = SlowToCollect()
        del doomed
        while time.monotonic() - started < 5:
            pass
    assert time.monotonic() - started < 2


def test_an_alarm_while_the_budgets_exception_is_on_its_way_out_raises_no_second_one() -> None:
    """On a loaded machine the next alarm can come while the first one's exception runs the
    block's finally clauses (the budget's own among them, which stops the alarms): it must not
    raise again there, or the alarms outlive the block."""
    from filmgraph.ingest import _OverBudget, _time_budget

    finally_ran_through = False
    previous = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    with pytest.raises(_OverBudget), watchdog(HANG_LIMIT), _time_budget(0.05):
        try:
            while time.monotonic() - started < 5:
                pass
        finally:
            signal.raise_signal(signal.SIGALRM)  # the next alarm, now
            finally_ran_through = True
    assert finally_ran_through
    assert signal.getsignal(signal.SIGALRM) is previous and signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_the_time_budget_keeps_an_outer_alarm(fg: FilmGraph, tmp_path: Path) -> None:
    """The budget is a SIGALRM timer too: an alarm set around the ingest (this suite's watchdog)
    still fires once, at its own time, and one due later gets its remaining time back."""
    slow = tmp_path / "slow.txt"
    _write_large(600_000)(slow)
    with pytest.raises(Hang), watchdog(0.2):  # due before the budget: the watchdog's, not the budget's
        fg.ingest(slow, review_budget=30)
    time.sleep(0.3)  # a second alarm would raise here
    with watchdog(30):
        report = fg.ingest(slow, review_budget=0.2)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
    assert "stopped after 0.2 s" in report.failed[0] and 20 < left < 30


def test_an_outer_alarm_raised_inside_a_finalizer_fires_again() -> None:
    """Python drops what a signal handler raises inside a finalizer or a gc callback (a loaded
    CI machine once saw the watchdog's Hang lost so); the budget runs the outer handler again
    until what it raises gets through."""
    from filmgraph.ingest import _time_budget

    class SlowToDelete:
        def __del__(self) -> None:
            time.sleep(0.3)  # the watchdog's alarm comes while this finalizer runs

    started = time.monotonic()
    with pytest.raises(Hang), watchdog(0.1), _time_budget(30):
        SlowToDelete()
        time.sleep(2)
    assert time.monotonic() - started < 1.5


def test_an_alarm_dropped_in_a_finalizer_is_reported_before_the_next_one() -> None:
    """What an alarm raises inside a finalizer is handed to ``sys.unraisablehook`` (a test runner
    formats it there); the budget's next alarm waits until that report is done rather than
    breaking it, then stops the block."""
    from filmgraph.ingest import _OverBudget, _time_budget

    reported = []

    def slow_report(unraisable: sys.UnraisableHookArgs) -> None:
        time.sleep(0.3)  # the budget's repeating alarms come while this runs
        reported.append(unraisable.exc_type)

    class SlowToDelete:
        def __del__(self) -> None:
            time.sleep(0.3)  # the budget's first alarm comes in here, and is dropped

    previous = sys.unraisablehook
    sys.unraisablehook = slow_report
    try:
        with pytest.raises(_OverBudget), _time_budget(0.1):
            SlowToDelete()
            time.sleep(2)
    finally:
        sys.unraisablehook = previous
    assert reported == [_OverBudget]


# -- hostile files for `filmgraph import` and `filmgraph catalog import` -----------------------------
#
# Each fails in one line naming the file and the problem, quickly and without the memory its
# content asks for, and the store keeps exactly what it had.

def _laughs_utf16(path: Path) -> None:
    text = (DATA / "billion-laughs.rdf").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path.write_bytes(text.encode("utf-16"))


def _quadratic_blowup(path: Path) -> None:
    """One 20 kB entity used 10,000 times: 200 MB of text from a 100 kB file, no nesting."""
    path.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + "a" * 20_000 + '">]>'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
                    '<rdf:Description rdf:about="http://example.org/x"><ex:p>' + "&a;" * 10_000 +
                    "</ex:p></rdf:Description></rdf:RDF>", encoding="utf-8")


_RDF_HEAD = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'

IMPORT_CASES = [
    ("billion-laughs.rdf", lambda path: path.write_bytes((DATA / "billion-laughs.rdf").read_bytes()), [], "DTD"),
    ("laughs-utf16.rdf", _laughs_utf16, [], "DTD"),
    ("quadratic.xml", _quadratic_blowup, [], "DTD"),
    ("external.owl", _text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + _RDF_HEAD
                          + '<rdf:Description rdf:about="http://example.org/x"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>'),
     [], "DTD"),
    ("parameter.rdf", _text('<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>' + _RDF_HEAD + "</rdf:RDF>"),
     [], "DTD"),
    ("doctype-after-root.rdf", _text(_RDF_HEAD + '</rdf:RDF><!DOCTYPE r [<!ENTITY a "b">]>'), [], "not well-formed"),
    ("fifo.rdf", _fifo, [], "FIFO"),
    ("zero.ttl", _link_to("/dev/zero"), [], "character device"),
    ("too-large.ttl", _text('<http://example.org/a> <http://example.org/p> "x" .\n' * 100), ["--max-bytes", "1000"],
     "over the limit of 1000 bytes"),
]


_REMAKES_HEADER = ("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                   "remake_wikidata_id\n")


def _gzip_bomb(path: Path) -> None:
    """A 5 kB gzip file of a CMU-like first line and then 5 MB of padding."""
    head = b"1\t/m/0abc\tPsycho\t1960\t\t\t{}\t{}\t{}\n"
    path.write_bytes(gzip.compress(head + b"\n" * 5_000_000))


CATALOG_CASES = [
    ("bomb.tsv.gz", _gzip_bomb, ["--max-bytes", "1000000"], "unpacks to more than the limit of 1000000 bytes"),
    ("fifo.csv", _fifo, [], "FIFO"),
    ("zero.tsv", _link_to("/dev/zero"), [], "character device"),
    ("too-large.csv", _text("original,original_year\n" * 100), ["--max-bytes", "100"], "over the limit of 100 bytes"),
    ("deep.json", _text('[{"Title": "Heat", "Release Date": "Dec 15 1995", "Director": "Michael Mann", "Major Genre": '
                        '"Action", "Notes": ' + "[" * 100_000 + "]" * 100_000 + "}]"), [], "nested too deeply"),
    ("huge-field.csv", _text(_REMAKES_HEADER + '"' + "x" * 200_000 + '",1950,,Y,1960,,,\n'), [], "not readable as CSV"),
]


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs and /dev/zero as on Linux")
@pytest.mark.parametrize(("command", "name", "make", "options", "problem"),
                         [("import", *case) for case in IMPORT_CASES] + [("catalog", *case) for case in CATALOG_CASES],
                         ids=[f"import-{c[0]}" for c in IMPORT_CASES] + [f"catalog-{c[0]}" for c in CATALOG_CASES])
def test_hostile_import_is_one_line_and_stores_nothing(cli_store, tmp_path: Path, command: str, name: str, make,
                                                       options: list, problem: str) -> None:
    store, before = cli_store
    path = tmp_path / name
    make(path)
    args = ["import", str(path)] if command == "import" else ["catalog", "import", str(path)]
    started = time.monotonic()
    with watchdog(20):
        result = runner.invoke(app, [*args, "--store", store, *options])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    assert elapsed < 1.0, f"{name}: refused after {elapsed:.2f} s"
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {path}: ") and problem in line, line
    with FilmGraph.open(store) as graph:
        assert snapshot(graph.store) == before


def test_billion_laughs_import_in_a_process_of_its_own(tmp_path: Path) -> None:
    """The issue's figures, in a fresh process: under 1 s of work, peak RSS under 200 MB."""
    store = tmp_path / "store"
    # a process of its own measures the import's peak RSS alone (RUSAGE_CHILDREN of this one would
    # count every process the test run started); 2 GB of address space at most, should it expand
    measure = (
        "import json, resource, subprocess, sys, time\n"
        "started = time.monotonic()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=60, check=False,\n"
        "    preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)))\n"
        "print(json.dumps({'code': done.returncode, 'seconds': time.monotonic() - started, 'stderr': done.stderr,\n"
        "    'rss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n"
    )
    command = [sys.executable, "-c", "from filmgraph.cli import main; main()", "import",
               str(DATA / "billion-laughs.rdf"), "--store", str(store)]
    out = subprocess.run([sys.executable, "-c", measure, *command], capture_output=True, text=True, timeout=90,
                         check=True)
    run = json.loads(out.stdout)
    print(f"billion-laughs.rdf: exit {run['code']}, {run['seconds']:.2f} s with interpreter start-up, "
          f"peak RSS {run['rss_kb'] // 1024} MB")
    assert run["code"] == 1 and run["stderr"].count("\n") == 1 and "DTD" in run["stderr"], run
    assert run["rss_kb"] < 200 * 1024
    assert run["seconds"] < 5.0  # the refusal itself is checked under 1 s in-process above


def test_catalog_warnings_name_the_file_escaped(cli_store, tmp_path: Path) -> None:
    """A catalog whose name holds a line break and an escape sequence: its warning stays one line."""
    store, _ = cli_store
    path = tmp_path / "films\nwarning: forged\x1b[2J.json"
    path.write_text('[{"Title": "Heat", "Release Date": "Dec 15 1995", "Director": "Michael Mann", "Major Genre": '
                    '"Action"}, {"Title": null, "Release Date": "", "Director": null, "Major Genre": null}]',
                    encoding="utf-8")
    result = runner.invoke(app, ["catalog", "import", str(path), "--store", store])
    assert result.exit_code == 0, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("warning: ") and "films\\nwarning: forged\\x1b[2J.json" in line and "no title" in line
    assert "\x1b" not in result.stdout and f"source            {shown_name(path)}\n" in result.stdout
