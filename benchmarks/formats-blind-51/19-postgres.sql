-- review.sql -- one film review as rows, for the club's PostgreSQL database
-- Author: Jae-won Park <jaewon@kfilm.example.kr>
-- Written: 2024-03-29
-- Load with: psql -d filmnotes -f review.sql

BEGIN;

CREATE TABLE IF NOT EXISTS review (
    id        integer PRIMARY KEY,
    film      text    NOT NULL,
    year      integer NOT NULL,
    reviewer  text    NOT NULL
);

CREATE TABLE IF NOT EXISTS review_paragraph (
    review_id integer NOT NULL REFERENCES review (id),
    position  integer NOT NULL,
    body      text    NOT NULL,
    PRIMARY KEY (review_id, position)
);

COMMENT ON TABLE review IS 'Film reviews, one row each; the text lives in review_paragraph.';
COMMENT ON COLUMN review_paragraph.position IS 'Order of the paragraph; the last one is the sign-off.';

INSERT INTO review (id, film, year, reviewer) VALUES
    (2117, 'Believer', 2018, 'Jae-won Park');

INSERT INTO review_paragraph (review_id, position, body) VALUES
    (2117, 1, 'Believer (Dokjeon, 2018), directed by Lee Hae-young, is the South ' ||
             'Korean remake of Johnnie To''s Drug War (2012), moved from the ' ||
             'mainland Chinese provinces to the Korean coast and given a great ' ||
             'deal more style. Cho Jin-woong plays Won-ho, a narcotics detective ' ||
             'who has spent years chasing a drug lord nobody has ever seen, ' ||
             'known only as Mr. Lee. Ryu Jun-yeol is Rak, a young dealer who ' ||
             'survives a factory explosion and offers to lead Won-ho to the top. ' ||
             'Kim Joo-hyuk plays Jin Ha-rim, a flamboyant trafficker, in one of ' ||
             'his last roles, and Cha Seung-won is Brian, a smooth businessman ' ||
             'with a ridiculous haircut.'),
    (2117, 2, 'Where To''s film was dry and procedural, this one is loud, and the ' ||
             'double impersonation in the middle, with Won-ho posing first as ' ||
             'Ha-rim and then as Brian, is the best thing in it. The ending is ' ||
             'deliberately vague.'),
    (2117, 3, 'People have called it a Korean Infernal Affairs (2002); I would ' ||
             'not, since nobody here is a mole in the usual sense. Louis Koo and ' ||
             'Sun Honglei, who led the older film, are hard acts to follow, but ' ||
             'Cho and Ryu manage.'),
    (2117, 4, 'Jae-won Park');

COMMIT;

SELECT r.film, r.year, p.position, p.body
  FROM review r
  JOIN review_paragraph p ON p.review_id = r.id
 WHERE r.id = 2117
 ORDER BY p.position;
