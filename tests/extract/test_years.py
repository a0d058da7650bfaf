"""The film-year model fills the year the rules miss, and never dates a remake by its original."""

from filmgraph.extract import Extractor, extract_review
from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.scorer import RelationModel
from filmgraph.extract.years import YearScorer
from filmgraph.model import ReviewedFilm
from filmgraph.reviews import read_text


def _film(text):
    return extract_review(read_text(text, source="review.txt")).film


def test_a_details_line_under_the_heading_dates_the_film():
    film = _film("NIGHT HARBOUR\n\nNordisk, 2019. Directed by Ann Lee. Screenplay by Bo Ek.\n\n"
                 "NIGHT HARBOUR is a patient drama about a ferry pilot.")
    assert (film.title, film.year) == ("Night Harbour", 2019)


def test_the_rules_year_is_kept_and_no_year_is_invented():
    assert _film("Night Harbour (2019) is a patient drama. Night Harbour never hurries.").year == 2019
    assert _film("Night Harbour is a patient drama. Night Harbour never hurries.").year is None


def test_without_a_model_no_year_is_added():
    extractor = Extractor()
    extractor.year_scorer.model = None
    review = read_text("NIGHT HARBOUR\n\nNordisk, 2019. Directed by Ann Lee.\n\nNIGHT HARBOUR is a drama.", source="r")
    assert extractor(review).film.year is None


def test_the_first_of_several_same_titled_films_is_no_remake_review_s_year():
    model = RelationModel(labels=("other", "year"), bias=(1.0, 0.0), weights={"cue": (0.0, 5.0)}, thresholds={"year": 0.5})
    scorer = YearScorer(model=model)
    assert scorer.best([(1968, {"cue": 1.0})]) == 1968
    assert scorer.best([(1968, {"cue": 1.0, "remake-talk:original-year": 1.0})]) is None
    assert scorer.best([(1968, {"cue": 1.0, "remake-talk:original-year": 1.0}), (2001, {"cue": 1.0})]) == 2001
    assert scorer.best([(1968, {})]) is None  # below the threshold


def test_the_years_of_a_same_titled_original_are_passed_over():
    model = RelationModel(labels=("other", "year"), bias=(0.0, 0.0), weights={"bias:year": (0.0, 3.0)}, thresholds={"year": 0.5})
    doc = DocBuilder()("Dock Lights remakes Dock Lights (2003) and came out in 1998.")
    film = ReviewedFilm(title="Dock Lights")
    assert YearScorer(model=model)(doc, film).year == 2003  # (equally likely: the later year)
    assert YearScorer(model=model)(doc, film, not_years={2003}).year == 1998
    assert YearScorer(model=model)(doc, film, not_years={2003, 1998}).year is None
