import pytest


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
                       ("Salt (2019)\n\nGood film.\n\nReviewed for the Society by Dee Fox", "Dee Fox")):
        found = extract_review(read_text(text, source="x.txt")).kept()
        assert found.reviewer.name == name and found.film.writers == (), text
