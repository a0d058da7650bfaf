# Tecplot ASCII data, club wind tunnel demonstration
#
# The Sun Also Rises (1984)
#
# Hemingway's novel of drinkers and damaged hearts in Paris and Pamplona
# was filmed by Henry King as The Sun Also Rises (1957), with Tyrone
# Power and Ava Gardner, and this television remake goes back to the
# book at greater length, spread over two evenings.
#
# Hart Bochner plays Jake Barnes, the American newspaperman whose war
# wound means he can never have the woman he loves, and he is earnest
# but a little wooden. Jane Seymour plays Lady Brett Ashley, and she has
# the looks and the restlessness, if not quite the bruised humour. Their
# scenes together are handsome and oddly chaste. The rest of the cast
# drink with conviction.
#
# The money shows in the bullfights and the fiesta crowds, and the cafe
# scenes have a pleasant lazy rhythm. But the extra hours add talk
# rather than feeling, and the ending, in a taxi in Madrid, lands
# softly. The old film was no masterpiece either, but at least it was
# shorter.
#
# Two and a half stars.
#
# No name on this one; the club secretary passed it on.
TITLE = "Wind tunnel run 12"
VARIABLES = "X", "Y", "P"
ZONE T="run12", I=4, J=1, F=POINT
0.00 0.00 101.32
0.25 0.10 101.18
0.50 0.15 100.97
0.75 0.10 101.05
