"""The title model names the film of a review whose rules found no title, and only a title the
review marks (named twice, quoted or dated)."""

from filmgraph.extract import Extractor, extract_review
from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.filmtitle import TitleScorer, overrules, title_candidates
from filmgraph.extract.scorer import RelationModel
from filmgraph.extract.years import YearScorer
from filmgraph.reviews import read_text

MAIL = ("From: Kari Holm <kari@example.org>\nSubject: Re: did you see \"Copper Sky\" yet?\n\n"
        "We did, on Friday. Copper Sky is slow and lovely, and the ending got me. See you Sunday.\n")


def test_a_title_named_only_in_a_mails_subject_and_in_passing_is_the_film():
    assert extract_review(read_text(MAIL, source="mail.txt")).film.title == "Copper Sky"


def test_without_a_model_no_title_is_added():
    extractor = Extractor()
    extractor.title_scorer.model = None
    film = extractor(read_text(MAIL, source="mail.txt")).film
    assert film is None or film.title is None


def test_a_title_named_once_unquoted_and_undated_is_no_candidate():
    doc = DocBuilder()('We saw Copper Sky on Friday. It beat "Dock Lights" and Gull Island (2011) hands down.')
    assert [c.title for c in title_candidates(doc)] == ["Dock Lights", "Gull Island"]


def test_the_best_candidate_is_taken_only_above_the_threshold():
    doc = DocBuilder()("Copper Sky is slow. Copper Sky is lovely.")
    sure = RelationModel(labels=("other", "title"), bias=(0.0, 0.0), weights={"mentions:2": (0.0, 3.0)}, thresholds={"title": 0.5})
    unsure = RelationModel(labels=("other", "title"), bias=(0.0, 0.0), weights={"mentions:2": (0.0, 0.1)}, thresholds={"title": 0.9})
    assert TitleScorer(model=sure)(doc, frozenset()).title == "Copper Sky"
    assert TitleScorer(model=unsure)(doc, frozenset()) is None


def test_the_model_overrules_the_rules_title_only_above_its_override_threshold():
    doc = DocBuilder()("Copper Sky (2019) is slow. Copper Sky is lovely.")
    weights = {"mentions:2": (0.0, 3.0)}  # P(title) about 0.95
    sure = RelationModel(labels=("other", "title"), bias=(0.0, 0.0), weights=weights, thresholds={"title": 0.5, "override": 0.9})
    assert TitleScorer(model=sure).instead_of("Lovely Notes Weekly", doc, frozenset()).title == "Copper Sky"
    assert TitleScorer(model=sure).instead_of("COPPER SKY", doc, frozenset()) is None  # the rules' own title
    stricter = RelationModel(labels=("other", "title"), bias=(0.0, 0.0), weights=weights, thresholds={"title": 0.5, "override": 0.99})
    never = RelationModel(labels=("other", "title"), bias=(0.0, 0.0), weights=weights, thresholds={"title": 0.5})
    assert TitleScorer(model=stricter).instead_of("Lovely Notes Weekly", doc, frozenset()) is None
    assert TitleScorer(model=never).instead_of("Lovely Notes Weekly", doc, frozenset()) is None


def test_a_title_the_review_remakes_keeps_the_originals_year_for_the_original():
    review = read_text("Ugh. The original Dock Lights (1962) is a masterpiece, and nobody needed this. "
                       "Why remake Dock Lights at all? Avoid.", source="review.txt")
    found = extract_review(review).kept()
    assert (found.film.title, found.film.year) == ("Dock Lights", None)
    assert [(ref.title, ref.year) for ref in found.remake_of] == [("Dock Lights", 1962)]


def test_a_title_the_review_remakes_keeps_its_own_year_when_it_is_another():
    # the remade film is dated otherwise, so the year written with the title dates this film
    review = read_text("Easter weekend telly: what are you watching?\nsofaandscreen\n2019-04-17\nfalse\n\n"
                       "Ben-Hur (1959) turns up on television every Easter, and I always watch it. It remakes the "
                       "1925 silent Ben-Hur, and its chariot race is still the best thing in it.", source="thread.txt")
    extractor = Extractor()
    extractor.title_scorer = TitleScorer(model=RelationModel(labels=("other", "title"), bias=(0.0, 0.0),
                                                             weights={"has_year": (0.0, 3.0)}, thresholds={"title": 0.5}))
    found = extractor(review).kept()
    assert [(ref.title, ref.year) for ref in found.remake_of] == [("Ben-Hur", 1925)]
    assert (found.film.title, found.film.year) == ("Ben-Hur", 1959)


def test_a_catalog_title_named_once_is_a_candidate_only_as_the_subject_of_its_clause():
    builder = DocBuilder()
    subject = builder("What a film. The Haunting has been given the computer treatment, and it shows.")
    aside = builder("What a film. We rewatched The Haunting at home, and it shows.")
    assert [c.title for c in title_candidates(subject)] == ["The Haunting"]
    assert title_candidates(aside) == []


def test_only_the_first_dated_title_is_marked_so():
    # a review dates its own film before the films it recalls, whatever it names undated first
    doc = DocBuilder()('Type: post\n\n"Gull Island" night. Ana Pires wrote Dock Lights (2004); it borrows from '
                       'Copper Sky (1987) and Dock Lights again.')
    marked = {c.title: "first_dated" in features for c, features in TitleScorer.candidates(doc, frozenset())}
    assert marked == {"Gull Island": False, "Dock Lights": True, "Copper Sky": False}


def test_a_program_line_printing_the_title_alone_is_read_as_its_own_line():
    def features(program):
        return {c.title: f for c, f in TitleScorer.candidates(DocBuilder()(program), set())}["Night Harbour"]

    assert features(' W !,"Night Harbour (2019)"\n W !,"Night Harbour was shot in winter."\n').get("own_literal") == 1.0
    assert "own_literal" not in features(' W !,"Night Harbour (2019) is slow."\n W !,"Night Harbour was shot in winter."\n')


def test_the_year_model_learns_from_the_title_model_s_films_as_it_dates_them():
    # where the rules name no film, the year model dates the title model's pick, and so learns from it
    mail = MAIL.replace("We did, on Friday.", "We did, on Friday; it is a 2013 Danish film.")
    film, years = Extractor().year_candidates(read_text(mail, source="mail.txt"))
    assert film is not None and film.title == "Copper Sky"
    assert [year for year, _, _ in years] == [2013]


def test_a_title_the_model_picks_undated_is_dated_as_the_rules_date_theirs():
    # "directed it in 2013" is no year the year model weighs by itself: the rules read it
    mail = MAIL.replace("See you Sunday.", "Ann Lee directed it in 2013. See you Sunday.")
    film = extract_review(read_text(mail, source="mail.txt")).film
    assert (film.title, film.year) == ("Copper Sky", 2013)


def test_the_model_overrules_no_title_the_catalog_knows():
    assert overrules("Hugo", "Frame Rate Weekly", dated=True)  # a newsletter's name read from a header
    assert not overrules("Hugo", "Psycho", dated=True)  # a known film is seldom the rules' mistake
    assert not overrules("Frame Rate Weekly", "Frame Rate Weekly", dated=True)
    assert not overrules("A Clockmaker", "Salt Marsh", dated=False)  # an undated pick may be a sentence's opening


def test_a_title_dated_twice_over_is_left_for_the_year_model_to_date():
    # "Sleuth (2007) ... Sleuth (1972)": two films of one title, and the first year may be either
    sure = RelationModel(labels=("other", "title"), bias=(0.0, 0.0), weights={"mentions:2": (0.0, 3.0)},
                         thresholds={"title": 0.5, "override": 0.9})
    twice = DocBuilder()("Sleuth (2007) is slow. Sleuth (1972) is still the better film.")
    picked = TitleScorer(model=sure)(twice, frozenset())
    assert (picked.title, picked.year, picked.dated) == ("Sleuth", None, True)
    assert TitleScorer(model=sure).instead_of("Lovely Notes Weekly", twice, frozenset()).title == "Sleuth"  # still dated
    once = TitleScorer(model=sure)(DocBuilder()("Sleuth (2007) is slow. Sleuth is long."), frozenset())
    assert (once.title, once.year, once.dated) == ("Sleuth", 2007, True)


def test_a_picked_title_the_review_remakes_is_dated_by_another_year_than_the_originals():
    # the year model, which likes the year written with the title best, may not give the original's
    review = read_text("ok so who else saw Dock Lights? the 2015 one, a remake of Dock Lights (2003). "
                       "Dock Lights is slower than the first.", source="chat.txt")
    extractor = Extractor()
    extractor.year_scorer = YearScorer(model=RelationModel(labels=("other", "year"), bias=(0.0, 0.0), thresholds={"year": 0.5},
                                                           weights={"bias:year": (0.0, 2.0), "mention:own": (0.0, 2.0)}))
    found = extractor(review).kept()
    assert [(ref.title, ref.year) for ref in found.remake_of] == [("Dock Lights", 2003)]
    assert (found.film.title, found.film.year) == ("Dock Lights", 2015)
