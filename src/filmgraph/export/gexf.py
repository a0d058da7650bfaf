"""Export stage, GEXF: the film graph as a GEXF 1.2 file, the native format of Gephi.

The file is valid against the GEXF 1.2draft schema, which networkx's own writer is not (it
writes a ``name`` on ``<graph>``, which 1.2draft does not allow). Nodes keep their IRIs as ids
(GEXF ids are any string) and their ``label`` as GEXF's own label; edges are ``e0``, ``e1``,
..., labelled with their relation. The other attributes are declared GEXF attributes.

As in GraphML, list attributes become "; "-joined strings, absent values are left out, and
characters XML forbids are replaced by U+FFFD (see :func:`~filmgraph.export._common.xml_text`).

>>> import io, networkx as nx
>>> text = "".join(generate_gexf(sample_graph()))
>>> back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
>>> back.number_of_nodes(), back.number_of_edges()
(9, 8)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import quoteattr

import networkx as nx

from ._common import attribute_types, flat_graph, graph_exporter, xml_value

__all__ = ["generate_gexf", "write_gexf"]

_NAMESPACE = "http://www.gexf.net/1.2draft"
_SCHEMA = "http://www.gexf.net/1.2draft/gexf.xsd"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _declarations(domain: str, types: dict[str, type]) -> Iterator[str]:
    yield f'    <attributes class="{domain}" mode="static">'
    for name, kind in types.items():
        yield f'      <attribute id={quoteattr(name)} title={quoteattr(name)} type="{_TYPES[kind]}"/>'
    yield "    </attributes>"


def _attvalues(record: dict[str, object], types: dict[str, type]) -> str:
    values = "".join(f"<attvalue for={quoteattr(name)} value={quoteattr(xml_value(value, types[name]))}/>"
                     for name, value in record.items())
    return f"<attvalues>{values}</attvalues>" if values else ""


def generate_gexf(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The lines of a GEXF 1.2 document for ``graph`` (attributes flattened to scalars).

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
    >>> lines = list(generate_gexf(sample_graph()))
    >>> lines[1].startswith("<gexf"), lines[5]
    (True, '  <graph mode="static" defaultedgetype="directed">\\n')

    See Also
    --------
    write_gexf
    """
    flat = flat_graph(graph)
    # The label is GEXF's own node attribute; the relation is the edge label and an attribute.
    nodes = [{k: v for k, v in data.items() if k != "label"} for _, data in flat.nodes(data=True)]
    edges = [{"relation": key, **data} for _, _, key, data in flat.edges(keys=True, data=True)]
    node_types, edge_types = attribute_types(nodes), attribute_types(edges)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        (f'<gexf xmlns="{_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         f'xsi:schemaLocation="{_NAMESPACE} {_SCHEMA}" version="1.2">'),
        "  <meta>",
        "    <creator>filmgraph</creator>",
        "  </meta>",
        '  <graph mode="static" defaultedgetype="directed">',
        *_declarations("node", node_types),
        *_declarations("edge", edge_types),
    ]
    yield from (line + "\n" for line in lines)
    yield "    <nodes>\n"
    for (node, label), record in zip(flat.nodes(data="label"), nodes):
        yield (f"      <node id={quoteattr(node)} label={quoteattr(str(node if label is None else label))}>"
               f"{_attvalues(record, node_types)}</node>\n")
    yield "    </nodes>\n"
    yield "    <edges>\n"
    for i, ((u, v, key), record) in enumerate(zip(flat.edges(keys=True), edges)):
        yield (f'      <edge id="e{i}" source={quoteattr(u)} target={quoteattr(v)} label={quoteattr(str(key))}>'
               f"{_attvalues(record, edge_types)}</edge>\n")
    yield "    </edges>\n"
    yield "  </graph>\n"
    yield "</gexf>\n"


@graph_exporter("GEXF")
def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the film graph of ``store`` (or the part ``around`` a film) as GEXF.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "films.gexf"
    >>> write_gexf(sample_store(), out)
    >>> nx.read_gexf(out).number_of_nodes()
    9

    See Also
    --------
    generate_gexf, filmgraph.export.graphml.write_graphml
    """
    with path.open("w", encoding="utf-8") as out:
        out.writelines(generate_gexf(graph))
