"""The author model names who wrote a page the byline rules cannot read, and no one else."""

import textwrap

from filmgraph.extract import Extractor, extract_review
from filmgraph.extract.authors import author_candidates
from filmgraph.extract.doc import DocBuilder
from filmgraph.reviews import read_text

CHAT = ("[12/03/2024 21:02] tapehead_99\nsaw Night Harbour (2019) last night, it is slow but it works\n\n"
        "[12/03/2024 21:03] tapehead_99\nBo Ek plays the ferry pilot and he is great")


def _reviewer(text):
    found = extract_review(read_text(text, source="page.txt")).reviewer
    return found and found.name


def test_a_chat_log_s_handle_and_a_list_s_author_are_named():
    assert _reviewer(CHAT) == "tapehead_99"
    assert _reviewer("Quiet films for long nights\nA list by moonbeam_k  ·  12 films\n\n1. Night Harbour (2019)\n"
                     "Night Harbour is a patient drama. Bo Ek plays the pilot.") == "moonbeam_k"


def test_a_sign_off_s_first_name_or_handle_is_a_candidate():
    for signature, name in (("— Odile", "Odile"), ("-- Kev (Leeds)", "Kev"), ("-- dan_the_forklift_man", "dan_the_forklift_man")):
        doc = DocBuilder()(f"Night Harbour is slow but it works.\n\n{signature}\n")
        assert [found for found, _, _ in author_candidates(doc)] == [name]
    # a dash opening a line of prose is no sign-off
    assert author_candidates(DocBuilder()("Night Harbour is slow.\n\n-- Really it is slow.\n")) == []


def test_english_words_a_script_or_a_record_writes_are_no_handles():
    for lines in ("-- stop", "SIGN_WIDTH 40\nseats_per_row 12"):
        assert author_candidates(DocBuilder()(f"Night Harbour is slow but it works.\n\n{lines}\n")) == []


def test_a_file_s_name_is_no_handle():
    for lines in ("@booking.json", "sent madmax_review_v3.doc", "-- scan_0014.jp2"):
        assert author_candidates(DocBuilder()(f"Night Harbour is slow but it works.\n\n{lines}\n")) == []
    assert [name for name, _, _ in author_candidates(DocBuilder()("Night Harbour is slow but it works.\n\n@reel_ann\n"))] == ["reel_ann"]


def test_a_title_s_words_after_a_determiner_are_no_name():
    doc = DocBuilder()("This note came unsigned.\n\nI Spit on Your Grave (2010)\n\nSteven R. Monroe directed this remake of "
                       "Meir Zarchi's I Spit on Your Grave\n(1978), first released as Day of the Woman.\n")
    assert "Your Grave" not in [name for name, _, _ in author_candidates(doc)]


def test_a_signature_under_a_paragraph_that_names_a_credit_is_a_candidate():
    paragraph = ("Jia takes his lone figures from King Hu's swordplay films, but the swords here are guns. The film won the "
                 "screenplay prize at Cannes and was never released at home, and it is his angriest work.")
    doc = DocBuilder()(f"A Touch of Sin (2013)\n\n{paragraph}\nAdele Fontaine, Quai des Images.\n")
    assert "Adele Fontaine" in [name for name, _, _ in author_candidates(doc)]
    # a short credits line beside a name still makes it a credit, not a signature
    doc = DocBuilder()(f"A Touch of Sin (2013)\n\n{paragraph}\nScreenplay:\nJia Zhangke\n")
    assert "Jia Zhangke" not in [name for name, _, _ in author_candidates(doc)]


def test_a_country_is_no_author():
    for lines in ("Made in Italy, Spain,\nWest Germany", "filed from @sweden"):
        found = [name.lower() for name, _, _ in author_candidates(DocBuilder()(f"Night Harbour is slow but it works.\n\n{lines}\n"))]
        assert not {"west germany", "sweden"} & set(found)


def test_a_review_that_names_only_its_cast_has_no_author():
    assert _reviewer("Night Harbour (2019) is a patient drama. Bo Ek plays the pilot, Ann Lee his sister. Bo Ek is great.") is None


def test_the_model_picks_no_name_of_english_words():
    # (the model would: a short line opening the page, named once)
    text = "Silver Lining\n\nNight Harbour (2019) is slow but it works. Bo Ek plays the pilot.\n"
    assert "Silver Lining" in [name for name, _, _ in author_candidates(DocBuilder()(text))]
    assert _reviewer(text) is None


def test_the_model_picks_no_program_constant():
    # (a handle-shaped word alone on a line at the foot, as a signature would stand)
    text = "Night Harbour (2019) is slow but it works. Bo Ek plays the pilot.\n\nLATTICE_END\n"
    assert "LATTICE_END" in [name for name, _, _ in author_candidates(DocBuilder()(text))]
    assert _reviewer(text) is None


def test_without_a_model_nobody_is_added():
    extractor = Extractor()
    extractor.author_scorer.model = None
    assert extractor(read_text(CHAT, source="page.txt")).reviewer is None


def test_no_publication_film_title_address_or_prose_word_is_a_candidate():
    doc = DocBuilder()("The Friday Reel\n\nNight Harbour (2019)\nby accident I saw it\nann@film.garden\n\n"
                       "Night Harbour is slow. Written up by reel_ann\n")
    assert [name for name, _, _ in author_candidates(doc)] == ["reel_ann"]


def test_a_candidate_knows_how_many_names_the_page_offers_and_its_place_among_them():
    doc = DocBuilder()("Handout prepared by Ann Lee\n\nThe film is slow.\n\nNotes typed up by Bo Ek")
    found = [(name, sorted(f for f in features if f.startswith(("candidates:", "first_", "last_"))))
             for name, _, features in author_candidates(doc)]
    assert found == [("Ann Lee", ["candidates:2", "first_candidate"]), ("Bo Ek", ["candidates:2", "last_candidate"])]


def _candidates(text):
    return [name for name, _, _ in author_candidates(DocBuilder()(text))]


def test_a_metadata_field_s_author_is_a_candidate():
    # a field's key before the name or a post's verb after it does not write the name into a sentence
    assert _candidates("#title Night Harbour\n#author Ann Lee-Okoro\n#date 2022-02-19\n\nNight Harbour is slow.") == ["Ann Lee-Okoro"]
    assert _candidates("Ann Lee-Okoro posted in Quiet Film Club.\n\nNight Harbour is slow.") == ["Ann Lee-Okoro"]
    # a quoted field value is no film title, and a quoted cell under another quoted cell no quotation's speaker
    assert _candidates('---\ntitle: "Night Harbour"\nauthor: "Ann Lee-Okoro"\n---\n\nNight Harbour is slow.') == ["Ann Lee-Okoro"]
    assert _candidates('<Byline author="Ann Lee-Okoro" role="Staff writer" />\n\nNight Harbour is slow.') == ["Ann Lee-Okoro"]
    assert _candidates('C;Y1;X1;K"Film log 2009"\nC;Y2;X1;K"Kept by: Ann Lee-Okoro"\n\nNight Harbour is slow.') == ["Ann Lee-Okoro"]


def test_a_field_keyed_as_the_author_s_mid_page_is_a_candidate_marked_so():
    # deep in a program, past the page's head and above its foot, and quoted as a title would be
    body = "Night Harbour is a patient drama about a ferry pilot, and it takes its time. " * 30
    for line in ('NOTE_AUTHOR :: "Ann Lee-Okoro"', "REVIEW_AUTHOR: Ann Lee-Okoro", 'note_by = "Ann Lee-Okoro";',
                 "Reviewer ← \"Ann Lee-Okoro\"", 'reviewer("Ann Lee-Okoro").'):
        doc = DocBuilder()(f"{body}\n\n{line}\n\n{body}")
        found = {name: features for name, _, features in author_candidates(doc)}
        assert "author-key" in found.get("Ann Lee-Okoro", {}), line
    # (a name on such a line with no key before it is no author's field)
    doc = DocBuilder()(f"{body}\n\nNOTE_TITLE :: \"Ann Lee-Okoro\"\n\n{body}")
    assert "author-key" not in {name: f for name, _, f in author_candidates(doc)}.get("Ann Lee-Okoro", {})


def test_a_quoted_title_and_a_quotation_s_speaker_stay_out():
    assert _candidates('Night Harbour was inspired by "Copper Sky" and it shows.\n\nThe pilot is slow.') == []
    assert _candidates('Night Harbour is slow.\n\n"The sea keeps what it takes."\n- Hal Moreno\n') == []
    # a code annotation is no handle: "@doc", "@author{...}"
    assert _candidates('@moduledoc """\nNight Harbour notes.\n"""\n@doc "The review."\n\nNight Harbour is slow.') == []


def test_a_name_an_author_label_gives_is_no_title_where_it_is_quoted_again():
    doc = DocBuilder()('// Author: Mara Quillfeather\n\nNSString *signoff = @"Mara Quillfeather";\n'
                       'NSString *body = @"Night Harbour (2019) is a patient drama about a ferry pilot.";\n')
    assert "Mara Quillfeather" in [name for name, _, _ in author_candidates(doc)]
    signed = DocBuilder()('NAME = "Mara Quillfeather"\nBODY = "Night Harbour (2019) is a patient drama about a ferry pilot."\n'
                          'SIGNOFF = "-- Mara Quillfeather, Film Notes"\n')
    assert "Mara Quillfeather" in [name for name, _, _ in author_candidates(signed)]
    # (the quoted name alone, with no author's label, stays a title the review names)
    alone = DocBuilder()('NSString *film = @"Mara Quillfeather";\nNSString *body = @"A patient drama about a ferry pilot.";\n')
    assert "Mara Quillfeather" not in [name for name, _, _ in author_candidates(alone)]


def test_a_number_or_a_bylines_own_label_names_nobody():
    doc = DocBuilder()("2.0\n1236.0\n\nNight Harbour (2019) is a patient drama about a ferry pilot.\n\nreviewer: reviewer,\n")
    assert [name for name, _, _ in author_candidates(doc)] == []
    assert _reviewer("Night Harbour (2019) is a patient drama about a ferry pilot.\n\nreviewer: reviewer,\n") is None


def test_a_signature_across_the_edge_of_the_page_s_head_is_read_whole():
    for padding in range(1480, 1505, 4):
        prose = textwrap.fill("The film is slow and the ferry scenes drag on. " * 60, 70)[:padding].rsplit(" ", 1)[0]
        doc = DocBuilder()(f"{prose}.\n\nOswin Oakenshaw\n]\n\n" + "TREE t = (a,b);\n" * 40)
        assert [name for name, _, _ in author_candidates(doc)] == ["Oswin Oakenshaw"]


def test_a_handle_an_author_label_or_a_post_s_header_gives_is_a_candidate():
    for head, name in (("Author: reel_wes — 25 September 2016", "reel_wes"), ("# letterboxd export, user: quietjudge", "quietjudge"),
                       ("188 points by quillfeather 5 hours ago | hide", "quillfeather"),
                       ("[Yesterday at 9:06 PM] marlowe_fan: ok here it is", "marlowe_fan")):
        doc = DocBuilder()(f"{head}\n\nNight Harbour is slow but it works, and the fog is lovely.\n")
        assert name in [found for found, _, _ in author_candidates(doc)], head


def test_a_handle_or_a_first_name_is_named_by_the_full_name_the_page_gives_for_it():
    assert _reviewer(CHAT.replace("tapehead_99", "ann_l") + "\n\n(notes kept by Ann Leary)") == "Ann Leary"
    assert _reviewer(CHAT.replace("tapehead_99", "ann_l") + "\n\n(Ann Leary and Ann Lewis)") == "ann_l"  # which of two?


def test_handles_and_first_names_spell_out_full_names():
    from filmgraph.extract.names import handle_owner
    text = "Lorna Petrakis, Cornelius Adebayo-Frost and Mira Castellanos"
    assert [handle_owner(text, handle) for handle in ("lpetrakis", "corneliusaf", "Mira", "miracastellanos", "mc", "bo_ek")] == [
        "Lorna Petrakis", "Cornelius Adebayo-Frost", "Mira Castellanos", "Mira Castellanos", None, None]
