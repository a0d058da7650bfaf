import textwrap

import pytest

from filmgraph.extract import extract_review
from filmgraph.extract.sentences import SentenceSplitter, unwrapped
from filmgraph.reviews import read_text


def test_offsets_slice_exactly():
    text = "Mr. Gray arrives.  J. R. Smith leaves! Why?\nNew line here"
    spans = SentenceSplitter()(text)
    assert [s.of(text) for s in spans] == ["Mr. Gray arrives.", "J. R. Smith leaves!", "Why?", "New line here"]


def test_long_run_is_cut():
    text = "word " * 1000
    spans = SentenceSplitter(max_length=500)(text)
    assert all(s.end - s.start <= 500 for s in spans)
    assert spans.at(2500).start <= 2500 < spans.at(2500).end + 1


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    # user reviews often lose the space after a full stop; initials, abbreviations and "U.S." keep theirs
    text = "He has no passion in his role.Also the chase was dull!Still, see it. Mr.Gray and the U.S.A. stay."
    spans = SentenceSplitter()(text)
    assert [s.of(text) for s in spans] == ["He has no passion in his role.", "Also the chase was dull!", "Still, see it.",
                                           "Mr.Gray and the U.S.A. stay."]


def test_a_negation_in_the_glued_sentence_before_does_not_hedge_the_remake():
    text = "Night Harbour (2019)\n\nHe has no passion in his role.Also it is a remake of Dock Lights (1962), a good one."
    found = extract_review(read_text(text, source="glued.txt")).kept()
    assert [(f.title, f.year) for f in found.remake_of] == [("Dock Lights", 1962)]


_PROSE = ("Night Harbour (2019) is the second feature from writer and director Ana Maria Pires, a loose remake of "
          "the 1962 Portuguese thriller Dock Lights, and it keeps the older film's slow burn. Its cast is led by "
          "Tomas Ek as the harbour master and Rui Vaz as his brother, both quiet and both very good. The middle "
          "stretch sags, the score by Joana Reis is too insistent, and the last reel leans on the premise of "
          "Rear Window (1954) more than it needs to. Still, Pires frames the docks at night with real care, "
          "and the ending lands.")


@pytest.mark.parametrize("width", [40, 55, 72])
def test_a_hard_wrapped_review_reads_as_it_does_unwrapped(width):
    # Mail, news and editors wrap at any column; a name, a title or a sentence cut across lines is one.
    plain = extract_review(read_text(_PROSE, source="plain.txt")).kept()
    wrapped_text = textwrap.fill(_PROSE, width) + "\n\nRating: 3/5\nBy Jo Bell"
    assert "\n" in wrapped_text.split("Rating")[0]
    wrapped = extract_review(read_text(wrapped_text, source="wrapped.txt")).kept()
    assert wrapped.film is not None and plain.film is not None
    assert (wrapped.film.title, wrapped.film.directors) == (plain.film.title, plain.film.directors)
    assert [(f.title, f.year) for f in wrapped.remake_of] == [(f.title, f.year) for f in plain.remake_of]
    assert {f.title for f in wrapped.influences} == {f.title for f in plain.influences}
    assert {c.actor for c in wrapped.cast} == {c.actor for c in plain.cast}
    assert wrapped.reviewer is not None and wrapped.reviewer.name == "Jo Bell"


def test_unwrapping_keeps_offsets_and_the_lines_of_a_header_or_a_list():
    header = "Night Harbour (2019)\nDirector: Ana Pires\nCast: Tomas Ek, Rui Vaz\n- a remake\n- a thriller\n\n"
    text = header + textwrap.fill(_PROSE, 50)
    unwrapped_text = unwrapped(text)
    assert len(unwrapped_text) == len(text)
    assert unwrapped_text.startswith(header)
    assert "\n" not in unwrapped_text[len(header):]
    # a text of short lines only is not taken for a wrapped one
    assert unwrapped(header * 3) == header * 3


def test_a_wrapped_paragraph_among_code_runs_on_over_its_line_breaks():
    # The text as a whole is no wrapped one (its code lines are short and ragged), but the review's
    # paragraph is filled to one column: a name cut at a line's end is read whole.
    paragraph = textwrap.fill("Terence Stamp plays Wilson, an English convict who flies out after his daughter dies "
                              "in a car crash, and Peter Fonda is Terry Valentine, the record producer she lived with, "
                              "while Lesley Ann Warren plays Elaine, her friend, and Barry Newman plays Jim Avery.", 60)
    code = "\n".join(f"field {i} = {'x' * (i % 7)};" for i in range(12))
    text = f"{code}\n\n{paragraph}\n\n{code}"
    assert "\n" in paragraph
    assert unwrapped(text) == f"{code}\n\n{paragraph.replace(chr(10), ' ')}\n\n{code}"
    # a short paragraph (a title and a byline) is no wrapped one, however alike its lines' lengths
    assert unwrapped(f"{code}\n\nNight Harbour (2019)\nby Jo Bell\nthe review\n\n{code}").count("\n") == 2 * 12 + 4


def test_a_titles_own_question_or_exclamation_mark_before_its_year_ends_no_sentence():
    text = "It remakes Shall We Dance? (1996) with care. It is no Airplane! (1980) either. Why? Nobody knows."
    assert [text[s.start:s.end] for s in SentenceSplitter()(text)] == [
        "It remakes Shall We Dance? (1996) with care.", "It is no Airplane! (1980) either.", "Why?", "Nobody knows."]


def test_a_remake_of_a_title_ending_in_a_question_mark_is_no_question():
    found = extract_review(read_text("Shall We Dance (2004)\n\nShall We Dance (2004) is the American remake of Masayuki "
                                     "Suo's Shall We Dance? (1996). Peter Chelsom directed it.", source="q.txt")).kept()
    assert [(f.title, f.year) for f in found.remake_of] == [("Shall We Dance", 1996)]
