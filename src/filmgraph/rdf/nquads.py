"""N-Quads text for bulk loads: triples of N-Quads terms and a graph in, N-Quads bytes out.

The writer's triple functions (:func:`~filmgraph.rdf.writer.film_triples` and the rest) build
their terms through a term maker; :data:`NQUADS` makes them as N-Quads strings, so a catalog of
80,000 films or a benchmark of millions of quads is written without building an rdflib term
per value, and :func:`generate_nquads` joins them into the document a store bulk-loads.
:func:`nquads_parts` cuts such a document into parts of whole lines.

>>> from rdflib import URIRef
>>> from filmgraph.model import ResolvedFilm
>>> from filmgraph.rdf.writer import film_triples
>>> data, quads = generate_nquads(film_triples(ResolvedFilm("urn:x:f", 'Say "Hi"', 1999), NQUADS), "urn:x:g")
>>> quads, data.decode().splitlines()[1]
(5, '<urn:x:f> <https://w3id.org/filmgraph/ontology#title> "Say \\\\"Hi\\\\"" <urn:x:g> .')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from ..errors import RDFError
from .vocab import XSD

__all__ = ["NQuadsTerms", "NQUADS", "generate_nquads", "nquads_lines", "nquads_parts"]

_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_INTEGER, _DOUBLE = f"<{XSD.integer}>", f"<{XSD.double}>"


class NQuadsTerms:
    """Makes RDF terms as N-Quads text (the term maker of :data:`NQUADS`).

    The same four methods as the writer's rdflib term maker; an IRI that N-Quads cannot hold is
    an error, never pasted.
    """

    @staticmethod
    def iri(iri: str) -> str:
        """``<iri>``.

        Raises
        ------
        RDFError
            If ``iri`` is empty or holds a space, control character, ``<>"{}|^`` or backslash.
        """
        if not iri or _UNSAFE_IRI.search(iri):
            raise RDFError(f"{iri!r} is not a valid IRI for N-Quads")
        return f"<{iri}>"

    @staticmethod
    @cache
    def vocab(iri: str) -> str:
        """A vocabulary IRI (a class or property), made once: the same few recur in every quad."""
        return NQuadsTerms.iri(iri)

    @staticmethod
    def string(text: str) -> str:
        """A plain string literal, its backslashes, quotes and line breaks escaped."""
        return f'"{text.translate(_ESCAPES)}"'

    @staticmethod
    def integer(value: int) -> str:
        """An ``xsd:integer`` literal."""
        return f'"{int(value)}"^^{_INTEGER}'

    @staticmethod
    def double(value: float) -> str:
        """An ``xsd:double`` literal, written as rdflib writes it (``0.9``, ``1e-05``)."""
        return f'"{float(value)!r}"^^{_DOUBLE}'


#: Terms as N-Quads text.
NQUADS = NQuadsTerms()


def generate_nquads(triples: Iterable[tuple[str, str, str]], graph: str) -> tuple[bytes, int]:
    """The N-Quads document of ``triples`` (of :data:`NQUADS` terms) in the named ``graph``.

    Parameters
    ----------
    triples : iterable of (str, str, str)
        Subject, predicate and object as N-Quads terms.
    graph : str
        The graph's IRI.

    Returns
    -------
    tuple of (bytes, int)
        The UTF-8 document, one quad a line, and its number of quads.

    Raises
    ------
    RDFError
        If ``graph`` is not a valid IRI.
    """
    lines = nquads_lines(triples, graph)
    lines.append("")
    return "\n".join(lines).encode("utf-8"), len(lines) - 1


def nquads_lines(triples: Iterable[tuple[str, str, str]], graph: str) -> list[str]:
    """The N-Quads lines (without line ends) of ``triples`` (of :data:`NQUADS` terms) in ``graph``.

    Raises
    ------
    RDFError
        If ``graph`` is not a valid IRI.
    """
    name = NQUADS.iri(str(graph))
    return [f"{s} {p} {o} {name} ." for s, p, o in triples]


def nquads_parts(data: bytes, lines: int) -> Iterator[tuple[bytes, int]]:
    """``data`` (N-Quads, one quad a line) cut into parts of at most ``lines`` whole lines.

    Yields
    ------
    tuple of (bytes, int)
        Each part and the number of lines up to its end.

    Raises
    ------
    ValueError
        If ``lines`` is less than 1.

    Examples
    --------
    >>> [(part, done) for part, done in nquads_parts(b"a\\nb\\nc\\n", 2)]
    [(b'a\\nb\\n', 2), (b'c\\n', 3)]
    """
    if lines < 1:
        raise ValueError(f"parts of {lines} lines")
    done, start = 0, 0
    while start < len(data):
        end = start
        taken = 0
        while taken < lines:  # cut at a line end: N-Quads is one quad a line
            end = data.find(b"\n", end) + 1
            if end == 0:
                end = len(data)
                break
            taken += 1
        done += taken if end < len(data) or data.endswith(b"\n") else taken + 1
        yield data[start:end], done
        start = end
