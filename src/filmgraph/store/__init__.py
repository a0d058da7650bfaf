"""Store stage: backends by name, each holding one named graph per review plus the catalog.

``oxigraph`` (the default; an on-disk or in-memory Oxigraph store), ``memory`` (an rdflib
Dataset) and ``sparql`` (any SPARQL 1.1 endpoint, through SPARQLWrapper).
:func:`open_store` picks one from a location: ``:memory:`` or ``memory:``, an ``http(s)://``
endpoint URL, or a folder path.

>>> store = open_store(":memory:")
>>> store.name, len(store)
('oxigraph', 0)
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreError
from ..registry import Registry
from .base import Backend, SelectResult

__all__ = ["BACKENDS", "Backend", "SelectResult", "open_store", "default_store_location"]

#: Store backends by name; entries are imported only when used.
BACKENDS: Registry = Registry("store backend")
BACKENDS.register("oxigraph", "filmgraph.store.oxigraph:OxigraphBackend", aliases=("oxi",))
BACKENDS.register("memory", "filmgraph.store.memory:MemoryBackend", aliases=("rdflib",))
BACKENDS.register("sparql", "filmgraph.store.sparql:SparqlBackend", aliases=("http", "https", "endpoint"))

#: Folder of the on-disk store when neither --store nor $FILMGRAPH_STORE says otherwise.
DEFAULT_STORE_DIR = "filmgraph.oxigraph"


def default_store_location() -> str:
    """``$FILMGRAPH_STORE``, or ``filmgraph.oxigraph`` in the working folder."""
    return os.environ.get("FILMGRAPH_STORE") or DEFAULT_STORE_DIR


def open_store(location: str | os.PathLike[str] | None = None, *, create: bool = True) -> Backend:
    """Open the store at ``location`` (see the module docstring for what a location may be).

    A folder that does not exist yet becomes a new, empty store, unless ``create`` is false: then
    (as for every command that only reads) a missing folder is a :class:`StoreError` naming it,
    and nothing is written. An empty location is an error either way: it would put the store's
    files straight into the working folder.
    """
    where = str(location) if location is not None else default_store_location()
    if not where:
        raise StoreError("the store location is empty; give a folder, :memory:, or a SPARQL endpoint URL")
    if where == ":memory:":
        return BACKENDS.get("oxigraph")(None)
    if where in ("memory:", "rdflib:"):
        return BACKENDS.get("memory")()
    if where.startswith(("http://", "https://")):
        return BACKENDS.get("sparql")(where)
    folder = Path(where)
    if not create and not folder.exists():
        raise StoreError(f"no store at {folder.absolute()}; choose one with --store PATH or $FILMGRAPH_STORE "
                         "(filmgraph ingest creates it)")
    return BACKENDS.get("oxigraph")(folder)
