"""filmgraph: a knowledge graph of films, remakes and influences, read from film reviews."""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from .answers import CastMember, Film, ReviewFact
from .api import FilmGraph
from .errors import AmbiguousTitle, FilmgraphError, FilmNotFound
from .ingest import IngestReport

__all__ = ["AmbiguousTitle", "CastMember", "Film", "FilmGraph", "FilmgraphError", "FilmNotFound", "IngestReport", "ReviewFact"]

try:  # pyproject.toml states the version; the installed metadata carries it here
    __version__ = _version("filmgraph")
except PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"
