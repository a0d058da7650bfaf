"""The graph's relations as data: one row per relation, and everything else reads the rows.

A film relation (remake, influence, sequel, parody) is read from reviews by its own finder in
``extract/``, declared in ``ontology/filmgraph.ttl`` and ``ontology/shapes.ttl``, and listed
here; the model, the resolver, the RDF writer, the JSON shape, the explanation, the stats, the
exports, the API and the CLI take the list from :data:`RELATIONS`, so adding a relation is one
row here, its finder and its ontology terms. The person relations (director, writer, cast) are
rows too, for the exports, ``why`` and the explorer that draw every edge.

>>> relation("remakeOf").key, relation("remadeAs").name
('remake_of', 'remakeOf')
>>> [r.name for r in FILM_RELATIONS]
['remakeOf', 'influencedBy', 'sequelOf', 'parodies']
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RelationInfo", "RELATIONS", "FILM_RELATIONS", "REMAKE_OF", "relation", "relation_names", "film_relation_by_key"]


@dataclass(frozen=True, slots=True)
class RelationInfo:
    """One relation: how the ontology, Wikidata, the JSON contracts and people name it.

    ``name`` and ``inverse`` are ontology local names (``fg:remakeOf``, ``fg:remadeAs``), with
    ``subject`` and ``object`` the classes they join. ``key`` is the field of an extraction and of
    ``filmgraph extract --format json`` (None for the person relations, which belong to the
    reviewed film); ``fact`` and ``inverse_fact`` are the fields of a film profile
    (``filmgraph show``) for either direction, ``shown`` and ``inverse_shown`` their headings.
    ``sentence`` says one edge in words (``{s}`` subject, ``{o}`` object); ``stat`` is the count's
    name in ``filmgraph stats`` and ``noun`` names one edge. ``colour`` is the edge's in drawings.
    ``finder`` is the cue-rule finder that reads the relation from a review, as ``module:Class``
    in :mod:`filmgraph.extract` (None when the relation model reads it, as it does remakes and
    influences, or when the header and cast readers do).
    """

    name: str
    inverse: str | None
    subject: str
    object: str
    wikidata: str | None
    key: str | None
    fact: str
    inverse_fact: str | None
    shown: str
    inverse_shown: str | None
    sentence: str
    colour: str
    stat: str | None = None
    noun: str | None = None
    finder: str | None = None

    @property
    def between_films(self) -> bool:
        """True when both ends are films (the relations a review states of its film and another)."""
        return self.subject == "Film" and self.object == "Film"


#: Every relation, film relations first; their order is the order of JSON keys, listings and tables.
RELATIONS: tuple[RelationInfo, ...] = (
    RelationInfo("remakeOf", "remadeAs", "Film", "Film", "P144", "remake_of", "remake_of", "remade_as",
                 "remakes", "remade as", "{s} remakes {o}", "#e15759", "remakes", "remake"),
    RelationInfo("influencedBy", "influenced", "Film", "Film", "P737", "influences", "influenced_by", "influenced",
                 "draws on", "drawn on by", "{s} was influenced by {o}", "#76b7b2", "influences", "influence"),
    RelationInfo("sequelOf", "hasSequel", "Film", "Film", "P155", "sequel_of", "sequel_of", "sequels",
                 "sequel to", "followed by", "{s} is a sequel to {o}", "#ff9da7", "sequels", "sequel",
                 "sequels:SequelFinder"),
    RelationInfo("parodies", "parodiedBy", "Film", "Film", None, "parodies", "parodies", "parodied_by",
                 "parodies", "parodied by", "{s} parodies {o}", "#9c755f", "parodies", "parody",
                 "parodies:ParodyFinder"),
    RelationInfo("director", None, "Film", "Person", "P57", None, "directors", None,
                 "directors", None, "{o} directed {s}", "#59a14f"),
    RelationInfo("writer", None, "Film", "Person", "P58", None, "writers", None,
                 "writers", None, "{o} wrote {s}", "#edc948"),
    RelationInfo("castMember", None, "Film", "Person", "P161", None, "cast", None,
                 "cast", None, "{o} acts in {s}", "#b07aa1"),
)

#: The relations between two films, which reviews state of the reviewed film and another film.
FILM_RELATIONS: tuple[RelationInfo, ...] = tuple(r for r in RELATIONS if r.between_films)

_BY_NAME = {r.name: r for r in RELATIONS} | {r.inverse: r for r in RELATIONS if r.inverse}


def relation(name: str) -> RelationInfo:
    """The relation named ``name`` in the ontology, or whose inverse it is; KeyError if none."""
    return _BY_NAME[name]


def relation_names() -> tuple[str, ...]:
    """Every relation's ontology name and its inverse's, in table order (what ``why`` takes)."""
    return tuple(n for r in RELATIONS for n in (r.name, r.inverse) if n)


def film_relation_by_key(key: str) -> RelationInfo:
    """The film relation whose extraction field is ``key`` (``remake_of``); KeyError if none."""
    for info in FILM_RELATIONS:
        if info.key == key:
            return info
    raise KeyError(key)

#: Remaking, for what only remakes have: family trees, and the context that settles which film
#: a year-less title names (a film the reviewed film is known to remake).
REMAKE_OF: RelationInfo = relation("remakeOf")
