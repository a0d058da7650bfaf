"""The HTML export in a real browser: headless Chromium loads the page and we read its DOM.

The page records on ``<body>`` how many nodes and edges it drew and how many script errors
happened, so ``chromium --dump-dom`` is enough to check it. Skipped only when no Chromium is
installed (CI installs Debian's ``chromium`` package).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Graph, URIRef

from filmgraph.export import export, to_networkx
from filmgraph.rdf.vocab import FG, RDF
from tests.sample import sample_store

from .conftest import NASTY_TITLE

FILM = "https://w3id.org/filmgraph/id/film/"
_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str | None:
    return next((path for name in _BROWSERS if (path := shutil.which(name))), None)


pytestmark = pytest.mark.skipif(_browser() is None, reason="no Chromium found (apt-get install -y chromium)")


def _dump_dom(page: Path, profile: Path, fragment: str = "") -> str:
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    command = [
        _browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        f"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _body(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom)
    assert tag, dom[:500]
    return {name: html.unescape(value) for name, value in re.findall(r'([\w-]+)="([^"]*)"', tag.group(1))}


@pytest.fixture
def page(nasty_store, tmp_path):
    out = tmp_path / "graph.html"
    export(nasty_store, "html", out)
    return out


def test_page_draws_every_node_without_errors(page, nasty_store, tmp_path):
    graph = to_networkx(nasty_store)
    dom = _dump_dom(page, tmp_path / "profile")
    body = _body(dom)
    assert body["data-ready"] == "true", dom[-3000:]
    assert body["data-errors"] == "0", re.search(r'<ul id="errors">.*?</ul>', dom, re.S).group(0)
    assert int(body["data-nodes"]) == graph.number_of_nodes()
    assert int(body["data-edges"]) == graph.number_of_edges()
    assert "data-pwned" not in body  # the hostile title did not run as script


def test_page_loads_nothing_from_the_network(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)=', text)
    assert "<script>" in text and "cytoscape" in text


def test_search_filters_and_details(page, nasty_store, tmp_path):
    graph = to_networkx(nasty_store)
    fragment = "search=retribution&hide=castMember,director&select=" + FILM + "hard-hit-2021"
    dom = _dump_dom(page, tmp_path / "profile", fragment)
    body = _body(dom)
    assert body["data-errors"] == "0"
    assert body["data-matches"] == "2"
    hidden = sum(1 for *_, k in graph.edges(keys=True) if k in ("castMember", "director"))
    assert int(body["data-visible-edges"]) == graph.number_of_edges() - hidden
    assert body["data-selected"] == FILM + "hard-hit-2021"
    details = re.search(r'<aside id="details">(.*)</aside>', dom, re.S).group(1)
    assert "Hard Hit (2021)" in details
    assert "Hard Hit (2021) is a remake of Retribution (2015)." in details  # the evidence sentence
    assert "Kim Chang-ju" not in details  # director edges are hidden
    # Each fact names its review by file and reviewer, never by the review's IRI.
    assert "hard-hit.txt by Ana Reyes" in details and "also hard-hit-again.txt" in details
    assert "/id/review/" not in details
    legend = re.search(r'<span id="legend"[^>]*>(.*?)</span>\s*<span id="relations"', dom, re.S).group(1)
    assert re.findall(r'class="swatch (\w+)"', legend) == ["Film", "Person"]


def test_labels_are_readable_at_the_default_zoom(tmp_path):
    # 200 films and the sample: fitted to the window, labels would be a few pixels high.
    catalog = Graph(identifier=URIRef("https://w3id.org/filmgraph/id/graph/catalog"))
    for i in range(200):
        catalog.add((URIRef(f"{FILM}film-{i}"), RDF.type, FG.Film))
    store = sample_store()
    store.replace_graph(catalog)
    out = tmp_path / "big.html"
    export(store, "html", out)
    body = _body(_dump_dom(out, tmp_path / "profile"))
    assert body["data-ready"] == "true" and body["data-errors"] == "0"
    assert int(body["data-nodes"]) == 209
    assert float(body["data-label-px"]) >= 12


def test_hostile_title_is_shown_as_text(page, nasty_store, tmp_path):
    graph = to_networkx(nasty_store)
    nasty = next(node for node, label in graph.nodes(data="label") if label == NASTY_TITLE)
    dom = _dump_dom(page, tmp_path / "profile", "select=" + quote(nasty, safe=":/"))
    body = _body(dom)
    assert body["data-errors"] == "0" and "data-pwned" not in body
    assert body["data-selected"] == nasty
    heading = re.search(r'<aside id="details"><h2>(.*?)</h2>', dom, re.S).group(1)
    assert html.unescape(heading) == NASTY_TITLE + " (1999)"
