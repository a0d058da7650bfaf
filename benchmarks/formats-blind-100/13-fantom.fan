// Booth.fan, a small Fantom program for the cinema.example lobby screen
// The Fantom compiler drops // comments, so the film note does not reach the pod.
//
// Embryo (1976)
//
// Ralph Nelson's science-fiction melodrama is, under its clinical white surfaces, a retelling of
// Frankenstein (1931), with a growth hormone standing in for the lightning and a tidy modern
// house standing in for the tower. Rock Hudson plays Dr. Paul Holliston, a widowed researcher
// who saves an unborn puppy after a road accident and, flushed with success, tries the same
// technique on a human foetus taken from a dying woman.
//
// Within weeks the foetus has become a full-grown woman, played by Barbara Carrera, whom
// Holliston names Victoria. She learns language, chess and table manners at tremendous speed,
// and Holliston shows her off at a dinner party with the pride of a man displaying a new car.
// Diane Ladd plays his sister-in-law, who keeps house for him and does not like what she sees,
// and the film is at its best in her uneasy glances across the table.
//
// The second half turns sour when it emerges that Victoria is ageing at a fatal rate and that
// the only remedy involves taking something from other people. Carrera is eerie and graceful,
// Hudson stiff and paternal, and the ending is grim in the approved fashion of the period, if
// not surprising.
//
// -- Valentina Sorokin-Hale
//
class Main
{
  static Void main()
  {
    echo("Doors open in ten minutes")
  }
}
