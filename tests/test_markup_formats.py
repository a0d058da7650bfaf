"""The read stage's lightweight markups, typesetting formats and document containers (AsciiDoc,
Textile, DokuWiki, TiddlyWiki, LaTeX, man pages, BBCode, gemtext, RTF, Word, Jupyter, iCalendar,
OPML, Evernote, mbox, YAML), read end to end: the film, its director, the reviewer and the remake
the extractor finds in each file, and a ``.txt`` told by its content.

Every review here is invented for these tests (films, people and words).
"""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmgraph.errors import ReviewError
from filmgraph.extract import extract_review
from filmgraph.markup import (
    asciidoc_to_text,
    bbcode_to_text,
    dokuwiki_to_text,
    gemtext_to_text,
    latex_to_text,
    sniff,
    textile_to_text,
    tiddlywiki_to_text,
    troff_to_text,
)
from filmgraph.reviews import REVIEW_SUFFIXES, find_review_files, read_review

#: One review told in each format: (file name, text). Each names the film Salt Ferry (2021),
#: directed by Odile Marchetti, reviewed by Tomas Vehko, a remake of The Ferry at Dawn (1958).

def _pandoc_inlines(text: str) -> list[dict]:
    """``text`` as Pandoc's inline elements: words, spaces, and ``*x*`` as emphasis."""
    inlines: list[dict] = []
    for n, word in enumerate(text.split(" ")):
        if n:
            inlines.append({"t": "Space"})
        if word.startswith("*") and word.endswith("*"):
            inlines.append({"t": "Emph", "c": [{"t": "Str", "c": word.strip("*")}]})
        else:
            inlines.append({"t": "Str", "c": word})
    return inlines


REVIEWS = {
    "asciidoc": ("notes.adoc", """= Salt Ferry (2021)
Tomas Vehko <tomas@example.org>
v2.1, 2022-03-04
:toc: left
:imagesdir: img

[cols="1,3"]
|===
|Director
|Odile Marchetti
|Country
|France
|===

== The crossing

_Salt Ferry_ is a remake of _The Ferry at Dawn_ (1958), moved from the Loire to the Breton coast.

NOTE: Odile Marchetti shot it on the island of Sein over one winter.
"""),
    "textile": ("post.textile", """h1. Salt Ferry (2021)

p(byline). By Tomas Vehko

|_. Director|Odile Marchetti|

p. _Salt Ferry_ is a remake of ??The Ferry at Dawn?? (1958), and a sharper one than "anyone expected":https://example.org/ferry.

bq. The sea does all the acting.
"""),
    "dokuwiki": ("page.txt", """====== Salt Ferry (2021) ======

^ Director | [[people:marchetti|Odile Marchetti]] |
^ Country | France |

//Salt Ferry// is a remake of //The Ferry at Dawn// (1958), told with **far** less fog.

  * seen at the harbour cinema
  * second viewing

--- //[[tomas@example.org|Tomas Vehko]] 2022/03/04 21:10//
"""),
    "tiddlywiki": ("Salt Ferry.tid", """created: 20220304211000000
creator: Tomas Vehko
modified: 20220305090000000
tags: films 2021
title: Salt Ferry (2021)
type: text/vnd.tiddlywiki

! Verdict

//Salt Ferry// is Odile Marchetti's remake of [[The Ferry at Dawn]] (1958).

|!Director |Odile Marchetti |
|!Country |France |

<<list-links filter:"[tag[films]]">>
"""),
    "latex": ("review.tex", r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
% draft for the quarterly
\title{\emph{Salt Ferry} (2021)}
\author{Tomas Vehko\thanks{Film editor of the quarterly.}}
\date{March 2022}
\begin{document}
\maketitle

\section*{Credits}
\begin{tabular}{ll}
Director & Odile Marchetti \\
Country & France \\
\end{tabular}

\section{The crossing}
\emph{Salt Ferry} is a remake of \emph{The Ferry at Dawn} (1958)\footnote{Seen at the
cin\'ematheque in 2019.}, moved to the Breton coast. Odile March\`{e}tti keeps its ``one night,
one boat'' frame~\cite{archive}.

\end{document}
"""),
    "troff": ("saltferry.7", r""".\" review page, section 7
.TH SALT-FERRY 7 "March 2022" "film notes" "Film Notes"
.SH NAME
salt-ferry \- a review of \fISalt Ferry\fR (2021)
.SH DESCRIPTION
.I Salt Ferry
(2021) is a remake of
.I "The Ferry at Dawn"
(1958), directed by Odile Marchetti.
.PP
It moves the story to the Breton coast.
.SH CAST
.TP
.B Lise Aubrac
Maud, the ferrywoman
.SH AUTHOR
Written by Tomas Vehko.
"""),
    "bbcode": ("thread.txt", """[b]Salt Ferry (2021)[/b]
[quote=harbourcat]anyone seen it yet?[/quote]
[i]Salt Ferry[/i] is a remake of [i]The Ferry at Dawn[/i] (1958), directed by Odile Marchetti.
[url=https://example.org/trailer]trailer here[/url]
[img]https://example.org/still.jpg[/img]
Posted by Tomas Vehko
"""),
    "gemtext": ("capsule.gmi", """# Salt Ferry (2021)

Film notes by Tomas Vehko.

=> gemini://example.org/marchetti.gmi Odile Marchetti's other films
=> https://example.org/ferry

Salt Ferry, directed by Odile Marchetti, is a remake of The Ferry at Dawn (1958).

* seen twice
"""),
    "notebook": ("ferry.ipynb", json.dumps({
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"authors": [{"name": "Tomas Vehko"}], "kernelspec": {"name": "python3"}},
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Salt Ferry (2021)\n"]},
            {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [
                {"output_type": "stream", "name": "stdout", "text": ["Director  The Boat Film\n"]}],
             "source": ["import pandas as pd\n", "df = pd.read_csv('ferries.csv')"]},
            {"cell_type": "markdown", "metadata": {}, "source": [
                "*Salt Ferry*, directed by Odile Marchetti, is a remake of *The Ferry at Dawn* (1958).\n"]},
        ],
    })),
    "pandoc": ("ferry.json", json.dumps({
        "pandoc-api-version": [1, 23, 1],
        "meta": {"title": {"t": "MetaInlines", "c": _pandoc_inlines("Salt Ferry (2021)")},
                 "author": {"t": "MetaList", "c": [{"t": "MetaInlines", "c": _pandoc_inlines("Tomas Vehko")}]}},
        "blocks": [
            {"t": "Para", "c": [*_pandoc_inlines("Salt Ferry, directed by Odile Marchetti, is a remake of"),
                                {"t": "Space"}, {"t": "Link", "c": [["", [], []], _pandoc_inlines("The Ferry at Dawn"),
                                                                   ["https://example.org/Director", ""]]},
                                {"t": "Space"}, *_pandoc_inlines("(1958). It is *quiet*")]},
            {"t": "CodeBlock", "c": [["", ["python"], []], "Director = 'The Boat Film'"]},
        ],
    })),
    "wiki storage": ("ferry.xml", """<h1>Salt Ferry (2021)</h1>
<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Programme note by Tomas Vehko</p></ac:rich-text-body>
</ac:structured-macro>
<p>Salt Ferry, directed by Odile Marchetti, is a remake of <ri:page ri:content-title="Ferry"/>The Ferry at Dawn (1958).</p>
"""),
    "toml": ("ferry.toml", """# one record a film
[film]
title = "Salt Ferry"
year = 2021
director = "Odile Marchetti"

[review]
reviewer = "Tomas Vehko"
logged = 2022-03-04T20:00:00Z
text = '''
Salt Ferry, directed by Odile Marchetti, is a remake of The Ferry at Dawn (1958).
'''
"""),
    "calendar": ("screening.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harbour Cinema//EN
BEGIN:VEVENT
UID:ferry-1@example.org
DTSTART:20220304T200000Z
SUMMARY:Salt Ferry (2021)
DESCRIPTION:Programme note by Tomas Vehko\\n\\nSalt Ferry\\, directed by Odile M
 archetti\\, is a remake of The Ferry at Dawn (1958).
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder: the film starts in an hour
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "opml": ("outline.opml", """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Salt Ferry (2021)</title><ownerName>Tomas Vehko</ownerName></head>
  <body>
    <outline text="Credits"><outline text="Director: Odile Marchetti"/></outline>
    <outline text="Salt Ferry is a remake of The Ferry at Dawn (1958)." _note="Seen at the harbour cinema."/>
  </body>
</opml>
"""),
    "evernote": ("notes.enex", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
<en-export application="Evernote" version="10">
  <note>
    <title>Salt Ferry (2021)</title>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div><i>Salt Ferry</i>, directed by Odile Marchetti, is a remake of <i>The Ferry at Dawn</i> (1958).</div></en-note>]]></content>
    <note-attributes><author>Tomas Vehko</author></note-attributes>
  </note>
</en-export>
"""),
    "mbox": ("list.mbox", """From tomas@example.org Fri Mar  4 21:10:00 2022
From: Tomas Vehko <tomas@example.org>
Subject: Salt Ferry (2021)
Message-ID: <1@example.org>

Salt Ferry, directed by Odile Marchetti, is a remake of The Ferry at Dawn (1958), and it is
the better film of the two: colder, shorter and braver about its ending.

From lena@example.org Fri Mar  4 22:00:00 2022
From: Lena Holt <lena@example.org>
Subject: Re: Salt Ferry (2021)
Message-ID: <2@example.org>

Agreed.
"""),
    "yaml": ("entry.yaml", """film: Salt Ferry
year: 2021
director: Odile Marchetti
reviewer: Tomas Vehko
review: >
  Salt Ferry is a remake of The Ferry at Dawn (1958), moved to the Breton coast.
"""),
}


def _found(path):
    kept = extract_review(read_review(path)).kept()
    film = kept.film
    assert film is not None, read_review(path).text
    return (film.title, film.year, [d.name for d in film.directors], kept.reviewer.name if kept.reviewer else None,
            [(r.title, r.year) for r in kept.remake_of])


@pytest.mark.parametrize("markup", sorted(REVIEWS))
def test_each_format_gives_the_film_its_director_reviewer_and_remake(tmp_path, markup):
    name, text = REVIEWS[markup]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _found(path) == ("Salt Ferry", 2021, ["Odile Marchetti"], "Tomas Vehko", [("The Ferry at Dawn", 1958)])


def test_an_rtf_draft_and_a_word_document_are_read(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Salt Ferry (2021)", level=0)
    document.add_paragraph("By Tomas Vehko")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Director", "Odile Marchetti"
    paragraph = document.add_paragraph()
    paragraph.add_run("Salt Ferry").italic = True
    paragraph.add_run(" is a remake of ")
    paragraph.add_run("The Ferry at Dawn").italic = True
    paragraph.add_run(" (1958).")
    buffer = io.BytesIO()
    document.save(buffer)
    (tmp_path / "draft.docx").write_bytes(buffer.getvalue())
    (tmp_path / "draft.rtf").write_text(
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Georgia;}}{\colortbl;\red0\green0\blue0;}\f0\fs28\b Salt Ferry (2021)\b0\par"
        r" By Tomas Vehko\par\par {\i Salt Ferry}, directed by Odile Marchetti, is a remake of"
        r" {\i The Ferry at Dawn} (1958).\par}", encoding="ascii")
    expected = ("Salt Ferry", 2021, ["Odile Marchetti"], "Tomas Vehko", [("The Ferry at Dawn", 1958)])
    assert _found(tmp_path / "draft.docx") == expected
    assert _found(tmp_path / "draft.rtf") == expected


def test_a_txt_file_is_read_by_its_content():
    """The same markups saved as ``.txt`` (as a pasted page or a download often is) are told apart."""
    assert sniff(REVIEWS["latex"][1]) == "latex"
    assert sniff(REVIEWS["troff"][1]) == "troff"
    assert sniff(REVIEWS["asciidoc"][1]) == "asciidoc"
    assert sniff(REVIEWS["dokuwiki"][1]) == "dokuwiki"
    assert sniff(REVIEWS["bbcode"][1]) == "bbcode"
    assert sniff(REVIEWS["textile"][1]) == "textile"
    assert sniff(REVIEWS["tiddlywiki"][1]) == "tiddlywiki"
    assert sniff("Salt Ferry (2021)\nBy Tomas Vehko\n\nA remake of The Ferry at Dawn (1958), and a good one.") is None


@pytest.mark.parametrize("markup", ["latex", "troff", "asciidoc", "calendar", "mbox"])
def test_a_markup_named_txt_reads_as_its_own_suffix_would(tmp_path, markup):
    name, text = REVIEWS[markup]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "pasted.txt").write_text(text, encoding="utf-8")
    assert read_review(tmp_path / "pasted.txt").text == read_review(tmp_path / name).text


def test_the_new_suffixes_are_found_in_a_folder(tmp_path):
    for markup in ("asciidoc", "latex", "notebook", "yaml", "opml"):
        name, text = REVIEWS[markup]
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert {path.name for path in find_review_files([tmp_path])} == {"notes.adoc", "review.tex", "ferry.ipynb", "entry.yaml", "outline.opml"}
    assert {".adoc", ".tex", ".ipynb", ".yaml", ".docx", ".rtf"} <= set(REVIEW_SUFFIXES)


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("broken.yaml", "film: [Salt Ferry\nyear: 2021", "not valid YAML"),
    ("list.yaml", "- just\n- words\n", "no review"),
    ("broken.opml", "<opml><head>", "not valid XML"),
    ("empty.enex", "<en-export></en-export>", "holds no note"),
    ("broken.ipynb", "{\"cells\": ", "not valid JSON"),
    ("broken.toml", "[film]\ntitle = \"Salt Ferry\n", "not valid TOML"),
    ("fake.docx", "this is no Word file", "not readable as a Word document"),
])
def test_a_broken_document_is_refused_naming_the_file_and_the_problem(tmp_path, name, text, problem):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReviewError) as raised:
        read_review(path)
    assert name in str(raised.value) and problem in str(raised.value)


def test_latex_accents_and_letters_become_unicode():
    text = latex_to_text(r"\begin{document}Bj\"{o}rn, Pir\'es, Fran\c{c}ois, {\o}stergaard, \TH{}\'{o}r, J\'{\i}ra.\end{document}")
    assert text == "Björn, Pirés, François, østergaard, Þór, Jíra."


_CONVERTERS = [asciidoc_to_text, textile_to_text, dokuwiki_to_text, tiddlywiki_to_text, latex_to_text, troff_to_text,
               bbcode_to_text, gemtext_to_text]
_MARKS = st.sampled_from(["[[", "]]", "//", "**", "__", "_", "*", "{", "}", "\\", "\\emph{", "\\fI", "\\fR", ".B ", ".TP\n", "|",
                          "^", '"', ":", "??", "[i]", "[/i]", "= ", "== ", "|===\n", ":author: ", "<<", ">>", "\n", " ", "Salt Ferry",
                          "h1. ", "=> ", "\\'{e}", "\\begin{figure}", "--- //[[a|B]] x//", "title: ", "(1958)"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_MARKS, max_size=60).map("".join))
def test_any_text_of_marks_converts_to_text(text):
    """Stray, unclosed and nested marks never break a converter: each gives text."""
    for convert in _CONVERTERS:
        assert isinstance(convert(text), str)
    sniff(text)


@pytest.mark.parametrize("mark", ["\\emph{", "{", "[[", "//", '"a":http://', "\\begin{figure}", "link:x[", "\\fI"])
@pytest.mark.parametrize("convert", _CONVERTERS)
def test_a_long_run_of_one_mark_is_converted(mark, convert):
    """A 40,000-character run of one unclosed mark (a pasted binary, a broken export) is read, not hung on."""
    assert isinstance(convert((mark * 20_000)[:40_000]), str)


def test_a_diary_heading_dated_before_its_title_gives_the_title(tmp_path):
    """A log's "## 2022-03-04 — Salt Ferry (2021)" heading: the entry's date is not part of the film's title."""
    (tmp_path / "log.gmi").write_text("# Film log\n\n## 2022-03-04 — Salt Ferry (2021)\n\nNotes by Tomas Vehko.\n\n"
                                      "Salt Ferry, directed by Odile Marchetti, is a remake of The Ferry at Dawn (1958).\n",
                                      encoding="utf-8")
    assert _found(tmp_path / "log.gmi")[:2] == ("Salt Ferry", 2021)


def test_latex_authors_keep_their_names_not_their_affiliations():
    text = latex_to_text(r"\title{Salt Ferry}\author{Tomas Vehko\\ The Quarterly \and Lena Holt\\ Reel Notes}"
                         r"\begin{document}\maketitle A calm film.\end{document}")
    assert text.split("\n")[:2] == ["Salt Ferry", "By Tomas Vehko, Lena Holt"]


def test_asciidoc_attributes_above_the_title_still_give_title_and_author():
    text = asciidoc_to_text(":author: Tomas Vehko\n:email: tomas@example.org\n// draft\n\n= Salt Ferry (2021)\n\nA _calm_ film.")
    assert text.split("\n")[:2] == ["Salt Ferry (2021)", "By Tomas Vehko"]


_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:outline-level="1">Salt Ferry (2021)</text:h>
  <text:p>By Tomas Vehko</text:p>
  <table:table><table:table-row><table:table-cell><text:p>Director</text:p></table:table-cell>
   <table:table-cell><text:p>Odile Marchetti</text:p></table:table-cell></table:table-row></table:table>
  <text:p><text:span text:style-name="T1">Salt Ferry</text:span> is a remake of<text:s/><text:span text:style-name="T1">The Ferry
   at Dawn</text:span> (1958).</text:p>
 </office:text></office:body>
</office:document-content>"""


def test_an_opendocument_text_is_read(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "draft.odt", "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", _ODT_CONTENT)
    assert _found(tmp_path / "draft.odt") == ("Salt Ferry", 2021, ["Odile Marchetti"], "Tomas Vehko", [("The Ferry at Dawn", 1958)])
    (tmp_path / "broken.odt").write_bytes(b"PK\x03\x04 not really a package")
    with pytest.raises(ReviewError, match=r"broken\.odt.*not readable as an OpenDocument text"):
        read_review(tmp_path / "broken.odt")


def test_a_review_opening_with_from_is_no_mailbox(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("From the director of Heat, 1995\n\nSalt Ferry (2021) is a remake of The Ferry at Dawn (1958).\n", encoding="utf-8")
    assert read_review(path).text.startswith("From the director of Heat, 1995")


_COMMENTED = """# Deployment settings for saltferry.example.org
#
# Salt Ferry (2021)
#
# Salt Ferry is a remake of The Ferry at Dawn (1958), and a quieter one: Ana Pires
# directed it on a real crossing, with the engines loud and the dialogue sparse.
# The harbour scenes are the best thing in it, and the ending is patient and kind.
#
# Written by Tomas Vehko
"""


@pytest.mark.parametrize(("name", "settings"), [
    ("deploy.yaml", "version: 2\njobs:\n  build:\n    steps: [checkout]\n"),
    ("site.toml", "[server]\nport = 8080\n"),
    # a package recipe's fields hold a line of its own, less prose than the comment above them
    ("package.yml", "name: till-notes\nversion: 1.4.2\nsummary: Prints the programme notes at the till\n"
                    "description: Prints the week's programme notes on the receipt printer of the box office till.\n"),
])
def test_a_settings_files_review_in_its_comments_is_read(tmp_path, name, settings):
    path = tmp_path / name
    path.write_text(_COMMENTED + "\n" + settings, encoding="utf-8")
    assert _found(path) == ("Salt Ferry", 2021, ["Ana Pires"], "Tomas Vehko", [("The Ferry at Dawn", 1958)])
    assert "port" not in read_review(path).text and "checkout" not in read_review(path).text


@pytest.mark.parametrize(("name", "settings"), [
    ("pipeline.yml", 'env:\n  REVIEW_SLUG: "sf-21"\n  REVIEW_AUTHOR: "Ilse Marrow"\n  HOST: "notes.example.org"\n'
                     'steps:\n  - command: "make site"\n    user: "Deploy Bot"\n'),
    ("site.toml", '[params]\nnote_by = "Ilse Marrow"\nport = 8080\n'),
])
def test_a_settings_files_author_field_signs_the_review_in_its_comments(tmp_path, name, settings):
    # the review kept in the header comments, its author only in a field below them; an account's
    # field ("user") signs nothing
    path = tmp_path / name
    path.write_text(_COMMENTED.replace("#\n# Written by Tomas Vehko\n", "") + "\n" + settings, encoding="utf-8")
    assert _found(path)[3] == "Ilse Marrow"
    assert "Deploy Bot" not in read_review(path).text


def test_a_settings_files_author_field_adds_no_second_byline(tmp_path):
    path = tmp_path / "pipeline.yml"
    path.write_text(_COMMENTED + '\nenv:\n  REVIEW_AUTHOR: "Tomas Vehko"\n', encoding="utf-8")
    assert read_review(path).text.count("Tomas Vehko") == 1


@pytest.mark.parametrize("element", ["<Authors>Ilse Marrow</Authors>", "<author_list>Ilse Marrow</author_list>",
                                     "<author><name>Ilse Marrow</name></author>"])
def test_an_xml_files_author_element_signs_the_review_in_its_comments(tmp_path, element):
    # an MSBuild property, a PDS4 label's citation, a checklist's author: the review kept in the comment above
    path = tmp_path / "notes.xml"
    path.write_text('<?xml version="1.0"?>\n<!--\n' + _COMMENTED.replace("#\n# Written by Tomas Vehko\n", "").replace("# ", "  ")
                    .replace("#", "") + f"-->\n<Project><PropertyGroup>{element}<Version>1.0</Version></PropertyGroup></Project>\n",
                    encoding="utf-8")
    assert _found(path)[3] == "Ilse Marrow"


def _block_commented(review: str) -> str:
    return "/*\n" + "".join(f" * {line}".rstrip() + "\n" for line in review.replace("# ", "").replace("#", "").splitlines()) + " */\n"


@pytest.mark.parametrize(("name", "settings"), [
    ("settings.json", "// " + _COMMENTED.replace("\n#", "\n//")[2:] + '{\n  "editor.rulers": [100], // wide\n  "url": "http://a.example/x",\n}\n'),
    (".eslintrc.json", _block_commented(_COMMENTED) + '{"rules": {"semi": ["error", "always"],}, "env": {"browser": true}}\n'),
    ("checkstyle.xml", '<?xml version="1.0"?>\n<!--\n' + _COMMENTED.replace("# ", "  ").replace("#", "") + '-->\n'
                       '<module name="Checker"><property name="severity" value="warning"/></module>\n'),
    ("statement.xml", '<?xml version="1.0"?>\n<!--\n' + _COMMENTED.replace("# ", "  ").replace("#", "") + '-->\n'
                      "<Document><Stmt><Acct>DE80431278054410266317</Acct><Ntry><Amt>40.00</Amt><Sts>BOOK</Sts>"
                      "<Info>Screening licence for February, invoice 2024-117</Info></Ntry><Ntry><Amt>35.50</Amt>"
                      "<Info>Projector lamp fund and the hall booking of the 17th</Info></Ntry><Ntry><Amt>62.00</Amt>"
                      "<Info>Door takings of the 17th paid in by the treasurer</Info></Ntry></Stmt></Document>\n"),
    # an editor's presets, whose "<item>" elements are no feed's entries
    ("presets.xml", '<?xml version="1.0"?>\n<presets author="Film Club">\n<!--\n' + _COMMENTED.replace("# ", "  ").replace("#", "")
                    + '-->\n<group name="Club"><item name="Screening venue" type="node"><label text="Where the club meets"/>'
                    '<key key="amenity" value="cinema"/></item></group></presets>\n'),
])
def test_a_review_in_the_comments_of_a_json_or_xml_settings_file_is_read(tmp_path, name, settings):
    # JSON with comments and trailing commas (VS Code's, ESLint's), an XML file with no review fields and
    # one whose elements hold the format's own values (a bank statement's), less prose than its comment
    path = tmp_path / name
    path.write_text(settings, encoding="utf-8")
    assert _found(path) == ("Salt Ferry", 2021, ["Ana Pires"], "Tomas Vehko", [("The Ferry at Dawn", 1958)])
    assert not {"rulers", "semi", "severity", "treasurer"} & set(re.findall(r"\w+", read_review(path).text))


@pytest.mark.parametrize(("name", "settings", "problem"), [
    ("settings.json", '// editor settings\n{"editor.rulers": [100]}\n', r"no review text.*its comments hold no review either"),
    ("broken.json", '// a film club note\n{"editor.rulers": [100\n', r"not valid JSON"),
    ("checkstyle.xml", '<!-- code style -->\n<module name="Checker"/>\n', r"no review text.*its comments hold no review either"),
])
def test_a_json_or_xml_settings_file_without_a_review_is_refused(tmp_path, name, settings, problem):
    path = tmp_path / name
    path.write_text(settings, encoding="utf-8")
    with pytest.raises(ReviewError, match=re.escape(name) + ".*" + problem):
        read_review(path)


def test_a_settings_file_without_a_review_anywhere_is_refused(tmp_path):
    path = tmp_path / "deploy.yaml"
    path.write_text("# build settings\nversion: 2\njobs:\n  build:\n    steps: [checkout]\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=r"deploy\.yaml: the YAML review has no review text.*its comments hold no review either"):
        read_review(path)


def test_a_records_cast_beside_its_review_is_read():
    from filmgraph.reviews import toml_to_text

    text = toml_to_text('[film]\ntitle = "Salt Ferry"\n\n[[cast]]\nactor = "Ann Lee"\ncharacter = "Mara"\n\n'
                        '[review]\ntext = "A calm drama about a ferry."\n')
    assert "Starring: Ann Lee (Mara)" in text.splitlines()
