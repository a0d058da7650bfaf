"""The graph explorer that ``filmgraph serve`` shows at ``/``: a page in the browser over any store.

What goes in: a :class:`~filmgraph.api.FilmGraph` (embedded Oxigraph, rdflib, or a remote
SPARQL endpoint: the explorer reads through the FilmGraph API and the query library only).
What comes out: plain dataclasses (:mod:`filmgraph.explorer.data`: :class:`Explorer` answers
search, film and person pages, neighbourhoods of at most :data:`NODE_CAP` nodes, paths, the
query library), turned into JSON and pages by :class:`ExplorerApp` (:mod:`filmgraph.explorer.web`),
which :mod:`filmgraph.serve` routes every GET outside the SPARQL endpoint to.

The page (``static/``) draws with the Cytoscape.js vendored in :mod:`filmgraph.export`; nothing
is fetched from elsewhere, and every string from a review is written into the page as text.
"""

from __future__ import annotations

from .data import NODE_CAP, RELATIONS, Explorer, NotFound
from .web import CONTENT_SECURITY_POLICY, ExplorerApp, Reply

__all__ = ["CONTENT_SECURITY_POLICY", "NODE_CAP", "RELATIONS", "Explorer", "ExplorerApp", "NotFound", "Reply"]
