"""JSON shapes that commands print: in, library objects; out, dicts ready for ``json.dumps``.

These are contracts read by scripts: fields are added over time, never renamed or reordered.
The answers of :mod:`filmgraph.answers` carry their own ``to_json()``; the shapes here are of
objects that live in other stages.

One review's extraction (``filmgraph extract --format json``):
``film {title, year, countries[], directors[], writers[]}``, one list of ``[{title, year}]`` per
film relation under its :attr:`~filmgraph.relations.RelationInfo.key` (``remake_of``,
``influences``, ...), ``cast [{actor, character}]``, ``reviewer {name, location}``.
Every film and person object may carry more: ``iri``, the surface ``mention``, the ``evidence``
sentence with character offsets, and ``confidence``.

A path between films (``filmgraph path``): one object a hop, ``from``, ``relation``, ``to``,
``sentence``, ``review``, ``file``, ``evidence``, ``confidence``. The graph's counts
(``filmgraph stats``): one key a count, then ``suspected_duplicates``. How a mention resolves
(``filmgraph resolve``): ``title``, ``year``, ``iri``, ``chosen``, ``reason``, ``candidates``.
A catalog import and a Wikidata linking run (``filmgraph catalog import``, ``filmgraph link``):
their counts, then lists (the warnings; the links and the ambiguous films).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .model import Evidence, Extraction, FilmRef, Review
from .relations import FILM_RELATIONS

if TYPE_CHECKING:
    from .analysis import Hop
    from .resolve import Decision
    from .resolve.catalog import CatalogReport
    from .resolve.duplicates import SuspectedDuplicate
    from .resolve.link import LinkReport

__all__ = ["extraction_to_json", "evidence_to_json", "path_to_json", "stats_to_json", "decision_to_json",
           "catalog_report_to_json", "link_report_to_json"]


def evidence_to_json(evidence: Evidence | None, review: Review) -> dict[str, Any] | None:
    """The sentence (text and offsets) and mention offsets behind a fact."""
    if evidence is None:
        return None
    shown: dict[str, Any] = {
        "sentence": evidence.sentence.of(review.text),
        "start": evidence.sentence.start,
        "end": evidence.sentence.end,
    }
    if evidence.mention is not None:
        shown["mention_start"], shown["mention_end"] = evidence.mention.start, evidence.mention.end
    if evidence.flag:
        shown["flag"] = evidence.flag
    return shown


def _extras(evidence: Evidence | None, review: Review, iri: str | None) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    if iri:
        extras["iri"] = iri
    if evidence is not None:
        extras["confidence"] = round(evidence.confidence, 3)
        extras["evidence"] = evidence_to_json(evidence, review)
    return extras


def _film(ref: FilmRef, review: Review, iris: dict[int, str]) -> dict[str, Any]:
    shown: dict[str, Any] = {"title": ref.title, "year": ref.year}
    if ref.countries:
        shown["countries"] = list(ref.countries)
    if ref.mention and ref.mention != ref.title:
        shown["mention"] = ref.mention
    shown.update(_extras(ref.evidence, review, iris.get(id(ref))))
    return shown


def extraction_to_json(extraction: Extraction, iris: dict[int, str] | None = None) -> dict[str, Any]:
    """One review's facts as the JSON object of the ``extract`` contract.

    ``iris`` maps ``id(fact)`` to the IRI the resolver gave it, when the caller resolved them.

    >>> from filmgraph.reviews import read_text
    >>> shown = extraction_to_json(Extraction(read_text("A review.", source="r.txt")))
    >>> sorted(shown)
    ['cast', 'film', 'influences', 'parodies', 'remake_of', 'review', 'reviewer', 'sequel_of']
    """
    iris = iris or {}
    review = extraction.review
    film = extraction.film
    shown_film: dict[str, Any] = {"title": None, "year": None, "countries": [], "directors": [], "writers": []}
    if film is not None:
        shown_film = {
            "title": film.title,
            "year": film.year,
            "countries": list(film.countries),
            "directors": [p.name for p in film.directors],
            "writers": [p.name for p in film.writers],
        }
        if film.genres:
            shown_film["genres"] = list(film.genres)
        shown_film.update(_extras(film.evidence, review, iris.get(id(film))))
    reviewer = None
    if extraction.reviewer is not None:
        reviewer = {"name": extraction.reviewer.name, "location": extraction.reviewer.location}
        reviewer.update(_extras(extraction.reviewer.evidence, review, iris.get(id(extraction.reviewer))))
    return {
        "review": review.source,
        "film": shown_film,
        **{info.key: [_film(ref, review, iris) for ref in extraction.films(info.name)]
           for info in FILM_RELATIONS if info.key},
        "cast": [
            {"actor": c.actor, "character": c.character, **_extras(c.evidence, review, iris.get(id(c)))}
            for c in extraction.cast
        ],
        "reviewer": reviewer,
    }


def path_to_json(hops: Iterable[Hop]) -> list[dict[str, Any]]:
    """An explained path (:meth:`FilmGraph.path_between <filmgraph.api.FilmGraph.path_between>`),
    one object a hop: the films it joins, the relation, the fact as a sentence, and the review
    (IRI and file) with the evidence sentence and confidence it was read with."""
    return [{"from": hop.source, "relation": hop.relation, "to": hop.target, "sentence": hop.sentence,
             "review": hop.review, "file": hop.file, "evidence": hop.evidence, "confidence": hop.confidence}
            for hop in hops]


def stats_to_json(counts: Mapping[str, int], duplicates: Iterable[SuspectedDuplicate] | None = None) -> dict[str, Any]:
    """The graph's counts (:meth:`FilmGraph.stats <filmgraph.api.FilmGraph.stats>`), with the
    suspected duplicates when they were looked for (None: the key is left out).

    >>> stats_to_json({"reviews": 2}, [])
    {'reviews': 2, 'suspected_duplicates': []}
    """
    shown: dict[str, Any] = dict(counts)
    if duplicates is not None:
        shown["suspected_duplicates"] = [{"kind": d.kind, "iris": list(d.iris), "labels": list(d.labels),
                                          "reason": d.reason, "score": d.score} for d in duplicates]
    return shown


def decision_to_json(decision: Decision) -> dict[str, Any]:
    """How a mention resolves (:meth:`FilmGraph.resolve_candidates
    <filmgraph.api.FilmGraph.resolve_candidates>`): the mention, the IRI it gets, whether a film
    was chosen and why, and each candidate with its score, reason and whether it is the one."""
    chosen = decision.chosen.iri if decision.chosen is not None else None
    return {"title": decision.title, "year": decision.year, "iri": decision.iri, "chosen": chosen is not None,
            "reason": decision.reason,
            "candidates": [{"iri": c.iri, "title": c.title, "year": c.year, "score": c.score, "reason": c.reason,
                            "chosen": c.iri == chosen} for c in decision.candidates]}


def catalog_report_to_json(report: CatalogReport, warnings_file: str | None = None) -> dict[str, Any]:
    """What a catalog import did (:meth:`FilmGraph.import_catalog
    <filmgraph.api.FilmGraph.import_catalog>`): its counts and time, then its warnings, and the
    file they were also written to when there is one (else the key is left out)."""
    shown: dict[str, Any] = {
        "source": report.source, "format": report.format, "films": report.films, "new_films": report.new_films,
        "remakes": report.remakes, "quads": report.quads, "seconds": report.seconds,
        "quads_per_second": report.quads_per_second, "resolved_again": report.resolved_again,
        "warnings": report.warnings}
    if warnings_file is not None:
        shown["warnings_file"] = warnings_file
    return shown


def link_report_to_json(report: LinkReport) -> dict[str, Any]:
    """What a Wikidata linking run did (:meth:`FilmGraph.link <filmgraph.api.FilmGraph.link>`):
    its counts and time, then each link (film, title, year, ``wikidata`` item, score, reason) and
    the films left ambiguous."""
    return {"endpoint": report.endpoint, "films": report.films, "linked": len(report.links),
            "ambiguous": len(report.ambiguous), "not_found": report.not_found, "remake_edges": len(report.remakes),
            "requests": report.requests, "cache_hits": report.cache_hits, "seconds": report.seconds,
            "links": [{"film": link.film, "title": link.title, "year": link.year, "wikidata": link.qid,
                       "score": link.score, "reason": link.reason} for link in report.links],
            "ambiguous_films": report.ambiguous}
