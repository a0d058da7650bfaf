"""The Python API: :class:`FilmGraph`, a facade over one store that ingests reviews and answers questions.

In: a store location (or a :class:`~filmgraph.store.Backend`), review files, titles. Out: the
answers of :mod:`filmgraph.answers` (films, profiles, who states a fact), an
:class:`~filmgraph.ingest.IngestReport`, exports. The CLI is a thin layer over this module.

A FilmGraph wraps one store backend (an embedded Oxigraph store by default, an rdflib in-memory
dataset, or a SPARQL endpoint) and offers: ingest and remove reviews (the pipeline itself is
:mod:`filmgraph.ingest`), look films up by title, follow remakes and influences, list cast and
reviews, run SPARQL with safely bound parameters, and export. ``extract_json``,
``extract_turtle`` and ``explain`` read one review file with no store.

>>> fg = FilmGraph.open(":memory:")
>>> report = fg.ingest_text("Psycho (1998) is a shot-for-shot remake of Psycho (1960).", source="psycho.txt")
>>> report.reviews
1
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import URIRef

from . import lookup
from .answers import (
    PROFILE_FACTS,
    CastMember,
    FactProvenance,
    Film,
    FilmProfile,
    ReviewFact,
    ReviewOfFilm,
    Stated,
    Statement,
    int_of,
)
from .ingest import DEFAULT_REVIEW_BUDGET, IngestReport, Pipeline, ReadReview, Removed, remove_source, store_resolver
from .jsonshape import extraction_to_json
from .lookup import RELATION_NAMES
from .model import DEFAULT_MIN_CONFIDENCE, Extraction, Review
from .query.library import load_query
from .rdf.writer import review_graph
from .relations import FILM_RELATIONS, REMAKE_OF
from .resolve import Resolver, person_iri
from .resolve.link import DEFAULT_DEADLINE
from .reviews import read_review, read_text
from .store import Backend, SelectResult, StoreLocation, open_store

if TYPE_CHECKING:
    from .resolve import Decision
    from .resolve.catalog import CatalogReport
    from .resolve.duplicates import SuspectedDuplicate
    from .resolve.link import LinkReport

# The answer and report types stay public here, where they were before they had modules of their own.
__all__ = ["FilmGraph", "Film", "CastMember", "ReviewFact", "Stated", "ReviewOfFilm", "FilmProfile", "Statement",
           "FactProvenance", "RELATION_NAMES", "PROFILE_FACTS", "IngestReport", "Removed", "extract_json", "extract_turtle", "explain"]

#: Quads loaded at a time by a catalog import that shows its progress.
LOAD_PART = 100_000


class FilmGraph:
    """A film knowledge graph in a store.

    Parameters
    ----------
    store : Backend
        Where the quads live; see :func:`FilmGraph.open` to open one by location.
    min_confidence : float
        Facts below this confidence are kept out of the graph.
    validate : bool or None
        Check every review's graph against ``ontology/shapes.ttl`` before it is stored (needs
        pySHACL); None means "if ``$FILMGRAPH_VALIDATE`` is set".
    """

    def __init__(self, store: Backend, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                 validate: bool | None = None) -> None:
        self.store = store
        self.min_confidence = min_confidence
        self.validate = bool(os.environ.get("FILMGRAPH_VALIDATE")) if validate is None else validate
        self._resolver: Resolver | None = None

    @classmethod
    def open(cls, location: str | os.PathLike[str] | StoreLocation | None = None, *, create: bool = True,
             read_only: bool = False, **options: Any) -> FilmGraph:
        """Open the graph at ``location``: a folder (embedded Oxigraph), ``:memory:``,
        ``memory:`` (rdflib), or an ``http(s)://`` SPARQL endpoint URL. None means
        ``$FILMGRAPH_STORE``, a ``filmgraph.toml``, or ``./filmgraph.oxigraph`` (see
        :func:`~filmgraph.store.find_store_location`). A missing folder becomes a new store
        unless ``create`` is false or ``read_only`` is true, when it is a StoreNotFound;
        ``read_only`` opens a store that another process is writing (see :func:`open_store`)."""
        return cls(open_store(location, create=create, read_only=read_only), **options)

    def close(self) -> None:
        """Flush and release the store."""
        self.store.close()

    def __enter__(self) -> FilmGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ----------------------------------------------------------------------------

    @property
    def resolver(self) -> Resolver:
        """The resolver, with an index of the films already in the store (built on first use)."""
        if self._resolver is None:
            self._resolver = store_resolver(self.store)
        return self._resolver

    def _pipeline(self, review_budget: float | None = DEFAULT_REVIEW_BUDGET) -> Pipeline:
        """The ingest pipeline into this graph's store, with its resolver and settings."""
        return Pipeline(self.store, self.resolver, min_confidence=self.min_confidence, validate=self.validate,
                        review_budget=review_budget)

    def ingest_review(self, review: Review, report: IngestReport | None = None) -> IngestReport:
        """Extract, resolve and store one review, replacing what it said before.

        A review whose text has not changed since it was stored is left alone; a review that
        fails to extract is reported and the store keeps what it had.
        """
        return self._pipeline().ingest_review(ReadReview(review), report)

    def ingest_text(self, text: str, *, source: str) -> IngestReport:
        """Ingest a review held in memory; ``source`` names it (a path or URL)."""
        return self.ingest_review(read_text(text, source=source))

    def ingest(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
               on_progress: Callable[[Path], None] | None = None, workers: int = 1,
               on_start: Callable[[int], None] | None = None,
               review_budget: float | None = DEFAULT_REVIEW_BUDGET) -> IngestReport:
        """Ingest review files and folders (``.txt``, ``.md``, ``.html``); see :meth:`ingest_review`.

        Reviews are read and extracted :data:`~filmgraph.ingest.INGEST_BATCH` at a time before
        they are resolved and stored, one transaction each: a crash loses at most the review being
        written. With ``workers`` above 1, extraction runs in that many processes; resolving and
        storing stay in this one, in file order, so the graph is the same as with one worker.

        A path that is missing, is not a regular file or folder (a FIFO, device, socket or broken
        link: never opened), or is a folder without reviews is reported in ``failed`` by name,
        and the rest goes in; so is a file that cannot be read, a review whose extractor raises,
        and a review whose extraction takes longer than ``review_budget`` seconds (None: no
        limit). ``errors`` holds the exception of each (see :class:`~filmgraph.ingest.IngestReport`).

        Parameters
        ----------
        on_start : callable or None
            Called once with the number of review files found, before the first is read.
        on_progress : callable or None
            Called with each file once it is done (stored, unchanged or failed).
        """
        return self._pipeline(review_budget).ingest(paths, workers=workers, on_start=on_start, on_progress=on_progress)

    def _resolve_again(self, titles: Iterable[str], report: IngestReport,
                       on_progress: Callable[[int, int], None] | None = None) -> None:
        """Resolve again the stored reviews naming one of ``titles`` without a year (see
        :meth:`Pipeline.resolve_again <filmgraph.ingest.Pipeline.resolve_again>`)."""
        self._pipeline().resolve_again(titles, report, on_progress)

    def import_rdf(self, path: str | os.PathLike[str], *, max_bytes: int | None = None,
                   on_progress: Callable[[int], None] | None = None) -> int:
        """Load an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD, N3) into a named graph of its
        own, replacing what an earlier import of the same file put there; returns the number of
        triples stored (the file's, and the title keys that let look-ups find its films).
        :meth:`remove` with the same path takes the import back out.

        ``max_bytes`` overrides :data:`~filmgraph.rdf.reader.MAX_IMPORT_BYTES`; ``on_progress``
        is called with the number of triples parsed so far, every few thousand.

        Raises
        ------
        RDFError
            If the file is not a regular file, is too large, declares XML entities or a DTD, or
            does not parse; nothing is stored then (see :func:`filmgraph.rdf.reader.read_rdf`).
        """
        from .rdf.reader import MAX_IMPORT_BYTES, read_rdf

        graph = read_rdf(path, max_bytes=max_bytes if max_bytes is not None else MAX_IMPORT_BYTES,
                         on_progress=on_progress)
        self.store.replace_graph(graph)
        self._resolver = None
        return len(graph)

    def remove(self, source: str | os.PathLike[str]) -> Removed | None:
        """Take back everything a review said, or everything an import brought; None if the
        graph holds neither by that name. Nothing else is ever removed.

        ``source`` is a review's path (as ingested), its source as given to :meth:`ingest_text`
        or its review IRI, or an imported RDF file's path or its import graph's IRI
        (``.../id/graph/import/...``).

        Raises
        ------
        StoreError
            If ``source`` is an IRI that names neither a review nor an import (the catalog and
            Wikidata graphs, a film): remove refuses it, and the store is unchanged.

        Examples
        --------
        >>> fg = FilmGraph.open(":memory:")
        >>> _ = fg.ingest_text("Psycho (1998) is a remake of Psycho (1960).", source="psycho.txt")
        >>> removed = fg.remove("psycho.txt")
        >>> removed.kind, fg.remove("psycho.txt")
        ('review', None)
        """
        removed = remove_source(self.store, source)
        if removed is not None:
            self._resolver = None  # the resolver's index may hold films only that graph stated
        return removed

    # -- look-ups --------------------------------------------------------------------------

    def films_titled(self, title: str, year: int | None = None) -> list[Film]:
        """Every film whose title or alternate title has the same key as ``title`` (and year)."""
        return lookup.films_titled(self.store, title, year)

    def find_film(self, title: str, year: int | None = None) -> Film:
        """The one film with this title (and year).

        Raises
        ------
        FilmNotFound
            If no film has that title (with that year); ``near`` lists close titles.
        AmbiguousTitle
            If several films have that title and no year was given.
        """
        return lookup.find_film(self.store, title, year)

    def remakes_of(self, title: str, year: int | None = None, *, direct: bool = False) -> list[Film]:
        """Remakes of a film, and (unless ``direct``) remakes of those, each with its ``depth``.
        ``title`` may end in the year in brackets ("Psycho (1960)") when ``year`` is not given.

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.
        """
        return self.related(title, "remadeAs", year, direct=direct)

    def remake_chain(self, title: str, year: int | None = None) -> list[Film]:
        """What a film remakes, back to the first original (depth 1 is the film it remakes)."""
        return self.related(title, "remakeOf", year, direct=False)

    def influences_of(self, title: str, year: int | None = None, *, direct: bool = True) -> list[Film]:
        """Films the reviews say this film draws on (transitively unless ``direct``)."""
        return self.related(title, "influencedBy", year, direct=direct)

    def influenced_by(self, title: str, year: int | None = None, *, direct: bool = True) -> list[Film]:
        """Films the reviews say draw on this film."""
        return self.related(title, "influenced", year, direct=direct)

    def sequels_of(self, title: str, year: int | None = None, *, direct: bool = False) -> list[Film]:
        """Sequels of a film, and (unless ``direct``) sequels of those, each with its ``depth``.

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.
        """
        return self.related(title, "hasSequel", year, direct=direct)

    def parodies_of(self, title: str, year: int | None = None, *, direct: bool = True) -> list[Film]:
        """Films the reviews say parody this film (and, unless ``direct``, parodies of those).

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.
        """
        return self.related(title, "parodiedBy", year, direct=direct)

    def related(self, title: str, relation_name: str, year: int | None = None, *, direct: bool = True) -> list[Film]:
        """The films a film relation of :data:`filmgraph.relations.FILM_RELATIONS` leads to from a
        film, each with its ``depth``: ``relation_name`` is the relation's ontology name for the
        films this one points at (``sequelOf``: what it follows), or its inverse's for the films
        pointing at it (``hasSequel``: its sequels). Transitive unless ``direct``. ``title`` may
        end in the year in brackets ("Psycho (1960)") when ``year`` is not given.

        Raises
        ------
        QueryError
            If ``relation_name`` names no film relation.
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.

        Examples
        --------
        >>> fg = FilmGraph.open(":memory:")
        >>> _ = fg.ingest_text("Lake Fever II (2004) is the sequel to Lake Fever (1999).", source="lake.txt")
        >>> [(film.title, film.year, film.depth) for film in fg.related("Lake Fever (1999)", "hasSequel")]
        [('Lake Fever II', 2004, 1)]
        """
        stored, inverted = lookup.film_relation(relation_name)
        return lookup.walk(self.store, self.find_named(title, year), stored, inverted=inverted, direct=direct)

    def cast_of(self, title: str, year: int | None = None) -> list[CastMember]:
        """The actors of a film with their characters."""
        film = self.find_named(title, year)
        rows = self.store.select(load_query("cast_of"), {"film": URIRef(film.iri)}).rows
        return [CastMember(str(iri), str(name), str(character) if character else None)
                for iri, name, character in rows]

    def films_of(self, name: str) -> list[tuple[str, Film]]:
        """Films of a person, as ``(role, film)`` with role ``actor``, ``director`` or ``writer``."""
        rows = self.store.select(load_query("films_of_person"), {"person": URIRef(person_iri(name))}).rows
        return [(str(role), Film(str(iri), str(title), int_of(year))) for role, iri, title, year in rows]

    def reviews_of(self, title: str, year: int | None = None) -> list[ReviewFact]:
        """What each review said about a film, with the sentence behind each fact."""
        film = self.find_named(title, year)
        rows = self.store.select(load_query("reviews_of"), {"film": URIRef(film.iri)}).rows
        return [ReviewFact(str(review), str(source), str(relation).rsplit("#", 1)[-1], str(label),
                           str(evidence) if evidence else None, float(str(confidence)) if confidence else None)
                for review, source, relation, label, evidence, confidence in rows]

    def find_named(self, text: str, year: int | None = None) -> Film:
        """The one film named ``text``, which may end in its year in brackets ("Retribution (2015)")
        when ``year`` is not given.

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.
        """
        return lookup.find_named(self.store, text, year)

    def show(self, title: str, year: int | None = None) -> FilmProfile:
        """Everything the graph knows about one film, each fact with the number of reviews stating
        it (``film_facts.rq``, ``cast_of.rq``), and the reviews that discuss it (``film_reviews.rq``).

        ``title`` may end in the year in brackets when ``year`` is not given.

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.

        Examples
        --------
        >>> fg = FilmGraph.open(":memory:")
        >>> _ = fg.ingest_text("Psycho (1998) is a shot-for-shot remake of Psycho (1960).", source="psycho.txt")
        >>> profile = fg.show("Psycho (1960)")
        >>> [(film.value, film.year, film.reviews) for film in profile.remade_as]
        [('Psycho', 1998, 1)]
        """
        return self.profile(self.find_named(title, year))

    def profile(self, film: Film) -> FilmProfile:
        """What :meth:`show` answers, for a film already found (by IRI, as the explorer knows
        films); only ``film.iri`` is read from the graph, ``film`` is returned as given."""
        return lookup.read_profile(self.store, film)

    def why(self, subject: str, relation: str, object: str, *, subject_year: int | None = None,
            object_year: int | None = None) -> FactProvenance:
        """Who states ``subject relation object``: every review, with its file, reviewer, evidence
        sentence and confidence, and the other sources (a catalog import, Wikidata links, an
        imported RDF file) that state it (``fact_claims.rq``).

        ``relation`` is one of :data:`RELATION_NAMES` (``remakeOf``, ``influencedBy``, their
        inverses ``remadeAs`` and ``influenced``, or ``director``, ``writer``, ``castMember``
        with a person's name as the object). Titles may end in the year in brackets. A fact no
        one states gives a :class:`FactProvenance` whose ``stated`` is False.

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`, for either film.
        QueryError
            If ``relation`` is not one of :data:`RELATION_NAMES`.

        Examples
        --------
        >>> fg = FilmGraph.open(":memory:")
        >>> _ = fg.ingest_text("Psycho (1998) is a shot-for-shot remake of Psycho (1960).", source="psycho.txt")
        >>> [s.evidence for s in fg.why("Psycho (1998)", "remakeOf", "Psycho (1960)").reviews]
        ['Psycho (1998) is a shot-for-shot remake of Psycho (1960).']
        """
        stored, _ = lookup.stored_relation(relation)  # an unknown relation is told before any title is looked up
        first = self.find_named(subject, subject_year)
        if stored in lookup.PERSON_RELATIONS:
            return self.claims(first, relation, Film(person_iri(object), object))
        return self.claims(first, relation, self.find_named(object, object_year))

    def claims(self, subject: Film, relation: str, object: Film) -> FactProvenance:
        """What :meth:`why` answers, for films (or, as the object, a person) already found by IRI:
        the reviews and other sources that state ``subject relation object`` (``fact_claims.rq``).
        ``subject`` and ``object`` are returned in the answer as given.

        Raises
        ------
        QueryError
            If ``relation`` is not one of :data:`RELATION_NAMES`.
        """
        return lookup.read_claims(self.store, subject, relation, object)

    def remakes_with_sources(self, title: str, year: int | None = None, *,
                             direct: bool = False) -> list[tuple[Film, tuple[FactProvenance, ...]]]:
        """:meth:`remakes_of`, each film with who states the links that make it a remake at its
        depth: its ``remakeOf`` facts to the films one step nearer the original (the original
        itself at depth 1), each as :meth:`claims` gives it. A film at depth 2 that remakes two
        films of depth 1 has two.

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.

        Examples
        --------
        >>> fg = FilmGraph.open(":memory:")
        >>> _ = fg.ingest_text("Psycho (1998) is a shot-for-shot remake of Psycho (1960).", source="psycho.txt")
        >>> [(film.year, [s.source for link in links for s in link.reviews])
        ...  for film, links in fg.remakes_with_sources("Psycho (1960)")]
        [(1998, ['psycho.txt'])]
        """
        return lookup.remakes_with_sources(self.store, self.find_named(title, year), direct=direct)

    def family_sources(self, tree: Any) -> dict[str, FactProvenance]:
        """Who states each link of a remake family tree from :meth:`remake_family`: for every film
        below the root, by its IRI, the provenance of its ``remakeOf`` fact to its parent in the
        tree, as :meth:`claims` gives it."""
        def film(node: str) -> Film:
            data = tree.nodes[node]
            return Film(node, str(data.get("label", node)), data.get("year"))

        return {child: self.claims(film(child), REMAKE_OF.name, film(parent)) for parent, child in tree.edges}

    # -- library queries (queries/*.rq) ------------------------------------------------------

    def other_remakes(self, title: str, year: int | None = None) -> list[Film]:
        """Other films that remake the same first original as this film (``other_remakes.rq``).

        Raises
        ------
        FilmNotFound, AmbiguousTitle
            As :meth:`find_film`.
        """
        film = self.find_named(title, year)
        rows = self.store.select(load_query("other_remakes"), {"film": URIRef(film.iri)}).rows
        found = {str(other): Film(str(other), str(name), int_of(y)) for other, name, y, _, _ in rows}
        return sorted(found.values(), key=lambda f: (f.year or 0, f.title, f.iri))

    def co_stars(self, name: str) -> list[tuple[str, int]]:
        """Actors cast with this person, as ``(name, films shared)``, most shared first (``co_stars.rq``).

        >>> FilmGraph.open("memory:").co_stars("Nobody At All")
        []
        """
        rows = self.store.select(load_query("co_stars"), {"person": URIRef(person_iri(name))}).rows
        return [(str(other_name), int_of(films) or 0) for _, _, _, other_name, films, _ in rows]

    def most_remade(self, limit: int | None = 10) -> list[tuple[Film, int]]:
        """Films with the most direct remakes, as ``(film, remakes)`` (``most_remade.rq``).

        >>> FilmGraph.open("memory:").most_remade()
        []
        """
        rows = self.store.select(load_query("most_remade")).rows
        ranked = [(Film(str(iri), str(title), int_of(year)), int_of(remakes) or 0)
                  for iri, title, year, remakes, _ in rows]
        return ranked[:limit] if limit is not None else ranked

    def most_cited(self, limit: int | None = 10) -> list[tuple[Film, int]]:
        """Films that most reviews name as remade or drawn on, as ``(film, reviews)`` (``most_cited.rq``).

        >>> FilmGraph.open("memory:").most_cited()
        []
        """
        rows = self.store.select(load_query("most_cited")).rows
        ranked = [(Film(str(iri), str(title), int_of(year)), int_of(reviews) or 0)
                  for iri, title, year, reviews, _ in rows]
        return ranked[:limit] if limit is not None else ranked

    def films_without_year(self) -> list[Film]:
        """Films whose year no review or catalog entry gives (``films_without_year.rq``).

        >>> FilmGraph.open("memory:").films_without_year()
        []
        """
        rows = self.store.select(load_query("films_without_year")).rows
        return [Film(str(iri), str(title)) for iri, title, _ in rows]

    def run_query(self, name: str, **params: object) -> SelectResult:
        """Run the library query ``queries/NAME.rq`` with its documented parameters.

        A string given for a parameter documented as an IRI is bound as an IRI; any other value
        as a literal (see :func:`~filmgraph.query.bindings.as_term`). A parameter documented as
        optional may be left out or given as None.

        Raises
        ------
        QueryError
            If there is no such query, a parameter is not one the query documents, or a
            required parameter is missing.

        Examples
        --------
        >>> result = FilmGraph.open("memory:").run_query("remakes_of", title="Psycho", year=1960)
        >>> result.variables, len(result)
        (('remake', 'remakeTitle', 'remakeYear', 'depth'), 0)
        """
        return self.store.select(*lookup.library_query(name, params))

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None, **values: object) -> SelectResult:
        """Run a SELECT query; keyword ``values`` are bound as RDF terms, never pasted.

        >>> fg = FilmGraph.open("memory:")
        >>> len(fg.query("SELECT ?f WHERE { ?f ?p ?title }", title="x\\" } ; DROP ALL ; #"))
        0
        """
        return self.store.select(sparql, {**(bindings or {}), **values})

    def stats(self) -> dict[str, int]:
        """Counts of reviews, films, people, the edges of each film relation (``remakes``,
        ``influences``, ... as :attr:`RelationInfo.stat <filmgraph.relations.RelationInfo.stat>`
        names them), and quads."""
        return lookup.read_stats(self.store)

    # -- catalog, entity resolution, Wikidata links ------------------------------------------

    def import_catalog(self, path: str | os.PathLike[str], *, max_bytes: int | None = None,
                       on_progress: Callable[[str, int, int], None] | None = None) -> CatalogReport:
        """Load a reference film file into the catalog graph, in one bulk load.

        ``max_bytes`` overrides :data:`~filmgraph.resolve.catalog.MAX_CATALOG_BYTES` (for the
        file and for what it unpacks to); ``on_progress`` is called with a step ("quads" while
        loading, "reviews" while reviews naming its films are resolved again), the count done and
        the count to do.

        The format is recognised from the content (see :mod:`filmgraph.resolve.catalog`): the
        CMU movie metadata TSV (gzipped or not) or the Wikipedia remake list CSV. Catalog films
        take the IRIs review mentions get, so later reviews resolve to them.

        Raises
        ------
        CatalogError
            If the file cannot be read or is in no known format.
        StoreError
            If the store refuses the data.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "list.csv"
        >>> _ = path.write_text("original,original_year,original_url,remake,remake_year,remake_url,"
        ...                     "original_wikidata_id,remake_wikidata_id\\n"
        ...                     "Psycho,1960,,Psycho,1998,,Q163038,Q1136790\\n")
        >>> fg = FilmGraph.open(":memory:")
        >>> report = fg.import_catalog(path)
        >>> report.format, report.films, report.remakes
        ('remakes', 2, 1)
        >>> [f.year for f in fg.remakes_of("Psycho", 1960)]
        [1998]
        """
        from .resolve.catalog import CatalogReport, prepare_catalog

        started = time.perf_counter()
        load = prepare_catalog(path, self.resolver.index, max_bytes=max_bytes)
        self._load_in_parts(load.data, load.quads,
                            (lambda done: on_progress("quads", done, load.quads)) if on_progress else None)
        self.store.optimize()
        self._resolver = None  # the next ingest reads the catalog's films from the store
        again = IngestReport()  # reviews naming a catalog film without its year: as if the catalog came first
        self._resolve_again([film.title for film in load.new if film.year is not None], again,
                            (lambda done, total: on_progress("reviews", done, total)) if on_progress else None)
        catalog = load.catalog
        return CatalogReport(catalog.source, catalog.format, len(load.films), len(load.new), len(catalog.remakes),
                             load.quads, round(time.perf_counter() - started, 3), [*catalog.warnings, *again.warnings],
                             again.resolved_again)

    def _load_in_parts(self, data: bytes, quads: int, on_progress: Callable[[int], None] | None) -> None:
        """Bulk-load N-Quads ``data`` (``quads`` lines, no blank nodes), in parts of
        :data:`LOAD_PART` lines when someone follows the progress (each part is still loaded in
        parallel by the store), else whole."""
        from .rdf.nquads import nquads_parts

        if on_progress is None or quads <= LOAD_PART:
            self.store.load(data, "nquads")
            if on_progress is not None:
                on_progress(quads)
            return
        for part, done in nquads_parts(data, LOAD_PART):
            self.store.load(part, "nquads")
            on_progress(done)

    def resolve_candidates(self, title: str, year: int | None = None) -> Decision:
        """How a mention of ``title`` (and ``year``) would resolve now: candidates, scores, choice, why.

        A year in brackets after the title counts when ``year`` is not given. Nothing is written.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "movie.metadata.tsv"
        >>> _ = path.write_text("1\\t/m/0abc\\tPhone Booth\\t2002-11-15\\t\\t\\t{}\\t{}\\t{}\\n")
        >>> fg = FilmGraph.open(":memory:")
        >>> _ = fg.import_catalog(path)
        >>> decision = fg.resolve_candidates("Phonebooth (2002)")
        >>> decision.chosen.title, decision.reason
        ('Phone Booth', 'one exact match (exact title)')
        >>> fg.resolve_candidates("Phone Booth", 1999).reason
        'no match: new film'
        """
        from .model import FilmRef
        from .resolve.names import split_title_year

        bare, given = split_title_year(title)
        return self.resolver.decide(FilmRef(bare, year if year is not None else given))

    def suspected_duplicates(self, *, films: bool = True, people: bool = True) -> list[SuspectedDuplicate]:
        """Films and people that look alike but are separate nodes (for ``filmgraph stats``).

        See :mod:`filmgraph.resolve.duplicates` for the rules.
        """
        return lookup.suspected_duplicates(self.store, films=films, people=people)

    def link(self, endpoint: str | None = None, *, cache_dir: str | os.PathLike[str] | None = None,
             use_cache: bool = True, rate_limit: float | None = None, batch_size: int = 50,
             relink: bool = False, limit: int | None = None, min_score: float = 75.0, retries: int = 3,
             backoff: float = 1.0, timeout: float = 60.0, deadline: float | None = DEFAULT_DEADLINE,
             on_progress: Callable[[int, int], None] | None = None) -> LinkReport:
        """Link the graph's films to Wikidata items (``owl:sameAs`` and ``fg:matchScore``).

        Films already linked are skipped unless ``relink``. Links, the items' other titles
        (as ``fg:alternateTitle``) and the remake relations Wikidata states between linked films
        go to their own named graph, ``.../graph/wikidata``.

        Parameters
        ----------
        endpoint : str or None
            A SPARQL endpoint shaped like Wikidata; None for the Wikidata Query Service.
        cache_dir : path or None
            Folder of the on-disk answer cache (default: see :func:`~filmgraph.resolve.link.default_cache_dir`).
        use_cache : bool
            False to neither read nor write the cache.
        rate_limit : float or None
            Minimum seconds between requests; None for 1 s on Wikidata and none elsewhere.
        batch_size, min_score, retries, backoff, timeout
            See :func:`~filmgraph.resolve.link.link_films` and :class:`~filmgraph.resolve.link.SparqlClient`.
        limit : int or None
            Link at most this many films.
        deadline : float or None
            Seconds the whole run may take (None: no limit); answers received before it passes
            stay in the cache, so a second run goes on from there.
        on_progress : callable or None
            Called with (films done, films to do).

        Raises
        ------
        EndpointError
            If the endpoint cannot be reached, answers with something other than SPARQL JSON
            results, or the deadline passes (one line naming it and the problem); the store is
            unchanged then.
        """
        from .rdf.writer import link_graph
        from .resolve.link import LINK_GRAPH, link_endpoint

        rows = sorted(self.store.select(load_query("films_to_link")).rows, key=lambda row: str(row[0]))
        films = [(str(iri), str(title), int_of(year)) for iri, title, year, item in rows if relink or item is None]
        report = link_endpoint(films[:limit] if limit is not None else films, endpoint, cache_dir=cache_dir,
                               use_cache=use_cache, rate_limit=rate_limit, retries=retries, backoff=backoff,
                               timeout=timeout, deadline=deadline, batch_size=batch_size, min_score=min_score,
                               on_progress=on_progress)
        relinked = {URIRef(link.film) for link in report.links}
        kept = [(s, p, o) for s, p, o, _ in self.store.quads(URIRef(LINK_GRAPH)) if s not in relinked]
        links = [(link.film, link.qid, link.score, link.alternate_titles) for link in report.links]
        self.store.replace_graph(link_graph(LINK_GRAPH, kept, links, report.remakes))
        self._resolver = None
        return report

    # -- export ----------------------------------------------------------------------------

    def rdflib_graph(self):
        """The whole graph as an rdflib Dataset (a copy, for rdflib tools)."""
        from rdflib import Dataset

        from .rdf.writer import bind_prefixes

        dataset = Dataset()
        bind_prefixes(dataset)
        for s, p, o, g in self.store.quads():
            # rdflib takes a graph's name as the fourth term; its annotations only say Graph
            dataset.add((s, p, o, g) if g is not None else (s, p, o))  # type: ignore[arg-type]
        return dataset

    def to_networkx(self, **options: Any):
        """The graph as a networkx MultiDiGraph (see :func:`filmgraph.export.to_networkx`)."""
        from .export import to_networkx

        return to_networkx(self.store, **options)

    def remake_family(self, title: str, year: int | None = None):
        """The remake family tree of a film: the first original at the root, every remake below.

        Returns a ``networkx.DiGraph`` whose ``graph["root"]`` is the original's IRI; see
        :func:`filmgraph.analysis.render_family_tree` to print it. ``title`` may end in the year in
        brackets when ``year`` is not given.
        """
        from .analysis import remake_family_tree

        film = self.find_named(title, year)
        return remake_family_tree(self.to_networkx(relations=(REMAKE_OF.name,), films_only=True), film.iri)

    def path_between(self, source: str, target: str, *, source_year: int | None = None,
                     target_year: int | None = None) -> list:
        """The shortest chain of facts linking two films, each hop explained ("X remakes Y") with
        the review it was read in: its IRI, ``file``, evidence sentence and confidence.

        A hop stated only by a catalog import or the Wikidata links has ``review`` naming that
        graph and no ``file``. Titles may end in the year in brackets.
        """
        return self.path_between_films(self.find_named(source, source_year), self.find_named(target, target_year))

    def path_between_films(self, start: Film, end: Film, *, graph: Any = None) -> list:
        """What :meth:`path_between` answers, for films already found (by IRI, as the explorer
        knows films). ``graph`` is the store as :meth:`to_networkx` gives it, for a caller that
        finds many paths in a store that does not change (the explorer); by default it is made now."""
        from .analysis import shortest_path_explained
        from .errors import ExportError

        if start.iri == end.iri:
            raise ExportError(f"{start.label} is both ends; a path joins two different films")
        try:
            hops = shortest_path_explained(graph if graph is not None else self.to_networkx(), start.iri, end.iri)
        except ExportError as error:  # it names the IRIs; here the titles are known
            raise ExportError(f"no chain of facts joins {start.label} and {end.label}") from error
        return lookup.explain_hops(self.store, hops)

    def most_important(self, *, by: str = "pagerank", k: int = 10) -> list[tuple[Film, float]]:
        """The films that matter most in the graph, by PageRank or in-degree."""
        from .analysis import most_important

        graph = self.to_networkx(relations=tuple(r.name for r in FILM_RELATIONS), films_only=True)
        ranked = most_important(graph, by=by, k=k, node_type="Film")
        return [(Film(iri, str(graph.nodes[iri].get("label", iri)), graph.nodes[iri].get("year")), score)
                for iri, score in ranked]

    def export(self, format: str, out: str | os.PathLike[str], **options: Any) -> None:
        """Write the graph in ``format`` (any name registered in :data:`filmgraph.export.EXPORTERS`)."""
        from .export import EXPORTERS

        if options.get("around"):
            options["around"] = self.find_named(options["around"], options.pop("year", None)).iri
        options.pop("year", None)
        EXPORTERS.get(format)(self.store, Path(out), **options)


def _extract(path: str | os.PathLike[str]) -> Extraction:
    from .extract import extract_review

    return extract_review(read_review(path))


def extract_json(path: str | os.PathLike[str], *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict[str, Any]:
    """The JSON object of the ``extract`` contract for one review file (kept facts only), with IRIs."""
    extraction = _extract(path).kept(min_confidence)
    resolved = Resolver()(extraction, min_confidence=min_confidence)
    iris: dict[int, str] = {}
    if resolved.film is not None and extraction.film is not None:
        iris[id(extraction.film)] = resolved.film.iri
    for claim in resolved.claims:
        if claim.film.source is not None:
            iris[id(claim.film.source)] = claim.film.iri
    for person, credit in resolved.cast:
        iris[id(credit)] = person.iri
    if resolved.reviewer is not None and extraction.reviewer is not None:
        iris[id(extraction.reviewer)] = resolved.reviewer.iri
    return extraction_to_json(extraction, iris)


def extract_turtle(path: str | os.PathLike[str], *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """The RDF (Turtle) of one review file's kept facts, as ingest would store it."""
    resolved = Resolver()(_extract(path), min_confidence=min_confidence)
    return review_graph(resolved).serialize(format="turtle")


def explain(path: str | os.PathLike[str], *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """Every fact found in a review beside its evidence, marked kept or left out (and why)."""
    from .explain import explain_extraction

    return explain_extraction(_extract(path), min_confidence=min_confidence)
