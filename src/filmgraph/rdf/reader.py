"""Read RDF files for import: a file in, one rdflib Graph out, parsed whole before anything is stored.

Parsing is done by pyoxigraph, which neither expands external XML entities nor fetches remote
JSON-LD contexts: such files are refused with a clear error, as is any syntax error, wherever it
is in the file. Because the whole file is parsed first, a bad file stores nothing.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "one.ttl"
>>> _ = path.write_text('<http://example.org/a> <http://example.org/p> "x" .')
>>> len(read_rdf(path))
1
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..errors import RDFError
from .vocab import ID

__all__ = ["RDF_SUFFIXES", "read_rdf", "import_graph_iri"]

#: Triple formats by file suffix.
RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".n3": ox.RdfFormat.N3,
}


def import_graph_iri(path: str | os.PathLike[str]) -> URIRef:
    """The named graph an imported file goes into: the same file always gives the same graph."""
    source = str(Path(path).resolve())
    return ID[f"graph/import/{hashlib.sha1(source.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}"]


def read_rdf(path: str | os.PathLike[str]) -> Graph:
    """Parse a Turtle, N-Triples, RDF/XML, JSON-LD or N3 file into a Graph named by
    :func:`import_graph_iri`.

    Raises
    ------
    RDFError
        If the file cannot be read, its suffix names no triple format, or it does not parse
        (including XML entity declarations and remote JSON-LD contexts, which are not followed).
    """
    from ..store.oxigraph import to_rdflib

    path = Path(path)
    rdf_format = RDF_SUFFIXES.get(path.suffix.lower())
    if rdf_format is None:
        known = ", ".join(sorted(RDF_SUFFIXES))
        raise RDFError(f"{path}: not an RDF triples file by its suffix (known: {known})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RDFError(f"{path}: cannot read the file ({error.strerror or error})") from None
    graph = Graph(identifier=import_graph_iri(path))
    try:
        for triple in ox.parse(data, format=rdf_format):
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    except (SyntaxError, ValueError) as error:
        raise RDFError(f"{path}: not valid {rdf_format.name}: {error}") from None
    return graph
