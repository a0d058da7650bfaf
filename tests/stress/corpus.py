"""Helpers shared by the stress tests: generated reviews, store snapshots and a hang watchdog.

Generated reviews use word titles (no digits), because digits in a title make the resolver and
the title finder see near-duplicates; every review names its own films, so a review's graph
does not depend on which other reviews are in the store.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, URIRef

__all__ = ["Hang", "watchdog", "snapshot", "review_text", "write_corpus", "graph_of", "TITLE_WORDS", "Listener"]

TITLE_WORDS = (
    "Amber Bishop Canyon Dagger Ember Falcon Garnet Harbor Ivory Jackal Kestrel Lantern Meadow "
    "Nomad Orchid Pilgrim Quarry Raven Saffron Tundra Umber Velvet Willow Yonder Zephyr Cobalt "
    "Marble Thistle Copper Hollow"
).split()
#: Originals take their words from a second list, so no original shares a title with a reviewed film.
_ORIGINAL_WORDS = (
    "Arrow Beacon Cinder Delta Echo Fjord Glacier Heron Island Juniper Kingdom Lagoon Mirage "
    "Nectar Oasis Prairie Quiver Ridge Summit Timber Vortex Wander Xenon Yarrow Zenith Cascade"
).split()
_FIRST = "Ann Bea Cal Dov Eli Fay Gus Hal Ida Jon Kit Lou Max Ned Oda Pia".split()
_LAST = "Lee Moss Park Quinn Reyes Stone Tate Vance Wolfe Yates Abbot Brandt Crane Dunn".split()


class Hang(BaseException):
    """Raised by :func:`watchdog` when a step runs too long.

    A BaseException, like KeyboardInterrupt, so that ``except Exception`` in the code under
    test cannot swallow it and report the hang as an ordinary failure.
    """


@contextlib.contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`Hang` after ``seconds`` (SIGALRM; main thread only).

    CPython's regex engine checks for signals while it backtracks, so a runaway pattern is
    interrupted too; a test that would hang fails instead.
    """

    def _alarm(signum, frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def snapshot(store) -> list[tuple[str, str, str, str]]:
    """Every quad of a backend as sorted N3 strings, for exact before/after comparison."""
    return sorted((s.n3(), p.n3(), o.n3(), g.n3() if g is not None else "") for s, p, o, g in store.quads())


def graph_of(store, name: URIRef) -> Graph:
    """The named graph ``name`` of a backend as an rdflib Graph (empty if absent)."""
    graph = Graph(identifier=name)
    for s, p, o, _ in store.quads(name):
        graph.add((s, p, o))
    return graph


def _title(n: int, words: list[str]) -> str:
    k = len(words)
    # Two distinct words per title; titles do not repeat for n < k * (k - 1).
    first = n % k
    second = (first + 1 + (n // k) % (k - 1)) % k
    return f"{words[first]} {words[second]}"


def review_text(n: int, *, revision: int = 0) -> str:
    """Review number ``n`` of the generated corpus: a reviewed film, a remake claim, a cast credit.

    A later ``revision`` of the same review adds ``10 * revision`` cast credits, so replacing a
    review changes its graph and writing it takes longer.

    >>> print(review_text(0).splitlines()[0])
    AMBER BISHOP (1950)
    """
    title, original = _title(n, TITLE_WORDS), _title(n, _ORIGINAL_WORDS)
    year, original_year = 1950 + n % 50, 1920 + n % 30
    reviewer = f"{_FIRST[n % len(_FIRST)]} {_LAST[n % len(_LAST)]}"
    actor = f"{_FIRST[(n + 3) % len(_FIRST)]} {_LAST[(n + 5) % len(_LAST)]}"
    character = f"{_FIRST[(n + 7) % len(_FIRST)]} {_LAST[(n + 1) % len(_LAST)]}"
    extra = "".join(
        f" {_FIRST[(n + i) % len(_FIRST)]} {_LAST[i % len(_LAST)]} plays {_LAST[(n + i) % len(_LAST)]} {_FIRST[i % len(_FIRST)]}."
        for i in range(10 * revision)
    )
    return (
        f"{title.upper()} ({year})\nReviewed by {reviewer}\n\n"
        f"{title} is a remake of {original} ({original_year}). {actor} plays {character}.{extra}\n"
    )


def write_corpus(folder: Path, count: int, *, revision: int = 0) -> list[Path]:
    """Write ``count`` generated reviews into ``folder``; return their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"review-{n:04d}.txt"
        path.write_text(review_text(n, revision=revision), encoding="utf-8")
        paths.append(path)
    return paths


class Listener:
    """A TCP listener on a free loopback port that counts the connections made to it.

    Each connection is accepted, counted, then closed at once (a client waiting for an answer
    gets none and fails fast). Use it as a context manager; ``url`` is ``http://127.0.0.1:PORT/``.
    """

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}/sparql"
        self.connections = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:  # closed by __exit__
                return
            self.connections += 1  # counted before the close, so the client's error comes after it
            connection.close()

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept (a close alone does not)
        self._socket.close()
        self._thread.join(timeout=5)
