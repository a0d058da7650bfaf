"""Ingest: review files (or reviews in memory) in, their facts in the store and an
:class:`IngestReport` out.

Each review goes through the stages in turn, one transaction a review:

1. read: path -> :class:`ReadReview` (a file that cannot be read is reported with its ReviewError);
2. extract: Review -> :class:`~filmgraph.model.Extraction`, in worker processes when asked (a review
   whose extractor raises or runs past its time budget is reported as an :class:`ExtractionFailed`
   whose ``__cause__`` is what the extractor raised);
3. resolve: Extraction -> :class:`~filmgraph.model.ResolvedReview`, against the stored films;
4. write: resolved review -> its named graph (:func:`~filmgraph.rdf.writer.review_graph`), checked
   against the SHACL shapes when asked;
5. store: the graph replaces what the review said before.

A review that fails is reported and the batch goes on; nothing already stored is lost. Any other
exception is a bug of the pipeline and propagates. :meth:`Pipeline.ingest` is the entry point;
:meth:`Pipeline.resolve_again` re-resolves stored reviews when dated films arrive (a catalog
import calls it too), and :func:`remove_source` takes a review or an import back out.

>>> from filmgraph.reviews import read_text
>>> from filmgraph.store import open_store
>>> store = open_store(":memory:")
>>> pipeline = Pipeline(store, store_resolver(store))
>>> report = pipeline.ingest_review(ReadReview(read_text("Psycho (1998) is a remake of Psycho (1960).",
...                                                       source="psycho.txt")))
>>> report.reviews, report.failed
(1, [])
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import FrameType

import numpy
from rapidfuzz import fuzz, process
from rdflib import Literal, URIRef

from .answers import year_of
from .errors import ExtractionError, FilmgraphError, ReviewError, StoreError, ValidationError, shown_name
from .model import DEFAULT_MIN_CONFIDENCE, Extraction, Review
from .query.library import load_query
from .query.results import complete_rows
from .rdf.vocab import FG, ID
from .rdf.writer import review_graph, review_iri
from .resolve import FilmCandidate, FilmIndex, Resolver
from .resolve.index import FUZZY_THRESHOLD
from .resolve.names import compact_key
from .reviews import read_review, scan_review_paths
from .store import Backend
from .titlekeys import normalize_title

__all__ = ["Pipeline", "ReadReview", "IngestReport", "ExtractionFailed", "Removed", "StoredFilms", "store_resolver",
           "remove_source", "extract_or_failure", "DEFAULT_REVIEW_BUDGET", "INGEST_BATCH"]

#: Seconds the extraction of one review may take before it is stopped and reported. Extraction is
#: linear in the review's length (a review at the 1 MB size limit takes a few seconds), so only an
#: extractor bug comes near this.
DEFAULT_REVIEW_BUDGET = 60.0

#: Reviews extracted before any of them is resolved: the resolver then looks up the stored
#: films that they name in one fuzzy pass (see :meth:`Resolver.prefetch`).
INGEST_BATCH = 64


@dataclass
class IngestReport:
    """What an ingest did: counts, the errors of what did not go in, and resolver warnings."""

    reviews: int = 0
    unchanged: int = 0
    #: One error for each path, file or review that did not go in: a ReviewError (missing,
    #: unreadable), an :class:`ExtractionFailed` (its ``__cause__`` is what the extractor raised)
    #: or a ValidationError (its ``__cause__`` is the shapes' report).
    errors: list[FilmgraphError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Reviews already in the graph, resolved again because a film they name without a year
    #: may be a film with that title and a year that this ingest brought.
    resolved_again: int = 0

    @property
    def failed(self) -> list[str]:
        """The errors as lines, each naming the file or review."""
        return [str(error) for error in self.errors]

    @property
    def ok(self) -> bool:
        """True when every review went in (or was already there unchanged)."""
        return not self.errors


class ExtractionFailed(ExtractionError):
    """The extraction of one review raised, or ran past its time budget; the review was not stored.

    ``source`` names the review and ``problem`` says what happened; ``__cause__`` is the exception
    the extractor raised (None when it was stopped for time).
    """

    def __init__(self, source: str, problem: str, cause: BaseException | None = None) -> None:
        super().__init__(f"{shown_name(source)}: {problem}")
        self.source, self.problem = source, problem
        self.__cause__ = cause

    def __reduce__(self) -> tuple[type[ExtractionFailed], tuple[str, str, BaseException | None]]:
        # From a worker process it comes back pickled, and pickle keeps an exception's args only:
        # the cause goes along as one.
        return type(self), (self.source, self.problem, _portable(self.__cause__))


def _portable(error: BaseException | None) -> BaseException | None:
    """``error`` if it survives pickling, else an ExtractionError naming its type and message (an
    extractor's exception may hold what does not pickle, or need arguments to be rebuilt)."""
    if error is None:
        return None
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - whatever pickling raises, the answer is the same: send a description
        return ExtractionError(f"{type(error).__module__}.{type(error).__qualname__}: {error}")
    return error


#: Seconds between alarms once a time budget is spent (see _time_budget).
_RETRY = 0.05


class _OverBudget(BaseException):
    """Raised inside an extraction that ran past its time budget; a BaseException so that no
    ``except Exception`` in the extractor takes it for an ordinary error."""


@contextlib.contextmanager
def _time_budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the block with :class:`_OverBudget` after ``seconds`` (SIGALRM).

    Only the main thread of a process gets signals, so elsewhere (an ingest run from a thread)
    the block runs unbounded. An alarm someone else set (a test's watchdog) is kept: it fires at
    its own time, for its own handler, and its remaining time is set again afterwards.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    started = time.monotonic()
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    outer_fired = outer_done = spent = reporting = False
    raised: BaseException | None = None  # what an alarm last raised into the block
    outer_hook = sys.unraisablehook

    def report(unraisable: sys.UnraisableHookArgs) -> None:
        nonlocal reporting
        reporting = True
        try:
            outer_hook(unraisable)
        finally:
            reporting = False

    def alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal outer_fired, outer_done, spent, raised
        if reporting or (raised is not None and sys.exc_info()[1] is raised):
            # it is on its way out (a finally or an __exit__ is running for it): another would
            # replace it there, perhaps inside the finally below that stops these alarms; or one
            # dropped in a finalizer is being reported (a test runner formats it), which another
            # would break: the next alarm comes after it
            return
        elapsed = time.monotonic() - started
        if outer_left and not outer_done and outer_left <= seconds and callable(outer_handler) and elapsed < seconds:
            # the outer alarm was due first: it is theirs. What its handler raises is dropped if
            # the signal came inside a finalizer or a gc callback, so it runs again after a
            # moment until the block ends; a handler that returns has had its turn.
            outer_fired = True
            signal.setitimer(signal.ITIMER_REAL, _RETRY, _RETRY)
            try:
                outer_handler(signum, frame)
            except BaseException as error:
                raised = error
                raise
            outer_done = True
            signal.setitimer(signal.ITIMER_REAL, max(seconds - elapsed, 1e-3), _RETRY)  # then the budget's own
            return
        spent = True
        raised = _OverBudget()
        raise raised

    signal.signal(signal.SIGALRM, alarm)
    sys.unraisablehook = report
    # (repeating: an exception raised while a finalizer runs is printed and dropped, not raised,
    # so the alarm fires again until one gets through)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_left) if outer_left else seconds, _RETRY)
    try:
        yield
        if spent:
            raise _OverBudget  # every alarm was dropped that way, and the block ran to its end
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        sys.unraisablehook = outer_hook
        if outer_left and not outer_fired:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 1e-3), outer_interval)


def extract_or_failure(review: Review, budget: float | None = None) -> Extraction | ExtractionFailed:
    """The extraction of ``review``, or why there is none (a module function, so that worker
    processes can run it); one that takes longer than ``budget`` seconds is stopped."""
    from .extract import extract_review  # here, not at the top: commands that only read skip its load time

    try:
        with _time_budget(budget):
            return extract_review(review)
    except _OverBudget:
        return ExtractionFailed(review.source, f"extraction stopped after {budget:g} s, the time budget of one "
                                               "review (--review-timeout); the review was not stored")
    except Exception as error:  # noqa: BLE001 - an extractor bug must not stop an ingest of thousands of files; it is reported
        return ExtractionFailed(review.source, f"extraction failed ({type(error).__name__}: {error})", error)


@dataclass(frozen=True, slots=True)
class ReadReview:
    """A review read for ingest, with the file it was read from (None for a text in memory, which
    no progress callback is told about)."""

    review: Review
    path: Path | None = None


class StoredFilms:
    """The films of a store, as a :class:`~filmgraph.resolve.FilmIndex` reads them (see
    :class:`~filmgraph.resolve.FilmSource`)."""

    def __init__(self, store: Backend) -> None:
        self.store = store

    def title_keys(self) -> list[str]:
        return [key for (key,) in self.store.select_values(load_query("title_keys")) if key]

    def films_with_key(self, key: str) -> list[FilmCandidate]:
        films = []
        for film, title, year in self.store.select_values(load_query("films_by_key"), {"key": key}):
            if film is None or title is None:
                continue
            alternates: tuple[str, ...] = ()
            if normalize_title(title) != key:  # found by an alternate title, which the index must know
                alternates = tuple(sorted(value for _, value in complete_rows(self.store.select_values(
                    load_query("film_values"), {"property": FG.alternateTitle, "film": URIRef(film)}))))
            films.append(FilmCandidate(film, title, year_of(year), alternates))
        return films

    def all_films(self) -> list[FilmCandidate]:
        # One property at a time: joining title, year and alternate titles in one query would
        # pair up every review graph that restates a film.
        query = load_query("film_values")

        def values(name: str) -> list[tuple[str, ...]]:
            return sorted(complete_rows(self.store.select_values(query, {"property": FG[name]})))

        years: dict[str, int] = {}
        for film, year in values("year"):
            number = year_of(year)
            if number is not None and (film not in years or number < years[film]):
                years[film] = number
        alternates: dict[str, list[str]] = {}
        for film, alternate in values("alternateTitle"):
            alternates.setdefault(film, []).append(alternate)
        return [FilmCandidate(film, title, years.get(film), tuple(alternates.get(film, ())))
                for film, title in values("title")]

    def remake_links(self, iri: str) -> list[str]:
        bound = {"film": URIRef(iri)}
        return [row[0] for name in ("remakes_direct", "remade_from_direct")
                for row in complete_rows(self.store.select_values(load_query(name), bound))]


def store_resolver(store: Backend) -> Resolver:
    """A resolver over the films of ``store``, which it reads as lookups need them."""
    return Resolver(FilmIndex(source=StoredFilms(store)))


@dataclass
class Pipeline:
    """The ingest stages over one store.

    Parameters
    ----------
    store : Backend
        Where each review's graph goes.
    resolver : Resolver
        Resolves mentions against the stored films (see :func:`store_resolver`); it learns each
        review's films as they are stored.
    min_confidence : float
        Facts below this confidence are kept out of the graph.
    validate : bool
        Check each review's graph against the SHACL shapes before it is stored (needs pySHACL).
    review_budget : float or None
        Seconds one review's extraction may take (None: no limit).
    """

    store: Backend
    resolver: Resolver
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    validate: bool = False
    review_budget: float | None = DEFAULT_REVIEW_BUDGET

    def ingest(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, workers: int = 1,
               on_start: Callable[[int], None] | None = None,
               on_progress: Callable[[Path], None] | None = None) -> IngestReport:
        """Ingest review files and folders (``.txt``, ``.md``, ``.html``).

        Reviews are read and extracted :data:`INGEST_BATCH` at a time before they are resolved
        and stored, one transaction each: a crash loses at most the review being written. With
        ``workers`` above 1, extraction runs in that many processes; resolving and storing stay
        in this one, in file order, so the graph is the same as with one worker.

        A path that is missing, is not a regular file or folder (a FIFO, device, socket or broken
        link: never opened), or is a folder without reviews is reported in ``errors`` by name,
        and the rest goes in; so is a file that cannot be read, and a review whose extraction
        fails or runs past :attr:`review_budget`.

        Parameters
        ----------
        on_start : callable or None
            Called once with the number of review files found, before the first is read.
        on_progress : callable or None
            Called with each file once it is done (stored, unchanged or failed).
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        report = IngestReport()
        scan = scan_review_paths(paths)
        report.errors.extend(scan.problems)
        files = list(scan.files)
        if on_start is not None:
            on_start(len(files))
        if workers > 1 and len(files) > INGEST_BATCH:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                self._ingest_files(files, report, on_progress, batch=INGEST_BATCH * workers, pool=pool)
        else:
            self._ingest_files(files, report, on_progress, batch=INGEST_BATCH)
        return report

    def _ingest_files(self, files: list[Path], report: IngestReport, on_progress: Callable[[Path], None] | None,
                      *, batch: int, pool: Executor | None = None) -> None:
        for start in range(0, len(files), batch):
            read: list[ReadReview] = []
            for path in files[start:start + batch]:
                try:
                    read.append(ReadReview(read_review(path), path))
                except ReviewError as error:
                    report.errors.append(error)
                    if on_progress is not None:
                        on_progress(path)
            self.ingest_batch(read, report, on_progress, pool=pool)

    def ingest_review(self, read: ReadReview, report: IngestReport | None = None) -> IngestReport:
        """Extract, resolve and store one review, replacing what it said before.

        A review whose text has not changed since it was stored is left alone; a review that
        fails to extract is reported and the store keeps what it had.
        """
        report = report if report is not None else IngestReport()
        self.ingest_batch([read], report)
        return report

    def ingest_batch(self, reviews: Sequence[ReadReview], report: IngestReport,
                     on_progress: Callable[[Path], None] | None = None, *, pool: Executor | None = None) -> None:
        """Ingest ``reviews``: all are extracted first (in ``pool`` when given), so the resolver
        reads the stored films they name in one pass; each is then stored on its own."""
        batch_hashes: dict[str, str] = {}  # a file named twice in one batch is not yet in the store
        changed: list[ReadReview] = []
        for read in reviews:
            iri = review_iri(read.review)
            if read.review.content_hash in (batch_hashes.get(iri), self._stored_hash(read.review)):
                report.unchanged += 1
                _done(read, on_progress)
            else:
                changed.append(read)
                batch_hashes[iri] = read.review.content_hash
        extract = partial(extract_or_failure, budget=self.review_budget)
        texts = [read.review for read in changed]
        outcomes = pool.map(extract, texts, chunksize=4) if pool is not None else map(extract, texts)
        extracted: list[tuple[ReadReview, Extraction]] = []
        for read, outcome in zip(changed, outcomes):
            if isinstance(outcome, Extraction):
                extracted.append((read, outcome))
            else:
                report.errors.append(outcome)
                _done(read, on_progress)
        self.resolver.prefetch([extraction for _, extraction in extracted], min_confidence=self.min_confidence)
        for read, extraction in extracted:
            warnings = self._store_review(extraction, report)
            if warnings is not None:
                report.reviews += 1
                report.warnings.extend(warnings)
            _done(read, on_progress)
        self.resolve_again([film.title for film in self.resolver.take_new_dated()], report)

    def _stored_hash(self, review: Review) -> str | None:
        rows = self.store.select(load_query("review_hash"), {"review": review_iri(review)}).rows
        return str(rows[0][0]) if rows else None

    def _store_review(self, extraction: Extraction, report: IngestReport) -> list[str] | None:
        """Resolve ``extraction`` and write it as its review's graph; the resolver's warnings, or
        None if the graph failed validation (and was not written)."""
        review = extraction.review
        resolved = self.resolver(extraction, min_confidence=self.min_confidence)
        graph = review_graph(resolved)
        if self.validate:
            from .rdf.shapes import validate

            try:
                validate(graph)
            except ValidationError as error:
                failure = ValidationError(f"{shown_name(review.source)}: {error}")
                failure.__cause__ = error  # the shapes' report, kept as `raise ... from error` would
                report.errors.append(failure)
                return None
        self.store.replace_graph(graph)
        return [f"{review.source}: {w}" for w in resolved.warnings]

    def resolve_again(self, titles: Iterable[str], report: IngestReport,
                      on_progress: Callable[[int, int], None] | None = None) -> None:
        """Resolve again, from their files, the stored reviews that name a film without a year
        by one of ``titles`` (of films with a year that are new to the graph) or a close spelling.

        Without this the graph would depend on the order reviews come in: a mention without a
        year read before the dated film it names gets a node of its own; read after, it links to
        that film. Films of unknown year by those titles are left out of the lookups, so each
        review resolves as if it came after every dated film (an ambiguous mention gets its
        year-less node back). A review whose file is gone or has changed keeps what it said,
        with a warning. ``on_progress`` is called with (reviews done, reviews to do).
        """
        named = self._stored_titles_like(titles)
        if not named:
            return
        rows = self.store.select_values(load_query("reviews_without_year"), {"key": [Literal(key) for key in named]})
        again = list(dict.fromkeys((source, digest) for _, source, digest in rows if source is not None))
        for done, (source, stored_hash) in enumerate(again):
            if on_progress is not None:
                on_progress(done, len(again))
            self._resolve_review_again(source, stored_hash, report)
        if on_progress is not None:
            on_progress(len(again), len(again))
        self.resolver.take_new_dated()  # the films those reviews name were all in the graph already

    def _stored_titles_like(self, titles: Iterable[str]) -> list[str]:
        """The title keys of stored films without a year that are one of ``titles`` or a close
        spelling, with the year-less films of those titles taken out of the resolver's index."""
        new = {compact_key(title): title for title in titles}
        new.pop("", None)
        stored = [key for (key,) in self.store.select_values(load_query("titles_without_year")) if key] if new else []
        if not stored:
            return []
        # a close spelling may have been taken for the film now dated: a wider net costs a re-read only
        scores = process.cdist([key.replace(" ", "") for key in stored], list(new), scorer=fuzz.ratio,
                               score_cutoff=FUZZY_THRESHOLD, dtype=numpy.uint8)
        named = [key for key, row in zip(stored, scores) if row.any()]
        if named:
            index = self.resolver.index
            for title in (*named, *new.values()):
                for film in index.exact(title, None):
                    index.discard(film.iri)
        return named

    def _resolve_review_again(self, source: str, stored_hash: str | None, report: IngestReport) -> None:
        """Read, extract and store again the review stored from ``source``, unless its file is gone
        or has changed (then it keeps what it said, with a warning)."""
        try:
            review: Review | None = read_review(Path(source))
        except ReviewError:
            review = None
        if review is None or review.content_hash != stored_hash:
            report.warnings.append(f"{source}: names a film without a year that may be a film now in the graph; "
                                   f"not resolved again, as the file is {'changed' if review else 'gone'}")
            return
        outcome = extract_or_failure(review, budget=self.review_budget)
        if not isinstance(outcome, Extraction):  # the review keeps what it said
            report.errors.append(outcome)
            return
        index = self.resolver.index
        stated = self.store.select_values(load_query("remakes_stated_only_in"), {"review": review_iri(review)})
        for remake, original in complete_rows(stated):  # not context for itself: as if it had never been read
            index.unrelate(remake, original)
        warnings = self._store_review(outcome, report)
        if warnings is not None:
            report.resolved_again += 1
            report.warnings.extend(w for w in warnings if w not in report.warnings)


def _done(read: ReadReview, on_progress: Callable[[Path], None] | None) -> None:
    """Tell ``on_progress`` that the file of ``read`` is done."""
    if on_progress is not None and read.path is not None:
        on_progress(read.path)


@dataclass(frozen=True, slots=True)
class Removed:
    """What :func:`remove_source` took out: a ``review`` or an ``import`` graph, its IRI and
    how many quads it held."""

    kind: str
    graph: str
    quads: int


def _review_stub(path: Path) -> Review:
    """A Review with the identity that ingesting ``path`` would give it (no need to read it)."""
    from .reviews import review_id_for, source_for

    source = source_for(path)
    return Review(review_id_for(source), source, "", "")


def remove_source(store: Backend, source: str | os.PathLike[str]) -> Removed | None:
    """Take back everything a review said, or everything an import brought; None if the store
    holds neither by that name. Nothing else is ever removed.

    ``source`` is a review's path (as ingested), its source as given to
    :func:`~filmgraph.reviews.read_text` or its review IRI, or an imported RDF file's path or its
    import graph's IRI (``.../id/graph/import/...``).

    Raises
    ------
    StoreError
        If ``source`` is an IRI that names neither a review nor an import (the catalog and
        Wikidata graphs, a film): it is refused, and the store is unchanged.
    """
    from .rdf.reader import import_graph_iri
    from .reviews import review_id_for

    # a name from the command line may hold bytes that are not UTF-8 (kept as surrogates), as
    # stored sources spell them; a NUL byte is in no file name or IRI
    text = str(source).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if "\x00" in text:
        return None
    if text.startswith(("http://", "https://")):
        candidates = [URIRef(text)]
        if not text.startswith((str(ID["review/"]), str(ID["graph/import/"]))):
            raise StoreError(f"{shown_name(text)}: names no review or import graph; remove takes a review "
                             "or an imported file (by path or IRI), never a catalog, the Wikidata links or a node")
    else:  # a file as ingested (its absolute path), a source as given to read_text, an import
        candidates = list(dict.fromkeys([review_iri(_review_stub(Path(source))), ID[f"review/{review_id_for(text)}"],
                                         import_graph_iri(source)]))
    for graph in candidates:
        kind = "review" if str(graph).startswith(str(ID["review/"])) else "import"
        if kind == "review" and not store.select(load_query("review_hash"), {"review": graph}).rows:
            continue
        quads = sum(1 for _ in store.quads(graph))
        if not quads:
            continue
        store.drop_graph(graph)
        return Removed(kind, str(graph), quads)
    return None
