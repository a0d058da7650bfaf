import time

from hypothesis import given, settings
from hypothesis import strategies as st

from filmgraph.extract import extract_review
from filmgraph.model import Review

_PIECES = st.sampled_from([
    "(", ")", "(1994)", " ", "\n", "THE ", "Starring: ", "Director: ", "cast: ", "remake of ", "reminiscent of ",
    "Reviewed by ", "Copyright 1999 ", "Ann Lee", " plays ", "’s", "'s", ", ", ". ", "?", "é", "Ж", "\u2014", "\"",
    "the caller ", "(director: ", "unlike ", "a rip-off of ", "Zoë Ü", "13TH", ";", "2:30",
])


def _check(text: str) -> None:
    found = extract_review(Review(review_id="r", source="s", text=text, content_hash="h"))
    facts = [*found.remake_of, *found.influences, *found.cast]
    if found.film:
        facts += [found.film, *found.film.directors, *found.film.writers]
    if found.reviewer:
        facts.append(found.reviewer)
    for fact in facts:
        evidence = fact.evidence
        evidence.sentence.of(text)
        if evidence.mention is not None:
            evidence.mention.of(text)
    found.kept()


@settings(max_examples=150, deadline=2000)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_never_raises_on_review_like_text(text):
    _check(text)


@settings(max_examples=100, deadline=2000)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text):
    _check(text)


def test_pathological_inputs_finish_quickly():
    for text in ["", "(" * 5000 + ")" * 5000, "SPEED (1994) " * 3000, "John Smith (Bob Jones) " * 2000,
                 "a remake of the the the " * 2000, "A\n" * 20000]:
        started = time.perf_counter()
        _check(text)
        assert time.perf_counter() - started < 3
