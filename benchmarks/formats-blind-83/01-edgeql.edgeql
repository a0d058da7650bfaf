# EdgeQL query for the box-office seat list (cinema.example).
# The programme note of the week is kept in these comment lines.
#
# Reviewed by Halvard Quist
#
# Everybody Does It (1949)
#
# Nunnally Johnson wrote and produced Wife, Husband and Friend (1939), and ten years on he
# wrote this remake of it for Edmund Goulding, who directed. The joke is unchanged: a wife
# longs to sing opera, has no voice to speak of, and watches her husband turn out to have one.
# It was a fair comedy with Warner Baxter and Loretta Young, and it is a better one here.
#
# Paul Douglas plays Leonard Borland, a businessman with a chest like a barrel and no wish at
# all to be an artist. Celeste Holm is his wife, Doris, whose ambition outruns her talent by
# several octaves, and she makes the vanity touching instead of shrill. Linda Darnell is Cecil
# Carver, the diva who hears Leonard bellowing at a party and decides he is worth training,
# for reasons that are not only musical. Charles Coburn turns up as Major Blair and says very
# little very drily.
#
# The best scene is Leonard's debut, a grand opera in which everything that can fall over
# does, and Douglas plays it with the calm of a man who has stopped expecting anything else.
# Whether anyone could really sing like that is beside the point. James M. Cain wrote the
# story the first film was drawn from, which is odd to think of, since there is not a corpse
# or an insurance policy anywhere in sight. It is not a screwball comedy of the Sturges kind
# and makes no attempt to be one. It is gentler, and it is very funny about marriage.

select Screening {
  title,
  hall,
  starts_at,
  seats_left := .capacity - count(.tickets)
}
filter .venue.name = 'cinema.example' and .starts_at > datetime_current()
order by .starts_at asc
limit 20;
