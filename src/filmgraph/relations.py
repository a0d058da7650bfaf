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

__all__ = ["RelationInfo", "RELATIONS", "FILM_RELATIONS", "REMAKE_OF", "INFLUENCED_BY", "relation", "relation_names", "film_relation_by_key"]


@dataclass(frozen=True, slots=True)
class RelationInfo:
    """One relation: how the ontology, Wikidata, the JSON contracts and people name it.

    ``name`` and ``inverse`` are ontology local names (``fg:remakeOf``, ``fg:remadeAs``), with
    ``label`` and ``inverse_label`` their ``rdfs:label``, ``subject`` and ``object`` the classes
    they join, and ``wikidata`` the Wikidata property closest to ``name`` (None when there is
    none). ``key`` is the field of an extraction and of ``filmgraph extract --format json`` (None
    for the person relations, which belong to the reviewed film); ``fact`` and ``inverse_fact``
    are the fields of a film profile (``filmgraph show``) for either direction, ``shown`` and
    ``inverse_shown`` their headings there. ``sentence`` says one edge in words (``{s}`` subject,
    ``{o}`` object); ``stat`` is the count's name in ``filmgraph stats`` and ``noun`` names one
    edge. ``colour`` is the edge's in drawings. ``finder`` is the cue-rule finder that reads the
    relation from a review, as ``module:Class`` in :mod:`filmgraph.extract` (None when the
    relation model reads it, as it does remakes and influences, or the header and cast readers do).
    ``not_influence`` is True when a film in this relation to the reviewed film is, by the
    annotation guidelines, not also one it draws on (a sequel's earlier film).
    """

    name: str
    label: str
    subject: str
    object: str
    wikidata: str | None
    fact: str
    shown: str
    sentence: str
    colour: str
    inverse: str | None = None
    inverse_label: str | None = None
    inverse_fact: str | None = None
    inverse_shown: str | None = None
    key: str | None = None
    stat: str | None = None
    noun: str | None = None
    finder: str | None = None
    not_influence: bool = False

    @property
    def between_films(self) -> bool:
        """True when both ends are films (the relations a review states of its film and another)."""
        return self.subject == "Film" and self.object == "Film"


#: Every relation, film relations first; their order is the order of JSON keys, listings and tables.
RELATIONS: tuple[RelationInfo, ...] = (
    RelationInfo("remakeOf", "remake of", "Film", "Film", "P144", "remake_of", "remakes", "{s} remakes {o}",
                 "#e15759", inverse="remadeAs", inverse_label="remade as", inverse_fact="remade_as",
                 inverse_shown="remade as", key="remake_of", stat="remakes", noun="remake"),
    RelationInfo("influencedBy", "influenced by", "Film", "Film", "P737", "influenced_by", "draws on",
                 "{s} was influenced by {o}", "#76b7b2", inverse="influenced", inverse_label="influenced",
                 inverse_fact="influenced", inverse_shown="drawn on by", key="influences", stat="influences",
                 noun="influence"),
    RelationInfo("sequelOf", "sequel of", "Film", "Film", "P155", "sequel_of", "sequel to", "{s} is a sequel to {o}",
                 "#ff9da7", inverse="hasSequel", inverse_label="has sequel", inverse_fact="sequels",
                 inverse_shown="followed by", key="sequel_of", stat="sequels", noun="sequel",
                 finder="sequels:SequelFinder", not_influence=True),
    RelationInfo("parodies", "parodies", "Film", "Film", None, "parodies", "parodies", "{s} parodies {o}",
                 "#9c755f", inverse="parodiedBy", inverse_label="parodied by", inverse_fact="parodied_by",
                 inverse_shown="parodied by", key="parodies", stat="parodies", noun="parody",
                 finder="parodies:ParodyFinder"),
    RelationInfo("director", "director", "Film", "Person", "P57", "directors", "directors", "{o} directed {s}",
                 "#59a14f"),
    RelationInfo("writer", "writer", "Film", "Person", "P58", "writers", "writers", "{o} wrote {s}", "#edc948"),
    RelationInfo("castMember", "cast member", "Film", "Person", "P161", "cast", "cast", "{o} acts in {s}",
                 "#b07aa1"),
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
#: Influence, for the analyses of what a film draws on (influence ancestors and descendants).
INFLUENCED_BY: RelationInfo = relation("influencedBy")
