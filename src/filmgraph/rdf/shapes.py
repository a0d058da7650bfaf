"""Validate graphs against the SHACL shapes of ``ontology/shapes.ttl`` (needs pySHACL)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import as_file

from rdflib import Graph

from ..errors import ValidationError
from .formats import rdf_format
from .vocab import ontology_path

__all__ = ["validate", "conforms"]


def _parse(name: str) -> Graph:
    with as_file(ontology_path(name)) as path:  # the file itself for an ordinary install
        return Graph().parse(path, format=rdf_format(path.suffix).rdflib_name)


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return _parse("shapes.ttl")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return _parse("filmgraph.ttl")


def conforms(graph: Graph) -> tuple[bool, str]:
    """Whether ``graph`` conforms to the shapes, and pySHACL's report text."""
    from pyshacl import validate as shacl_validate

    ok, _, text = shacl_validate(graph, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none",
                                 advanced=True, allow_warnings=True)
    return bool(ok), str(text)


def validate(graph: Graph) -> None:
    """Raise :class:`~filmgraph.errors.ValidationError` with the report if ``graph`` breaks a shape."""
    ok, text = conforms(graph)
    if not ok:
        raise ValidationError(f"graph {graph.identifier} does not conform to ontology/shapes.ttl:\n{text}")
