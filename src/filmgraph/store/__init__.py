"""Store stage: backends by name, each holding one named graph per review plus the catalog.

``oxigraph`` (the default; an on-disk or in-memory Oxigraph store), ``memory`` (an rdflib
Dataset) and ``sparql`` (any SPARQL 1.1 endpoint, through SPARQLWrapper).
:func:`open_store` picks one from a location: ``:memory:`` or ``memory:``, an ``http(s)://``
endpoint URL, or a folder path. With no location given, :func:`find_store_location` finds one:
``$FILMGRAPH_STORE``, then the ``[store] location`` of the nearest ``filmgraph.toml`` in the
working folder or a parent (as git finds its repository), then ``./filmgraph.oxigraph``.

An on-disk store has one writer at a time; readers open it read-only beside that writer, each
seeing the store as it was when it opened.

>>> store = open_store(":memory:")
>>> store.name, len(store)
('oxigraph', 0)
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError, StoreNotFound
from ..query.results import SelectResult  # what Backend.select returns, named with it
from ..registry import Registry
from .base import Backend

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

__all__ = ["BACKENDS", "Backend", "SelectResult", "StoreLocation", "open_store", "find_store_location", "CONFIG_FILE"]

#: Store backends by name; entries are imported only when used.
BACKENDS: Registry = Registry("store backend")
BACKENDS.register("oxigraph", "filmgraph.store.oxigraph:OxigraphBackend", aliases=("oxi",))
BACKENDS.register("memory", "filmgraph.store.memory:MemoryBackend", aliases=("rdflib",))
BACKENDS.register("sparql", "filmgraph.store.sparql:SparqlBackend", aliases=("http", "https", "endpoint"))

#: Folder of the on-disk store when neither a location, $FILMGRAPH_STORE nor a config says otherwise.
DEFAULT_STORE_DIR = "filmgraph.oxigraph"
#: The project config naming a shared store, looked for in the working folder and its parents.
CONFIG_FILE = "filmgraph.toml"


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """Where a store is (``where``: a folder, ``:memory:``, ``memory:`` or an endpoint URL) and how
    that was chosen (``origin``: one of the phrases below, or ``"from <config file>"``)."""

    where: str
    origin: str

    GIVEN = "the location given"
    ENVIRONMENT = "from $FILMGRAPH_STORE"
    DEFAULT = "the default location"


def _is_folder(where: str) -> bool:
    return where not in (":memory:", "memory:", "rdflib:") and not where.startswith(("http://", "https://"))


def _config_location(start: Path) -> StoreLocation | None:
    """The store named by the nearest ``filmgraph.toml`` at or above ``start``; a relative folder
    is taken from the config's own folder, so every subfolder of a project finds the same store."""
    for folder in (start, *start.parents):
        config = folder / CONFIG_FILE
        if not config.is_file():
            continue
        try:
            settings = tomllib.loads(config.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise StoreError(f"{config}: cannot read the project config: {error}") from error
        table = settings.get("store", {})
        if not isinstance(table, dict):
            raise StoreError(f'{config}: store must be a table: [store] then location = "FOLDER"')
        where = table.get("location")
        if where is None:
            return None  # the nearest config governs, as git's nearest repository does, even when silent
        if not isinstance(where, str) or not where.strip():
            raise StoreError(f"{config}: [store] location must be a folder, :memory:, or a SPARQL endpoint URL")
        if _is_folder(where):
            where = str(folder / where)
        return StoreLocation(where, f"from {config}")
    return None


def find_store_location(location: str | os.PathLike[str] | None = None) -> StoreLocation:
    """The store to use: ``location`` when given, else ``$FILMGRAPH_STORE``, else the nearest
    ``filmgraph.toml`` in the working folder or above, else ``./filmgraph.oxigraph``.

    A folder is returned as an absolute path, so messages name the folder actually used.

    >>> find_store_location(":memory:")
    StoreLocation(where=':memory:', origin='the location given')
    """
    if location is not None:
        found = StoreLocation(str(location), StoreLocation.GIVEN)
    elif os.environ.get("FILMGRAPH_STORE"):
        found = StoreLocation(os.environ["FILMGRAPH_STORE"], StoreLocation.ENVIRONMENT)
    else:
        found = _config_location(Path.cwd()) or StoreLocation(DEFAULT_STORE_DIR, StoreLocation.DEFAULT)
    if found.where and _is_folder(found.where):
        return StoreLocation(os.path.abspath(found.where), found.origin)
    return found


def open_store(location: str | os.PathLike[str] | StoreLocation | None = None, *, create: bool = True,
               read_only: bool = False) -> Backend:
    """Open the store at ``location`` (see the module docstring for what a location may be, and
    :func:`find_store_location` for where None leads).

    A folder that does not exist yet becomes a new, empty store, unless ``create`` is false or
    ``read_only`` is true: then a missing folder is a :class:`StoreNotFound` naming it and how it
    was chosen, and nothing is written. ``read_only`` opens an on-disk store beside a process
    writing it (:class:`StoreInUse` otherwise names that process). An empty location is an error
    either way: it would put the store's files straight into the working folder.
    """
    found = location if isinstance(location, StoreLocation) else find_store_location(location)
    where = found.where
    if not where:
        raise StoreError("the store location is empty; give a folder, :memory:, or a SPARQL endpoint URL")
    if where == ":memory:":
        return BACKENDS.get("oxigraph")(None)
    if where in ("memory:", "rdflib:"):
        return BACKENDS.get("memory")()
    if where.startswith(("http://", "https://")):
        return BACKENDS.get("sparql")(where)
    folder = Path(where)
    if (read_only or not create) and not folder.exists():
        raise StoreNotFound(str(folder.absolute()), found.origin)
    return BACKENDS.get("oxigraph")(folder, read_only=read_only)
