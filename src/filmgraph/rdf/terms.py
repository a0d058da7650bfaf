"""RDF terms across libraries: a pyoxigraph term in, the rdflib term out, and back.

The embedded store speaks pyoxigraph and the rest of filmgraph rdflib; these three functions
are the one place the two meet, for the Oxigraph backend and for reading RDF files.

>>> import pyoxigraph as ox
>>> to_rdflib(ox.Literal("Psycho", language="en")), to_oxigraph(to_rdflib(ox.NamedNode("https://e/a")))
(rdflib.term.Literal('Psycho', lang='en'), <NamedNode value=https://e/a>)
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import StoreError

__all__ = ["to_rdflib", "to_oxigraph", "node_of"]


def node_of(term: object) -> Node:
    """:func:`to_rdflib` of a term that is always there: a triple's subject, predicate or object."""
    node = to_rdflib(term)
    if node is None:
        raise StoreError(f"Oxigraph gave no term where a triple needs one: {term!r}")
    return node


def to_rdflib(term: object) -> Node | None:
    """An rdflib term for a pyoxigraph term (None for the default graph or an unbound value)."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported term from Oxigraph: {term!r}")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """A pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"unsupported rdflib term: {term!r}")
