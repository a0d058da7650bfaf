"""The command line, driven in-process: the contracts of extract, ingest, remakes, query, export."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from filmgraph.cli import app

from .conftest import DATA_REVIEWS

runner = CliRunner()


@pytest.fixture
def store(tmp_path):
    location = str(tmp_path / "store")
    result = runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", location, "--quiet"])
    assert result.exit_code == 0, result.output
    return location


def test_extract_json_contract(seed_review):
    result = runner.invoke(app, ["extract", str(seed_review), "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert set(shown["film"]) >= {"title", "year", "countries", "directors", "writers"}
    for key in ("remake_of", "influences", "cast"):
        assert isinstance(shown[key], list)
    assert set(shown["reviewer"]) >= {"name", "location"}


def test_extract_turtle_is_rdf(seed_review):
    from rdflib import Graph

    result = runner.invoke(app, ["extract", str(seed_review), "--format", "turtle"])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 10


def test_ingest_summary_and_remakes_json(store):
    result = runner.invoke(app, ["remakes", "Seven Samurai", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert {(f["title"], f["year"], f["depth"]) for f in shown} >= {("The Magnificent Seven", 1960, 1),
                                                                      ("The Magnificent Seven", 2016, 2)}
    assert all(f["iri"].startswith("https://") for f in shown)


def test_ambiguous_title_is_an_error_listing_candidates(store):
    result = runner.invoke(app, ["remakes", "Psycho", "--store", store])
    assert result.exit_code == 1
    assert "1960" in result.stderr and "1998" in result.stderr


def test_query_file_with_param_binds_a_term(store):
    result = runner.invoke(app, ["query", "queries/remakes_of.rq", "--param", "title=Seven Samurai",
                                 "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert {b["remakeTitle"]["value"] for b in bindings} == {"The Magnificent Seven"}


def test_query_expression_csv(store):
    result = runner.invoke(app, ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?r a ?type }", "--store", store,
                                 "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("n\n")


def test_ingest_bad_file_exits_non_zero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(bad), "--store", str(tmp_path / "s"), "--quiet"])
    assert result.exit_code == 1 and "bad.txt" in result.stderr


def test_remove_then_stats(store):
    target = str(DATA_REVIEWS / "psycho-1998.txt")
    assert runner.invoke(app, ["remove", target, "--store", store]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["stats", "--store", store, "--format", "json"]).stdout)
    assert shown["reviews"] == len(list(DATA_REVIEWS.glob("*.txt"))) - 1


# -- provenance on the command line: show, why, path ------------------------------------------


def test_show_lists_everything_known_with_review_counts(store):
    result = runner.invoke(app, ["show", "Retribution", "--year", "2015", "--store", store])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Retribution (2015)")
    remade_as = next(line for line in out.splitlines() if "remade as" in line)
    assert "Hard Hit (2021)" in remade_as and "1 review" in remade_as
    assert "Dani de la Torre" in out and "Luis Tosar as Carlos" in out and "Speed (1994)" in out
    # the reviews that discuss it: its own first, then the ones that name it
    reviews = out.split("reviews (3)\n", 1)[1].splitlines()
    assert "retribution-2015.txt" in reviews[0] and "reviews it" in reviews[0]
    assert any("hard-hit-2021.txt" in line and "names it, by Beatrix Moll" in line for line in reviews)


def test_show_json(store):
    result = runner.invoke(app, ["show", "Retribution (2015)", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert (shown["title"], shown["year"]) == ("Retribution", 2015)
    assert {(f["value"], f["year"], f["reviews"]) for f in shown["remade_as"]} == {("Hard Hit", 2021, 1),
                                                                                 ("Retribution", 2023, 1)}
    assert [(d["value"], d["reviews"]) for d in shown["directors"]] == [("Dani de la Torre", 1)]
    assert shown["cast"][0]["character"] == "Carlos"
    assert shown["titles"][0]["reviews"] == 3  # its own review, and the two that name it with its year
    assert {r["source"].rsplit("/", 1)[-1]: r["about"] for r in shown["reviews"]} == {
        "retribution-2015.txt": True, "hard-hit-2021.txt": False, "retribution-2023.txt": False}
    for field in ("alternate_titles", "countries", "writers", "wikidata", "remake_of", "influenced_by", "influenced"):
        assert isinstance(shown[field], list)


def test_show_unknown_and_ambiguous_titles(store):
    result = runner.invoke(app, ["show", "Retrbution", "--store", store])
    assert result.exit_code == 1
    assert "no film 'Retrbution'" in result.stderr and "did you mean: Retribution (2015)" in result.stderr
    result = runner.invoke(app, ["show", "Psycho", "--store", store])
    assert result.exit_code == 1 and "1960" in result.stderr and "1998" in result.stderr


def test_why_names_the_review_and_its_sentence(store):
    result = runner.invoke(app, ["why", "Hard Hit", "remakeOf", "Retribution (2015)", "--store", store])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Hard Hit (2021) remakeOf Retribution (2015): 1 review")
    # the confidence is the relation model's probability: it moves when the model is retrained
    assert re.search(r"hard-hit-2021\.txt \(by Beatrix Moll, confidence 0\.\d\d\)", out)
    assert "Hard Hit is a South Korean remake of Retribution (2015)" in out


def test_why_json_and_the_inverse_relation(store):
    result = runner.invoke(app, ["why", "Retribution (2015)", "remadeAs", "Hard Hit", "--store", store, "-f", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["relation"] == "remadeAs" and shown["object"]["title"] == "Hard Hit"
    [statement] = shown["reviews"]
    assert statement["source"].endswith("hard-hit-2021.txt") and statement["reviewer"] == "Beatrix Moll"
    assert "remake of Retribution (2015)" in statement["evidence"] and 0 < statement["confidence"] <= 1
    assert shown["sources"] == []


def test_why_a_fact_no_one_states_exits_1(store):
    # the review says Hard Hit is *not* a remake of Speed
    result = runner.invoke(app, ["why", "Hard Hit", "remakeOf", "Speed", "--store", store])
    assert result.exit_code == 1
    assert "no review or catalog in the graph states that Hard Hit (2021) remakeOf Speed (1994)" in result.stderr


def test_why_unknown_and_ambiguous_titles(store):
    result = runner.invoke(app, ["why", "Hard Hit", "remakeOf", "Retrbution (2015)", "--store", store])
    assert result.exit_code == 1 and "no film 'Retrbution'" in result.stderr
    result = runner.invoke(app, ["why", "Hard Hit", "remakeOf", "Retribution", "--store", store])
    assert result.exit_code == 1 and 'write "Title (YEAR)"' in result.stderr and "2023" in result.stderr


def test_why_a_person_relation(store):
    result = runner.invoke(app, ["why", "Hard Hit", "director", "Kim Chang-ju", "--store", store, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reviews"][0]["source"].endswith("hard-hit-2021.txt")


def test_why_shows_catalog_sources(store, tmp_path):
    catalog = tmp_path / "remakes.csv"
    catalog.write_text("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                       "remake_wikidata_id\nRetribution,2015,,Hard Hit,2021,,,\n", encoding="utf-8")
    assert runner.invoke(app, ["catalog", "import", str(catalog), "--store", store]).exit_code == 0
    result = runner.invoke(app, ["why", "Hard Hit", "remakeOf", "Retribution (2015)", "--store", store])
    assert result.exit_code == 0, result.output
    assert "1 review, catalog" in result.stdout and "hard-hit-2021.txt" in result.stdout
    shown = json.loads(runner.invoke(app, ["show", "Hard Hit", "--store", store, "-f", "json"]).stdout)
    assert shown["remake_of"][0]["sources"] == ["catalog"]


def test_path_prints_each_hops_review_and_sentence(store):
    result = runner.invoke(app, ["path", "Hard Hit", "Speed", "--store", store])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Hard Hit remakes Retribution (2015)"
    assert "hard-hit-2021.txt: " in lines[1] and "remake of Retribution (2015)" in lines[1]
    assert lines[2] == "Retribution (2015) was influenced by Speed"
    assert "retribution-2015.txt: " in lines[3] and "in the vein of Speed (1994)" in lines[3]
    shown = json.loads(runner.invoke(app, ["path", "Hard Hit", "Speed", "--store", store, "-f", "json"]).stdout)
    assert [hop["file"].rsplit("/", 1)[-1] for hop in shown] == ["hard-hit-2021.txt", "retribution-2015.txt"]
    assert all(hop["evidence"] and hop["confidence"] for hop in shown)


@pytest.mark.parametrize("argv", [["show", "Hard Hit"], ["why", "Hard Hit", "remakeOf", "Retribution (2015)"],
                                  ["path", "Hard Hit", "Speed"]])
def test_bad_format_is_a_usage_error(store, argv):
    result = runner.invoke(app, [*argv, "--store", store, "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_why_unknown_relation_is_a_usage_error(store):
    result = runner.invoke(app, ["why", "Hard Hit", "remake", "Retribution (2015)", "--store", store])
    assert result.exit_code == 2


@pytest.mark.parametrize("argv", [["remakes", "X"], ["show", "X"], ["why", "X", "remakeOf", "Y"], ["path", "X", "Y"],
                                  ["family", "X"], ["query", "-e", "SELECT * WHERE { ?s ?p ?o }"], ["stats"],
                                  ["resolve", "X"], ["top"], ["export", "--format", "graphml", "--out", "out.graphml"],
                                  ["remove", "review.txt"], ["link", "--no-cache"], ["serve", "--port", "0"]])
def test_a_read_on_a_missing_store_is_an_error_and_creates_nothing(tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FILMGRAPH_STORE", raising=False)
    result = runner.invoke(app, argv)
    assert result.exit_code == 1, result.output
    assert str(tmp_path / "filmgraph.oxigraph") in result.stderr
    assert "--store" in result.stderr and "FILMGRAPH_STORE" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_store_named_by_option_or_environment_stays_absent(tmp_path, monkeypatch):
    missing = tmp_path / "elsewhere" / "films.oxigraph"
    result = runner.invoke(app, ["remakes", "X", "--store", str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    monkeypatch.setenv("FILMGRAPH_STORE", str(missing))
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert not (tmp_path / "elsewhere").exists()


def test_ingest_and_import_create_the_store(tmp_path, seed_review):
    location = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(seed_review), "--store", str(location), "--quiet"])
    assert result.exit_code == 0, result.output
    assert location.is_dir()
    assert runner.invoke(app, ["stats", "--store", str(location)]).exit_code == 0
    rdf = tmp_path / "films.ttl"
    rdf.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(rdf), "--store", str(tmp_path / "imported")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "imported").is_dir()


def test_memory_stores_need_no_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for location in (":memory:", "memory:"):
        assert runner.invoke(app, ["stats", "--store", location]).exit_code == 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("location", ["", "  "])
def test_an_empty_store_is_a_usage_error(tmp_path, monkeypatch, location):
    monkeypatch.chdir(tmp_path)
    for argv in (["remakes", "X"], ["ingest", str(DATA_REVIEWS), "--quiet"]):
        result = runner.invoke(app, [*argv, "--store", location])
        assert result.exit_code == 2
        assert "--store" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [["remakes", "X"], ["stats"], ["resolve", "X"], ["link"], ["query", "-e", "x"],
                                  ["catalog", "import", "catalog.csv"], ["export", "--out", "out.bin"]])
def test_every_format_is_a_closed_choice(tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [*argv, "--store", ":memory:", "--format", "bogus"])
    assert result.exit_code == 2, result.output
    assert "bogus" in result.stderr
    assert "Traceback" not in result.output


def test_extract_format_is_a_closed_choice(seed_review):
    result = runner.invoke(app, ["extract", str(seed_review), "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_query_xml_is_a_usage_error_not_a_traceback(store):
    result = runner.invoke(app, ["query", "-e", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store", store,
                                 "--format", "xml"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "xml" in result.stderr


# Written for these tests: reviews naming films without a year that the bundled reviews hold twice.
# (the reviewed films are dated: for a film of unknown year, the catalog's remake list dates "a remake
# of Psycho" as the 1960 original, and no warning is left to test)
YEARLESS = {"motel.txt": "Motel Nights (2005)\n\nMotel Nights is a remake of Psycho, moved to a desert motel.\n",
            "desert.txt": "Desert Run (2006)\n\nDesert Run is a remake of Psycho, moved to a desert highway.\n"}


def test_ingest_warnings_go_to_the_file_named(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in YEARLESS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    written = runner.invoke(app, ["ingest", "motel.txt", "--store", store, "--quiet", "--warnings", "warnings.txt"])
    assert written.exit_code == 0, written.output
    assert re.search(r"│ warnings +│ 1 \(written to warnings.txt\) │", written.stdout)
    assert (tmp_path / "warnings.txt").read_text(encoding="utf-8") == (
        f"{tmp_path / 'motel.txt'}: 'Psycho' without a year may be any of: Psycho (1960), Psycho (1998); linked to none\n")
    counted = runner.invoke(app, ["ingest", "desert.txt", "--store", store, "--quiet"])
    assert counted.exit_code == 0, counted.output
    assert re.search(r"│ warnings +│ 1 \(--warnings FILE lists them\) │", counted.stdout)


def test_a_warnings_file_that_cannot_be_written_stops_before_the_job(tmp_path):
    location = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(DATA_REVIEWS), "--store", str(location),
                                 "--warnings", str(tmp_path / "no" / "warnings.txt")])
    assert result.exit_code == 2 and "--warnings" in result.stderr and "No such file or directory" in result.stderr
    assert not location.exists()


def test_catalog_import_warnings_and_remake_sources(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "remakes.csv"
    # line 2 restates a review's remake; 3 and 4 put The Magnificent Seven (2016) under two depth-1 films
    catalog.write_text("original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,"
                       "remake_wikidata_id\nSeven Samurai,1954,,The Magnificent Seven,1960,,,\n"
                       "Seven Samurai,1954,,Harvest Guns,1970,,,\nHarvest Guns,1970,,The Magnificent Seven,2016,,,\n"
                       "Heat,1995,,Heat,1995,,,\n", encoding="utf-8")
    counted = runner.invoke(app, ["catalog", "import", str(catalog), "--store", store])
    assert counted.exit_code == 0, counted.output
    assert "warnings          1 (--warnings FILE lists them)\n" in counted.stdout
    written = runner.invoke(app, ["catalog", "import", str(catalog), "--store", store, "--warnings", "w.txt"])
    assert "warnings          1 (written to w.txt)\n" in written.stdout
    assert (tmp_path / "w.txt").read_text(encoding="utf-8") == f"{catalog}: line 5: 'Heat' remakes itself; skipped\n"
    shown = json.loads(runner.invoke(app, ["catalog", "import", str(catalog), "--store", store, "-f", "json",
                                           "--warnings", "w.txt"]).stdout)
    assert shown["warnings_file"] == "w.txt" and len(shown["warnings"]) == 1

    result = runner.invoke(app, ["remakes", "Seven Samurai", "--store", store, "-f", "json", "--sources"])
    by_year = {row["year"]: row["sources"] for row in json.loads(result.stdout)}
    assert [(link["sources"], len(link["reviews"])) for link in by_year[1960]] == [(["catalog"], 1)]
    assert [(link["object"]["year"], link["sources"], len(link["reviews"])) for link in by_year[2016]] == [
        (1960, [], 1), (1970, ["catalog"], 0)]
    table = runner.invoke(app, ["remakes", "Seven Samurai", "--store", store, "--sources"], env={"COLUMNS": "250"})
    assert re.search(r"│ Harvest Guns \(1970\): catalog +│", table.stdout)
    family = runner.invoke(app, ["family", "Seven Samurai", "--store", store, "--sources"]).stdout.splitlines()
    assert family[-1] == "└── Harvest Guns (1970)  [catalog]"
