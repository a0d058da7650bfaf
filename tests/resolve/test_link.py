"""Wikidata linking, against a Wikidata-shaped fixture built here from the remake list and served by a
real `oxigraph serve` on 127.0.0.1 (the tests never leave the machine)."""

from __future__ import annotations

import csv
import json
import socket
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS, XSD

from filmgraph.api import FilmGraph
from filmgraph.errors import EndpointError, StoreError
from filmgraph.rdf.vocab import FG, OWL, WD, WDT
from filmgraph.resolve.catalog import read_catalog
from filmgraph.resolve.link import LINK_GRAPH, QueryCache, SparqlClient, link_films, lookup_query

FILM, SHORT_FILM, NOVEL = WD.Q11424, WD.Q24862, WD.Q7725634


def build_wikidata_fixture(csv_path: Path) -> tuple[Graph, dict[tuple[str, int], str]]:
    """A Wikidata-shaped graph of the remake list's films: P31 film (every fifth one through a
    subclass, P279), English labels, P577 dates, P144 / P4969 for each pair; plus decoys.

    Returns the graph and the QID of each (title, year). Films get the list's QID when no other
    film of the list claims it, else a made-up one.
    """
    catalog = read_catalog(csv_path)
    with open(csv_path, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    claimed: dict[str, int] = {}
    for row in rows:
        for side in ("original", "remake"):
            claimed[row[f"{side}_wikidata_id"]] = claimed.get(row[f"{side}_wikidata_id"], 0) + 1
    qids: dict[tuple[str, int], str] = {}
    for number, film in enumerate(catalog.films):
        listed = [s.rsplit("/", 1)[1] for s in film.same_as if "wikidata" in s]
        qids[(film.title, film.year)] = listed[0] if listed else f"Q9{number:07d}"
    graph = Graph()
    graph.add((SHORT_FILM, WDT.P279, FILM))
    for number, film in enumerate(catalog.films):
        item = WD[qids[(film.title, film.year)]]
        graph.add((item, WDT.P31, SHORT_FILM if number % 5 == 0 else FILM))
        graph.add((item, RDFS.label, Literal(film.title, lang="en")))
        for alternate in film.alternate_titles[:1]:
            graph.add((item, SKOS.altLabel, Literal(alternate, lang="en")))
        graph.add((item, WDT.P577, Literal(f"{film.year}-06-01T00:00:00Z", datatype=XSD.dateTime)))
    for remake, original in catalog.remakes:
        r, o = (WD[qids[(catalog.films[i].title, catalog.films[i].year)]] for i in (remake, original))
        graph.add((r, WDT.P144, o))
        graph.add((o, WDT.P4969, r))
    retribution = WD[qids[("Retribution", 2015)]]
    graph.add((retribution, RDFS.label, Literal("El desconocido", lang="es")))
    graph.add((WD.Q999000001, WDT.P31, NOVEL))  # a novel called Psycho is not a film
    graph.add((WD.Q999000001, RDFS.label, Literal("Psycho", lang="en")))
    return graph, qids


def _load(base: str, graph: Graph) -> None:
    request = urllib.request.Request(f"{base}/store?default", data=graph.serialize(format="nt").encode(),
                                     headers={"Content-Type": "application/n-triples"}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 201, 204)


@pytest.fixture
def wikidata(oxigraph_server: str, shared: Path) -> tuple[str, dict[tuple[str, int], str]]:
    graph, qids = build_wikidata_fixture(shared / "data" / "catalog" / "wikipedia-remakes.csv")
    _load(oxigraph_server, graph)
    return f"{oxigraph_server}/query", qids


@pytest.fixture
def remakes_graph(shared: Path) -> FilmGraph:
    fg = FilmGraph.open(":memory:")
    fg.import_catalog(shared / "data" / "catalog" / "wikipedia-remakes.csv")
    return fg


def test_link_every_film_of_the_list(wikidata, remakes_graph: FilmGraph, tmp_path: Path, shared: Path) -> None:
    endpoint, qids = wikidata
    report = remakes_graph.link(endpoint, cache_dir=tmp_path, relink=True, rate_limit=0)
    assert report.films == len(qids) and report.requests >= 2
    linked = {(link.title, link.year): link for link in report.links}
    assert {key: link.qid for key, link in linked.items()} == qids
    assert {link.score for link in report.links} == {100.0}
    # the links are in the store: owl:sameAs with fg:matchScore, in their own graph
    quads = list(remakes_graph.store.quads(URIRef(LINK_GRAPH)))
    psycho = URIRef(linked[("Psycho", 1960)].film)
    assert (psycho, OWL.sameAs, WD[qids[("Psycho", 1960)]]) in {(s, p, o) for s, p, o, _ in quads}
    assert (psycho, FG.matchScore, Literal(100.0, datatype=XSD.double)) in {(s, p, o) for s, p, o, _ in quads}
    # P144 / P4969 give back exactly the list's pairs
    catalog = read_catalog(shared / "data" / "catalog" / "wikipedia-remakes.csv")
    film_iri = {(f.title, f.year): linked[(f.title, f.year)].film for f in catalog.films}
    pairs = {(film_iri[(catalog.films[r].title, catalog.films[r].year)],
              film_iri[(catalog.films[o].title, catalog.films[o].year)]) for r, o in catalog.remakes}
    assert set(report.remakes) == pairs
    # other titles come back as alternate titles, and mentions resolve through them
    assert "El desconocido" in linked[("Retribution", 2015)].alternate_titles
    assert remakes_graph.resolve_candidates("El desconocido").chosen.iri == linked[("Retribution", 2015)].film


def test_second_run_is_answered_by_the_cache(wikidata, remakes_graph: FilmGraph, tmp_path: Path) -> None:
    endpoint, _ = wikidata
    first = remakes_graph.link(endpoint, cache_dir=tmp_path, relink=True, rate_limit=0, limit=120)
    second = remakes_graph.link(endpoint, cache_dir=tmp_path, relink=True, rate_limit=0, limit=120)
    assert first.requests > 0 and second.requests == 0 and second.cache_hits == first.requests
    assert [link.qid for link in second.links] == [link.qid for link in first.links]
    assert (tmp_path / "sparql-cache.sqlite").is_file()
    # already linked films are skipped unless relinked
    assert remakes_graph.link(endpoint, cache_dir=tmp_path, rate_limit=0, limit=120).films < 120


def test_year_decides_and_ties_link_to_none(wikidata, tmp_path: Path) -> None:
    endpoint, qids = wikidata
    catalog = tmp_path / "films.tsv"
    catalog.write_text("1\t/m/01\tPsycho\t\t\t\t{}\t{}\t{}\n"
                       "2\t/m/02\tPSYCHO\t1998-12-04\t\t\t{}\t{}\t{}\n"
                       "3\t/m/03\tThe Magnificent Seven\t1961\t\t\t{}\t{}\t{}\n"
                       "4\t/m/04\tNo Such Film Anywhere\t1990\t\t\t{}\t{}\t{}\n", encoding="utf-8")
    fg = FilmGraph.open(":memory:")
    fg.import_catalog(catalog)
    report = fg.link(endpoint, use_cache=False, rate_limit=0)
    by_title = {(link.title, link.year): link for link in report.links}
    assert by_title[("PSYCHO", 1998)].qid == qids[("Psycho", 1998)]
    seven = by_title[("The Magnificent Seven", 1961)]
    assert seven.qid == qids[("The Magnificent Seven", 1960)] and seven.score == 90.0
    assert ("Psycho", None) not in by_title
    assert any(line.startswith("Psycho (?)") for line in report.ambiguous)
    assert report.not_found == 1


def test_unreachable_endpoint_is_one_clear_line(remakes_graph: FilmGraph, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}/query"
    with pytest.raises(EndpointError) as caught:
        remakes_graph.link(endpoint, use_cache=False, retries=1, backoff=0.0, limit=5)
    assert isinstance(caught.value, StoreError)
    message = str(caught.value)
    assert message.startswith(endpoint) and "unreachable" in message and "2 attempts" in message
    assert "\n" not in message

    from typer.testing import CliRunner

    from filmgraph.cli import app

    store = tmp_path / "store"
    FilmGraph.open(store).close()
    result = CliRunner().invoke(app, ["link", "--endpoint", endpoint, "--store", str(store), "--no-cache"])
    assert result.exit_code in (0, 1)  # an empty store asks nothing; a store with films fails in one line
    if result.exit_code == 1:
        assert result.output.count("\n") == 1


class _Recorder(BaseHTTPRequestHandler):
    """A loopback endpoint that fails once with 503, then answers; it records every request."""

    seen: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        self.seen.append({"agent": self.headers["User-Agent"], "body": body, "type": self.headers["Content-Type"]})
        if len(self.seen) == 1:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        answer = json.dumps({"head": {"vars": ["label", "item", "date"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


def test_client_posts_with_user_agent_retries_and_rate_limits(tmp_path: Path) -> None:
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    waits: list[float] = []
    try:
        endpoint = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        client = SparqlClient(endpoint, cache=QueryCache(tmp_path), rate_limit=5.0, retries=2, backoff=0.5,
                              sleep=waits.append)
        query = lookup_query([Literal('Say "Hi" } DROP ALL #', lang="en")])
        assert client.select(query) == []
        assert client.select(query) == [] and client.cache_hits == 1
    finally:
        server.shutdown()
    assert len(_Recorder.seen) == 2 and client.requests == 2
    first = _Recorder.seen[0]
    assert first["agent"].startswith("filmgraph/") and "SPARQLWrapper" in first["agent"]
    assert first["type"].startswith("application/x-www-form-urlencoded")
    sent = urllib.parse.parse_qs(first["body"])["query"][0]
    assert 'VALUES (?label) { ("Say \\"Hi\\" } DROP ALL #"@en) }' in sent
    assert waits[0] == 0.0  # Retry-After: 0 wins over the back-off
    assert any(w > 4.0 for w in waits)  # the rate limit kept the retry 5 s after the first request


#: Labels that rdflib's ``n3()`` mis-escaped (a newline and a quote give a long string that a
#: final quote or backslash breaks), and one that would end the VALUES block if pasted.
AWKWARD = ['x\n\\"', "ends in a backslash \\", 'Say "Hi" \\" } DROP ALL #', "tab\tand\r\nbreak", 'x\n"', "a\nb\\"]


def test_awkward_titles_survive_the_lookup_on_a_real_endpoint(oxigraph_server: str) -> None:
    graph = Graph()
    for number, label in enumerate(AWKWARD, 1):
        graph.add((WD[f"Q{number}"], WDT.P31, FILM))
        graph.add((WD[f"Q{number}"], RDFS.label, Literal(label, lang="en")))
    _load(oxigraph_server, graph)
    client = SparqlClient(f"{oxigraph_server}/query", rate_limit=0.0)
    rows = client.select(lookup_query([Literal(label, lang="en") for label in AWKWARD]))
    assert sorted((row["item"]["value"], row["label"]["value"]) for row in rows) == [
        (str(WD[f"Q{number}"]), label) for number, label in enumerate(AWKWARD, 1)]
    # the whole linking path: lookup, match, then the details query of the items found
    report = link_films([("urn:film:backslash", AWKWARD[1], None), ("urn:film:quotes", AWKWARD[2], None)], client)
    assert sorted((link.film, link.qid) for link in report.links) == [("urn:film:backslash", "Q2"),
                                                                       ("urn:film:quotes", "Q3")]
