"""How filmgraph scales: ingest, bulk load, query latency, export, memory and disk at 100k-10M triples.

Usage::

    python benchmarks/bench_scale.py --sizes 100k,1M          # the usual run (a few minutes), printed
    python benchmarks/bench_scale.py --sizes 100k,1M --write  # and written to benchmarks/RESULTS.md
    python benchmarks/bench_scale.py --sizes 100k,1M,10M      # 10M too (long; needs several GB)

For each size a graph of about that many quads is built: up to half of it real data (the CMU
film catalog and the Wikipedia remake list from ``../shared/data/catalog``, imported once, and the
critics' and IMDb reviews from ``../shared/data/reviews`` ingested on top through FilmGraph, when
those folders are there), the rest generated reviews written straight to N-Quads by ``rdf/writer.py`` itself (a review
node, reviewer, reviewed film, director, a remake and sometimes an influence, three cast members
with roles, one Claim node per fact). Each size runs in its own process, so peak memory is that
size's own. Printed, and written to the committed ``benchmarks/RESULTS.md`` only with ``--write``
(or to another file with ``--out PATH``), so a trial run on another machine replaces nothing:

* bulk load: quads/s through ``OxigraphBackend.load`` (N-Quads) into an on-disk store, then the
  time of ``OxigraphBackend.optimize`` (the compaction ``FilmGraph.import_catalog`` runs after its
  load; queries are measured after it), and the store's size on disk;
* ingest: reviews/s through ``FilmGraph.ingest`` of 200 held-out reviews into a copy of that
  store and into an empty one, three times each in turns, medians (the ratio shows what a big
  store costs);
* query latency (median): ``FilmGraph.remakes_of`` and every ``queries/*.rq``, its parameters bound
  to a film, person and review that are in the graph;
* ``filmgraph.export.to_networkx`` time, when that function exists;
* peak RSS (``ru_maxrss``) after the Oxigraph phases, and after the rdflib baseline;
* baseline, up to 1M quads: the same N-Quads into filmgraph's rdflib backend (an in-memory
  ``rdflib.Dataset``): load time and the latency of a few of the same queries; and rdflib's
  ``rdflib_to_networkx_multidigraph`` over the union of its triples (one edge per triple, every
  term a node), against ``to_networkx``.

A PNG plot is written beside the table, when one is written, if matplotlib can be imported.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_REVIEWS = ROOT.parent / "shared" / "data" / "reviews"
SHARED_CATALOGS = [ROOT.parent / "shared" / "data" / "catalog" / name
                   for name in ("cmu-movie-metadata.tsv.gz", "wikipedia-remakes.csv")]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"

FG = "https://w3id.org/filmgraph/ontology#"
ID = "https://w3id.org/filmgraph/id/"

#: Reviews ingested through FilmGraph for the ingest-throughput measurement (--sample).
SAMPLE = 200
#: Ingests into each store (this size's and an empty one), taken in turns; the median counts.
INGEST_RUNS = 3
#: Films per remake family in the generated part: a small tree of remakes of remakes.
FAMILY = 8
#: Beyond this many quads the rdflib baseline is skipped (it needs about 1.5 kB per quad).
RDFLIB_LIMIT = 1_000_000
#: Queries run on the rdflib baseline too (the others are too slow there to be worth waiting for).
RDFLIB_QUERIES = ("review_hash", "films_by_key", "remakes_direct", "cast_of", "stats")
#: A query whose first run takes longer than this is not repeated.
SLOW_QUERY = 5.0
#: Seconds the repeats of one measurement may take: a worker's job must finish inside its budget
#: (60 s by default), and 16 runs of a 4 s query did not.
REPEAT_ALLOWANCE = 20.0
#: N-Quads lines per OxigraphBackend.load call (so 10M quads are not one 2 GB bytes object).
LOAD_CHUNK = 2_000_000

_WORDS = ("Amber Bishop Canyon Dagger Ember Falcon Garnet Harbor Ivory Jackal Kestrel Lantern Meadow "
          "Nomad Orchid Pilgrim Quarry Raven Saffron Tundra Umber Velvet Willow Yonder Zephyr").split()
_FIRST = "Ann Bea Cal Dov Eli Fay Gus Hal Ida Jon Kit Lou Max Ned Oda Pia".split()
_LAST = "Lee Moss Park Quinn Reyes Stone Tate Vance Wolfe Yates Abbot Brandt Crane Dunn".split()


# -- sizes and formatting ---------------------------------------------------------------------


def parse_size(text: str) -> int:
    """``100k`` -> 100000, ``1M`` -> 1000000, ``2500`` -> 2500."""
    text = text.strip()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:].lower(), 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def _label(size: int) -> str:
    return f"{size // 1_000_000}M" if size >= 1_000_000 and size % 1_000_000 == 0 else f"{size // 1000}k"


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- generated reviews, straight to N-Quads ---------------------------------------------------


def _title(n: int) -> str:
    return f"{_WORDS[n % len(_WORDS)]} {_WORDS[(n // len(_WORDS)) % len(_WORDS)]} {n}"


def _film(n: int) -> tuple[str, str, int]:
    """IRI, title and year of generated film ``n``."""
    return f"{ID}film/gen-{n}-{1930 + n % 90}", _title(n), 1930 + n % 90


def _person(n: int) -> tuple[str, str]:
    name = f"{_FIRST[n % len(_FIRST)]} {_LAST[(n // len(_FIRST)) % len(_LAST)]} {n}"
    return f"{ID}person/gen-{n}", name


def generated_review(k: int, people: int) -> list[str]:
    """The N-Quads lines of generated review ``k``, written by rdf/writer.py itself (its review
    triples as N-Quads text), so the generated part has the shape of an ingested review.

    Review ``k`` reviews film ``k``. Films come in families of :data:`FAMILY`: film ``j`` of a
    family remakes film ``(j - 1) // 2`` of it, so each family's first film has a remake tree of
    depth three. Every other review also names an influence; cast and crew are drawn from a pool
    of ``people`` so that people work on many films.
    """
    from filmgraph.model import (
        CastCredit,
        Evidence,
        Extraction,
        FilmRef,
        ResolvedClaim,
        ResolvedFilm,
        ResolvedPerson,
        ResolvedReview,
        Review,
        Span,
    )
    from filmgraph.rdf.nquads import NQUADS, nquads_lines
    from filmgraph.rdf.writer import review_iri, review_triples
    from filmgraph.relations import INFLUENCED_BY, REMAKE_OF

    review_id = hashlib.sha1(f"generated-{k}".encode()).hexdigest()[:16]
    sentences: list[str] = []

    def said(sentence: str, mention: str) -> Evidence:
        """Evidence of ``sentence`` (added to the review's text) naming ``mention``."""
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        at = start + sentence.index(mention)
        return Evidence(Span(start, start + len(sentence)), Span(at, at + len(mention)), 0.9)

    def film(n: int, evidence: Evidence | None = None) -> ResolvedFilm:
        iri, title, year = _film(n)
        return ResolvedFilm(iri, title, year, source=FilmRef(title, year, evidence=evidence))

    def person(n: int, evidence: Evidence | None = None) -> ResolvedPerson:
        return ResolvedPerson(*_person(n), evidence=evidence)

    title = _title(k)
    director = 100 + (k * 7) % people
    crew = (person(director, said(f"{title} was directed by {_person(director)[1]}.", _person(director)[1])),)
    claims = []
    family, j = divmod(k, FAMILY)
    if j:
        original = family * FAMILY + (j - 1) // 2
        named = said(f"{title} is a remake of {_title(original)}.", _title(original))
        claims.append(ResolvedClaim(REMAKE_OF.name, film(original, named)))
    if k % 2:
        influence = (k * 31 + 5) % max(k, 1)
        named = said(f"It owes a lot to {_title(influence)}.", _title(influence))
        claims.append(ResolvedClaim(INFLUENCED_BY.name, film(influence, named)))
    cast = []
    for c in range(3):
        number = 100 + (k * 3 + c * 11) % people
        name = _person(number)[1]
        character = f"{_FIRST[(k + c) % len(_FIRST)]} {_LAST[(k + 2 * c) % len(_LAST)]}"
        cast.append((person(number), CastCredit(name, character, said(f"{name} plays {character}.", name))))
    text = " ".join(sentences)
    review = Review(review_id, f"generated/review-{k}.txt", text, hashlib.sha256(review_id.encode()).hexdigest())
    resolved = ResolvedReview(Extraction(review), film(k), directors=crew, claims=tuple(claims), cast=tuple(cast),
                              reviewer=person(k % 97))
    return nquads_lines(review_triples(resolved, NQUADS), str(review_iri(review)))


def people_pool(quads: int) -> int:
    """How many people the generated reviews of ``quads`` quads share (about 100 quads a review)."""
    return max(200, quads // 100 // 2)


def generated_chunks(quads: int, chunk: int = 200_000) -> Iterator[tuple[bytes, int, int]]:
    """Generated reviews as N-Quads bytes in chunks: (data, quads in it, reviews so far)."""
    people = people_pool(quads)
    k, made, lines = 0, 0, []
    while made < quads:
        review = generated_review(k, people)
        lines += review
        made += len(review)
        k += 1
        if len(lines) >= chunk or made >= quads:
            yield ("\n".join(lines) + "\n").encode("utf-8"), len(lines), k
            lines = []


# -- the real part ----------------------------------------------------------------------------


def real_review_files() -> list[Path]:
    """The shared corpus's review files in a fixed, mixed order (empty when it is absent)."""
    if not SHARED_REVIEWS.is_dir():
        return []
    files = sorted(SHARED_REVIEWS.rglob("*.txt"))
    return [files[i] for i in sorted(range(len(files)), key=lambda i: hashlib.md5(str(i).encode()).digest())]


def write_generated_sample(folder: Path, count: int) -> list[Path]:
    """Review files for the ingest measurement when the shared corpus is absent."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        title, original = _title(10_000_000 + n), _title(20_000_000 + n)
        actor, character = _person(n)[1], _person(n + 1)[1]
        path = folder / f"sample-{n}.txt"
        path.write_text(f"{title.upper()} ({1950 + n % 50})\nReviewed by {_person(n + 2)[1]}\n\n"
                        f"{title} is a remake of {original} ({1930 + n % 20}). {actor} plays {character}.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def build_real_nquads(files: list[Path], out: Path) -> dict:
    """Import the shared catalogs (CMU films, the remake list) into a memory store, ingest real
    reviews on top (so their mentions resolve to catalog films), and dump it all as N-Quads."""
    from filmgraph.api import FilmGraph

    fg = FilmGraph.open(":memory:", validate=False)
    catalogs = [path for path in SHARED_CATALOGS if path.is_file()]
    catalog_films = sum(fg.import_catalog(path).films for path in catalogs)
    started = time.perf_counter()
    report = fg.ingest(files)
    elapsed = time.perf_counter() - started
    from filmgraph.rdf.vocab import CATALOG_GRAPH

    # Reviews first, the catalog after: a size that takes only part of the real quads gets reviews.
    catalog_end = f"<{CATALOG_GRAPH}> .".encode()
    whole = out.with_suffix(".unordered.nq")
    fg.store.dump(whole, "nquads")
    lines = whole.read_bytes().splitlines(keepends=True)
    whole.unlink()
    with out.open("wb") as sink:
        sink.writelines(line for line in lines if not line.rstrip().endswith(catalog_end))
        sink.writelines(line for line in lines if line.rstrip().endswith(catalog_end))
    return {"reviews": report.reviews, "failed": len(report.failed), "quads": len(fg.store), "seconds": elapsed,
            "catalogs": [path.name for path in catalogs], "catalog_films": catalog_films}


# -- measuring --------------------------------------------------------------------------------
#
# Some library queries grow much faster than the store (see RESULTS.md), and a running Oxigraph
# query cannot be interrupted from Python. So queries and ingests run in worker processes that
# open the store themselves; a worker that runs past its time budget is killed, and the
# measurement is reported as over the budget.


class _Timeout(BaseException):
    pass


def _timed(function: Callable[[], object], limit: float | None = None) -> float | None:
    """Seconds one call takes; None if it ran past ``limit`` (SIGALRM; Python code only)."""

    def _alarm(signum, frame):
        raise _Timeout

    if limit:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        function()
    except _Timeout:
        return None
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started


def median_latency(function: Callable[[], object], repeat: int, limit: float | None = None) -> float | None:
    """Median seconds over up to ``repeat`` calls after one warm-up; slow calls are repeated fewer
    times, so that the repeats take at most REPEAT_ALLOWANCE seconds (one run over SLOW_QUERY: none)."""
    first = _timed(function, limit)
    if first is None or first > SLOW_QUERY:
        return first
    runs = max(1, min(repeat, int(REPEAT_ALLOWANCE / max(first, 1e-6))))
    times = [t for t in (_timed(function, limit) for _ in range(runs)) if t is not None]
    return statistics.median(times) if times else None


def query_parameters(target: dict) -> dict[str, dict]:
    """Each library query with values for its parameters, taken from ``target``."""
    from filmgraph.query.library import query_info, query_names

    runs = {}
    for name in query_names():
        params = dict(query_info(name).parameters)
        if set(params) <= set(target):
            chosen = {p: target[p] for p in params}
            # A query that takes either ?film or ?title/?year gets ?film only (its "instead of" form).
            if "film" in params and "title" in params:
                chosen = {p: (target["film"] if p == "film" else None) for p in params}
            runs[name] = chosen
        else:  # a library query this script was not taught: say so rather than leave it out unseen
            print(f"    {name}: not measured, no value for ?{', ?'.join(sorted(set(params) - set(target)))}",
                  file=sys.stderr, flush=True)
    return runs


def _bound(params: dict) -> dict:
    from rdflib import Literal, URIRef

    return {name: (URIRef(value) if isinstance(value, str) and value.startswith("https://")
                   else Literal(value) if isinstance(value, int) else value)
            for name, value in params.items()}


def _worker_queries(store_dir: Path, spec: dict, repeat: int) -> None:
    """Worker: each job of ``spec["jobs"]`` in turn, one JSON line per job as it finishes."""
    from filmgraph.api import FilmGraph
    from filmgraph.store.oxigraph import OxigraphBackend

    fg = FilmGraph(OxigraphBackend(store_dir), validate=False)
    for job in spec["jobs"]:
        name = job["name"]
        if name == "FilmGraph.remakes_of":
            seconds = median_latency(lambda: fg.remakes_of(job["title"], job["year"]), repeat)
            extra = {"rows": len(fg.remakes_of(job["title"], job["year"]))}
        elif name == "to_networkx":
            from filmgraph.export import to_networkx

            started = time.perf_counter()
            graph = to_networkx(fg.store)
            seconds = time.perf_counter() - started
            extra = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
        else:
            params = _bound(job["params"])
            seconds = median_latency(lambda: fg.run_query(name[:-3], **params), repeat)
            extra = {}
        print(json.dumps({"name": name, "seconds": seconds, **extra}), flush=True)


def _worker_ingest(store_dir: Path, sample: list[Path]) -> None:
    """Worker: ingest the sample; the resolver reads the films already in the store as it goes."""
    from filmgraph.api import FilmGraph
    from filmgraph.store.oxigraph import OxigraphBackend

    fg = FilmGraph(OxigraphBackend(store_dir), validate=False)
    started = time.perf_counter()
    report = fg.ingest(sample)
    elapsed = time.perf_counter() - started
    fg.close()
    print(json.dumps({"seconds": elapsed, "reviews": report.reviews, "failed": len(report.failed)}), flush=True)


def _run_worker(args: list[str], budget: float, expected: int) -> tuple[list[dict], bool]:
    """Run a worker; collect its JSON lines, giving each line ``budget`` seconds to come.

    Returns the lines read and whether the worker finished (False: it was killed over budget).
    """
    import queue
    import threading

    with tempfile.TemporaryFile(mode="w+") as errors:  # a file, not a pipe: a chatty worker cannot block on it
        process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=errors, text=True)
        lines: queue.Queue = queue.Queue()

        def _read() -> None:
            for line in process.stdout or ():  # a pipe: stdout=PIPE
                lines.put(line)
            lines.put(None)

        threading.Thread(target=_read, daemon=True).start()
        got: list[dict] = []
        startup = 30.0  # imports and opening the store come before the first line
        while len(got) < expected:
            try:
                line = lines.get(timeout=budget + startup)
            except queue.Empty:
                process.kill()
                process.wait()
                return got, False
            startup = 0.0
            if line is None:
                break
            got.append(json.loads(line))
        process.wait()
        if process.returncode:
            errors.seek(0)
            raise RuntimeError(f"worker {args[:2]} failed: {errors.read()}")
        return got, True


def measure_queries(store_dir: Path, jobs: list[dict], repeat: int, budget: float) -> dict[str, dict]:
    """Latency of each job; a job over ``budget`` gets ``{"seconds": None}`` and the rest go on."""
    done: dict[str, dict] = {}
    while len(done) < len(jobs):
        left = [job for job in jobs if job["name"] not in done]
        spec = store_dir.parent / "jobs.json"
        spec.write_text(json.dumps({"jobs": left}), encoding="utf-8")
        got, finished = _run_worker(["--worker", "queries", "--store", str(store_dir), "--spec", str(spec),
                                     "--repeat", str(repeat)], budget, len(left))
        for line in got:
            done[line["name"]] = line
        if not finished:
            stuck = left[len(got)]["name"]
            print(f"    {stuck}: over {budget:.0f} s, stopped", file=sys.stderr, flush=True)
            done[stuck] = {"name": stuck, "seconds": None}
    return done


def measure_ingest(store_dir: Path, sample_list: Path, budget: float) -> dict | None:
    """Ingest throughput into the store at ``store_dir``; None if over ``budget`` seconds."""
    got, finished = _run_worker(["--worker", "ingest", "--store", str(store_dir), "--sample-list", str(sample_list)],
                                budget, 1)
    if not finished:
        return None
    return {"rate": got[0]["reviews"] / got[0]["seconds"], "reviews": got[0]["reviews"]}


def measure_ingest_pair(store_dir: Path, sample_list: Path, budget: float) -> tuple[dict | None, dict | None]:
    """Ingest throughput into a copy of the store at ``store_dir`` and into an empty store, taken
    in turns INGEST_RUNS times each (this machine's speed drifts): the median rate of each."""
    import pyoxigraph as ox

    runs: dict[str, list[dict | None]] = {"this": [], "empty": []}
    scratch = store_dir.with_name(store_dir.name + "-ingest")
    for _ in range(INGEST_RUNS):
        for kind in runs:
            shutil.rmtree(scratch, ignore_errors=True)
            if kind == "this":  # a fresh copy: an ingest leaves its reviews behind (hard links: cheap)
                source = ox.Store.read_only(str(store_dir))
                source.backup(str(scratch))
                del source
            runs[kind].append(measure_ingest(scratch, sample_list, budget))
    shutil.rmtree(scratch, ignore_errors=True)

    def median(measured: list[dict | None]) -> dict | None:
        present = [m for m in measured if m is not None]
        if len(present) < len(measured):
            return None
        return {"rate": statistics.median(m["rate"] for m in present), "reviews": present[0]["reviews"],
                "rates": [round(m["rate"], 2) for m in present]}

    return median(runs["this"]), median(runs["empty"])


def _peak_rss_mb() -> float:
    """Peak RSS of this process and of its finished workers, whichever is larger."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return max(_rss_mb(), children)


def measure_size(size: int, workdir: Path, real_nquads: Path | None, sample_list: Path, repeat: int,
                 budget: float) -> dict:
    """Everything for one size (run in a child process; see :func:`main`)."""
    from filmgraph.api import FilmGraph
    from filmgraph.store.oxigraph import OxigraphBackend
    from filmgraph.titlekeys import normalize_title

    result: dict = {"size": size}
    store_dir = workdir / f"store-{_label(size)}"
    nquads_path = workdir / f"data-{_label(size)}.nq"
    shutil.rmtree(store_dir, ignore_errors=True)

    # The data: real quads up to half the size, then generated reviews up to the size, kept on disk.
    real_quads, generated_reviews = 0, 0
    with nquads_path.open("wb") as out:
        if real_nquads is not None:
            with real_nquads.open("rb") as source:  # only the lines taken: peak memory is the store's
                lines = list(islice(source, size // 2))
            out.write(b"".join(lines))
            real_quads = len(lines)
        for data, _, generated_reviews in generated_chunks(size - real_quads):  # noqa: B007 - the last chunk's count is read below
            out.write(data)

    # Bulk load, in pieces of at most LOAD_CHUNK lines (one piece up to that size).
    backend = OxigraphBackend(store_dir)
    load_seconds = 0.0
    with nquads_path.open("rb") as source:
        while True:
            piece = b"".join(line for _, line in zip(range(LOAD_CHUNK), source))
            if not piece:
                break
            started = time.perf_counter()
            backend.load(piece, "nquads")
            load_seconds += time.perf_counter() - started
    started = time.perf_counter()
    backend.optimize()  # as FilmGraph.import_catalog does after its bulk load
    result["optimize_seconds"] = time.perf_counter() - started
    loaded = len(backend)
    fg = FilmGraph(backend, validate=False)
    result["stats"] = fg.stats()
    fg.close()  # flushes and releases the store's lock, which the workers need
    result.update(quads=loaded, real_quads=real_quads, generated_reviews=generated_reviews,
                  load_seconds=load_seconds, load_rate=loaded / load_seconds, disk_bytes=_du(store_dir))

    # Query latency, on a family root that has remakes, and on people and reviews that exist.
    family_root = (generated_reviews // FAMILY // 2) * FAMILY
    film_iri, title, year = _film(family_root)
    target = {"film": film_iri, "title": title, "year": year, "key": normalize_title(title),
              "person": _person(100 + (family_root * 3) % people_pool(size - real_quads))[0],
              "review": f"{ID}review/{hashlib.sha1(f'generated-{family_root}'.encode()).hexdigest()[:16]}",
              "property": f"{FG}title", "other": _film(family_root)[0], "relation": f"{FG}remakeOf"}
    runs = query_parameters(target)
    if "fact_claims" in runs:  # one fact that is there: the family's first remake remakes the root
        runs["fact_claims"] = {"film": _film(family_root + 1)[0], "property": f"{FG}remakeOf", "other": film_iri}
    jobs: list[dict[str, object]] = [{"name": "FilmGraph.remakes_of", "title": title, "year": year}]
    jobs += [{"name": f"{name}.rq", "params": params} for name, params in runs.items()]
    try:
        import filmgraph.export

        if hasattr(filmgraph.export, "to_networkx"):
            jobs.append({"name": "to_networkx"})
    except ImportError:
        pass
    timings = measure_queries(store_dir, jobs, repeat, budget)
    result["remakes_found"] = timings["FilmGraph.remakes_of"].get("rows")
    result["latency"] = {job["name"]: timings[str(job["name"])]["seconds"] for job in jobs if job["name"] != "to_networkx"}
    if "to_networkx" in timings:
        result["networkx"] = timings["to_networkx"]

    # Ingest throughput: the same reviews into this store and into an empty one.
    result["ingest"], result["empty_ingest"] = measure_ingest_pair(store_dir, sample_list, budget)
    result["rss_oxigraph_mb"] = _peak_rss_mb()

    # Baseline: filmgraph's rdflib backend (an in-memory rdflib Dataset), same data and queries.
    if size <= RDFLIB_LIMIT:
        from filmgraph.store.memory import MemoryBackend

        memory = MemoryBackend()
        data = nquads_path.read_bytes()
        started = time.perf_counter()
        memory.load(data, "nquads")
        result["rdflib_load_seconds"] = time.perf_counter() - started
        del data
        rdflib_fg = FilmGraph(memory, validate=False)
        result["rdflib_latency"] = {
            f"{name}.rq": median_latency(lambda: rdflib_fg.run_query(name, **_bound(runs[name])), min(repeat, 5),
                                        limit=budget)
            for name in RDFLIB_QUERIES if name in runs
        }
        result["rss_rdflib_mb"] = _rss_mb()
        # rdflib's own route to networkx, over the union of the same triples.
        from rdflib import Graph
        from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

        union = Graph()
        for triple in memory.dataset.triples((None, None, None)):
            union.add(triple)
        del memory, rdflib_fg
        started = time.perf_counter()
        baseline = rdflib_to_networkx_multidigraph(union)
        result["rdflib_networkx"] = {"seconds": time.perf_counter() - started, "nodes": baseline.number_of_nodes(),
                                     "edges": baseline.number_of_edges()}
    nquads_path.unlink()
    shutil.rmtree(store_dir, ignore_errors=True)
    return result


# -- reporting --------------------------------------------------------------------------------


def markdown(results: list[dict], real: dict | None, started: str, sample: int = SAMPLE) -> str:
    """RESULTS.md: one column per size."""
    sizes = [_label(r["size"]) for r in results]
    rows: list[tuple[str, list[str]]] = []

    def row(name: str, cell: Callable[..., str]) -> None:  # a cell may bind its loop variable as a default
        rows.append((name, [cell(r) for r in results]))

    row("quads in store", lambda r: f"{r['quads']:,}")
    row("of which real (catalogs and reviews)", lambda r: f"{r['real_quads']:,}")
    row("reviews / films / people", lambda r: f"{r['stats']['reviews']:,} / {r['stats']['films']:,} / {r['stats']['people']:,}")
    row("bulk load (OxigraphBackend.load, N-Quads)", lambda r: f"{r['load_rate']:,.0f} quads/s ({r['load_seconds']:.1f} s)")
    row("then OxigraphBackend.optimize (compaction)", lambda r: f"{r['optimize_seconds']:.1f} s "
        f"({r['quads'] / (r['load_seconds'] + r['optimize_seconds']):,.0f} quads/s with the load)")
    row("store size on disk", lambda r: f"{r['disk_bytes'] / 1e6:,.0f} MB ({r['disk_bytes'] / r['quads']:.0f} B/quad)")
    def rate(measured: dict | None) -> str:
        return f"{measured['rate']:.2f} reviews/s" if measured else f"over {results[0]['budget']:.0f} s, stopped"

    row(f"ingest {sample} reviews into this store (median of {INGEST_RUNS})", lambda r: rate(r["ingest"]))
    row(f"ingest {sample} reviews into an empty store (median of {INGEST_RUNS})", lambda r: rate(r["empty_ingest"]))
    row("ratio of the medians (this store / empty)", lambda r: f"{r['ingest']['rate'] / r['empty_ingest']['rate']:.2f}"
        if r["ingest"] and r["empty_ingest"] else "n/a")
    names = list(results[0]["latency"])
    for name in names:
        row(f"median latency: {name}", lambda r, n=name: _ms(r["latency"].get(n))
            if r["latency"].get(n) is not None else f"over {r['budget']:.0f} s, stopped")
    row("to_networkx", lambda r: "n/a" if r.get("networkx") is None else
        f"over {r['budget']:.0f} s, stopped" if r["networkx"]["seconds"] is None else
        f"{r['networkx']['seconds']:.2f} s ({r['networkx']['nodes']:,} nodes, {r['networkx']['edges']:,} edges)")
    row("rdflib baseline: rdflib_to_networkx_multidigraph", lambda r: "skipped" if "rdflib_networkx" not in r else
        f"{r['rdflib_networkx']['seconds']:.2f} s ({r['rdflib_networkx']['nodes']:,} nodes, "
        f"{r['rdflib_networkx']['edges']:,} edges)")
    row("to_networkx speed-up over rdflib", lambda r: "n/a" if "rdflib_networkx" not in r or not r.get("networkx")
        or r["networkx"]["seconds"] is None else f"{r['rdflib_networkx']['seconds'] / r['networkx']['seconds']:.1f}x")
    row("peak RSS, Oxigraph phases (largest process)", lambda r: f"{r['rss_oxigraph_mb']:,.0f} MB")
    row("rdflib baseline: load (MemoryBackend)", lambda r: f"{r['rdflib_load_seconds']:.1f} s "
        f"({r['quads'] / r['rdflib_load_seconds']:,.0f} quads/s)" if "rdflib_load_seconds" in r else "skipped")
    for name in RDFLIB_QUERIES:
        row(f"rdflib baseline: {name}.rq", lambda r, n=f"{name}.rq": "skipped" if "rdflib_latency" not in r
            else _ms(r["rdflib_latency"][n]) if r["rdflib_latency"].get(n) is not None
            else f"over {r['budget']:.0f} s, stopped")
    row("peak RSS after rdflib baseline", lambda r: f"{r['rss_rdflib_mb']:,.0f} MB" if "rss_rdflib_mb" in r else "skipped")

    lines = [
        "# filmgraph at scale",
        "",
        (f"`python benchmarks/bench_scale.py --sizes {','.join(sizes)}`, run {started} on "
         f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, pyoxigraph {_version('pyoxigraph')}, "
         f"rdflib {_version('rdflib')}."),
        "",
    ]
    if real:
        lines += [(f"Real part: {real['catalog_films']:,} films from {' and '.join(real['catalogs']) or 'no catalog'} "
                   f"imported, then {real['reviews']:,} reviews from ../shared/data/reviews ingested through FilmGraph "
                   f"({real['reviews'] / real['seconds']:.1f} reviews/s, {real['failed']} failed): {real['quads']:,} "
                   "quads. Each size takes up to half its quads from these (reviews first, then the catalog) and "
                   "generates the rest in the writer's shape."), ""]
    else:
        lines += ["../shared/data/reviews was absent: every quad is generated in the writer's shape.", ""]
    lines += ["| measure | " + " | ".join(sizes) + " |", "|---|" + "---|" * len(sizes)]
    lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows]
    lines += ["", ("Latencies are medians over repeated runs after a warm-up (up to "
                   f"{REPEAT_ALLOWANCE:.0f} s of repeats; a query whose first run takes over {SLOW_QUERY:.0f} s is not "
                   "repeated). A query or ingest still running after the time budget "
                   "was stopped (its worker process killed) and is shown as such. Ingest times include everything "
                   "from opening the store: the resolver reads the films already in it as mentions need them. "
                   "Peak RSS is per size: each size runs in its own process, with its "
                   "queries and ingests in worker processes."), ""]
    return "\n".join(lines)


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _plot(results: list[dict], out: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    quads = [r["quads"] for r in results]
    figure, axes = plt.subplots(1, 2, figsize=(10, 4))
    for name in results[0]["latency"]:
        values = [r["latency"].get(name) for r in results]
        if all(v is not None for v in values):
            axes[0].plot(quads, [v * 1000 for v in values], marker="o", label=name)
    axes[0].set(xscale="log", yscale="log", xlabel="quads", ylabel="median latency (ms)")
    axes[0].legend(fontsize=6)
    axes[1].plot(quads, [r["ingest"]["rate"] if r["ingest"] else float("nan") for r in results], marker="o",
                 label="into this store")
    axes[1].plot(quads, [r["empty_ingest"]["rate"] if r["empty_ingest"] else float("nan") for r in results], marker="o", label="into an empty store")
    axes[1].set(xscale="log", xlabel="quads", ylabel="reviews/s")
    axes[1].legend()
    figure.tight_layout()
    figure.savefig(out)
    return True


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; ``out`` is None unless ``--write`` or ``--out`` asks for the table in a file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k,1M", help="comma-separated quad counts, e.g. 100k,1M,10M")
    parser.add_argument("--real", type=int, default=None,
                        help="real reviews to ingest for the real part (default: all but the ingest sample)")
    parser.add_argument("--repeat", type=int, default=15, help="runs per latency measurement")
    parser.add_argument("--sample", type=int, default=SAMPLE,
                        help=f"reviews ingested for the ingest measurement (default {SAMPLE})")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--write", action="store_const", const=RESULTS, dest="out",
                       help=f"write the markdown table to {RESULTS.relative_to(ROOT)} (the committed results)")
    where.add_argument("--out", type=Path, default=None, help="write the markdown table to this file instead")
    parser.add_argument("--workdir", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds a query or ingest may run before it is stopped (default 60)")
    # Internal: one size in a child process, and the worker processes of each size.
    parser.add_argument("--one-size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--real-nquads", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sample-list", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker", choices=("queries", "ingest", "real"), help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spec", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    os.environ.pop("FILMGRAPH_VALIDATE", None)

    if args.worker == "queries":
        _worker_queries(args.store, json.loads(args.spec.read_text(encoding="utf-8")), args.repeat)
        return 0
    if args.worker == "ingest":
        sample = [Path(line) for line in args.sample_list.read_text(encoding="utf-8").splitlines()]
        _worker_ingest(args.store, sample)
        return 0
    if args.worker == "real":
        files = [Path(line) for line in args.sample_list.read_text(encoding="utf-8").splitlines()]
        print(json.dumps(build_real_nquads(files, args.real_nquads)))
        return 0
    if args.one_size:
        result = measure_size(args.one_size, args.workdir, args.real_nquads, args.sample_list, args.repeat,
                              args.budget)
        print(json.dumps({**result, "budget": args.budget}))
        return 0

    started = time.strftime("%Y-%m-%d %H:%M %Z")
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="filmgraph-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        files = real_review_files()
        real = None
        real_nquads = None
        if files:
            sample = files[: args.sample]
            real_nquads = workdir / "real.nq"
            chosen = files[args.sample:] if args.real is None else files[args.sample: args.sample + args.real]
            print(f"importing the catalogs and ingesting {len(chosen)} real reviews for the real part ...", flush=True)
            # In a process of its own: the sizes are forked from this one, and a fork counts the
            # parent's memory (the catalog store, ~1 GB) in its own peak RSS until it execs.
            chosen_list = workdir / "real-files.txt"
            chosen_list.write_text("\n".join(str(p) for p in chosen), encoding="utf-8")
            child = subprocess.run([sys.executable, __file__, "--worker", "real", "--sample-list", str(chosen_list),
                                    "--real-nquads", str(real_nquads)], stdout=subprocess.PIPE, text=True, check=True)
            real = json.loads(child.stdout.strip().splitlines()[-1])
            print(f"  {real['reviews']} reviews, {real['quads']:,} quads in {real['seconds']:.1f} s", flush=True)
        else:
            print("../shared/data/reviews is absent: generated reviews only", flush=True)
            sample = write_generated_sample(workdir / "sample", args.sample)
        sample_list = workdir / "sample.txt"
        sample_list.write_text("\n".join(str(p) for p in sample), encoding="utf-8")

        results = []
        for size in sizes:
            print(f"size {_label(size)} ...", flush=True)
            command = [sys.executable, __file__, "--one-size", str(size), "--workdir", str(workdir),
                       "--sample-list", str(sample_list), "--repeat", str(args.repeat), "--budget", str(args.budget)]
            if real_nquads is not None:
                command += ["--real-nquads", str(real_nquads)]
            child = subprocess.run(command, stdout=subprocess.PIPE, text=True)  # its progress goes to stderr
            if child.returncode:
                return child.returncode
            result = json.loads(child.stdout.strip().splitlines()[-1])
            results.append(result)
            print(f"  {result['quads']:,} quads: load {result['load_rate']:,.0f} quads/s, ingest "
                  f"{result['ingest']['rate']:.2f} vs {result['empty_ingest']['rate']:.2f} reviews/s (empty), "
                  f"remakes_of {_ms(result['latency']['FilmGraph.remakes_of'])}", flush=True)
        text = markdown(results, real, started, len(sample))
        print(text)
        if args.out is not None:
            args.out.write_text(text, encoding="utf-8")
            print(f"table: {args.out}")
            if _plot(results, args.out.with_suffix(".png")):
                print(f"plot: {args.out.with_suffix('.png')}")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
