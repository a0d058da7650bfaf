*&---------------------------------------------------------------------*
*& Report ZFILM_REVIEW_9634
*&---------------------------------------------------------------------*
*& The Big Sleep (1978)
*& Author: Gerald Pocock, paperbacknoir.example.com
*& Prints the review for Paperback Noir, one block per paragraph.
*&---------------------------------------------------------------------*
REPORT zfilm_review_9634 LINE-SIZE 1023 NO STANDARD PAGE HEADING.

CONSTANTS gc_title    TYPE string VALUE `The Big Sleep (1978)`.
CONSTANTS gc_reviewer TYPE string VALUE `Gerald Pocock`.
CONSTANTS gc_signoff  TYPE string VALUE `Reviewed by Gerald Pocock for Paperback Noir, 25 July 2024.`.

DATA gt_paragraphs TYPE STANDARD TABLE OF string WITH EMPTY KEY.

START-OF-SELECTION.
  gt_paragraphs = VALUE #(
    ( `Michael Winner wrote and directed The Big Sleep (1978), a ` &&
      `British remake of Howard Hawks's The Big Sleep (1946) that moves ` &&
      `Raymond Chandler's story from Los Angeles to the green and ` &&
      `moneyed country outside London.` )
    ( `Robert Mitchum plays Philip Marlowe, three years after playing ` &&
      `him in Farewell, My Lovely, and he looks tired in a way that ` &&
      `suits the part. James Stewart is the dying General Sternwood, ` &&
      `Sarah Miles is his elder daughter Charlotte, and Candy Clark is ` &&
      `the wild younger one, Camilla. Oliver Reed plays the gambler ` &&
      `Eddie Mars, and Joan Collins is Agnes, who minds a bookshop that ` &&
      `never seems to sell a book.` )
    ( `Bogart and Bacall made the original, and nobody forgets it. This ` &&
      `one sticks closer to the novel and is easier to follow for it, ` &&
      `which is not the same as being better.` ) ).

  WRITE / gc_title.
  SKIP.
  LOOP AT gt_paragraphs INTO DATA(lv_paragraph).
    WRITE / lv_paragraph.
    SKIP.
  ENDLOOP.
  WRITE / gc_signoff.
