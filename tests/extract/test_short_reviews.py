"""A short review signed at its foot: the signature is a byline, not the start of a credits header."""

from filmgraph.extract import extract_review
from filmgraph.reviews import read_text


def test_signature_after_the_prose_leaves_the_prose_as_body():
    text = ("Lantern Bay (2011)\n\n"
            "Lantern Bay is a remake of The Salt Road (1953), and its storm scenes owe a debt to "
            "Iron Orchard (1963); the rest is flat.\n"
            "Reviewed by Jo Berg\n")
    found = extract_review(read_text(text, source="short.txt")).kept()
    assert [(f.title, f.year) for f in found.remake_of] == [("The Salt Road", 1953)]
    assert [(f.title, f.year) for f in found.influences] == [("Iron Orchard", 1963)]
    assert found.reviewer is not None and found.reviewer.name == "Jo Berg"


def test_credits_line_above_the_prose_is_still_a_header():
    text = ("Lantern Bay (2011)\nDirector: Mia Holt\nReviewed by Jo Berg\n\n"
            "Lantern Bay is slow but handsome, and Mia Holt knows where to put a camera.\n")
    found = extract_review(read_text(text, source="header.txt")).kept()
    assert [p.name for p in found.film.directors] == ["Mia Holt"]
    assert found.reviewer.name == "Jo Berg"


def test_italic_titles_in_markdown_and_html_are_read_as_titles(tmp_path):
    """Italics mark titles in blogs: *Dock Lights* and <em>Dock Lights</em> name films, *really* does not."""
    from filmgraph.reviews import read_review

    markdown = tmp_path / "lantern-bay.md"
    markdown.write_text("# Lantern Bay (2011)\n\nLantern Bay is a remake of *Dock Lights*, and it is *really* "
                        "slow; the storm owes a debt to *Iron Orchard*.\n", encoding="utf-8")
    page = tmp_path / "lantern-bay.html"
    page.write_text("<html><head><title>Lantern Bay (2011)</title></head><body><nav>Home | Films</nav>"
                    "<h1>Lantern Bay (2011)</h1><p>Lantern Bay is a remake of <em>Dock Lights</em>, and it is "
                    "<i>really</i> slow; the storm owes a debt to <cite>Iron Orchard</cite>.</p></body></html>",
                    encoding="utf-8")
    for path in (markdown, page):
        review = read_review(path)
        assert "“Dock Lights”" in review.text and "really" in review.text and "“really”" not in review.text
        found = extract_review(review).kept()
        assert [f.title for f in found.remake_of] == ["Dock Lights"], path.name
        assert [f.title for f in found.influences] == ["Iron Orchard"], path.name
