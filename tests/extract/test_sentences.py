from filmgraph.extract.sentences import SentenceSplitter


def test_offsets_slice_exactly():
    text = "Mr. Gray arrives.  J. R. Smith leaves! Why?\nNew line here"
    spans = SentenceSplitter()(text)
    assert [s.of(text) for s in spans] == ["Mr. Gray arrives.", "J. R. Smith leaves!", "Why?", "New line here"]


def test_long_run_is_cut():
    text = "word " * 1000
    spans = SentenceSplitter(max_length=500)(text)
    assert all(s.end - s.start <= 500 for s in spans)
    assert spans.at(2500).start <= 2500 < spans.at(2500).end + 1
