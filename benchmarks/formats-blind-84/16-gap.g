# GAP file for the seat counter (cinema.example).
# The programme note of the week is kept in these comment lines.
#
# By Ottoline Haverstock
#
# Wrongfully Accused (1998)
#
# Pat Proft wrote and directed this spoof, and it takes its whole plot from The Fugitive
# (1993): a man framed for murder escapes from custody and hunts the real killer while a
# relentless lawman hunts him. The one-armed man becomes a one-armed, one-eyed, one-legged
# man, and so on down the list.
#
# Leslie Nielsen plays Ryan Harrison, a world-famous concert violinist who is seduced by a
# rich man's wife and framed for the husband's murder. Nielsen does what he has always done,
# and the straight face still works. Richard Crenna plays Lieutenant Fergus Falls, the lawman
# on his trail, and he sends up his own stern screen persona with good humour. Kelly Le Brock
# is Lauren Goodhue, the scheming wife, Michael York is Hibbing Goodhue, her husband, and
# Melinda McGraw plays Cass Lake, a mysterious woman who helps Ryan and seems to know more
# than she says.
#
# The film is packed with gags, and perhaps a third of them hit. There are some good sight
# gags and a few quick send-ups of other hits of the decade; most of the rest are forgettable.
# It does not compare with the best of the comedies Nielsen made for the Zucker brothers, and
# it runs out of steam well before the end. Fans of the star will find enough here for one
# evening, and little more.

SeatsLeft := function(capacity, sold)
    return capacity - sold;
end;

rows := List([1..12], r -> 15);
Print(SeatsLeft(Sum(rows), 112), "\n");
