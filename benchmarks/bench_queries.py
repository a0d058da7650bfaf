"""Latency of every library query (queries/*.rq): the API on Oxigraph, raw pyoxigraph, and rdflib.

The graph is synthetic, with the shape the writer gives review graphs (one named graph per
review; films with title, key, label, year; remakeOf chains and stars; influencedBy; cast with
roles; director and writer; one fg:Claim node per fact with its evidence), so the figures do not
wait on the extractor or a catalog import. Each query runs with the same bound parameters on:

* ``api``    ``FilmGraph.run_query`` on the embedded Oxigraph store (binding + rdflib terms);
* ``raw``    ``pyoxigraph.Store.query`` on a pyoxigraph store of the same quads with the same
             bound text, every solution materialised;
* ``rdflib`` an rdflib ``Dataset(default_union=True)`` holding the same quads.

Usage::

    python benchmarks/bench_queries.py                    # ~1M triples, 5 runs each
    python benchmarks/bench_queries.py --triples 200000 --repeat 3 --rdflib-repeat 1
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import time
from collections.abc import Callable

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from filmgraph.api import FilmGraph
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
from filmgraph.query.bindings import bind_values
from filmgraph.query.library import load_query, query_info, query_names
from filmgraph.rdf.nquads import NQUADS, nquads_lines
from filmgraph.rdf.vocab import FG, ID
from filmgraph.rdf.writer import review_iri, review_triples
from filmgraph.relations import INFLUENCED_BY, REMAKE_OF
from filmgraph.titlekeys import normalize_title

TRANSITIVE = {"remakes_of", "remake_chain", "other_remakes", "influences_of", "influenced_by"}
AGGREGATE = {"most_remade", "most_cited", "co_stars", "stats", "relation_counts", "films_without_year", "cast_of",
             "films_of_person"}


def generate(triples: int, seed: int = 7) -> tuple[bytes, dict[str, dict[str, object]]]:
    """N-Quads of a synthetic film graph of about ``triples`` quads, and parameters per query."""
    rng = random.Random(seed)
    lines: list[str] = []
    films: list[tuple[str, str, int | None]] = []
    people = [f"{ID}person/p{n}" for n in range(max(50, triples // 60))]
    family_root: dict[int, int] = {}
    remake_review: str | None = None  # the first review that states a remake
    remake_pair: tuple[str, str] | None = None  # the first remake stated, and its original
    review = 0
    while len(lines) < triples:  # each review written by the review writer, as N-Quads text
        sentences: list[str] = []

        def said() -> Evidence:
            sentence = f"Sentence {len(sentences)} of review {review}."
            start = sum(len(s) + 1 for s in sentences)
            sentences.append(sentence)
            return Evidence(Span(start, start + len(sentence)), None, 0.9)

        def film(i: int, evidence: Evidence | None = None) -> ResolvedFilm:
            iri, name, y = films[i]
            return ResolvedFilm(iri, name, y, source=FilmRef(name, y, evidence=evidence))

        def person(iri: str, evidence: Evidence | None = None) -> ResolvedPerson:
            return ResolvedPerson(iri, iri.rsplit("/", 1)[1], evidence)

        index = len(films)
        released = None if rng.random() < 0.01 else 1920 + rng.randrange(100)
        films.append((f"{ID}film/f{index}", f"Film {index}", released))
        claims: list[ResolvedClaim] = []
        if index > 10 and rng.random() < 0.35:  # a remake: of a family's root or of its latest member
            original = rng.randrange(max(0, index - 2000), index)
            root = family_root.get(original, original)
            target = original if rng.random() < 0.6 else root
            family_root[index] = root
            claims.append(ResolvedClaim(REMAKE_OF.name, film(target, said())))
            remake_review = remake_review or f"{ID}review/r{review:08d}"
            remake_pair = remake_pair or (films[index][0], films[target][0])
        for _ in range(rng.choice((0, 1, 1, 2))):
            if index > 10:
                other = rng.randrange(max(0, index - 5000), index)
                claims.append(ResolvedClaim(INFLUENCED_BY.name, film(other, said())))
        director, writer = (person(rng.choice(people), said()) for _ in range(2))
        cast = [(person(actor), CastCredit(actor.rsplit("/", 1)[1], f"Character {len(sentences) + 1}" if rng.random() < 0.5 else None,
                                           said())) for actor in rng.sample(people, 4)]
        text = " ".join(sentences)
        stored = Review(f"r{review:08d}", f"reviews/r{review}.txt", text, f"{review:064x}")
        resolved = ResolvedReview(Extraction(stored), film(index), directors=(director,), writers=(writer,),
                                  claims=tuple(claims), cast=tuple(cast))
        lines += nquads_lines(review_triples(resolved, NQUADS), str(review_iri(stored)))
        review += 1

    # parameters: the most remade root, a deep remake, a film with influences, a busy actor
    remakes: dict[int, int] = {}
    for root in family_root.values():
        remakes[root] = remakes.get(root, 0) + 1
    root = max(remakes, key=lambda film: remakes[film])
    deepest = max((c for c, r in family_root.items() if r == root), default=root)
    root_iri, root_title, root_year = films[root]
    deep_iri, deep_title, deep_year = films[deepest]
    actor = people[0]
    first_review = f"{ID}review/r{0:08d}"
    yearless = next((name for _, name, y in films if y is None), root_title)

    def year(y: int | None) -> Literal | None:
        return Literal(y) if y is not None else None

    params: dict[str, dict[str, object]] = {
        "cast_of": {"film": URIRef(deep_iri)},
        "film_titles": {},
        "films_by_key": {"key": normalize_title(root_title), "year": year(root_year)},
        "films_of_person": {"person": URIRef(actor)},
        "influenced_direct": {"film": URIRef(root_iri)},
        "influences_direct": {"film": URIRef(deep_iri)},
        "remade_from_direct": {"film": URIRef(deep_iri)},
        "remakes_direct": {"film": URIRef(root_iri)},
        "relation_in_direct": {"film": URIRef(root_iri), "relation": URIRef(FG.remakeOf)},
        "relation_out_direct": {"film": URIRef(deep_iri), "relation": URIRef(FG.remakeOf)},
        "relation_counts": {"relation": URIRef(FG.remakeOf)},
        "remakes_of": {"title": root_title, "year": year(root_year)},
        "review_hash": {"review": URIRef(first_review)},
        "reviews_of": {"film": URIRef(root_iri)},
        "stats": {},
        "title_keys": {},
        "remake_chain": {"title": deep_title, "year": year(deep_year)},
        "other_remakes": {"title": deep_title, "year": year(deep_year)},
        "influences_of": {"title": deep_title, "year": year(deep_year)},
        "influenced_by": {"title": root_title, "year": year(root_year)},
        "co_stars": {"person": URIRef(actor)},
        "most_remade": {},
        "most_cited": {},
        "films_without_year": {},
        "film_values": {"property": URIRef(FG.title)},
        "remakes_stated_only_in": {"review": URIRef(remake_review or first_review)},
        "reviews_without_year": {"key": normalize_title(yearless)},
        "film_facts": {"film": URIRef(root_iri)},
        "film_reviews": {"film": URIRef(root_iri)},
        "fact_claims": {"film": URIRef(remake_pair[0] if remake_pair else deep_iri), "property": URIRef(FG.remakeOf),
                        "other": URIRef(remake_pair[1] if remake_pair else root_iri)},
    }
    return "\n".join(lines).encode("utf-8"), params


def _median(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query for api and raw")
    parser.add_argument("--rdflib-repeat", type=int, default=1, help="runs per query for rdflib (0 skips it)")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds before an rdflib run is stopped")
    parser.add_argument("--only", nargs="*", help="query names to run")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    data, params = generate(args.triples)
    quads = data.count(b"\n") + 1
    print(f"generated {quads:,} quads in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    fg = FilmGraph.open(":memory:")
    fg.store.load(data, "nquads")
    # The baseline: the same data in a pyoxigraph store of its own, queried with no filmgraph in between.
    raw = ox.Store()
    raw.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    print(f"oxigraph: {len(fg.store):,} quads loaded", file=sys.stderr)
    dataset = None
    if args.rdflib_repeat:
        started = time.perf_counter()
        dataset = Dataset(default_union=True)
        dataset.parse(data=data, format="nquads")
        print(f"rdflib: loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    names = args.only or query_names()
    width = max(20, *(len(name) + 2 for name in names))
    header = f"{'query':<{width}} {'rows':>7} {'api ms':>9} {'raw ms':>9} {'rdflib ms':>10} {'api/raw':>8} {'rdflib/api':>11}"
    print(header)
    print("-" * len(header))
    skipped = []
    for name in names:
        text, bound = load_query(name), params.get(name, {})
        missing = [p for p, about in query_info(name).parameters if "optional" not in about and p not in bound]
        if missing:  # a library query this script was not taught: say so rather than stop
            skipped.append(name)
            print(f"warning: {name}: skipped, no value for ?{', ?'.join(missing)} in generate()", file=sys.stderr)
            continue
        bound_text = bind_values(text, bound)
        api_time, rows = _median(lambda: len(fg.run_query(name, **_plain(bound))), args.repeat)

        def run_raw() -> int:
            result = raw.query(bound_text, use_default_graph_as_union=True)
            assert isinstance(result, ox.QuerySolutions), f"{name} is not a SELECT query"
            width = len(result.variables)
            return len([tuple(s[i] for i in range(width)) for s in result])

        raw_time, raw_rows = _median(run_raw, args.repeat)
        if raw_rows != rows:
            print(f"warning: {name}: api gave {rows} rows, raw {raw_rows}", file=sys.stderr)
        rdflib_time, capped = None, False
        if dataset is not None:
            rdflib_time, capped = _rdflib_median(dataset, bound_text, args.rdflib_repeat, args.rdflib_timeout)
        kind = "T" if name in TRANSITIVE else "A" if name in AGGREGATE else " "
        mark = ">" if capped else ""
        rd = f"{mark}{rdflib_time * 1000:.1f}".rjust(10) if rdflib_time is not None else f"{'-':>10}"
        ratio = f"{mark}{rdflib_time / api_time:.1f}x".rjust(11) if rdflib_time is not None else f"{'-':>11}"
        print(f"{name + ' ' + kind:<{width}} {rows:>7} {api_time * 1000:9.2f} {raw_time * 1000:9.2f} {rd} "
              f"{api_time / raw_time:7.2f}x {ratio}", flush=True)
    print("T = transitive, A = aggregate; medians; api/raw target <= 2x, rdflib/api target >= 20x on T and A;")
    print(f"> = rdflib stopped at its time limit of {args.rdflib_timeout:g} s (a lower bound)")
    if skipped:
        print(f"skipped (no parameters given): {', '.join(skipped)}")


def _rdflib_run(dataset: Dataset, text: str, repeat: int, pipe) -> None:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        len(list(dataset.query(text)))
        times.append(time.perf_counter() - started)
    pipe.send(statistics.median(times))


def _rdflib_median(dataset: Dataset, text: str, repeat: int, timeout: float) -> tuple[float, bool]:
    """Median rdflib time, run in a forked child so that a run past ``timeout`` can be stopped;
    ``(timeout, True)`` when it was."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_rdflib_run, args=(dataset, text, repeat, send), daemon=True)
    child.start()
    if receive.poll(timeout * repeat):
        result = receive.recv()
        child.join()
        return result, False
    child.kill()
    child.join()
    return timeout, True


def _plain(bound: dict[str, object]) -> dict[str, object]:
    """Parameters as a user gives them to run_query: IRIs as strings, literals as Python values."""
    return {k: (str(v) if isinstance(v, URIRef) else v.toPython() if isinstance(v, Literal) else v)
            for k, v in bound.items()}


if __name__ == "__main__":
    main()
