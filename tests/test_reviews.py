"""The read stage: encodings, formats and bad files."""

from __future__ import annotations

import pytest

from filmgraph.errors import ReviewError
from filmgraph.extract import extract_review
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
    (tmp_path / "skipped.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")  # a PDF is read, and one without pages is an error
    results = list(read_reviews([tmp_path]))
    assert [type(r).__name__ for r in results] == ["ReviewError", "Review", "ReviewError"]


def test_stray_control_characters_are_blanked_but_many_mean_binary(tmp_path):
    signed = tmp_path / "signed.txt"
    body = "Heat (1995) is long, and every minute of it earns its place. " * 4
    signed.write_bytes(body.encode() + b"\n-- \x01\x01signature\n")
    assert read_review(signed).text == body + "\n--   signature\n"
    noisy = tmp_path / "noisy.txt"
    noisy.write_bytes(b"Heat" + b"\x01\x02\x03" * 10)
    with pytest.raises(ReviewError, match="control characters"):
        read_review(noisy)


def test_a_terminal_capture_reads_without_its_colour_codes_box_bytes_or_sauce_record(tmp_path):
    screen = (b"\x1b[0m\x1b[2J\x1b[1;1H\xc9\xcd\xcd\xcd\xbb\r\n\x1b[1;33mTHE LANTERN BBS\x1b[0m\r\n"
              b"\x1b[0;36mGULL ISLAND (2011)\x1b[0m\r\nDirected by Ida Strand\r\n\r\n"
              b"A damp, grey remake of Tern Rock (1964), and a kind one.\r\n")
    sauce = b"\x1aSAUCE00" + b"Bulletin".ljust(35, b" ") + b"\x00" * 40
    path = tmp_path / "bulletin.ans"
    path.write_bytes(screen + sauce)
    text = read_review(path).text
    assert text.startswith("\n\u2554\u2550\u2550\u2550\u2557\nTHE LANTERN BBS\nGULL ISLAND (2011)\nDirected by Ida Strand")
    assert "SAUCE" not in text and "[0m" not in text
    found = extract_review(read_review(path))
    assert (found.film.title, found.film.year, [f.title for f in found.remake_of]) == ("Gull Island", 2011, ["Tern Rock"])
    # a teletext page's colour codes are an escape and one letter each
    page = tmp_path / "p530.tti"
    page.write_bytes(b"\x1bC\x1bMGULL ISLAND (2011)\r\n\x1bGA damp, grey remake of Tern Rock (1964).\r\n")
    assert read_review(page).text == "GULL ISLAND (2011)\nA damp, grey remake of Tern Rock (1964).\n"


def test_utf8_cut_inside_its_last_character_keeps_the_utf8(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("AMÉLIE (2001) charms, Amé".encode()[:-1])
    assert read_review(path).text == "AMÉLIE (2001) charms, Am"


# --- Markdown and HTML ------------------------------------------------------------------------


def test_markdown_marks_are_taken_out(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(
        "# Night Harbour (2019)\n\n"
        "*Posted by* **Jo Bell**\n\n"
        "- **Director:** Ana Pires\n"
        "- _Starring:_ Lena Dahl, Tor Berg\n\n"
        "Night Harbour is a [slow-burning](https://example.org/slow) drama, and __worth it__.\n",
        encoding="utf-8",
    )
    text = read_review(path).text
    assert text.splitlines()[0] == "Night Harbour (2019)"
    assert "Posted by Jo Bell" in text
    assert "Director: Ana Pires\nStarring: Lena Dahl, Tor Berg" in text
    assert "Night Harbour is a slow-burning drama, and worth it." in text
    assert not any(mark in text for mark in ("#", "*", "](", "__"))


def test_markdown_front_matter_gives_title_and_byline():
    from filmgraph.reviews import markdown_to_text

    text = markdown_to_text('---\ntitle: "Night Harbour"\nauthor: Jo Bell\ntags: [drama]\n---\nA quiet film.\n')
    assert text == "Night Harbour\nBy Jo Bell\n\nA quiet film."


def test_markdown_keeps_snake_case_and_setext_headings():
    from filmgraph.reviews import markdown_to_text

    assert markdown_to_text("Night Harbour\n=============\n\nsee file_name_here") == "Night Harbour\n\nsee file_name_here"


def test_html_page_keeps_headline_byline_and_article_only(tmp_path):
    path = tmp_path / "r.html"
    path.write_text(
        "<html><head><title>Night Harbour review | Reel Notes</title>"
        "<meta name='author' content='Jo Bell'><style>p{}</style></head><body>"
        "<header><a href='/'>Reel Notes</a><nav><ul><li>Home</li><li>Reviews</li></ul></nav></header>"
        "<div class='sidebar'>Most read: Dock Lights</div>"
        "<article><h1>Night Harbour (2019)</h1><p>Night Harbour is a patient drama.</p>"
        "<p>It ends well.<br>Recommended.</p></article>"
        "<aside>Related: other films</aside><footer>&copy; Reel Notes</footer>"
        "<script>track()</script></body></html>",
        encoding="utf-8",
    )
    text = read_review(path).text
    lines = text.splitlines()
    assert lines[0] == "Night Harbour (2019)" and lines[1] == "By Jo Bell"
    assert "Night Harbour is a patient drama." in text and "It ends well.\nRecommended." in text
    for furniture in ("Home", "Most read", "Related", "Reel Notes", "track"):
        assert furniture not in text


def test_html_author_element_becomes_the_byline(tmp_path):
    path = tmp_path / "r.htm"
    path.write_text("<title>Night Harbour</title><p>Filed by <span class='author'>Jo Bell</span></p>"
                    "<p>A patient drama.</p>", encoding="utf-8")
    assert read_review(path).text.splitlines()[:2] == ["Night Harbour", "By Jo Bell"]


def test_html_author_in_a_post_footer_is_the_byline_not_a_commenter(tmp_path):
    # blog templates sign the post in a footer, which the reader drops as page furniture
    path = tmp_path / "r.html"
    # (a layout's "responsive" container is no comment section)
    path.write_text("<div class='responsive-layout'><h1>Night Harbour</h1><div class='post-body'><p>A patient drama.</p></div>"
                    "<div class='post-footer'><span class='post-author'>Posted by <a href='/p/1'>Jo Bell</a></span></div>"
                    "<div class='comments'><span class='comment-author'>Bo Ek</span><p>Agreed!</p></div></div>", encoding="utf-8")
    assert read_review(path).text.splitlines()[:2] == ["Night Harbour", "By Jo Bell"]


def test_html_definition_lists_read_as_labels(tmp_path):
    path = tmp_path / "r.html"
    path.write_text("<h1>Night Harbour</h1><dl><dt>Director</dt><dd>Ana Pires</dd></dl><p>Fine.</p>", encoding="utf-8")
    assert "Director: Ana Pires" in read_review(path).text


def test_html_without_text_names_the_file(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(ReviewError) as caught:
        read_review(path)
    assert "blank.html" in str(caught.value)


def test_html_of_markup_alone_is_read_by_its_comments(tmp_path):
    note = ("Night Harbour (2019)\n\n    Reviewed by Jo Bell\n\n    Ana Pires directed this slow, patient drama about a "
            "lighthouse keeper's last winter, and the sea does most of the talking. It is a remake of the Danish film "
            "The Lamp Room (1961).")
    path = tmp_path / "contents.hhc"  # a help file's table of contents: objects and params, no text
    path.write_text(f'<HTML><HEAD><!-- Sitemap 1.0 --><!--\n    {note}\n--></HEAD><BODY><UL><LI><OBJECT type="text/sitemap">'
                    '<param name="Name" value="Programme"></OBJECT></UL></BODY></HTML>', encoding="utf-8")
    review = read_review(path)
    assert review.text.startswith("Sitemap 1.0\n\nNight Harbour (2019)\n\nReviewed by Jo Bell")
    assert extract_review(review).film.title == "Night Harbour"
    # a page with text keeps its comments out of it
    path.write_text(f"<html><body><!-- {note} --><p>Fine.</p></body></html>", encoding="utf-8")
    assert read_review(path).text == "Fine."


def test_a_page_template_whose_comment_outweighs_its_placeholders_is_read_by_the_comment(tmp_path):
    note = ("Night Harbour (2019)\n\n    Ana Pires directed this slow, patient drama about a lighthouse keeper's last "
            "winter, and the sea does most of the talking. It is a remake of the Danish film The Lamp Room (1961), and "
            "the lamp itself, polished every evening by the keeper's daughter, is the best thing in either of them.")
    path = tmp_path / "programme.pt"  # a page template: its visible text is placeholders, its note a comment
    path.write_text(f'<!DOCTYPE html>\n<!--\n    {note}\n-->\n<html><head><meta name="author" content="Jo Bell"></head>'
                    '<body><h1 tal:content="title">Programme</h1><p tal:content="blurb">a showing</p></body></html>',
                    encoding="utf-8")
    found = extract_review(read_review(path)).kept()
    assert (found.film.title, found.film.year, found.reviewer.name) == ("Night Harbour", 2019, "Jo Bell")
    assert [(f.title, f.year) for f in found.remake_of] == [("The Lamp Room", 1961)]
    assert "a showing" not in read_review(path).text


def test_lines_led_by_a_field_letter_and_its_colon_are_read_as_prose(tmp_path):
    note = ["Ana Pires directed Night Harbour (2019), a slow, patient drama about a",
            "lighthouse keeper's last winter; it is a remake of the Danish film",
            "The Lamp Room (1961). Jo Bell plays Mara, the keeper, and the sea",
            "does most of the talking.", "", "The ending is the best thing in it."]
    path = tmp_path / "tune.abc"  # ABC notation: a tune's notes in "N:" fields, its music after
    path.write_text("X:1\nT:Harbour air\n" + "\n".join("N:" + line for line in note) + "\nM:6/8\nK:Dm\n|:A2A AGF|G2E E2D:|\n",
                    encoding="utf-8")
    review = read_review(path)
    assert "\nN:" not in review.text and "\nlighthouse keeper's last winter" in review.text
    assert [(ref.title, ref.year) for ref in extract_review(review).remake_of] == [("The Lamp Room", 1961)]


def test_html_with_an_xml_declaration_is_read(tmp_path):
    path = tmp_path / "r.xhtml.html"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><html><body><h1>Night Harbour</h1><p>Fine.</p></body></html>',
                    encoding="utf-8")
    assert read_review(path).text == "Night Harbour\n\nFine."


def test_html_json_ld_author_and_og_title(tmp_path):
    path = tmp_path / "r.html"
    path.write_text(
        '<html><head><script type="application/ld+json">{"@type": "Review", "itemReviewed": {"@type": "Movie", '
        '"name": "Night Harbour"}, "author": {"@type": "Person", "name": "Jo Bell"}}</script>'
        '<meta property="og:title" content="Night Harbour review"></head><body><p>Fine film.</p></body></html>',
        encoding="utf-8",
    )
    assert read_review(path).text == "Night Harbour\nNight Harbour review\nBy Jo Bell\n\nFine film."


def test_html_json_ld_film_leads_as_a_credits_header(tmp_path):
    """The film a page's schema.org metadata names, with its year and director, is what the review
    is about even when the visible headline is a pun."""
    from filmgraph.extract import extract_review

    path = tmp_path / "r.html"
    path.write_text(
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Review", '
        '"itemReviewed": {"@type": "Movie", "name": "Night Harbour", "dateCreated": "2019-05-01", '
        '"director": [{"@type": "Person", "name": "Ana Pires"}]}, "author": "Jo Bell"}</script></head>'
        '<body><h1>Lights out at sea</h1><p>A remake of Dock Lights (2004), colder than the original.</p></body></html>',
        encoding="utf-8",
    )
    assert read_review(path).text.splitlines()[:3] == ["Night Harbour (2019)", "Directed by Ana Pires", "Lights out at sea"]
    found = extract_review(read_review(path)).kept()
    assert (found.film.title, found.film.year) == ("Night Harbour", 2019)
    assert [p.name for p in found.film.directors] == ["Ana Pires"]
    assert [(f.title, f.year) for f in found.remake_of] == [("Dock Lights", 2004)]


def test_html_comments_section_is_dropped(tmp_path):
    path = tmp_path / "r.html"
    path.write_text('<div class="entry-content"><h1>Night Harbour</h1><p>Fine film.</p></div>'
                    '<div id="comments"><p>Great review, Jo!</p></div>', encoding="utf-8")
    assert "Great review" not in read_review(path).text


def test_markdown_closing_dash_line_stays_a_signature():
    from filmgraph.reviews import markdown_to_text

    assert markdown_to_text("# Night Harbour\n\nA quiet film.\n\n- Jo Bell\n").endswith("\n— Jo Bell")


def test_markdown_line_of_stray_marks_is_read_quickly():
    import time

    from filmgraph.reviews import markdown_to_text

    start = time.perf_counter()
    markdown_to_text("*a " * 20000 + "_b " * 20000)
    assert time.perf_counter() - start < 5


def test_html_nested_thousands_deep_keeps_its_text(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + "Night Harbour &amp; more" + "</div>" * 5000, encoding="utf-8")
    assert read_review(path).text == "Night Harbour & more"


def test_a_template_s_indented_prose_is_read_flush_and_its_code_as_it_stands(tmp_path):
    page = tmp_path / "review.liquid"
    page.write_text('{% assign reviewer = "Bettina Kraus" %}\n<article>\n  <h1>Gloria (1999)</h1>\n  <p>\n'
                    "    Sidney Lumet directed Gloria (1999), a remake of the film of 1980, from\n"
                    "    a screenplay by Steve Antin, and it is a hard, fast picture. Sharon\n"
                    "    Stone plays Gloria, all leopard print and Brooklyn vowels, and she works\n"
                    "    very hard. Jean-Luke Figueroa is Nicky, the small boy, and Jeremy\n"
                    "    Northam plays Kevin, the boyfriend who runs the gang of the mob.\n  </p>\n"
                    "  {% if page.tags %}\n    {% for tag in page.tags %}{{ tag }}{% endfor %}\n"
                    "    {% assign shown = true %}\n  {% endif %}\n</article>\n", encoding="utf-8")
    text = read_review(page).text
    assert "\nSidney Lumet directed" in text and "and Jeremy\nNortham plays Kevin" in text
    assert "\n    {% for tag in page.tags %}" in text
    cast = {credit.actor: credit.character for credit in extract_review(read_review(page)).cast}
    assert cast.get("Jeremy Northam") == "Kevin" and cast.get("Sharon Stone") == "Gloria"
