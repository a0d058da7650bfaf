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
