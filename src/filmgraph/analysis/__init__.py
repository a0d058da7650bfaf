"""Analysis: the networkx graph of :func:`~filmgraph.export.to_networkx` in, answers out.

Remake family trees, influence ancestry, explained paths between two nodes, the most important
nodes and the remake families of the whole graph (:mod:`~filmgraph.analysis.traverse`). Pure
networkx on the graph, with no store and no SPARQL, kept apart from ``export/`` (which writes
files) as networkx keeps ``algorithms/`` apart from ``readwrite/``. The examples run on
``sample_graph()``, the graph of four short hand-made reviews that the test suite puts in every
doctest's namespace (``tests/sample.py``).
"""

from __future__ import annotations

from . import traverse as _traverse
from .traverse import *  # noqa: F403

__all__: list[str] = []
__all__ += _traverse.__all__
