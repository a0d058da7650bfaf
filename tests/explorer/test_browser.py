"""The explorer in a real headless Chromium (Debian's, driven by Playwright; no browser download),
against a real ``filmgraph serve`` subprocess on 127.0.0.1 over the bundled reviews and a hostile one.

Each test walks one thing a user does and checks what the page shows; a screenshot of each step
is written to a scratch folder (``$FILMGRAPH_SCREENSHOTS`` when set, else pytest's tmp folder),
never into the checkout. Skipped when Playwright or Chromium is not installed.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import stop_server
from .conftest import HARD_HIT_QID, HOSTILE_SENTENCE, HOSTILE_TITLE, bundled_graph

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
CHROMIUM = next((path for path in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
                 if path and Path(path).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (apt-get install -y chromium)")

FILM = "https://w3id.org/filmgraph/id/film/"
#: Chromium without the sandbox (not available in containers) and without any traffic of its own.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``filmgraph serve`` on a free loopback port over an on-disk store of the bundled reviews."""
    store = tmp_path_factory.mktemp("explorer") / "store"
    graph = bundled_graph(str(store))
    graph.close()
    del graph
    gc.collect()  # the store's lock goes with the last reference to it
    process = subprocess.Popen([sys.executable, "-m", "filmgraph", "serve", "--store", str(store), "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    try:
        lines = [process.stderr.readline(), process.stderr.readline()]
        explorer = [line.split()[1] for line in lines if line.startswith("explorer: ")]
        assert explorer and explorer[0].startswith("http://127.0.0.1:"), lines
        yield explorer[0].rstrip("/")
    finally:
        stop_server(process)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go: $FILMGRAPH_SCREENSHOTS, else a tmp folder (printed with -s)."""
    folder = Path(os.environ.get("FILMGRAPH_SCREENSHOTS") or tmp_path_factory.mktemp("explorer-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"explorer screenshots: {folder}")
    return folder


class Watched:
    """A browser page with what went wrong in it: script errors, console errors (a refused
    Content-Security-Policy among them) and dialogs (a script a review smuggled in)."""

    def __init__(self, page) -> None:
        self.page = page
        self.problems: list[str] = []
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("console", lambda message: message.type == "error" and self.problems.append(f"console: {message.text}"))
        page.on("dialog", lambda dialog: (self.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def ready(self) -> None:
        self.page.wait_for_selector("#view[data-state=ready]")

    def nodes(self) -> int:
        return int(self.page.get_attribute("#graph", "data-nodes") or 0)

    def graph_has(self, iri: str) -> bool:
        return self.page.evaluate("(iri) => !window.filmgraphExplorer.cy.getElementById(iri).empty()", iri)

    def click_node(self, iri: str) -> None:
        """A real mouse click where Cytoscape drew the node."""
        x, y = self.page.evaluate("""(iri) => {
            const at = window.filmgraphExplorer.cy.getElementById(iri).renderedPosition();
            const box = document.querySelector('#graph').getBoundingClientRect();
            return [box.left + at.x, box.top + at.y];
        }""", iri)
        self.page.mouse.click(x, y)


@pytest.fixture
def page(browser, base_url: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True, base_url=base_url)
    watched = Watched(context.new_page())
    yield watched
    context.close()
    assert watched.problems == []


def test_search_open_film_see_family_and_evidence_then_expand(page: Watched, shots: Path) -> None:
    browser_page = page.page
    browser_page.goto("/")
    page.ready()
    browser_page.fill("#search", "hard")
    first = browser_page.locator("#hits li").first
    first.wait_for()
    assert first.locator(".label").inner_text() == "Hard Hit (2021)"
    browser_page.screenshot(path=str(shots / "1-search.png"))
    first.click()
    page.ready()
    assert browser_page.url.endswith("/film/hard-hit-2021")
    assert browser_page.inner_text("#title") == "Hard Hit (2021)"
    family = browser_page.locator("#family li")
    assert family.first.inner_text().startswith("Retribution (2015)")
    assert "Retribution (2023)" in browser_page.inner_text("#family")
    wikidata = browser_page.locator(f'#view a[href="https://www.wikidata.org/wiki/{HARD_HIT_QID}"]')
    assert wikidata.inner_text() == HARD_HIT_QID
    # the remake fact's evidence sentence, with its review file and reviewer
    remake = browser_page.locator("#remake-of li.fact")
    assert "South Korean remake of Retribution (2015)" in remake.locator("blockquote").inner_text()
    assert remake.locator(".cite code").inner_text().endswith("hard-hit-2021.txt")
    assert "Beatrix Moll" in remake.locator(".cite").inner_text()
    before = page.nodes()
    assert before >= 5 and page.graph_has(FILM + "retribution-2015") and not page.graph_has(FILM + "speed-1994")
    browser_page.screenshot(path=str(shots / "2-film.png"))
    page.click_node(FILM + "retribution-2015")
    # (Playwright's own assertions: wait_for_function evaluates text, which the page's CSP refuses)
    sync_api.expect(browser_page.locator("#graph")).not_to_have_attribute("data-nodes", str(before))
    assert page.nodes() > before
    assert page.graph_has(FILM + "speed-1994") and page.graph_has(FILM + "retribution-2023")
    assert "nodes (at most 500)" in browser_page.inner_text("#graph-status")
    browser_page.screenshot(path=str(shots / "3-expanded.png"))
    browser_page.wait_for_timeout(700)  # two clicks in quick succession are a double click, which opens its page
    page.click_node(FILM + "retribution-2015")  # and collapsed again
    sync_api.expect(browser_page.locator("#graph")).to_have_attribute("data-nodes", str(before))
    assert browser_page.url.endswith("/film/hard-hit-2021")
    assert not page.graph_has(FILM + "speed-1994")


def test_path_between_two_films_is_drawn(page: Watched, shots: Path) -> None:
    browser_page = page.page
    browser_page.goto("/path")
    page.ready()
    for field, text, label in (("#path-from", "hard hit", "Hard Hit (2021)"), ("#path-to", "speed", "Speed (1994)")):
        browser_page.fill(field, text)
        hit = browser_page.locator(f"{field} + ul.hits li", has_text=label).first
        hit.wait_for()
        hit.click()
    browser_page.click("#find-path")
    browser_page.wait_for_url("**/path?from=film%2Fhard-hit-2021&to=film%2Fspeed-1994")
    page.ready()
    hops = browser_page.locator("#hops > li")
    assert hops.count() == 2
    assert hops.nth(0).inner_text().startswith("Hard Hit remakes Retribution (2015)")
    assert "retribution-2015.txt" in hops.nth(1).locator("code").inner_text()
    drawn = browser_page.evaluate("() => [window.filmgraphExplorer.cy.nodes().length, window.filmgraphExplorer.cy.edges().length]")
    assert drawn == [3, 2]
    browser_page.screenshot(path=str(shots / "4-path.png"))


def test_person_page_lists_films_by_role(page: Watched, shots: Path) -> None:
    browser_page = page.page
    browser_page.goto("/person/changju-kim")
    page.ready()
    assert browser_page.inner_text("#title") == "Kim Chang-ju"
    assert browser_page.inner_text("#as-director") == "Hard Hit (2021)"
    assert page.graph_has(FILM + "hard-hit-2021")
    browser_page.click("#as-director a")  # a film of theirs opens its page
    sync_api.expect(browser_page.locator("#title")).to_have_text("Hard Hit (2021)")
    assert browser_page.url.endswith("/film/hard-hit-2021")


def test_library_query_runs_from_the_sparql_page(page: Watched, shots: Path) -> None:
    browser_page = page.page
    browser_page.goto("/queries")
    page.ready()
    assert not browser_page.is_visible("#graph-panel")  # the query page has the width to itself
    browser_page.select_option("#query-name", "remakes_of")
    assert "param: ?title" in browser_page.input_value("#query-text")
    browser_page.fill("#param-title", "Retribution")
    browser_page.fill("#param-year", "2015")
    browser_page.click("#run-query")
    browser_page.wait_for_selector("#results[data-state=done]")
    table = browser_page.inner_text("#results-table")
    assert "Hard Hit" in table and "Retribution\t2023" in table and HOSTILE_TITLE in table  # depth 2 reached
    browser_page.screenshot(path=str(shots / "5-sparql.png"))
    with browser_page.expect_download() as download:
        browser_page.click("#download-csv")
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == ["remake", "remakeTitle", "remakeYear", "depth"] and len(lines) == 4


def test_hostile_title_renders_as_text(page: Watched, shots: Path) -> None:
    browser_page = page.page
    browser_page.goto("/")
    page.ready()
    browser_page.fill("#search", "img src x onerror")
    hit = browser_page.locator("#hits li").first
    hit.wait_for()
    assert hit.locator(".label").inner_text() == f"{HOSTILE_TITLE} (1999)"
    hit.click()
    page.ready()
    assert browser_page.inner_text("#title") == f"{HOSTILE_TITLE} (1999)"
    assert browser_page.locator("#view blockquote").first.inner_text() == HOSTILE_SENTENCE
    assert browser_page.evaluate("() => document.querySelectorAll('img, script:not([src])').length") == 0
    browser_page.goto("/film/hard-hit-2021")  # the same title as a fact of another film, and in the graph
    page.ready()
    assert HOSTILE_TITLE in browser_page.inner_text("#remade-as")
    assert page.graph_has(FILM + "img-src-x-onerror-alert-1-1999")
    assert browser_page.evaluate("() => document.querySelectorAll('img').length") == 0
    browser_page.screenshot(path=str(shots / "6-hostile.png"))
    # no dialog opened and no script error: checked by the page fixture
