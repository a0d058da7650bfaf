"""The shipped English review vocabulary: rebuilt to the same bytes, and optional."""

import importlib.util
from pathlib import Path

from filmgraph import english as english_module
from filmgraph.english import VOCABULARY_PATH, english_words
from filmgraph.extract.titles import MentionFinder
from filmgraph.extract.vocabulary import reads_foreign

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_vocabulary_holds_review_english_and_not_foreign_title_words():
    words = english_words()
    assert len(words) > 10_000
    assert {"remake", "thriller", "with", "lol"} <= words
    assert reads_foreign(["stille", "havn"]) and reads_foreign(["de", "noche"])
    assert not reads_foreign(["with", "my", "brother"]) and not reads_foreign(["de", "la"])


def test_build_script_gives_the_shipped_bytes(shared, tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build_vocabulary", ROOT / "scripts" / "build_vocabulary.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rebuilt = tmp_path / "english-words.txt.gz"
    monkeypatch.setattr(script, "VOCABULARY_PATH", rebuilt)
    assert script.main(["build_vocabulary.py", str(shared / "data" / "reviews")]) == 0
    assert rebuilt.read_bytes() == VOCABULARY_PATH.read_bytes()


def test_without_the_vocabulary_no_sentence_case_title_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(english_module.resources, "files", lambda package: tmp_path)
    english_words.cache_clear()
    try:
        assert english_words() == frozenset()
        assert not reads_foreign(["stille", "havn"])
        assert [m.title for m in MentionFinder()("a remake of Stille havn (2004)")] == []
    finally:
        monkeypatch.undo()
        english_words.cache_clear()
    assert [m.title for m in MentionFinder()("a remake of Stille havn (2004)")] == ["Stille havn"]


def test_a_known_word_after_an_english_prefix_is_english():
    assert not reads_foreign(["rewatched"], vocabulary=frozenset({"watched"}))
    assert reads_foreign(["repas"], vocabulary=frozenset({"pas"}))  # (too short a stem to tell)
