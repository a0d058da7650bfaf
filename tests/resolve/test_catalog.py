"""Catalog import: formats recognised from content, films with the ontology, IRIs shared with reviews."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from rdflib import URIRef

from filmgraph.api import FilmGraph
from filmgraph.errors import CatalogError, RDFError
from filmgraph.rdf.vocab import CATALOG_GRAPH, FG, OWL
from filmgraph.resolve import film_iri
from filmgraph.resolve.catalog import assign_iris, detect_format, parse_catalog, read_catalog

HEADER = "original,original_year,original_url,remake,remake_year,remake_url,original_wikidata_id,remake_wikidata_id\n"
_KEEP = ("\tPsycho\t", "\tThe Thing\t", "\tPhone Booth\t", "\tRetribution\t", "\tHamlet\t")


@pytest.fixture(scope="module")
def cmu_sample(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 2,000 CMU films plus a few named ones, gzipped, under a name that says nothing."""
    lines = []
    with gzip.open(shared / "data" / "catalog" / "cmu-movie-metadata.tsv.gz", "rt", encoding="utf-8") as source:
        for number, line in enumerate(source):
            if number < 2000 or any(k in line for k in _KEEP):
                lines.append(line)
    path = tmp_path_factory.mktemp("catalog") / "films.dat"
    path.write_bytes(gzip.compress("".join(lines).encode()))
    return path


@pytest.fixture(scope="module")
def remake_list(shared: Path) -> Path:
    return shared / "data" / "catalog" / "wikipedia-remakes.csv"


def test_formats_are_recognised_from_content(cmu_sample: Path, remake_list: Path, tmp_path: Path) -> None:
    assert detect_format(cmu_sample.read_bytes()) == "cmu"
    renamed = tmp_path / "remakes.tsv.gz"
    renamed.write_bytes(remake_list.read_bytes())
    assert read_catalog(renamed).format == "remakes"


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"title,year\nPsycho,1960\n", "not a known catalog format"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary content"),
    (b"\xff\xfe\xfa not utf-8", "not UTF-8"),
    (gzip.compress(b"<html>nope</html>"), "not a known catalog format"),
    (HEADER.encode() + b"Psycho,19x0,,Psycho,1998,,,\n", "original year '19x0' is not a year"),
    (HEADER.encode() + b"Psycho,1960\n", "expected 8 columns"),
    (b"1\t/m/0abc\tPsycho\t1960\t\t\t{}\t{}\t{}\n2\tbad\n", "line 2: expected 9 tab-separated columns"),
])
def test_bad_files_raise_a_clear_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "catalog.csv"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match=problem) as caught:
        read_catalog(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert isinstance(caught.value, RDFError)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no such file"):
        read_catalog(tmp_path / "absent.tsv")
    with pytest.raises(CatalogError, match="a folder, not a regular file"):
        read_catalog(tmp_path)


def test_remake_list_cleaning() -> None:
    text = (HEADER + "12 Angry Men,1957,u1,12 Angry Men (1997),1997,u2,Q2345,Q386042\n"
            "The Secret in Their Eyes (El secreto de sus ojos),2009,u3,Secret in Their Eyes,2015,u4,Q748851,Q19798744\n"
            "Miracle in Cell No. 7,2013,u5,Miracle in Cell No. 7 (Turkish remake),2019,u6#x,Q1,Q1\n")
    catalog = parse_catalog(text.encode(), source="list.csv")
    titles = [(f.title, f.year) for f in catalog.films]
    assert ("12 Angry Men", 1997) in titles
    assert ("Miracle in Cell No. 7 (Turkish remake)", 2019) in titles
    secret = next(f for f in catalog.films if f.year == 2009)
    assert secret.title == "The Secret in Their Eyes" and "El secreto de sus ojos" in secret.alternate_titles
    # Q1 is claimed by the original (its own article) and the remake (a section of it): the original keeps it.
    miracle = {f.year: f.same_as for f in catalog.films if f.title.startswith("Miracle")}
    assert miracle == {2013: ("http://www.wikidata.org/entity/Q1",), 2019: ()}


def test_cmu_import(cmu_sample: Path) -> None:
    fg = FilmGraph.open(":memory:")
    report = fg.import_catalog(cmu_sample)
    assert report.format == "cmu" and report.films > 2000 and report.quads > 10 * 2000
    psycho = URIRef(film_iri("Psycho", 1960))
    quads = list(fg.store.quads(CATALOG_GRAPH))
    facts = {(p, o) for s, p, o, _ in quads if s == psycho}
    assert (FG.year, next(o for p, o in facts if p == FG.year)) in facts
    assert int(next(o for p, o in facts if p == FG.year)) == 1960
    assert (OWL.sameAs, URIRef("http://rdf.freebase.com/ns/m.05z7c")) in facts
    assert any(p == FG.genre for p, _ in facts) and any(p == FG.country for p, _ in facts)
    # catalog films are what the resolver's index is built from
    assert fg.resolve_candidates("PSYCHO", 1960).chosen.iri == str(psycho)
    assert fg.resolve_candidates("Thing, The", 1982).chosen.iri == film_iri("The Thing", 1982)
    assert fg.resolve_candidates("Psycho").ambiguous
    assert fg.find_film("Psycho", 1998).iri == film_iri("Psycho", 1998)


def test_same_title_and_year_in_one_catalog_get_distinct_iris() -> None:
    text = "1\t/m/0aa\tHamlet\t1990\t\t\t{}\t{}\t{}\n2\t/m/0bb\tHamlet\t1990-05\t\t\t{}\t{}\t{}\n"
    films = assign_iris(parse_catalog(text.encode()))
    assert films[0].iri == film_iri("Hamlet", 1990)
    assert films[1].iri == film_iri("Hamlet", 1990) + "-0bb"


def test_catalog_and_reviews_share_iris(remake_list: Path, cmu_sample: Path) -> None:
    fg = FilmGraph.open(":memory:")
    fg.import_catalog(remake_list)
    second = fg.import_catalog(cmu_sample)
    # Psycho 1960 and 1998 are in both files: one node each, not two
    assert second.new_films < second.films
    assert [f.iri for f in fg.films_titled("Psycho", 1960)] == [film_iri("Psycho", 1960)]
    assert len(fg.films_titled("Psycho", 1998)) == 1
    again = fg.import_catalog(remake_list)
    assert again.new_films == 0


def test_import_is_one_bulk_load(remake_list: Path) -> None:
    loads = []
    fg = FilmGraph.open(":memory:")
    real = fg.store.load
    fg.store.load = lambda data, format: (loads.append(format), real(data, format))[1]  # type: ignore[method-assign]
    fg.import_catalog(remake_list)
    assert loads == ["nquads"]


def test_cli_catalog_import(remake_list: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from filmgraph.cli import app

    runner = CliRunner()
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["catalog", "import", str(remake_list), "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    bad = tmp_path / "notes.csv"
    bad.write_text("hello\n")
    result = runner.invoke(app, ["catalog", "import", str(bad), "--store", store])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and f"error: {bad}: not a known catalog format" in result.output


_VEGA = [
    {"Title": "Jaws", "Release Date": "Jun 20 1975", "Director": "Steven Spielberg", "Major Genre": "Adventure"},
    {"Title": 1941, "Release Date": "Dec 14 1979", "Director": "Steven Spielberg", "Major Genre": "Comedy"},
    {"Title": "Psycho", "Release Date": "Dec 04 1998", "Director": "Gus Van Sant", "Major Genre": None},
    {"Title": None, "Release Date": "Jan 01 2000", "Director": None, "Major Genre": None},
    {"Title": "Undated", "Release Date": "sometime", "Director": None, "Major Genre": "Drama"},
]


def test_vega_movies_json(tmp_path: Path) -> None:
    import json

    path = tmp_path / "movies.dat"
    path.write_text(json.dumps(_VEGA, indent=1), encoding="utf-8")
    catalog = read_catalog(path)
    assert catalog.format == "vega"
    assert [(f.title, f.year, f.directors, f.genres) for f in catalog.films] == [
        ("Jaws", 1975, ("Steven Spielberg",), ("Adventure",)), ("1941", 1979, ("Steven Spielberg",), ("Comedy",)),
        ("Psycho", 1998, ("Gus Van Sant",), ()), ("Undated", None, (), ("Drama",))]
    assert [w.split(": ", 1)[1] for w in catalog.warnings] == [
        "entry 2: the title is the number 1941; read as text", "entry 4: no title; skipped",
        "entry 5: release date 'sometime' is not a film year; kept without one"]
    fg = FilmGraph.open(":memory:")
    report = fg.import_catalog(path)
    assert (report.format, report.films) == ("vega", 4)
    assert sorted((role, f.title, f.year) for role, f in fg.films_of("Steven Spielberg")) == [
        ("director", "1941", 1979), ("director", "Jaws", 1975)]
    # A review's "Psycho (1998)" is the catalog's film, and the catalog graph keeps the ontology.
    fg.ingest_text("PSYCHO (1998)\n\nPsycho (1998) is a remake of Psycho (1960).\n", source="p.txt")
    assert [f.iri for f in fg.remake_chain("Psycho", 1998)] == [film_iri("Psycho", 1960)]
    from rdflib import Graph

    from filmgraph.rdf.shapes import validate

    catalog_graph = Graph()
    for s, p, o, _ in fg.store.quads(CATALOG_GRAPH):
        catalog_graph.add((s, p, o))
    validate(catalog_graph)


def test_vega_errors(tmp_path: Path) -> None:
    path = tmp_path / "movies.json"
    path.write_text('[{"Title": "Jaws", "Release Date": "Jun 20 1975", "Director": null, "Major Genre": null}, 3]')
    with pytest.raises(CatalogError, match="entry 2: expected a JSON object"):
        read_catalog(path)


def test_the_shared_vega_file(shared: Path) -> None:
    catalog = read_catalog(shared / "data" / "catalog" / "vega-movies.json")
    films = {(f.title, f.year): f for f in catalog.films}
    assert len(catalog.films) == 3200  # one of 3,201 entries has no title
    assert films["Jaws", 1975].directors == ("Steven Spielberg",)
    assert sum(1 for f in catalog.films if f.directors) > 1500
