"""The read stage's structured and markup formats: JSON exports and JSON-LD, RSS and Atom entries,
reStructuredText, Org mode and MediaWiki markup, each read as the plain text the extractor reads
best (a ``Title (Year)`` headline, a ``By`` line, credit lines, then the body).

Every review here is invented for these tests (films, people and words).
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
import textwrap
import time

import pytest

from filmgraph.errors import ReviewError
from filmgraph.extract import extract_review
from filmgraph.reviews import (
    REVIEW_SUFFIXES,
    find_review_files,
    json_to_text,
    org_to_text,
    read_review,
    read_reviews,
    rst_to_text,
    wiki_to_text,
    xml_to_text,
)


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _found(path):
    """The film's title and year, its directors and the reviewer the extractor finds in the file."""
    kept = extract_review(read_review(path)).kept()
    film = kept.film
    assert film is not None, read_review(path).text
    return film.title, film.year, [d.name for d in film.directors], kept.reviewer.name if kept.reviewer else None


def test_new_suffixes_are_review_files(tmp_path):
    for suffix in (".json", ".xml", ".rss", ".atom", ".rst", ".org", ".wiki"):
        assert suffix in REVIEW_SUFFIXES
    _write(tmp_path, "a.org", "#+TITLE: Copper Tide\nA slow film.")
    _write(tmp_path, "b.rst", "Copper Tide\n===========\n\nA slow film.")
    _write(tmp_path, "a.gold.json", '{"film": {"title": "Copper Tide"}}')  # an evaluation set's answers
    assert [type(r).__name__ for r in read_reviews([tmp_path])] == ["Review", "Review"]


# --- JSON -----------------------------------------------------------------------------------------

APP_EXPORT = """{"reviews": [{
  "movie": {"title": "Copper Tide", "release_year": 2016, "directors": [{"name": "Ines Varga"}],
            "cast": [{"actor": "Mira Sollen", "character": "Ada"}, {"name": "Pavel Drosk", "role": "Captain Ruhl"}]},
  "user": {"username": "ksmith", "display_name": "Kara Smith"},
  "rating": 4, "best_rating": 5,
  "title": "Salt in every frame",
  "text": "<p>Copper Tide is a slow tale of a mining town by the sea.</p><p>Mira Sollen carries it.</p>"
}]}"""


def test_json_app_export_reads_as_headline_byline_credits_and_body(tmp_path):
    text = read_review(_write(tmp_path, "r.json", APP_EXPORT)).text
    assert text == ("Copper Tide (2016)\nBy Kara Smith\nDirector: Ines Varga\n"
                    "Starring: Mira Sollen (Ada), Pavel Drosk (Captain Ruhl)\nRating: 4/5\n\n"
                    "Salt in every frame\n\nCopper Tide is a slow tale of a mining town by the sea.\n\nMira Sollen carries it.")


def test_json_app_export_end_to_end(tmp_path):
    assert _found(_write(tmp_path, "r.json", APP_EXPORT)) == ("Copper Tide", 2016, ["Ines Varga"], "Kara Smith")


@pytest.mark.parametrize("fields", [
    {"title": "Copper Tide", "year": 2016, "author": "Kara Smith", "director": "Ines Varga", "body": "A slow tale."},
    {"Film": "Copper Tide", "Released": "2016-03-04", "Reviewer": "Kara Smith", "Directed By": ["Ines Varga"], "Review": "A slow tale."},
    {"name": "Copper Tide", "releaseYear": "2016", "by": "Kara Smith", "directors": "Ines Varga", "content": "A slow tale."},
    {"movieTitle": "Copper Tide", "release-year": 2016, "username": "Kara Smith", "director": {"name": "Ines Varga"},
     "description": "A slow tale."},
])
def test_json_key_namings(fields):
    import json

    assert json_to_text(json.dumps(fields)) == "Copper Tide (2016)\nBy Kara Smith\nDirector: Ines Varga\n\nA slow tale."


def test_json_writers_cast_strings_country_and_a_star_rating():
    text = json_to_text('{"film": "Copper Tide", "writers": ["Ines Varga", "Lo Brandt"], "starring": "Mira Sollen, Pavel Drosk",'
                        ' "country": "Portugal", "stars": 3.5, "text": "Fine."}')
    assert text == ("Copper Tide\nScreenplay: Ines Varga, Lo Brandt\nStarring: Mira Sollen, Pavel Drosk\n"
                    "Country: Portugal\nRating: 3.5\n\nFine.")


JSON_LD = """{"@context": "https://schema.org", "@type": "Review",
 "itemReviewed": {"@type": "Movie", "name": "The Glass Orchard", "dateCreated": "2011-09-02",
                  "director": {"@type": "Person", "name": "Tomas Reyes"}},
 "author": {"@type": "Person", "name": "Dana Whitlow"}, "datePublished": "2020-01-01",
 "reviewRating": {"@type": "Rating", "ratingValue": "3", "bestRating": "5"},
 "reviewBody": "The Glass Orchard is handsome and hollow. Reyes frames every tree like a cathedral."}"""


def test_json_ld_review(tmp_path):
    path = _write(tmp_path, "r.json", JSON_LD)
    assert read_review(path).text.splitlines()[:4] == ["The Glass Orchard (2011)", "By Dana Whitlow",
                                                       "Director: Tomas Reyes", "Rating: 3/5"]
    assert _found(path) == ("The Glass Orchard", 2011, ["Tomas Reyes"], "Dana Whitlow")


def test_json_ld_graph_and_a_movie_holding_its_review():
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Reel Notes"}, '
             '{"@type": "Review", "itemReviewed": {"@type": "Movie", "name": "The Glass Orchard"}, '
             '"author": "Dana Whitlow", "reviewBody": "Handsome and hollow."}]}')
    assert json_to_text(graph) == "The Glass Orchard\nBy Dana Whitlow\n\nHandsome and hollow."
    movie = ('{"@type": "Movie", "name": "The Glass Orchard", "datePublished": "2011", "director": "Tomas Reyes", '
             '"review": {"@type": "Review", "name": "Hollow", "author": {"name": "Dana Whitlow"}, "reviewBody": "Handsome."}}')
    assert json_to_text(movie) == "The Glass Orchard (2011)\nBy Dana Whitlow\nDirector: Tomas Reyes\n\nHollow\n\nHandsome."


@pytest.mark.parametrize("content, problem", [
    ('{"title": "Copper Tide", "text": "unfinished', "not valid JSON"),
    ('{"title": "Copper Tide", "year": 2016, "author": "Kara Smith"}', "no review text"),
    ('{"title": "Copper Tide", "text": "   "}', "no review text"),
    ('[{"title": "A", "text": "x"}, {"title": "B", "text": "y"}]', "holds 2 reviews"),
    ('{"reviews": [{"text": "x"}, {"text": "y"}, {"text": "z"}]}', "holds 3 reviews"),
    ("[]", "holds no review"),
    ('"just a string"', "holds no review"),
])
def test_bad_json_names_the_file_and_the_problem(tmp_path, content, problem):
    with pytest.raises(ReviewError) as caught:
        read_review(_write(tmp_path, "bad.json", content))
    assert "bad.json" in str(caught.value) and problem in str(caught.value)


# --- RSS, Atom and XML ------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Late Show Notes</title><link>https://example.org</link><description>Films, late.</description>
<item><title>Review: Paper Lanterns (2008)</title><dc:creator>Owen Marsh</dc:creator>
<description>Short take.</description>
<content:encoded><![CDATA[<p><strong>Director:</strong> Hal Brenner</p>
<p>Paper Lanterns is a gentle ghost story. Brenner keeps it quiet.</p>]]></content:encoded>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Frame by Frame</title><author><name>Lucia Ferrante</name></author>
<entry><title>Winter Circuit (2021)</title><updated>2022-01-03T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Directed by Sam Oyelaran.</p>
<p><em>Winter Circuit</em> is a racing film with cold hands and a warm heart.</p></div></content>
</entry></feed>"""


def test_rss_item_reads_its_full_content_not_the_feed(tmp_path):
    text = read_review(_write(tmp_path, "r.rss", RSS)).text
    assert text.splitlines()[:2] == ["Review: Paper Lanterns (2008)", "By Owen Marsh"]
    assert "Paper Lanterns is a gentle ghost story." in text
    assert "Late Show Notes" not in text and "Short take" not in text


def test_rss_end_to_end(tmp_path):
    assert _found(_write(tmp_path, "r.rss", RSS)) == ("Paper Lanterns", 2008, ["Hal Brenner"], "Owen Marsh")


def test_atom_entry_with_xhtml_content_and_the_feed_author(tmp_path):
    path = _write(tmp_path, "r.atom", ATOM)
    assert read_review(path).text == ("Winter Circuit (2021)\nBy Lucia Ferrante\n\nDirected by Sam Oyelaran.\n\n"
                                      "“Winter Circuit” is a racing film with cold hands and a warm heart.")
    assert _found(path) == ("Winter Circuit", 2021, ["Sam Oyelaran"], "Lucia Ferrante")


def test_rss_author_with_an_email_and_escaped_html():
    text = xml_to_text("<item><title>Paper Lanterns</title><author>owen@example.org (Owen Marsh)</author>"
                       "<description>&lt;p&gt;A &lt;i&gt;gentle&lt;/i&gt; story.&lt;/p&gt;</description></item>")
    assert text == "Paper Lanterns\nBy Owen Marsh\n\nA gentle story."


WORDPRESS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Quay Reviews</title>
<wp:author><wp:author_login><![CDATA[admin]]></wp:author_login><wp:author_display_name><![CDATA[Site Admin]]></wp:author_display_name></wp:author>
<wp:author><wp:author_login><![CDATA[tbrand]]></wp:author_login><wp:author_display_name><![CDATA[Tilde Brand]]></wp:author_display_name></wp:author>
<item><title>Gull Island (2011)</title><dc:creator><![CDATA[tbrand]]></dc:creator>
<content:encoded><![CDATA[<p>Gull Island is a remake of Tern Rock (1964), and a damp one.</p>]]></content:encoded>
<wp:post_type><![CDATA[post]]></wp:post_type></item>
<item><title>gull-island-still</title><dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[]]></content:encoded><wp:post_type><![CDATA[attachment]]></wp:post_type></item>
</channel></rss>"""


def test_a_wordpress_export_reads_its_one_post_by_its_authors_name(tmp_path):
    text = read_review(_write(tmp_path, "export.xml", WORDPRESS)).text
    assert text.splitlines()[:2] == ["Gull Island (2011)", "By Tilde Brand"]
    assert "gull-island-still" not in text


def test_a_feed_entry_with_only_a_summary_is_a_teaser_not_a_second_review(tmp_path):
    teaser = "<entry><title>Yesterday: Tern Rock (1964)</title><summary>The full review is on the site.</summary></entry>"
    text = read_review(_write(tmp_path, "r.atom", ATOM.replace("</feed>", f"{teaser}</feed>"))).text
    assert text.startswith("Winter Circuit (2021)\n") and "Tern Rock" not in text
    both = ATOM.replace("</feed>", "<entry><title>Tern Rock (1964)</title><content>Old and wet.</content></entry></feed>")
    with pytest.raises(ReviewError, match="holds 2 entries"):
        read_review(_write(tmp_path, "two.atom", both))


def test_a_playlists_entries_are_parts_of_one_review(tmp_path):
    playlist = ("<asx version='3.0'><title>Tern Rock (1964)</title><author>Tilde Brand</author>"
                "<entry><title>Part 1</title><abstract>A storm keeps two keepers on the rock.</abstract></entry>"
                "<entry><title>Part 2</title><abstract>Ola Brun plays the younger keeper, well.</abstract></entry></asx>")
    text = read_review(_write(tmp_path, "notes.asx", playlist)).text
    assert text.startswith("Tern Rock (1964)") and "two keepers" in text and "Ola Brun plays" in text


def test_a_documents_one_author_field_names_a_review_nested_elsewhere(tmp_path):
    settings = {"env": {"FILM": "Tern Rock", "REVIEWER": "Tilde Brand"},
                "steps": [{"write": {"file": "review.txt", "text": "Tern Rock (1964) keeps two keepers on a rock. " * 4}}]}
    assert "By Tilde Brand" in read_review(_write(tmp_path, "build.json", json.dumps(settings))).text.splitlines()[:3]
    # (two people in the document's author fields: neither is the review's author)
    settings["env"]["AUTHOR"] = "Ola Brun"
    assert "By " not in read_review(_write(tmp_path, "build.json", json.dumps(settings))).text


def test_a_cms_export_names_its_one_users_display_name_as_the_author(tmp_path):
    node = {"data": {"type": "node--review", "attributes": {"title": "Tern Rock (1964)",
                                                            "body": {"value": "Tern Rock keeps two keepers on a rock. " * 4}}},
            "included": [{"type": "user--user", "attributes": {"display_name": "Tilde Brand", "name": "tbrand"}}]}
    assert "By Tilde Brand" in read_review(_write(tmp_path, "node.json", json.dumps(node))).text.splitlines()[:3]
    # (two users' display names: neither is the review's author)
    node["included"].append({"type": "user--user", "attributes": {"display_name": "Ola Brun"}})
    assert "By " not in read_review(_write(tmp_path, "node.json", json.dumps(node))).text


def test_a_chat_exports_review_is_signed_by_the_sender_of_its_longest_message(tmp_path):
    review = "Tern Rock (1964) keeps two keepers on a rock for a winter, and it never lets the sea rest. " * 3
    chat = {"result": "success", "messages": [
        {"id": 1, "sender_full_name": "Ola Brun", "content": "anyone seen Tern Rock? thinking of going"},
        {"id": 2, "sender_full_name": "Tilde Brand", "content": review},
        {"id": 3, "sender_full_name": "Ola Brun", "content": "thanks, going Saturday"}]}
    assert "By Tilde Brand" in read_review(_write(tmp_path, "chat.json", json.dumps(chat))).text.splitlines()[:3]
    chat["messages"][1]["sender_full_name"] = "tilde_b"  # (a handle: the readers' author models judge it)
    assert "By " not in read_review(_write(tmp_path, "chat.json", json.dumps(chat))).text


def test_a_slack_messages_account_id_gives_way_to_its_profiles_real_name(tmp_path):
    review = "Tern Rock (1964) keeps two keepers on a rock for a winter, and it never lets the sea rest. " * 3
    channel = [
        {"type": "message", "user": "U01OLABRUN", "text": "anyone seen Tern Rock?",
         "user_profile": {"real_name": "Ola Brun", "display_name": "ola"}},
        {"type": "message", "user": "U02TILDEBR", "text": review,
         "user_profile": {"first_name": "Tilde", "real_name": "Tilde Brand", "display_name": "tilde"}}]
    lines = read_review(_write(tmp_path, "channel.json", json.dumps(channel))).text.splitlines()[:3]
    assert "By Tilde Brand" in lines and not any("U02TILDEBR" in line for line in lines)


def test_json_export_with_the_review_one_level_down():
    text = json_to_text(json.dumps({"app": "Reelbook", "user": {"name": "Nils Aune"},
                                    "entry": {"film": {"title": "Gull Island", "year": 2011}, "rating": 4,
                                              "review_text": "A damp remake of Tern Rock (1964)."}}))
    assert text.splitlines()[:2] == ["Gull Island (2011)", "By Nils Aune"]
    assert text.endswith("A damp remake of Tern Rock (1964).")


def test_json_export_of_a_blog_or_notes_app_keeps_its_review_deep_inside():
    body = "Gull Island remakes Tern Rock (1964) and keeps its damp, grey coastline. " * 4
    blog = {"db": [{"meta": {"version": "5.2"},
                    "data": {"posts": [{"id": "p1", "title": "Gull Island (2011)", "html": f"<p>{body}</p>",
                                        "plaintext": body}],
                             "tags": [{"name": "remakes", "description": "films made again"}]}}]}
    text = json_to_text(json.dumps(blog))
    assert text.startswith("Gull Island (2011)\n\n") and text.count("Tern Rock") == 4 and "films made again" not in text
    note = {"color": "DEFAULT", "isPinned": False, "title": "Gull Island", "textContent": body}
    assert json_to_text(json.dumps(note)).startswith("Gull Island\n\nGull Island remakes")
    with pytest.raises(ReviewError, match="no review text"):
        json_to_text(json.dumps({"db": [{"data": {"posts": [{"title": "Gull Island", "plaintext": "Short."}]}}]}))
    # a thread's posts are its text, however long one of them is
    thread = {"author": {"display_name": "Nils Aune"}, "posts": [{"text": "GULL ISLAND (2011), a thread. 1/2"}, {"text": body}]}
    assert json_to_text(json.dumps(thread)).startswith("By Nils Aune\n\nGULL ISLAND (2011), a thread. 1/2\n\nGull Island")


def test_an_email_file_keeps_sender_and_subject_and_decodes_its_text_part(tmp_path):
    message = ("Return-Path: <nils@example.org>\nReceived: from mx.example.org by mail.example.org\n"
               "Message-ID: <77@example.org>\nFrom: Nils Aune <nils@example.org>\nTo: Kari <kari@example.org>\n"
               "Subject: Gull Island (2011)\nMIME-Version: 1.0\n"
               'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset="utf-8"\n'
               "Content-Transfer-Encoding: quoted-printable\n\nGull Island is a remake of Tern Rock (1964), =\n"
               "and a damp one. Caf=C3=A9 scenes aside.\n--b1\nContent-Type: text/html\n\n<p>HTML copy</p>\n--b1--\n")
    text = read_review(_write(tmp_path, "m.eml", message)).text
    assert text == ("From: Nils Aune <nils@example.org>\nSubject: Gull Island (2011)\n\n"
                    "Gull Island is a remake of Tern Rock (1964), and a damp one. Café scenes aside.")
    assert _found(_write(tmp_path, "m.eml", message))[::3] == ("Gull Island", "Nils Aune")


def test_a_newsletter_mail_with_headers_of_any_name_is_read_as_mail(tmp_path):
    message = ("From: The Weekly Reel <letters@reel.example>\nReply-To: Ann Lee <ann@reel.example>\n"
               "To: you@example.org\nSubject: =?utf-8?q?Gull_Island_=E2=80=94_a_review?=\nList-Unsubscribe: <https://reel.example/u>\n"
               'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
               "Gull Island is damp =E2=80=94 and a fin=\ne one.\n")
    assert read_review(_write(tmp_path, "n.eml", message)).text == (
        "From: The Weekly Reel <letters@reel.example>\nSubject: Gull Island — a review\n\nGull Island is damp — and a fine one.")


def test_plain_xml_review_element(tmp_path):
    path = _write(tmp_path, "r.xml", "<review><film><title>Paper Lanterns</title><year>2008</year>"
                                     "<director>Hal Brenner</director></film><reviewer>Owen Marsh</reviewer>"
                                     "<body>Paper Lanterns is a gentle ghost story.\n\nIt is quiet.</body></review>")
    assert read_review(path).text == ("Paper Lanterns (2008)\nBy Owen Marsh\nDirector: Hal Brenner\n\n"
                                      "Paper Lanterns is a gentle ghost story.\n\nIt is quiet.")
    assert _found(path) == ("Paper Lanterns", 2008, ["Hal Brenner"], "Owen Marsh")


def test_xml_external_and_nested_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    path = _write(tmp_path, "r.xml", f"""<?xml version="1.0"?>
<!DOCTYPE item [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY secret SYSTEM "{secret.as_uri()}">
 <!ENTITY remote SYSTEM "http://127.0.0.1:9/review.txt">
]>
<item><title>Paper Lanterns (2008)</title><description>Quiet. &lol2; &secret; &remote; The end.</description></item>""")
    text = read_review(path).text
    assert text == "Paper Lanterns (2008)\n\nQuiet. The end."
    assert "lol" not in text and "SECRET" not in text


def test_xml_bomb_is_refused_quickly(tmp_path):
    levels = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    path = _write(tmp_path, "bomb.rss", f'<?xml version="1.0"?>\n<!DOCTYPE item [{"".join(levels)}]>\n'
                                        "<item><title>Bomb</title><description>&lol9;</description></item>")
    start = time.perf_counter()
    try:
        text = read_review(path).text
    except ReviewError as error:
        assert "bomb.rss" in str(error)
    else:
        assert "lollol" not in text
    assert time.perf_counter() - start < 2


def test_xml_with_prefixes_it_never_declares_is_read(tmp_path):
    # (a network tool's configuration writes "<ipv4:dhcp>" with no xmlns for it: well-formed, not namespace-well-formed)
    review = ("Reviewed by Nell Quint. Paper Lanterns (2011) is a quiet, patient drama about two sisters who keep a lamp "
              "shop open through one hard winter. The elder one counts every coin twice and the younger one paints the "
              "shades at night. Nothing much happens, and it is lovely to watch it happen.")
    content = "\n".join(["<interface>", f"  <!-- {review} -->", "  <name>eth1</name>", "  <ipv4:dhcp>",
                         "    <enabled>true</enabled>", "  </ipv4:dhcp>", '  <link xlink:type="simple"/>', "</interface>", ""])
    text = read_review(_write(tmp_path, "eth1.xml", content)).text
    assert "Paper Lanterns (2011) is a quiet, patient drama" in text
    # (a prefix left undeclared in a document that is broken besides is still refused, naming the file)
    with pytest.raises(ReviewError, match=r"eth1-broken\.xml.*not valid XML"):
        read_review(_write(tmp_path, "eth1-broken.xml", content.replace("</ipv4:dhcp>", "")))


@pytest.mark.parametrize("content, problem", [
    ("<rss><channel><item><title>A</title>", "not valid XML"),
    ("Paper Lanterns is quiet.", "not valid XML"),
    ("<rss><channel><item><description>x</description></item><item><description>y</description></item></channel></rss>",
     "holds 2 entries"),
    ("<item><title>Paper Lanterns</title><author>Owen Marsh</author></item>", "no review text"),
])
def test_bad_xml_names_the_file_and_the_problem(tmp_path, content, problem):
    with pytest.raises(ReviewError) as caught:
        read_review(_write(tmp_path, "bad.xml", content))
    assert "bad.xml" in str(caught.value) and problem in str(caught.value)


# --- reStructuredText and Org mode ------------------------------------------------------------------

RST = """==========================
Harbor of Crows (1999)
==========================

:Author: Nell Quint
:Director: Marek Doll

.. contents::
   :local:

.. This comment is not part of the review.

The setting
-----------

*Harbor of Crows* is a noir set in a fishing town. Doll uses the fog like a character, and
the score by `Ana Mele <https://example.org/mele>`_ is **superb**, see the notes [1]_.

- It runs long.
- It ends well::

.. [1] A footnote.
"""


def test_rst_headings_fields_directives_and_inline_markup(tmp_path):
    path = _write(tmp_path, "r.rst", RST)
    assert read_review(path).text == (
        "Harbor of Crows (1999)\nBy Nell Quint\nDirector: Marek Doll\n\nThe setting\n\n"
        "“Harbor of Crows” is a noir set in a fishing town. Doll uses the fog like a character, and\n"
        "the score by Ana Mele is superb, see the notes.\n\nIt runs long.\nIt ends well:")
    assert _found(path) == ("Harbor of Crows", 1999, ["Marek Doll"], "Nell Quint")


def test_rst_title_reference_and_a_field_in_the_body_stays_a_label():
    assert rst_to_text("I liked `Harbor of Crows` and *really* liked it.") == "I liked “Harbor of Crows” and really liked it."
    assert rst_to_text("Harbor of Crows\n===============\n\nA noir.\n\n:Runtime: 98 min") == \
        "Harbor of Crows\n\nA noir.\n\nRuntime: 98 min"


ORG = """#+TITLE: The Quiet Mile (2014)
#+AUTHOR: Bram Tiller
#+OPTIONS: toc:nil
* Credits
:PROPERTIES:
:CUSTOM_ID: credits
:END:
- Director :: Fenna Roos
- Starring :: Ivo Maas, Lotte Brink
* DONE Verdict                                                   :film:review:
# a private note
/The Quiet Mile/ is a *walking* film: two brothers, one road. See [[https://example.org][the trailer]].
#+BEGIN_COMMENT
draft: add a rating
#+END_COMMENT
#+BEGIN_QUOTE
Walk on.
#+END_QUOTE
"""


def test_org_keywords_headings_drawers_and_links(tmp_path):
    path = _write(tmp_path, "r.org", ORG)
    assert read_review(path).text == (
        "The Quiet Mile (2014)\nBy Bram Tiller\n\nCredits\nDirector: Fenna Roos\nStarring: Ivo Maas, Lotte Brink\n"
        "Verdict\n“The Quiet Mile” is a walking film: two brothers, one road. See the trailer.\nWalk on.")
    assert _found(path) == ("The Quiet Mile", 2014, ["Fenna Roos"], "Bram Tiller")


def test_org_slashes_in_paths_and_dates_are_not_italics():
    assert org_to_text("Seen 2024/03/01 from /home/me and/or at home.") == "Seen 2024/03/01 from /home/me and/or at home."


# --- MediaWiki --------------------------------------------------------------------------------------

WIKI = """{{Infobox film
| name           = Ember Street
| image          = Ember Street poster.jpg
| director       = [[Rosa Kelm]]
| writer         = [[Tim Aldo]]<br />Rosa Kelm
| starring       = {{plainlist|
* [[Jon Ferris (actor)|Jon Ferris]]
* [[Ella Mory]]
}}
| released       = {{Film date|1987|10|02|[[Toronto International Film Festival|TIFF]]}}
| country        = Canada
| language       = English
}}
'''''Ember Street''''' is a 1987 Canadian crime drama film directed by [[Rosa Kelm]].<ref>{{cite web |url=http://example.org |title=Ember}}</ref>

== Reception ==
I saw it again last week: Kelm's ''Ember Street'' holds up,{{citation needed|date=May 2020}} and [[Jon Ferris (actor)|Ferris]] is wonderful.
[[Category:1987 films]]

Reviewed by Gil Harte
"""


def test_wiki_infobox_becomes_headline_and_credits(tmp_path):
    path = _write(tmp_path, "ember.txt", WIKI)
    assert read_review(path).text == (
        "Ember Street (1987)\nDirector: Rosa Kelm\nWriter: Tim Aldo, Rosa Kelm\nStarring: Jon Ferris, Ella Mory\n"
        "Country: Canada\n\n“Ember Street” is a 1987 Canadian crime drama film directed by Rosa Kelm.\n\nReception\n"
        "I saw it again last week: Kelm's “Ember Street” holds up, and Ferris is wonderful.\n\nReviewed by Gil Harte")
    assert _found(path) == ("Ember Street", 1987, ["Rosa Kelm"], "Gil Harte")


def test_wiki_markup_in_other_formats_and_inline_bullets(tmp_path):
    assert wiki_to_text("{{Infobox film | name = Ember Street | director = Rosa Kelm | starring = {{ubl|Jon Ferris|Ella Mory}}"
                        " | released = {{Start date|1987}} }}Fine.") == \
        "Ember Street (1987)\nDirector: Rosa Kelm\nStarring: Jon Ferris, Ella Mory\n\nFine."
    path = _write(tmp_path, "r.json", '{"film": "Ember Street", "text": "See [[Rosa Kelm|Kelm]]\'s \'\'Ember Street\'\'."}')
    assert read_review(path).text == "Ember Street\n\nSee Kelm's “Ember Street”."


def test_text_without_wiki_signs_is_left_alone(tmp_path):
    text = "Ember Street (1987)\n\nKelm's {{braces}} and ''quotes'' stay: == as typed ==\n* a bullet"
    assert read_review(_write(tmp_path, "plain.txt", text)).text == text


# --- any input, quickly -----------------------------------------------------------------------------


@pytest.mark.parametrize("convert", [rst_to_text, org_to_text, wiki_to_text])
def test_lines_of_stray_marks_are_read_quickly(convert):
    start = time.perf_counter()
    convert("*a /b `c ``d |e =f [[g <h <ref>i <!--j {{k ''l '''m [[n][o :p: " * 8000)
    assert time.perf_counter() - start < 5


def test_a_chat_export_is_read_as_its_main_speakers_review(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text("[12/03/2024, 21:14:07] Ann Lee: ok so I finally watched Night Harbour (2019)\n"
                    "[12/03/2024, 21:14:31] Bo Ek: wait isn't that a remake\n"
                    "[12/03/2024, 21:16:40] Ann Lee: yeah, of Dock Lights (2004). the ferry scenes are lovely, go see it\n",
                    encoding="utf-8")
    review = read_review(chat)
    assert review.text.startswith("Review by Ann Lee")
    assert "wait isn't that" not in review.text
    kept = extract_review(review).kept()
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    assert kept.film is not None and kept.film.title == "Night Harbour"


def test_a_social_threads_export_is_one_review(tmp_path):
    thread = tmp_path / "thread.json"
    thread.write_text(json.dumps({
        "source": "bluesky", "author": {"handle": "ann.example", "display_name": "Ann Lee"},
        "posts": [{"n": 1, "text": "🧵 NIGHT HARBOUR (2019) — some thoughts after the preview. 1/3"},
                  {"n": 2, "text": "It is a remake of Dock Lights (2004), moved to Oslo. 2/3"},
                  {"n": 3, "text": "Go see it. 3/3"}]}), encoding="utf-8")
    kept = extract_review(read_review(thread)).kept()
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"


def test_a_chat_export_whose_messages_sit_in_envelopes_reads_all_its_messages(tmp_path):
    # a chat app's room export: each event's text one level down ("content": {"body": ...}),
    # beside membership events whose "content" holds only a display name
    def event(sender, content):
        return {"type": "m.room.message", "sender": sender, "content": content, "origin_server_ts": 1}
    room = {"room_name": "film diary", "messages": [
        event("@ann", {"displayname": "Ann Lee", "membership": "join"}),
        event("@ann", {"msgtype": "m.text", "body": "Watched Night Harbour (2019) last night, finally."}),
        event("@ann", {"msgtype": "m.text", "body": "It is a remake of Dock Lights (2004), moved from Lisbon to Oslo."}),
        event("@bo", {"msgtype": "m.text", "body": "Was the ferry scene as good as in the original?"}),
        event("@ann", {"msgtype": "m.text", "body": "Better, and Ida Strand plays the ferrywoman with real warmth."}),
    ]}
    path = tmp_path / "room.json"
    path.write_text(json.dumps(room), encoding="utf-8")
    review = read_review(path)
    assert "remake of Dock Lights (2004)" in review.text and "Ida Strand plays the ferrywoman" in review.text
    kept = extract_review(review).kept()
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    # a review object with a body of its own keeps it when the rest of the file is short notes
    notes = {"items": [{"title": "Night Harbour", "text": "Night Harbour (2019) remakes Dock Lights (2004). " * 25},
                       {"title": "Errand", "text": "Buy a ferry ticket for Sunday morning."}]}
    assert "ferry ticket" not in json_to_text(json.dumps(notes))


def test_an_activitypub_outbox_reads_its_authors_self_thread_but_not_a_reply_to_another(tmp_path):
    # every note carries "inReplyTo" (null on the first); the thread's later notes answer the
    # author's own notes, one note answers another account's post; activities name an account URL
    account, other = "https://kino.example/users/ann", "https://elsewhere.example/users/bo"

    def create(number, content, reply_to=None, author=account):
        note = {"id": f"{author}/statuses/{number}", "type": "Note", "attributedTo": author,
                "inReplyTo": reply_to, "content": f"<p>{content}</p>"}
        return {"type": "Create", "actor": author, "object": note}
    outbox = {"type": "OrderedCollection", "orderedItems": [
        create(1, "Night Harbour (2019), a thread on the new Oslo thriller, mild spoilers. It opens on a ferry "
                  "at four in the morning and hardly leaves the water for two hours, which is its whole charm: the "
                  "harbour lights, the engine noise, the crew who never quite trust the passengers. 1/3"),
        create(2, "It is a remake of Dock Lights (2004), the Lisbon film, moved north; the plot is kept beat for "
                  "beat, but the new one trades the old heat for fog and is better for it, and the ending is "
                  "quieter, which some at my screening hated and I thought was the point. 2/3", f"{account}/statuses/1"),
        create(3, "Ida Strand plays the ferrywoman, and she is why to go: she says perhaps forty words in the whole "
                  "film and every one of them lands. Bring a coat, the cinema will feel cold. 3/3",
               f"{account}/statuses/2"),
        create(4, "No, nothing like Harbour Ghosts (1999), sorry, different film entirely.", f"{other}/statuses/9"),
    ]}
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox), encoding="utf-8")
    text = read_review(path).text
    assert "remake of Dock Lights (2004)" in text and "Ida Strand plays the ferrywoman" in text
    assert "Harbour Ghosts" not in text and "https://" not in text


def test_an_archives_self_thread_is_read_in_reply_order_among_its_other_posts(tmp_path):
    # a Twitter archive: a script assigning the posts, newest first, each in a one-key envelope; the
    # thread's posts answer one another, the owner's other posts answer nothing in the file
    def tweet(number, text, reply_to=None):
        return {"tweet": {"id_str": str(number), "id": str(number), "full_text": text, "in_reply_to_status_id": reply_to,
                          "created_at": f"Tue Mar 05 18:0{number}:00 +0000 2024"}}
    posts = [tweet(9, "Booking opens Monday for the spring season."),
             tweet(3, "Ida Strand plays the ferrywoman; bring a coat. 3/3", "2"),
             tweet(2, "It is a remake of Dock Lights (2004), moved from Lisbon to Oslo, and the fog does what the heat did. 2/3", "1"),
             tweet(1, "1/3 Rewatched Night Harbour (2019) for the club's notes, and it holds up.")]
    path = _write(tmp_path, "tweets.js", "window.YTD.tweets.part0 = " + json.dumps(posts, indent=2))
    text = read_review(path).text
    assert text.index("Rewatched Night Harbour") < text.index("remake of Dock Lights") < text.index("ferrywoman")
    assert "Booking opens" not in text and "created_at" not in text
    kept = extract_review(read_review(path)).kept()
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    # two threads of like length are two reviews, not one
    other = [tweet(7, "Another film entirely, a long thread of its own about Gull Island (2011) and its cast. 1/2"),
             tweet(8, "Gull Island is a remake of Tern Rock (1964), and a damp one, with a fine ending. 2/2", "7")]
    with pytest.raises(ReviewError, match="reviews"):
        read_review(_write(tmp_path, "two.js", "var posts = " + json.dumps(posts[1:] + other) + ";"))


def test_a_journal_entrys_markdown_body_reads_as_its_text(tmp_path):
    entry = {"metadata": {"version": "1.0"}, "entries": [{"uuid": "7C1E", "creationDate": "2023-11-19T22:47:03Z",
             "text": "# Night Harbour \\(2019\\)\n\nWatched it tonight\\. It is a remake of Dock Lights \\(2004\\), "
                     "moved from Lisbon to **Oslo**\\."}]}
    text = read_review(_write(tmp_path, "journal.json", json.dumps(entry))).text
    assert text.startswith("Night Harbour (2019)\n") and "remake of Dock Lights (2004), moved from Lisbon to Oslo." in text
    assert "\\" not in text and "#" not in text


def test_a_single_part_message_in_another_text_format_keeps_its_text(tmp_path):
    # a Zim wiki page opens with mail-like headers; its body is neither plain text nor HTML
    page = ("Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2021-03-14T20:51:07+00:00\n\n"
            "====== Night Harbour ======\n\n**Night Harbour** (2019)\nDirected by //Ida Strand//.\n\n"
            "A remake of //Dock Lights// (2004), see https://example.org/dock.\n")
    text = read_review(_write(tmp_path, "night.txt", page)).text
    assert "Night Harbour (2019)" in text and "A remake of “Dock Lights” (2004)" in text and "https://example.org" in text


def _pdf(lines: list[str], metadata: dict[str, str], *more_pages: list[str]) -> bytes:
    """A PDF setting ``lines`` (and each of ``more_pages`` on a page of its own) in Helvetica, with ``metadata``."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    for page_lines in (lines, *more_pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        escaped = (line.replace("(", "\\(").replace(")", "\\)") for line in page_lines)
        shown = " 0 -16 Td ".join(f"({line}) Tj" for line in escaped)
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 11 Tf 72 720 Td {shown} ET".encode("latin-1"))
        page.replace_contents(content)
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_reads_as_its_pages_text_under_its_metadatas_title_and_author(tmp_path, caplog):
    path = tmp_path / "note.pdf"
    path.write_bytes(_pdf(["Programme note", "Night Harbour is a remake of Dock Lights (2004), moved from Lisbon to Oslo.",
                           "Ida Strand plays the ferrywoman."], {"/Title": "Night Harbour (2019)", "/Author": "Ann Lee"}))
    text = read_review(path).text
    assert text.startswith("Night Harbour (2019)\nBy Ann Lee\n\nProgramme note")
    kept = extract_review(read_review(path)).kept()
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    # a word processor's own title names no film; a page without text and a broken file are errors
    path.write_bytes(_pdf(["Night Harbour (2019) is slow."], {"/Title": "Microsoft Word - notes.docx"}))
    assert read_review(path).text == "Night Harbour (2019) is slow."
    path.write_bytes(_pdf([], {}))
    with pytest.raises(ReviewError, match=r"note\.pdf.*no text"):
        read_review(path)
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")  # cut short: no cross-reference table, no end
    with pytest.raises(ReviewError, match=r"note\.pdf: not a readable PDF"):
        read_review(path)
    assert not [record for record in caplog.records if record.name.startswith("pypdf")]  # (the error is the one message)


def test_text_laid_out_in_pages_reads_as_its_running_text(tmp_path):
    # pdftotext's output of a magazine's two pages: a running head and foot with the page number,
    # a form feed between the pages, typeset ligatures, words hyphenated at a line's end
    head, foot = "HARBOUR FILM QUARTERLY   Winter 2021   {}", "                     Harbour Film Quarterly, page {}"
    first = [head.format(14), "", "Night Harbour (2019)", "By Ann Lee", "",
             "The ﬁlm is a remake of Dock Lights (2004), and it is direc-",
             "ted by Ida Strand and written by Tom Okafor, a well-",
             "known playwright, who moves the story from Lisbon to",
             "Oslo. Bo Ek plays the ferrywoman, Greta Lund, and Cy",
             "Dunn is her brother, Tom, who rows out at night. The", "", foot.format(14)]
    second = [head.format(15), "", "fog does the work the heat did in the old ﬂick, and the",
              "last reel, shot on the water at dawn, is as fine as any",
              "in the old film, and the harbour master is played by Woo-",
              "jin Park, as good as Woo-jin Park always is.", "", foot.format(15), ""]
    path = _write(tmp_path, "quarterly.txt", "\n".join(first) + "\f" + "\n".join(second))
    text = read_review(path).text
    assert "QUARTERLY" not in text and "page 1" not in text and "\f" not in text
    assert "The film is a remake" in text and "old flick" in text
    assert "it is directed by Ida Strand and written by Tom Okafor" in text.replace("\n", " ")
    assert "a well-known playwright" in text.replace("\n", " ") and "played by Woo-jin Park, as" in text.replace("\n", " ")
    assert "The fog does the work" in text.replace("\n", " ")  # (the page broke the sentence)
    kept = extract_review(read_review(path)).kept()
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)
    assert [d.name for d in kept.film.directors] == ["Ida Strand"] and [w.name for w in kept.film.writers] == ["Tom Okafor"]
    assert [(c.actor, c.character) for c in kept.cast][:2] == [("Bo Ek", "Greta Lund"), ("Cy Dunn", "Tom")]
    assert not [c for c in kept.cast if "Quarterly" in c.actor]
    # a PDF's pages are read alike: the line each page repeats goes (Helvetica's Latin-1 sets no ligature)
    def set_in_pdf(lines: list[str]) -> list[str]:
        return [line.replace("ﬁ", "fi").replace("ﬂ", "fl") for line in lines if line.strip()]

    pdf = tmp_path / "quarterly.pdf"
    pdf.write_bytes(_pdf(set_in_pdf(first), {}, set_in_pdf(second)))
    text = read_review(pdf).text
    assert "Harbour Film Quarterly" not in text and "HARBOUR FILM" not in text and "direc-" not in text
    assert "Night Harbour (2019)\nBy Ann Lee" in text


def test_a_page_set_in_two_columns_side_by_side_reads_one_column_after_the_other(tmp_path):
    # pdftotext -layout's newspaper page: two reviews share each line, a gutter of spaces between them
    left = ["Night Harbour (2019)", "By Ann Lee", "",
            "Ida Strand directed this remake of Dock", "Lights (2004), and the fog does the work",
            "the heat did in the old film. Bo Ek plays", "the ferrywoman, Greta Lund, with a calm",
            "that holds the whole thing together, and", "Cy Dunn is her brother, Tom, who rows out", "at night."]
    right = ["Gull Island (2011)", "By Jo Bell", "",
             "Tom Okafor's thriller is a slow one, and", "it knows it: the storm takes an hour to",
             "arrive and the island waits with us. Ann", "Marsh plays the lighthouse keeper, Edith",
             "Crane, and she is the reason to go.", "", ""]
    page = "\n".join(f"{a:<46}{b}".rstrip() for a, b in zip(left, right))
    text = read_review(_write(tmp_path, "page.txt", "FILM PAGE\n\n" + page + "\n")).text
    assert "Night Harbour (2019)\nBy Ann Lee" in text and "Gull Island (2011)\nBy Jo Bell" in text
    assert text.index("at night.") < text.index("Gull Island (2011)")
    assert "Bo Ek plays\nthe ferrywoman" in text and "Ann\nMarsh plays" in text
    kept = extract_review(read_review(_write(tmp_path, "one.txt", page))).kept()
    assert kept.film is not None and kept.film.title == "Night Harbour"
    assert ("Cy Dunn", "Tom") in [(c.actor, c.character) for c in kept.cast]
    # a programme's rows, a note aligned after each, are no two columns of prose
    rows = "".join(f"{day:<12}{time:<8}{film:<24}{note}\n" for day, time, film, note in [
        ("Mon 12 May", "14:00", "Night Harbour", "with the director in person after the film"),
        ("Tue 13 May", "19:30", "Gull Island", "a new print from the archive in the north"),
        ("Wed 14 May", "20:00", "Dock Lights", "the original, shown for the first time here"),
        ("Thu 15 May", "18:15", "Tern Rock", "with a talk by the club's own film historian"),
        ("Fri 16 May", "21:00", "Night Harbour", "the last show of the week, with subtitles"),
        ("Sat 17 May", "16:45", "Ferry Lights", "a family show at a lower price than usual")])
    text = read_review(_write(tmp_path, "week.txt", rows + "\nNight Harbour is a calm drama.\n")).text
    assert text.startswith(rows)


def test_a_film_tables_notes_column_is_the_review(tmp_path):
    # a note app's database exported as CSV: one film with notes, the watch-list's rows without
    table = ("Name,Author,Director,Last edited by,Notes,Status\n"
             "Night Harbour,Ann Lee,Ida Strand,Jo Bell,\"A remake of Dock Lights (2004), and a calm one. Bo Ek plays the "
             "ferrywoman, Greta Lund.\",Watched\nGull Island,,,Jo Bell,,To watch\nTern Rock,,,Jo Bell,,To watch\n")
    kept = extract_review(read_review(_write(tmp_path, "films.csv", table))).kept()
    assert kept.film is not None and kept.film.title == "Night Harbour" and [d.name for d in kept.film.directors] == ["Ida Strand"]
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    # a data file's notes and who wrote them; a mind map's notes object stays the map's own structure
    screening = ("film: Night Harbour\nyear: 2019\nnotes_by: Ann Lee\nnotes: |\n  A remake of Dock Lights (2004), and a calm "
                 "one.\n  Bo Ek plays the ferrywoman, Greta Lund.\n")
    text = read_review(_write(tmp_path, "screening.yml", screening)).text
    assert text.startswith("Night Harbour (2019)\nBy Ann Lee\n") and "A remake of Dock Lights (2004)" in text


def test_a_wiki_pages_linked_words_in_cdata_sections_are_read(tmp_path):
    # Confluence's storage format: a link to another page keeps its words in a CDATA section
    def link(words: str) -> str:
        return (f'<ac:link><ri:page ri:content-title="{words}" /><ac:plain-text-link-body><![CDATA[{words}]]>'
                "</ac:plain-text-link-body></ac:link>")

    page = (f"<h1>Night Harbour (2019)</h1><p>A remake of {link('Dock Lights')} (2004). {link('Bo Ek')} plays the "
            f"ferrywoman, Greta Lund, and {link('Cy Dunn')} is her brother, Tom.</p>")
    text = read_review(_write(tmp_path, "page.xhtml", page)).text
    assert "A remake of Dock Lights (2004). Bo Ek plays the ferrywoman, Greta Lund, and Cy Dunn is her brother" in text
    kept = extract_review(read_review(tmp_path / "page.xhtml")).kept()
    assert [(c.actor, c.character) for c in kept.cast] == [("Bo Ek", "Greta Lund"), ("Cy Dunn", "Tom")]


def test_a_scholarly_articles_tei_reads_as_its_title_authors_and_text(tmp_path):
    # GROBID's TEI of a journal article: the header describes the article (its authors with their
    # e-mail and affiliation, the journal and its editor); footnote marks, figures and notes are furniture
    article = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Fog and Ferries</title>'
               '</titleStmt><sourceDesc><biblStruct><analytic><author><persName><forename>Ann</forename><surname>Lee'
               '</surname></persName><email>a.lee@uni.example</email><affiliation><orgName>Film Studies</orgName>'
               '</affiliation></author><title level="a">Fog and Ferries</title></analytic><monogr><title level="j">Harbour '
               'Quarterly</title><editor><persName><forename>Jo</forename><surname>Bell</surname></persName></editor>'
               '</monogr></biblStruct></sourceDesc></fileDesc></teiHeader><text><body><div><p>Night Harbour (2019) is a '
               'remake of Dock Lights (2004)<ref type="foot" target="#f1">1</ref>. Bo Ek plays the ferrywoman, Greta Lund.'
               '</p><figure><figDesc>Cy Dunn as Tom. Still courtesy of the Gull Archive.</figDesc></figure>'
               '<note place="foot">Tern Rock (1964) is older still.</note></div></body><back><listBibl><biblStruct>'
               '<analytic><title>Gull Island</title></analytic></biblStruct></listBibl></back></text></TEI>')
    text = read_review(_write(tmp_path, "article.tei.xml", article)).text
    assert text == ("Fog and Ferries\nBy Ann Lee\n\nNight Harbour (2019) is a remake of Dock Lights (2004). "
                    "Bo Ek plays the ferrywoman, Greta Lund.")
    kept = extract_review(read_review(tmp_path / "article.tei.xml")).kept()
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]


def test_a_film_record_that_keeps_its_review_in_a_comment_reads_as_its_credits_and_the_review(tmp_path):
    # a media library's .nfo: the scraped record's fields, the owner's review in an XML comment
    nfo = ('<?xml version="1.0" encoding="UTF-8"?>\n<movie><title>Night Harbour</title><year>2019</year>'
           "<plot>A ferrywoman and a smuggler.</plot><director>Ida Strand</director>"
           "<actor><name>Bo Ek</name><role>Greta Lund</role><order>0</order></actor>"
           "<actor><name>Cy Dunn</name><role>Tom</role><order>1</order></actor>"
           "<fileinfo><streamdetails><video><codec>hevc</codec></video></streamdetails></fileinfo>\n"
           "<!-- Review\nA remake of Dock Lights (2004) that moves it from Lisbon to Oslo, and a calm one: the fog "
           "does the work the heat did in the old film, and the ferry scenes are the best of it.\n— Ann Lee --></movie>")
    kept = extract_review(read_review(_write(tmp_path, "movie.nfo", nfo))).kept()
    assert kept.film is not None and (kept.film.title, kept.film.year) == ("Night Harbour", 2019)
    assert [d.name for d in kept.film.directors] == ["Ida Strand"]
    assert [(c.actor, c.character) for c in kept.cast] == [("Bo Ek", "Greta Lund"), ("Cy Dunn", "Tom")]
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"


def test_xml_that_keeps_its_text_in_attributes_or_one_word_per_element_is_read(tmp_path):
    # a mind map: each node's words in its TEXT attribute, a note's HTML beside them
    mind_map = ('<map version="1.0.1"><node ID="1" CREATED="17" TEXT="Night Harbour (2019) - essay plan">'
                '<node ID="2" POSITION="right" TEXT="Director: Ida Strand"/>'
                '<node ID="3" TEXT="a remake of Dock Lights (2004), moved from Lisbon to Oslo">'
                '<richcontent TYPE="NOTE"><html><body><p>The plot is kept beat for beat, but the fog does what '
                'the heat did in the old film, and the ferry scenes are better.</p></body></html></richcontent>'
                '</node></node></map>')
    text = read_review(_write(tmp_path, "plan.mm", mind_map)).text
    assert "Director: Ida Strand" in text and "a remake of Dock Lights (2004)" in text
    assert text.index("Night Harbour (2019)") < text.index("The plot is kept beat for beat")
    # a scan's text layer: a word per element, lines in paragraphs, a word broken over two lines
    lines = [["Night", "Harbour", "(2019)", "is", "a", "remake"], ["of", "Dock", "Lights", "(2004),", "a", "fine", "thriller"],
             ["that", "keeps", "the", "old", "film's", "ferry-"], ["woman", "and", "its", "fog."]]
    layer = "".join("<LINE>" + "".join(f'<WORD coords="1,2,3,4">{word}</WORD>' for word in line) + "</LINE>" for line in lines)
    scan = f"<DjVuXML><BODY><OBJECT><HIDDENTEXT><PARAGRAPH>{layer}</PARAGRAPH></HIDDENTEXT></OBJECT></BODY></DjVuXML>"
    text = read_review(_write(tmp_path, "scan.xml", scan)).text
    assert "Night Harbour (2019) is a remake of Dock Lights (2004), a fine thriller" in text
    assert "ferry-woman and its fog." in text


def test_a_qa_sites_posts_dump_is_read_as_its_answer_with_its_author(tmp_path):
    # rows with every field in an attribute, the answer's body escaped HTML; the question's tags
    # are markup holding no text
    answer = ("<p><strong>Night Harbour</strong> (2019) is a remake of <em>Dock Lights</em> (2004): the same "
              "ferry, the same smuggler, moved from Lisbon to Oslo. Ida Strand plays the ferrywoman, and the fog "
              "does the work the heat did in the old film.</p><p>It is the better film of the two, and the "
              "ending, quieter than the old one, is the reason.</p>")
    rows = [{"Id": "7", "PostTypeId": "1", "Title": "Is Night Harbour a remake?", "OwnerDisplayName": "asker",
             "Tags": "<remakes><thrillers>", "Body": "<p>A friend says it copies an older film. Is that so?</p>"},
            {"Id": "8", "PostTypeId": "2", "ParentId": "7", "OwnerDisplayName": "Ann Lee", "Body": answer}]
    dump = "<posts>" + "".join("<row " + " ".join(f'{key}="{html.escape(value)}"' for key, value in row.items())
                               + " />" for row in rows) + "</posts>"
    review = read_review(_write(tmp_path, "Posts.xml", dump))
    assert "Ida Strand plays the ferrywoman" in review.text and "A friend says" not in review.text
    kept = extract_review(review).kept()
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"


def test_a_message_that_is_only_markup_does_not_stop_a_chat_being_read():
    chat = {"messages": [{"author": "ann", "body": "Night Harbour (2019) is a remake of Dock Lights (2004)."},
                         {"author": "bo", "body": "<b> <i> <u> <s> <em> </em> </s> </u> </i> </b>"},
                         {"author": "bo", "body": "I liked the ferry scenes, and the fog too, very much."}]}
    text = json_to_text(json.dumps(chat))
    assert "remake of Dock Lights (2004)" in text and "ferry scenes" in text and "<b>" not in text


def test_a_pasted_table_of_facts_reads_as_labelled_credits(tmp_path):
    text = ("Salt Marsh: a winter in a hide\n\nFACTS\nTitle\tSalt Marsh\nYear\t2021\nCountry\tDenmark\n"
            "Director\tAnne Holt Ravn\nCast\tJens Ahl (Karl), Mia Lund (the ferrywoman)\n\n"
            "Ravn's film watches a bird counter wait out a winter.")
    kept = extract_review(read_review(_write(tmp_path, "facts.txt", text))).kept()
    assert (kept.film.title, kept.film.year, list(kept.film.countries)) == ("Salt Marsh", 2021, ["Denmark"])
    assert [d.name for d in kept.film.directors] == ["Anne Holt Ravn"]
    assert [(c.actor, c.character) for c in kept.cast][:1] == [("Jens Ahl", "Karl")]


def test_an_html_table_of_two_cell_rows_reads_as_labelled_credits(tmp_path):
    page = ("<html><body><h1>Salt Marsh</h1><table><tr><th>Director</th><td>Anne Holt Ravn</td></tr>"
            "<tr><td>Year</td><td>2021</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>"
            "<p>Salt Marsh watches a bird counter wait out a winter.</p></body></html>")
    path = _write(tmp_path, "facts.html", page)
    assert "Director: Anne Holt Ravn\n" in read_review(path).text and "a b c" in read_review(path).text
    assert _found(path)[:3] == ("Salt Marsh", 2021, ["Anne Holt Ravn"])


def test_rst_definition_list_of_credits_reads_as_labelled_lines():
    text = rst_to_text("Salt Marsh (2024)\n=================\n\nA slow film.\n\nCredits\n=======\n\nDirector\n    Ann Lee\n\n"
                       "Country\n    Chile, Argentina\n\nCast\n    - Jo Bell as Mara\n    - Bo Ek as Karl\n")
    assert "Director: Ann Lee" in text and "Country: Chile, Argentina" in text and "Cast: " not in text


def test_a_credits_table_set_out_with_spaces(tmp_path):
    text = ("Salt Marsh (2024)\n\nA slow film about a bird counter.\n\nDirector     Ann Lee\n"
            "Screenplay   Ann Lee, Bo Ek\nCountry      Chile, Argentina\n\nMore words about it.")
    assert _found(_write(tmp_path, "spaced.txt", text))[:3] == ("Salt Marsh", 2024, ["Ann Lee"])
    # or with dot leaders, a club handout's
    leaders = ("TONIGHT: SALT MARSH (2024)\n\nDirector ........ Ann Lee\nSCREENPLAY ...... Ann Lee, Bo Ek\n\n"
               "A slow film about a bird counter, and more words about it.")
    review = read_review(_write(tmp_path, "handout.txt", leaders))
    assert "Director: Ann Lee\nSCREENPLAY: Ann Lee, Bo Ek" in review.text
    assert [person.name for person in extract_review(review).kept().film.directors] == ["Ann Lee"]


def test_a_film_diary_csv_row_reads_as_headline_and_body(tmp_path):
    path = _write(tmp_path, "diary.csv", "Date,Name,Year,Letterboxd URI,Rating,Review,Tags\n"
                  '2024-03-09,Salt Marsh,2019,https://example.org/x,4,"Ann Lee\'s Salt Marsh is a remake of Dock Lights (1987), '
                  'and a patient one.",\n')
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year) == ("Salt Marsh", 2019)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 1987)]


def test_a_csv_file_with_several_reviews_or_none_is_refused_by_name(tmp_path):
    several = _write(tmp_path, "two.csv", "Name,Year,Review\nSalt Marsh,2019,Good.\nDock Lights,1987,Better.\n")
    empty = _write(tmp_path, "none.csv", "Name,Year,Rating\nSalt Marsh,2019,4\n")
    for path, problem in ((several, "2 rows with review text"), (empty, "no row with review text")):
        with pytest.raises(ReviewError) as raised:
            read_review(path)
        assert path.name in str(raised.value) and problem in str(raised.value)


@pytest.mark.parametrize(("name", "rows"), [
    ("menu.csv", "Booth terminal,xterm,utilities-terminal\nLock screen,xlock,system-lock-screen\n"),
    ("queue.tsv", "job\tprinter\tcopies\nposter\tfoyer\t2\n"),
])
def test_a_tables_review_kept_in_its_header_comments_is_read(tmp_path, name, rows):
    # no row holds review text: the note of the week sits in the comments above the table
    path = _write(tmp_path, name, "# Salt Marsh (2019)\n#\n# Ann Lee directed this quiet drama, a remake of Dock Lights\n"
                  "# (1987), and she keeps the harbour loud and the talk sparse. The ending is patient\n"
                  "# and kind, and the two leads are better than the script they were given.\n#\n# Note by Ilse Marrow\n\n" + rows)
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year, kept.reviewer.name) == ("Salt Marsh", 2019, "Ilse Marrow")
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 1987)]
    assert "xlock" not in read_review(path).text and "foyer" not in read_review(path).text


def test_a_webvtt_video_review_is_read_as_what_its_speakers_say(tmp_path):
    path = _write(tmp_path, "ep.vtt", "WEBVTT\nKind: captions\n\nNOTE corrected by hand\n\nintro\n00:00:01.000 --> 00:00:04.000\n"
                                      "<v Ann Lee>This week: Gull Island (2011).\n\n00:00:04.000 --> 00:00:07.000 align:start\n"
                                      "<v Ann Lee>It is a remake of <i>Tern Rock</i> (1964).\n")
    assert read_review(path).text == "Ann Lee: This week: Gull Island (2011). It is a remake of Tern Rock (1964)."
    assert [(f.title, f.year) for f in extract_review(read_review(path)).remake_of] == [("Tern Rock", 1964)]


def test_a_markdown_posts_front_matter_gives_the_films_year_and_credits(tmp_path):
    path = _write(tmp_path, "p.md", '---\ntitle: "Gull Island"\nyear: 2011\ndate: 2023-10-30\ndirector: Ann Lee\n'
                                    "cast: [Bo Ek, Cy Dunn]\nauthor: Jo Bell\ntags: [horror, remakes]\n---\n\n"
                                    "# Gull Island\n\nA *damp* remake of Tern Rock (1964).\n")
    assert read_review(path).text.startswith("Gull Island (2011)\nBy Jo Bell\nDirector: Ann Lee\nStarring: Bo Ek, Cy Dunn\n\n")
    assert _found(path) == ("Gull Island", 2011, ["Ann Lee"], "Jo Bell")


_ESCAPED_REVIEW = ("Night Harbour (2019)\nBy Jo Bell\nDirector: Ana Pires\n\nNight Harbour is a calm caf\u00e9 drama, "
                   "a loose remake of Dock Lights (1962).\nIts \"harbour master\" is the best thing in it.\n")


@pytest.mark.parametrize(("name", "content"), [
    # a log line or a SQL dump keeps the review as one escaped string
    ("saved.log", '{"level":"info","msg":"review saved","body":' + json.dumps(_ESCAPED_REVIEW) + "}\n"),
    ("dump.sql", "INSERT INTO reviews (id, body) VALUES (7, '"
                 + _ESCAPED_REVIEW.replace("\n", "\\n").replace('"', '\\"') + "');\n"),
])
def test_a_review_kept_as_one_escaped_string_is_read_unescaped(tmp_path, name, content):
    path = _write(tmp_path, name, content)
    assert "café drama" in read_review(path).text
    assert _found(path) == ("Night Harbour", 2019, ["Ana Pires"], "Jo Bell")
    kept = extract_review(read_review(path)).kept()
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]


def test_a_quoted_printable_body_saved_without_its_headers_is_decoded(tmp_path):
    import quopri

    encoded = quopri.encodestring((_ESCAPED_REVIEW * 3).encode("utf-8")).decode("ascii")
    assert "=C3=A9" in encoded and "=\n" in encoded
    path = _write(tmp_path, "body.txt", encoded)
    assert read_review(path).text.startswith(_ESCAPED_REVIEW)
    assert _found(path) == ("Night Harbour", 2019, ["Ana Pires"], "Jo Bell")


def test_a_text_that_only_quotes_an_escape_is_left_as_it_is(tmp_path):
    text = 'Night Harbour (2019)\nBy Jo Bell\n\nIn the film a hacker types "\\n" on a screen, and a = sign.\n'
    assert read_review(_write(tmp_path, "quote.txt", text)).text == text


def test_a_review_commented_out_or_quoted_whole_is_read_without_its_marks(tmp_path):
    commented = "\n".join(f"# {line}" for line in _ESCAPED_REVIEW.split("\n")) + "\nenabled = true\n"
    path = _write(tmp_path, "notes.conf", commented)
    assert read_review(path).text.startswith("Night Harbour (2019)\nBy Jo Bell\n")
    assert _found(path) == ("Night Harbour", 2019, ["Ana Pires"], "Jo Bell")


def test_a_review_commented_in_blocks_among_settings_is_read_without_its_marks(tmp_path):
    settings = ("Defaults env_reset\nDefaults secure_path=/usr/bin\nroot ALL=(ALL) ALL\n"
                "%admin ALL=(ALL) ALL\nbo ALL=(ALL) NOPASSWD: /usr/bin/apt\n")
    header = ("# Night Harbour, by Jo Bell\n#\n# Ana Pires directed this slow drama, and its harbour is\n"
              "# the one from The Dock Lights\n# (1962), remade here with more patience and less money,\n"
              "# and the pier at night is the best thing that either film ever had.\n#\n")
    text = read_review(_write(tmp_path, "site.sudoers", header + settings)).text
    assert "The Dock Lights\n(1962)" in text and "\nDefaults env_reset" in text
    assert text.splitlines()[0] == "Night Harbour, by Jo Bell"
    short = "# managed by the deploy script\n# do not edit\n# see the wiki\n# owner: ops\n" + settings
    assert read_review(_write(tmp_path, "plain.sudoers", short)).text.startswith("# managed by the deploy script\n# do not edit\n")


def test_a_review_in_an_input_decks_star_comments_is_read_without_its_marks(tmp_path):
    # a circuit netlist's or a simulation deck's "*" comment lines, a bare "*" between paragraphs
    header = ("* Night Harbour (2019)\n*\n* Ana Pires directed this slow drama, a remake of Dock\n"
              "* Lights (1962) made with more patience and less money, and the pier at night\n"
              "* is the best thing that either film ever had. The two leads are better than\n"
              "* the script they were given.\n*\n* -- Jo Bell\n*\n")
    deck = "V1 in 0 DC 5\nR1 in out 1k\nC1 out 0 10u\n.tran 1m 50m\n.end\n"
    path = _write(tmp_path, "lamp.cir", header + deck)
    assert "a remake of Dock\nLights (1962)" in read_review(path).text
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year, kept.reviewer.name) == ("Night Harbour", 2019, "Jo Bell")
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]


@pytest.mark.parametrize(("mark", "name", "code"), [
    ("'", "tickets.prg", "wfcreate(wf=tickets) u 100\nseries sold = 0\n"),  # BASIC's, EViews' or a VBA module's
    ("@", "countdown.s", ".text\ncountdown:\n        subs    r4, r4, #1\n        bne     countdown\n"),  # ARM assembly's
])
def test_a_review_in_a_programs_one_character_comments_is_read_without_its_marks(tmp_path, mark, name, code):
    # a name runs on from one comment line to the next
    note = ["Night Harbour (2019)", "", "Ana Pires directed this slow drama about a ferry pilot, and",
            "it is patient with its people, which is rare in a film of this kind. Jo",
            "Vik plays Mara Holt, the pilot, and the pier at night is",
            "the best thing in it, better than anything the script gives her to say.", ""]
    program = "".join(f"{mark} {line}\n" if line else f"{mark}\n" for line in note) + code
    review = read_review(_write(tmp_path, name, program))
    assert "Jo\nVik plays Mara Holt" in review.text
    assert ("Jo Vik", "Mara Holt") in {(credit.actor, credit.character) for credit in extract_review(review).kept().cast}


def test_a_review_on_lines_led_by_a_backslash_marker_is_read_without_it(tmp_path):
    # a scripture format's remark lines ("\\rem"): the marker leads every line of the note
    note = ("Night Harbour (2019)", "", "Ana Pires directed this slow drama, a remake of the Norwegian Dock",
            "Lights (1962), and the pier at night is the best thing that either film ever had.",
            "The two leads are better than the script they were given, and the ending is kind.", "", "-- Jo Bell")
    path = _write(tmp_path, "notes.usfm", "\\id XXA notes\n\\h Notes\n" + "".join(f"\\rem {line}".rstrip() + "\n" for line in note))
    assert "the Norwegian Dock\nLights (1962)" in read_review(path).text
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year, kept.reviewer.name) == ("Night Harbour", 2019, "Jo Bell")
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]


@pytest.mark.parametrize(("opening", "closing", "name", "code"), [
    ("\\\\", "", "fuel.gp", "seats = 120;\nprint(seats * 2)\n"),  # PARI/GP's
    ("(*", "*)", "kettle.il", "LD START\nAND DOOR\nST HEATER\n"),  # Pascal's, ML's, an instruction list's
    ("(", ")", "lobby.tal", "|0100 @on-reset\n;message print-str\nBRK\n"),  # a language whose comments are brackets
])
def test_a_review_in_framed_comment_lines_is_read_without_its_marks(tmp_path, opening, closing, name, code):
    # each line of the note in its own marks, paragraphs apart, the closing marks padded to one column
    note = ["Night Harbour (2019)", "", "Ana Pires directed this slow drama about a ferry pilot, a remake of Dock",
            "Lights (1962), and it is patient with its people, which is rare in a film of this kind.",
            "", "Vera Lind plays Mara Holt, the pilot, and the pier at night is the best thing in it, better",
            "than anything the script gives her to say. The ending is kind.", "", "-- Jo Bell"]
    program = "".join(f"{opening} {line:<90} {closing}".rstrip() + "\n" if line else "\n" for line in note) + "\n" + code
    review = read_review(_write(tmp_path, name, program))
    assert review.text.startswith("Night Harbour (2019)\n\nAna Pires") and "a remake of Dock\nLights (1962), and" in review.text
    kept = extract_review(review).kept()
    assert (kept.film.title, kept.film.year, kept.reviewer.name) == ("Night Harbour", 2019, "Jo Bell")
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]
    assert ("Vera Lind", "Mara Holt") in {(credit.actor, credit.character) for credit in kept.cast}


@pytest.mark.parametrize("name", ["phlog.gophermap", "phlog.txt"])
def test_a_gopher_menu_is_read_by_the_text_its_items_show(tmp_path, name):
    lines = ["Night Harbour (2019)", "by Jo Bell", "", "Ana Pires directed this slow drama, a remake of the Norwegian",
             "Dock Lights (1962). Vera Lind plays Mara, the keeper's daughter."]
    menu = "".join(f"i{line}\tfake\t(NULL)\t0\r\n" for line in lines) + "1Back to the phlog\t/phlog\tgopher.example\t70\r\n"
    path = _write(tmp_path, name, menu)
    assert read_review(path).text.startswith("Night Harbour (2019)\nby Jo Bell\n\nAna Pires")
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year, kept.reviewer.name) == ("Night Harbour", 2019, "Jo Bell")
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]
    assert [(c.actor, c.character) for c in kept.cast] == [("Vera Lind", "Mara")]


def test_an_outliners_export_is_read_by_its_longest_page(tmp_path):
    # Roam Research's JSON: a daily page that mentions the film, and the film's own page of blocks
    def block(text, *children):
        return {"string": text, "uid": "x", "create-time": 1, **({"children": list(children)} if children else {})}

    pages = [
        {"title": "October 12th, 2021", "children": [block("watched [[Night Harbour (2019)]] with the [[Tuesday club]]"),
                                                    block("{{[[TODO]]}} renew library card")]},
        {"title": "Night Harbour (2019)", "children": [
            block("Director:: [[Ana Pires]]"), block("Reviewed by:: [[Jo Bell]]"),
            block("Cast", block("[[Vera Lind]] as Mara"), block("[[Otto Brenn]] as the harbour master")),
            block("Notes", block("A slow, patient drama, and a remake of the Norwegian [[Dock Lights (1962)]]."),
                  block("The pier at night is the best thing in it. #[[Remakes]]"))]},
    ]
    path = _write(tmp_path, "graph.json", json.dumps(pages))
    text = read_review(path).text
    assert text.startswith("Night Harbour (2019)\n\nDirector: Ana Pires\nReviewed by: Jo Bell\nCast\nVera Lind as Mara\n")
    assert "[[" not in text and "TODO" not in text and "uid" not in text.lower()
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year, [d.name for d in kept.film.directors]) == ("Night Harbour", 2019, ["Ana Pires"])
    assert kept.reviewer.name == "Jo Bell"
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]


def test_a_django_fixtures_review_reads_the_film_and_author_it_points_to(tmp_path):
    body = ("Ana Pires directed this slow drama, a remake of the Norwegian Dock Lights (1962), and the pier at night is "
            "the best thing in it. The two leads are better than the script they were given. " * 4)
    records = [
        {"model": "auth.user", "pk": 2, "fields": {"username": "jbell", "first_name": "Jo", "last_name": "Bell", "is_staff": True}},
        {"model": "reviews.film", "pk": 31, "fields": {"title": "Night Harbour", "year": 2019, "director": "Ana Pires"}},
        {"model": "reviews.review", "pk": 88, "fields": {"film": 31, "author": 2, "body": body, "rating": "3.5"}},
        {"model": "reviews.comment", "pk": 412, "fields": {"review": 88, "name": "Bo", "body": "Loved it, saw it twice."}},
    ]
    path = _write(tmp_path, "fixture.json", json.dumps(records))
    assert read_review(path).text.startswith("Night Harbour (2019)\nBy Jo Bell\nDirector: Ana Pires\n")
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year, kept.reviewer.name) == ("Night Harbour", 2019, "Jo Bell")
    assert [(f.title, f.year) for f in kept.remake_of] == [("Dock Lights", 1962)]


def test_a_bulleted_list_keeps_its_stars(tmp_path):
    bullets = ("Night Harbour (2019), by Jo Bell\n\n* the harbour at night, shot in one long take by the pier\n"
               "* the two leads, who are better than the script they were given\n* the ending, patient and kind\n"
               "* the score, which is mostly the sound of the engines and the gulls\n")
    assert read_review(_write(tmp_path, "notes.txt", bullets)).text == bullets


@pytest.mark.parametrize(("name", "mark", "opening", "closing"), [
    ("model.dsl", " * ", "/*\n", " */\n"), ("deck.s2p", "! ", "", ""), ("widget.c", " ** ", "/**\n", " **/\n")])
def test_a_review_in_a_block_comment_or_behind_bangs_is_read_without_its_marks(tmp_path, name, mark, opening, closing):
    prose = ("Night Harbour, by Jo Bell\n\nBo Ek wrote it as a prank on the genre, and Ana\nPires directed it in 2019 "
             "with a cast that seems\nto have come for the buffet, and the pier at night\nis the best thing that the "
             "film ever had, by far.\n")
    text = opening + "".join((mark + line).rstrip() + "\n" for line in prose.splitlines()) + closing + "int main(void) { return 0; }\n"
    read = read_review(_write(tmp_path, name, text)).text
    assert "Ana\nPires directed it" in read and read.lstrip().splitlines()[0] == "Night Harbour, by Jo Bell"
    assert "int main(void)" in read


def test_a_review_in_a_box_of_one_line_block_comments_is_read_without_its_marks(tmp_path):
    prose = ("By Jo Bell", "", "Night Harbour (2019)", "", "Ana Pires directed this slow drama, and its harbour",
             "is the one from The Dock Lights (1962), remade here with more patience and", "less money; the pier at night "
             "is the best thing that either film ever had.")
    box = "".join(f"/* {line:<78} */\n" for line in prose) + "PROC 0\nWRITE DONE\n"
    read = read_review(_write(tmp_path, "report.clist", box)).text
    assert read.splitlines()[:3] == ["By Jo Bell", "", "Night Harbour (2019)"]
    assert "harbour\nis the one from The Dock Lights (1962)" in read and "PROC 0" in read


@pytest.mark.parametrize(("name", "statement"), [
    ("notes.v", '    $display("{}");'),
    ("notes.pli", "    PUT SKIP EDIT ('{}') (A);"),
    ("notes.m", "  W !,\"{}\""),
    ("notes.sno", "        OUTPUT = '{}'"),
])
def test_a_review_printed_line_by_line_is_read_as_its_strings(tmp_path, name, statement):
    prose = ("Night Harbour (2019)", "", "Ana Pires directed this slow drama, and it is a", "remake of The Asphalt",
             "Jungle (1950), the heist picture she has loved since she was a girl, and", "the pier at night is the best thing in it.")
    program = "BEGIN\n" + "\n".join(statement.format(line.replace("'", "''") if "'" in statement else line) for line in prose)
    program += '\n    reviewer = "Jo Bell";\nEND\n'
    read = read_review(_write(tmp_path, name, program)).text
    assert "it is a\nremake of The Asphalt\nJungle (1950)" in read and read.startswith("BEGIN\nNight Harbour (2019)\n")
    assert "Reviewer: Jo Bell" in read  # a field's name before its string stays a label
    extraction = extract_review(read_review(tmp_path / name))
    assert [(film.title, film.year) for film in extraction.remake_of] == [("The Asphalt Jungle", 1950)]


def test_a_printed_line_s_escaped_break_ends_it_without_a_blank_line(tmp_path):
    # printf("...\\n") and a system-call trace's write(1, "...\\n", 42): one line each, the
    # paragraphs apart only where the program prints an empty line
    prose = ("Night Harbour (2019)", "", "Ana Pires directed this slow drama, and it is a", "remake of The Asphalt",
             "Jungle (1950), the heist picture she has loved since she was a girl, and", "the pier at night is the best thing in it.")
    program = "int main(void) {\n" + "".join(f'    printf("{line}\\n");\n' for line in prose) + "}\n"
    read = read_review(_write(tmp_path, "review.c", program)).text
    assert "Night Harbour (2019)\n\nAna Pires directed" in read and "it is a\nremake of The Asphalt\nJungle (1950)" in read
    trace = "".join(f'21:07:33.{n:06d} write(1, "{line}\\n", {len(line) + 1}) = {len(line) + 1}\n' for n, line in enumerate(prose))
    assert "it is a\nremake of The Asphalt\nJungle (1950)" in read_review(_write(tmp_path, "run.strace", trace)).text


def test_a_program_s_strings_that_hold_no_prose_stay_in_their_code(tmp_path):
    program = 'int main() {\n  puts("ok");\n  puts("done");\n  puts("x = 1");\n  puts("bye");\n}\n\nNight Harbour is a calm drama.\n'
    assert read_review(_write(tmp_path, "main.c", program)).text == program


def test_a_reply_quoting_part_of_a_message_keeps_its_quote_marks(tmp_path):
    reply = ("Night Harbour (2019)\nBy Jo Bell\n\nBo Ek wrote:\n> it is a remake of Dock Lights (1962)\n\n"
             "I do not think so. It is a calm drama of its own,\nslow and careful, and worth seeing.\n")
    assert read_review(_write(tmp_path, "reply.txt", reply)).text == reply


_BODY = ("Gull Island is a remake of Tern Rock (1964), directed by Ines Moll, and it keeps the damp grey coast "
         "of the older film while losing its nerve in the last act.")


def test_a_review_in_a_schema_of_its_own_is_read_from_its_prose(tmp_path):
    # a slide deck's or a translation file's layout names no body field: its prose is the review
    slides = ("<deck><meta><deckTitle>Gull Island (2011)</deckTitle><presenter>Nils Aune</presenter></meta>"
              f"<slide n='1'><para>{_BODY}</para></slide><slide n='2'><para>Three stars.</para></slide></deck>")
    text = read_review(_write(tmp_path, "deck.xml", slides)).text
    # (read in reading order, a line for each element holding text)
    assert text.splitlines()[:3] == ["Gull Island (2011)", "Nils Aune", _BODY]
    kept = extract_review(read_review(tmp_path / "deck.xml")).kept()
    assert [(f.title, f.year) for f in kept.remake_of] == [("Tern Rock", 1964)]
    app = {"note": {"heading": "Gull Island (2011)", "paragraphs": [{"words": _BODY}]}}
    assert _BODY in read_review(_write(tmp_path, "note.json", json.dumps(app))).text
    # a message backup keeps its texts in attributes
    messages = ("<messages><sms contact_name='Nils Aune' date='1710016260000' read='1' "
                f"body=\"{_BODY}\" subject='null'/></messages>")
    text = read_review(_write(tmp_path, "backup.xml", messages)).text
    assert _BODY in text and "Contact name: Nils Aune" in text and "null" not in text and "1710016260000" not in text


def test_html_an_export_holds_as_text_is_read_as_a_page(tmp_path):
    # a comments export keeps each post's HTML escaped in an element of its own schema
    export = ("<export><thread><name>Weekend telly</name><opened>2019-04-17</opened></thread>"
              f"<post><said>&lt;p&gt;{_BODY}&lt;/p&gt;&lt;p&gt;Three &lt;em&gt;stars&lt;/em&gt;.&lt;/p&gt;</said>"
              "<poster>nils</poster></post></export>")
    text = read_review(_write(tmp_path, "comments.xml", export)).text
    assert _BODY in text.splitlines() and "Three stars." in text.splitlines()
    assert "<" not in text and "&lt;" not in text


def test_one_long_entry_among_short_ones_is_the_review(tmp_path):
    feed = ("<rss><channel><item><title>Site news</title><description>We moved servers.</description></item>"
            f"<item><title>Gull Island (2011)</title><description>{_BODY * 2}</description></item>"
            "<item><title>Poll</title><description>Vote for June's film.</description></item></channel></rss>")
    text = read_review(_write(tmp_path, "feed.xml", feed)).text
    assert text.startswith("Gull Island (2011)") and "moved servers" not in text
    posts = [{"text": "Short note."}, {"title": "Gull Island", "text": _BODY * 2}, {"text": "Another short one."}]
    assert read_review(_write(tmp_path, "posts.json", json.dumps(posts))).text.startswith("Gull Island")
    # two full reviews are still two reviews
    two = [{"title": "Gull Island", "text": _BODY}, {"title": "Tern Rock", "text": _BODY}]
    with pytest.raises(ReviewError, match="holds 2 reviews"):
        read_review(_write(tmp_path, "two.json", json.dumps(two)))


def test_a_slide_deck_or_an_e_book_is_read_from_its_text_members_in_order(tmp_path):
    import io
    import zipfile

    slides = {10: "Verdict: three stars, by Nils Aune.", 1: "Gull Island (2011)", 2: _BODY}
    deck = io.BytesIO()
    with zipfile.ZipFile(deck, "w") as package:
        package.writestr("[Content_Types].xml", "<Types><Default Extension='xml'/></Types>")
        package.writestr("ppt/slideLayouts/slideLayout1.xml", "<l xmlns:a='urn:a'><a:p>Click to add title</a:p></l>")
        for number, words in slides.items():
            package.writestr(f"ppt/slides/slide{number}.xml",
                             f"<p:sld xmlns:p='urn:p' xmlns:a='urn:a'><p:txBody><a:p><a:r><a:t>{words}</a:t></a:r>"
                             "</a:p></p:txBody></p:sld>")
    path = tmp_path / "talk.pptx"
    path.write_bytes(deck.getvalue())
    assert read_review(path).text == f"Gull Island (2011)\n\n{_BODY}\n\nVerdict: three stars, by Nils Aune."
    kept = extract_review(read_review(path)).kept()
    assert kept.film is not None and kept.film.title == "Gull Island"
    assert [(f.title, f.year) for f in kept.remake_of] == [("Tern Rock", 1964)]
    assert path in find_review_files([tmp_path])
    broken = tmp_path / "broken.epub"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ReviewError, match=r"broken\.epub"):
        read_review(broken)


def test_a_reddit_thread_reads_as_its_opening_post_not_the_replies():
    # a thread's .json: a listing of the post, then a listing of replies, each in a {"kind", "data"} envelope
    post = {"kind": "t3", "data": {"title": "Gull Island (2011) - a damp remake", "author": "tern_fan",
                                   "selftext": "Gull Island remakes Tern Rock (1964) and keeps its grey coast."}}
    replies = [{"kind": "t1", "data": {"author": f"reader_{n}", "parent_id": "t3_abc", "body": "I liked the original more."}}
               for n in range(2)]
    thread = [{"kind": "Listing", "data": {"children": [post]}}, {"kind": "Listing", "data": {"children": replies}}]
    text = json_to_text(json.dumps(thread))
    assert text.startswith("Gull Island (2011) - a damp remake\nBy tern_fan") and "original more" not in text


def test_a_social_export_of_posts_under_keys_of_its_own_reads_its_one_long_post():
    review = ("Watched Gull Island (2011) on the ferry home. It remakes Tern Rock (1964) and keeps its damp, "
              "grey coastline, though Ida Strand's lighthouse keeper is warmer than the original's. ") * 3
    export = [{"timestamp": 1, "data": [{"post": "Lost: a green scarf near the harbour."}], "title": "Nils Aune updated his status."},
              {"timestamp": 2, "data": [{"post": review}], "title": "Nils Aune shared a link."},
              {"timestamp": 3, "data": [{"post": "Happy birthday, Mum!"}]}]
    text = json_to_text(json.dumps(export))
    assert "Gull Island (2011)" in text and "green scarf" not in text and "birthday" not in text
    # two posts of a length are two reviews, not one: the file is refused as before
    with pytest.raises(ReviewError, match="holds 2 reviews"):
        json_to_text(json.dumps([export[1], {"data": [{"post": review.replace("Gull", "Swan")}]}]))


def test_a_feed_item_reads_its_full_content_not_its_summary_and_undoes_utf8_read_as_latin1():
    body = "<p>Gull Island (2011) remakes Tern Rock (1964): the caf\u00e9 scene is shot for shot the same.</p>" * 3
    item = {"title": "Still grey", "summary": "A damp remake.", "content_html": body}
    text = json_to_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [item]}))
    assert "shot for shot" in text and "A damp remake." not in text
    # an export that wrote each UTF-8 byte as a character of its own ("café" as "cafÃ©") reads as written
    garbled = {"title": "Still grey", "text": body.encode("utf-8").decode("latin-1")}
    assert "caf\u00e9 scene" in json_to_text(json.dumps(garbled))
    assert json_to_text(json.dumps({"title": "Caf\u00e9", "text": "Caf\u00e9 \u00e0 la carte, in plain Latin-1 letters."})).endswith(
        "Caf\u00e9 \u00e0 la carte, in plain Latin-1 letters.")


def test_a_json_lines_export_reads_its_one_review_and_refuses_two(tmp_path):
    review = {"reviewerName": "Nils Aune", "summary": "Damp but kind",
              "reviewText": "Gull Island (2011) remakes Tern Rock (1964) and keeps its grey coastline. " * 3}
    other = {"reviewerName": "Ida Strand", "summary": "ok", "reviewText": "Arrived on time."}
    text = read_review(_write(tmp_path, "reviews.jsonl", "\n".join(json.dumps(r) for r in (other, review, other)) + "\n")).text
    assert "By Nils Aune" in text and "Tern Rock (1964)" in text and "Arrived on time" not in text
    with pytest.raises(ReviewError, match="holds 2 reviews"):
        read_review(_write(tmp_path, "two.ndjson", json.dumps(review) + "\n" + json.dumps({**review, "reviewerName": "Bo Ek"})))
    with pytest.raises(ReviewError, match="not valid JSON"):
        read_review(_write(tmp_path, "broken.jsonl", json.dumps(review) + "\n{unfinished\n"))
    # a relay's lines wrap each event in an array: the review is the event with the long content
    relay = [["EVENT", "sub-1", {"kind": 1, "content": "Tonight: Gull Island. Review at the weekend."}],
             ["EVENT", "sub-1", {"kind": 1, "content": review["reviewText"]}], ["EOSE", "sub-1"]]
    text = read_review(_write(tmp_path, "relay.jsonl", "\n".join(json.dumps(line) for line in relay))).text
    assert "Tern Rock (1964)" in text and "Tonight" not in text


def test_a_safari_web_archive_reads_its_main_page_not_its_subresources(tmp_path):
    import plistlib

    page = ("<html><head><title>Second Looks</title></head><body><nav>Home | Archive</nav><article>"
            "<h1>Gull Island (2011)</h1><p class='byline'>By Nils Aune</p>"
            "<p>Gull Island remakes Tern Rock (1964) and keeps its grey coastline.</p></article></body></html>")
    archive = {"WebMainResource": {"WebResourceData": page.encode("utf-8"), "WebResourceMIMEType": "text/html",
                                   "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": "https://example.org/gull"},
               "WebSubresources": [{"WebResourceData": b"body { color: grey }", "WebResourceMIMEType": "text/css"}]}
    path = tmp_path / "gull.webarchive"
    path.write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
    text = read_review(path).text
    assert "Gull Island remakes Tern Rock (1964)" in text and "color: grey" not in text
    found = extract_review(read_review(path))
    assert (found.film.title, found.film.year, [f.title for f in found.remake_of]) == ("Gull Island", 2011, ["Tern Rock"])
    path.write_bytes(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY))
    with pytest.raises(ReviewError, match="holds no page"):
        read_review(path)
    for broken in (b"bplist00 not really", b"<plist><dict><key>WebMainResource</key></plist>"):
        path.write_bytes(broken)
        with pytest.raises(ReviewError, match=r"gull\.webarchive.*not readable as a web archive"):
            read_review(path)


def test_a_web_crawl_archive_reads_its_longest_archived_page(tmp_path):
    # a WARC file as wget writes it: a warcinfo record, the request, then the response with its HTTP header
    page = ("<html><head><title>Second Looks</title></head><body><nav>Home | Archive</nav><article>"
            "<h1>Gull Island (2011)</h1><p class='byline'>By Nils Aune</p>"
            "<p>Gull Island remakes Tern Rock (1964) and keeps its grey coastline.</p></article></body></html>")
    records = [
        ("warcinfo", "application/warc-fields", "software: Wget/1.21\r\nformat: WARC File Format 1.1\r\n"),
        ("request", "application/http;msgtype=request", "GET /gull HTTP/1.1\r\nHost: example.org\r\n\r\n"),
        ("response", "application/http;msgtype=response",
         f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(page)}\r\n\r\n{page}"),
        ("response", "application/http;msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody { color: grey }"),
    ]
    warc = "".join(f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://example.org/gull\r\n"
                   f"Content-Type: {media}\r\nContent-Length: {len(block)}\r\n\r\n{block}\r\n\r\n"
                   for kind, media, block in records)
    assert ".warc" in REVIEW_SUFFIXES
    for name in ("gull.warc", "gull-crawl.txt"):  # by its suffix, or told from its first line
        text = read_review(_write(tmp_path, name, warc)).text
        assert "Gull Island remakes Tern Rock (1964)" in text
        assert "WARC-Type" not in text and "color: grey" not in text and "Wget" not in text
    found = extract_review(read_review(tmp_path / "gull.warc"))
    assert (found.film.title, found.film.year, [f.title for f in found.remake_of]) == ("Gull Island", 2011, ["Tern Rock"])
    assert found.reviewer is not None and found.reviewer.name == "Nils Aune"
    with pytest.raises(ReviewError, match=r"empty\.warc.*holds no HTML or text page"):
        read_review(_write(tmp_path, "empty.warc", "".join(
            f"WARC/1.1\r\nWARC-Type: {kind}\r\nContent-Type: {media}\r\n\r\n{block}\r\n\r\n" for kind, media, block in records[:2])))


def test_an_xml_property_list_is_read_as_a_json_export_is(tmp_path):
    # a media library's export: the library's own keys, then one entry whose comments hold the review
    library = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
               '<plist version="1.0"><dict><key>Major Version</key><integer>1</integer>'
               '<key>Date</key><date>2012-11-04T20:31:07Z</date><key>Library Persistent ID</key><string>7B1C2E9A</string>'
               '<key>Tracks</key><dict><key>4120</key><dict><key>Track ID</key><integer>4120</integer>'
               '<key>Name</key><string>Gull Island</string><key>Year</key><integer>2011</integer>'
               '<key>Artwork</key><data>AAEC</data>'
               '<key>Comments</key><string>Nils Aune directs Gull Island, a patient remake of Tern Rock (1964) '
               'that keeps its grey coastline and its silences. The lighthouse keeper is older now and the storm '
               'arrives later, but the ferry still does not come, and the last shot still holds on the empty jetty '
               'for longer than is comfortable.</string></dict></dict></dict></plist>')
    text = read_review(_write(tmp_path, "library.xml", library)).text
    assert text.startswith("Gull Island (2011)") and "patient remake of Tern Rock (1964)" in text
    assert "Persistent" not in text and "Major Version" not in text
    found = extract_review(read_review(tmp_path / "library.xml"))
    assert (found.film.title, found.film.year, [f.title for f in found.remake_of]) == ("Gull Island", 2011, ["Tern Rock"])
    with pytest.raises(ReviewError, match=r"broken\.xml.*not readable as a property list"):
        read_review(_write(tmp_path, "broken.xml", "<plist><dict><key>Name</key><string>x</string><key>y</key></dict></plist>"))


def test_xml_under_a_suffix_of_its_own_is_read_as_xml_in_reading_order(tmp_path):
    # a word processor's flat XML document: metadata, then paragraphs with inline spans
    story = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<doc:document xmlns:doc="urn:example:doc" xmlns:dc="http://purl.org/dc/elements/1.1/"><doc:meta>'
             '<dc:title>Second looks, week 6</dc:title><doc:generator>Writer/7.3</doc:generator></doc:meta>'
             '<doc:styles><doc:style doc:name="Byline"/></doc:styles><doc:body>'
             '<doc:h>Gull Island (2011)</doc:h><doc:p doc:style="Byline">By Nils Aune</doc:p>'
             '<doc:p>Gull Island remakes <doc:span doc:style="Italic">Tern Rock</doc:span> (1964) and keeps its grey '
             'coastline, its ferry that never comes and its long silences on the jetty.</doc:p></doc:body></doc:document>')
    text = read_review(_write(tmp_path, "gull.story", story)).text
    assert "<doc:" not in text and "Generator" not in text and "P:" not in text
    assert "Gull Island remakes Tern Rock (1964) and keeps its grey coastline" in text  # the italic span joined in
    assert text.index("Gull Island (2011)") < text.index("By Nils Aune") < text.index("remakes")
    found = extract_review(read_review(tmp_path / "gull.story"))
    assert (found.film.title, found.film.year, [f.title for f in found.remake_of]) == ("Gull Island", 2011, ["Tern Rock"])
    assert found.reviewer is not None and found.reviewer.name == "Nils Aune"
    # a news story's byline element that already says "By" is not labelled again
    wire = ('<?xml version="1.0"?><story><head><headline>Gull Island (2011)</headline></head>'
            '<byline>By Nils Aune, film critic</byline><block><p>Gull Island remakes Tern Rock (1964) and keeps its '
            'grey coastline, its ferry that never comes and its long silences on the jetty.</p></block></story>')
    found = extract_review(read_review(_write(tmp_path, "gull.story.xml", wire)))
    assert "Author: By" not in read_review(tmp_path / "gull.story.xml").text
    assert found.reviewer is not None and found.reviewer.name == "Nils Aune"
    # a film record with credit elements is still read field by field
    record = ('<?xml version="1.0"?><movie><title>Gull Island</title><year>2011</year><director>Nils Aune</director>'
              '<plot>Gull Island remakes Tern Rock (1964) and keeps its grey coastline and its long silences.</plot></movie>')
    text = read_review(_write(tmp_path, "gull.nfo", record)).text
    assert text.startswith("Gull Island (2011)") and "Director: Nils Aune" in text
    # a chat log whose lines open with "<nick>" is no XML: it is read as the text it is
    chat = "<wren> did anyone see Gull Island yet\n<bo> yes, a slow remake of Tern Rock (1964)\n<wren> ok\n"
    assert read_review(_write(tmp_path, "channel.log", chat)).text == chat


def test_an_xml_note_kept_as_written_keeps_its_line_breaks(tmp_path):
    # a desktop note: its text element preserves whitespace, so its lines are the note's own
    note = ('<?xml version="1.0" encoding="utf-8"?>\n<note version="0.3" xmlns="urn:example:notes"><title>Gull notes</title>'
            '<text xml:space="preserve"><note-content>Gull notes\n\n<bold>Gull Island</bold> (2011)\n<italic>by Nils Aune</italic>\n\n'
            'Directed by Bo Ek, written by Cy Dunn.\n\nThe ferry never comes, and the film waits for it with the islanders '
            'through a long grey winter on the jetty.</note-content></text><create-date>2012-05-03T10:00:00</create-date></note>')
    text = read_review(_write(tmp_path, "gull.note", note)).text
    assert "\nGull Island (2011)\nby Nils Aune\nDirected by Bo Ek" in text
    found = extract_review(read_review(tmp_path / "gull.note"))
    assert (found.film.title, found.film.year, [d.name for d in found.film.directors]) == ("Gull Island", 2011, ["Bo Ek"])
    # without xml:space a pretty-printed paragraph's line breaks are only wrapping
    wrapped = ('<?xml version="1.0"?><doc><p>Gull Island (2011) keeps its grey\n   coastline, its ferry that never comes and '
               'its long silences on the jetty, and the islanders wait with it through a winter that never seems to end.</p></doc>')
    assert "keeps its grey coastline" in read_review(_write(tmp_path, "gull.xml", wrapped)).text
    # its paragraphs are still paragraphs: a signature after the last stands on its own line
    signed = wrapped.replace("</p></doc>", "\n\n   Nils Aune\n</p><style>route</style></doc>")
    assert "seems to end.\nNils Aune\n" in read_review(_write(tmp_path, "signed.xml", signed)).text


def test_line_breaks_inside_an_xml_element_part_its_title_credits_and_byline(tmp_path):
    # a phone deck's card: one paragraph whose lines are apart only by <br/>, inline markup inside
    card = ('<?xml version="1.0"?><wml><card id="r1" title="Reviews"><p><b>Gull Island</b><br/>Dir: Bo Ek.<br/>'
            'by Nils <i>Aune</i><br/><br/>The ferry never comes, and the film waits for it with the islanders through a '
            'long grey winter on the jetty.</p></card></wml>')
    text = read_review(_write(tmp_path, "gull.wml", card)).text
    assert "Gull Island\nDir: Bo Ek.\nby Nils Aune\nThe ferry never comes" in text
    found = extract_review(read_review(tmp_path / "gull.wml"))
    assert found.reviewer is not None and found.reviewer.name == "Nils Aune"


def test_a_text_browser_dump_loses_its_link_numbers_and_reference_list(tmp_path):
    dump = ("   [1]Skip to content\n\n   [2]Second Looks\n\n                 Gull Island (2011) -- review\n\n"
            "   Posted on 3 May 2012 by [5]Nils Aune\n\n   Gull Island remakes [6]Tern Rock (1964) and keeps its grey "
            "coastline, its ferry that never comes and its long silences on the jetty.\n\nReferences\n\n"
            "   1. https://example.org/gull#content\n   2. https://example.org/\n   5. https://example.org/author/nils\n"
            "   6. https://example.org/tern-rock\n")
    text = read_review(_write(tmp_path, "gull-dump.txt", dump)).text
    assert "[5]" not in text and "References" not in text and "https://" not in text
    assert "by Nils Aune" in text and "remakes Tern Rock (1964)" in text
    found = extract_review(read_review(tmp_path / "gull-dump.txt"))
    assert found.reviewer is not None and found.reviewer.name == "Nils Aune"
    # a journal's reference list is not a browser's, and bracketed numbers elsewhere stay
    essay = ("Gull Island (2011) remakes Tern Rock (1964) [2]. Its coast is grey, its ferry never comes.\n\n"
             "References\n\n1. Aune, N. 2012. Second Looks. Oslo: Example Press.\n2. Moll, I. 1964. Notes.\n")
    assert read_review(_write(tmp_path, "essay.txt", essay)).text == essay


_LIGHTHOUSE = ("Nils Aune directs Gull Island, a patient remake of Tern Rock (1964) that keeps its grey coastline "
               "and its silences. The lighthouse keeper is older now and the storm arrives later, but the ferry still "
               "does not come, and the last shot still holds on the empty jetty for longer than is comfortable.")


def test_an_sqlite_database_is_read_as_a_json_export_is(tmp_path):
    import sqlite3

    path = tmp_path / "journal.db"
    with contextlib.closing(sqlite3.connect(path)) as database, database:
        database.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, title TEXT, year INTEGER, author TEXT, "
                         "body TEXT, cover BLOB)")
        database.execute('CREATE TABLE "tag list" (entry INTEGER, tag TEXT)')
        database.execute("INSERT INTO entry VALUES (1, 'Gull Island', 2011, 'Mara Lind', ?, ?)", (_LIGHTHOUSE, b"\x00\x01"))
        database.execute('INSERT INTO "tag list" VALUES (1, \'coastal\')')
    text = read_review(path).text
    assert text.startswith("Gull Island (2011)\nBy Mara Lind") and "patient remake of Tern Rock (1964)" in text
    found = extract_review(read_review(path))
    assert (found.film.title, found.film.year, [f.title for f in found.remake_of]) == ("Gull Island", 2011, ["Tern Rock"])
    with contextlib.closing(sqlite3.connect(path)) as database, database:
        database.execute("INSERT INTO entry VALUES (2, 'Tern Rock', 1964, 'Mara Lind', ?, NULL)",
                             ("The first keeper, the first storm, and a ferry that never comes. " * 3,))
    with pytest.raises(ReviewError, match=r"journal\.db.*SQLite database file holds 2 reviews"):
        read_review(path)
    broken = tmp_path / "broken.db"
    broken.write_bytes(path.read_bytes()[:200])
    with pytest.raises(ReviewError, match=r"broken\.db.*not readable as an SQLite database"):
        read_review(broken)


def test_a_binary_property_list_is_read_as_the_xml_one_is(tmp_path):
    import plistlib

    path = tmp_path / "entry.plist"
    path.write_bytes(plistlib.dumps({"Name": "Gull Island", "Year": 2011, "Comments": _LIGHTHOUSE}, fmt=plistlib.FMT_BINARY))
    assert read_review(path).text.startswith("Gull Island (2011)\n")
    assert [f.title for f in extract_review(read_review(path)).remake_of] == ["Tern Rock"]


def test_prose_kept_as_plain_bytes_in_a_binary_file_is_read(tmp_path):
    # a word processor's file: a binary header of NUL bytes, then the text in the Windows code page
    document = tmp_path / "review.wri"
    document.write_bytes(b"\x31\xbe\x00\x00" + bytes(124) + "Gull Island (2011)\r\n\r\n".encode("cp1252")
                         + _LIGHTHOUSE.replace("older", "older – and wiser").encode("cp1252") + bytes(64) + b"\x01\x02")
    text = read_review(document).text
    assert text.startswith("Gull Island (2011)") and "older – and wiser" in text and "\x00" not in text
    # a print job: the printer's escape sequences around the lines
    job = tmp_path / "review.pcl"
    job.write_bytes(b"\x1bE\x1b&l0O\x1b(s1p14v3B" + b"Gull Island (2011)\r\n\x1b(s0p12h10v0s0b3T" + _LIGHTHOUSE.encode()
                    + b"\r\n\x0c\x1bE")
    assert read_review(job).text.startswith("Gull Island (2011)\n")
    assert [f.title for f in extract_review(read_review(job)).remake_of] == ["Tern Rock"]
    # text in UTF-16 among binary records
    wide = tmp_path / "review.bin"
    wide.write_bytes(b"\x07\x00\x00\x01" + f"Gull Island (2011)\n\n{_LIGHTHOUSE}".encode("utf-16-le") + b"\x00\x00\x09\x00")
    assert read_review(wide).text.startswith("Gull Island (2011)")
    # a few words among binary data are not a review
    labels = tmp_path / "image.bin"
    labels.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + b"Created with a paint program, version 2.1\x00" + bytes(range(256)) * 8)
    with pytest.raises(ReviewError, match=r"image\.bin.*binary data"):
        read_review(labels)


def test_a_compressed_review_is_unpacked_and_read_as_its_inner_format(tmp_path):
    import bz2
    import gzip
    import lzma

    markdown = f"# Gull Island (2011)\n\nBy Ines Varga\n\n{_LIGHTHOUSE}\n"
    for name, packed in (("notes.md.gz", gzip.compress(markdown.encode())), ("notes.md.bz2", bz2.compress(markdown.encode())),
                         ("notes.md.xz", lzma.compress(markdown.encode()))):
        path = tmp_path / name
        path.write_bytes(packed)
        assert _found(path) == _found(_write(tmp_path, "plain.md", markdown)), name
        assert [f.title for f in extract_review(read_review(path)).remake_of] == ["Tern Rock"], name
    # a format of its own that is gzipped XML (a notebook app's), told by its bytes, not its suffix
    notebook = tmp_path / "week6.nbk"
    notebook.write_bytes(gzip.compress(f"<notes><page><text>Gull Island (2011)</text><text>{_LIGHTHOUSE}</text></page></notes>".encode()))
    assert read_review(notebook).text.startswith("Gull Island (2011)")
    assert all(suffix in REVIEW_SUFFIXES for suffix in (".gz", ".bz2", ".xz"))


def test_compressed_data_that_is_broken_or_unpacks_too_far_is_refused_by_name(tmp_path):
    import gzip

    from filmgraph.reviews import MAX_REVIEW_BYTES

    broken = tmp_path / "cut.txt.gz"
    broken.write_bytes(gzip.compress(_LIGHTHOUSE.encode() * 50)[:40])
    with pytest.raises(ReviewError, match=r"cut\.txt\.gz.*does not unpack|cut\.txt\.gz.*empty"):
        read_review(broken)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * (MAX_REVIEW_BYTES // 2 + 10)))
    assert bomb.stat().st_size < 10_000
    with pytest.raises(ReviewError, match=r"bomb\.txt\.gz.*over the limit"):
        read_review(bomb)


def test_an_xml_log_without_a_root_and_its_url_encoded_messages_are_read(tmp_path):
    words = _LIGHTHOUSE.replace(" ", "%20").replace(",", "%2C")
    log = _write(tmp_path, "chat.xml",
                 '<session type="start" from="ivarga"/>\n'
                 '<message from="ivarga" text="Gull%20Island%20(2011)%20-%20review%20by%20Ines%20Varga"/>\n'
                 f'<message from="ivarga" text="{words}"/>\n<session type="stop" from="ivarga"/>\n')
    text = read_review(log).text
    assert "Gull Island (2011) - review by Ines Varga" in text and "%20" not in text
    assert [f.title for f in extract_review(read_review(log)).remake_of] == ["Tern Rock"]
    # XML broken otherwise is still refused, by name
    with pytest.raises(ReviewError, match=r"torn\.xml.*not valid XML"):
        read_review(_write(tmp_path, "torn.xml", "<review><title>Gull Island</title>\n"))


def test_a_package_keeping_its_note_as_one_markdown_or_json_document_is_read(tmp_path):
    import zipfile

    bundle = tmp_path / "gull.textpack"
    with zipfile.ZipFile(bundle, "w") as package:
        package.writestr("Gull Island.textbundle/info.json", '{"version": 2, "type": "net.daringfireball.markdown"}')
        package.writestr("Gull Island.textbundle/text.markdown", f"# Gull Island (2011)\n\nBy Ines Varga\n\n{_LIGHTHOUSE}\n")
        package.writestr("Gull Island.textbundle/assets/still.png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    assert _found(bundle)[:2] == ("Gull Island", 2011)
    assert [f.title for f in extract_review(read_review(bundle)).remake_of] == ["Tern Rock"]
    empty = tmp_path / "empty.textpack"
    with zipfile.ZipFile(empty, "w") as package:
        package.writestr("assets/still.png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    with pytest.raises(ReviewError, match=r"empty\.textpack.*holds no text"):
        read_review(empty)
    # a document that unpacks past the review size limit is not unpacked
    from filmgraph.reviews import MAX_REVIEW_BYTES

    bomb = tmp_path / "bomb.textpack"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("b.textbundle/text.markdown", "a " * (MAX_REVIEW_BYTES // 2 + 10))
    assert bomb.stat().st_size < 20_000
    with pytest.raises(ReviewError, match=r"bomb\.textpack.*holds no text"):
        read_review(bomb)


def test_prose_lines_among_markup_in_a_binary_file_are_read(tmp_path):
    # a photo whose caption (an XMP packet: XML lines around the text) holds the review
    attributes = "".join(f'   xmlns:ns{n}="http://ns.example.org/{n}/1.0/" ns{n}:ModifyDate="2011-06-02T18:44:10"\n' for n in range(8))
    packet = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/">\n <rdf:RDF>\n  <rdf:Description rdf:about=""\n{attributes}>\n'
              '  <dc:description><rdf:Alt><rdf:li>\n'
              f"Gull Island (2011)\n\n{_LIGHTHOUSE}\n</rdf:li></rdf:Alt></dc:description>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>")
    photo = tmp_path / "window.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00" + packet.encode() + b"\x00\x00\xff\xdb" + bytes(range(256)) * 4)
    text = read_review(photo).text
    assert "Gull Island (2011)" in text and "<rdf:RDF>" not in text
    assert [f.title for f in extract_review(read_review(photo)).remake_of] == ["Tern Rock"]


def test_a_bookmarks_export_is_read_from_the_one_bookmark_whose_notes_hold_a_review(tmp_path):
    marks = [{"href": "https://example.org/ferries", "description": "Ferry timetable", "extended": "Summer only.", "tags": "travel"},
             {"href": "https://example.org/gull-island", "description": "Gull Island - my review",
              "extended": f"Gull Island (2011)\n\nBy Ines Varga\n\n{_LIGHTHOUSE}", "tags": "film mine"},
             {"href": "https://example.org/soup", "description": "Fish soup", "extended": "", "tags": "food"}]
    path = _write(tmp_path, "bookmarks.json", json.dumps(marks))
    assert _found(path) == ("Gull Island", 2011, ["Nils Aune"], "Ines Varga")
    assert [f.title for f in extract_review(read_review(path)).remake_of] == ["Tern Rock"]


def test_a_tar_archive_is_read_from_the_one_document_that_holds_a_review(tmp_path):
    import gzip
    import io
    import tarfile

    def tar(members: dict[str, str]) -> bytes:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as archive:
            for name, text in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(text.encode())
                archive.addfile(info, io.BytesIO(text.encode()))
        return buffer.getvalue()

    # a notes app's export: one Markdown file a note, and the notebook's own small record
    export = tar({"7f3a.md": "Films\n\nid: 7f3a\ntype_: 2", "c21b.md": f"# Gull Island (2011)\n\nBy Ines Varga\n\n{_LIGHTHOUSE}\n"})
    for name, data in (("notes.jex", export), ("notes.tar.gz", gzip.compress(export))):
        path = tmp_path / name
        path.write_bytes(data)
        assert _found(path) == ("Gull Island", 2011, ["Nils Aune"], "Ines Varga"), name
    empty = tmp_path / "photos.tar"
    empty.write_bytes(tar({"a.jpg": "not a photo"}))
    with pytest.raises(ReviewError, match=r"photos\.tar.*holds no text"):
        read_review(empty)


def test_an_ocr_layout_keeping_its_words_in_attributes_is_read_in_paragraphs(tmp_path):
    # ALTO, the layout libraries' newspaper scans come in: a word a <String CONTENT=...>, a line a
    # <TextLine>, a paragraph a <TextBlock>; the scan's <Description> is no review's body
    def block(*lines):
        rows = "".join("<TextLine>" + "<SP/>".join(f'<String CONTENT="{word}"/>' for word in line.split())
                       + ('<HYP CONTENT="-"/>' if line.endswith("Screen") else "") + "</TextLine>" for line in lines)
        return f"<TextBlock>{rows}</TextBlock>"
    alto = ('<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>pixel</MeasurementUnit>'
            '<sourceImageInformation><fileName>page_0014.jp2</fileName></sourceImageInformation></Description>'
            '<Layout><Page><PrintSpace>' + block("Gull Island (2011)") + block("By Nils Aune")
            + block("Gull Island is a remake of Tern Rock (1964), directed by", "Ines Moll. The Screen", "play is by Bo Ek.")
            + "</PrintSpace></Page></Layout></alto>")
    text = read_review(_write(tmp_path, "page.xml", alto)).text
    assert "Gull Island is a remake of Tern Rock (1964), directed by Ines Moll. The Screenplay is by Bo Ek." in text
    assert _found(tmp_path / "page.xml") == ("Gull Island", 2011, ["Ines Moll"], "Nils Aune")


def test_an_xps_document_is_read_from_its_pages_glyph_runs(tmp_path):
    import io
    import zipfile

    runs = [(80, "Gull Island (2011)"), (95, "By Nils Aune"), (125, "Gull Island is a remake of Tern Rock (1964),"),
            (140, "directed by Ines Moll, and it keeps"), (155, "the damp grey coast."), (185, "Verdict: three stars.")]
    page = ('<FixedPage xmlns="http://schemas.openxps.org/oxps/v1.0" Width="816" Height="1056">'
            + "".join(f'<Glyphs OriginX="72" OriginY="{y}" FontRenderingEmSize="12" UnicodeString="{words}"/>' for y, words in runs)
            + '<Path Data="F1 M 72,112 L 744,112"/></FixedPage>')
    document = io.BytesIO()
    with zipfile.ZipFile(document, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("Documents/1/Pages/1.fpage", page)
        package.writestr("Documents/1/Pages/_rels/1.fpage.rels", "<Relationships/>")
    path = tmp_path / "newsletter.oxps"
    path.write_bytes(document.getvalue())
    assert path in find_review_files([tmp_path])
    # a wider gap than the page's usual line step ends a paragraph
    assert read_review(path).text == ("Gull Island (2011)\nBy Nils Aune\n\nGull Island is a remake of Tern Rock (1964),\n"
                                      "directed by Ines Moll, and it keeps\nthe damp grey coast.\n\nVerdict: three stars.")
    kept = extract_review(read_review(path)).kept()
    assert [(f.title, f.year) for f in kept.remake_of] == [("Tern Rock", 1964)]


def test_a_saved_http_form_post_is_read_from_its_decoded_fields(tmp_path):
    import urllib.parse

    form = urllib.parse.urlencode({"csrf_token": "9a8b7c", "reviewer_name": "Nils Aune", "film_title": "Gull Island",
                                   "film_year": "2011", "review_text": _BODY})
    request = ("POST /reviews/new HTTP/1.1\r\nHost: reviews.example.org\r\n"
               f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(form)}\r\n\r\n{form}")
    path = _write(tmp_path, "submit.http", request)
    text = read_review(path).text
    assert text.startswith("Gull Island (2011)\nBy Nils Aune") and "Tern Rock (1964)" in text and "csrf" not in text
    assert _found(path) == ("Gull Island", 2011, ["Ines Moll"], "Nils Aune")
    response = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
                + json.dumps({"title": "Gull Island", "year": 2011, "author": "Nils Aune", "body": _BODY}))
    assert "Tern Rock (1964)" in read_review(_write(tmp_path, "reply.txt", response)).text  # told from its first line
    with pytest.raises(ReviewError, match=r"empty\.http.*no body"):
        read_review(_write(tmp_path, "empty.http", "POST /reviews/new HTTP/1.1\r\nHost: example.org\r\n\r\n"))


def _line21(text: str) -> str:
    """Caption characters as Scenarist writes them: byte pairs with odd parity, in hexadecimal."""
    def odd(byte):
        return byte | (0x80 if bin(byte).count("1") % 2 == 0 else 0)
    data = text.encode("ascii") + (b"\x00" if len(text) % 2 else b"")
    return " ".join(f"{odd(data[i]):02x}{odd(data[i + 1]):02x}" for i in range(0, len(data), 2))


def test_broadcast_captions_in_scenarist_scc_are_decoded_and_run_on():
    from filmgraph.reviews import scc_to_text

    resume, new_row, end = "9420", "9470", "942f"  # resume caption loading, row 15's address, end of caption
    scc = ("Scenarist_SCC V1.0\n\n"
           f"00:00:01;00\t{resume} {resume} {_line21('GULL ISLAND IS A')} {new_row} {_line21('REMAKE OF')} {end}\n\n"
           f"00:00:03;12\t{resume} {_line21('TERN ROCK.')} {end}\n")
    assert scc_to_text(scc) == "GULL ISLAND IS A REMAKE OF TERN ROCK."
    assert ".scc" in REVIEW_SUFFIXES


def test_a_commodore_64_text_file_is_read_with_its_letter_cases_swapped_back(tmp_path):
    def petscii(text: str) -> bytes:
        return bytes(ord(c) - 0x20 if c.islower() else ord(c) + 0x80 if c.isupper() else 0x0D if c == "\n" else ord(c)
                     for c in text)
    screen = "Gull Island (2011)\nby Nils Aune\n\n" + "\n".join(_BODY[i:i + 40] for i in range(0, len(_BODY), 40))
    path = tmp_path / "movies.seq"
    path.write_bytes(b"\x93\x9e" + petscii(screen) + b"\r")
    text = read_review(path).text
    assert text.startswith("Gull Island (2011)\nby Nils Aune") and "Tern Rock (1964)" in text.replace("\n", "")
    # a file with CR line ends in plain ASCII capitals stays as written
    shouted = tmp_path / "shouted.txt"
    shouted.write_bytes(b"GULL ISLAND (2011)\rA REMAKE OF TERN ROCK.\rGREY AND SLOW.\r")
    assert read_review(shouted).text.startswith("GULL ISLAND")


def test_a_wordstar_document_loses_its_high_bits_dot_commands_and_print_controls(tmp_path):
    def wordstar(text: str) -> bytes:
        # WordStar marks each word's last letter with the high bit
        return re.sub(rb"[A-Za-z](?=[ \r\n.,;:)])", lambda letter: bytes([letter.group()[0] | 0x80]),
                      text.replace("\n", "\r\n").encode("ascii"))
    body = "Gull Island (2011)\nReview by Nils Aune\n\n" + _BODY + "\n" + _BODY.replace("Gull Island", "The film") + "\n"
    path = tmp_path / "GULL.WS"
    path.write_bytes(b".op\r\n.he FILM CLUB CIRCULAR no. 3\r\n\x02" + wordstar(body))
    text = read_review(path).text
    assert text.startswith("Gull Island (2011)\nReview by Nils Aune") and _BODY in text and "CIRCULAR" not in text
    assert _found(path) == ("Gull Island", 2011, ["Ines Moll"], "Nils Aune")


def test_a_minitel_videotex_page_is_read_with_its_accents_and_without_its_codes(tmp_path):
    def at(row: int) -> bytes:
        return bytes([0x1F, 0x40 + row, 0x41]) + b"\x1bG"
    page = (b"\x0c\x14" + at(1) + b"\x1bMGULL ISLAND (2011)\x1bL" + at(2) + b"by Nils Aune" + at(3) + b"\x0e\x23\x12\x48\x0f"
            + b"".join(at(4 + i) + line.encode("ascii") for i, line in enumerate(textwrap.wrap(_BODY, 38)))
            + at(12) + b"Une r\x19Beussite.")
    path = tmp_path / "ecran.vdt"
    path.write_bytes(page)
    text = read_review(path).text
    assert text.startswith("GULL ISLAND (2011)\nby Nils Aune") and text.endswith("Une réussite.")
    assert "Tern Rock (1964)" in text.replace("\n", " ") and "\x1b" not in text
    kept = extract_review(read_review(path)).kept()
    assert [(f.title, f.year) for f in kept.remake_of] == [("Tern Rock", 1964)]


def test_ebu_stl_broadcast_subtitles_are_read_as_what_is_said(tmp_path):
    def block(number: int, *lines: str) -> bytes:
        text = b"\x8a".join(b"\x0d" + line.encode("latin-1") for line in lines)
        return bytes([1, number, 0, 0xFF, 0]) + bytes(11) + text + b"\x8f" * (112 - len(text))
    header = b"850STL25.01" + b" " * 1013
    path = tmp_path / "review.stl"
    path.write_bytes(header + block(1, "Gull Island is a remake of Tern", "Rock (1964), directed by Ines")
                     + block(2, "Moll, and it keeps the damp grey", "coast of the older film. Caf\xc2e talk."))
    assert read_review(path).text == ("Gull Island is a remake of Tern Rock (1964), directed by Ines Moll, and it keeps "
                                      "the damp grey coast of the older film. Café talk.")


def test_a_package_whose_blocks_hold_no_prose_is_read_as_its_one_document(tmp_path):
    # a collection manager's export (Tellico's .tc: a zip of one XML document of entries, whose
    # <title> elements are all its block reader finds)
    import io
    import zipfile

    entries = (f"<entry><title>Tern Rock</title><year>1964</year><comments>A storm film.</comments></entry>"
               f"<entry><title>Gull Island</title><year>2011</year><comments>{_BODY} {_BODY}</comments></entry>")
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("tellico.xml", f"<tellico><collection title='My Films'>{entries}</collection></tellico>")
    path = tmp_path / "films.tc"
    path.write_bytes(package.getvalue())
    text = read_review(path).text
    assert text.startswith("Gull Island (2011)") and _BODY in text


def test_rich_text_runs_are_joined_into_their_sentences_and_text_blocks_into_paragraphs(tmp_path):
    book = {"title": {"raw": "Gull Island, reviewed"}, "author": "NilsAune", "pages": [
        {"raw": ["", {"text": "Ines Moll's "}, {"text": "Gull Island", "italic": True},
                 {"text": " (2011) is a remake of "}, {"text": "Tern Rock", "italic": True}, {"text": " (1964), grey and slow."}]}]}
    text = read_review(_write(tmp_path, "book.json", json.dumps(book))).text
    assert "Ines Moll's Gull Island (2011) is a remake of Tern Rock (1964), grey and slow." in text
    delta = {"ops": [{"insert": "Gull Island"}, {"insert": "\n", "attributes": {"header": 1}},
                     {"insert": "A remake of "}, {"insert": "Tern Rock", "attributes": {"italic": True}},
                     {"insert": " (1964) by Ines Moll, and it keeps the damp grey coast of the older film.\n"}]}
    assert "A remake of Tern Rock (1964) by Ines Moll" in read_review(_write(tmp_path, "delta.json", json.dumps(delta))).text
    # blocks that meet at no space are paragraphs (a post's text blocks), and a thread's posts stay posts
    post = {"content": [{"type": "text", "subtype": "heading1", "text": "grey and slow"},
                        {"type": "text", "text": "Gull Island (2011) is a remake of Tern Rock (1964)."}]}
    assert "grey and slow\n\nGull Island (2011)" in read_review(_write(tmp_path, "post.json", json.dumps(post))).text
    thread = {"posts": [{"text": f"Gull Island (2011), part {n}: it remakes Tern Rock (1964), and slowly. {n}/2",
                         "likes": 3, "created_at": "2024-09-21T22:03:10Z"} for n in (1, 2)]}
    assert "slowly. 1/2\n\nGull Island (2011), part 2" in read_review(_write(tmp_path, "thread.json", json.dumps(thread))).text


def test_an_hl7_message_is_read_from_its_observations_and_notes(tmp_path):
    segments = ["MSH|^~\\&|REELNOTES|CLUB|ARCHIVE|CLUB|20250314193000||ORU^R01|39488|P|2.5.1",
                "PID|1||C886^^^CLUB||CIRCLE^FILM CLUB",
                "OBX|1|ST|TITLE^Film^L||Gull Island (2011)||||||F",
                *(f"OBX|{n + 2}|TX|TEXT^Review text^L|1|{line}||||||F" for n, line in enumerate(textwrap.wrap(_BODY, 60))),
                "NTE|1||Signed: Nils Aune, Film Club"]
    path = tmp_path / "review.hl7"
    path.write_bytes("\r".join(segments).encode("ascii"))  # segments end in CR alone
    text = read_review(path).text
    assert text.startswith("Film: Gull Island (2011)\nGull Island is a remake") and "MSH" not in text and "|" not in text
    kept = extract_review(read_review(path)).kept()
    assert (kept.film.title, kept.film.year) == ("Gull Island", 2011)
    assert [(f.title, f.year) for f in kept.remake_of] == [("Tern Rock", 1964)]


def test_a_shell_archive_is_read_from_the_document_it_unpacks(tmp_path):
    member = "".join(f"X{line}\n" for line in ["Gull Island (2011)", "By Nils Aune", "", *textwrap.wrap(_BODY, 60)])
    shar = ("#!/bin/sh\n# This is a shell archive.\nif test ! -d 'club'\nthen\n  mkdir 'club' || exit 1\nfi\n"
            f"sed 's/^X//' << 'SHAR_EOF' > 'club/review.txt'\n{member}SHAR_EOF\n"
            "sed 's/^X//' << 'SHAR_EOF' > 'club/ABOUT'\nXPacked for the club.\nSHAR_EOF\nexit 0\n")
    path = _write(tmp_path, "review.shar", shar)
    assert read_review(path).text.startswith("Gull Island (2011)\nBy Nils Aune\n\nGull Island is a remake")
    assert _found(path) == ("Gull Island", 2011, ["Ines Moll"], "Nils Aune")
    # a review that only shows a here-document reads as written
    shown = "Gull Island (2011)\n\nTo save it I typed cat << 'EOF' > notes.txt\nand pasted this.\n" + _BODY + "\nEOF\n"
    assert read_review(_write(tmp_path, "shown.txt", shown)).text.startswith("Gull Island (2011)\n\nTo save it")


def test_binary_data_is_not_taken_for_an_old_machines_text(tmp_path):
    # random bytes hold many high letters before a space-like byte and a videotex cursor move now
    # and then: WordStar, videotex and PETSCII are texts, without NULs and with spaces
    import random

    noise = random.Random(5).randbytes(4096)
    for name, data in (("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise), ("noise.txt", noise.replace(b"\x00", b"\x01"))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReviewError, match=name.replace(".", r"\.")):
            read_review(path)


def test_a_notes_app_backup_reads_the_one_note_that_is_a_review(tmp_path):
    # Standard Notes: each item's fields inside a "content" envelope, notes among tags and settings
    def item(kind, **content):
        return {"uuid": "9f1c", "content_type": kind, "created_at": "2024-02-01T10:00:00Z", "content": content}
    backup = {"version": "004", "items": [
        item("Note", title="Gull Island (2011)", text=f"By Nils Aune\n\n{_BODY}\n\n{_BODY}", references=[]),
        item("Note", title="Shopping", text="milk, bread, stamps", references=[]),
        item("Tag", title="films", references=[]),
        item("SN|UserPreferences", preferences={"theme": "dark"}, references=[])]}
    text = read_review(_write(tmp_path, "backup.txt", json.dumps(backup))).text
    assert text.startswith("Gull Island (2011)") and _BODY in text and "Shopping" not in text


def _dbase(fields: list[tuple[str, str, int]], rows: list[tuple]) -> bytes:
    """A dBase III table: a header of field descriptors, then fixed-width records."""
    import struct

    size = 1 + sum(width for _, _, width in fields)
    head = struct.pack("<BBBBIHH20x", 3, 124, 3, 1, len(rows), 32 + 32 * len(fields) + 1, size)
    descriptors = b"".join(name.encode("ascii").ljust(11, b"\0") + kind.encode("ascii") + bytes(4) + bytes([width]) + bytes(15)
                           for name, kind, width in fields)
    records = b"".join(b" " + b"".join(str(value).encode("cp437").ljust(width)[:width] for value, (_, _, width) in zip(row, fields))
                       for row in rows)
    return head + descriptors + b"\r" + records + b"\x1a"


def test_a_dbase_table_joins_a_review_kept_a_line_to_a_record(tmp_path):
    fields = [("TITLE", "C", 24), ("YR", "N", 4), ("SEQ", "N", 3), ("REVTEXT", "C", 60), ("STAFF", "C", 8)]
    lines = ["Gull Island (2011), by Nils Aune.", "", *textwrap.wrap(_BODY + " " + _BODY, 58)]
    rows = [("GULL ISLAND", 2011, n + 1, line, "NILS") for n, line in enumerate(lines)]
    rows += [("TERN ROCK", 1964, 1, "Grey and slow, but the storm is good.", "KIT")]
    path = tmp_path / "catalogue.dbf"
    path.write_bytes(_dbase(fields, rows))
    assert path in find_review_files([tmp_path])
    text = read_review(path).text
    assert "Gull Island (2011), by Nils Aune.\n\nGull Island is a remake of Tern Rock (1964)" in text and "storm is good" not in text
    kept = extract_review(read_review(path)).kept()
    assert [(f.title, f.year) for f in kept.remake_of] == [("Tern Rock", 1964)]
    with pytest.raises(ReviewError, match=r"broken\.dbf"):
        read_review(_write(tmp_path, "broken.dbf", "not a table"))


def test_a_cyrillic_or_greek_utf8_review_is_not_taken_for_wordstar(tmp_path):
    # UTF-8's two-byte letters look like WordStar's marked word ends (a high letter, then a byte of 0x80-0xA0)
    for name, words in (("stalker.txt", "Сталкер (1979) — фильм Андрея Тарковского по повести братьев Стругацких. "),
                        ("thiasos.txt", "Ο Θίασος (1975) του Θόδωρου Αγγελόπουλου είναι μια ταινία για την ιστορία. ")):
        review = words * 20
        assert read_review(_write(tmp_path, name, review)).text.strip() == review.strip()


def _dvi(lines: list[str]) -> bytes:
    """A one-page DVI file as TeX writes one: a preamble, a font, then each line's words set
    character by character, a move right between words (a small kern inside one) and a move down
    after each line."""
    import struct

    size = 10 * 65536  # a 10pt font, in scaled points
    out = b"\xf7\x02" + struct.pack(">III", 25400000, 473628672, 1000) + bytes([11]) + b" TeX output"
    out += b"\xf3\x00" + struct.pack(">III", 0, size, size) + b"\x00\x05cmr10"  # fnt_def1 0
    out += b"\x8b" + bytes(44) + b"\xab"  # bop, fnt_num_0
    for line in lines:
        out += b"\x8d"  # push
        for word in line.split(" "):
            out += b"".join(bytes([ord(c)]) for c in word.replace("fi", "\x0c")) + b"\x8f\x02"  # the kern, right1
            out += b"\x92" + struct.pack(">i", size // 3)  # w3: a word space
        out += b"\x8e\x9f" + struct.pack(">i", 12 * 65536)[1:]  # pop, down3
    return out + b"\x8c\xf8"  # eop, post


def test_a_tex_dvi_file_is_read_from_its_characters_and_moves(tmp_path):
    lines = ["Gull Island (2011)", "Reviewed by Nils Aune", *textwrap.wrap(_BODY + " The fine cast.", 60)]
    path = tmp_path / "bulletin.dvi"
    path.write_bytes(_dvi(lines))
    assert path in find_review_files([tmp_path])
    text = read_review(path).text
    assert text.split("\n")[:2] == ["Gull Island (2011)", "Reviewed by Nils Aune"] and "The fine cast." in text
    assert _found(path) == ("Gull Island", 2011, ["Ines Moll"], "Nils Aune")
    cut = tmp_path / "cut.dvi"
    cut.write_bytes(_dvi(lines)[:40])
    with pytest.raises(ReviewError, match=r"cut\.dvi.*ends inside an instruction"):
        read_review(cut)


def test_substation_alpha_subtitles_read_as_their_dialogue(tmp_path):
    script = ("\ufeff[Script Info]\nTitle: Reel Talk #3\nScriptType: v4.00+\n\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize\n"
              "Style: Default,Open Sans,64\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
              "Comment: 0,0:00:00.00,0:00:00.00,Default,,0,0,0,,check the spelling of the director\n"
              "Dialogue: 0,0:00:00.40,0:00:03.10,Default,Ann,0,0,0,,Hi, I'm Ann Lee,\\Nand this is Reel Talk.\n"
              "Dialogue: 0,0:00:03.40,0:00:07.47,Default,Ann,0,0,0,,This week: {\\i1}Night Harbour{\\i0} (2019),\\Na remake of Dock Lights (2004).\n")
    for name in ("talk.ass", "talk.txt"):
        review = read_review(_write(tmp_path, name, script))
        assert review.text == "Ann: Hi, I'm Ann Lee, and this is Reel Talk. This week: “Night Harbour” (2019), a remake of Dock Lights (2004)."
    kept = extract_review(review).kept()
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]


def test_a_file_its_suffixs_reader_finds_nothing_in_is_read_by_what_it_holds(tmp_path):
    # ".ssa" is also a QBE intermediate-language program's suffix: no SubStation Alpha events, a review in comments
    program = ("# Programme note, kept in the box-office build.\n#\n# Night Harbour (2019)\n#\n# Ana Pires directed this "
               "slow drama, a remake of Dock Lights (2004).\n# Ida Strand plays the ferrywoman, Mia.\n\n"
               "export function w $main() {\n@start\n    ret 0\n}\n")
    review = read_review(_write(tmp_path, "note.ssa", program))
    assert "Ana Pires directed this slow drama" in review.text
    kept = extract_review(review).kept()
    assert (kept.film.title, kept.film.year) == ("Night Harbour", 2019)
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    with pytest.raises(ReviewError, match=r"blank\.ssa.*empty"):
        read_review(_write(tmp_path, "blank.ssa", "[Script Info]\nTitle: nothing said\n\n[Events]\n"))


def test_a_ris_export_reads_as_the_record_whose_notes_are_the_review(tmp_path):
    ris = ("TY  - MPCT\nTI  - Night Harbour\nAU  - Pires, Ana\nPY  - 2019\nAB  - A ferry crosses a fjord.\nKW  - remakes\n"
           "N1  - <div><p>Pires's film is a remake of <em>Dock Lights</em> (2004), moved from Lisbon to Oslo; Ida Strand plays "
           "the ferrywoman, Mia, and the fog does what the heat did in the old film.</p><p>Ann Lee</p></div>\nER  - \n\n"
           "TY  - MPCT\nTI  - Dock Lights\nAU  - Holm, Jan\nPY  - 2004\nN1  - <p>Original. Watch first.</p>\nER  - \n")
    for name in ("films.ris", "films.txt"):
        text = read_review(_write(tmp_path, name, ris)).text
        assert text.startswith("Night Harbour (2019)\nDirector: Ana Pires\n\n") and "Watch first" not in text
    kept = extract_review(read_review(_write(tmp_path, "films.ris", ris))).kept()
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    assert [person.name for person in kept.film.directors] == ["Ana Pires"]


def test_an_hocr_page_reads_its_words_as_lines_and_paragraphs(tmp_path):
    def line(*words, kind="ocr_line"):
        return f"<span class='{kind}'>" + "".join(f"<span class='ocrx_word' title='x_wconf 90'>{w}</span>\n" for w in words) + "</span>"
    page = ("<html><head><meta name='ocr-system' content='tesseract 5.3.0'/></head><body><div class='ocr_page'>"
            f"<p class='ocr_par'>{line('NIGHT', 'HARBOUR', '(2019)', kind='ocr_header')}</p>"
            f"<p class='ocr_par'>{line('Ana', 'Pires', 'remakes', 'Dock', 'Lights')}{line('(2004),', 'moving', 'it', 'to', 'Oslo.')}</p>"
            "</div></body></html>")
    for name in ("scan.hocr", "scan.html"):
        assert read_review(_write(tmp_path, name, page)).text == "NIGHT HARBOUR (2019)\n\nAna Pires remakes Dock Lights\n(2004), moving it to Oslo."


def test_a_postscript_print_job_reads_as_the_lines_it_shows(tmp_path):
    job = ("%!PS-Adobe-3.0\n%%Title: notes.txt\n%%BeginProlog\n/s{show}bind def\n/M{moveto}bind def\n%%EndProlog\n%%Page: (1) 1\n"
           "5 782 M\n(NIGHT HARBOUR \\(2019\\)) s\n5 771 M\n(review by Ann Lee) s\n"
           "5 749 M\n(A remake of Dock Lights \\(2004\\), moved from Lisbon) s\n5 738 M\n(to Oslo; caf\\351 scenes aside.) s\nshowpage\n")
    for name in ("notes.ps", "notes.txt"):
        assert read_review(_write(tmp_path, name, job)).text == (
            "NIGHT HARBOUR (2019)\nreview by Ann Lee\n\nA remake of Dock Lights (2004), moved from Lisbon\nto Oslo; café scenes aside.")
    # a page written by hand: a procedure that moves and shows, its string first
    page = ("%!PS-Adobe-3.0\n/L { moveto show } bind def\n/Times-Bold findfont 20 scalefont setfont\n(Night Harbour \\(2019\\)) 72 720 L\n"
            "/Times-Roman findfont 12 scalefont setfont\n(A remake of Dock Lights \\(2004\\).) 72 690 L\n(Slow, and lovely.) 72 676 L\nshowpage\n")
    assert read_review(_write(tmp_path, "page.ps", page)).text == "Night Harbour (2019)\n\nA remake of Dock Lights (2004).\nSlow, and lovely."
    with pytest.raises(ReviewError, match=r"empty\.ps: the PostScript file shows no text"):
        read_review(_write(tmp_path, "empty.ps", "%!PS-Adobe-3.0\nnewpath 0 0 moveto 10 10 lineto stroke showpage\n"))


def test_a_bibtex_file_reads_as_the_entry_whose_notes_are_the_review(tmp_path):
    bib = ("% my film notes\n@book{lee2001,\n  author = {Lee, Ann},\n  title = {Harbours},\n  year = {2001},\n}\n\n"
           "@misc{pires2019night,\n  author = {Pires, Ana},\n  title = {Night {H}arbour},\n  year = {2019},\n"
           "  howpublished = {Film, Norway},\n  note = {With Ida Str{\\o}m as the ferrywoman.},\n"
           "  annote = {A remake of \\emph{Dock Lights} (2004) \\citep{holm2004}, moved from Lisbon to Oslo;\n"
           "            M{\\\"u}ller's score is the best thing in it.\n\n            Slow, but worth it.},\n}\n")
    text = read_review(_write(tmp_path, "notes.bib", bib)).text
    assert text == ("Night Harbour (2019)\nDirector: Ana Pires\n\nWith Ida Strøm as the ferrywoman.\n\n"
                    "A remake of “Dock Lights” (2004) , moved from Lisbon to Oslo; Müller's score is the best thing in it.\n\n"
                    "Slow, but worth it.")


def test_a_gettext_catalog_reads_as_its_original_messages(tmp_path):
    catalog = ('# Norwegian translation of the review pages.\n# Jo Bell <jo@example.org>, 2024.\n#\nmsgid ""\nmsgstr ""\n'
               '"Project-Id-Version: reviews 1.0\\n"\n"Last-Translator: Jo Bell <jo@example.org>\\n"\n'
               '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               '#: review.html:3\nmsgid "Night Harbour (2019)"\nmsgstr "Nattens havn (2019)"\n\n'
               '#. Byline. Do not translate the name.\nmsgid "Review by Ann Lee"\nmsgstr "Anmeldelse av Ann Lee"\n\n'
               '#, fuzzy\n#| msgid "A remake of Dock Lights."\nmsgid ""\n"Ana Pires\'s film is a remake of Dock Lights (2004), "\n'
               '"moved from Lisbon to Oslo."\nmsgstr "En nyinnspilling av Dock Lights."\n\n'
               '#, python-format\nmsgid "%(count)d comment"\nmsgid_plural "%(count)d comments"\nmsgstr[0] "%(count)d kommentar"\n'
               'msgstr[1] "%(count)d kommentarer"\n\n#~ msgid "An old paragraph, since cut."\n#~ msgstr "Et gammelt avsnitt."\n')
    for name in ("review.po", "review.txt"):
        assert read_review(_write(tmp_path, name, catalog)).text == (
            "Night Harbour (2019)\n\nReview by Ann Lee\n\n"
            "Ana Pires's film is a remake of Dock Lights (2004), moved from Lisbon to Oslo.")
    kept = extract_review(read_review(_write(tmp_path, "review.po", catalog))).kept()
    assert kept.reviewer is not None and kept.reviewer.name == "Ann Lee"
    assert [(r.title, r.year) for r in kept.remake_of] == [("Dock Lights", 2004)]
    with pytest.raises(ReviewError, match=r"broken\.po: the gettext catalog cannot be read"):
        read_review(_write(tmp_path, "broken.po", 'msgid "Night Harbour"\nmsgstr "Nattens havn"\nmsgid\n'))


def test_a_body_kept_as_a_list_of_strings_reads_as_paragraphs_or_wrapped_lines(tmp_path):
    paragraphs = {"title": "Night Harbour", "year": 2019, "author": "Ann Lee",
                  "body": ["Ana Pires's film is a remake of Dock Lights (2004).", "Ida Strand plays the ferrywoman, Mia."]}
    text = read_review(_write(tmp_path, "export.json", json.dumps(paragraphs))).text
    assert text.endswith("\n\nAna Pires's film is a remake of Dock Lights (2004).\n\nIda Strand plays the ferrywoman, Mia.")
    # an array that keeps a hard-wrapped text's lines: a title's words are never parted by a comma
    wrapped = {**paragraphs, "body": ["Ana Pires's second feature is a slow, careful remake of Jan",
                                      "Holm's Dock Lights (2004), moved from Lisbon to Oslo, with the",
                                      "ferry and the fog kept and the old ending thrown overboard.", "",
                                      "Slow, and lovely."]}
    review = read_review(_write(tmp_path, "wrapped.json", json.dumps(wrapped)))
    assert "remake of Jan\nHolm's Dock Lights (2004), moved from Lisbon to Oslo, with the\nferry" in review.text
    assert [(r.title, r.year) for r in extract_review(review).kept().remake_of] == [("Dock Lights", 2004)]
