"""Export stage, GraphML: the film graph as a GraphML file (Gephi, yEd, Cytoscape desktop, igraph).

The file is valid against the GraphML 1.0 schema (``graphml.xsd``, with the attributes
extension), which networkx's own writer is not: GraphML ids are ``xs:NMTOKEN``s, which an IRI
(with its ``/``) is not, and edge ids must be unique. So nodes are ``n0``, ``n1``, ... in the
graph's order, with the IRI in the ``iri`` attribute, and edges ``e0``, ``e1``, ..., with the
relation in the ``relation`` attribute.

GraphML attributes are typed scalars, so list attributes (countries, genres, reviews) are
written as "; "-joined strings and absent values are left out. Characters XML forbids (control
characters in a review sentence, say) are replaced by U+FFFD (see :func:`~filmgraph.export._common.xml_text`).

>>> import io, networkx as nx
>>> back = nx.read_graphml(io.StringIO("".join(generate_graphml(sample_graph()))), force_multigraph=True)
>>> back.number_of_nodes(), back.number_of_edges()
(9, 8)
>>> back.nodes["n0"]["iri"], back.nodes["n0"]["label"]
('https://w3id.org/filmgraph/id/film/dhamaka-2021', 'Dhamaka')
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ._common import attribute_types, flat_graph, graph_exporter, xml_value

__all__ = ["generate_graphml", "write_graphml"]

_NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
# A carriage return in element text would be read back as a line feed: keep it as a reference.
_TEXT_ENTITIES = {"\r": "&#13;"}


def _keys(domain: str, types: dict[str, type]) -> Iterator[str]:
    for name, kind in types.items():
        yield (f'  <key id={quoteattr(f"{domain}.{name}")} for="{domain}" attr.name={quoteattr(name)} '
               f'attr.type="{_TYPES[kind]}"/>')


def _data(domain: str, record: dict[str, object], types: dict[str, type]) -> str:
    return "".join(f'<data key={quoteattr(f"{domain}.{name}")}>{escape(xml_value(value, types[name]), _TEXT_ENTITIES)}</data>'
                   for name, value in record.items())


def generate_graphml(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The lines of a GraphML document for ``graph`` (attributes flattened to scalars).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`~filmgraph.export.networkx.to_networkx`.

    Returns
    -------
    iterator of str
        The document, line by line, each line with its line end.

    Examples
    --------
    >>> lines = list(generate_graphml(sample_graph()))
    >>> lines[1].startswith("<graphml"), sum(line.startswith("  <key ") for line in lines)
    (True, 13)

    See Also
    --------
    write_graphml
    """
    flat = flat_graph(graph)
    nodes = [{"iri": node, **data} for node, data in flat.nodes(data=True)]
    edges = [{"relation": key, **data} for _, _, key, data in flat.edges(keys=True, data=True)]
    node_types, edge_types = attribute_types(nodes), attribute_types(edges)
    ids = {node: f"n{i}" for i, node in enumerate(flat)}
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield (f'<graphml xmlns="{_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           f'xsi:schemaLocation="{_NAMESPACE} {_SCHEMA}">\n')
    for line in (*_keys("node", node_types), *_keys("edge", edge_types)):
        yield line + "\n"
    yield '  <graph id="filmgraph" edgedefault="directed">\n'
    for node, record in zip(flat, nodes):
        yield f'    <node id="{ids[node]}">{_data("node", record, node_types)}</node>\n'
    for i, ((u, v), record) in enumerate(zip(flat.edges(), edges)):
        yield f'    <edge id="e{i}" source="{ids[u]}" target="{ids[v]}">{_data("edge", record, edge_types)}</edge>\n'
    yield "  </graph>\n"
    yield "</graphml>\n"


@graph_exporter("GraphML")
def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as GraphML.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.graphml"
    >>> write_graphml(sample_store(), out, relations=("remakeOf",))
    >>> sorted(d["relation"] for *_, d in nx.read_graphml(out).edges(data=True))
    ['remakeOf', 'remakeOf', 'remakeOf']

    See Also
    --------
    generate_graphml, filmgraph.export.gexf.write_gexf
    """
    with path.open("w", encoding="utf-8") as out:
        out.writelines(generate_graphml(graph))
