"""Film mentions as the doc builder finds them: dated capitals, archive metadata lines."""

import pytest

from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.scorer import TITLE_RUN
from filmgraph.extract.titles import MentionFinder


def test_a_year_after_an_owner_dates_the_title_in_capitals():
    text = "Like Kurosawa's 1961 YOJIMBO, and unlike the 1960 PSYCHO, it works. 1941 WAS LOUD."
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert ("Yojimbo", 1961) in found and ("Psycho", 1960) in found
    assert ("1941 Was Loud", None) in found  # no owner or article before it: part of the run


def test_an_archive_metadata_line_names_no_film():
    text = ("HOUSE OF SAND (2001)\nReviewed by A B\nA remake of Desert Town, with more sand.\n"
            "========== X-ARCHIVE-ID: 123 X-Language: en X-RT-SourceID: 873 X-RT-AUTHOR: 99\n")
    doc = DocBuilder()(text)
    assert not [m for m in doc.mentions if "X-" in m.title.upper()]
    assert not doc.caps_style


def test_a_setting_s_value_in_capitals_names_no_film(extract):
    text = ("# Night Harbour (2019) by Ann Lee. It borrows its storm from Key Largo (1948).\n"
            "PartitionName=cuts Nodes=ALL Default=YES MaxTime=INFINITE State=UNKNOWN\n")
    assert not [m for m in DocBuilder()(text).mentions if m.title in ("All", "Yes", "Infinite", "Unknown")]
    kept, _ = extract(text)
    assert [ref.title for ref in kept.influences] == ["Key Largo"]


def test_capitals_that_read_as_an_acronym_and_a_word_are_a_title_the_catalog_knows():
    found = [m.title for m in MentionFinder()("It is based on the French farce LA TOTALE, and LA MOVIE is no film.")]
    assert "La Totale" in found and "La Movie" not in found


def test_shouted_words_do_not_make_a_review_write_titles_in_capitals():
    doc = DocBuilder()("It was PERFECT, I HAVE to say. The question with the remake of Psycho is why.")
    assert not doc.caps_style
    doc = DocBuilder()("KIKUJIRO is a summer film. I liked KIKUJIRO a lot, more than SONATINE.")
    assert doc.caps_style


def test_single_quoted_titles_but_not_contractions():
    found = [m.title for m in MentionFinder()("A remake of the English movie 'The Hitch'. I'd seen 'em all, "
                                              "and the kids' 'Big Fun' show, and ‘Night Bus’ too.")]
    assert found == ["The Hitch", "Big Fun", "Night Bus"]


def test_a_numbered_part_keeps_its_subtitle():
    doc = DocBuilder()("NIGHT HARBOUR: PART II - THE RETURN (Fox) Starring: Bo Ek.\nWe liked NIGHT HARBOUR - THE END less.")
    titles = [m.title for m in doc.mentions]
    assert titles[0] == "Night Harbour: Part II - The Return"
    assert "Night Harbour - the End" not in titles and "Night Harbour" in titles


def test_an_acronym_after_an_article_and_a_dateline_place_are_no_titles():
    found = [m.title for m in MentionFinder()("A US remake is surely coming. THE BIRDS is better.")]
    assert "The Birds" in found and not [title for title in found if title.upper() == "A US"]
    doc = DocBuilder()("SALT ROAD\n\nLOCARNO, Switzerland -- The rain came. We saw SALT ROAD at last.")
    assert [m.title for m in doc.mentions] == ["Salt Road", "Salt Road"]


def test_a_plain_text_review_marks_titles_with_emphasis_as_markdown_does():
    text = ("It is a cross between *Night Bus* (2016) and _Dock Lights_ (1995), and it echoes **The Long Ferry**. "
            "I *really* liked it, says user_name_here.")
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert found == [("Night Bus", 2016), ("Dock Lights", 1995), ("The Long Ferry", None)]


def test_a_quoted_title_keeps_its_year_wrapped_onto_the_next_line():
    text = "The chase owes a debt to Ann Lee's “Dock”\n(1971): the second truck is shot low."
    assert [(m.title, m.year) for m in MentionFinder()(text)] == [("Dock", 1971)]


def test_a_title_read_back_from_its_year_keeps_a_versus():
    text = "The whole thing owes a great deal to Lee vs. Lee (1979): the custody hearing above all."
    assert [(m.title, m.year) for m in MentionFinder()(text)] == [("Lee vs. Lee", 1979)]


def test_a_title_read_back_from_its_year_keeps_its_opening_ordinal():
    text = "It remakes Bo Ek's 7th Harbour (1927) and borrows from 42nd Pier (1933); 23m (1977) is a running time."
    assert [(m.title, m.year) for m in MentionFinder()(text)] == [("7th Harbour", 1927), ("42nd Pier", 1933)]


def test_a_title_with_commas_the_catalog_knows_is_one_mention():
    def titles(text):
        return [(m.title, m.year) for m in DocBuilder()(text).mentions]

    assert titles("It plays like The Good, the Bad and the Ugly (1966) on a ferry.") == [("The Good, the Bad and the Ugly", 1966)]
    assert titles("Its fights recall CROUCHING TIGER, HIDDEN DRAGON, and its pace does not.") == [
        ("Crouching Tiger, Hidden Dragon", None)]
    assert titles("It owes much to Sex, Lies, and Videotape (1989).") == [("Sex, Lies, and Videotape", 1989)]
    # (and with the exclamation marks inside it and the one that closes it)
    assert titles("Then there's FASTER, PUSSYCAT! KILL! KILL! and its go-go dancers.") == [("Faster, Pussycat! Kill! Kill", None)]
    # (a list of films stays a list: no catalog knows the two as one title)
    assert titles("It borrows from JAWS, ALIEN and THE THING.") == [("Jaws", None), ("Alien", None), ("The Thing", None)]
    assert titles("What a mess! HEAT is better.") == [("Heat", None)]


def test_a_title_in_its_own_languages_sentence_case_is_read_back_from_its_year():
    finder = MentionFinder()
    found = [(m.title, m.year) for m in finder("It remakes Kolejowa noc (1964) and O Porto dos Barcos (2009), not Psycho (1960).")]
    assert found == [("Kolejowa noc", 1964), ("O Porto dos Barcos", 2009), ("Psycho", 1960)]
    # English words after a capital, an owner and a description are not part of such a title
    assert [m.title for m in finder("I saw it with my brother (2004).")] == []
    assert [m.title for m in finder("Lars Berg's Kolejowa noc (1964)")] == ["Kolejowa noc"]


def test_a_field_name_before_a_dated_title_is_no_part_of_it():
    text = ("Subject: Re: Festen (1998)\nName: The Hunt (2012)\nB12: Stalker (1979)\nKey: Stalker (1979)\n"
            "Then 2001: A Space Odyssey (1968), Babe: Pig in the City (1998) and Hazel: A Year Abroad (1990).\n")
    found = [(m.title, m.year) for m in DocBuilder()(text).mentions]
    assert ("Festen", 1998) in found and ("The Hunt", 2012) in found and found.count(("Stalker", 1979)) == 2
    # a colon of the title's own: the catalog knows the whole title, or its first part as a film
    assert ("2001: A Space Odyssey", 1968) in found and ("Babe: Pig in the City", 1998) in found
    assert ("A Year Abroad", 1990) in found  # (no film of the catalog is called Hazel)


def test_a_dated_title_starts_after_a_mark_or_field_separator_written_against_it():
    finder = MentionFinder()
    found = [(m.title, m.year) for m in finder('"Notes"="Harbour Lights (1961), shot in Leith." and NOTE;LANG=EN:Dock Lights (2004) -')]
    assert found[0] == ("Harbour Lights", 1961) and found[-1] == ("Dock Lights", 2004)
    assert [m.title for m in finder('a plain "The Lodger (1927), restored at last')] == ["The Lodger"]
    assert [m.title for m in finder("Ostwind (The East Wind) (1988)")] == ["The East Wind"]
    # a markup code closed against the title's first word (subtitle frames, wiki and template tags)
    assert [m.title for m in finder("{12}{340}Harbour Lights (1961) opens at dawn")] == ["Harbour Lights"]
    assert [m.title for m in finder("[b]Dock Lights (2004)[/b] is long")] == ["Dock Lights"]
    # a time or a number in the title is no separator
    assert [m.title for m in finder("a remake of 3:10 to Yuma (1957)")] == ["3:10 to Yuma"]


def test_a_dated_title_keeps_the_opening_words_the_catalog_gives_it():
    # "In", "On", "From", "To" usually open the sentence, not the title: the catalog says when they are the title's
    text = ("In the Mood for Love (2000) is slow. I loved On the Waterfront (1954) and From Dusk Till Dawn (1996), "
            "and In Alien (1979), Ridley Scott waits.")
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert found == [("In the Mood for Love", 2000), ("On the Waterfront", 1954), ("From Dusk Till Dawn", 1996), ("Alien", 1979)]
    # an initialism the reader stops at is the title's when the catalog says so, not a stranger's ("the U.S. ...")
    text = "It is in the vein of E.T. the Extra-Terrestrial (1982), and of the U.S. Dock Lights (2004)."
    assert [(m.title, m.year) for m in MentionFinder()(text)] == [("E.T. the Extra-Terrestrial", 1982), ("Dock Lights", 2004)]
    # and so is a word before its comma ("However, " is not)
    text = "It owes a debt to Now, Voyager (1942). However, Dock Lights (2004) is the better model."
    assert [(m.title, m.year) for m in MentionFinder()(text)] == [("Now, Voyager", 1942), ("Dock Lights", 2004)]


def test_a_dated_title_the_capitals_ran_on_into_is_cut_to_the_title_the_catalog_knows():
    text = ("They are Nick and Nora from The Thin Man (1934), in the Bedford Falls of It's a Wonderful Life (1946), "
            "with a nod to Bogart and to The Harder They Fall (1956), and Bride of Frankenstein (1935) whole.")
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert found == [("The Thin Man", 1934), ("It's a Wonderful Life", 1946), ("The Harder They Fall", 1956),
                     ("Bride of Frankenstein", 1935)]


def test_a_dated_title_set_in_markup_the_reader_left_ends_before_its_closing_tag_or_link():
    text = ("It borrows from <em>Dock Lights</em> (1962), <i>Gull Island</i> (1971) and "
            "[Tern Rock](/reviews/tern-rock) (1964), and from *Salt Marsh* (1980).")
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert found == [("Dock Lights", 1962), ("Gull Island", 1971), ("Tern Rock", 1964), ("Salt Marsh", 1980)]


def test_a_dated_title_leaves_the_label_or_heading_before_it():
    finder = MentionFinder()
    # a heading line or a label the catalog does not know with the title, where it knows the title alone
    text = "Film Society Notes - Autumn Season\nKind Hearts and Coronets (1949)\nVIDEO CORNER: LES DIABOLIQUES (1955)"
    assert [(m.title, m.year) for m in finder(text)] == [("Kind Hearts and Coronets", 1949), ("Les Diaboliques", 1955)]
    # no title runs on over a blank line or a tab, whether the catalog knows it or not
    assert [m.title for m in finder("For Prof. Delgado, due Thursday\r\rPersona Nova (1966)")] == ["Persona Nova"]
    assert [m.title for m in finder("Basic\tHeadline\tDock Lights (2004): a review")] == ["Dock Lights"]
    # a title wrapped over one line of prose stays whole
    assert [m.title for m in finder("a remake of The Man in\nthe White Suit (1951)")] == ["The Man in the White Suit"]


def test_a_title_in_capitals_keeps_its_fraction():
    found = [m.title for m in MentionFinder()("I saw THE NAKED GUN 33 1/3 twice, and NAKED GUN 2 1/2: THE SMELL OF FEAR once.")]
    assert found == ["The Naked Gun 33 1/3", "Naked Gun 2 1/2: The Smell of Fear"]
    # a date is no fraction
    assert not any("/" in m.title for m in MentionFinder()("on 12/05/1999 WE SAW IT, AND ON 3/4/99 TOO"))


def test_an_abbreviation_inside_a_title_does_not_end_it():
    finder = MentionFinder()
    assert [m.title for m in finder("I saw Kill Bill: Vol. 1 (2003) twice.")] == ["Kill Bill: Vol. 1"]
    found = [m.title for m in finder("I loved DR. STRANGELOVE, MRS. DOUBTFIRE and KILL BILL: VOL. 1.")]
    assert found == ["Dr. Strangelove", "Mrs. Doubtfire", "Kill Bill: Vol. 1"]
    # and a run of capitals read as a title keeps it too ("Kill Bill: Vol. 1 was", not "Kill Bill: Vol")
    assert [run.group() for run in TITLE_RUN.finditer("Kill Bill: Vol. 1 was long, and Mr. Deeds Goes to Town was not.")] == [
        "Kill Bill: Vol. 1", "Mr. Deeds Goes to Town"]


def test_a_title_in_capitals_opens_on_an_initialism_the_catalog_knows_it_by():
    finder = MentionFinder()
    found = [m.title for m in finder("Late in L.A. CONFIDENTIAL a cop quits, as in G.I. JANE, and D.O.A. ends it.")]
    assert found == ["L.A. Confidential", "G.I. Jane", "D.O.A"]
    # an initialism closing a sentence is no part of the title after it
    assert [m.title for m in finder("It opened in the U.S. BLUE SKY came later.")] == ["Blue Sky"]


def test_a_title_in_capitals_holds_a_slash_where_the_catalog_knows_the_title():
    found = [m.title for m in MentionFinder()("FACE/OFF is louder than CRAZY/BEAUTIFUL, as ALIENS/TITANIC were.")]
    assert found == ["Face/Off", "Crazy/Beautiful", "Aliens", "Titanic"]


@pytest.mark.parametrize(("text", "title"), [
    ("The scene echoes Dustin Hoffman in Tootsie (1982), but sadder.", "Tootsie"),
    ("The coat owes something to Delon in Le Samouraï (1967).", "Le Samouraï"),
    ("It is no Once Upon a Time in America (1984), though it tries.", "Once Upon a Time in America"),
])
def test_an_actor_before_a_catalogued_dated_title_is_not_part_of_it(text, title):
    assert [m.title for m in MentionFinder()(text) if m.year] == [title]


def test_a_diary_posts_verb_and_number_are_no_part_of_the_title_after_them():
    # a thread's post number opens its line; "rewatched" is no foreign title word; "8 1/2" keeps its fraction
    text = "1/4 Rewatched Whiplash (2014) for the zine.\nFinally rewatched Heat (1995) too. And 8 1/2 (1963)."
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert ("Whiplash", 2014) in found and ("Heat", 1995) in found and ("8 1/2", 1963) in found


def test_an_owner_ends_a_dated_title_and_a_common_noun_s_or_a_catalog_title_s_possessive_does_not():
    text = ("Ana Pires's Night Harbour (2019) is slow. The Ambassador's Umbrella (2021) is slower, "
            "and THE DEVIL'S ADVOCATE (1997) is loud. It is no Schindler's List (1993) or Ocean's Eleven (2001).")
    found = [(m.title, m.year) for m in MentionFinder()(text)]
    assert found == [("Night Harbour", 2019), ("The Ambassador's Umbrella", 2021), ("The Devil's Advocate", 1997),
                     ("Schindler's List", 1993), ("Ocean's Eleven", 2001)]


def test_a_title_in_capitals_ends_on_i_where_the_catalog_knows_the_title():
    # ("The King and I" and "Me Myself I" are in the catalog; "SPEED I" is a pronoun after the title)
    text = "Adapting THE KING AND I, like ME MYSELF I, is hard. I saw SPEED I think."
    assert [m.title for m in MentionFinder()(text)] == ["The King and I", "Me Myself I", "Speed"]


def test_a_title_in_capitals_keeps_the_i_that_an_and_leaves_it():
    # no title ends in "and", so the "I" after one is the title's, catalogued or not
    text = "NIGHT HARBOUR AND I opens in the fog, and ANN & I, its sequel, in the rain. I saw SPEED I think."
    assert [m.title for m in MentionFinder()(text)] == ["Night Harbour and I", "Ann & I", "Speed"]
