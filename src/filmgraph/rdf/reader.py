"""Read RDF files for import: a file in, one rdflib Graph out, parsed whole before anything is stored.

Parsing is done by pyoxigraph, which neither expands external XML entities nor fetches remote
JSON-LD contexts: such files are refused with a clear error, as is any syntax error, wherever it
is in the file. Because the whole file is parsed first, a bad file stores nothing.

Before any parser sees it, a file must be a regular file of at most :data:`MAX_IMPORT_BYTES`
(``max_bytes`` overrides it), and an XML file must declare no document type and no entity: a
few hundred bytes of nested internal entities ("billion laughs") expand to gigabytes, so the
declaration itself is refused, as defusedxml does, found by expat before it expands anything.
Films of the file get the ``fg:titleKey`` of each ``fg:title`` and ``fg:alternateTitle``, the
keys that look-ups by title use.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "one.ttl"
>>> _ = path.write_text('<http://example.org/a> <http://example.org/p> "x" .')
>>> len(read_rdf(path))
1
"""

from __future__ import annotations

import hashlib
import os
import xml.parsers.expat
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from ..errors import RDFError, UnknownPluginError, shown_name
from ..inputs import InputRefused, read_input
from ..titlekeys import normalize_title
from .formats import rdf_format
from .terms import node_of
from .vocab import FG, ID

__all__ = ["MAX_IMPORT_BYTES", "PROGRESS_EVERY", "IMPORT_FORMATS", "import_graph_iri", "read_rdf", "refuse_xml_declarations"]

#: Larger RDF files are refused unless the caller allows more (``filmgraph import --max-bytes``):
#: the whole file is held as an rdflib graph before it is stored, about 1 kB of memory a triple.
MAX_IMPORT_BYTES = 200_000_000
#: Triples parsed between two progress reports.
PROGRESS_EVERY = 1_000

#: The formats (of :data:`~filmgraph.rdf.formats.FORMATS`) an import reads, known by a file's
#: suffix: the triple syntaxes, and JSON-LD, whose graphs are read as one.
IMPORT_FORMATS = ("turtle", "ntriples", "rdfxml", "jsonld", "n3")


def import_graph_iri(path: str | os.PathLike[str]) -> URIRef:
    """The named graph an imported file goes into: the same file always gives the same graph."""
    source = str(Path(path).resolve())
    return ID[f"graph/import/{hashlib.sha1(source.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}"]


def read_rdf(path: str | os.PathLike[str], *, max_bytes: int = MAX_IMPORT_BYTES,
             on_progress: Callable[[int], None] | None = None) -> Graph:
    """Parse a Turtle, N-Triples, RDF/XML, JSON-LD or N3 file into a Graph named by
    :func:`import_graph_iri`, with title keys added for its films; ``on_progress`` is called
    with the number of triples read so far every :data:`PROGRESS_EVERY` triples.

    Raises
    ------
    RDFError
        If the file cannot be read, is not a regular file, is larger than ``max_bytes``, its
        suffix names no triple format, it is XML that declares a document type or entities, or
        it does not parse (remote JSON-LD contexts are not followed).
    """
    path = Path(path)
    try:
        syntax = rdf_format(path.suffix) if path.suffix else None
    except UnknownPluginError:
        syntax = None
    if syntax is None or syntax.name not in IMPORT_FORMATS:
        known = ", ".join(sorted({f".{alias}" for name in IMPORT_FORMATS for alias in rdf_format(name).aliases
                                  if alias.isalnum()}))  # the extensions among the aliases
        raise RDFError(f"{shown_name(path)}: not an RDF triples file by its suffix (known: {known})")
    try:
        data = read_input(path, limit=max_bytes)
    except InputRefused as error:
        hint = " (--max-bytes allows more)" if "over the limit" in str(error) else ""
        raise RDFError(f"{shown_name(path)}: {error}{hint}") from error
    if syntax.syntax == ox.RdfFormat.RDF_XML:
        refuse_xml_declarations(data, source=str(path))
    graph = Graph(identifier=import_graph_iri(path))
    try:
        for count, triple in enumerate(ox.parse(data, format=syntax.syntax), start=1):
            graph.add((node_of(triple.subject), node_of(triple.predicate), node_of(triple.object)))
            if on_progress is not None and count % PROGRESS_EVERY == 0:
                on_progress(count)
    except (SyntaxError, ValueError) as error:
        raise RDFError(f"{shown_name(path)}: not valid {syntax.syntax.name}: {error}") from error
    for film, title in [*graph.subject_objects(FG.title), *graph.subject_objects(FG.alternateTitle)]:
        if isinstance(title, Literal) and normalize_title(str(title)):
            graph.add((film, FG.titleKey, Literal(normalize_title(str(title)))))
    return graph


class _Declared(Exception):
    """What the expat handlers raise to stop at a document type or entity declaration."""


def refuse_xml_declarations(data: bytes, *, source: str) -> None:
    """Refuse XML that declares a document type (DTD) or an entity, before it reaches a parser
    that would expand it; expat reads the file only up to the declaration (or to its end).

    Raises
    ------
    RDFError
        Naming ``source`` and what was declared, or where the XML is not well-formed.

    Examples
    --------
    >>> refuse_xml_declarations(b'<?xml version="1.0"?><r/>', source="ok.rdf")
    >>> refuse_xml_declarations(b'<!DOCTYPE r [<!ENTITY a "ha">]><r>&a;</r>', source="lol.rdf")
    Traceback (most recent call last):
    ...
    filmgraph.errors.RDFError: lol.rdf: XML with a document type declaration (DTD) is refused: it may declare entities that expand without bound
    """

    def doctype(*_: object) -> None:
        raise _Declared("XML with a document type declaration (DTD) is refused: it may declare entities "
                        "that expand without bound")

    def entity(name: str, *_: object) -> None:
        raise _Declared(f"XML that declares an entity ({name!r}) is refused: entities may expand without bound")

    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except _Declared as error:
        raise RDFError(f"{shown_name(source)}: {error}") from error
    except xml.parsers.expat.ExpatError as error:
        raise RDFError(f"{shown_name(source)}: not well-formed XML: {xml.parsers.expat.ErrorString(error.code)} "
                       f"at line {error.lineno}, column {error.offset}") from error
