"""The country model gives the film the countries the rules miss, and not another film's."""

import pytest

from filmgraph.extract import Extractor, extract_review
from filmgraph.extract.countries import country_candidates
from filmgraph.extract.doc import DocBuilder
from filmgraph.reviews import read_text


def _countries(body):
    return extract_review(read_text(f"Night Harbour\n\n{body} Night Harbour never hurries.", source="review.txt")).film.countries


@pytest.mark.parametrize("body, country", [
    ("Ann Lee's third feature, a Japanese film about a lighthouse keeper, is patient and cold.", "Japan"),
    ("Kenneth Lau's Hong Kong noir is thin on story and rich in mood.", "Hong Kong"),
    ("It's a small British indie about a lighthouse and the girl who paints it.", "United Kingdom"),
])
def test_a_nationality_said_of_the_film_is_its_country(body, country):
    assert _countries(body) == (country,)


@pytest.mark.parametrize("body", [
    "Like the Danish film Dock Lights (2004), it takes its time.",
    "It is patient. I had French fries before the screening.",
])
def test_another_films_nationality_or_a_word_is_no_country(body):
    assert _countries(body) == ()


def test_the_rules_countries_are_kept_and_without_a_model_none_is_added():
    assert _countries("Night Harbour is a Norwegian drama, and a Japanese film crew shot it.") == ("Norway",)
    extractor = Extractor()
    extractor.country_scorer.model = None
    review = read_text("Night Harbour\n\nAnn Lee's third feature, a Japanese film about a lighthouse, is cold. Night Harbour never hurries.",
                       source="r")
    assert extractor(review).film.countries == ()


def test_candidates_are_nationalities_and_country_names_written_with_a_capital():
    doc = DocBuilder()("The French film is good. In Hong Kong, South Korean money and U.S. money meet. china cups.")
    assert [country for country, _ in country_candidates(doc, "Night Harbour")] == [
        "France", "Hong Kong", "South Korea", "United States"]


def test_a_film_the_review_never_names_still_gets_the_countries_it_says():
    # a user's review that gives its film's director and nationality, never its title
    review = read_text("Ann Lee directs this small, warm Argentine comedy about a choir, shot in one summer.", source="r")
    film = extract_review(review).film
    assert film is not None and film.title is None and film.countries == ("Argentina",)
    extractor = Extractor()
    extractor.country_scorer.model = None
    assert extractor(review).film.countries == ()


@pytest.mark.parametrize("text, country", [
    ("Saw a small Argentine comedy about a choir tonight, shot in one summer. Warm and funny.", "Argentina"),
    ("This Japanese film about a lighthouse keeper is patient and cold.", "Japan"),
])
def test_a_film_neither_named_nor_credited_still_gets_its_countries(text, country):
    film = extract_review(read_text(text, source="r")).film
    assert film is not None and film.title is None and not film.directors and film.countries == (country,)
    assert extract_review(read_text("Saw a small comedy about a choir tonight. Warm and funny.", source="r")).film is None
