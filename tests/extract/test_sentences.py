from filmgraph.extract import extract_review
from filmgraph.extract.sentences import SentenceSplitter
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
