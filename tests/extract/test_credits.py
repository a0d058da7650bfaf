"""The learned director and writer models: they fill a credit no rule named, and only then."""

import pytest

from filmgraph.extract import Extractor
from filmgraph.extract.actors import candidate_names, name_features
from filmgraph.extract.credits import CreditScorer
from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.scorer import RelationModel
from filmgraph.model import ReviewedFilm
from filmgraph.reviews import read_text

# A model that takes a name whose possessive leads to "vision" (or "dialogue") for the role, and nothing else
_VISION = RelationModel(labels=("other", "director"), bias=(0.0, -4.0), weights={"possesses:vision": (0.0, 8.0)},
                        thresholds={"director": 0.5})
_DIALOGUE = RelationModel(labels=("other", "writer"), bias=(0.0, -4.0), weights={"possesses:dialogue": (0.0, 8.0)},
                        thresholds={"writer": 0.5})


@pytest.fixture
def extractor():
    found = Extractor()
    found.credit_scorers = {"director": CreditScorer("director", model=_VISION), "writer": CreditScorer("writer", model=_DIALOGUE)}
    return found


def _credits(extractor, text):
    film = extractor(read_text(text, source="inline.txt")).kept().film
    return [p.name for p in film.directors], [p.name for p in film.writers]


def test_the_models_fill_credits_no_rule_named(extractor):
    text = "Harbour Lane (2001)\n\nAnn Lee's vision is a slow one. Bo Ek's dialogue gives Cy Dunn nothing to play."
    assert _credits(extractor, text) == (["Ann Lee"], ["Bo Ek"])
    # who gets a credit is no actor
    assert not {"Ann Lee", "Bo Ek"} & {c.actor for c in extractor(read_text(text, source="inline.txt")).cast}


def test_a_credit_the_rules_read_is_kept_as_it_is(extractor):
    text = "Harbour Lane (2001)\nDirected by Cy Dunn\n\nAnn Lee's vision is a slow one."
    assert _credits(extractor, text)[0] == ["Cy Dunn"]


def test_without_a_model_nobody_is_added(extractor):
    for scorer in extractor.credit_scorers.values():
        scorer.model = None
    text = "Harbour Lane (2001)\n\nAnn Lee's vision is a slow one. Bo Ek's dialogue gives Cy Dunn nothing to play."
    assert _credits(extractor, text) == ([], [])


def test_only_the_film_credits_have_models():
    with pytest.raises(ValueError, match="actor"):
        CreditScorer("actor")


def test_a_role_word_before_the_owner_of_the_film_is_no_part_of_the_directors_name(extractor):
    text = "NIGHT HARBOUR\n\nDirector and Writer Ann Lee's NIGHT HARBOUR is a slow drama about a ferry. NIGHT HARBOUR is long."
    assert _credits(extractor, text)[0] == ["Ann Lee"]


def test_a_diary_s_verb_is_no_part_of_the_name_after_it():
    doc = DocBuilder()("Harbour Lane (2001)\n\nRewatched Ann Lee's Harbour Lane last night. Watched Bo Ek's debut after it.")
    assert [name for name, _ in candidate_names(doc)] == ["Ann Lee", "Bo Ek"]


def test_the_next_field_s_label_is_no_part_of_the_name_before_it():
    doc = DocBuilder()("Harbour Lane (2001)\n\nThe three short films of Harbour Lane are slow, and none of them is long.\n"
                       "\"Pool Days\"\nRunning Time: 0:29 Director: Ann Lee Writer: Bo Ek Featuring: Cy Dunn, Di Fox\n"
                       "\"Pool Days\" is the best of the three shorts, and the plainest.")
    names = [name for name, _ in candidate_names(doc)]
    assert {"Ann Lee", "Bo Ek", "Cy Dunn"} <= set(names) and not any(name.endswith(("Writer", "Featuring")) for name in names)


def test_a_possessive_of_the_film_s_own_title_is_a_feature_of_its_own():
    doc = DocBuilder()("NIGHT HARBOUR (2019)\n\nFew films this fall match Ann Lee's NIGHT HARBOUR, and Bo Ek's DOCK LIGHTS "
                       "is no match either. NIGHT HARBOUR is slow.")
    film = ReviewedFilm(title="Night Harbour", year=2019)
    features = {name: name_features(doc, name, spans, film, {}) for name, spans in candidate_names(doc, excluded=[])}
    assert "possessive:film:own" in features["Ann Lee"] and "possessive:film:own" not in features["Bo Ek"]
    assert "possessive" in features["Bo Ek"]


def test_the_review_s_own_author_is_no_writer_outside_the_credits():
    signed = ("Night Harbour (2019)\n\nDrawn and written by Ines Kowalczyk, March 2024.\n\nAnn Lee directed it from a "
              "screenplay by Bo Ek, and it is a calm, careful drama about a ferry pilot.\n\nReviewed by Ines Kowalczyk\n")
    found = Extractor()(read_text(signed, source="signed.txt")).kept()
    assert found.reviewer is not None and found.reviewer.name == "Ines Kowalczyk"
    assert [writer.name for writer in found.film.writers] == ["Bo Ek"]
    # among credits, one spaced a fact a paragraph, the same words credit the film's writer
    credits = "Night Harbour (2019)\n\nDirector: Ann Lee\n\nWritten by: Bo Ek\n\nMusic: Cy Dunn\n\nA calm, careful drama.\n"
    assert [writer.name for writer in Extractor()(read_text(credits, source="credits.txt")).kept().film.writers] == ["Bo Ek"]


def test_a_name_led_by_a_rank_or_a_kin_word_is_a_story_persons_and_no_actor_candidate():
    doc = DocBuilder()("Ann Lee plays well opposite Captain Joe Miller, Inspector Javert and Uncle Charlie. Bo Ek is fine.")
    assert [name for name, _ in candidate_names(doc)] == ["Ann Lee", "Bo Ek"]


def test_a_sentence_ending_on_an_initialism_and_the_next_ones_opening_word_are_no_name():
    doc = DocBuilder()("Ann Lee is fine in it. The film is rated R. There is blood. It played on TV. This was a loss.")
    assert [name for name, _ in candidate_names(doc)] == ["Ann Lee"]


def test_a_city_or_a_state_is_no_actor_candidate():
    doc = DocBuilder()("Ann Lee moves from Los Angeles to New York, and Bo Ek follows her to Las Vegas.")
    assert [name for name, _ in candidate_names(doc)] == ["Ann Lee", "Bo Ek"]


def test_a_company_or_an_institution_is_no_actor_candidate_but_a_surname_like_hall_stays():
    doc = DocBuilder()("Ann Lee shot it at Pinewood Studios for Miramax Films, and Rebecca Hall won at the Sundance Film Festival.")
    assert [name for name, _ in candidate_names(doc)] == ["Ann Lee", "Rebecca Hall"]


@pytest.mark.parametrize("text", ["Night Harbour is a drama. Ann Lee is fine in it, and Bo Ek is better.",
                                  "Ann Lee is fine in it. Night Harbour was a slow, cold thriller. Bo Ek is better."])
def test_a_title_the_review_writes_as_a_name_and_calls_a_film_is_no_actor_candidate(text):
    assert [name for name, _ in candidate_names(DocBuilder()(text))] == ["Ann Lee", "Bo Ek"]


def test_the_catalogs_director_is_taken_where_the_review_names_them(extractor):
    # the shipped catalog gives Toy Story (1995) John Lasseter; the review names him by surname
    directors, _ = _credits(extractor, "Toy Story (1995)\n\nA toy cowboy fears a new spaceman. Lasseter keeps every joke moving.")
    assert directors == ["John Lasseter"]
    written, _ = _credits(extractor, "Toy Story (1995)\n\nA toy cowboy fears a new spaceman. John lasseter keeps it moving.")
    assert written == ["John lasseter"]  # (as the review writes it)


@pytest.mark.parametrize("text", [
    "Toy Story (1995)\n\nA toy cowboy fears a new spaceman. The voices are warm.",  # not named
    "Toy Story (1995)\n\nA toy cowboy fears a new spaceman. My friend Ann Lasseter loved it.",  # another Lasseter
    "Taxi Driver is a study of a veteran who drives nights. Scorsese keeps the camera close.",  # which Taxi Driver?
])
def test_no_catalog_director_without_the_review_naming_them_or_the_film_being_certain(extractor, text):
    directors, _ = _credits(extractor, text)
    assert "John Lasseter" not in directors and "Martin Scorsese" not in directors


def test_the_catalogs_director_named_in_the_review_overrules_another_maker_the_rules_read(extractor):
    # a remake's review names other makers too, whom the rules may take for the film's
    text = ("The Ring (2002)\n\nA cursed tape kills in seven days. Skip the sequel, though Hideo Nakata directed it "
            "himself. Verbinski keeps the well and the rain.")
    directors, _ = _credits(extractor, text)
    assert directors == ["Gore Verbinski"]
    # where the rules agree with the catalog, their reading stands
    kept, _ = _credits(extractor, "Toy Story (1995), directed by John Lasseter and Pete Docter.\n\nLasseter keeps it moving.")
    assert kept == ["John Lasseter", "Pete Docter"]


def test_a_rules_director_the_catalog_confirms_stands_in_a_denied_sentence(extractor):
    # the denial is of the sequel's credit; the catalog says who made this film
    directors, _ = _credits(extractor, "Toy Story (1995)\n\nA toy cowboy fears a new spaceman. Its sequel was not "
                                       "directed by John Lasseter alone.")
    assert directors == ["John Lasseter"]
    # a maker the catalog does not give this film stays in doubt
    others, _ = _credits(extractor, "Toy Story (1995)\n\nA toy cowboy fears a new spaceman. Its sequel was not "
                                    "directed by Ann Vasquez alone.")
    assert others == []
