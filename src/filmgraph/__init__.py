"""filmgraph: a knowledge graph of films, remakes and influences, read from film reviews."""

from .api import CastMember, Film, FilmGraph, IngestReport, ReviewFact
from .errors import AmbiguousTitle, FilmgraphError, FilmNotFound

__all__ = ["AmbiguousTitle", "CastMember", "Film", "FilmGraph", "FilmgraphError", "FilmNotFound", "IngestReport", "ReviewFact"]

__version__ = "0.1.0"
