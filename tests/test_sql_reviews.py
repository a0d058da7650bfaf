"""Reviews kept in SQL: a blog's or a forum's database dump, or a script that files one review as
rows, is read for the review its ``INSERT`` statements write (the columns named by the table's
``CREATE TABLE``, the author in the table a column refers to); a script that inserts no review is
read as it stands.

Every review here is invented for these tests (films, people and words).
"""

from __future__ import annotations

from filmgraph.extract import extract_review
from filmgraph.reviews import read_review
from filmgraph.sqldump import sql_tables

BODY = ("Ilse Varga films the whole story on one salt marsh, and the fog does most of the acting. "
        "It is a remake of the Dutch film The Dyke Keeper (1958). Tomas Brenk plays Jonas, the keeper's son.")


def _sql(text: str) -> str:
    """A string's text as standard SQL quotes it."""
    return text.replace("'", "''")


OPENING, REST = BODY[:BODY.index("It is")], BODY[BODY.index("It is"):]  # (a body written in two strings)
MYSQL_BODY = BODY.replace("'", "\\'")  # as mysqldump quotes it


WORDPRESS_DUMP = f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: marshblog

DROP TABLE IF EXISTS `wp_users`;
CREATE TABLE `wp_users` (
  `ID` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_login` varchar(60) NOT NULL DEFAULT '',
  `display_name` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `wp_users` WRITE;
INSERT INTO `wp_users` VALUES (1,'admin','Site Admin'),(7,'noor','Noor Adeyemi');
UNLOCK TABLES;

CREATE TABLE `wp_posts` (
  `ID` bigint unsigned NOT NULL AUTO_INCREMENT,
  `post_author` bigint unsigned NOT NULL DEFAULT '0',
  `post_date` datetime NOT NULL,
  `post_content` longtext NOT NULL,
  `post_title` text NOT NULL,
  `post_status` varchar(20) NOT NULL DEFAULT 'publish',
  PRIMARY KEY (`ID`),
  KEY `post_author` (`post_author`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `wp_posts` VALUES (12,1,'2024-01-02 10:00:00','<p>Site news: the archive moves on Friday.</p>','Moving day','publish'),(31,7,'2024-03-09 21:14:00','<p><em>Salt Marsh</em> (1993), directed by Ilse Varga.</p>\\n<p>{MYSQL_BODY}</p>','Fog on the flats','publish');
"""

PHPBB_DUMP = f"""-- MySQL dump 10.11
CREATE TABLE `phpbb_users` (
`user_id` mediumint(8) unsigned NOT NULL auto_increment,
`username` varchar(255) NOT NULL default '',
PRIMARY KEY  (`user_id`)
);
INSERT INTO `phpbb_users` VALUES (2,'marsh_fan'),(5,'fogwatcher');
CREATE TABLE `phpbb_posts` (
`post_id` mediumint(8) unsigned NOT NULL auto_increment,
`topic_id` mediumint(8) unsigned NOT NULL default '0',
`poster_id` mediumint(8) unsigned NOT NULL default '0',
`post_subject` varchar(100) NOT NULL default '',
`post_text` mediumtext NOT NULL,
PRIMARY KEY  (`post_id`),
KEY `poster_id` (`poster_id`)
);
INSERT INTO `phpbb_posts` VALUES (40,9,5,'Salt Marsh?','Anyone seen it yet? [b:x1y2z3ab]Worth it?[/b:x1y2z3ab]'),(41,9,2,'Re: Salt Marsh?','[b:x1y2z3ab]Salt Marsh[/b:x1y2z3ab] (1993), directed by Ilse Varga.\\n\\n{MYSQL_BODY}'),(42,9,5,'Re: Salt Marsh?','Thanks, [i:x1y2z3ab]will do[/i:x1y2z3ab].');
"""

POSTGRES_SCRIPT = f"""BEGIN;
CREATE TABLE review (id integer PRIMARY KEY, film text NOT NULL, year integer, reviewer text NOT NULL);
CREATE TABLE review_paragraph (
    review_id integer NOT NULL REFERENCES review (id),
    position  integer NOT NULL,
    body      text    NOT NULL
);
INSERT INTO review (id, film, year, reviewer) VALUES (5, 'Salt Marsh', 1993, 'Noor Adeyemi');
INSERT INTO review_paragraph (review_id, position, body) VALUES
    (5, 1, '{_sql(OPENING)}' ||
'{_sql(REST)}'),
    (5, 2, 'Varga directed it from her own script.');
COMMIT;
"""

TSQL_SCRIPT = f"""-- Salt Marsh
CREATE TABLE dbo.Reviews (ReviewId INT IDENTITY(1, 1) PRIMARY KEY, Film NVARCHAR(200), Year INT, Critic NVARCHAR(100),
    Body NVARCHAR(MAX));
GO
INSERT INTO dbo.Reviews (Film, Year, Critic, Body)
VALUES (N'Salt Marsh', 1993, N'Noor Adeyemi', N'{_sql(OPENING)}' + NCHAR(10) + NCHAR(10) + N'{_sql(REST)}');
GO
"""


def test_tables_take_their_columns_from_create_table_and_join_what_they_refer_to():
    tables = sql_tables(WORDPRESS_DUMP)
    assert tables is not None
    post = tables["wp_posts"][1]
    assert post["title"] == "Fog on the flats"  # "post_title" without its table's prefix
    assert post["author"]["display_name"] == "Noor Adeyemi"  # "post_author" is a row of wp_users
    assert "It is a remake of the Dutch film" in post["content"]


def test_rows_that_only_hold_paragraphs_become_their_review_body():
    tables = sql_tables(POSTGRES_SCRIPT)
    assert tables is not None and list(tables) == ["review"]
    body = tables["review"][0]["body"]
    assert body.startswith(BODY) and body.endswith("own script.")  # "||" joined, the paragraphs in order


def test_strings_are_unquoted_in_each_dialect():
    tsql = sql_tables(TSQL_SCRIPT)
    phpbb = sql_tables(PHPBB_DUMP)
    assert tsql is not None and phpbb is not None
    assert tsql["Reviews"][0]["Body"] == OPENING + "\n\n" + REST  # N'...', '' and NCHAR(10)
    assert "keeper's son" in phpbb["phpbb_posts"][1]["text"]  # MySQL's \'


def test_a_script_that_inserts_no_strings_has_no_tables():
    assert sql_tables("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (2);\nSELECT * FROM t;") is None


def _extracted(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    review = read_review(path)
    return review, extract_review(review)


def test_a_blog_dump_is_read_for_its_one_long_post(tmp_path):
    review, extraction = _extracted(tmp_path, "marshblog.sql", WORDPRESS_DUMP)
    assert "Moving day" not in review.text and "CREATE TABLE" not in review.text
    assert extraction.film is not None and extraction.film.title == "Salt Marsh" and extraction.film.year == 1993
    assert [d.name for d in extraction.film.directors] == ["Ilse Varga"]
    assert [ref.title for ref in extraction.remake_of] == ["The Dyke Keeper"]
    assert extraction.reviewer is not None and extraction.reviewer.name == "Noor Adeyemi"


def test_a_forum_dump_is_read_for_the_review_in_its_thread(tmp_path):
    review, extraction = _extracted(tmp_path, "forum.sql", PHPBB_DUMP)
    assert "[b" not in review.text and "Anyone seen it" not in review.text
    assert extraction.film is not None and extraction.film.title == "Salt Marsh"
    assert extraction.reviewer is not None and extraction.reviewer.name == "marsh_fan"


def test_scripts_are_read_under_any_suffix(tmp_path):
    for name, script in (("review.sql", POSTGRES_SCRIPT), ("review.txt", TSQL_SCRIPT)):
        review, extraction = _extracted(tmp_path, name, script)
        assert "INSERT" not in review.text
        assert extraction.film is not None and extraction.film.title == "Salt Marsh"
        assert extraction.reviewer is not None and extraction.reviewer.name == "Noor Adeyemi"


def test_a_script_whose_rows_hold_no_review_is_read_as_it_stands(tmp_path):
    script = ("-- Salt Marsh (1993), directed by Ilse Varga: the fog does most of the acting.\n"
              "INSERT INTO screenings (room, seats) VALUES ('Hall B', 120);\n")
    review, _ = _extracted(tmp_path, "screenings.sql", script)
    assert review.text.startswith("-- Salt Marsh (1993)")
