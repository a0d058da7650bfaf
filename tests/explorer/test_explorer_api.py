"""The explorer's answers without a browser: the Explorer on each backend, and its JSON over HTTP
from a real server (make_server on 127.0.0.1) — search, film pages with evidence, the remake
family, the node cap, paths, the query library, escaping and the Content-Security-Policy."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from rdflib import Graph, Literal, URIRef

from filmgraph.api import FilmGraph
from filmgraph.explorer import NODE_CAP, Explorer, NotFound
from filmgraph.rdf.vocab import FG, ID, RDF, RDFS
from filmgraph.serve import make_server

from ..stress.corpus import Listener
from .conftest import (
    HARD_HIT_QID,
    HOSTILE_SENTENCE,
    HOSTILE_SOURCE,
    HOSTILE_TITLE,
    bundled_graph,
)

FILM = str(ID) + "film/"


@pytest.fixture(scope="module", params=[":memory:", "memory:", "server"])
def explorer(request) -> Explorer:
    """The bundled reviews and the hostile one on each backend: embedded Oxigraph, rdflib, and a
    remote SPARQL endpoint (an Oxigraph server on 127.0.0.1)."""
    location = request.getfixturevalue("module_oxigraph_server") if request.param == "server" else request.param
    return Explorer(bundled_graph(location))


def test_search_ranks_a_title_that_starts_with_the_text_first(explorer: Explorer) -> None:
    hits = explorer.search("hard")
    assert (hits[0].node.label, hits[0].node.year, hits[0].node.kind, hits[0].how) == ("Hard Hit", 2021, "film", "title")
    assert explorer.search("magnficent seven")[0].node.label == "The Magnificent Seven"  # a letter missing
    people = explorer.search("jo woo-jin")
    assert (people[0].node.label, people[0].node.kind, people[0].node.id) == ("Jo Woo-jin", "person", "person/jo-woojin")
    assert explorer.search("  ") == []
    # a year at the end puts that year's film first
    assert [(h.node.label, h.node.year) for h in explorer.search("retribution 2023")][:2] == [
        ("Retribution", 2023), ("Retribution", 2015)]
    assert explorer.search("Psycho (1998)")[0].node.year == 1998


def test_film_page_has_every_fact_with_its_evidence(explorer: Explorer) -> None:
    page = explorer.film("film/hard-hit-2021")
    assert (page.film.label, page.film.year) == ("Hard Hit", 2021)
    assert [f.stated.value for f in page.facts["countries"]] == ["South Korea"]
    assert [(f.stated.value, f.stated.sources) for f in page.facts["wikidata"]] == [(HARD_HIT_QID, ("wikidata",))]
    assert [f.stated.value for f in page.facts["directors"]] == ["Kim Chang-ju"]
    assert [(f.stated.value, f.stated.character) for f in page.facts["cast"]] == [("Jo Woo-jin", "Sung-gyu")]
    [remake] = page.facts["remake_of"]
    assert (remake.stated.value, remake.stated.year, remake.stated.reviews) == ("Retribution", 2015, 1)
    [said] = remake.evidence
    assert said.source.endswith("hard-hit-2021.txt") and said.reviewer == "Beatrix Moll"
    assert "South Korean remake of Retribution (2015)" in said.sentence and 0 < said.confidence <= 1
    assert [f.stated.value for f in page.facts["influenced_by"]] == ["Phonebooth"]
    # the hostile review remakes Hard Hit: a fact the other way round, with its own evidence
    [later] = page.facts["remade_as"]
    assert later.stated.value == HOSTILE_TITLE and later.evidence[0].sentence == HOSTILE_SENTENCE
    assert [r.source.rsplit("/", 1)[-1] for r in page.reviews if r.about] == ["hard-hit-2021.txt"]


def test_remake_family_goes_from_the_original_down_with_depth(explorer: Explorer) -> None:
    family = [(m.node.label, m.node.year, m.depth, m.parent) for m in explorer.film("film/hard-hit-2021").family]
    assert family == [("Retribution", 2015, 0, None),
                      ("Hard Hit", 2021, 1, FILM + "retribution-2015"),
                      (HOSTILE_TITLE, 1999, 2, FILM + "hard-hit-2021"),
                      ("Retribution", 2023, 1, FILM + "retribution-2015")]
    # the same tree from any member
    assert explorer.film("film/retribution-2023").family == explorer.film("film/hard-hit-2021").family


def test_neighbourhood_pages_through_its_nodes_under_the_cap(explorer: Explorer) -> None:
    retribution = FILM + "retribution-2015"
    whole = explorer.neighbourhood(retribution)
    labels = {node.label for node in whole.nodes}
    assert {"Hard Hit", "Speed", "Dani de la Torre", "Luis Tosar"} <= labels and whole.more == 0
    assert whole.nodes[0].iri == retribution and len(whole.nodes) == whole.total + 1
    # remakes come first, then influences, then people
    assert [e.relation for e in whole.edges][:3] == ["remakeOf", "remakeOf", "influencedBy"]
    capped = Explorer(explorer.graph, node_cap=3)
    first = capped.neighbourhood(retribution)
    assert (len(first.nodes), first.total, first.more) == (4, whole.total, whole.total - 3)
    rest = capped.neighbourhood(retribution, offset=3, limit=100)
    assert len(rest.nodes) == 1 + min(3, whole.total - 3)
    assert {n.iri for n in first.nodes[1:]}.isdisjoint(n.iri for n in rest.nodes[1:])
    only_remakes = explorer.neighbourhood(retribution, ["remakeOf"])
    assert {e.relation for e in only_remakes.edges} == {"remakeOf"} and only_remakes.total == 2
    with pytest.raises(NotFound):
        explorer.neighbourhood(FILM + "no-such-film")


def test_path_is_the_one_filmgraph_path_explains(explorer: Explorer) -> None:
    path = explorer.path("film/hard-hit-2021", "film/speed-1994")
    assert [str(h.sentence) for h in path.hops] == ["Hard Hit remakes Retribution (2015)",
                                                     "Retribution (2015) was influenced by Speed"]
    assert [n.label for n in path.nodes] == ["Hard Hit", "Retribution", "Speed"]
    assert path.hops[0].file.endswith("hard-hit-2021.txt") and "vein of Speed" in path.hops[1].evidence
    with pytest.raises(NotFound):
        explorer.path("film/hard-hit-2021", "film/nothing-here")


def test_person_page_lists_films_by_role(explorer: Explorer) -> None:
    page = explorer.person("person/changju-kim")
    assert [(role, film.label) for role, film in page.films] == [("director", "Hard Hit")]
    with pytest.raises(NotFound):
        explorer.person("film/hard-hit-2021")  # a film's id is not a person's
    with pytest.raises(NotFound):
        explorer.person("person/../../etc")


# -- over HTTP ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``filmgraph serve``'s server (make_server) on 127.0.0.1 over the bundled reviews, the
    hostile review, and a film with more cast members than the node cap."""
    fg = bundled_graph(":memory:")
    crowd = Graph(identifier=URIRef(str(ID) + "import/crowd"))
    film = URIRef(FILM + "crowd-2000")
    crowd.add((film, RDF.type, FG.Film))
    crowd.add((film, FG.title, Literal("Crowd")))
    crowd.add((film, RDFS.label, Literal("Crowd")))
    for number in range(NODE_CAP + 100):
        person = URIRef(f"{ID}person/extra-{number}")
        crowd.add((film, FG.castMember, person))
        crowd.add((person, RDF.type, FG.Person))
        crowd.add((person, RDFS.label, Literal(f"Extra {number}")))
    fg.store.replace_graph(crowd)
    server = make_server(fg.store, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _get(url: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _json(url: str) -> object:
    status, _, body = _get(url)
    assert status == 200, body
    return json.loads(body)


def test_every_answer_has_the_content_security_policy(server: str) -> None:
    for path in ("/", "/film/hard-hit-2021", "/person/jo-woojin", "/path?from=a&to=b", "/queries",
                 "/static/explorer.js", "/static/cytoscape.min.js", "/api/info", "/api/film/nothing", "/sparql?query=ASK%7B%7D"):
        status, headers, _ = _get(server + path)
        assert status in (200, 404), path
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe" not in policy
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_pages_and_assets_come_from_the_package(server: str) -> None:
    status, headers, page = _get(server + "/film/hard-hit-2021")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'src="/static/cytoscape.min.js"' in page and b"http" not in page.split(b"<body>")[0]  # no CDN
    status, _, licence = _get(server + "/static/cytoscape.LICENSE")
    assert status == 200 and b"Cytoscape Consortium" in licence
    for path in ("/static/../web.py", "/static/explorer.py", "/nothing", "/api/nothing", "/api/film/../../x"):
        assert _get(server + path)[0] == 404, path


def test_film_api_escapes_review_text_in_its_json(server: str) -> None:
    status, headers, body = _get(server + "/api/film/hard-hit-2021")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert b"<" not in body and b">" not in body  # written as \u003c and \u003e
    page = json.loads(body)
    [later] = page["facts"]["remade_as"]
    assert later["value"] == HOSTILE_TITLE and later["evidence"][0]["source"] == HOSTILE_SOURCE
    assert page["family"][0]["node"]["label"] == "Retribution" and page["family"][0]["depth"] == 0
    hits = _json(server + "/api/search?" + urllib.parse.urlencode({"q": "img src x"}))
    assert hits[0]["node"]["label"] == HOSTILE_TITLE and hits[0]["node"]["id"] == "film/img-src-x-onerror-alert-1-1999"


def test_the_browser_never_gets_more_nodes_than_the_cap(server: str) -> None:
    url = server + "/api/neighbourhood?" + urllib.parse.urlencode({"node": FILM + "crowd-2000", "limit": 10_000})
    first = _json(url)
    assert (len(first["nodes"]), first["total"], first["more"]) == (NODE_CAP + 1, NODE_CAP + 100, 100)
    assert len(first["edges"]) == NODE_CAP
    rest = _json(url + f"&offset={NODE_CAP}")
    assert (len(rest["nodes"]), rest["more"]) == (101, 0)
    people = _json(url + "&rel=director")
    assert people["total"] == 0 and len(people["nodes"]) == 1


def test_path_and_person_answers(server: str) -> None:
    path = _json(server + "/api/path?from=film/hard-hit-2021&to=film/speed-1994")
    assert [hop["relation"] for hop in path["hops"]] == ["remakeOf", "influencedBy"]
    assert _get(server + "/api/path?from=film/hard-hit-2021&to=film/crowd-2000")[0] == 404  # nothing joins them
    person = _json(server + "/api/person/jo-woojin")
    assert person["films"] == [{"role": "actor", "film": {"iri": FILM + "hard-hit-2021", "id": "film/hard-hit-2021",
                                                          "kind": "film", "label": "Hard Hit", "year": 2021}}]


def test_library_query_bound_by_the_server_runs_on_the_endpoint(server: str) -> None:
    queries = {q["name"]: q for q in _json(server + "/api/queries")}
    remakes = queries["remakes_of"]
    assert [p["name"] for p in remakes["parameters"]] == ["title", "year"]
    bound = _json(server + "/api/bind?" + urllib.parse.urlencode(
        {"name": "remakes_of", "query": remakes["text"], "param.title": "Retribution", "param.year": "2015"}))["query"]
    status, _, body = _get(server + "/sparql?" + urllib.parse.urlencode({"query": bound}), accept="text/csv")
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert {(row["remakeTitle"], row["remakeYear"]) for row in rows} >= {("Hard Hit", "2021"), ("Retribution", "2023")}
    # a hostile value is bound as a literal: it finds nothing and breaks nothing
    hostile = _json(server + "/api/bind?" + urllib.parse.urlencode(
        {"name": "remakes_of", "query": remakes["text"], "param.title": 'x" } } DROP ALL #'}))["query"]
    assert _get(server + "/sparql?" + urllib.parse.urlencode({"query": hostile}))[0] == 200
    status, _, body = _get(server + "/api/bind?" + urllib.parse.urlencode({"name": "remakes_of", "query": remakes["text"]}))
    assert status == 400 and b"needs a value for ?title" in body


def test_a_store_without_an_endpoint_runs_queries_through_the_explorer() -> None:
    fg = FilmGraph.open("memory:")
    fg.ingest_text("Psycho (1998) is a shot-for-shot remake of Psycho (1960).", source="psycho.txt")
    server = make_server(fg.store, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        assert _json(base + "/api/info")["sparql"] is None
        query = "PREFIX fg: <https://w3id.org/filmgraph/ontology#> SELECT DISTINCT ?y WHERE { ?f fg:remakeOf ?o ; fg:year ?y }"
        answer = _json(base + "/api/sparql?" + urllib.parse.urlencode({"query": query}))
        assert [b["y"]["value"] for b in answer["results"]["bindings"]] == ["1998"]
        status, _, body = _get(base + "/api/sparql?" + urllib.parse.urlencode({"query": query, "format": "csv"}))
        assert status == 200 and body.decode().split() == ["y", "1998"]
        assert _get(base + "/api/sparql?" + urllib.parse.urlencode({"query": "DROP ALL"}))[0] in (400, 500)
        assert len(fg.store) > 0
        with Listener() as listener:  # SERVICE would make rdflib call another endpoint from here
            status, _, body = _get(base + "/api/sparql?" + urllib.parse.urlencode(
                {"query": f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"}))
        assert status == 400 and b"SERVICE is refused" in body and listener.connections == 0
    finally:
        server.shutdown()
        server.server_close()
