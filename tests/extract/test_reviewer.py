import pytest

from filmgraph.extract import extract_review
from filmgraph.extract.doc import DocBuilder
from filmgraph.extract.reviewer import ReviewerFinder
from filmgraph.reviews import read_text


@pytest.mark.parametrize(
    ("tail", "name", "location"),
    [
        ("Reviewed by Ola Berg", "Ola Berg", None),
        ("Copyright 1998 Ola Berg", "Ola Berg", None),
        ("(c) ALL RIGHTS RESERVED OLA BERG", "Ola Berg", None),
        ("Ola is a moviegoer based out of Tulsa, Oklahoma. She likes tea.", "Ola", "Tulsa, Oklahoma"),
    ],
)
def test_bylines(extract, tail, name, location):
    kept, _ = extract(f"A decent film with a slow middle.\n{tail}\n")
    assert (kept.reviewer.name, kept.reviewer.location) == (name, location)


def test_no_byline(extract):
    kept, _ = extract("A decent film with a slow middle.")
    assert kept.reviewer is None


def test_more_bylines():
    from filmgraph.extract import extract_review
    from filmgraph.reviews import read_text
    for text, name in (("Salt (2019)\n\nDiary entry by Ann Lee · Watched 12 Mar 2024 · ★★★½\n\nGood.", "Ann Lee"),
                       ("Salt (2019)\nWatched by Bo Ek · 31 Oct 2023\n\nGood film.", "Bo Ek"),
                       ("Salt (2019)\n\nGood film.\n\n— Written by Cy Dunn", "Cy Dunn"),
                       ("Salt (2019)\n\nGood film.\n\nReviewed for the Society by Dee Fox", "Dee Fox"),
                       ("Salt (2019)\nA family drama takes the lead\n\nEli Marr reports from Berlin\n\nGood film.", "Eli Marr"),
                       ("Salt (2019)\n\n8/10\nDry fun\ngrim_ghoul  12 March 2017\n\nSaw it. Good.", "grim_ghoul"),
                       ("Forum > Horror\nThread: Salt (2019)\n\n#1  Wendigo77          Posts: 2,318 | Joined: Mar 2011\n\nGood.",
                        "Wendigo77"),
                       ("Salt (2019)  -  posted by moviemike88\n\nok so its good.", "moviemike88"),
                       ("CAPSULES\nFour new releases in brief, by Fay Ruiz\n\nSALT (2019) is good.", "Fay Ruiz"),
                       ("Salt (2019)\n\nHey everybody, Jo Pike here, welcome back to Reel Talk. Today: Salt.", "Jo Pike")):
        found = extract_review(read_text(text, source="x.txt")).kept()
        assert found.reviewer.name == name and found.film.writers == (), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Salt (2019)\nPosted by u/reel_dan in r/movies\n\nGood film.", "reel_dan"),
        ("Post by grim_77 >> Tue Oct 18, 2022 9:41 pm\n\nSalt (2019) is a good film.", "grim_77"),
        ("Salt (2019)\nReview by ann lee\n\nGood film.", "Ann Lee"),
        ("SALT / (2019) ** (out of four)\n\nBy Ann Lee:\n\n\t\"Salt\" is a good film.", "Ann Lee"),
        ("Salt (2019) is a good film. We all cried.\n\n8/10\n- Ronnie, Leeds\n", "Ronnie"),
        ("Salt (2019) is a good film.\n\nReply to this email to argue. I read everything.\n\nPia Okafor\n"
         "The Saturday Reel\n(You get this because you subscribed.)\n", "Pia Okafor"),
    ],
)
def test_handles_lower_case_names_signatures_and_sign_offs(extract, text, name):
    kept, _ = extract(text)
    assert kept.reviewer is not None and kept.reviewer.name == name


def test_a_name_the_review_already_used_is_no_sign_off(extract):
    kept, _ = extract("Salt (2019) stars Pia Okafor. It is a good film.\n\nPia Okafor\nThe Saturday Reel\n")
    assert kept.reviewer is None


@pytest.mark.parametrize(("text", "name"), [
    ("Salt (2019)\nposted in r/movies by u/throw_away88\n\nGood film.", "throw_away88"),
    ("Salt (2019)\nAuthor: maine_mel from Portland, ME\n\nGood film.", "maine_mel"),
    ("Salt (2019) is a good film. We all cried.\n\n/u/snow_dave\n", "snow_dave"),
    ("Salt (2019) is a good film. Some people laughed, I did not.\n\nTomasz\n", "Tomasz"),
    ("Salt (2019) is a good film. Will there be a sequel? Yes.\n\nxoxo, Kenzie\n", "Kenzie"),
])
def test_reddit_handles_and_first_names_that_sign_off(extract, text, name):
    kept, _ = extract(text)
    assert kept.reviewer is not None and kept.reviewer.name == name


def test_a_closing_word_is_no_first_name(extract):
    kept, _ = extract("Salt (2019) is a good film with a slow middle.\n\nEnjoy\n")
    assert kept.reviewer is None


@pytest.mark.parametrize(("text", "name"), [
    ("Night Harbour\nAuthor: harbour_fan_88\n\nok so.", "harbour_fan_88"),
    ("night harbour ★★½\n\nreview by kitchensinkfilms\n\nlisten.", "kitchensinkfilms"),
    ("Night Harbour\n\nIt is slow.\n\n- posted by midnightmatinee\n", "midnightmatinee"),
    ("Title: Night Harbour\nUser: grimvampfan\n\nso.", "grimvampfan"),
    ("***** Funniest film\nby TheReelQueen, 12 June 2009\n\nI've seen it.", "TheReelQueen"),
    ("Subject: harbour\nPosted by: chromeandglory  |  Forum: General\n\nso yeah.", "chromeandglory"),
    ("Night Harbour, 2019\nReviewed by dockwalker on letterboxd\n\nrewatch.", "dockwalker"),
])
def test_handles_in_user_review_bylines(text, name):
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == name


def test_a_wrapped_line_that_starts_with_by_is_no_byline():
    assert ReviewerFinder()(DocBuilder()("He went on and on,\nby himself, as if nobody\nwere there.")) is None


def test_words_by_inside_a_sentence_is_no_byline():
    found = ReviewerFinder()(DocBuilder()("Salt Road (1983)\n\nThe keeper reads aloud words by Ada Brenner, his late wife."))
    assert found is None


@pytest.mark.parametrize(("text", "name"), [
    ("From: Ruth Kessel <ruth@example.org>\nTo: Film Club\nSubject: Thursday\n\nHi all.", "Ruth Kessel"),
    ("REPERTORY NOTES: NIGHT HARBOUR\nShowing Sunday\nNotes by Graham Whitby\n\nThe outline holds.", "Graham Whitby"),
    ("PODCAST - Episode 4\n\n[00:00:04] ANA PIRES: Hi everyone, I'm Ana Pires and this is Second Reel.", "Ana Pires"),
    # a labelled byline inside a field, markup or a sentence
    ('msgid "Salt Road (1983)"\nmsgstr ""\n\nmsgid "Programme note by Ada Brenner"\nmsgstr "Nota de Ada Brenner"\n', "Ada Brenner"),
    ("@node Salt Road\n@i{Notes by Graham Whitby}\n\nThe outline holds.", "Graham Whitby"),
    ("Salt Road (1983). Dir. Bo Ek. Words by Mitsuko Arai, as ever.\n\nThe outline holds.", "Mitsuko Arai"),
    ("# booth.fea -- features for the signage font. Note by Priya Lind;\n# the note is below.\n\nfeature liga {", "Priya Lind"),
    ("The outline holds.\n\nNote by Thaddeus Mwanga\n\nmap E1M1\n", "Thaddeus Mwanga"),
    # a byline in a program's comment
    ("# build.ninja for the review site\n# Author: Rohan Vale, Night Desk\n\nrule copy\n", "Rohan Vale"),
    ("' Module1.bas\n' Author: Dora Finch\nPublic Sub Show()\nEnd Sub\n", "Dora Finch"),
    ("<!-- Author: Oskar Lind -->\n<window>The outline holds.</window>\n", "Oskar Lind"),
    ("/* Written by Ines Kowal */\nbody { margin: 0; }\n", "Ines Kowal"),
    ("% Salt Road, or the keeper's year\n%\n% Author: Harold Fitch, The Reel Gazette\n", "Harold Fitch"),
    # a settings key or a data field named for the reviewer
    ('env:\n  REVIEW_SLUG: "ln-7049"\n  REVIEW_AUTHOR: "Tobiah Fern"\n', "Tobiah Fern"),
    ('[Service]\nEnvironment="REVIEWER=Bart Nkemelu"\nExecStart=/usr/bin/cat\n', "Bart Nkemelu"),
    ('    labels:\n      org.example.reviewer: "Rohan Desh"\n', "Rohan Desh"),
    ("define(`REVIEWER', `Severin Yarrow')dnl\ndefine(`BYLINE', `Review by REVIEWER')dnl\n", "Severin Yarrow"),
    ("Review author: Zelda Harrow\nSmtp banner: ESMTP, review of the month by REVIEW_AUTHOR\n", "Zelda Harrow"),
    ('[HKEY_CURRENT_USER\\Software\\Reviews]\n"Film"="Wadjda"\n"ReviewedBy"="Gideon Falk"\n', "Gideon Falk"),
    ('[Event "Club night"]\n[Annotator "Celeste Arkwell"]\n{The hand was flat.}\n', "Celeste Arkwell"),
])
def test_senders_notes_hosts_and_labelled_bylines_below_the_first_line(text, name):
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == name


@pytest.mark.parametrize(("tail", "name"), [
    ("Margit Hale, Fog Line Review, 27 March 2026", "Margit Hale"),
    ("Yours, Abigail Thorne (Cutting Room Floor), 20 March 2026", "Abigail Thorne"),
    ("Ola Berg, 3 March 2024", "Ola Berg"),
])
def test_a_dated_signature_with_its_outlet(tail, name):
    found = ReviewerFinder()(DocBuilder()(f"Salt Road (1983)\n\nThe keeper reads aloud to the gulls. It is slow and kind.\n\n{tail}\n"))
    assert found is not None and found.name == name


def test_a_dated_line_of_credits_is_no_signature():
    text = "Salt Road (1983)\n\nThe keeper reads aloud to the gulls.\n\nReleased in Oslo, 3 March 1983\n"
    assert ReviewerFinder()(DocBuilder()(text)) is None


def test_a_name_between_the_prose_and_the_code_after_it_signs_the_review():
    text = "The outline holds, and the keeper reads aloud.\n\nHamish Treloar\n\nmtllib house.mtl\no house\n"
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == "Hamish Treloar"
    # prose after it makes the name a heading, not a signature
    assert ReviewerFinder()(DocBuilder()("The outline holds.\n\nHamish Treloar\n\nThe keeper reads aloud.\n")) is None


@pytest.mark.parametrize("text", [
    # more than one blank line before the code
    "The outline holds, and the keeper reads aloud.\n\nHamish Treloar\n\n\ntimeout 5\nbanner lobby.png\n",
    # comment marks kept: the name alone in a paragraph of comments of its own
    "*% The outline holds, and the keeper reads aloud.\n*%\n*%   Hamish Treloar\n*%\n*FormatVersion: \"4.3\"\n",
    "// The outline holds, and the keeper reads aloud.\n//\n// Hamish Treloar\n//\n\n.version 7.0\n",
])
def test_a_name_in_a_paragraph_of_its_own_before_the_code_signs_the_review(text):
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == "Hamish Treloar"


def test_a_name_in_comments_with_prose_after_it_is_no_signature():
    text = "# The outline holds.\n#\n# Hamish Treloar\n#\n# The keeper reads aloud, and well.\n"
    assert ReviewerFinder()(DocBuilder()(text)) is None


def test_a_commented_label_needs_a_name():
    assert ReviewerFinder()(DocBuilder()("# Author: see the AUTHORS file\nrule copy\n")) is None


@pytest.mark.parametrize(("text", "name"), [
    ("r/movies • Posted by u/grim_gerald • 6h\n\nSo.", "grim_gerald"),
    ("Salt Road\n\nReview by sprocketgirl  ★★★½  ♥\n\nok.", "sprocketgirl"),
    ("Meg @orbitalmeg · Jun 8\n1/ ok so", "orbitalmeg"),
    ("@tapeguy · 2 weeks ago\nthe og one had more bite", "tapeguy"),
    ("northernlights_77 · 12 February 2024\n\nok", "northernlights_77"),
    ("Rahul Mehta · 2d\n\nok", "Rahul Mehta"),
    ("Priya R.'s review of Salt Road\n\nok", "Priya R."),
    ("SALT ROAD\nText: Mitsuko Arai\n\nok", "Mitsuko Arai"),
    ("Fire: Salt Road at fifty\nAn essay by Margery Olawale-Hughes\n\nok", "Margery Olawale-Hughes"),
    ("Salt Road review – a new version\n\n★★★☆☆\n\nGideon Farrant\n\nSome remakes sneak in.", "Gideon Farrant"),
    ("Salt Road [Blu-ray]\n\nDale K.\n★★★★★ Better than the original!!\n\nok", "Dale K."),
    ("★★★★☆\nsalt in the wound, it works\ndustyreels · 2y ago\n\nok", "dustyreels"),
    ("Meh\n★★★☆☆\nby reelfan_12 – Jul 21, 2019\n\nok", "reelfan_12"),
    ("T. Okafor\n\n2.0 out of 5 stars  Watch the old one\nReviewed in the United Kingdom on 9 May 2012\n\nok", "T. Okafor"),
    ("Sign in  Films  Lists\n\nMira Solberg’s review published on Letterboxd:\n\nok", "Mira Solberg"),
    ("SALT ROAD (1983)\n\nok, it is long.\n\nProgramme note by Ada Brenner, Head of Programming", "Ada Brenner"),
    ("REEL MAIL\nIssue #4\nFrom the desk of Ola Vang\n\nok", "Ola Vang"),
    ("WHY. JUST WHY.\nRating: 2/10\nReviewer: Dale_in_Reno | Posted 11 Dec 1998\n\nok", "Dale_in_Reno"),
    ("review by kestrel.owl ★★★★½\n\nwatched it at 2am", "kestrel.owl"),
    ("Skip to content\nMenu\nCulture › Film\n\nSalt Road review – long\n\nA tagline here\n\nIda Marsh\n"
     "Fri 28 Mar 2008 09.00 GMT\n\nok", "Ida Marsh"),
])
def test_social_and_shop_bylines(text, name):
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Be afraid of the baboon scene\n9/10\ngrim_reel88 | 14 October 2009\n\nI rented Salt Marsh on a whim.", "grim_reel88"),
    ("Funniest movie of the year\n10/10\nJo Bell | 30 March 1996\n\nJust got back from Salt Marsh.", "Jo Bell"),
    ("USER REVIEWS  >  salt marsh (2021)\n\n4  |  hollow_harriet  |  Nov 21, 2021\n-----\nhonestly salt marsh is dull.",
     "hollow_harriet"),
    ("★★★★☆  SCARY\nBy Mom_in_Tulsa on June 9, 2001\n\nI rented SALT MARSH.", "Mom_in_Tulsa"),
    ("Summary: Decent little thriller\nRating: 6/10\nAuthor: tomek_w (Gdansk)\nDate: 12 August 2016\n\nSalt Marsh is fine.",
     "tomek_w"),
    ("Salt Marsh [Blu-ray] - Customer reviews\n\nDale K.\n5.0 out of 5 stars  Nobody trusts anybody\n\nSalt Marsh is fine.",
     "Dale K."),
    ("Forum > Movies > Salt Marsh\n\nreelrick\nMember since: Mar 2004 | Posts: 2,117\n\nSalt Marsh is fine.", "reelrick"),
])
def test_user_review_headers_name_their_author(extract, text, name):
    reviewer = extract(text)[0].reviewer
    assert reviewer is not None and reviewer.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("fly_fan_4ever\n★★★★½  ♥  rewatch\nwatched 31 oct 2022\n\nrewatched salt marsh for halloween.", "fly_fan_4ever"),
    ("Customer reviews › Salt Marsh [Blu-ray]\n\n★★☆☆☆ Movie still great\nReviewed in the United States on March 3, 2019\n"
     "Gerald T.\nFormat: Blu-ray\n\nTwo stars is for the packaging.", "Gerald T."),
    ("Topic: better than the original?\n\n-----\nTumble_Tom   Sat Sep 8 2007 11:02:17\nFlag | Report\n\nIt was fine.",
     "Tumble_Tom"),
    ("Forums › Remakes › Salt Marsh (1995)\n\n Post subject: Salt Marsh (1995)\n MrMarsh\n Joined: Mar 2005 | Posts: 1211\n\n"
     "Salt Marsh is fine.", "MrMarsh"),
])
def test_diary_shop_and_board_authors(extract, text, name):
    reviewer = extract(text)[0].reviewer
    assert reviewer is not None and reviewer.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("WEEKEND SHORTS\nCapsules by Ottilie Brandt\n\nSALT MARSH is fine.", "Ottilie Brandt"),
    ("Salt Marsh (2021)\n\nSalt Marsh is fine.\n\n— Words: Piet Laurens-Hale", "Piet Laurens-Hale"),
    ("[Reviewer: Ines Vogel-Marr]\n\nSalt Marsh is fine.", "Ines Vogel-Marr"),
    ("Is Salt Marsh worth seeing?\nAnswered by Tove Ring, film editor\n\nYes.", "Tove Ring"),
    ("It's time for the pictures with our film critic, Odile Ferrand. Odile, what have you seen?\n\nSalt Marsh.", "Odile Ferrand"),
    ("Hi, welcome back to Reel Bikes, the cycling film podcast. I'm Dario Venn. This week: Salt Marsh.", "Dario Venn"),
    ("Salt Marsh - terrible\n\nmarshwatcher, 3 March 2019\n\nSalt Marsh is dull.", "marshwatcher"),
    ("Salt Marsh\nBy Odo Hale (Leeds, UK) - See all my reviews\n\nIt is dull.", "Odo Hale"),
    # a magazine's label in capitals; a contributor's note under the piece
    ("SALT MARSH (2021)\nWORDS: TILDA ASHE-MORROW\n\nSalt Marsh is fine.", "Tilda Ashe-Morrow"),
    ("Salt Marsh (2021)\n\nSalt Marsh is fine.\n\nRenata Vos-Ibarra writes about film for the Harbour Courier.", "Renata Vos-Ibarra"),
    # a signature in a paragraph of its own that says what its writer is to the page
    ("Salt Marsh (2021) is fine.\n\n   Kenji Albright, film society secretary\n\n\\begindata\n", "Kenji Albright"),
    ("# Hollis Brandt -- film diary, vol. 6\n#\n# 16.07 Salt Marsh (2021). Fine.\n", "Hollis Brandt"),
    ("Salt Marsh (2021) is fine.\n$\n$ Nicola Farrant, Film Critic\n$\n$ flags: none\n", "Nicola Farrant"),
])
def test_bylines_of_capsules_labels_broadcasts_and_handles(extract, text, name):
    reviewer = extract(text)[0].reviewer
    assert reviewer is not None and reviewer.name == name


@pytest.mark.parametrize("text", [
    "From: The Midnight Letter <hello@midnightletter.example>\n\nSalt Marsh is dull.",
    "saltmarsh_fan\nSenior Member\n\nSalt Marsh is dull.",
])
def test_a_publication_or_a_rank_is_no_reviewer(extract, text):
    reviewer = extract(text)[0].reviewer
    assert reviewer is None or reviewer.name not in ("The Midnight Letter", "Senior Member")


def test_a_sentence_in_a_paragraph_of_its_own_is_no_signature(extract):
    text = "Night Harbour (2019) is slow.\n\nBo Ek, the star of the first film, is not in this one.\n\nIt still works.\n"
    reviewer = extract(text)[0].reviewer
    assert reviewer is None or reviewer.name != "Bo Ek"


@pytest.mark.parametrize("tail", ["Posted by Silver Lining", "- Keep Case", "Silver Lining"])
def test_words_of_english_sign_no_review(extract, tail):
    # (a page's furniture or a column's name: no gold reviewer's name is two or more English words)
    assert extract(f"Night Harbour (2019) is slow but it works. Bo Ek plays the pilot.\n\n{tail}\n")[0].reviewer is None


def test_a_name_ending_on_an_initial_keeps_its_dot():
    from filmgraph.extract import extract_review
    from filmgraph.reviews import read_text

    found = extract_review(read_text("Salt Marsh [Blu-ray] - Customer reviews\n\nGerald T.\n5.0 out of 5 stars  Cold and slow\n\n"
                                     "Reviewed in the United Kingdom on 3 March 2019\n\nIt is a slow film and I liked it.", source="x"))
    assert found.reviewer is not None and found.reviewer.name == "Gerald T."


_PROSE = "A calm drama about a ferry, told without hurry.\nThe ending is patient and kind, and it holds up."


@pytest.mark.parametrize(("code", "name"), [
    ("\n\nAnn Lee\n{\n  \"presets\": []\n}\n", "Ann Lee"),
    ("\n\nAnn Lee\"\"\"\n    metersPerUnit = 0.01\n)\n", "Ann Lee"),
    ("\n\nAnn Lee\n\nVagrant.configure(\"2\") do |config|\nend\n", "Ann Lee"),
    ("\n\nAnn Lee\n\nVERSION 5.8 ;\nBUSBITCHARS \"[]\" ;\n", "Ann Lee"),
    ("\n\nAnn Lee\n------------------------\n@<TRIPOS>MOLECULE\nferry\n", "Ann Lee"),  # a rule under the name
    ("\n\n   Ann Lee *)\n\nMODULE Seats EXPORTS Main;\nBEGIN END Seats.\n", "Ann Lee"),  # a Modula comment's close
    ("\n\nAnn Lee\nis its best asset (as ever).\n\nIt opens Friday.\n\nShowtimes follow the notices.\n", None),
])
def test_a_name_alone_between_the_prose_and_the_code_after_it(code, name):
    found = ReviewerFinder()(DocBuilder()(_PROSE + code))
    assert (found.name if found else None) == name


@pytest.mark.parametrize("text", [
    "From: Tobias Wren <tw@a.example>\nSubject: [PATCH] notes\n\nSigned-off-by: Tobias Wren\nReviewed-by: Hal Prentice <h@a.example>\n",
    'The critic "Ann Lee" would disagree. Night Harbour is a calm drama about a ferry.\n',
])
def test_a_patch_s_code_reviewer_or_a_critic_named_in_prose_is_no_keyed_reviewer(text):
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is None or found.name not in ("Hal Prentice", "Ann Lee")


def test_a_chat_lines_from_is_no_part_of_the_reviewers_name():
    chat = ("19:01:48 From Nils Aune to Everyone:\n\tEvening all, give it two minutes\n19:02:31 From Bo Ek to Everyone:\n"
            "\tSorry, I was on mute\n19:29:12 From Nils Aune to Everyone:\n\tMy write-up for the newsletter, in bits:\n"
            "19:29:30 From Nils Aune to Everyone:\n\tGULL ISLAND (2011). Directed by Cy Dunn from a script by Ida Moll. The "
            "ferry never comes, and the film waits for it with the islanders through a long grey winter on the jetty.\n"
            "19:30:02 From Nils Aune to Everyone:\n\tIt is slow, and it is lovely, and Tova Lind is the best thing in it.\n")
    found = extract_review(read_text(chat, source="chat.txt")).kept()
    assert found.reviewer is not None and found.reviewer.name == "Nils Aune"


def test_a_summary_or_review_written_by_someone_names_its_author_not_the_films_writer():
    text = ("Night Harbour (2019)\nDirected by Ana Pires\n\nSummary written by Hal Dunmore, with my own two cents at the bottom\n\n"
            "This is a digest of the commentary track. Ida Strand plays Mia. The script was written by Rui Vaz.")
    kept = extract_review(read_text(text, source="notes.txt")).kept()
    assert kept.reviewer is not None and kept.reviewer.name == "Hal Dunmore"
    assert [person.name for person in kept.film.writers] == ["Rui Vaz"]


def test_a_hosts_greeting_below_a_transcripts_header_names_the_reviewer():
    text = ("Night Harbour (2019)\nTranscript (auto-generated)\nRunning time: 12:07\nEpisode 14\n\n\n"
            "[00:00:03] Hi everyone, I'm Ann Lee and this week's film is Night Harbour, a remake of Dock Lights (2004).\n"
            "Ida Strand plays Mia.")
    kept = extract_review(read_text(text, source="episode.txt")).kept()
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    # a character's greeting quoted from the film is no host's
    quoted = 'Night Harbour (2019)\n\nIt opens on a ferry. "Hello, I\'m Mia Strand," the captain says, and the film never recovers.'
    assert extract_review(read_text(quoted, source="q.txt")).kept().reviewer is None


def test_written_by_a_name_with_an_address_is_the_documents_author_not_the_films_writer():
    text = ("NAME\n    reelnotes - Tron (1982)\n\nDESCRIPTION\n    Tron (1982), directed by Steven Lisberger and written by "
            "Bonnie MacBird, stars Jeff Bridges as Flynn.\n\nAUTHOR\nWritten by Ann Lee <ann@reelnotes.example>. Bug reports welcome.\n")
    kept = extract_review(read_text(text, source="reelnotes.1")).kept()
    assert [person.name for person in kept.film.writers] == ["Bonnie MacBird"]
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"


@pytest.mark.parametrize("text", [
    "; Night Bus (2010) is slow but it works.\n;\n; Signed, Ann Okafor-Lind\n\n  #####\n###   #\n",
    "! Night Bus (2010) is slow but it works.\n\n! Signed, Ann Okafor-Lind\n\n.text\n.align\t2\n",
    "@document.meta\ntitle: Night Bus\nauthors: Ann Okafor-Lind\n@end\n\nNight Bus (2010) is slow but it works.\n",
    "Night Bus (2010) is slow but it works.\n\n-- Ann Okafor-Lind\n\nset sample_name \"night\";\nset sleeptime \"30\";\n",
])
def test_a_signature_or_an_authors_field_in_a_file_of_code_names_the_author(text):
    assert ReviewerFinder()(DocBuilder()(read_text(text, source="note.txt").text)).name == "Ann Okafor-Lind"


def test_a_signature_before_a_config_file_s_settings_signs_the_review():
    prose = "Night Harbour (2019) is a slow drama, and a fine one. " * 20
    settings = "".join(f"Setting {n}: value-{n}\n" for n in range(40))
    text = f"{prose}\n\n-- Ann Lee\n\nGroup: core\n{settings}Group: sendsms-user\nUsername: reminders\nPassword: secret\n"
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == "Ann Lee"
    # an account's handle still signs a review whose prose ends the text
    found = ReviewerFinder()(DocBuilder()("Username: reelfan_77\nRating: 4/5\n\nNight Harbour is a slow drama, and a fine one."))
    assert found is not None and found.name == "reelfan_77"


def test_a_handle_signs_as_the_full_name_the_text_brackets_after_it(extract):
    kept, _ = extract("reply from reel_fan_77 (Ann Okafor-Lind, as the sig says below)\n\nNight Bus (2010) gets my vote. "
                      "Bo Ek plays the driver, and it works.\n\n-- reel_fan_77\n")
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Okafor-Lind"


def test_a_reposts_credit_names_the_reviews_writer_over_the_reposting_account():
    text = ("Night Harbour (2019)\nBy Jo Bell\n\nSharing a review I love. Originally published by Ann Lee in her zine "
            "Harbour Notes.\n\nA remake of Dock Lights (2004), and a calm one.\n")
    found = ReviewerFinder()(DocBuilder()(text))
    assert found is not None and found.name == "Ann Lee"
    # without the credit, the byline stands
    found = ReviewerFinder()(DocBuilder()(text.replace("Originally published by Ann Lee in her zine Harbour Notes.", "")))
    assert found is not None and found.name == "Jo Bell"
