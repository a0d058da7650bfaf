// seat counter for cinema.example, written in Pike.
// Everything after // is ignored by the interpreter; the film note below rides in those lines.
//
// By Wendeline Strasburger
//
// The Bat Whispers (1930)
//
// Roland West had already filmed the Mary Roberts Rinehart and Avery Hopwood stage success
// once, as The Bat (1926), and here he goes back to the same material with sound and a far more
// restless camera. The remake keeps the plot almost untouched: a masked thief who signs himself
// the Bat, a rented mansion full of secrets, a stolen fortune hidden somewhere in its walls,
// and a household of frightened people who suspect each other.
//
// What is new is the movement. West sends the lens sliding down the face of a tower, across
// rooftops and through doors before they open, and some of these shots still look astonishing.
// Chester Morris plays Detective Anderson with a smooth, slightly too knowing calm, Grayce
// Hampton is Cornelia Van Gorder, the spinster who has taken the house, and Una Merkel plays
// her niece Dale. Maude Eburne, as the maid Lizzie, gets the broadest laughs by screaming at
// every shadow.
//
// The acting is stagey and the middle stretch talks itself into a stupor, but the last reel
// recovers, and Morris's closing plea to the audience not to give the ending away is a charming
// bit of showmanship.
//

int main(int argc, array(string) argv)
{
  mapping(string:int) seats = (["stalls": 180, "circle": 64, "boxes": 12]);
  foreach (sort(indices(seats)), string part)
    write("%s: %d seats\n", part, seats[part]);
  return 0;
}
