* Author: Cormac Iyer.
* Written: 2023-08-27.
* Review of a film, kept with the viewing-club data for the month.

TITLE 'Film notes: Badla'.

DATA LIST LIST / film (A40) year (F4.0) reviewer (A40) rating (F2.0).
BEGIN DATA.
'Badla' 2019 'Cormac Iyer' 3
END DATA.
VARIABLE LABELS film 'Film' year 'Year' reviewer 'Reviewer'.
VARIABLE LABELS rating 'Stars out of five'.
LIST.

ECHO "Sujoy Ghosh directed Badla (2019), the Indian remake of Oriol Paulo's".
ECHO "Spanish thriller Contratiempo (2016), which was shown abroad as The".
ECHO "Invisible Guest. A businesswoman accused of killing her lover sits".
ECHO "down with a celebrated defence lawyer, and they have one evening to".
ECHO "get her story straight.".
ECHO " ".
ECHO "Taapsee Pannu plays Naina Sethi, sharp and tired. Amitabh Bachchan is".
ECHO "Badal Gupta, the lawyer, patient and a little too interested in the".
ECHO "details. Amrita Singh plays Rani Kaur, a mother whose son went missing".
ECHO "on the same night, and Tony Luke is Arjun, the lover.".
ECHO " ".
ECHO "The Scottish setting is pretty and mostly useless, and the turns, if".
ECHO "you have seen the Spanish film, come on schedule. Pannu and Bachchan".
ECHO "had already been paired in Pink (2016), and Ghosh had made Kahaani;".
ECHO "both are better.".
ECHO " ".
ECHO "Cormac Iyer".
EXECUTE.
