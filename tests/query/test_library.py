"""Every query in ``queries/`` runs on a small hand-built graph and gives the hand-computed answer,
on every backend; and every query file documents its parameters and an example."""

from __future__ import annotations

import gc
import re
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the shared helpers

from filmgraph.api import FilmGraph
from filmgraph.query.bindings import bind_values
from filmgraph.query.library import QUERIES_DIR, load_query, query_info, query_names
from filmgraph.rdf.vocab import FG, ID
from filmgraph.reviews import read_text

from store.sample_graph import REVIEWS, film, person, write_sample

# (parameters, expected rows, whether the row order is part of the answer). Rows are compared
# as lists, repeats included: Oxigraph's union default graph repeats a triple once per named
# graph that holds it, so a query that may see one twice needs DISTINCT or GROUP BY. Film and person
# IRIs are written as their last path segment; literals as Python values; None is unbound.
_S = {sample.source: sample for sample in REVIEWS}
_ID = {source: read_text(sample.text, source=source).review_id for source, sample in _S.items()}
CASES: dict[str, list[tuple[dict[str, object], list[tuple], bool]]] = {
    "cast_of": [
        ({"film": URIRef(film("Psycho", 1998))},
         [("anne-heche", "Anne Heche", "Marion Crane"), ("julianne-moore", "Julianne Moore", None),
          ("vaughn-vince", "Vince Vaughn", "Norman Bates")], True),
        ({"film": URIRef(film("Third Take", 1990))},
         [("anne-heche", "Anne Heche", "Lila"), ("vaughn-vince", "Vince Vaughn", None)], True),
        ({"film": URIRef(film("Rebecca", 1940))}, [], True),
    ],
    "film_titles": [
        ({}, [("another-take-1985", "Another Take", 1985, None), ("mystery-film", "Mystery Film", None, None),
              ("original-1950", "The Original", 1950, None), ("psycho-1960", "Psycho", 1960, None),
              ("psycho-1998", "Psycho", 1998, None), ("rebecca-1940", "Rebecca", 1940, None),
              ("second-take-1970", "Second Take", 1970, None), ("third-take-1990", "Third Take", 1990, None),
              ("vertigo-1958", "Vertigo", 1958, None)], False),
    ],
    "film_values": [
        ({"property": URIRef("https://w3id.org/filmgraph/ontology#year")},
         [("another-take-1985", 1985), ("original-1950", 1950), ("psycho-1960", 1960), ("psycho-1998", 1998),
          ("rebecca-1940", 1940), ("second-take-1970", 1970), ("third-take-1990", 1990), ("vertigo-1958", 1958)],
         False),
        ({"property": URIRef("https://w3id.org/filmgraph/ontology#title")},
         [("another-take-1985", "Another Take"), ("mystery-film", "Mystery Film"), ("original-1950", "The Original"),
          ("psycho-1960", "Psycho"), ("psycho-1998", "Psycho"), ("rebecca-1940", "Rebecca"),
          ("second-take-1970", "Second Take"), ("third-take-1990", "Third Take"), ("vertigo-1958", "Vertigo")],
         False),
    ],
    "films_by_key": [
        ({"key": "psycho"}, [("psycho-1960", "Psycho", 1960), ("psycho-1998", "Psycho", 1998)], True),
        ({"key": "psycho", "year": Literal(1998)}, [("psycho-1998", "Psycho", 1998)], True),
        ({"key": "original", "year": None}, [("original-1950", "The Original", 1950)], True),
        ({"key": "psycho", "year": Literal(1961)}, [], True),
    ],
    "films_of_person": [
        ({"person": URIRef(person("Alfred Hitchcock"))},
         [("director", "vertigo-1958", "Vertigo", 1958), ("director", "psycho-1960", "Psycho", 1960)], True),
        ({"person": URIRef(person("Joseph Stefano"))},
         [("writer", "psycho-1960", "Psycho", 1960), ("writer", "psycho-1998", "Psycho", 1998)], True),
        ({"person": URIRef(person("Anne Heche"))},
         [("actor", "third-take-1990", "Third Take", 1990), ("actor", "psycho-1998", "Psycho", 1998)], True),
    ],
    "influenced_direct": [
        ({"film": URIRef(film("Rebecca", 1940))}, [("vertigo-1958", "Vertigo", 1958)], False),
        ({"film": URIRef(film("Third Take", 1990))}, [], False),
    ],
    "influences_direct": [
        ({"film": URIRef(film("Third Take", 1990))}, [("vertigo-1958", "Vertigo", 1958)], False),
        ({"film": URIRef(film("Psycho", 1998))}, [("mystery-film", "Mystery Film", None)], False),
    ],
    "remade_from_direct": [
        ({"film": URIRef(film("Third Take", 1990))}, [("second-take-1970", "Second Take", 1970)], False),
        ({"film": URIRef(film("The Original", 1950))}, [], False),
    ],
    "remakes_direct": [
        ({"film": URIRef(film("The Original", 1950))},
         [("another-take-1985", "Another Take", 1985), ("second-take-1970", "Second Take", 1970)], False),
    ],
    "remakes_of": [
        ({"title": "The Original", "year": None},
         [("second-take-1970", "Second Take", 1970, 1), ("another-take-1985", "Another Take", 1985, 1),
          ("third-take-1990", "Third Take", 1990, 2)], True),
        ({"title": "Psycho", "year": Literal(1960)}, [("psycho-1998", "Psycho", 1998, 1)], True),
        ({"title": "Psycho", "year": Literal(1998)}, [], True),
    ],
    "review_hash": [
        ({"review": URIRef(ID["review/" + _ID["psycho-1998.txt"]])},
         [(read_text(_S["psycho-1998.txt"].text, source="psycho-1998.txt").content_hash,)], True),
        ({"review": URIRef(ID["review/nope"])}, [], True),
    ],
    "reviews_without_year": [
        ({"key": "mystery film"}, [(_ID["psycho-1998.txt"], "psycho-1998.txt",
                                    read_text(_S["psycho-1998.txt"].text, source="psycho-1998.txt").content_hash)], True),
        ({"key": "psycho"}, [], True),
    ],
    "titles_without_year": [({}, [("mystery film",)], False)],
    "remakes_stated_only_in": [
        ({"review": URIRef(ID["review/" + _ID["second-take.txt"]])}, [("second-take-1970", "original-1950")], True),
        ({"review": URIRef(ID["review/" + _ID["vertigo.txt"]])}, [], True),
    ],
    "reviews_of": [
        ({"film": URIRef(film("Third Take", 1990))},
         [(_ID["third-take.txt"], "third-take.txt", "castMember", "Anne Heche",
           _S["third-take.txt"].text, 0.9),
          (_ID["third-take.txt"], "third-take.txt", "castMember", "Vince Vaughn",
           _S["third-take.txt"].text, 0.9),
          (_ID["third-take.txt"], "third-take.txt", "influencedBy", "Vertigo",
           _S["third-take.txt"].text, 0.9),
          (_ID["third-take.txt"], "third-take.txt", "remakeOf", "Second Take",
           _S["third-take.txt"].text, 0.9)], True),
    ],
    "stats": [({}, [(6, 9, 10)], True)],
    "relation_counts": [
        ({"relation": FG.remakeOf}, [("remakeOf", 4)], True),
        ({"relation": [FG.remakeOf, FG.influencedBy, FG.sequelOf]}, [("remakeOf", 4), ("influencedBy", 3)], False),
    ],
    "relation_in_direct": [
        ({"film": URIRef(film("The Original", 1950)), "relation": FG.remakeOf},
         [("another-take-1985", "Another Take", 1985), ("second-take-1970", "Second Take", 1970)], False),
        ({"film": URIRef(film("Rebecca", 1940)), "relation": FG.influencedBy}, [("vertigo-1958", "Vertigo", 1958)], False),
        ({"film": URIRef(film("Rebecca", 1940)), "relation": FG.remakeOf}, [], False),
    ],
    "relation_out_direct": [
        ({"film": URIRef(film("Third Take", 1990)), "relation": FG.remakeOf}, [("second-take-1970", "Second Take", 1970)], False),
        ({"film": URIRef(film("Third Take", 1990)), "relation": FG.influencedBy}, [("vertigo-1958", "Vertigo", 1958)], False),
        ({"film": URIRef(film("The Original", 1950)), "relation": FG.remakeOf}, [], False),
    ],
    "title_keys": [
        ({}, [("another take",), ("mystery film",), ("original",), ("psycho",), ("rebecca",), ("second take",),
              ("third take",), ("vertigo",)], False),
    ],
    "remake_chain": [
        ({"title": "Third Take"},
         [("second-take-1970", "Second Take", 1970, 1, False), ("original-1950", "The Original", 1950, 2, True)],
         True),
        ({"film": URIRef(film("Psycho", 1998))}, [("psycho-1960", "Psycho", 1960, 1, True)], True),
        ({"title": "The Original", "year": Literal(1950)}, [], True),
    ],
    "other_remakes": [
        ({"title": "Third Take", "year": None},
         [("second-take-1970", "Second Take", 1970, "original-1950", "The Original"),
          ("another-take-1985", "Another Take", 1985, "original-1950", "The Original")], True),
        ({"film": URIRef(film("Another Take", 1985))},
         [("second-take-1970", "Second Take", 1970, "original-1950", "The Original"),
          ("third-take-1990", "Third Take", 1990, "original-1950", "The Original")], True),
        ({"title": "Psycho", "year": Literal(1998)}, [], True),
    ],
    "influences_of": [
        ({"title": "Third Take", "year": Literal(1990)},
         [("vertigo-1958", "Vertigo", 1958, 1), ("rebecca-1940", "Rebecca", 1940, 2)], True),
        ({"title": "Third Take", "year": Literal(1991)}, [], True),
        ({"title": "Psycho"}, [("mystery-film", "Mystery Film", None, 1)], True),
    ],
    "influenced_by": [
        ({"title": "Rebecca"}, [("vertigo-1958", "Vertigo", 1958, 1), ("third-take-1990", "Third Take", 1990, 2)],
         True),
        ({"film": URIRef(film("Vertigo", 1958))}, [("third-take-1990", "Third Take", 1990, 1)], True),
    ],
    "co_stars": [
        ({"person": URIRef(person("Vince Vaughn"))},
         [("vaughn-vince", "Vince Vaughn", "anne-heche", "Anne Heche", 2, "Psycho"),
          ("vaughn-vince", "Vince Vaughn", "julianne-moore", "Julianne Moore", 1, "Psycho")], True),
        ({"person": URIRef(person("Alfred Hitchcock"))}, [], True),
        ({"person": None},
         [("anne-heche", "Anne Heche", "vaughn-vince", "Vince Vaughn", 2, "Psycho"),
          ("vaughn-vince", "Vince Vaughn", "anne-heche", "Anne Heche", 2, "Psycho"),
          ("anne-heche", "Anne Heche", "julianne-moore", "Julianne Moore", 1, "Psycho"),
          ("anthony-perkins", "Anthony Perkins", "janet-leigh", "Janet Leigh", 1, "Psycho"),
          ("janet-leigh", "Janet Leigh", "anthony-perkins", "Anthony Perkins", 1, "Psycho"),
          ("julianne-moore", "Julianne Moore", "anne-heche", "Anne Heche", 1, "Psycho"),
          ("julianne-moore", "Julianne Moore", "vaughn-vince", "Vince Vaughn", 1, "Psycho"),
          ("vaughn-vince", "Vince Vaughn", "julianne-moore", "Julianne Moore", 1, "Psycho")], True),
    ],
    "most_remade": [
        ({}, [("original-1950", "The Original", 1950, 2, 3), ("psycho-1960", "Psycho", 1960, 1, 1),
              ("second-take-1970", "Second Take", 1970, 1, 1)], True),
    ],
    "most_cited": [
        ({}, [("original-1950", "The Original", 1950, 2, 2), ("mystery-film", "Mystery Film", None, 1, 1),
              ("psycho-1960", "Psycho", 1960, 1, 1), ("rebecca-1940", "Rebecca", 1940, 1, 1),
              ("second-take-1970", "Second Take", 1970, 1, 1), ("vertigo-1958", "Vertigo", 1958, 1, 1)], True),
    ],
    "films_without_year": [({}, [("mystery-film", "Mystery Film", 1)], True)],
    "films_to_link": [
        ({}, [("another-take-1985", "Another Take", 1985, None), ("mystery-film", "Mystery Film", None, None),
              ("original-1950", "The Original", 1950, None), ("psycho-1960", "Psycho", 1960, None),
              ("psycho-1998", "Psycho", 1998, None), ("rebecca-1940", "Rebecca", 1940, None),
              ("second-take-1970", "Second Take", 1970, None), ("third-take-1990", "Third Take", 1990, None),
              ("vertigo-1958", "Vertigo", 1958, None)], False),
    ],
    "person_names": [
        ({}, [(person(name).rsplit("/", 1)[1], name) for name in (
            "Ann Critic", "Bob Writer", "Gus Van Sant", "Joseph Stefano", "Alfred Hitchcock", "Anthony Perkins",
            "Janet Leigh", "Vince Vaughn", "Anne Heche", "Julianne Moore")], False),
    ],
    "film_facts": [
        # Second Take is restated in Third Take's review, so its title and year come twice
        ({"film": URIRef(film("Second Take", 1970))},
         [("in", "remakeOf", "third-take-1990", "Third Take", 1990, _ID["third-take.txt"], True),
          ("out", "remakeOf", "original-1950", "The Original", 1950, _ID["second-take.txt"], True),
          ("out", "title", "Second Take", None, None, _ID["second-take.txt"], True),
          ("out", "title", "Second Take", None, None, _ID["third-take.txt"], True),
          ("out", "year", 1970, None, None, _ID["second-take.txt"], True),
          ("out", "year", 1970, None, None, _ID["third-take.txt"], True)], True),
        ({"film": URIRef(film("Psycho", 1998))},
         [("out", "castMember", "anne-heche", "Anne Heche", None, _ID["psycho-1998.txt"], True),
          ("out", "castMember", "julianne-moore", "Julianne Moore", None, _ID["psycho-1998.txt"], True),
          ("out", "castMember", "vaughn-vince", "Vince Vaughn", None, _ID["psycho-1998.txt"], True),
          ("out", "director", "gus-sant-van", "Gus Van Sant", None, _ID["psycho-1998.txt"], True),
          ("out", "influencedBy", "mystery-film", "Mystery Film", None, _ID["psycho-1998.txt"], True),
          ("out", "remakeOf", "psycho-1960", "Psycho", 1960, _ID["psycho-1998.txt"], True),
          ("out", "title", "Psycho", None, None, _ID["psycho-1998.txt"], True),
          ("out", "writer", "joseph-stefano", "Joseph Stefano", None, _ID["psycho-1998.txt"], True),
          ("out", "year", 1998, None, None, _ID["psycho-1998.txt"], True)], True),
    ],
    "film_reviews": [
        ({"film": URIRef(film("Second Take", 1970))},
         [(_ID["second-take.txt"], "second-take.txt", None, True), (_ID["third-take.txt"], "third-take.txt", None, False)],
         True),
        ({"film": URIRef(film("Psycho", 1960))},
         [(_ID["psycho-1960.txt"], "psycho-1960.txt", "Bob Writer", True),
          (_ID["psycho-1998.txt"], "psycho-1998.txt", "Ann Critic", False)], True),
    ],
    "fact_claims": [
        ({"film": URIRef(film("Psycho", 1998)), "property": FG.remakeOf,
          "other": URIRef(film("Psycho", 1960))},
         [(_ID["psycho-1998.txt"], "psycho-1998.txt", "Ann Critic", _S["psycho-1998.txt"].text, 0.9)], True),
        ({"film": URIRef(film("Psycho", 1998)), "property": FG.director,
          "other": URIRef(person("Gus Van Sant"))},
         [(_ID["psycho-1998.txt"], "psycho-1998.txt", "Ann Critic", _S["psycho-1998.txt"].text, 0.9)], True),
        ({"film": URIRef(film("Psycho", 1998)), "property": FG.remakeOf,
          "other": URIRef(film("Rebecca", 1940))}, [], True),
    ],
    "remake_pairs": [
        ({}, [("psycho-1998", "psycho-1960"), ("second-take-1970", "original-1950"),
              ("third-take-1990", "second-take-1970"), ("another-take-1985", "original-1950")], False),
    ],
}


def _simple(term: object) -> object:
    """A film/person/review IRI as its last segment, an ontology IRI as its local name, a literal
    as its Python value."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        text = str(term)
        return text.rsplit("/", 1)[-1] if text.startswith(str(ID)) else text.rsplit("#", 1)[-1]
    return term.toPython()


@pytest.fixture(scope="module", params=[":memory:", "memory:", "server"])
def sample(request: pytest.FixtureRequest) -> Iterator[FilmGraph]:
    """The sample graph on each backend: embedded Oxigraph, rdflib, and an Oxigraph server."""
    location = request.getfixturevalue("module_oxigraph_server") if request.param == "server" else request.param
    fg = FilmGraph.open(location)
    write_sample(fg)
    yield fg
    fg.close()


def test_every_query_has_expectations() -> None:
    assert sorted(CASES) == query_names()


@pytest.mark.parametrize("name", query_names())
def test_query_answers(sample: FilmGraph, name: str) -> None:
    for params, expected, ordered in CASES[name]:
        result = sample.store.select(load_query(name), params)
        rows = [tuple(_simple(term) for term in row) for row in result.rows]
        if ordered:
            assert rows == expected, (name, params)
        else:
            assert sorted(rows, key=repr) == sorted(expected, key=repr), (name, params)


@pytest.mark.parametrize("name", query_names())
def test_query_answers_with_values_at_the_end(sample: FilmGraph, name: str) -> None:
    """The other VALUES placement (the SPARQL backend's fallback for Virtuoso) answers the same."""
    for params, expected, ordered in CASES[name]:
        if not any(value is not None for value in params.values()):
            continue
        bound = bind_values(load_query(name), {k: v for k, v in params.items() if v is not None}, at_end=True)
        rows = [tuple(_simple(term) for term in row) for row in sample.store.select(bound).rows]
        assert (rows if ordered else sorted(rows, key=repr)) == (expected if ordered else sorted(expected, key=repr))


@pytest.mark.parametrize("name", query_names())
def test_query_is_documented(name: str) -> None:
    info = query_info(name)
    text = info.text
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert header and text.startswith("#"), f"{name}.rq must open with a comment"
    example = [line for line in header if line.startswith("# Example: ")]
    assert len(example) == 1 and f"queries/{name}.rq" in example[0]
    used = set(re.findall(r"--param (\w+)=", example[0]))
    documented = {param for param, _ in info.parameters}
    assert used <= documented
    for param, description in info.parameters:
        assert description, f"?{param} of {name}.rq has no description"
        assert re.search(rf"\?{param}\b", text.split("PREFIX", 1)[-1]), f"?{param} is not used in {name}.rq"
    if not info.parameters:
        assert "# Parameters: none." in header


@pytest.mark.parametrize("name", query_names())
def test_run_query_by_name(sample: FilmGraph, name: str) -> None:
    """``FilmGraph.run_query`` accepts every case's parameters as plain Python values."""
    params, expected, ordered = CASES[name][0]
    plain = {key: (value.toPython() if isinstance(value, Literal) else str(value) if value is not None else None)
             for key, value in params.items()}
    rows = [tuple(_simple(term) for term in row) for row in sample.run_query(name, **plain).rows]
    assert (rows if ordered else sorted(rows, key=repr)) == (expected if ordered else sorted(expected, key=repr))


def test_api_methods_over_library_queries(sample: FilmGraph) -> None:
    assert [f.iri.rsplit("/", 1)[1] for f in sample.other_remakes("Third Take")] == \
        ["second-take-1970", "another-take-1985"]
    assert sample.co_stars("Vince Vaughn") == [("Anne Heche", 2), ("Julianne Moore", 1)]
    assert [(f.title, f.year, n) for f, n in sample.most_remade(limit=2)] == [("The Original", 1950, 2), ("Psycho", 1960, 1)]
    assert [(f.title, n) for f, n in sample.most_cited()][:2] == [("The Original", 2), ("Mystery Film", 1)]
    assert [f.title for f in sample.films_without_year()] == ["Mystery Film"]


def test_run_query_checks_parameters(sample: FilmGraph) -> None:
    from filmgraph.errors import QueryError

    with pytest.raises(QueryError, match="no parameter"):
        sample.run_query("remakes_of", title="Psycho", colour="red")
    with pytest.raises(QueryError, match="needs a value for \\?title"):
        sample.run_query("remakes_of")
    with pytest.raises(QueryError, match="no query named"):
        sample.run_query("no_such_query")


def test_examples_run_from_the_cli(tmp_path) -> None:
    """Each header's ``# Example:`` line is a working command (once ``filmgraph query`` exists)."""
    from typer.testing import CliRunner

    from filmgraph.cli import app

    runner = CliRunner()
    if runner.invoke(app, ["query", "--help"]).exit_code != 0:
        pytest.skip("the `filmgraph query` command is not written yet")
    store = tmp_path / "store"
    with FilmGraph.open(store) as fg:
        write_sample(fg)
    del fg
    gc.collect()  # the store's lock goes with the last reference to it
    for name in query_names():
        line = next(text for text in load_query(name).splitlines() if text.startswith("# Example: "))
        argv = shlex.split(line.removeprefix("# Example: filmgraph "))
        argv[1] = str(QUERIES_DIR / f"{name}.rq")
        result = runner.invoke(app, [*argv, "--store", str(store)])
        assert result.exit_code == 0, (name, result.output)
