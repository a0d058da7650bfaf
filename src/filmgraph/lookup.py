"""Look-ups: a store and a film (by title, or already found by IRI) in, the answers of
:mod:`filmgraph.answers` out.

Each function reads the store through the library queries (``queries/*.rq``), with every value
bound as an RDF term: which film a title names, the films a relation leads to, a film's profile,
who states a fact, the graph's counts. :class:`~filmgraph.api.FilmGraph` calls these; they take
the store rather than the graph, so they run on any :class:`~filmgraph.store.Backend`.

>>> from filmgraph.store import open_store
>>> films_titled(open_store("memory:"), "Psycho")
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rapidfuzz import process
from rdflib import Literal, URIRef

from .answers import (
    VALUE_FACTS,
    FactProvenance,
    Film,
    FilmProfile,
    ReviewOfFilm,
    Stated,
    Statement,
    int_of,
    source_name,
    year_of,
)
from .errors import AmbiguousTitle, FilmNotFound, QueryError
from .query.library import load_query, query_info
from .rdf.vocab import FG
from .relations import FILM_RELATIONS, RELATIONS, REMAKE_OF, relation, relation_names
from .store import Backend
from .titlekeys import normalize_title

if TYPE_CHECKING:
    from .analysis import Hop
    from .resolve.duplicates import SuspectedDuplicate

__all__ = ["RELATION_NAMES", "PERSON_RELATIONS", "stored_relation", "film_relation", "films_titled", "find_film",
           "find_named", "walk", "read_profile", "read_claims", "remakes_with_sources", "explain_hops",
           "library_query", "read_stats", "suspected_duplicates"]

#: The relations ``FilmGraph.why`` takes, as named in the ontology, with the stored relation each
#: one reads and whether it reads it the other way round (``remadeAs`` is ``remakeOf`` inverted).
RELATION_NAMES: dict[str, tuple[str, bool]] = {name: (relation(name).name, name != relation(name).name)
                                               for name in relation_names()}
#: The relations whose object is a person (director, writer, castMember).
PERSON_RELATIONS = tuple(r.name for r in RELATIONS if r.object == "Person")


def stored_relation(name: str) -> tuple[str, bool]:
    """The stored relation a name of :data:`RELATION_NAMES` reads, and whether it reads it the
    other way round; a QueryError for any other name."""
    if name not in RELATION_NAMES:
        raise QueryError(f"unknown relation {name!r}; use one of {', '.join(RELATION_NAMES)}")
    return RELATION_NAMES[name]


def film_relation(name: str) -> tuple[str, bool]:
    """As :func:`stored_relation`, for a relation between films only (``sequelOf``, ``hasSequel``,
    ...); a QueryError for any other name."""
    stored, inverted = RELATION_NAMES.get(name, (None, False))
    if stored is None or not relation(stored).between_films:
        names = ", ".join(n for r in FILM_RELATIONS for n in (r.name, r.inverse) if n)
        raise QueryError(f"unknown film relation {name!r}; use one of {names}")
    return stored, inverted


def films_titled(store: Backend, title: str, year: int | None = None) -> list[Film]:
    """Every film whose title or alternate title has the same key as ``title`` (and year)."""
    bindings: dict[str, object] = {"key": normalize_title(title)}
    if year is not None:
        bindings["year"] = Literal(int(year))
    rows = store.select(load_query("films_by_key"), bindings).rows
    return [Film(str(iri), str(name), int_of(y)) for iri, name, y in rows]


def find_film(store: Backend, title: str, year: int | None = None) -> Film:
    """The one film with this title (and year).

    Raises
    ------
    FilmNotFound
        If no film has that title (with that year); ``near`` lists close titles.
    AmbiguousTitle
        If several films have that title and no year was given.
    """
    films = films_titled(store, title, year)
    if len(films) == 1:
        return films[0]
    if len(films) > 1:
        raise AmbiguousTitle(title, [(f.iri, f.title, f.year) for f in films])
    keys = [str(row[0]) for row in store.select(load_query("title_keys")).rows]
    # keys are lower-cased and stripped, so each near key is shown as the films that have it
    near = [film.label for key, _, _ in process.extract(normalize_title(title), keys, limit=3, score_cutoff=60)
            for film in films_titled(store, key)]
    raise FilmNotFound(title, year, list(dict.fromkeys(near))[:5])


def find_named(store: Backend, text: str, year: int | None = None) -> Film:
    """The one film named ``text``, which may end in its year in brackets ("Retribution (2015)")
    when ``year`` is not given.

    Raises
    ------
    FilmNotFound, AmbiguousTitle
        As :func:`find_film`.
    """
    from .resolve.names import split_title_year

    bare, given = split_title_year(text)
    if year is not None or given is None:
        return find_film(store, text, year)
    try:
        return find_film(store, bare, given)
    except FilmNotFound:
        try:  # a title that really ends in a year in brackets
            return find_film(store, text)
        except (FilmNotFound, AmbiguousTitle):
            pass
        raise


def walk(store: Backend, start: Film, relation_name: str, *, inverted: bool, direct: bool) -> list[Film]:
    """The films the stored relation ``relation_name`` leads to from ``start`` (the films pointing
    at it when ``inverted``), each with its ``depth``; transitively unless ``direct``."""
    query = load_query("relation_in_direct" if inverted else "relation_out_direct")
    found: dict[str, Film] = {}
    frontier, depth = [start.iri], 0
    while frontier:
        depth += 1
        next_frontier = []
        # One query for the whole frontier: a family tree is walked in as many queries as it is deep.
        bound = {"film": [URIRef(iri) for iri in frontier], "relation": FG[relation_name]}
        for other, title, year in store.select_values(query, bound):
            if other is not None and title is not None and other != start.iri and other not in found:
                found[other] = Film(other, title, year_of(year), depth)
                next_frontier.append(other)
        frontier = [] if direct else next_frontier
    return sorted(found.values(), key=lambda f: (f.depth, f.year or 0, f.title))


def read_profile(store: Backend, film: Film) -> FilmProfile:
    """Everything the store knows about ``film`` (only ``film.iri`` is read; ``film`` is returned
    as given), each value with the reviews and other sources stating it (``film_facts.rq``,
    ``cast_of.rq``), and the reviews that discuss it (``film_reviews.rq``)."""
    bound = {"film": URIRef(film.iri)}
    # (direction, property, value) -> [label, year, review graphs, other graphs]
    facts: dict[tuple[str, str, str], list[Any]] = {}
    for direction, prop, value, label, value_year, graph, is_review in store.select_values(
            load_query("film_facts"), bound):
        if direction is None or prop is None or value is None:
            continue
        entry = facts.setdefault((direction, prop.rsplit("#", 1)[-1], value), [label, year_of(value_year), set(), set()])
        entry[2 if is_review == "true" else 3].add(graph)
    characters = {iri: character for iri, _, character in store.select_values(load_query("cast_of"), bound)}
    fields = {("out", prop): name for prop, name in VALUE_FACTS.items()}
    fields[("out", "sameAs")] = "wikidata"
    for info in RELATIONS:
        fields[("out", info.name)] = info.fact
        if info.inverse_fact:
            fields[("in", info.name)] = info.inverse_fact
    found: dict[str, list[Stated]] = {name: [] for name in FilmProfile.FACTS}
    for (direction, prop, value), (label, value_year, reviews, others) in facts.items():
        name = fields.get((direction, prop))
        if name is None:
            continue
        sources = tuple(sorted(source_name(graph) for graph in others))
        if name == "wikidata":
            if not value.startswith("http://www.wikidata.org/entity/"):
                continue
            stated = Stated(value.rsplit("/", 1)[-1], len(reviews), sources, iri=value)
        elif name in VALUE_FACTS.values():
            stated = Stated(value, len(reviews), sources)
        else:
            stated = Stated(label or value, len(reviews), sources, iri=value, year=value_year,
                            character=characters.get(value) if name == "cast" else None)
        found[name].append(stated)
    for values in found.values():
        values.sort(key=lambda v: (-v.reviews, v.year or 0, v.value.casefold(), v.iri or ""))
    reviews = tuple(ReviewOfFilm(review, source, reviewer, about == "true")
                    for review, source, reviewer, about in store.select_values(load_query("film_reviews"), bound)
                    if review is not None and source is not None)
    return FilmProfile(film, {name: tuple(values) for name, values in found.items()}, reviews=reviews)


def read_claims(store: Backend, subject: Film, relation: str, object: Film) -> FactProvenance:
    """The reviews and other sources that state ``subject relation object`` (``fact_claims.rq``),
    for films (or, as the object, a person) found by IRI; ``subject`` and ``object`` are returned
    in the answer as given.

    Raises
    ------
    QueryError
        If ``relation`` is not one of :data:`RELATION_NAMES`.
    """
    stored, inverted = stored_relation(relation)
    film, target = (object, subject) if inverted else (subject, object)
    rows = store.select_values(load_query("fact_claims"), {
        "film": URIRef(film.iri), "property": FG[stored], "other": URIRef(target.iri)})
    reviews = tuple(Statement(graph, source, reviewer, evidence, float(confidence) if confidence else None)
                    for graph, source, reviewer, evidence, confidence in rows if graph is not None and source is not None)
    sources = tuple(source_name(graph) for graph, source, *_ in rows if graph is not None and source is None)
    return FactProvenance(subject, relation, object, reviews, sources)


def remakes_with_sources(store: Backend, original: Film, *,
                         direct: bool = False) -> list[tuple[Film, tuple[FactProvenance, ...]]]:
    """The remakes of ``original`` (transitively unless ``direct``), each with who states the
    links that make it a remake at its depth: its ``remakeOf`` facts to the films one step nearer
    the original (the original itself at depth 1), each as :func:`read_claims` gives it."""
    remakes = walk(store, original, REMAKE_OF.name, inverted=True, direct=direct)
    levels: dict[int, dict[str, Film]] = {0: {original.iri: original}}
    for film in remakes:
        levels.setdefault(film.depth or 0, {})[film.iri] = film
    query = load_query("relation_out_direct")
    sourced = []
    for film in remakes:
        nearer = levels[(film.depth or 0) - 1]
        # what this film remakes, of which the walk reached it from the films one step nearer
        originals = store.select_values(query, {"film": URIRef(film.iri), "relation": FG[REMAKE_OF.name]})
        remade = sorted((nearer[iri] for iri, _, _ in originals if iri in nearer),
                        key=lambda other: (other.year or 0, other.title, other.iri))
        sourced.append((film, tuple(read_claims(store, film, REMAKE_OF.name, other) for other in remade)))
    return sourced


def explain_hops(store: Backend, hops: Iterable[Hop]) -> list[Hop]:
    """Each hop of a path with the review stating it (``fact_claims.rq``): its graph, file,
    evidence sentence and confidence; the review the path was found through is preferred."""
    query = load_query("fact_claims")
    explained = []
    for hop in hops:
        rows = store.select_values(query, {"film": URIRef(hop.source), "property": FG[hop.relation],
                                           "other": URIRef(hop.target)})
        row = next((r for r in rows if r[0] == hop.review), rows[0] if rows else None)
        if row is not None:
            graph, file, _, evidence, confidence = row
            hop = replace(hop, review=graph, file=file, evidence=evidence if evidence is not None else hop.evidence,
                          confidence=float(confidence) if confidence else hop.confidence)
        explained.append(hop)
    return explained


def library_query(name: str, params: Mapping[str, object]) -> tuple[str, dict[str, object]]:
    """The text of the library query ``queries/NAME.rq`` and ``params`` as its bindings.

    A string given for a parameter documented as an IRI is bound as an IRI; any other value
    as a literal (see :func:`~filmgraph.query.bindings.as_term`). A parameter documented as
    optional may be left out or given as None.

    Raises
    ------
    QueryError
        If there is no such query, a parameter is not one the query documents, or a
        required parameter is missing.
    """
    info = query_info(name)
    documented = dict(info.parameters)
    unknown = sorted(set(params) - set(documented))
    if unknown:
        known = ", ".join(documented) or "none"
        raise QueryError(f"query {name!r} has no parameter {', '.join(unknown)}; its parameters: {known}")
    bindings: dict[str, object] = {}
    for param, description in documented.items():
        value = params.get(param)
        if value is None and "optional" not in description:
            raise QueryError(f"query {name!r} needs a value for ?{param} ({description})")
        if isinstance(value, str) and "IRI" in description and value.startswith(("http://", "https://")):
            value = URIRef(value)
        bindings[param] = value
    return info.text, bindings


def read_stats(store: Backend) -> dict[str, int]:
    """Counts of reviews, films, people, the edges of each film relation (``remakes``,
    ``influences``, ... as :attr:`RelationInfo.stat <filmgraph.relations.RelationInfo.stat>`
    names them), and quads.

    >>> from filmgraph.store import open_store
    >>> read_stats(open_store("memory:"))["quads"]
    0
    """
    result = store.select(load_query("stats"))
    counts = {name: int_of(value) or 0 for name, value in zip(result.variables, result.rows[0])}
    edges = {relation_iri: count for relation_iri, count in store.select_values(
        load_query("relation_counts"), {"relation": [FG[r.name] for r in FILM_RELATIONS]})}
    for info in FILM_RELATIONS:
        counts[info.stat or info.name] = int(edges.get(str(FG[info.name])) or 0)
    counts["quads"] = len(store)
    return counts


def suspected_duplicates(store: Backend, *, films: bool = True, people: bool = True) -> list[SuspectedDuplicate]:
    """Films and people that look alike but are separate nodes (see :mod:`filmgraph.resolve.duplicates`
    for the rules)."""
    from .resolve.duplicates import find_duplicate_films, find_duplicate_people

    found: list[SuspectedDuplicate] = []
    if films:
        rows = store.select(load_query("film_titles")).rows
        found += find_duplicate_films((str(iri), str(title), int_of(year)) for iri, title, year, _ in rows)
    if people:
        rows = store.select(load_query("person_names")).rows
        found += find_duplicate_people((str(iri), str(name)) for iri, name in rows)
    return found
