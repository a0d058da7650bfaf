-- Kiss of Death (1995)
-- Author: Marcus Delahaye, precinct.example.com
-- Prints the review for Precinct Pictures with DBMS_OUTPUT.
SET SERVEROUTPUT ON SIZE UNLIMITED

DECLARE
  TYPE t_paragraphs IS TABLE OF VARCHAR2(4000);
  c_review_id CONSTANT PLS_INTEGER := 39707;
  c_title     CONSTANT VARCHAR2(200) := 'Kiss of Death (1995)';
  c_reviewer  CONSTANT VARCHAR2(200) := 'Marcus Delahaye';
  c_signoff   CONSTANT VARCHAR2(400) := 'Reviewed by Marcus Delahaye for Precinct Pictures, 11 April 2025.';
  l_paragraphs t_paragraphs := t_paragraphs(
    'Barbet Schroeder''s Kiss of Death (1995) is a remake of Henry '
    || 'Hathaway''s Kiss of Death (1947). Richard Price wrote the '
    || 'screenplay and moved the story to the car thieves and body '
    || 'shops of Queens.',
    'David Caruso plays Jimmy Kilmartin, an ex-con dragged back '
    || 'into a stolen-car job by his cousin Ronnie, played by Michael '
    || 'Rapaport. Nicolas Cage plays the gangster Little Junior Brown, '
    || 'an asthmatic who bench-presses dancers and explains his '
    || 'private acronym for BAD. Samuel L. Jackson is the detective '
    || 'Calvin Hart, whose injured eye never stops weeping, Helen Hunt '
    || 'plays Bev, Jimmy''s wife, and Stanley Tucci is the prosecutor '
    || 'Frank Zioli.',
    'Richard Widmark''s giggling killer in the original pushed an '
    || 'old woman in a wheelchair down the stairs, and Cage never '
    || 'comes near that. Caruso had just walked away from NYPD Blue, '
    || 'and this was meant to make him a film star. It did not.'
  );
BEGIN
  DBMS_OUTPUT.PUT_LINE(c_title);
  DBMS_OUTPUT.NEW_LINE;
  FOR i IN 1 .. l_paragraphs.COUNT LOOP
    DBMS_OUTPUT.PUT_LINE(l_paragraphs(i));
    DBMS_OUTPUT.NEW_LINE;
  END LOOP;
  DBMS_OUTPUT.PUT_LINE(c_signoff);
END;
/
