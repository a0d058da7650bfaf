"""The read stage: encodings, formats and bad files."""

from __future__ import annotations

import pytest

from filmgraph.errors import ReviewError
from filmgraph.reviews import find_review_files, read_review, read_reviews


def test_utf8_and_latin1_are_read(tmp_path):
    (tmp_path / "utf8.txt").write_text("Amélie (2001) charms.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Amélie (2001) charms.".encode("latin-1"))
    texts = {read_review(p).text for p in tmp_path.iterdir()}
    assert texts == {"Amélie (2001) charms."}


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_text("Psycho (1960)", encoding="utf-16")
    assert read_review(path).text == "Psycho (1960)"


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary\x00junk", "binary"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReviewError) as caught:
        read_review(path)
    assert "bad.txt" in str(caught.value) and problem in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(ReviewError, match="no such file"):
        find_review_files([tmp_path / "nope"])


def test_html_keeps_visible_text_only(tmp_path):
    path = tmp_path / "r.html"
    path.write_text("<html><head><title>Heat (1995)</title><script>alert('x')</script></head>"
                    "<body><p>Michael Mann&#39;s Heat</p></body></html>", encoding="utf-8")
    text = read_review(path).text
    assert "Heat (1995)" in text and "Michael Mann's Heat" in text and "alert" not in text


def test_same_source_same_id_and_changed_text_changes_hash(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Heat (1995).", encoding="utf-8")
    first = read_review(path)
    path.write_text("Heat (1995), again.", encoding="utf-8")
    second = read_review(path)
    assert first.review_id == second.review_id and first.content_hash != second.content_hash


def test_folders_yield_errors_instead_of_stopping(tmp_path):
    (tmp_path / "good.txt").write_text("Heat (1995).", encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "skipped.pdf").write_bytes(b"%PDF")
    results = list(read_reviews([tmp_path]))
    assert [type(r).__name__ for r in results] == ["ReviewError", "Review"]


def test_stray_control_characters_are_blanked_but_many_mean_binary(tmp_path):
    signed = tmp_path / "signed.txt"
    body = "Heat (1995) is long, and every minute of it earns its place. " * 4
    signed.write_bytes(body.encode() + b"\n-- \x01\x01signature\n")
    assert read_review(signed).text == body + "\n--   signature\n"
    noisy = tmp_path / "noisy.txt"
    noisy.write_bytes(b"Heat" + b"\x01\x02\x03" * 10)
    with pytest.raises(ReviewError, match="control characters"):
        read_review(noisy)


def test_utf8_cut_inside_its_last_character_keeps_the_utf8(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("AMÉLIE (2001) charms, Amé".encode("utf-8")[:-1])
    assert read_review(path).text == "AMÉLIE (2001) charms, Am"
