Cram tests for the ticket-printer helper on the box office PC (cinema.example).
Cram reads any unindented line as commentary, and the review was parked among them.

Review by Marguerite Osei

That Wonderful Urge (1948)

Robert B. Sinclair directed this remake of Love Is News (1937), and Tyrone Power, who starred in
the original opposite Loretta Young, comes back eleven years on to play much the same
newspaperman against a new heiress. It is a curious thing to watch a star remake himself, and
Power seems to know it; he plays the part with a slightly weary grin.

Power is Thomas Jefferson Tyler, a reporter who worms his way into the private life of Sara
Farley, the richest young woman in the country, by pretending to be somebody else, and then
writes a string of mocking stories about her. Gene Tierney plays Sara, who takes her revenge by
telling the press that she and Tyler are secretly married. Overnight he becomes the most famous
husband in America without ever having met a minister, loses his job, and spends the rest of the
picture trying to prove a negative. Reginald Gardiner turns up as a titled suitor, Lucile Watson
plays Sara's formidable aunt, and Gene Lockhart arrives late as the judge who has to untangle
the mess.

Tierney is lovely and brisk, and she is at her sharpest when she outwits him without moving a
muscle of her face. But the screwball machinery creaks; the jokes arrive on timetable, and the
closing courtroom is staged flatly. Twentieth Century-Fox gave it gloss instead of speed. A
pleasant way to pass an evening, and forgotten by breakfast.

  $ echo "Seats left: $((212 - 148))"
  Seats left: 64
  $ printf '%s\n' "screen two" | tr 'a-z' 'A-Z'
  SCREEN TWO
