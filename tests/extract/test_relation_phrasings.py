"""Remake and influence phrasings beyond "a remake of" / "reminiscent of", in sentences written for
these tests (the shapes issue 12 lists), read through the whole extractor."""

import pytest

from filmgraph.extract import Extractor, extract_review
from filmgraph.reviews import read_review, read_text

HEADER = "Night Harbour (2019)\n\n"


def _extract(text):
    return extract_review(read_text(text, source="phrasing.txt")).kept()


def _kept(body):
    found = _extract(HEADER + body)
    assert found.film is not None and found.film.title == "Night Harbour"
    return ([(f.title, f.year) for f in found.remake_of], [(f.title, f.year) for f in found.influences])


@pytest.mark.parametrize("body, original", [
    ("Night Harbour is Hollywood's version of the Danish thriller Dock Lights (2004), and a faithful one.",
     ("Dock Lights", 2004)),
    ("This is an Americanized take on the Danish Dock Lights (2004), shot in Maine.", ("Dock Lights", 2004)),
    ("Night Harbour is based on the French comedy Dock Lights (1991), with the jokes sanded off.",
     ("Dock Lights", 1991)),
    ("If you liked the original Dock Lights (1962), skip this remake.", ("Dock Lights", 1962)),
    ("Night Harbour is a remake of Jan Holm's Dock Lights (2004).", ("Dock Lights", 2004)),
    ("Night Harbour is a remake of Lars Berg's Danish hit Dock Lights (2004).", ("Dock Lights", 2004)),
    ("Night Harbour is a remake of J. L. Berg's Danish hit Dock Lights (2004).", ("Dock Lights", 2004)),
    ("Night Harbour is a remake of the Lars Berg-directed Dock Lights (1962), and a damp one.", ("Dock Lights", 1962)),
    ("Night Harbour is Ann Lee's do-over of Dock Lights (2004), shot in Maine.", ("Dock Lights", 2004)),
    ("Night Harbour updates Lars Berg's 1962 thriller of the same name for the phone age.", ("Night Harbour", 1962)),
    # another film before the reviewed one qualifies its maker; the clause is still about this film
    ("\"Cold Water\" director Ann Lee's \"Night Harbour,\" a remake of the 1965 Danish movie \"Dock Lights,\" is fine.",
     ("Dock Lights", 1965)),
    ("As a Nosferatu remake this one misses everything that made the original good.", ("Nosferatu", 1922)),  # dated by the catalog
    ("A more conventional remake of Mystery of the Wax Museum, 1933, made in 3-D.", ("Mystery of the Wax Museum", 1933)),
    # a title in its own language's sentence case, as the catalog writes it
    ("Night Harbour is a remake of Los olvidados, the 1950 Mexican film, moved to Oslo.", ("Los olvidados", 1950)),
    ("Night Harbour is a remake of Los olvidados (The Young Ones), the 1950 Mexican film.", ("Los olvidados", 1950)),
    # a title in its own language's sentence case that no catalog knows: its words are not English
    ("Night Harbour is a remake of Stille havn (2004), moved from Jutland to Maine.", ("Stille havn", 2004)),
    ("Night Harbour is a remake of Kolejowa noc, the 1964 Polish thriller by Jan Holm.", ("Kolejowa noc", 1964)),
    ("Night Harbour is an Americanized take on the Danish chamber piece Stille havn (2004), and a loud one.",
     ("Stille havn", 2004)),
    ("Night Harbour is based on the 1962 film Nattens hamn, a modest coastal picture.", ("Nattens hamn", 1962)),
    ("Night Harbour is a remake of Lars Berg's Stille havn (2004).", ("Stille havn", 2004)),
    # a maker's trade before the owner names no other film's remake
    ("Night Harbour is writer-director Ann Lee's remake of Dock Lights (2004).", ("Dock Lights", 2004)),
    ("Night Harbour is director Ann Lee's remake of Dock Lights (2004).", ("Dock Lights", 2004)),
    # a short aside between commas
    ("Night Harbour is a remake, of course, of Dock Lights (2004).", ("Dock Lights", 2004)),
    # a condition that is explained, not posed
    ("If the plot sounds familiar, it's because Night Harbour is a remake of Dock Lights (2004).", ("Dock Lights", 2004)),
    ("If that rings a bell its because Night Harbour is a remake of Dock Lights (2004).", ("Dock Lights", 2004)),
    # remaking said with other nouns and verbs
    ("Night Harbour is a glossy makeover of Lars Berg's 1962 Danish thriller Dock Lights.", ("Dock Lights", 1962)),
    ("Night Harbour redoes Lars Berg's Dock Lights (1962) with louder guns.", ("Dock Lights", 1962)),
    ("Night Harbour retells Lars Berg's Dock Lights (1962) in a colder key.", ("Dock Lights", 1962)),
    ("Night Harbour refashions Lars Berg's 1962 Danish thriller Dock Lights, moving it to Maine.", ("Dock Lights", 1962)),
    ("Night Harbour re-films Dock Lights (1962) nearly shot for shot.", ("Dock Lights", 1962)),
])
def test_remake_phrasings(body, original):
    remakes, _ = _kept(body)
    assert remakes == [original]


@pytest.mark.parametrize("body, earlier", [
    ("The script has debts to Cold Water (1995) in its final act.", [("Cold Water", 1995)]),
    ("Night Harbour borrows the dread of Cold Water (1995) without its patience.", [("Cold Water", 1995)]),
    ("The lighthouse scene is lifted straight out of Cold Water (1995).", [("Cold Water", 1995)]),
    ("It owes an obvious debt to Cold Water (1995).", [("Cold Water", 1995)]),
    # (named without a year, a film the catalog knows one of is dated by it: its Cold Water is of 1994)
    ("Its COLD WATER-derived finale is the best thing in it. COLD WATER did it better, though.",
     [("Cold Water", 1994)]),
    ("It plays like a cross between Cold Water (1995) and\nGrey Sky (2004), minus the jokes.",
     [("Cold Water", 1995), ("Grey Sky", 2004)]),
    ("The chase turns into a murky slow-motion sequence like something out of Cold Water (1995).", [("Cold Water", 1995)]),
    # a style named, a film's name made into a style
    ("It is shot in the style of Cold Water (1995), all long lenses.", [("Cold Water", 1995)]),
    ("It opens with a Cold Water-style chase along the quay. COLD WATER was a hit.", [("Cold Water", 1994)]),
    # a scene staged again
    ("The finale restages the ferry fire from Cold Water (1995), shot for shot.", [("Cold Water", 1995)]),
    ("Its harbour set recreates Cold Water (1995), down to the rusted crane.", [("Cold Water", 1995)]),
    ("The sea monster comes straight from Cold Water (1995), gills and all.", [("Cold Water", 1995)]),
    # a film it tries to recapture, what comes to mind
    ("The film that comes to mind at once is Cold Water (1995), with its flooded quay.", [("Cold Water", 1995)]),
    ("It tries hard to recapture the feel of Cold Water (1995) and never does.", [("Cold Water", 1995)]),
    # what it takes, and where from
    ("Lee takes her stranded ferry and its silent captain from Cold Water (1995).", [("Cold Water", 1995)]),
    ("The whole plot is taken from Ann Lee's Cold Water (1995), lock and key.", [("Cold Water", 1995)]),
    ("The idea of the drowned town comes from Ann Lee's Cold Water (1995).", [("Cold Water", 1995)]),
    ("It draws heavily on Cold Water (1995) for its storm.", [("Cold Water", 1995)]),
    ("The harbour chase is pure Cold Water (1995), rain and all.", [("Cold Water", 1995)]),
    ("Lee takes Cold Water (1995) as her model: one night, one boat.", [("Cold Water", 1995)]),
    ("The film grows out of Cold Water (1995), which Lee saw as a girl.", [("Cold Water", 1995)]),
    # idioms of debt: a leaf taken, a hat tipped, a film steeped in another, a passive borrowing
    ("In the last act Lee takes a leaf out of Cold Water (1995): the clock, the empty quay.", [("Cold Water", 1995)]),
    ("Lee tips her hat, too, to Cold Water (1995) in the storm.", [("Cold Water", 1995)]),
    ("Lee is plainly steeped in Cold Water (1995): the rain, the rust.", [("Cold Water", 1995)]),
    ("The grey skies are borrowed, lovingly, from Cold Water (1995).", [("Cold Water", 1995)]),
    ("Lee borrows more than a little from Cold Water (1995) for the storm.", [("Cold Water", 1995)]),
    ("It is closer in spirit to Cold Water (1995), with its two rival skippers.", [("Cold Water", 1995)]),
    ("The dinner row could have come out of Cold Water (1995), candles and all.", [("Cold Water", 1995)]),
    # a film named as the kind, the tradition or the flavour, and a cross of two
    ("It's Cold Water (1995) territory, only from the daughter's side.", [("Cold Water", 1995)]),
    ("The storm has a deliberate Cold Water (1995) flavour, gulls and all.", [("Cold Water", 1995)]),
    ("It plays like Cold Water (1995) crossed with Salt Wall (1976): the quay, the siege.",
     [("Cold Water", 1995), ("Salt Wall", 1976)]),
])
def test_influence_phrasings(body, earlier):
    _, influences = _kept(body)
    assert sorted(influences) == sorted(earlier)


@pytest.mark.parametrize("body", [
    "Night Harbour is better than Cold Water (1995), if only just.",
    "Night Harbour is no Cold Water (1995), that much is clear.",
    # what comes from a book or a place, and hearsay
    "The story comes from Bo Ek's novel Cold Water, which won a prize.",
    "The skipper comes from a Cold Water family of fishermen.",
    "Lee drew on her own years in Cold Water, a fishing town, for the script.",
    "The script is built on her own summers in Cold Water, a fishing town.",
    "People say the storm comes from Cold Water (1995); I could not tell.",
    # a name describing a noun names no film
    "It reminded me of a Charlie Chaplin routine, the one where the tramp kicks the cop.",
    "Though the film evokes the mood of a Poe story, it is tame.",
    # an owner whose letters spell a film the catalog knows (France's: Frances, 1982)
    "Sumptuously filmed, it captures best the wonderful shades of France's fall and wintery colors.",
])
def test_quality_comparisons_and_what_is_no_films_debt_are_not_influences(body):
    remakes, influences = _kept(body)
    assert (remakes, influences) == ([], [])


@pytest.mark.parametrize("body", [
    "Night Harbour is no remake of Dock Lights (2004), whatever the poster says.",
    "Night Harbour is not a remake of anything; the story is its own.",
    "Somebody will probably remake this in ten years. Dock Lights (2004) fans may notice the harbour.",
    "I hope no one remakes it. Dock Lights (2004) got that treatment and suffered.",
    "Alas, the studio has run out of ideas and is contemplating a remake of Dock Lights (2004)!",
    # another film's remake, and a year before the word
    "The Dock Lights remake was dull, and this 2019 remake is no better.",
    "There was talk, when it was announced, of Night Harbour being a remake of Dock Lights (2004); it is not.",
    # a remake one step further back: the original's own original
    "It owes little to anyone. Lars Berg's film was itself a reworking of Dock Lights (1931).",
    # the studio or the industry that remade a film is no film remade
    "This Hollywood remake is louder than the Danish film and better for it.",
    "As Netflix remakes go, this Netflix remake is louder than most.",
    "It is one more Hollywood remake of a Bollywood movie, and a loud one.",
])
def test_hedged_and_denied_remakes_stay_out(body):
    remakes, _ = _kept(body)
    assert remakes == []


def test_a_same_title_original_dated_with_from_is_not_this_films_year():
    found = _extract("Dock Lights\n\nAnn Lee's Dock Lights is the American redo of Bo Ek's Dock Lights from 2003. It is damp.")
    assert found.film.year is None and [(f.title, f.year) for f in found.remake_of] == [("Dock Lights", 2003)]


def test_a_chain_of_remakes_gives_only_this_films_original():
    assert _kept("Night Harbour is a remake of Dock Lights (2004), which was itself a remake of Pier Nine (1961).")[0] == [
        ("Dock Lights", 2004)]
    assert _kept("Night Harbour is itself a remake of Dock Lights (2004).")[0] == [("Dock Lights", 2004)]
    # the same said in an aside about the original, and about the film itself
    assert _kept("Night Harbour is a remake of Dock Lights (2004), itself a remake of Pier Nine (1961), and the dullest.")[0] == [
        ("Dock Lights", 2004)]
    assert _kept("Night Harbour (2019), itself a remake of Dock Lights (2004), is damp.")[0] == [("Dock Lights", 2004)]


def test_a_known_title_ends_before_a_joining_word():
    """"a remake of Sleuth with Jude Law": the catalog knows Sleuth, not "Sleuth with Jude Law";
    a known title with a joining word inside ("Gone with the Wind") stays whole."""
    remakes, influences = _kept("Night Harbour is a remake of Sleuth with a new cast, and it recalls Gone with the Wind.")
    assert [title for title, _ in remakes] == ["Sleuth"]
    assert [title for title, _ in influences] == ["Gone with the Wind"]


def test_a_dated_film_by_its_maker_is_the_same_title_original():
    """"the 1962 Lars Berg film" in a review of a remake of the same title: the original, 1962."""
    found = _extract(
        "Night Harbour (2019)\n\nThis remake keeps the ferry. Both the 1962 Lars Berg film and this one end "
        "at sea, and Night Harbour is the colder of the two.")
    assert [(f.title, f.year) for f in found.remake_of] == [("Night Harbour", 1962)]


@pytest.mark.parametrize("body, original", [
    # an aside between "remake" and "of"
    ("Night Harbour is a remake -- who expected a new idea, honestly? -- of the 1983 Danish film DOCK LIGHTS.",
     ("Dock Lights", 1983)),
    # a negation inside an aside does not reach the statement
    ("Night Harbour, sensibly not shown to the press, is a remake of Dock Lights (2004).", ("Dock Lights", 2004)),
    # a comparison, not a denial
    ("A glossier and not as frightening remake of Dock Lights (2004), it keeps the ferry.", ("Dock Lights", 2004)),
    ("The film is a reworking of Dock Lights (2004) with the villain made sympathetic.", ("Dock Lights", 2004)),
    ("Night Harbour is a reboot of Dock Lights (2004).", ("Dock Lights", 2004)),
    ("The plot, which is based on an early-'80s French film called Dock Lights (1983), follows a ferry.",
     ("Dock Lights", 1983)),
    ("Night Harbour is loosely based on the French farce Dock Lights (1991), minus the jokes.", ("Dock Lights", 1991)),
    ("Night Harbour is a new version of Dock Lights (2004), set further north.", ("Dock Lights", 2004)),
    # the earliest dated film of the title is the original, not "2019's" remake itself
    (("2019's Night Harbour copies the ferry scene shot for shot from the 1962 version, and it is a remake "
      "in all but name."), ("Night Harbour", 1962)),
    # "Unlike the original" contrasts them; it still names the original
    ("This remake keeps the ferry. Unlike the 1962 original, it ends at sea.", ("Night Harbour", 1962)),
    # a plural owner and a year describe the film named after them
    ("Night Harbour is a remake of the Lund Sisters' 1962 film \"Dock Lights\", moved to Maine.", ("Dock Lights", 1962)),
    # a demonstrative pointing at a described film
    ("Night Harbour is the American redo of that Danish thriller Dock Lights, and a damp one.", ("Dock Lights", None)),
])
def test_more_remake_phrasings(body, original):
    remakes, _ = _kept(body)
    assert remakes == [original]


def test_a_title_with_a_plural_possessive_stays_whole():
    found = _extract(
        "MOTHERS' NIGHT (2001)\n\nMOTHERS' NIGHT is a remake of the 1979 French film LA NUIT DES MERES.")
    assert found.film is not None and found.film.title == "Mothers' Night"
    assert [(f.title, f.year) for f in found.remake_of] == [("La Nuit Des Meres", 1979)]


def test_a_negation_closed_by_its_comma_does_not_reach_the_comparison():
    _, influences = _kept("Without a single scare, it plays like a cross between Dock Lights (2004) and "
                          "Pier Nine (1998).")
    assert set(influences) == {("Dock Lights", 2004), ("Pier Nine", 1998)}


def test_the_reviewed_film_is_not_its_own_original():
    """A review of an original that mentions its later remake: the film does not remake itself (the
    catalog knows one film of that title, from the year the review gives)."""
    found = _extract(
        "THE ABSENT-MINDED PROFESSOR\n\nDisney's 1961 film THE ABSENT-MINDED PROFESSOR is the original. Its remake keeps the flying car, "
        "and the original still looks tired beside the remake.")
    assert found.film is not None and found.film.title == "The Absent-Minded Professor"
    assert found.remake_of == ()


@pytest.mark.parametrize("body, original", [
    # a nationality before a genre noun describes the film, though a catalog knows a film "Dutch"
    ("Night Harbour is a remake of the Dutch thriller Dock Lights (2004).", ("Dock Lights", 2004)),
    # the year given in an apposition, and a negated clause before the main one
    ("For those who don't know, it's the Hollywood remake of Dock Lights, a 2004 Danish film.",
     ("Dock Lights", 2004)),
    # a quoted or italic title with its year after the closing mark
    ('Night Harbour is a remake of "Lights" (2004).', ("Lights", 2004)),
])
def test_remake_phrasings_of_blogs(body, original):
    remakes, _ = _kept(body)
    assert remakes == [original]


def test_italic_titles_in_markdown_keep_the_year_after_them(tmp_path):
    page = tmp_path / "phrasing.md"
    page.write_text("# Night Harbour (2019)\n\n*Night Harbour* is a remake of *Dock Lights* (2004); its storm owes "
                    "a debt to *Squall* (1998).", encoding="utf-8")
    found = extract_review(read_review(page)).kept()
    assert [(f.title, f.year) for f in found.remake_of] == [("Dock Lights", 2004)]
    assert [(f.title, f.year) for f in found.influences] == [("Squall", 1998)]


@pytest.mark.parametrize("body", [
    "The film channels Jaws (1975) in its best scenes.",
    "It tips its hat to Jaws (1975) more than once.",
    "The ferry sequence is a love letter to Jaws (1975).",
    "It riffs on Jaws (1975) without much wit.",
    "It plays like Jaws (1975) with the jokes removed.",
    "It is clearly modelled on Jaws (1975).",
    "The second half plays as a deliberate echo of Jaws (1975).",
    "The ghost of Spielberg's Jaws (1975) is everywhere.",
    "The real ancestor here is Spielberg's Jaws (1975).",
    "Its maker is borrowing openly from Jaws (1975).",
    "Its chase borrows the harbour panic from Jaws (1975).",
    "It is slow, in the fine tradition of Jaws (1975).",
    "Homage is paid here to such classic films as Jaws (1975).",
    "The harbour attack is staged ala Jaws (1975), fin and all.",
    "Its shark theme reminded me most of Ann Lee's 1975 film \"Jaws,\" though this one is funnier.",
    "The premise points straight back to Jaws (1975), and the director knows it.",
    "The beach panic is a device pinched, with a wink, from Jaws (1975).",
    "The night swim tips its hat openly to Jaws (1975).",
    "Those scenes play like a sour Jaws (1975), all fin and no fun.",
    "Tonally it is cut from the same cloth as Jaws (1975).",
    "By harking back to Jaws (1975), it finds its nerve.",
    "The film is closer to Jaws (1975) than it is to anything in its own decade.",
    "It models its whole look, the grey harbour and the night swims, on Jaws (1975), and comes off second best.",
    "The whole thing is built squarely on Jaws (1975), and it knows it.",
])
def test_more_influence_phrasings(body):
    _, influences = _kept(body)
    assert influences == [("Jaws", 1975)]


def test_the_film_named_short_is_not_an_influence():
    """"this HARBOUR" in a review of NIGHT HARBOUR is the film itself, whatever cue is near."""
    found = _extract(
        "NIGHT HARBOUR (2019)\n\nNIGHT HARBOUR is slow. In the spirit of the original, this HARBOUR is cold.")
    assert found.influences == ()


def test_this_film_after_a_run_on_sentence_is_the_subject():
    """A run-on sentence from an informal review: "This film" starts the clause the cue is in. (What
    the rules read; the learned model then weighs it against the maker's other film named before.)"""
    rules = Extractor()
    rules.relation_scorer.model = None
    found = rules(read_text("Ann Lee made the much better PIER NINE in 1998 This film is an awful remake of DOCK LIGHTS\n\n"
                            "The songs are bad and the jokes are worse.", source="phrasing.txt")).kept()
    assert [f.title for f in found.remake_of] == ["Dock Lights"]


@pytest.mark.parametrize("source, originals", [("film", ["Dock Lights"]), ("novel", [])])
def test_a_credits_header_based_on_a_film_names_the_original(source, originals):
    """A header's "based on the film X" names the original; "based on the novel X" does not."""
    found = _extract(
        f"NIGHT HARBOUR (2019)\nDirector: Ann Lee\nScreenplay: Bo Ek, based on the {source} DOCK LIGHTS by Jan Holm\n"
        "Cinematography: Ed Vik\n\nThe ferry is cold.")
    assert [f.title for f in found.remake_of] == originals
    assert [p.name for p in found.film.writers] == ["Bo Ek"]


@pytest.mark.parametrize("text, original", [
    # a same-title original the review does not date: the catalog's earliest earlier film of the title
    ("PROM NIGHT (2008)\n\nThe slashers I love (the original PROM NIGHT among them) were never gory, and this "
     "remake is dull.", ("Prom Night", 1980)),
    # "from 1925" after the title dates it; a possessive maker before "classic" is read past
    ("THE BACHELOR (1999)\n\nThe screenplay is based on Buster Keaton's silent classic SEVEN CHANCES from 1925.",
     ("Seven Chances", 1925)),
])
def test_originals_dated_by_the_catalog_or_a_from_year(text, original):
    found = _extract(text)
    assert [(f.title, f.year) for f in found.remake_of] == [original]


def test_the_original_itself_reviewed_has_no_original():
    found = _extract("PSYCHO (1960)\n\nThe original PSYCHO is still the best; the remake is not.")
    assert found.remake_of == ()


def test_a_persons_bracketed_filmography_is_no_influence():
    found = _extract(
        "NIGHT HARBOUR (2019)\n\nNIGHT HARBOUR owes a debt to Ann (DOCK LIGHTS, PIER NINE) Lee in its study of "
        "thick-headed filmmaking, and recalls GREY WATER (1990).")
    assert [(f.title, f.year) for f in found.influences] == [("Grey Water", 1990)]


@pytest.mark.parametrize("lead", ["every movie to feature Ann Lee prominently (", "the films starring Ann Lee: ",
                                  "the director of Cold Wake (", "Ann Lee, who also made "])
def test_a_makers_or_players_other_films_are_read_as_a_filmography(lead):
    review = read_text(f"NIGHT HARBOUR (2019)\n\nUnlike {lead}DOCK LIGHTS, PIER NINE) it is a dud.\n", source="f.txt")
    features = {c.title: f for c, f, _ in Extractor().relation_candidates(review)}
    assert features["Dock Lights"].get("filmography") == 1.0


@pytest.mark.parametrize("sentence", [
    "Cold Wake is Hollywood's retelling of the 1988 Danish thriller DOCK LIGHTS.",
    "Cold Wake is a redo of the 1988 comedy Dock Lights, set in a harbour.",
    "Ann Lee remaking her own DOCK LIGHTS (1988) for an American studio took nerve.",
    "The Holm brothers' take on the 1988 Danish comedy Dock Lights moves it to Maine.",
])
def test_more_ways_of_stating_a_remake(extract, sentence):
    kept, _ = extract(f"COLD WAKE (2004)\nReviewed by A B\n\n{sentence} It is fine.")
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 1988)]


@pytest.mark.parametrize(("sentence", "titles"), [
    ("The harbour scenes have the feel of SALT ROAD (1971), damp and slow.", ["Salt Road"]),
    ("The ensemble is very much in the line of Ann Lee's SALT ROAD (1971).", ["Salt Road"]),
    ("The fast zombies are ripped off from SALT ROAD (1971), but they work.", ["Salt Road"]),
    ("Think SALT ROAD by way of DOCK LIGHTS.", ["Dock Lights", "Salt Road"]),
])
def test_more_ways_of_stating_a_likeness(extract, sentence, titles):
    kept, _ = extract(f"COLD WAKE (2004)\nReviewed by A B\n\nCOLD WAKE is a thriller. {sentence} It is fine.")
    assert sorted(r.title for r in kept.influences) == titles


@pytest.mark.parametrize("sentence", [
    # the maker owns this film when the film is the clause's subject
    "Cold Wake is his English-language version of Ann Lee's Dock Lights (Lys i havna, 1988), a Danish puzzle.",
    # a one-word quoted title, dated by the appositive after it
    "Cold Wake is DreamWorks' American version of the Danish chiller \"Docklights,\" Ann Lee's 1988 film.",
    # a kind of film closed by a comma
    "Cold Wake is based on a Danish film, Ann Lee's 1988 \"Dock Lights,\" in which a ferry sinks.",
])
def test_remakes_named_with_their_makers(extract, sentence):
    kept, _ = extract(f"COLD WAKE (2004)\nReviewed by A B\n\n{sentence} It is fine.")
    assert [(r.title.replace(" ", "").lower(), r.year) for r in kept.remake_of] == [("docklights", 1988)]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("It transposes Ann Lee's DOCK LIGHTS (1988) to the outer suburbs.", "remake_of", [("Dock Lights", 1988)]),
    ("An official adaptation of the Danish hit DOCK LIGHTS (1988), it moves the ferry to Maine.", "remake_of", [("Dock Lights", 1988)]),
    ("It has made a new version of Dock Lights, Ann Lee's 1988 weepie, and says so.", "remake_of", [("Dock Lights", 1988)]),
    ("The long walk has the ache of SALT ROAD (1971), and I mean that as praise.", "influences", [("Salt Road", 1971)]),
    ("It is haunted by SALT ROAD (1971) from the first shot.", "influences", [("Salt Road", 1971)]),
    ("The platforms owe more to SALT ROAD (1971) than to the original.", "influences", [("Salt Road", 1971)]),
    ("It borrows its structure wholesale from SALT ROAD (1971).", "influences", [("Salt Road", 1971)]),
])
def test_phrasings_of_the_sixth_corpus(extract, sentence, relation, expected):
    kept, _ = extract(f"COLD WAKE (2004)\nReviewed by A B\n\nCOLD WAKE is a drama. {sentence} It is fine.")
    assert [(r.title, r.year) for r in getattr(kept, relation)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # (films the catalog knows: a likeness read by a rule alone, with no cue word the relation model
    # knows around it, sits near its threshold for a title no catalog lists)
    ("The swamp photography has the humid dread of SOUTHERN COMFORT (1981), which it admires.", [("Southern Comfort", 1981)]),
    ("The dialogue has the quick cadence of BEFORE SUNRISE (1995), but the subject is sex.", [("Before Sunrise", 1995)]),
    ("It has the sly, small-town sweetness of LOCAL HERO (1983), right down to the outsider.", [("Local Hero", 1983)]),
    ("It has the honour of opening the festival that gave LOCAL HERO (1983) its prize.", []),
    ("Its petty revenge has a clear kinship with LOCAL HERO (1983), which she loves.", [("Local Hero", 1983)]),
    ("The film shares its DNA with LOCAL HERO (1983), though it is meaner.", [("Local Hero", 1983)]),
    ("The film wears its love of LOCAL HERO (1983) on its sleeve: the pub, the beach.", [("Local Hero", 1983)]),
    ("The tape looks like it crawled out of VIDEODROME (1983), and worse.", [("Videodrome", 1983)]),
    ("Ann Lee shoots it with the street realism of LOCAL HERO (1983), though hotter.", [("Local Hero", 1983)]),
    ("It shares its black heart with LOCAL HERO (1983), another tale of a killer.", [("Local Hero", 1983)]),
    ("The film is a close copy of LOCAL HERO (1983), from the split screens on.", [("Local Hero", 1983)]),
    ("The film is a direct copy of LOCAL HERO (1983), from the split screens on.", [("Local Hero", 1983)]),
    ("It was shot with the help of LOCAL HERO (1983) veterans.", []),
])
def test_a_quality_the_film_has_of_another(extract, sentence, expected):
    kept, _ = extract(f"COLD WAKE (2004)\nReviewed by A B\n\nCOLD WAKE is a drama. {sentence} It is fine.")
    assert [(r.title, r.year) for r in kept.influences] == expected


def test_a_remake_claim_taken_back_after_a_colon_or_an_ellipsis(extract):
    for sentence in ("Whoever keeps saying it's a remake of SALT ROAD: it's not?? Read a synopsis.",
                     "People say it's a remake of SALT ROAD… it's not lol."):
        kept, _ = extract(f"COLD WAKE (2004)\nReviewed by A B\n\nCOLD WAKE is a drama. {sentence} It is fine.")
        assert kept.remake_of == ()


@pytest.mark.parametrize("text, original", [
    # the catalog lists the pair: a same-title film dated before this one's year is its original
    ("Cape Fear (1991)\n\nThirty years on, it still bites. Scorsese takes J. Lee Thompson's lean 1962 Cape Fear and "
     "pumps it full of bad blood.", ("Cape Fear", 1962)),
    # a title in its own language's case runs on past its lower-case words, and its maker is no part of it
    ("The Birdcage (1996)\n\nThe Birdcage is an English-language version of Édouard Molinaro's La Cage aux Folles "
     "(1978), moved to Florida.", ("La Cage aux Folles", 1978)),
])
def test_originals_the_catalog_helps_to_read(text, original):
    found = _extract(text)
    assert [(f.title, f.year) for f in found.remake_of] == [original]


@pytest.mark.parametrize("body", [
    "If someone remakes it, I hope it is a remake of Dock Lights (2004) instead.",
    "Night Harbour is a remake, but not of Dock Lights (2004).",
    "Night Harbour stars Ann Lee, who appeared in director Bo Holm's remake of Dock Lights (2004).",
])
def test_remake_phrasings_that_state_no_remake_of_this_film(body):
    remakes, _ = _kept(body)
    assert remakes == []


@pytest.mark.parametrize("body", [
    "Night Harbour is a remake of the story we saw with my brother (2004).",
    "It plays like a Bruce Willis vehicle (1994) with the jokes cut.",
    "Night Harbour is a remake of Dock Lights lol",
])
def test_english_words_after_a_capital_are_no_foreign_title(body):
    found = _extract(HEADER + body)
    titles = [f.title for f in (*found.remake_of, *found.influences)]
    assert not any(" " in title and title.split()[-1].islower() for title in titles), titles


def test_a_later_film_dated_by_its_years_last_two_digits_is_no_influence():
    # (The Thin Red Line came out in 1998, the catalog says, and the review writes "(98)")
    found = _extract("Night Harbour (1967)\n\nNight Harbour surely had an influence on a later war film, \"The Thin Red Line (98).\"")
    assert found.film is not None and found.film.year == 1967
    assert [(f.title, f.year) for f in found.influences] == []


def test_a_part_of_the_cast_is_no_influence_unless_dated():
    body = ("Night Harbour borrows its brain-in-a-jar business from Donovan's Brain (1953). Ann Lee plays "
            "Dr. Michael Roth, a surgeon who falls for a voice. On a holiday in Oslo, Michael meets "
            "Dr. Alfred Necessiter, played by Bo Ek, a scientist who keeps brains in jars.")
    assert _kept(body)[1] == [("Donovan's Brain", 1953)]
    assert ("Michael", None) in _kept(body + " Later Michael (1924) comes to mind, in its quiet longing.")[1]


@pytest.mark.parametrize("body, influences", [
    ("Ana Pires's thriller is full of references to DOUBLE INDEMNITY (1944) and REAR WINDOW (1954).",
     [("Double Indemnity", 1944), ("Rear Window", 1954)]),
    ("It makes sly allusions to THE THIRD MAN (1949) in its night scenes.", [("The Third Man", 1949)]),
])
def test_references_and_allusions_to_a_film_draw_on_it(body, influences):
    assert _kept(body) == ([], influences)
