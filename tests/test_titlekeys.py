"""The title keys (filmgraph.titlekeys): pinned, because stores, IRIs, the trained relation model
and the shipped gazetteer are all keyed by them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filmgraph.titlekeys import ascii_fold, norm_title, normalize_title, title_key


@pytest.mark.parametrize("title, graph_key, extraction_key, gazetteer_key", [
    ("The Thing", "thing", "thing", "thing"),
    ("THING, THE", "thing", "thing", "thing"),
    ("Phone-Booth!", "phone booth", "phonebooth", "phonebooth"),
    ("Amélie", "amelie", "amélie", "amelie"),
    ("Fast & Furious", "fast and furious", "fastfurious", "fastfurious"),
    ("La Dolce Vita", "dolce vita", "ladolcevita", "ladolcevita"),
    ("Die Hard", "die hard", "diehard", "diehard"),
    ("The-Thing", "thing", "thething", "thething"),
    ("東京物語", "", "東京物語", ""),
    ("The", "the", "the", "the"),
    ("  An American Werewolf in London ", "american werewolf in london", "americanwerewolfinlondon",
     "americanwerewolfinlondon"),
    ("snake_case, a", "snake case", "snakecase", "snakecase"),
])
def test_keys_are_pinned(title: str, graph_key: str, extraction_key: str, gazetteer_key: str) -> None:
    assert (normalize_title(title), norm_title(title), title_key(title)) == (graph_key, extraction_key, gazetteer_key)


@given(st.text(max_size=40))
def test_keys_of_any_text(text: str) -> None:
    graph_key, gazetteer_key = normalize_title(text), title_key(text)
    assert graph_key == " ".join(graph_key.split()) and graph_key.isascii()
    assert (gazetteer_key.isascii() and gazetteer_key.isalnum()) or gazetteer_key == ""
    assert gazetteer_key == norm_title(ascii_fold(text))
    assert "_" not in norm_title(text) and " " not in norm_title(text)
