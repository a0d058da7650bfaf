# seating.zpl -- how many seats to sell per row of screen two for the
# late show. The programme note of the week is kept in the header.
#
# Green Room (2015)
#
# Jeremy Saulnier, who made Blue Ruin (2013), wrote and directed this siege thriller, and its
# bones come from John Carpenter's Assault on Precinct 13 (1976): a handful of people locked in
# a building, a larger and better armed force outside, and a long night in which the numbers
# slowly change.
#
# The Ain't Rights are a broke punk band touring the Pacific Northwest in a van, siphoning fuel
# to get from one empty gig to the next. Anton Yelchin plays Pat, the bass player; Alia Shawkat
# is Sam, the guitarist; Joe Cole is Reece, the drummer, who used to wrestle; and Callum Turner
# is Tiger, the singer. Desperate for money, they accept a booking at a skinhead bar in the
# Oregon woods, play a defiant cover song to a hostile crowd, and, on their way out, walk into
# the green room just after a murder.
#
# The owner of the bar, Darcy (Patrick Stewart), is a calm man who runs a drug business and a
# neo-Nazi gang, and he begins to work out how to make the band disappear. Imogen Poots plays
# Amber, a friend of the murdered girl, locked in the room with them, and Macon Blair is Gabe,
# Darcy's uneasy manager.
#
# The violence is sudden and terrible, carried out with box cutters, shotguns and dogs, and
# Saulnier never turns it into fun. Stewart is frightening because he never raises his voice.
# Yelchin, who died far too young, is touching as a young man who would rather surrender than
# fight. It is nasty, tight and hard to forget.
#
# Signed, Esmond Tregarthen

set Rows := { 1 .. 6 };
param seats[Rows] := <1> 18, <2> 20, <3> 22, <4> 22, <5> 24, <6> 24;
param held := 4;

var x[Rows] integer >= 0 <= 24;

maximize sold: sum <r> in Rows: x[r];

subto capacity: forall <r> in Rows: x[r] <= seats[r];
subto front_held: x[1] <= seats[1] - held;
