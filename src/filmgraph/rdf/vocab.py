"""The RDF vocabulary, mirrored from ``ontology/filmgraph.ttl`` (a test checks they agree).

Python names are snake_case; the camelCase RDF names live here and nowhere else.
"""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from ..relations import relation_names

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "FG",
    "ID",
    "SDO",
    "WD",
    "WDT",
    "PROV",
    "RDF",
    "RDFS",
    "OWL",
    "XSD",
    "CATALOG_GRAPH",
    "TERMS",
    "ONTOLOGY_DIR",
    "ontology_path",
]

#: The ontology's namespace.
FG = Namespace("https://w3id.org/filmgraph/ontology#")
#: Where the graph's own nodes live: films, people, reviews, roles, claims.
ID = Namespace("https://w3id.org/filmgraph/id/")
#: schema.org, as the ontology aligns to it (rdflib's own SDO uses https://).
SDO = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

#: The named graph that holds imported catalog data (reviews each have their own graph).
CATALOG_GRAPH = ID["graph/catalog"]

#: ``ontology/`` inside the installed package: ``src/filmgraph/ontology`` links to the top-level
#: folder, the one copy, and the build copies it in (a :class:`pathlib.Path` for an ordinary install).
ONTOLOGY_DIR: Traversable = files("filmgraph") / "ontology"

#: Every ontology term the code uses: classes first, then properties.
TERMS = (
    # classes
    "Film", "Person", "Review", "CastRole", "Claim",
    # film facts; the relations (remakeOf, director, ...) with their inverses come from the table
    "title", "titleKey", "alternateTitle", "year", "country", "genre",
    *relation_names(),
    "hasCastRole", "performer", "characterName",
    # people
    "name", "basedIn",
    # reviews and provenance
    "reviews", "reviewer", "source", "contentHash", "titleWithoutYear",
    "claimSubject", "claimRelation", "claimObject", "statedIn",
    "evidenceText", "evidenceStart", "evidenceEnd", "mentionText", "confidence",
    # identity
    "matchScore",
)


def ontology_path(name: str = "filmgraph.ttl") -> Traversable:
    """A file in ``ontology/`` (``filmgraph.ttl`` or ``shapes.ttl``), as an importlib.resources
    Traversable; use :func:`importlib.resources.as_file` where a real path is needed."""
    return ONTOLOGY_DIR / name
