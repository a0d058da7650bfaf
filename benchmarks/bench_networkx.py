"""Benchmark: filmgraph's ``to_networkx`` against rdflib's ``rdflib_to_networkx_multidigraph``.

Generates review graphs with filmgraph's own review writer (:func:`filmgraph.rdf.writer.review_triples`
as N-Quads text; review node, reviewer, film facts, director, remake and influence claims with evidence, cast
members with roles: about 100 quads a review), loads them into an Oxigraph store in memory and
one on disk (the default) for filmgraph and into an rdflib ``Graph`` (the union of the same
triples) for rdflib, then times the conversions and measures their peak memory.

Memory is measured two ways, each conversion on its own:
``tracemalloc`` peak (Python allocations only: it does not see Oxigraph's native memory) and,
on Linux, the growth of the process's peak resident size (VmHWM, reset through
``/proc/self/clear_refs``), which sees everything.

Usage::

    python benchmarks/bench_networkx.py                  # ~300k triples, well under 2 minutes
    python benchmarks/bench_networkx.py --triples 1000000
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the benchmark runs, after the data is generated
    import networkx as nx

ID = "https://w3id.org/filmgraph/id/"

_WORDS = ("night", "city", "last", "red", "house", "river", "shadow", "storm", "silent", "road", "blood", "glass",
          "king", "summer", "ghost", "hunter", "secret", "winter", "fire", "island", "crime", "dream", "stone", "wolf")
_GENRES = ("thriller", "drama", "comedy", "horror", "action", "romance", "crime", "western", "science fiction")
_COUNTRIES = ("South Korea", "Spain", "France", "India", "Japan", "United States", "Italy", "Mexico", "Germany")
_FIRST = ("Ana", "Kim", "Jo", "Liam", "Maria", "Hiro", "Ravi", "Sofia", "Lee", "Paolo", "Aiko", "Omar", "Eva")
_LAST = ("Reyes", "Chang-ju", "Woo-jin", "Neeson", "Silva", "Tanaka", "Madhvani", "Rossi", "Park", "Novak")


class _Generator:
    """Writes N-Quads of synthetic reviews; the same seed gives the same data."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.films: list[tuple[str, str, int]] = []
        self.people: list[tuple[str, str]] = []

    def film(self, new: bool) -> tuple[str, str, int]:
        if self.films and not new:
            return self.rng.choice(self.films)
        title = " ".join(self.rng.choice(_WORDS) for _ in range(self.rng.randint(1, 3))).title()
        year = self.rng.randint(1920, 2024)
        iri = f"{ID}film/{title.lower().replace(' ', '-')}-{year}-{len(self.films)}"
        entry = (iri, title, year)
        self.films.append(entry)
        return entry

    def person(self) -> tuple[str, str]:
        if len(self.people) > 50 and self.rng.random() < 0.7:
            return self.rng.choice(self.people)
        name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)} {len(self.people)}"
        entry = (f"{ID}person/{name.lower().replace(' ', '-')}", name)
        self.people.append(entry)
        return entry

    def review(self, number: int) -> list[str]:
        """The N-Quads lines of review ``number``, written by filmgraph's review writer."""
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
            ReviewedFilm,
            Span,
        )
        from filmgraph.rdf.nquads import NQUADS, nquads_lines
        from filmgraph.rdf.writer import review_iri, review_triples
        from filmgraph.relations import INFLUENCED_BY, REMAKE_OF

        rng = self.rng
        review_id = hashlib.sha1(str(number).encode()).hexdigest()[:16]
        text = ""

        def said(sentence: str) -> Evidence:
            """Evidence of ``sentence``, placed in the review's text at a random offset (after what is there)."""
            nonlocal text
            start = max(rng.randint(0, 2000), len(text) + 1 if text else 0)
            text = text.ljust(start) + sentence
            mention = len(sentence.split(" ")[0])
            return Evidence(Span(start, start + len(sentence)), Span(start, start + mention),
                            round(rng.uniform(0.5, 1.0), 2))

        def film(entry: tuple[str, str, int], evidence: Evidence | None = None, **more: tuple[str, ...]) -> ResolvedFilm:
            iri, title, year = entry
            return ResolvedFilm(iri, title, year, source=FilmRef(title, year, evidence=evidence), **more)

        reviewed = self.film(new=rng.random() < 0.6)
        iri, title, year = reviewed
        reviewer = ResolvedPerson(*self.person())
        country, genre = rng.choice(_COUNTRIES), rng.choice(_GENRES)
        director = self.person()
        directors = (ResolvedPerson(*director, evidence=said(f"{director[1]} directed {title}.")),)
        claims = []
        for relation, chance in ((REMAKE_OF.name, 0.8), (INFLUENCED_BY.name, 0.8)):
            if rng.random() < chance:
                other = self.film(new=rng.random() < 0.3)
                if other[0] != iri:
                    verb = "is a remake of" if relation == REMAKE_OF.name else "owes a debt to"
                    named = said(f"{title} ({year}) {verb} {other[1]} ({other[2]}).")
                    claims.append(ResolvedClaim(relation, film(other, named)))
        cast = []
        for _ in range(rng.randint(1, 3)):
            actor = self.person()
            character = rng.choice(_FIRST)
            cast.append((ResolvedPerson(*actor), CastCredit(actor[1], character, said(f"{actor[1]} plays {character}."))))
        review = Review(review_id, f"/reviews/{review_id}.txt", text, hashlib.sha256(review_id.encode()).hexdigest())
        resolved = ResolvedReview(Extraction(review, ReviewedFilm(title, year, genres=(genre,))),
                                  film(reviewed, countries=(country,)), directors=directors, claims=tuple(claims),
                                  cast=tuple(cast), reviewer=reviewer)
        return nquads_lines(review_triples(resolved, NQUADS), str(review_iri(review)))


def generate_nquads(triples: int, seed: int = 1) -> tuple[bytes, int]:
    """About ``triples`` quads of synthetic reviews as N-Quads, and the number of quads."""
    generator = _Generator(seed)
    lines: list[str] = []
    number = 0
    while len(lines) < triples:
        lines += generator.review(number)
        number += 1
    return ("\n".join(lines) + "\n").encode("utf-8"), len(lines)


def _vm_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def measure(run: Callable[[], nx.MultiDiGraph], repeat: int = 3) -> dict[str, float]:
    """Time ``run`` (best of ``repeat``, no tracing), then its tracemalloc peak and RSS peak growth."""
    seconds = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = run()
        seconds = min(seconds, time.perf_counter() - start)
        size = (result.number_of_nodes(), result.number_of_edges())
        del result
    gc.collect()

    tracemalloc.start()
    result = run()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    gc.collect()

    rss_growth = float("nan")
    if _reset_peak_rss():
        before = _vm_kib("VmRSS")
        result = run()
        after = _vm_kib("VmHWM")
        del result
        gc.collect()
        if before is not None and after is not None:
            rss_growth = (after - before) / 1024
    return {"seconds": seconds, "traced_mib": traced_peak / 2**20, "rss_mib": rss_growth,
            "nodes": size[0], "edges": size[1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=300_000, help="about how many quads to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is reported")
    args = parser.parse_args(argv)

    from rdflib import Graph
    from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

    from filmgraph.export import to_networkx
    from filmgraph.store.oxigraph import OxigraphBackend

    start = time.perf_counter()
    data, quads = generate_nquads(args.triples, args.seed)
    print(f"generated {quads:,} quads in {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    store = OxigraphBackend(None)
    store.load(data, "nquads")
    print(f"loaded into Oxigraph: {len(store):,} quads in {time.perf_counter() - start:.1f}s")
    folder = tempfile.mkdtemp(prefix="bench-networkx-")
    disk_store = OxigraphBackend(Path(folder) / "store")
    disk_store.load(data, "nquads")

    start = time.perf_counter()
    triples = b"\n".join(line.rsplit(b" ", 2)[0] + b" ." for line in data.splitlines() if line)
    rdflib_graph = Graph()
    rdflib_graph.parse(data=triples, format="nt")
    del triples, data
    print(f"loaded into an rdflib Graph: {len(rdflib_graph):,} triples in {time.perf_counter() - start:.1f}s")

    ours = measure(lambda: to_networkx(store), args.repeat)
    on_disk = measure(lambda: to_networkx(disk_store), args.repeat)
    disk_store.close()
    shutil.rmtree(folder, ignore_errors=True)
    theirs = measure(lambda: rdflib_to_networkx_multidigraph(rdflib_graph), args.repeat)

    print()
    print(f"{'':40}{'seconds':>10}{'tracemalloc MiB':>17}{'peak RSS +MiB':>15}{'nodes':>10}{'edges':>10}")
    rows = (("filmgraph to_networkx (Oxigraph, memory)", ours), ("filmgraph to_networkx (Oxigraph, disk)", on_disk),
            ("rdflib_to_networkx_multidigraph", theirs))
    for name, row in rows:
        print(f"{name:40}{row['seconds']:>10.2f}{row['traced_mib']:>17.1f}{row['rss_mib']:>15.1f}"
              f"{row['nodes']:>10,}{row['edges']:>10,}")
    print()
    for name, row in rows[:2]:
        print(f"{name}: {theirs['seconds'] / row['seconds']:.1f}x faster than rdflib; memory "
              f"{theirs['traced_mib'] / max(row['traced_mib'], 1e-9):.1f}x less (tracemalloc peak), "
              f"peak RSS growth {row['rss_mib']:.1f} MiB vs {theirs['rss_mib']:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
