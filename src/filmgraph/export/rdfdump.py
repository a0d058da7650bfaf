"""Export stage, RDF dumps: the store's quads as Turtle, TriG, N-Quads, JSON-LD or RDF/XML files.

Unlike the other exporters these keep the RDF as it is: reviews, claims, cast roles and all.
TriG, N-Quads and JSON-LD keep the named graphs (one per review); Turtle and RDF/XML have no
graphs, so they hold the union of them, each distinct triple once. RDF/XML cannot hold the
characters XML forbids (a form feed in a review sentence, say), so in its literals they are
replaced by U+FFFD; the other syntaxes escape them and keep every literal exactly. The project's prefixes (``fg``, ``fgid``,
``rdfs``, ...) are bound where the format has prefixes.

With ``around`` or ``relations`` the dump is cut to match the networkx export: the quads about
the films and people kept, the relation triples and claims between two kept nodes with a kept
relation, the cast roles of kept ``castMember`` facts, and the reviews of kept films with
their reviewers.

>>> text = generate_rdf(sample_store(), "turtle")
>>> "@prefix fg: <https://w3id.org/filmgraph/ontology#> ." in text
True
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import IdentifiedNode, Node

from ..errors import ExportError, UnknownPluginError
from ..rdf.formats import rdf_format
from ..rdf.vocab import FG, RDF
from ..rdf.writer import bind_prefixes
from ..store.base import Backend, Quad
from ._common import XML_ILLEGAL, export_graph, exporter, xml_text
from .networkx import RELATIONS

__all__ = ["select_quads", "generate_rdf", "write_turtle", "write_trig", "write_nquads", "write_jsonld",
           "write_rdfxml"]

_JSONLD_CONTEXT = {
    "fg": str(FG),
    "fgid": "https://w3id.org/filmgraph/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_UNSERIALISABLE = "rdflib cannot serialise the quads"


def select_quads(
    store: Backend,
    *,
    around: str | None = None,
    depth: int = 2,
    relations: Iterable[str] | None = None,
) -> list[Quad]:
    """The quads an RDF dump writes: all of them, or the part matching ``around``/``relations``.

    Parameters
    ----------
    store : Backend
        The store to read.
    around : str or None, optional
        A film IRI: keep what concerns the nodes within ``depth`` hops of it.
    depth : int, optional
        Hops around ``around`` (default 2).
    relations : iterable of str or None, optional
        Relations to keep (default: all).

    Returns
    -------
    list of (subject, predicate, object, graph)
        rdflib terms; the graph is None for the default graph.

    Raises
    ------
    ExportError
        If a relation is unknown, ``around`` is not in the graph, or the store cannot be read.

    Examples
    --------
    >>> store = sample_store()
    >>> len(select_quads(store)) == len(store)
    True
    >>> quads = select_quads(store, relations=("remakeOf",))
    >>> sorted({str(p).rsplit("#", 1)[1] for _, p, _, _ in quads if str(p).endswith(("director", "remakeOf"))})
    ['remakeOf']

    See Also
    --------
    generate_rdf
    """
    try:
        quads = list(store.quads())
    except Exception as error:  # whatever the backend raised, the export cannot go on
        raise ExportError(f"cannot read the quads of {store.location or store.name}: {error}") from error
    if around is None and relations is None:
        return quads
    graph = export_graph(store, around, depth, relations)
    nodes = {URIRef(node) for node in graph}
    chosen = {FG[name] for name in (relations if relations is not None else RELATIONS)}
    all_relations = {FG[name] for name in RELATIONS}

    types: dict = {}
    claims: dict = {}
    performers: dict = {}
    role_films: dict = {}
    review_films: dict = {}
    reviewers: dict = {}
    claim_parts: dict[Node, int] = {FG.claimSubject: 0, FG.claimRelation: 1, FG.claimObject: 2}
    for s, p, o, _ in quads:
        if p == RDF.type:
            types.setdefault(s, set()).add(o)
        elif p in claim_parts:
            claims.setdefault(s, [None, None, None])[claim_parts[p]] = o
        elif p == FG.performer:
            performers[s] = o
        elif p == FG.hasCastRole:
            role_films.setdefault(o, set()).add(s)
        elif p == FG.reviews:
            review_films.setdefault(s, set()).add(o)
        elif p == FG.reviewer:
            reviewers.setdefault(s, set()).add(o)

    def fact_kept(s, p, o) -> bool:
        return p in chosen and s in nodes and o in nodes

    def role_kept(role) -> bool:
        person = performers.get(role)
        return any(fact_kept(film, FG.castMember, person) for film in role_films.get(role, ()))

    kept_reviews = {review for review, films in review_films.items() if films & nodes}
    people = nodes | {person for review in kept_reviews for person in reviewers.get(review, ())}
    kept = []
    for quad in quads:
        s, p, o, _ = quad
        kinds = types.get(s, ())
        if FG.Claim in kinds:
            keep = fact_kept(*claims.get(s, (None, None, None)))
        elif FG.CastRole in kinds:
            keep = role_kept(s)
        elif FG.Review in kinds:
            keep = s in kept_reviews
        elif s in people:
            if p in all_relations:
                keep = fact_kept(s, p, o)
            elif p == FG.hasCastRole:
                keep = role_kept(o)
            else:
                keep = True
        else:
            keep = False
        if keep:
            kept.append(quad)
    return kept


def _xml_literal(term: Node) -> Node:
    """``term``, or a literal holding characters XML forbids with each replaced by U+FFFD."""
    if isinstance(term, Literal) and XML_ILLEGAL.search(term):
        return Literal(xml_text(str(term)), lang=term.language, datatype=term.datatype)
    return term


def _dataset(quads: Iterable[Quad]) -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    contexts: dict = {}
    for s, p, o, g in quads:
        name = g if isinstance(g, IdentifiedNode) else DATASET_DEFAULT_GRAPH_ID  # None: the default graph
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = dataset.graph(name)
        context.add((s, p, o))
    return dataset


def generate_rdf(
    store: Backend,
    format: str,
    *,
    around: str | None = None,
    depth: int = 2,
    relations: Iterable[str] | None = None,
) -> str:
    """The store's quads (or the part chosen, see :func:`select_quads`) serialised as text.

    Parameters
    ----------
    store : Backend
        The store to dump.
    format : str
        The RDF syntax: a name, alias or media type of :data:`~filmgraph.rdf.formats.FORMATS`
        (``"turtle"``, ``"trig"``, ``"nquads"``, ``"jsonld"``, ``"rdfxml"``, ...).
    around, depth, relations
        As for :func:`select_quads`.

    Returns
    -------
    str
        The serialisation.

    Raises
    ------
    ExportError
        If ``format`` names no RDF format, or as for :func:`select_quads`.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> store = sample_store()
    >>> dataset = Dataset()
    >>> _ = dataset.parse(data=generate_rdf(store, "trig"), format="trig")
    >>> len(list(dataset.quads())) == len(store)
    True

    See Also
    --------
    write_turtle, write_trig, write_nquads, write_jsonld, write_rdfxml
    """
    try:
        syntax = rdf_format(format)
    except UnknownPluginError as error:
        raise ExportError(str(error)) from error
    quads = select_quads(store, around=around, depth=depth, relations=relations)
    try:
        if not syntax.datasets:  # the union of the graphs
            graph = bind_prefixes(Graph())
            for s, p, o, _ in quads:
                graph.add((s, p, _xml_literal(o) if syntax.name == "rdfxml" else o))
            return graph.serialize(format=syntax.rdflib_name)
        dataset = _dataset(quads)
        if syntax.name == "jsonld":
            return dataset.serialize(format=syntax.rdflib_name, context=_JSONLD_CONTEXT, indent=1)
        return dataset.serialize(format=syntax.rdflib_name)
    except Exception as error:  # rdflib's serialisers raise many kinds of error
        raise ExportError(f"cannot serialise the graph as {format}: {type(error).__name__}: {error}") from error


def _write(format: str, store: Backend, path: Path, around: str | None, depth: int,
           relations: Iterable[str] | None) -> None:
    if around is None and relations is None and format in ("nquads", "trig"):
        # The whole dataset is the store's own dump (Oxigraph's is much faster than rdflib).
        prefixes = {prefix: str(ns) for prefix, ns in bind_prefixes(Graph()).namespaces()
                    if prefix in ("fg", "fgid", "rdf", "rdfs", "xsd", "schema")}
        store.dump(path, format, prefixes=prefixes)
    else:
        path.write_text(generate_rdf(store, format, around=around, depth=depth, relations=relations), encoding="utf-8")


@exporter("turtle", fails_if=(_UNSERIALISABLE,))
def write_turtle(store: Backend, path: Path, *, around: str | None, depth: int,
                 relations: tuple[str, ...] | None) -> None:
    """Write the union of the store's graphs as Turtle (graph names are not kept).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from rdflib import Graph
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.ttl"
    >>> write_turtle(sample_store(), out)
    >>> len(Graph().parse(out)) > 0
    True

    See Also
    --------
    select_quads, write_trig, write_nquads, write_jsonld
    """
    _write("turtle", store, path, around, depth, relations)


@exporter("trig", fails_if=(_UNSERIALISABLE,))
def write_trig(store: Backend, path: Path, *, around: str | None, depth: int,
               relations: tuple[str, ...] | None) -> None:
    """Write the store's quads as TriG, one block per named graph (review).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.trig"
    >>> write_trig(sample_store(), out)
    >>> "@prefix fg:" in out.read_text()
    True

    See Also
    --------
    select_quads, write_turtle, write_nquads, write_jsonld
    """
    _write("trig", store, path, around, depth, relations)


@exporter("nquads", fails_if=(_UNSERIALISABLE,))
def write_nquads(store: Backend, path: Path, *, around: str | None, depth: int,
                 relations: tuple[str, ...] | None) -> None:
    """Write the store's quads as N-Quads, one quad a line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> store = sample_store()
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.nq"
    >>> write_nquads(store, out)
    >>> len(out.read_text().splitlines()) == len(store)
    True

    See Also
    --------
    select_quads, write_turtle, write_trig, write_jsonld
    """
    _write("nquads", store, path, around, depth, relations)


@exporter("jsonld", fails_if=(_UNSERIALISABLE,))
def write_jsonld(store: Backend, path: Path, *, around: str | None, depth: int,
                 relations: tuple[str, ...] | None) -> None:
    """Write the store's quads as JSON-LD, each named graph as a ``@graph`` with its ``@id``.

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.jsonld"
    >>> write_jsonld(sample_store(), out)
    >>> json.loads(out.read_text())["@context"]["fg"]
    'https://w3id.org/filmgraph/ontology#'

    See Also
    --------
    select_quads, write_turtle, write_trig, write_nquads
    """
    _write("jsonld", store, path, around, depth, relations)


@exporter("RDF/XML", fails_if=(_UNSERIALISABLE,))
def write_rdfxml(store: Backend, path: Path, *, around: str | None, depth: int,
                 relations: tuple[str, ...] | None) -> None:
    """Write the union of the store's graphs as RDF/XML (graph names are not kept).

    Characters XML forbids are replaced by U+FFFD in literals; the file is always well-formed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from rdflib import Graph
    >>> store = sample_store()
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.rdf"
    >>> write_rdfxml(store, out)
    >>> len(Graph().parse(out, format="xml")) == len({(s, p, o) for s, p, o, _ in store.quads()})
    True

    See Also
    --------
    select_quads, write_turtle
    """
    _write("rdfxml", store, path, around, depth, relations)
