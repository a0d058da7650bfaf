\\ fuel.gp -- PARI/GP sums for the film society's flight-themed season:
\\ block fuel and seat counts for the lobby quiz. The programme note for
\\ the season's opening film is kept here too; note_by, below, holds the
\\ name of the note's writer.
\\
\\ Flightplan (2005)
\\
\\ Jodie Foster, who spent Panic Room (2002) shut inside a house, is shut
\\ inside an aeroplane this time. Robert Schwentke directed, from a
\\ screenplay by Peter A. Dowling and Billy Ray, and the premise is borrowed
\\ straight from Hitchcock's The Lady Vanishes (1938): a passenger disappears
\\ on a journey and everyone swears she was never there.
\\
\\ Foster is Kyle Pratt, an engineer who helped design the enormous
\\ double-decked airliner she boards in Berlin, flying home to New York with
\\ the body of her husband, who fell from a roof, and her six-year-old
\\ daughter, Julia (Marlene Lawston). Kyle falls asleep; when she wakes,
\\ Julia is gone. The crew have no record of her boarding, and nobody
\\ remembers seeing her. Sean Bean plays the captain, Marcus Rich, who is
\\ patient until he is not, and Peter Sarsgaard is Gene Carson, an air
\\ marshal who keeps Kyle company and watches her closely. Erika Christensen
\\ and Kate Beahan are among the flight attendants, Fiona and Stephanie.
\\
\\ For an hour the film is gripping, because Foster makes us doubt her sanity
\\ as much as the crew do, and because she knows the plane better than anyone
\\ on it, down to the cables under the floor. Then the plot is explained, and
\\ it makes very little sense. The suspicion it throws on two Arab passengers
\\ is handled clumsily too.
\\

note_by = "Teodor Valchev-Moss";

/* seats on a double-decked airliner: rows times seats per row, per deck */
seats(rows, per) = rows * per;
decks = [seats(42, 10), seats(30, 8)];

/* block fuel in kg for a sector of km kilometres, at burn kg per km */
fuel(km, burn = 11.5) = {
  my(reserve = 0.05 * burn * km + 4500);
  burn * km + reserve;
}

print("Seats, main deck and upper deck: ", decks, ", total ", vecsum(decks));
print("Block fuel, Berlin to New York (6385 km): ", round(fuel(6385)), " kg");
