"""Write stage: resolved facts in, RDF out (``writer``); the vocabulary (``vocab``); SHACL (``shapes``).

Only the vocabulary is imported here, so that earlier stages may mint IRIs from it without
pulling in the writer.
"""

from __future__ import annotations

from .vocab import CATALOG_GRAPH, FG, ID

__all__ = ["CATALOG_GRAPH", "FG", "ID"]
