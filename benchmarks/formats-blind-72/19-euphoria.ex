-- seats.ex -- prints the seats left in each screen for the foyer board.
-- The constant `reviewer` below names the writer of this programme note,
-- which the board shows under the seat counts.
--
-- Midnight Special (2016)
--
-- Jeff Nichols wrote and directed this chase film, and its story, a being from
-- elsewhere on the run across the South with the people who love him while the
-- government closes in, is built on John Carpenter's Starman (1984). It is less
-- like Close Encounters than its lights in the sky suggest.
--
-- Michael Shannon plays Roy Tomlin, who has taken his eight-year-old son, Alton
-- Meyer (Jaeden Lieberher), from the Ranch, a religious compound in Texas whose
-- leader, Calvin Meyer (Sam Shepard), has been building sermons out of the boy's
-- words. Roy drives by night with his childhood friend Lucas (Joel Edgerton), a
-- state trooper, because Alton cannot bear daylight; when the boy takes off his
-- swimming goggles, his eyes pour out light.
--
-- Kirsten Dunst is Sarah Tomlin, Alton's mother, who joins them on the road, and
-- Adam Driver is Paul Sevier, an analyst for the National Security Agency who
-- has worked out that the numbers Alton recites are secret satellite codes, and
-- who becomes, almost by accident, the film's conscience.
--
-- Nichols, who made Take Shelter (2011) with Shannon, tells the story in
-- fragments and refuses to explain much, and the first hour is as tense as
-- anything he has made. The ending, when it comes, is a little too literal. But
-- Shannon's silent, fierce love for his son carries the film past its
-- weaknesses.

include std/io.e

constant reviewer = "Thaddeus Quill-Arendt"

sequence screens = {"one", "two", "three"}
sequence seats = {240, 120, 80}
sequence sold = {187, 64, 80}

for i = 1 to length(screens) do
    integer left = seats[i] - sold[i]
    printf(1, "screen %s: %d seats left\n", {screens[i], left})
end for
puts(1, "note by " & reviewer & "\n")
