"""Extraction work grows in proportion to the text, whatever the text: shapes that once made it
quadratic (one endless capitalised word, endless initials, endless names with brackets) are
timed at two sizes, and four times the text must not cost anywhere near sixteen times the time."""

import time

import pytest

from filmgraph.extract import Extractor
from filmgraph.reviews import read_text

SHAPES = {
    "one long word": "A",
    "initials without end": "A. ",
    "names in brackets": "Ann Lee (Bo) ",
    "capitals": "THE BIG FILM IS A REMAKE OF THE SMALL FILM. ",
}


def _seconds(extractor, text):
    review = read_text(text, source="scaling.txt")
    best = float("inf")
    for _ in range(3):  # the quickest of three: the least disturbed by whatever else runs
        started = time.perf_counter()
        extractor(review)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_four_times_the_text_costs_far_less_than_sixteen_times_the_time(unit):
    extractor = Extractor()
    small = _seconds(extractor, unit * (12_000 // len(unit)))
    large = _seconds(extractor, unit * (48_000 // len(unit)))
    assert large < 9 * max(small, 0.005), (small, large)
