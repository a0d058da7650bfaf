import pytest

from filmgraph.extract.titles import MentionFinder, title_case


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("13TH LETTER, THE", "The 13th Letter"),
        ("SEPARATION, LA", "La Separation"),
        ("HOW THE GRINCH STOLE CHRISTMAS", "How the Grinch Stole Christmas"),
        ("SHE'S ALL THAT", "She's All That"),
        ("X-MEN", "X-Men"),
        ("Le Corbeau", "Le Corbeau"),
    ],
)
def test_title_case(surface, expected):
    assert title_case(surface) == expected


def test_mentions_of_each_kind():
    text = 'A mix of CLOUD NINE and Tin Star (1961), unlike "Green River Road" at all. The MPAA said PG-13.'
    found = [(m.title, m.year, m.kind) for m in MentionFinder()(text)]
    assert found == [("Cloud Nine", None, "caps"), ("Tin Star", 1961, "yeared"), ("Green River Road", None, "quoted")]


def test_possessive_and_sentence_opener_are_not_title():
    text = "In Dark Water (1990) she swims. Then Maya's Blue Sky (1985) came."
    assert [m.title for m in MentionFinder()(text)] == ["Dark Water", "Blue Sky"]


@pytest.mark.parametrize(("text", "title"), [
    ("I watched The Talented Mr. Pell (1999) last night.", "The Talented Mr. Pell"),
    ("Then came Dr. Harbour (1964), colder still.", "Dr. Harbour"),
    ("I met Mr. Vik. Then Night Harbour (2019) began.", "Night Harbour"),
])
def test_a_year_dated_title_runs_on_through_an_abbreviation(text, title):
    assert [(m.title, m.kind) for m in MentionFinder()(text) if m.year] == [(title, "yeared")]


@pytest.mark.parametrize(("text", "title"), [
    ("This is a variation on HARBOUR VS. HARBOUR, both of which starred him.", "Harbour vs. Harbour"),
    ("It was likened to 1996's NIGHT + HARBOUR, which used the original text.", "Night + Harbour"),
])
def test_a_title_in_capitals_runs_on_through_versus_and_a_plus(text, title):
    assert [m.title for m in MentionFinder()(text) if m.kind == "caps"] == [title]


@pytest.mark.parametrize(("text", "title", "year"), [
    ("It recalls Glass Orchard (Italy, 1964) more than once.", "Glass Orchard", 1964),
    ("The Long Quiet (Stille nat, 1998) is cold.", "The Long Quiet", 1998),
    ("as in Harbour Lights (Ann Lee, 2003), a year later", "Harbour Lights", 2003),
])
def test_a_year_closing_a_bracket_of_details_dates_the_title(text, title, year):
    assert [(m.title, m.year) for m in MentionFinder()(text) if m.year] == [(title, year)]


def test_a_year_given_by_its_last_two_digits_dates_a_title_the_catalog_knows_of_that_year():
    # (Nashville came out in 1975 and The Thin Red Line in 1998: the catalog says so; "(12)" after a
    # title the catalog knows of no 1912 or 2012 film is a certificate or an age, and dates nothing)
    text = 'It recalls Nashville (75) and "The Thin Red Line (98)", not "Mad Dog Harbour" (76) or Jaws (12).'
    assert [(m.title, m.year) for m in MentionFinder()(text) if m.year] == [("Nashville", 1975), ("The Thin Red Line", 1998)]


def test_a_two_digit_year_one_off_the_catalogs_is_the_reviews_year():
    # (the catalog dates The Honeymoon Killers 1970, its release; reviews that saw it at a festival
    # write "(69)": the year the review gives is the one kept; "(72)" is two years off and dates nothing)
    text = "A re-working of The Honeymoon Killers (69), not of The Honeymoon Killers (72)."
    assert [(m.title, m.year) for m in MentionFinder()(text) if m.year] == [("The Honeymoon Killers", 1969)]


def test_a_title_in_capitals_keeps_its_first_word_i_where_the_catalog_knows_it(extract):
    kept, _ = extract("Ann Lee, filming her first feature, was sure that the final version of I SHOT ANDY WARHOL would "
                      "be hers. I LOVED IT, and I SHOT ANDY WARHOL is a fine debut.")
    assert kept.film.title == "I Shot Andy Warhol"
