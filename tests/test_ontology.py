"""The ontology (ontology/filmgraph.ttl) and the SHACL shapes (ontology/shapes.ttl)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from filmgraph.rdf.vocab import FG, ID, TERMS, WDT, ontology_path
from filmgraph.relations import RELATIONS, RelationInfo

SCHEMA = "http://schema.org/"
WIKIDATA = "http://www.wikidata.org/"
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("filmgraph.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


# ---------------------------------------------------------------------------------------------
# The ontology
# ---------------------------------------------------------------------------------------------


def test_ontology_parses_and_has_a_header(ontology: Graph) -> None:
    headers = list(ontology.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef("https://w3id.org/filmgraph/ontology")]
    header = headers[0]
    for predicate in (OWL.versionInfo, OWL.versionIRI, RDFS.label, RDFS.comment,
                      URIRef("http://purl.org/dc/terms/license"), URIRef("http://purl.org/dc/terms/title")):
        assert ontology.value(header, predicate) is not None, predicate


@pytest.mark.parametrize("term", TERMS)
def test_every_term_is_declared_with_label_and_comment(ontology: Graph, term: str) -> None:
    node = FG[term]
    kinds = set(ontology.objects(node, RDF.type))
    if term == "claimObject":
        # Its values are IRIs or literals, which no single OWL property kind allows.
        assert RDF.Property in kinds
    else:
        assert kinds & set(DECLARATIONS), f"fg:{term} is not declared as a class or property"
    if term[0].isupper():
        assert OWL.Class in kinds
    assert ontology.value(node, RDFS.label) is not None, f"fg:{term} has no rdfs:label"
    assert ontology.value(node, RDFS.comment) is not None, f"fg:{term} has no rdfs:comment"


@pytest.mark.parametrize("term", [t for t in TERMS if t[0].islower()])
def test_every_property_has_domain_and_range(ontology: Graph, term: str) -> None:
    assert ontology.value(FG[term], RDFS.domain) is not None
    assert ontology.value(FG[term], RDFS.range) is not None


def test_every_fg_term_used_is_declared(ontology: Graph) -> None:
    declared = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef)}
    used = {node for node in ontology.all_nodes() if isinstance(node, URIRef) and node.startswith(str(FG))}
    assert used <= declared, sorted(used - declared)


def test_the_vocabulary_names_every_declared_fg_term(ontology: Graph) -> None:
    declared = {str(s) for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(FG))}
    assert declared == {str(FG[t]) for t in TERMS}


def test_schema_org_is_aligned_with_http_iris(ontology: Graph) -> None:
    assert (FG.Film, RDFS.subClassOf, URIRef(SCHEMA + "Movie")) in ontology
    assert (FG.Film, SKOS.exactMatch, URIRef(WIKIDATA + "entity/Q11424")) in ontology
    assert (FG.CastRole, RDFS.subClassOf, URIRef(SCHEMA + "PerformanceRole")) in ontology
    assert (FG.title, RDFS.subPropertyOf, URIRef(SCHEMA + "name")) in ontology
    assert (FG.remakeOf, RDFS.subPropertyOf, URIRef(SCHEMA + "isBasedOn")) in ontology
    assert (FG.characterName, SKOS.closeMatch, URIRef(WIKIDATA + "prop/qualifier/P453")) in ontology
    assert not any(str(node).startswith("https://schema.org/") for node in ontology.all_nodes())


def test_every_term_is_aligned_or_explained(ontology: Graph) -> None:
    """Each class and most properties point at schema.org, Wikidata, PROV, RDF or Web Annotation."""
    alignments = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentProperty, SKOS.closeMatch, SKOS.exactMatch)
    unaligned = [t for t in TERMS if not any(ontology.value(FG[t], p) for p in alignments)]
    # No outside vocabulary has these; their comments say what they mean.
    assert set(unaligned) <= {"influenced", "parodiedBy", "confidence", "matchScore", "titleKey", "titleWithoutYear"}, unaligned


def _super_properties(ontology: Graph, prop: URIRef) -> set[URIRef]:
    return set(ontology.transitive_objects(prop, RDFS.subPropertyOf)) - {prop}


def test_remake_and_influence_are_separate_relations(ontology: Graph) -> None:
    assert FG.remakeOf != FG.influencedBy
    assert FG.influencedBy not in _super_properties(ontology, FG.remakeOf)
    assert FG.remakeOf not in _super_properties(ontology, FG.influencedBy)
    for a, b in ((FG.remakeOf, FG.influencedBy), (FG.remadeAs, FG.influenced)):
        assert (a, OWL.equivalentProperty, b) not in ontology
        assert (b, OWL.equivalentProperty, a) not in ontology


def test_inverses_are_declared(ontology: Graph) -> None:
    assert (FG.remakeOf, OWL.inverseOf, FG.remadeAs) in ontology
    assert (FG.influencedBy, OWL.inverseOf, FG.influenced) in ontology


def test_remaking_is_irreflexive(ontology: Graph) -> None:
    assert (FG.remakeOf, RDF.type, OWL.IrreflexiveProperty) in ontology


def test_cast_member_is_the_role_shortcut(ontology: Graph) -> None:
    chain = ontology.value(FG.castMember, OWL.propertyChainAxiom)
    assert list(ontology.items(chain)) == [FG.hasCastRole, FG.performer]


# ---------------------------------------------------------------------------------------------
# The shapes
# ---------------------------------------------------------------------------------------------

SHA = "0" * 63 + "a"


def valid_graph() -> Graph:
    """One review of Psycho (1998): remake of Psycho (1960), a director, a cast role, two claims."""
    g = Graph(identifier=ID["review/test"])
    review, new, old = ID["review/test"], ID["film/psycho-1998"], ID["film/psycho-1960"]
    vaughn, van_sant, critic = ID["person/vince-vaughn"], ID["person/gus-van-sant"], ID["person/ada-critic"]
    role = ID["role/psycho-1998/vince-vaughn"]
    g.add((review, RDF.type, FG.Review))
    g.add((review, FG.source, Literal("/reviews/psycho-1998.txt")))
    g.add((review, FG.contentHash, Literal(SHA)))
    g.add((review, FG.reviews, new))
    g.add((review, FG.reviewer, critic))
    for film, year in ((new, 1998), (old, 1960)):
        g.add((film, RDF.type, FG.Film))
        g.add((film, FG.title, Literal("Psycho")))
        g.add((film, FG.titleKey, Literal("psycho")))
        g.add((film, FG.year, Literal(year, datatype=XSD.integer)))
        g.add((film, FG.country, Literal("United States")))
    g.add((new, FG.remakeOf, old))
    g.add((new, FG.influencedBy, old))
    g.add((new, FG.director, van_sant))
    g.add((new, FG.castMember, vaughn))
    g.add((new, FG.hasCastRole, role))
    g.add((new, FG.matchScore, Literal(97.5, datatype=XSD.double)))
    for person, name in ((vaughn, "Vince Vaughn"), (van_sant, "Gus Van Sant"), (critic, "Ada Critic")):
        g.add((person, RDF.type, FG.Person))
        g.add((person, FG.name, Literal(name)))
    g.add((critic, FG.basedIn, Literal("Leeds")))
    g.add((role, RDF.type, FG.CastRole))
    g.add((role, FG.performer, vaughn))
    g.add((role, FG.characterName, Literal("Norman Bates")))
    add_claim(g, "remake", new, FG.remakeOf, old, "Psycho (1998) is a remake of Psycho (1960).", 0)
    add_claim(g, "year", new, FG.year, Literal(1998, datatype=XSD.integer), "Psycho (1998)", 0)
    return g


def add_claim(g: Graph, key: str, subject: URIRef, relation: URIRef, obj, sentence: str, start: int) -> URIRef:
    claim = ID[f"claim/test/{key}"]
    g.add((claim, RDF.type, FG.Claim))
    g.add((claim, FG.claimSubject, subject))
    g.add((claim, FG.claimRelation, relation))
    g.add((claim, FG.claimObject, obj))
    g.add((claim, FG.statedIn, ID["review/test"]))
    g.add((claim, FG.evidenceText, Literal(sentence)))
    g.add((claim, FG.evidenceStart, Literal(start, datatype=XSD.integer)))
    g.add((claim, FG.evidenceEnd, Literal(start + len(sentence), datatype=XSD.integer)))
    g.add((claim, FG.mentionText, Literal("Psycho")))
    g.add((claim, FG.confidence, Literal(0.9, datatype=XSD.double)))
    return claim


def check(graph: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, str]:
    """Validate as src/filmgraph/rdf/shapes.py does: ontology mixed in, no inference."""
    pyshacl = pytest.importorskip("pyshacl")
    ok, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                   advanced=True, allow_warnings=True)
    return bool(ok), str(text)


def test_shapes_parse(shapes: Graph) -> None:
    SH = URIRef("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, URIRef(SH + "targetClass")))
    assert {FG.Film, FG.Person, FG.CastRole, FG.Review, FG.Claim} <= targets


def test_a_valid_graph_conforms(shapes: Graph, ontology: Graph) -> None:
    ok, text = check(valid_graph(), shapes, ontology)
    assert ok, text


def test_a_valid_graph_conforms_with_rdfs_inference(shapes: Graph, ontology: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    ok, _, text = pyshacl.validate(valid_graph(), shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                   advanced=True)
    assert ok, text


def _drop(predicate: URIRef, subject: URIRef | None = None) -> Callable[[Graph], None]:
    return lambda g: g.remove((subject, predicate, None))


def _set(subject: URIRef, predicate: URIRef, value) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((subject, predicate, None))
        g.add((subject, predicate, value))
    return change


NEW, OLD = ID["film/psycho-1998"], ID["film/psycho-1960"]
CLAIM = ID["claim/test/remake"]
ROLE = ID["role/psycho-1998/vince-vaughn"]

BROKEN: dict[str, Callable[[Graph], None]] = {
    "missing title": _drop(FG.title, NEW),
    "empty title": _set(NEW, FG.title, Literal("  ")),
    "two titles": lambda g: g.add((NEW, FG.title, Literal("Psycho (remake)"))),
    "year as string": _set(NEW, FG.year, Literal("1998")),
    "year out of range": _set(NEW, FG.year, Literal(1066, datatype=XSD.integer)),
    "two years": lambda g: g.add((NEW, FG.year, Literal(1999, datatype=XSD.integer))),
    "film remaking itself": lambda g: g.add((NEW, FG.remakeOf, NEW)),
    "film remade as itself": lambda g: g.add((OLD, FG.remadeAs, OLD)),
    "film influenced by itself": lambda g: g.add((NEW, FG.influencedBy, NEW)),
    "remake older than its original": lambda g: g.add((OLD, FG.remakeOf, NEW)),
    "remadeAs pointing back in time": lambda g: g.add((NEW, FG.remadeAs, OLD)),
    "remake of an untyped node": lambda g: g.add((NEW, FG.remakeOf, ID["film/untyped"])),
    "director is a film": lambda g: g.add((NEW, FG.director, OLD)),
    "cast role not typed": lambda g: g.remove((ROLE, RDF.type, FG.CastRole)),
    "cast role without performer": _drop(FG.performer),
    "cast role with two characters": lambda g: g.add((ROLE, FG.characterName, Literal("Mother"))),
    "person without name": _drop(FG.name, ID["person/gus-van-sant"]),
    "person with two names": lambda g: g.add((ID["person/gus-van-sant"], FG.name, Literal("G. Van Sant"))),
    "review without source": _drop(FG.source),
    "review with bad hash": _set(ID["review/test"], FG.contentHash, Literal("ABC123")),
    "review of two films": lambda g: g.add((ID["review/test"], FG.reviews, OLD)),
    "claim without evidence": lambda g: [g.remove((CLAIM, p, None))
                                         for p in (FG.evidenceText, FG.evidenceStart, FG.evidenceEnd)],
    "claim without evidence text": _drop(FG.evidenceText, CLAIM),
    "claim without review": _drop(FG.statedIn, CLAIM),
    "claim relation a literal": _set(CLAIM, FG.claimRelation, Literal("remakeOf")),
    "claim without object": _drop(FG.claimObject, CLAIM),
    "negative offset": _set(CLAIM, FG.evidenceStart, Literal(-1, datatype=XSD.integer)),
    "span ending before it starts": _set(CLAIM, FG.evidenceStart, Literal(50, datatype=XSD.integer)),
    "confidence above one": _set(CLAIM, FG.confidence, Literal(1.5, datatype=XSD.double)),
    "confidence as decimal string": _set(CLAIM, FG.confidence, Literal("0.9")),
    "match score above 100": _set(NEW, FG.matchScore, Literal(120.0, datatype=XSD.double)),
    "blank-node film": lambda g: [g.add((b := BNode(), RDF.type, FG.Film)), g.add((b, FG.title, Literal("X")))],
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_graph_fails(shapes: Graph, ontology: Graph, name: str) -> None:
    graph = valid_graph()
    BROKEN[name](graph)
    ok, text = check(graph, shapes, ontology)
    assert not ok, f"{name}: expected a violation\n{text}"


def test_a_same_year_remake_is_allowed(shapes: Graph, ontology: Graph) -> None:
    graph = valid_graph()
    graph.set((NEW, FG.year, Literal(1960, datatype=XSD.integer)))
    ok, text = check(graph, shapes, ontology)
    assert ok, text


def test_remake_and_influence_may_link_the_same_pair(shapes: Graph, ontology: Graph) -> None:
    graph = valid_graph()
    assert (NEW, FG.remakeOf, OLD) in graph and (NEW, FG.influencedBy, OLD) in graph
    ok, text = check(graph, shapes, ontology)
    assert ok, text


# ---------------------------------------------------------------------------------------------
# The relation table (filmgraph.relations) agrees with the ontology and the shapes
# ---------------------------------------------------------------------------------------------

SH = "http://www.w3.org/ns/shacl#"
TABLE = pytest.mark.parametrize("info", RELATIONS, ids=[r.name for r in RELATIONS])


@TABLE
def test_the_ontology_declares_each_relation_as_the_table_says(ontology: Graph, info: RelationInfo) -> None:
    node = FG[info.name]
    assert (node, RDF.type, OWL.ObjectProperty) in ontology
    assert str(ontology.value(node, RDFS.label)) == info.label
    assert ontology.value(node, RDFS.domain) == FG[info.subject]
    assert ontology.value(node, RDFS.range) == FG[info.object]
    if info.wikidata:
        assert (node, SKOS.closeMatch, WDT[info.wikidata]) in ontology
    if info.inverse:
        assert (node, OWL.inverseOf, FG[info.inverse]) in ontology
        assert (FG[info.inverse], OWL.inverseOf, node) in ontology
        assert str(ontology.value(FG[info.inverse], RDFS.label)) == info.inverse_label


def test_every_relation_of_the_ontology_is_in_the_table(ontology: Graph) -> None:
    """An object property between films or from a film to a person is a row (or a row's inverse)."""
    named = {n for r in RELATIONS for n in (r.name, r.inverse) if n}
    between = {str(p).removeprefix(str(FG)) for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
               if ontology.value(p, RDFS.domain) == FG.Film and ontology.value(p, RDFS.range) in (FG.Film, FG.Person)}
    assert between == named


def _shape_class(shapes: Graph, name: str) -> URIRef | None:
    for prop in shapes.subjects(URIRef(SH + "path"), FG[name]):
        return shapes.value(prop, URIRef(SH + "class"))
    return None


@TABLE
def test_the_shapes_constrain_each_relation_to_its_object_kind(shapes: Graph, info: RelationInfo) -> None:
    assert _shape_class(shapes, info.name) == FG[info.object]
    if info.inverse:
        assert _shape_class(shapes, info.inverse) == FG[info.subject]
