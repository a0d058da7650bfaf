"""The graph does not depend on the order reviews come in: a film named without a year before the
dated film it is gets resolved again once that film is in the graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph import FilmGraph
from filmgraph.api import extract_json
from filmgraph.resolve import FilmCandidate, FilmIndex

# Written for these tests: the first names a film without its year, the second reviews it.
YEARLESS = """Cold Harbor Nights (2019)
Reviewed by Ines Falk

Cold Harbor Nights is a remake of the Danish film Lantern Bay. It keeps the harbour, the storm
and the lighthouse keeper who lies to everyone. Mara Quint plays Elsa Varga, the keeper's daughter.
"""
DATED = """Lantern Bay (1987)
Reviewed by Ines Falk

Lantern Bay is a small, cold mystery set in a fishing town. Tomas Brandt plays the lighthouse
keeper, a man who has told the same lie for twenty years.
"""
OTHER_DATED = """Lantern Bay (2003)
Reviewed by Ines Falk

This Lantern Bay is a documentary about a fishing town and has nothing to do with the mystery
of the same name. It was shot over one winter.
"""


def _write(folder: Path, texts: dict[str, str]) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    paths = {}
    for name, text in texts.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def _quads(fg: FilmGraph) -> set[str]:
    return {" ".join(term.n3() for term in quad if term is not None) for quad in fg.store.quads()}


def _remade_from(fg: FilmGraph, title: str, year: int) -> list[tuple[str, int | None]]:
    return [(f.title, f.year) for f in fg.remake_chain(title, year)]


def _ingested(paths: list[Path]) -> tuple[FilmGraph, list]:
    fg = FilmGraph.open(":memory:")
    reports = [fg.ingest(path) for path in paths]
    return fg, reports


def test_a_yearless_mention_read_first_ends_on_the_dated_film(tmp_path: Path) -> None:
    paths = _write(tmp_path / "reviews", {"yearless": YEARLESS, "dated": DATED})
    first, reports = _ingested([paths["yearless"], paths["dated"]])
    assert reports[1].resolved_again == 1 and reports[1].ok
    assert _remade_from(first, "Cold Harbor Nights", 2019) == [("Lantern Bay", 1987)]
    assert first.films_titled("Lantern Bay") == [first.find_film("Lantern Bay", 1987)]  # no year-less node left
    second, reports = _ingested([paths["dated"], paths["yearless"]])
    assert reports[1].resolved_again == 0
    assert _quads(first) == _quads(second)
    together, _ = _ingested([tmp_path / "reviews"])  # one ingest, one batch: "dated" sorts first
    assert _quads(together) == _quads(first)


def test_within_one_batch_the_order_does_not_matter_either(tmp_path: Path) -> None:
    # "a-" sorts before "b-": the year-less mention is resolved first, in the same batch
    paths = _write(tmp_path / "reviews", {"a-yearless": YEARLESS, "b-dated": DATED})
    together, [report] = _ingested([tmp_path / "reviews"])
    assert report.resolved_again == 1
    one_by_one, _ = _ingested([paths["b-dated"], paths["a-yearless"]])
    assert _quads(together) == _quads(one_by_one)


def test_an_ambiguous_yearless_mention_keeps_its_own_node_whatever_the_order(tmp_path: Path) -> None:
    paths = _write(tmp_path / "reviews", {"yearless": YEARLESS, "dated": DATED, "other": OTHER_DATED})
    orders = [["yearless", "dated", "other"], ["dated", "other", "yearless"], ["dated", "yearless", "other"]]
    graphs = [_ingested([paths[name] for name in order])[0] for order in orders]
    assert _quads(graphs[0]) == _quads(graphs[1]) == _quads(graphs[2])
    assert _remade_from(graphs[0], "Cold Harbor Nights", 2019) == [("Lantern Bay", None)]


def test_a_review_whose_file_is_gone_keeps_what_it_said(tmp_path: Path) -> None:
    paths = _write(tmp_path / "reviews", {"yearless": YEARLESS, "dated": DATED})
    fg = FilmGraph.open(":memory:")
    fg.ingest(paths["yearless"])
    before = {quad for quad in _quads(fg)}
    paths["yearless"].unlink()
    report = fg.ingest(paths["dated"])
    assert report.resolved_again == 0
    assert any("yearless.txt" in w and "file is gone" in w for w in report.warnings)
    assert before <= _quads(fg)
    assert _remade_from(fg, "Cold Harbor Nights", 2019) == [("Lantern Bay", None)]


def test_a_catalog_import_resolves_earlier_reviews_again(tmp_path: Path) -> None:
    paths = _write(tmp_path / "reviews", {"yearless": YEARLESS})
    catalog = tmp_path / "remakes.csv"
    catalog.write_text("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                       "remake_wikidata_id\nLantern Bay,1987,,Lantern Bay,2011,,,\n", encoding="utf-8")
    after = FilmGraph.open(":memory:")
    after.ingest(paths["yearless"])
    report = after.import_catalog(catalog)
    # two dated films now: the year-less mention is ambiguous either way, and gets the same node
    before = FilmGraph.open(":memory:")
    before.import_catalog(catalog)
    before.ingest(paths["yearless"])
    assert report.resolved_again == 1
    assert _quads(after) == _quads(before)


def test_discard_forgets_a_film_until_it_is_added_again() -> None:
    index = FilmIndex()
    yearless = FilmCandidate("f:lb", "Lantern Bay")
    index.add(yearless)
    index.add(FilmCandidate("f:lb87", "Lantern Bay", 1987))
    assert {c.iri for c in index.candidates("Lantern Bay")} == {"f:lb", "f:lb87"}
    index.discard("f:lb")
    assert [c.iri for c in index.candidates("Lantern Bay")] == ["f:lb87"]
    assert index.get("f:lb") is None and index.exact("Lantern Bay", None) == []
    index.discard("f:lb87")
    assert index.candidates("Lantern Bay") == [] and index.candidates("Lantern Bai", 1987) == []
    index.add(yearless)
    assert [c.iri for c in index.candidates("Lantern Bay")] == ["f:lb"]


@pytest.mark.parametrize(("text", "film", "remakes"), [(YEARLESS, ("Cold Harbor Nights", 2019), [("Lantern Bay", None)]),
                                                   (DATED, ("Lantern Bay", 1987), []),
                                                   (OTHER_DATED, ("Lantern Bay", 2003), [])])
def test_the_reviews_say_what_the_tests_expect(tmp_path: Path, text: str, film: tuple, remakes: list) -> None:
    """The extractor reads the reviewed film and the remake from these texts (else the tests above prove nothing)."""
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    said = extract_json(path)
    assert (said["film"]["title"], said["film"]["year"]) == film
    assert [(f["title"], f["year"]) for f in said["remake_of"]] == remakes


def test_a_link_another_review_states_too_is_not_set_aside(tmp_path: Path) -> None:
    said = "Cold Harbor Nights (2019)\nReviewed by {who}\n\nCold Harbor Nights is a remake of Lantern Bay (1987).\n"
    paths = _write(tmp_path / "reviews", {"one": said.format(who="Ines Falk"), "two": said.format(who="Olek Brandt")})
    fg, _ = _ingested([paths["one"], paths["two"]])
    from filmgraph.rdf.writer import review_iri
    from filmgraph.reviews import read_review

    one = review_iri(read_review(paths["one"]))
    assert fg.run_query("remakes_stated_only_in", review=one).rows == ()
    fg.remove(paths["two"])
    assert [tuple(map(str, row)) for row in fg.run_query("remakes_stated_only_in", review=one).rows] == [
        (fg.find_film("Cold Harbor Nights", 2019).iri, fg.find_film("Lantern Bay", 1987).iri)]


def test_real_reviews_in_two_orders_give_the_same_facts(shared: Path) -> None:
    """600 of the shared reviews, ingested one at a time in two orders: the same film IRIs and
    facts (without resolving again, about 500 quads differed, e.g. "American Beauty" named before
    and after "American Beauty (1999)"). Only the display title of a year-less film may differ:
    it is the first spelling read ("Mission Impossible" or "Mission: Impossible")."""
    import random

    files = sorted((shared / "data" / "reviews").rglob("*.txt"))
    if len(files) < 600:
        pytest.skip("the shared review corpus is not there")
    chosen = random.Random(7).sample(files, 600)
    spelling = ("<https://w3id.org/filmgraph/ontology#title>", "<http://www.w3.org/2000/01/rdf-schema#label>")

    def facts(order: list[Path]) -> set[str]:
        fg = FilmGraph.open(":memory:", validate=False)  # shapes are checked elsewhere; this is about order
        for path in order:
            fg.ingest(path)
        return {quad for quad in _quads(fg) if quad.split(" ")[1] not in spelling}

    first, second = facts(chosen), facts(chosen[::-1])
    assert len(first) > 40_000
    assert first == second
