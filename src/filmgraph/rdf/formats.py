"""RDF formats: a name, alias, file extension or media type in, the one :class:`Format` it names out.

The single table of the RDF syntaxes filmgraph reads and writes. Each row is built on
:class:`pyoxigraph.RdfFormat`, which knows the media type, the file extension and whether the
syntax holds named graphs; the row adds the name a user types and the name rdflib gives the
syntax, so that no other module keeps its own list of format strings.

>>> turtle = rdf_format("ttl")
>>> turtle.name, turtle.media_type, turtle.suffix, turtle.datasets, turtle.rdflib_name
('turtle', 'text/turtle', '.ttl', False, 'turtle')
>>> rdf_format("application/n-quads") is rdf_format(".nq") is rdf_format("NQuads")
True
>>> [f.name for f in FORMATS if f.datasets]
['nquads', 'trig', 'jsonld']
>>> rdf_format("csv")
Traceback (most recent call last):
...
filmgraph.errors.UnknownPluginError: unknown RDF format 'csv'; known: jsonld, n3, nquads, ntriples, rdfxml, trig, turtle
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..registry import Registry

__all__ = ["Format", "FORMATS", "rdf_format"]


@dataclass(frozen=True, slots=True)
class Format:
    """One RDF syntax: filmgraph's name for it, pyoxigraph's :class:`~pyoxigraph.RdfFormat`, and
    rdflib's parser/serializer name.

    Parameters
    ----------
    name : str
        The lowercase word a user types (``"turtle"``, ``"nquads"``); also the exporter's name.
    syntax : pyoxigraph.RdfFormat
        The syntax for pyoxigraph's ``parse``, ``serialize``, ``load`` and ``dump``.
    rdflib_name : str
        The ``format=`` rdflib's ``Graph.parse``/``serialize`` takes for it (``"nt"``, ``"xml"``).
    more_aliases : tuple of str
        Names it is also known by besides its extension and media type.
    """

    name: str
    syntax: ox.RdfFormat
    rdflib_name: str
    more_aliases: tuple[str, ...] = ()

    @property
    def media_type(self) -> str:
        """The IANA media type (``"text/turtle"``)."""
        return self.syntax.media_type

    @property
    def suffix(self) -> str:
        """The usual file suffix, with its dot (``".ttl"``)."""
        return "." + self.syntax.file_extension

    @property
    def datasets(self) -> bool:
        """Whether the syntax holds named graphs (a dataset), not only triples."""
        return self.syntax.supports_datasets

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every other name it is looked up by: its extension, media type and any more aliases."""
        return (self.syntax.file_extension, self.media_type, *self.more_aliases)


#: The RDF formats filmgraph knows, triple syntaxes first.
FORMATS: tuple[Format, ...] = (
    Format("turtle", ox.RdfFormat.TURTLE, "turtle"),
    # text/plain is how N-Triples was served before it had a media type; endpoints still answer with it.
    Format("ntriples", ox.RdfFormat.N_TRIPLES, "nt", ("n-triples", "text/plain")),
    Format("rdfxml", ox.RdfFormat.RDF_XML, "xml", ("xml", "rdf/xml", "owl")),
    Format("n3", ox.RdfFormat.N3, "n3"),
    Format("nquads", ox.RdfFormat.N_QUADS, "nquads", ("n-quads",)),
    Format("trig", ox.RdfFormat.TRIG, "trig"),
    Format("jsonld", ox.RdfFormat.JSON_LD, "json-ld", ("json-ld",)),
)

_BY_NAME: Registry[Format] = Registry("RDF format")
for _format in FORMATS:
    _BY_NAME.register(_format.name, _format, aliases=_format.aliases)


def rdf_format(key: str) -> Format:
    """The RDF format named by ``key``: its name, an alias, a file extension (with or without its
    dot) or a media type, in any case.

    Parameters
    ----------
    key : str
        ``"turtle"``, ``"ttl"``, ``".ttl"``, ``"text/turtle"``, ...

    Returns
    -------
    Format
        The row of :data:`FORMATS`.

    Raises
    ------
    UnknownPluginError
        If no format is known by ``key``; the message lists the known names.

    Examples
    --------
    >>> rdf_format(".owl").name, rdf_format("text/plain").rdflib_name, rdf_format("JSON-LD").suffix
    ('rdfxml', 'nt', '.jsonld')
    """
    return _BY_NAME.get(key.removeprefix("."))
