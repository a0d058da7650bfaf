"""Everyday headline shapes, written for these tests: the film, its year and director read from the
first lines of blog posts, forum posts and festival catalogues."""

import pytest

from filmgraph.extract import extract_review
from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.reviewer import ReviewerFinder
from filmgraph.extract.titles import not_a_film_title
from filmgraph.reviews import read_text


def _film(text):
    film = extract_review(read_text(text, source="headline.txt")).kept().film
    assert film is not None
    return film.title, film.year, [p.name for p in film.directors], list(film.countries)


@pytest.mark.parametrize("text, expected", [
    ("Night Harbour 2019\n\nA cold film about a ferry.", ("Night Harbour", 2019, [], [])),
    ("[Review] Night Harbour (2019) - a cold remake of Dock Lights\n\nJust back from it. Cold, but good.",
     ("Night Harbour", 2019, [], [])),
    ("Night Harbour Is a Cold Remake\nThe ferry scenes are the best part\n\nNight Harbour (2019) opens on a ferry.",
     ("Night Harbour", 2019, [], [])),
    ("NIGHT HARBOUR\n(Norway, 2019, 104 min.)\nDir.: Ana Pires. Cast: Jo Bell, Ed Vik.\n\nA ferry, a storm.",
     ("Night Harbour", 2019, ["Ana Pires"], ["Norway"])),
    ("Night Harbour (2019)\nDirected by Ana Pires\nReview by Jo Bell\n\nA ferry, a storm, a cold remake.",
     ("Night Harbour", 2019, ["Ana Pires"], [])),
    # a rating after a double dash, as a plain-text post writes it
    ("Night Harbour (2019) -- 4 out of 5 stars\n\nI first saw it on a ferry. It is fun.", ("Night Harbour", 2019, [], [])),
    ("Night Harbour (2019) -- 7/10\n\nI first saw it on a ferry. It is fun.", ("Night Harbour", 2019, [], [])),
    # a headline that ends as a sentence does
    ("Author: Jo Bell\nNight Harbour, 2019.\nA review by Jo Bell.\nIt is a cold film about a ferry.", ("Night Harbour", 2019, [], [])),
])
def test_headline_shapes(text, expected):
    assert _film(text) == expected


def test_a_year_the_catalog_reads_as_part_of_the_title_stays_in_it():
    title, year, _, _ = _film("Death Race 2000\n\nA loud film about a race, and Death Race 2000 knows it.")
    assert (title, year) == ("Death Race 2000", None)


@pytest.mark.parametrize("date", ["Feb 11, 2018", "11 February 2018", "2018-02-11"])
def test_a_newsletter_header_names_its_author(date):
    text = (f"Night Harbour Is a Cold Remake\nThe ferry scenes are the best part\n\nJo Bell\n{date}\n\n"
            "Night Harbour (2019) opens on a ferry and never leaves it.")
    reviewer = extract_review(read_text(text, source="newsletter.txt")).kept().reviewer
    assert reviewer is not None and reviewer.name == "Jo Bell"


def test_a_name_and_date_deep_in_the_body_are_no_byline():
    text = ("Night Harbour (2019)\n\n" + "The ferry is slow. " * 40 + "\n\nAnn Lee\nFeb 11, 2018\n\nMore ferry.")
    # no byline rule reads it (the author model weighs it as one guess among the page's names)
    assert ReviewerFinder()(DocBuilder()(text)) is None


@pytest.mark.parametrize("body, year", [
    ("For his 2019 version of Ibsen's NIGHT HARBOUR, Ann Lee moved the play to a ferry.", 2019),
    ("This 2019 classic, slow Norwegian movie is worth seeing again, and NIGHT HARBOUR rewards patience.", 2019),
    ("While on vacation, we watched the 2019 film NIGHT HARBOUR appropriately on a ferry.", 2019),
    ("Ann Lee directed this 2019 Norwegian drama, and NIGHT HARBOUR is her best.", 2019),
    ("Ann Lee's NIGHT HARBOUR (Nattehavn), a Norwegian film from 2019, is about a ferry.", 2019),
])
def test_the_films_year_from_prose(body, year):
    film = extract_review(read_text("NIGHT HARBOUR\n\n" + body + " NIGHT HARBOUR ends at sea.", source="y.txt")).kept().film
    assert film is not None and (film.title, film.year) == ("Night Harbour", year)


@pytest.mark.parametrize(("text", "title", "year"), [
    ("Title: Night Harbour (2019) - not bad, not the old one either\nRating: 6/10\n\nso i watched it.", "Night Harbour", 2019),
    ("Night Harbour (2019) 7/10 - better than it had any right to be\n\nI liked it.", "Night Harbour", 2019),
    ("gone in 60 seconds ★★½\nwatched on a plane\n\nlisten. it is dumb.", "Gone in 60 Seconds", None),
])
def test_user_review_headlines(extract, text, title, year):
    kept, _ = extract(text)
    assert kept.film is not None and (kept.film.title, kept.film.year) == (title, year)


def test_a_date_line_is_no_headline_and_a_lower_case_line_needs_a_catalog(extract):
    kept, _ = extract("Why does this exist\n2/10\n31 March 2004\n\nok so i finally caved and watched it.")
    assert kept.film is None
    kept, _ = extract("best thing i saw this year ★★★★★\n\nim not usually into it.")
    assert kept.film is None


@pytest.mark.parametrize(("text", "title", "year"), [
    # a section label before a dated title; a catalog's title after a label
    ("Subject: Thursday screening: NIGHT HARBOUR (2019) + a few notes\n\nHi all, bring snacks.", "Night Harbour", 2019),
    ("REPERTORY NOTES: THE MAGNIFICENT SEVEN (1960)\n\nThe outline holds, and the village waits.", "The Magnificent Seven", 1960),
    # a forum's breadcrumbs end in the thread's title
    ("FilmForumz > World Cinema > Night Harbour (2019) - pointless or genius?\n\nSaw it tonight.", "Night Harbour", 2019),
    # a podcast's transcript: the episode line and the speakers' names are not the film
    ("SECOND REEL PODCAST - Episode 48 - transcript\n\n[00:00:04] ANA PIRES: Hi everyone, I'm Ana Pires and this "
     "is Second Reel. Today it's Night Harbour, the 2019 horror film that Ola Berg made.\n\n[00:00:21] ANA PIRES: "
     "Quick recap.", "Night Harbour", 2019),
])
def test_labels_breadcrumbs_and_transcripts(extract, text, title, year):
    kept, _ = extract(text)
    assert kept.film is not None and (kept.film.title, kept.film.year) == (title, year)


def test_a_line_of_countries_and_a_year_is_no_title(extract):
    kept, _ = extract("NIGHT HARBOUR\n\nNorway/Denmark, 2019\nDirector: Ola Berg\n\nNIGHT HARBOUR is slow.")
    assert kept.film is not None and kept.film.title == "Night Harbour"


def test_a_lower_case_tagline_after_a_comma(extract):
    kept, _ = extract("---\nNight Harbour, four years on\nby Ann Lee | The Long Take\n---\n\nI rewatched Night Harbour "
                      "(2019) this week.")
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)


@pytest.mark.parametrize(("text", "title", "year"), [
    ("FILM | THE SALT ROAD\nA cold one\nby Ann Lee\n\nAnyone who knows the old film will wait in The Salt Road.", "The Salt Road", None),
    ("SCREEN WEEKLY  |  REVIEWS  |  THIS FRIDAY\n\nTHE SALT ROAD\nCast: Bo Ek, Ola Berg\nDirector: Ann Lee\n\nIt is long.",
     "The Salt Road", None),
    ("SIGHTLINES QUARTERLY        Autumn 2022 | 47\n\nREVIEWS\n\nThe Salt Road (Solna cesta)\nPoland 2021 · 112 min\n\n"
     "It is the winter of 1981.", "The Salt Road", 2021),
    ("Customer reviews\nThe Salt Road [DVD] [1994] [Region Free]\n4.2 out of 5\n\nDale K.\nReviewed in the United Kingdom on "
     "3 May 2019\n\nSo this is a fine disc.", "The Salt Road", 1994),
    ("                    DRAFT 3 - EMBARGOED UNTIL FRI 09:00\n\n            THE SALT ROAD\n       (Canada, 2020, 124 min, cert. 15)\n\n"
     "  Director:   Ann Lee\n\n  The Yukon, 1898.", "The Salt Road", 2020),
    ("SCREEN LEDGER  --  FILM REVIEWS  --  ISSUE 44\n\nTHE SALT ROAD\n(THRILLER -- COLOR)\n\nA Universal release. "
     "Executive producers,\nAnn Lee, Bo Ek. Directed by Cy Dunn. Screenplay, Ola Berg.\n\nIt is long.", "The Salt Road", None),
    ("BERLINALE DISPATCH, DAY FIVE\nA family drama takes the lead\n\nEli Marr reports from Berlin\n\nIt was a relief "
     "to sit down at the press screening of The Salt Road. The Salt Road is the second feature by Ann Lee.", "The Salt Road", None),
    ("The Fly\n\nOctober marathon, night four: Ann Lee's The Fly from 1986. The Fly is a love story first.", "The Fly", 1986),
    ("THE STANDARD  |  FRIDAY 15 MARCH  |  ARTS 27\n\nFILM OF THE WEEK\n\nThe Salt Road\n★★★☆☆\n\n"
     "Directed by Ann Lee. Starring Bo Ek.\n\nA second wife arrives.", "The Salt Road", None),
    ("THE SALT ROAD (2012) - 2 OUT OF 10 - DO NOT WASTE YOUR MONEY\n\nI NEVER WRITE REVIEWS. WE RENTED IT ON FRIDAY.",
     "The Salt Road", 2012),
    ("Title: why does this exsist?? Salt Road (1998)\nAuthor: ann_lee\nRating: 3/10\n\nok so i finaly watched it.",
     "Salt Road", 1998),
    ("The Salt Road [Blu-ray]\n\nDale K.\n★★★★★ Better than the original!!\nReviewed in the United States on March 3, 2024\n"
     "Format: Blu-ray | Verified Purchase\n\nSo this is a fine disc.", "The Salt Road", None),
    ("ARTS DRIVE – FRIDAY FILM SEGMENT\n\nSAM (PRESENTER): Time for our reviewer.\n\nJULIE: The film's called The Salt "
     "Road, and it's good.\n\nSAM: Thanks.", "The Salt Road", None),
    ("Counselor, Come Out and Play: “The Salt Road” (1991)\n\nAnn Lee's film is long and cold.", "The Salt Road", 1991),
])
def test_mastheads_shops_and_scripts(extract, text, title, year):
    kept, _ = extract(text)
    assert kept.film is not None and (kept.film.title, kept.film.year) == (title, year)


@pytest.mark.parametrize(("text", "title"), [
    # a summary line cut at a comma names no film unless the review names it again
    ("Slick, fun, forgettable - and no I haven't seen the old one\n\nNight Harbour is a remake of the 1960 movie.",
     "Night Harbour"),
    # one quoted word is a word quoted; a quoted title of several words is a title
    ("\"Re-imagining\" my foot\n\nThey kept calling this a re-imagining. I went into Night Harbour pretty much blind.",
     "Night Harbour"),
    ("Tom Vey steals every scene in \"Night Harbour Motel\"\n\nHe plays the night clerk.", "Night Harbour Motel"),
])
def test_imdb_summary_lines(extract, text, title):
    kept, _ = extract(text)
    assert kept.film is not None and kept.film.title == title


def test_a_magazine_critic_on_a_film(extract):
    kept, _ = extract("THE CURRENT CINEMA\nWithout a Trace\nAnn Lee on \"Night Harbour\"\n\nThere are films whose endings "
                      "are cruel.")
    assert kept.film is not None and kept.film.title == "Night Harbour"
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"


def test_a_quoted_title_outweighs_an_acronym_in_capitals(extract):
    # SPECTRE and NATO in capitals would make a critic's capital titles; here no capital run is a
    # title, and the film is the one quoted again and again
    kept, _ = extract("\"Night Harbour\" pits the agent against SPECTRE, and NATO loses two ships. \"Night Harbour\" "
                      "has a cold look, and a killer works for SPECTRE. In \"Night Harbour\" nobody smiles.")
    assert kept.film is not None and kept.film.title == "Night Harbour"


@pytest.mark.parametrize(("text", "title"), [
    ("I rarely write reviews. Night Harbour is without doubt one of the dullest films I have ever seen.", "Night Harbour"),
    ("Flood marks a low point. Bo Ek is undoubtedly the star of the movie, and Night Harbour is a mess.", None),
    ("Bought it on a whim.\n\nNight Harbour is Ann Lee's Hollywood remake of Dock Lights, and a flat one.", "Night Harbour"),
    ("I know, the original is a classic. This new Night Harbour is a remake of the 1969 original, and fun.", "Night Harbour"),
    # a capitals title named again and again, though never a clause's subject
    ("To answer the question first: no, Bo Ek's back does not appear in NIGHT HARBOUR. The fun in NIGHT HARBOUR is its "
     "cast. Much of NIGHT HARBOUR happens at sea, and the end of NIGHT HARBOUR is cold. I liked NIGHT HARBOUR.", "Night Harbour"),
])
def test_a_user_names_the_film_with_a_verdict(extract, text, title):
    kept, _ = extract(text)
    assert (kept.film.title if kept.film else None) == title


def test_a_programme_line_of_fields_set_apart_by_dots(extract):
    kept, _ = extract("Night Harbour (2019)\n\nDir. Ann Lee · Norway · 104 min · Cert 15\n\nScreenplay: Bo Ek · With Cy Dunn, "
                      "Di Holm\n\nA ferry, a storm and a slow remake.")
    assert [p.name for p in kept.film.directors] == ["Ann Lee"]
    assert [p.name for p in kept.film.writers] == ["Bo Ek"]


@pytest.mark.parametrize("text", [
    "Newsgroups: rec.arts.movies.reviews\nSubject: Classic review: NIGHT HARBOUR (1956)\nFrom: ab@example.edu (Ann Lee)\n"
    "Date: 2 Mar 1995 17:40:12 -0500\n\n      NIGHT HARBOUR (1956)\n  Reviewed by Ann Lee\n\nA ferry, a storm.",
    "WEEKEND  |  MOVIES                        Friday, December 7, 2001\n\nA winning hand\n\nNIGHT HARBOUR\n"
    "Directed by Ann Lee. Starring Bo Ek.\n\nA ferry, a storm.",
    "THE DAILY LANTERN  *  FRIDAY, AUGUST 6, 1993  *  WEEKEND  D-3\n\n'Night Harbour' sails on\n\n  NIGHT HARBOUR ***\n"
    "  Directed by Ann Lee.\n\nA ferry, a storm.",
])
def test_news_headers_and_running_heads_are_no_titles(extract, text):
    kept, _ = extract(text)
    assert kept.film is not None and kept.film.title == "Night Harbour"


@pytest.mark.parametrize(("text", "title", "year"), [
    ("Why?? Just why.\n3/10\n\nok so i finally watched the psycho remake. and yeah it is the same. the shower scene is "
     "worse.\n\nthe cast is worse too. i was bored.", "Psycho", None),
    ("Be afraid.\n10/10\n\nwatched the 1986 version of the fly again last night. it still wrecks me. people forget "
     "this is a remake. the original fly from 1958 is a b-movie.", "The Fly", 1986),
    ("so the new lion king is the cartoon again but with real animals. the problem is animals cant make faces. "
     "it looks insane though.", "The Lion King", None),
    # a dated title alone on the first line, not a diary's heading
    ("night harbour (2019)\n\nrewatched this on a foggy night which felt right. the ferry is great and the ending is "
     "sad.", "Night Harbour", 2019),
    ("watched 2019\n\nso many films this year. the ferry one was great and the ending is sad.", None, None),
    # a possessive that is no maker's: no film from it
    ("the creature is gross. the kid who plays the lifeguard's little brother was annoying. the mayor is fun. "
     "the ending drags.", None, None),
])
def test_a_review_typed_in_lower_case_names_its_film(extract, text, title, year):
    kept, _ = extract(text)
    found = (kept.film.title, kept.film.year) if kept.film else (None, None)
    assert (found[0].lower().removeprefix("the ") if found[0] else None, found[1]) == (
        title.lower().removeprefix("the ") if title else None, year)


@pytest.mark.parametrize(("text", "title", "year"), [
    ("From: The Reel Post <hi@reel.example>\nSubject: #112 — a heist and a ghost\n\nView this email in your browser\n\n"
     "THE REEL POST\nWhat to watch, in five minutes. Issue #112.\n\n-----------\n\n★ THIS WEEK'S PICK\n"
     "NIGHT HARBOUR (2019) — streaming from Saturday\n\nAnn Lee's glossy redo of the 1960 caper is fun.", "Night Harbour", 2019),
    # prose running on is no heading
    ("Salt Road\n\nA slow one. Salt Road is long and Salt Road is cold. I liked it.\n\nIts model, Dock Lights (1974), "
     "the first version,\nwas better.", "Salt Road", None),
])
def test_a_dated_heading_set_apart_further_down(extract, text, title, year):
    kept, _ = extract(text)
    assert kept.film is not None and (kept.film.title, kept.film.year) == (title, year)


@pytest.mark.parametrize(("text", "title", "year"), [
    ("Just seen: SALT MARSH (2021) [mild spoilers]\nPost by reedbed » Mon Mar 3, 2025 9:10 pm\n\n"
     "Finally caught up with Salt Marsh, the Danish one about the bird counter.", "Salt Marsh", 2021),
    ("Salt Marsh (15) ★★★★\n\nA bird counter, a storm, a missing boy.", "Salt Marsh", None),
    ("Salt Marsh (PG-13, 104 min.)\n\nA bird counter, a storm, a missing boy.", "Salt Marsh", None),
    # a newspaper page: masthead, date line and section above the film's listing line
    ("THE COASTAL HERALD\nSaturday, 4 May 2024 | Arts | Page 12\n\nFILM OF THE WEEK\n\n"
     "One man, one hide, and a winter of waiting\n\nSALT MARSH (12A, 98 mins) ★★★★\n\nBy Jo Bell\n\n"
     "Little happens in Salt Marsh, and that is its strength.", "Salt Marsh", None),
])
def test_a_listing_note_after_the_title_marks_a_headline(extract, text, title, year):
    kept, _ = extract(text)
    assert kept.film is not None and (kept.film.title, kept.film.year) == (title, year)


@pytest.mark.parametrize(("text", "title", "year"), [
    ("Review: Salt Marsh (2019) sings off-key, beautifully\nBy Jo Bell\n\nA trawler, a storm. “Salt Marsh” is slow.",
     "Salt Marsh", 2019),
    ("Ep. 12 – Salt Marsh (1983): The Sea Is Yours, Allegedly\n\nShow notes\n\nThis week we tackle Salt Marsh, at last.",
     "Salt Marsh", 1983),
    ("REVISITED: SALT MARSH (THE LONG TIDE, 1988)\nThe worst thing\n\nA retrospective by Jo Bell\n\n"
     "Thirty years on, Salt Marsh still frightens.", "Salt Marsh", 1988),
    ("Tides in the Statehouse: a second look at The Long Tide\n\nPosted by Jo Bell · March 3, 2024\n\n"
     "I skipped The Long Tide when it opened. The Long Tide is better than I remembered.", "The Long Tide", None),
    ("USER REVIEWS  >  salt marsh (2021)\n\n4  |  harriet  |  Nov 21, 2021\n----------\n"
     "honestly i do not get the hype. salt marsh is dull.", "Salt Marsh", 2021),
    ("Salt Marsh (Special Edition) [DVD]\nCustomer Reviews\n\n5 out of 5 stars  Great\n\nSalt Marsh is the most fun I have had.",
     "Salt Marsh", None),
    # prose wrapped after a dated title is no headline; a lower-case dated line not named again is no title
    ("                DOCK LIGHTS\n          A film review by Jo Bell\n\n     Ann Lee's SALT MARSH (1955) is one of the\n"
     "great thrillers. DOCK LIGHTS remakes it.", "Dock Lights", None),
    ("i saw this last week (2021)\n\nhonestly i do not get the hype.", None, None),
])
def test_headlines_with_more_than_the_title(extract, text, title, year):
    kept, _ = extract(text)
    assert ((kept.film.title, kept.film.year) if kept.film else (None, None)) == (title, year)


@pytest.mark.parametrize(("text", "title"), [
    # a newspaper page: masthead with a British date, a section label, a standfirst and a byline above the listing
    ("THE COASTAL HERALD  |  Friday, 18 October 2019  |  Weekend section, page 7\n\nFILM OF THE WEEK\n\n"
     "Fog, debts and a dead man's brother in SALT MARSH\n\nBy Jo Bell\nFilm Critic\n\nSALT MARSH (15) ★★★★\n\n"
     "Halfway through Salt Marsh, a debt collector walks into a pub.", "Salt Marsh"),
    ("Busan Film Festival review: 'The Ferryman's Ledger'\n\nA river ferryman keeps a record.\n\n"
     "The Ferryman's Ledger is one of the strongest debuts in years.", "The Ferryman's Ledger"),
    # a column's label before the dated title
    ("Friday review: Salt Marsh (2019)\n\nAnn Lee directed it, and a debt collector walks into a pub.", "Salt Marsh"),
    # a title and its other one
    ("Salt Marsh, or Saltmyra: a debt comes due\n\nAnn Lee directed it, and a debt collector walks into a pub.", "Salt Marsh"),
])
def test_a_newspaper_listing_and_a_festival_headline(extract, text, title):
    kept, _ = extract(text)
    assert kept.film is not None and kept.film.title == title


def test_a_directors_line_alone_under_a_listing(extract):
    kept, _ = extract("THE COASTAL HERALD  |  Weekend section\n\nSALT MARSH (15) ★★★★\nDir: Ann Lee-Holm. 112 mins.\n\n"
                      "Halfway through Salt Marsh, a debt collector walks into a pub.")
    assert kept.film.title == "Salt Marsh" and [d.name for d in kept.film.directors] == ["Ann Lee-Holm"]


def test_a_credits_line_ending_in_its_byline_keeps_the_last_field_to_its_name(extract):
    kept, _ = extract("SALT MARSH (1996)\nStarring: Ida Strand, Bo Ek. Screenplay: Nils Aune. Director: Ann Lee-Holm. "
                      "Reviewed by Cy Dunn.\nHalfway through Salt Marsh, a debt collector walks into a pub.")
    assert [d.name for d in kept.film.directors] == ["Ann Lee-Holm"] and [w.name for w in kept.film.writers] == ["Nils Aune"]
    assert kept.reviewer.name == "Cy Dunn"


@pytest.mark.parametrize(("text", "title", "year"), [
    ("Customer reviews › Salt Marsh [Blu-ray] [1994]\n\n★★☆☆☆ Movie still great, disc arrived cracked\n\nTwo stars.",
     "Salt Marsh", 1994),
    ("Message Boards › Salt Marsh (2007) › Board: Salt Marsh\n\nTopic: better than the original?\n\nIt was fine.",
     "Salt Marsh", 2007),
])
def test_breadcrumbs_with_other_separators_and_the_dated_crumb(extract, text, title, year):
    kept, _ = extract(text)
    assert kept.film is not None and (kept.film.title, kept.film.year) == (title, year)


def test_a_retrospectives_anniversary_headline_under_its_label(extract):
    kept, _ = extract("REVISITED\nSalt Marsh at fifty: the water, the money, and the nose\nWords by Jo Bell\n\n"
                      "Fifty years on, Salt Marsh (1974) still looks discovered rather than made. Ann Lee directed, from "
                      "Bo Ek's screenplay. It is in the vein of Dock Lights (1941).")
    assert (kept.film.title, kept.film.year) == ("Salt Marsh", 1974)
    assert [d.name for d in kept.film.directors] == ["Ann Lee"]


@pytest.mark.parametrize("headline", [
    "*** THIS WEEK: SALT MARSH ***",
    "Subject: Reader review - Salt Marsh",
    "Second Looks: Salt Marsh",
])
def test_a_label_before_the_title_is_not_part_of_it(extract, headline):
    kept, _ = extract(f"{headline}\n\nA clockmaker is asked to mend a strange clock. It is a handsome, talky puzzle of a "
                      "film, and Bo Ek is excellent in it.")
    assert kept.film is not None and kept.film.title == "Salt Marsh"


@pytest.mark.parametrize("text, title", [
    ("A Lantern for the Ferryman\n\nJo Bell directs from a script by Ed Vik, and the result is cold and slow.", "A Lantern for the Ferryman"),
    ("Salt in the Harbour\nBy Ann Lee\n\nIt is a cold film about a ferry, and the ferry is the best thing in it.", "Salt in the Harbour"),
    ("AT THE MOVIES\n\nThere is a ferry at the end of it, and a storm that never comes.", None),
    ("Possibly Some Minor Spoilers\n\nThe ferry sinks, and nobody minds.", None),
    # set off by a details line: its rating, running time or stars (and a user's line under them)
    ("SALT HARBOUR\nRated R / 112 minutes\n\nA ferry, a storm and a keeper who talks too much.", "Salt Harbour"),
    ("SALT HARBOUR\n★★☆☆☆  \"cold, and NOT in a good way\"\nreel_kat · 2 weeks ago\n\nI had HOPES for this. "
     "The ferry sinks and NOTHING else happens.", "Salt Harbour"),
    ("FOR IMMEDIATE RELEASE\n\nThe Harbour Cinema announces its winter season of films about the sea.", None),
])
def test_a_set_off_first_line_names_a_film_never_named_again(text, title):
    film = extract_review(read_text(text, source="heading.txt")).kept().film
    assert (film.title if film else None) == title


@pytest.mark.parametrize("text, title, directors", [
    ("Forums › Horror › Bell's NIGHT HARBOUR (2019): still the best remake?\n\nAnn Bell and her writer made it cold.",
     "Night Harbour", ["Ann Bell"]),
    ("Ocean's Eleven (2001)\n\nA caper with a lot of stars in it.", "Ocean's Eleven", []),
])
def test_a_makers_possessive_before_a_headline_title(text, title, directors):
    """The maker's possessive comes off a headline's title when the rest reads as a title on its
    own (in capitals, or a catalog's), not from a title with a possessive in it."""
    assert _film(text)[0] == title and _film(text)[2] == directors


@pytest.mark.parametrize("text, title", [
    ("Hi, I'm Jo Bell, and this is Second Reel. This week: Night Harbour, which opened on Friday. It's cold.",
     "Night Harbour"),
    ("Hello, I'm Jo Bell, and today I want to talk about Night Harbour, Ann Lee's 2019 film, which is cold.",
     "Night Harbour"),
])
def test_a_spoken_reviews_subject(text, title):
    assert _film(text)[0] == title


@pytest.mark.parametrize("fields", [
    "Status: Watched\nYear: 2019\nDirector: Ann Lee\nRating: 4/5",
    "rating:: 4\nyear:: 2019\ndirector:: Ann Lee",
])
def test_a_title_over_a_note_apps_properties(extract, fields):
    # the block's first field is the app's own; a film's year or credit further down marks the title
    kept, _ = extract(f"Night Harbour\n\n{fields}\n\nA slow film about a ferry, and a good one.")
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)


def test_properties_without_a_films_field_mark_no_title(extract):
    kept, _ = extract("Morning notes\n\nMood: tired\nWeather: rain\n\nI watched a film today. It was fine.")
    assert kept.film is None or kept.film.title != "Morning Notes"


@pytest.mark.parametrize("text, title, year", [
    # a diary's verb before the title it logs
    ("Rewatched Salt Marsh (1992)\n\nStill a cold, slow film about a ferry, and I still love it.", "Salt Marsh", 1992),
    ("Rewatch: Salt Marsh\n\nStill a cold, slow film about a ferry, and I still love it.", "Salt Marsh", None),
    ("Seen from Above (2019)\n\nA cold, slow film about a ferry, and I love it.", "Seen from Above", 2019),
    # a note's details line taken whole as the title
    ("Response #6\n\nFilm: Salt Marsh (\u201cKaldt hav\u201d), 1957, dir. Ann Lee. Screenplay: Bo Ek, Cy Dunn and Ann Lee.\n\n"
     "A cold, slow film about a ferry.", "Salt Marsh", 1957),
])
def test_a_title_comes_out_of_a_diary_verb_or_a_details_line(text, title, year):
    film = extract_review(read_text(text, source="note.txt")).kept().film
    assert film is not None and (film.title, film.year) == (title, year)


@pytest.mark.parametrize("title", [
    "THE HARBOUR FILM CIRCLE\tNewsletter No. 48\tJanuary",  # a table's columns, a club's name in capitals
    "Not Null Default",  # a database schema's words
    "40977",  # a record's number
    "2024-03-16t18:02:11z",  # a timestamp, as a reader lower-cases it
    "Logged 18:02:11",  # a clock with seconds
    "Great Britain, 1949",  # a details line's country and year
    "France/Italy 1963",
])
def test_data_and_club_names_are_no_titles(title):
    assert not_a_film_title(title)
    assert not not_a_film_title("1941")  # (a number the catalog knows as a film)


@pytest.mark.parametrize("record", [
    "Type: post\nTeam: filmclub\nChannel: thursday-night\nUser: ann.l",  # a chat export's message fields
    "Insert: Night Harbour\nInsert: Ann Pires's",  # a rich-text editor's operations, one per line
    "TY  - MPCT\nPY  - 2019\nN1  - notes",  # a citation manager's tagged fields
])
def test_a_data_records_fields_above_the_review_are_no_headline(record):
    text = f"{record}\n\nI finally caught Night Harbour (2019), Ann Pires's cold Norwegian thriller, last night."
    title, year, _, _ = _film(text)
    assert (title, year) == ("Night Harbour", 2019)


def test_a_records_dated_or_subject_field_is_still_its_headline():
    assert _film("Subject: Re: Night Harbour (2019)\nFrom: ann@example.org\n\nCold, but good.")[:2] == ("Night Harbour", 2019)
    assert _film("Entry: Night Harbour (2019)\nKind: review\n\nCold, but good.")[:2] == ("Night Harbour", 2019)


def test_a_word_a_data_file_repeats_on_lines_of_its_own_is_no_title():
    # a spreadsheet's cells below the note, each on a line of its own
    text = "A cold, slow film about a ferry pilot, and Ann Pires directs it well.\n\nTrue\n0\nTrue\n1\n"
    film = extract_review(read_text(text, source="sheet.xml")).kept().film
    assert film is not None and film.title is None and [p.name for p in film.directors] == ["Ann Pires"]


@pytest.mark.parametrize("byline", ["# Author: Mara Quillfeather", "Reviewer: Mara Quillfeather", "// author: Mara Quillfeather"])
def test_a_byline_field_is_no_headline(byline):
    text = (f"{byline}\n\nI finally caught Night Harbour (2019), a cold Norwegian thriller.\n\n"
            "Night Harbour is slow but good.\n\nMara Quillfeather")
    assert _film(text)[:2] == ("Night Harbour", 2019)


@pytest.mark.parametrize("field", ["title: Ferries, storms and one long night", "Title: notes for the club"])
def test_a_posts_own_title_field_is_no_films(field):
    text = f"{field}\ndate: 2024-03-16\n\nI finally caught Night Harbour (2019), a cold Norwegian thriller. Night Harbour is good."
    assert _film(text)[:2] == ("Night Harbour", 2019)


def test_a_films_title_field_in_sentence_case_is_kept_when_the_catalog_knows_it():
    text = "Title: La dolce vita\nYear: 1960\n\nA long walk through Rome at night, and a fine one."
    assert _film(text)[:2] == ("La dolce vita", 1960)


def test_a_capitalised_field_name_is_no_title():
    text = "AUTHOR: Mara Quillfeather\nSTATUS: Publish\n-----\nI finally caught Night Harbour (2019). Night Harbour is good."
    assert _film(text)[:2] == ("Night Harbour", 2019)


@pytest.mark.parametrize("headline", ["Notes on Night Harbour (2019)", "Thoughts on Night Harbour (2019)", "Review of Night Harbour (2019)"])
def test_a_posts_notes_on_a_film(headline):
    assert _film(f"{headline}\n\nA ferry, a storm, and not much else.")[:2] == ("Night Harbour", 2019)


def test_a_dated_headline_with_its_director_after_a_dash():
    assert _film("Night Harbour (2019) - Ana Pires\n\nA ferry, a storm, and not much else.")[:3] == ("Night Harbour", 2019, ["Ana Pires"])


def test_a_listings_keywords_are_no_capitals_title():
    # a program's keywords in capitals open its lines, but never a line of prose
    lines = "\n".join(["// A cold Norwegian thriller about a ferry, and Ana Pires directs it well.", "MERGE NODE-ONE;",
                       "// THE LONG FERRY is a slow, patient film about a pilot and her daughter.", "MERGE NODE-TWO;",
                       "// THE LONG FERRY knows where it is going, and it goes there slowly.", "MERGE NODE-THREE;"] * 2)
    film = extract_review(read_text(lines, source="review.cypher")).kept().film
    assert film is not None and film.title == "The Long Ferry"


@pytest.mark.parametrize("dateline", ["Source: Harbourside Film Notes, 13 March 2026", "The Evening Courier, Friday, July 8, 1977",
                                      "Ferry Notes — Thursday 9th November 2017"])
def test_a_dateline_below_a_short_first_line_is_no_dated_headline(dateline):
    # (the short first line makes a masthead of it, and a masthead's dated line is a headline: the
    # year of a day of the month is the line's own, not a film's)
    text = f"projection-booth\nThis week's note.\n\nA cold ferry film, and Ana Pires directs it well.\n\n{dateline}\n"
    film = extract_review(read_text(text, source="booth.txt")).kept().film
    assert film is None or film.title is None, film.title


def test_a_hyphenated_word_between_the_director_and_the_title_is_a_describing_word():
    # ("over-the-top" holds "the" only as a part of the word: no phrase like "acting in the" that makes the film another)
    text = "END OF DAYS\nA film review by Bo Ek\n\nAnd I thought it was bad. Peter Hyams's over-the-top END OF DAYS is loud."
    assert _film(text)[:3] == ("End of Days", None, ["Peter Hyams"])
