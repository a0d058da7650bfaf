"""Write the README's picture of the explorer (docs/img/explorer.png): Hard Hit's page over the
bundled reviews, with Retribution (2015) expanded in the graph, as headless Chromium shows it.

Needs Playwright (``pip install -e '.[test]'``) and a Chromium (Debian's ``chromium``; no browser
is downloaded). The reviews are copied to a scratch folder first, so the page shows their files
as ``.../reviews/NAME.txt`` rather than this checkout's path::

    python scripts/explorer_screenshot.py [--out docs/img/explorer.png]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from filmgraph.api import FilmGraph
from filmgraph.serve import make_server

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
RETRIBUTION = "https://w3id.org/filmgraph/id/film/retribution-2015"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "explorer.png")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        reviews = Path(scratch) / "reviews"
        shutil.copytree(ROOT / "data" / "reviews", reviews)
        graph = FilmGraph.open(":memory:")
        graph.ingest(reviews)
        server = make_server(graph.store, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/film/hard-hit-2021")
                page.wait_for_selector("#view[data-state=ready]")
                before = page.get_attribute("#graph", "data-nodes")
                x, y = page.evaluate("""(iri) => {
                    const at = window.filmgraphExplorer.cy.getElementById(iri).renderedPosition();
                    const box = document.querySelector('#graph').getBoundingClientRect();
                    return [box.left + at.x, box.top + at.y];
                }""", RETRIBUTION)
                page.mouse.click(x, y)
                expect(page.locator("#graph")).not_to_have_attribute("data-nodes", before)
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
