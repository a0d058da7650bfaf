"""FilmGraph end to end on the bundled reviews: ingest, look-ups, idempotence, remove."""

from __future__ import annotations

import shutil

import pytest

from filmgraph import FilmGraph
from filmgraph.errors import AmbiguousTitle, FilmNotFound

from .conftest import DATA_REVIEWS


def _ingested(folder, store):
    fg = FilmGraph.open(store)
    report = fg.ingest(folder)
    assert report.ok, report.failed
    return fg


@pytest.fixture(scope="module")
def bundled():
    """The bundled reviews in an in-memory store, shared by the tests that only read."""
    with _ingested(DATA_REVIEWS, ":memory:") as fg:
        yield fg


@pytest.fixture
def corpus(tmp_path):
    """A copy of the bundled reviews that a test may edit."""
    target = tmp_path / "reviews"
    shutil.copytree(DATA_REVIEWS, target)
    return target


@pytest.fixture
def graph(corpus, tmp_path):
    """The copied reviews in an on-disk store of the test's own, for tests that change things."""
    with _ingested(corpus, tmp_path / "store") as fg:
        yield fg


def test_remake_of_a_remake_is_found_with_its_depth(bundled):
    found = {(f.title, f.year): f.depth for f in bundled.remakes_of("Seven Samurai")}
    assert found[("The Magnificent Seven", 1960)] == 1
    assert found[("The Magnificent Seven", 2016)] == 2


def test_direct_only(bundled):
    assert {(f.title, f.year) for f in bundled.remakes_of("Seven Samurai", direct=True)} == {("The Magnificent Seven", 1960)}


def test_two_remakes_of_one_original(bundled):
    assert {f.title for f in bundled.remakes_of("Yojimbo", 1961, direct=True)} >= {"A Fistful of Dollars", "Last Man Standing"}


def test_same_title_different_years_stay_apart(bundled):
    with pytest.raises(AmbiguousTitle) as caught:
        bundled.remakes_of("Psycho")
    assert {c[2] for c in caught.value.candidates} == {1960, 1998}
    assert [(f.title, f.year) for f in bundled.remakes_of("Psycho", 1960)] == [("Psycho", 1998)]


def test_unknown_title_suggests_near_matches(bundled):
    with pytest.raises(FilmNotFound) as caught:
        bundled.remakes_of("Seven Samurrai")
    assert caught.value.near[0] == "Seven Samurai (1954)"  # as the graph writes it, with its year
    assert "did you mean: Seven Samurai (1954)" in str(caught.value)


def test_ingesting_twice_changes_nothing(graph, corpus):
    before = sorted(graph.store.quads(), key=str)
    report = graph.ingest(corpus)
    assert report.reviews == 0 and report.unchanged == len(list(corpus.glob("*.txt")))
    assert sorted(graph.store.quads(), key=str) == before


def test_edited_review_replaces_what_it_said(graph, corpus):
    path = corpus / "psycho-1998.txt"
    path.write_text("Psycho (1998)\nReviewed by Walter Imrie\n\nGus Van Sant's Psycho is a colour film.\n",
                    encoding="utf-8")
    assert graph.ingest(path).reviews == 1
    assert graph.remakes_of("Psycho", 1960) == []


def test_remove_takes_back_one_review_only(graph, corpus):
    assert graph.remove(corpus / "the-magnificent-seven-2016.txt")
    assert [(f.title, f.year) for f in graph.remakes_of("Seven Samurai")] == [("The Magnificent Seven", 1960)]
    assert not graph.remove(corpus / "the-magnificent-seven-2016.txt")


def test_bad_file_is_reported_and_the_rest_goes_in(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(DATA_REVIEWS / "psycho-1998.txt", folder)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    with FilmGraph.open(":memory:") as fg:
        report = fg.ingest(folder)
        assert not report.ok and "binary.txt" in report.failed[0]
        assert report.reviews == 1


def test_failure_part_way_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    with FilmGraph.open(tmp_path / "store") as fg:
        fg.ingest(DATA_REVIEWS / "psycho-1998.txt")
        before = sorted(fg.store.quads(), key=str)

        def broken(_):
            raise RuntimeError("extractor bug")

        monkeypatch.setattr("filmgraph.extract.extract_review", broken)
        (tmp_path / "new.txt").write_text("Heat (1995)\n\nA heist film.", encoding="utf-8")
        report = fg.ingest([DATA_REVIEWS / "psycho-1998.txt", tmp_path / "new.txt"])
        assert "extractor bug" in report.failed[0]
        assert sorted(fg.store.quads(), key=str) == before


def test_an_extractor_bug_is_reported_with_its_exception(tmp_path, monkeypatch):
    """The report keeps the error of a review that failed, its cause being what the extractor raised."""
    from filmgraph.errors import ExtractionError
    from filmgraph.ingest import ExtractionFailed

    def broken(_):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("filmgraph.extract.extract_review", broken)
    (tmp_path / "new.txt").write_text("Heat (1995)\n\nA heist film.", encoding="utf-8")
    with FilmGraph.open(":memory:") as fg:
        [error] = fg.ingest(tmp_path / "new.txt").errors
    assert isinstance(error, ExtractionFailed) and isinstance(error, ExtractionError)
    assert error.source == str(tmp_path / "new.txt")
    assert isinstance(error.__cause__, RuntimeError) and str(error.__cause__) == "extractor bug"
    assert str(error) == f"{tmp_path / 'new.txt'}: extraction failed (RuntimeError: extractor bug)"


def test_a_bug_outside_extraction_stops_the_ingest(tmp_path, monkeypatch):
    """Only the extraction of one review is reported and passed over; a bug in the pipeline's own
    code (here: writing the graph) propagates with its traceback."""
    def broken(_):
        raise RuntimeError("writer bug")

    monkeypatch.setattr("filmgraph.ingest.review_graph", broken)
    with FilmGraph.open(":memory:") as fg, pytest.raises(RuntimeError, match="writer bug"):
        fg.ingest(DATA_REVIEWS / "psycho-1998.txt")


def test_missing_path_is_reported_and_the_rest_goes_in(tmp_path):
    with FilmGraph.open(":memory:") as fg:
        report = fg.ingest([tmp_path / "absent", DATA_REVIEWS / "psycho-1998.txt"])
        assert report.reviews == 1 and not report.ok
        assert report.failed == [f"{tmp_path / 'absent'}: no such file or folder"]


def test_a_file_named_twice_is_stored_once(tmp_path, corpus):
    first = sorted(corpus.glob("*.txt"))[0]
    with FilmGraph.open(tmp_path / "store") as fg:
        report = fg.ingest([corpus, first])
        assert report.ok and report.unchanged == 1
        assert report.reviews == len(list(corpus.glob("*.txt")))


@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_batched_ingest_gives_what_one_review_at_a_time_gives(monkeypatch, corpus, batch):
    """Reviews are extracted a batch at a time and their stored films read in one pass; the
    graph must be the one that ingesting each review on its own gives."""
    import filmgraph.ingest
    from filmgraph.reviews import find_review_files, read_review

    catalog = corpus.parent / "remakes.csv"  # stored films for the mentions to resolve against
    catalog.write_text("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                       "remake_wikidata_id\nShichinin no samurai,1954,,The Magnificent Seven,1960,,,\n"
                       "Psycho,1960,,Psycho,1998,,,\nYojimbo,1961,,Last Man Standing,1996,,,\n", encoding="utf-8")
    with FilmGraph.open(":memory:") as one_by_one:
        one_by_one.import_catalog(catalog)
        for path in find_review_files([corpus]):
            one_by_one.ingest_review(read_review(path))
        expected = sorted(one_by_one.store.quads(), key=str)
    monkeypatch.setattr(filmgraph.ingest, "INGEST_BATCH", batch)
    with FilmGraph.open(":memory:") as batched:
        batched.import_catalog(catalog)
        progress = []
        report = batched.ingest(corpus, on_progress=progress.append)
        assert report.ok, report.failed
        assert sorted(progress) == find_review_files([corpus])
        assert sorted(batched.store.quads(), key=str) == expected


def test_show_gathers_a_films_facts_with_review_counts(bundled):
    profile = bundled.show("Retribution", 2015)
    assert (profile.title, profile.year) == ("Retribution", 2015)
    assert {(f.value, f.year, f.reviews) for f in profile.remade_as} == {("Hard Hit", 2021, 1), ("Retribution", 2023, 1)}
    assert [(f.value, f.year) for f in profile.influenced_by] == [("Speed", 1994)]
    assert [(c.value, c.character) for c in profile.cast] == [("Luis Tosar", "Carlos")]
    assert [(y.value, y.reviews) for y in profile.years] == [("2015", 3)]
    assert [r.source.rsplit("/", 1)[-1] for r in profile.reviews if r.about] == ["retribution-2015.txt"]
    assert profile.to_json()["remade_as"][0]["iri"].startswith("https://")
    assert bundled.show("Retribution (2015)").iri == profile.iri


def test_show_unknown_title_raises_with_near_matches(bundled):
    with pytest.raises(FilmNotFound) as caught:
        bundled.show("Retrbution")
    assert {"Retribution (2015)", "Retribution (2023)"} <= set(caught.value.near)


def test_why_gives_each_review_with_its_sentence(bundled):
    found = bundled.why("Hard Hit", "remakeOf", "Retribution (2015)")
    [statement] = found.reviews
    assert statement.source.endswith("hard-hit-2021.txt") and statement.reviewer == "Beatrix Moll"
    assert "remake of Retribution (2015)" in statement.evidence and statement.confidence > 0.5
    assert found.stated and found.sources == ()
    assert bundled.why("Retribution (2015)", "remadeAs", "Hard Hit").reviews == found.reviews
    assert not bundled.why("Hard Hit", "remakeOf", "Speed").stated


def test_why_refuses_an_unknown_relation(bundled):
    from filmgraph.errors import QueryError

    with pytest.raises(QueryError, match="remakeOf"):
        bundled.why("Hard Hit", "prequelOf", "Retribution (2015)")


def test_path_hops_carry_review_file_and_sentence(bundled):
    hops = bundled.path_between("Hard Hit", "Speed")
    assert [hop.file.rsplit("/", 1)[-1] for hop in hops] == ["hard-hit-2021.txt", "retribution-2015.txt"]
    assert all(hop.evidence and hop.confidence for hop in hops)
