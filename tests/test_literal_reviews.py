"""Reviews kept as source-code literals (a Python dict, a Lisp property list or association list, a
Ruby call, a Haskell record, a Rust struct, a Perl hash, a Kotlin call, an SQL insert, a PHP array, KDL nodes, a registry file,
a JavaScript module, an Elixir map) or as settings (an INI file, a .env) are read for their fields,
and prose that merely quotes, or sums, is read as prose.

Every review here is invented for these tests (films, people and words).
"""

from __future__ import annotations

import pytest

from filmgraph.extract import extract_review
from filmgraph.literals import literal_fields
from filmgraph.reviews import read_review

BODY = ("Ilse Varga films the whole story on one salt marsh, and the fog does most of the acting. "
        "It is a remake of the Dutch film The Dyke Keeper (1958), and it owes a great deal to Carl Dreyer's Ordet (1955). "
        "Tomas Brenk plays Jonas, the keeper's son.")

LITERALS = {
    "review.py": f'REVIEW = {{\n    "film_title": "Salt Marsh",\n    "release_year": 1993,\n'
                 f'    "director": "Ilse Varga",  # checked\n    "critic": "Noor Adeyemi",\n'
                 f'    "body": (\n        "{BODY[:90]}"\n        "{BODY[90:]}"\n    ),\n}}\n',
    "review.el": f'(review\n  :movie "Salt Marsh"\n  :year 1993\n  :director "Ilse Varga"\n  ;; the critic\n'
                 f'  :author "Noor Adeyemi"\n  :text "{BODY}")\n',
    "review.rb": f"Review.create!(\n  title: 'Salt Marsh',\n  year: 1993,\n  director: 'Ilse Varga',\n"
                 f"  reviewer: 'Noor Adeyemi',\n  body: <<~TEXT\n    {BODY}\n  TEXT\n)\n",
    "review.hs": f'review :: Review\nreview = Review\n  {{ reviewTitle = "Salt Marsh"\n  , reviewYear = 1993\n'
                 f'  , reviewDirector = "Ilse Varga"\n  , reviewBy = "Noor Adeyemi"\n  , reviewText = "{BODY}"\n  }}\n',
    "review.sql": "-- one review\nINSERT INTO reviews (movie, year, director, critic, review) VALUES "
                  f"('Salt Marsh', 1993, 'Ilse Varga', 'Noor Adeyemi', '{BODY.replace(chr(39), chr(39) * 2)}');\n",
    "review.php": f"<?php\nreturn [\n    'movie' => [\n        'title' => 'Salt Marsh',\n        'year' => 1993,\n"
                  f"        'director' => 'Ilse Varga',\n    ],\n    'critic' => 'Noor Adeyemi',\n"
                  f"    'body' => <<<EOT\n{BODY}\nEOT,\n];\n",
    "review.kdl": f'review {{\n    film "Salt Marsh" year=1993\n    director "Ilse Varga"\n    author "Noor Adeyemi"\n'
                  f'    text "{BODY}"\n}}\n',
    "review.reg": "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Notes\\Reviews\\SaltMarsh]\n"
                  f'"Title"="Salt Marsh (1993)"\n"Director"="Ilse Varga"\n"Reviewer"="Noor Adeyemi"\n"Body"="{BODY}"\n',
    "review.js": f'export default {{\n  movie: {{ title: "Salt Marsh", year: 1993, director: "Ilse Varga" }},\n'
                 f'  author: {{ name: "Noor Adeyemi" }},\n  review: `{BODY}`,\n}};\n',
    "review.ex": f'%Review{{\n  title: "Salt Marsh",\n  year: 1993,\n  director: "Ilse Varga",\n'
                 f'  reviewer: "Noor Adeyemi",\n  body: """\n  {BODY}\n  """\n}}\n',
    "review.scm": f"'((title . \"Salt Marsh\")\n  (year . 1993)\n  (director . \"Ilse Varga\")\n"
                  f"  (author . \"Noor Adeyemi\")\n  (text . \"{BODY}\"))\n",
    "review.rs": f'let review = Review {{\n    title: "Salt Marsh".to_string(),\n    year: 1993,\n'
                 f'    director: "Ilse Varga".into(),\n    reviewer: "Noor Adeyemi".into(),\n    body: r#"{BODY}"#.to_owned(),\n}};\n',
    "review.pl": f"my %review = (\n    title    => q{{Salt Marsh}},\n    year     => 1993,\n    director => qq(Ilse Varga),\n"
                 f"    critic   => 'Noor Adeyemi',\n    text     => q{{{BODY}}},\n);\n",
    "review.kt": f'val review = Review(\n    title = "Salt Marsh",\n    year = 1993,\n    directors = listOf("Ilse Varga"),\n'
                 f'    reviewer = Person(name = "Noor Adeyemi"),\n    body = """{BODY}""".trimIndent(),\n)\n',
    "review_wrapped.rs": f'let review = Review {{\n    title: String::from("Salt Marsh"),\n    year: Some(1993),\n'
                         f'    director: Some(String::from("Ilse Varga")),\n    reviewer: "Noor Adeyemi".to_string(),\n'
                         f'    body: String::from("{BODY}"),\n}};\n',
    # settings, not literals: an INI file's "key = value" lines
    "review.ini": f"[review]\ntitle = Salt Marsh\nyear = 1993\ndirector = Ilse Varga\ncritic = Noor Adeyemi\nbody = {BODY}\n",
    "review.env": f'FILM_TITLE="Salt Marsh"\nFILM_YEAR=1993\nDIRECTOR=Ilse Varga\nREVIEWER=Noor Adeyemi\n\n{BODY}\n',
}


@pytest.mark.parametrize("name", sorted(LITERALS))
def test_a_review_kept_as_literals_is_read_for_its_fields(tmp_path, name):
    path = tmp_path / name
    path.write_text(LITERALS[name], encoding="utf-8")
    kept = extract_review(read_review(path)).kept()
    assert kept.film is not None, read_review(path).text
    assert (kept.film.title, kept.film.year) == ("Salt Marsh", 1993)
    assert [d.name for d in kept.film.directors] == ["Ilse Varga"]
    assert kept.reviewer is not None and kept.reviewer.name == "Noor Adeyemi"
    assert [(f.title, f.year) for f in kept.remake_of] == [("The Dyke Keeper", 1958)]
    assert ("Ordet", 1955) in [(f.title, f.year) for f in kept.influences]


def test_literals_nest_as_their_brackets_do():
    fields = literal_fields('film = { title = "Salt Marsh", cast = { "Tomas Brenk", "Ada Lind" } }\n'
                            'note = "first" .. " and second"\nreview = [[\nA long, slow and lovely film.]]\n')
    assert fields == {"film": {"title": "Salt Marsh", "cast": ["Tomas Brenk", "Ada Lind"]},
                      "note": "first and second", "review": "A long, slow and lovely film."}


def test_a_name_given_twice_in_a_block_lists_its_values():
    fields = literal_fields('actor "Tomas Brenk"\nactor "Ada Lind"\ntitle "Salt Marsh"\n')
    assert fields == {"actor": ["Tomas Brenk", "Ada Lind"], "title": "Salt Marsh"}
    assert literal_fields('actors = ["Tomas Brenk", "Ada Lind"]\nmotto = "Salt and fog"\nplace = "Zeeland"\n') == {
        "actors": ["Tomas Brenk", "Ada Lind"], "motto": "Salt and fog", "place": "Zeeland"}


def test_a_value_wrapped_in_a_call_keeps_its_field_name():
    """A constructor, an option or a quote operator around a value is not the field's name."""
    fields = literal_fields('Film {\n    title: String::from("Salt Marsh"),\n    year: Some(1993),\n'
                            '    cast: vec![String::from("Tomas Brenk"), "Ada Lind".into()],\n    motto: %q(Salt and fog),\n}\n')
    assert fields == {"title": "Salt Marsh", "year": 1993, "cast": ["Tomas Brenk", "Ada Lind"], "motto": "Salt and fog"}


@pytest.mark.parametrize(("name", "text"), [
    ("review.txt", 'Salt Marsh (1993)\n\nThe keeper says: "Nobody leaves the marsh." His son answers: "I will." '
                   'It is a slow film, and a good one, with a great deal of fog and very little plot to speak of.'),
    # an unclosed quotation runs on over paragraphs: still prose
    ("review.txt", 'Salt Marsh (1993) review: "The fog is the star\n\nIlse Varga directs, and the keeper (Tomas Brenk) '
                   'rows out each night. Title: nothing more to add. Year: a good one for Dutch-flavoured drama.'),
    # a sum or two in prose is no settings file
    ("review.txt", "Salt Marsh (1993)\n\nThe keeper counts his boats every night:\nboats = 3\nnets = 7\n"
                   "and the film never tells us why it matters. A slow film, and a good one."),
    # literals that hold no review
    ("settings.lua", 'server = {\n  host = "localhost",\n  title = "Film notes",\n  motd = "Welcome, all of you, '
                     'to the film notes server where we keep the reviews we write each week."\n}\n'),
])
def test_what_is_no_review_in_literals_is_read_as_it_stands(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert read_review(path).text == text
