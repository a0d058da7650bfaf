/* Seating model for the club's two screenings. MathProg skips block
   comments and hash-led lines, and the week's notice is kept below. */

# Devil (2010)
#
# Devil plays like And Then There Were None (1945) squeezed into a lift.
# Rene Clair's film stranded its guests on an island and killed them off
# one at a time; here five strangers are stuck in an office elevator in
# Philadelphia, the lights keep failing, and each time they come back
# somebody is dead. Outside, a detective watches on the security monitor,
# and a guard with a rosary insists he knows exactly what is going on.
#
# Chris Messina plays Bowden, the detective, a recovering drinker whose
# wife and son were killed by a hit-and-run driver, and he gives the film
# a steady centre. Jacob Vargas plays Ramirez, the guard whose
# grandmother's stories supply both the plot and the voice-over. Inside
# the car, Logan Marshall-Green is a former soldier with a temper, Bojana
# Novakovic a woman with something to hide, and Geoffrey Arend a salesman
# who cannot stop talking.
#
# John Erick Dowdle directs from a script by Brian Nelson, and M. Night
# Shyamalan produced. At eighty minutes it is tight, and the darkness does
# half the work. The theology is Sunday-school stuff and the ending is too
# pleased with itself, but as a small, nasty puzzle it does its job.
#
# Three stars.
#
# -- Petronella Oduya

set SHOWS;
param seats{s in SHOWS} >= 0;
param price{s in SHOWS} >= 0;
param members >= 0;
var x{s in SHOWS} >= 0, integer;
maximize takings: sum{s in SHOWS} price[s] * x[s];
s.t. room{s in SHOWS}: x[s] <= seats[s];
s.t. club: sum{s in SHOWS} x[s] <= members;
solve;
printf{s in SHOWS} "%s: %d seats\n", s, x[s];
data;
set SHOWS := early late;
param seats := early 80 late 120;
param price := early 6 late 8;
param members := 150;
end;
