/*
  Programme note for the campus film society's Thursday screening, kept
  as this module's doc comment so that chpldoc puts it on the society's
  web page along with the takings report.

  The Last Picture Show (1971)

  Peter Bogdanovich directed this film in black and white and wrote the
  screenplay with Larry McMurtry, from McMurtry's novel. It is 1951 in
  Anarene, a dying oil town in north Texas, where the wind blows dust down the
  one street and there is nothing to do but go to the picture show, shoot pool
  or drive to the next town. Sonny Crawford, played by Timothy Bottoms, and
  his friend Duane Jackson, played by Jeff Bridges, are finishing high school
  and losing at football.

  Duane goes with Jacy Farrow, played by Cybill Shepherd, the prettiest girl
  in town, who mainly wants to be looked at. Her mother, Lois, played by Ellen
  Burstyn, is bored and sharp and knows exactly what Jacy is. Sonny drifts
  into an affair with Ruth Popper, played by Cloris Leachman, the lonely wife
  of the football coach. Ben Johnson plays Sam the Lion, who owns the picture
  house, the cafe and the pool hall, and who looks after Billy, a mute boy
  played by Sam Bottoms.

  Sam's talk beside a stock tank about a swim he took with a girl twenty years
  before is the finest thing in the film, and Johnson and Leachman both won
  Oscars. The last picture shown at the Royal before it closes is Howard
  Hawks's Red River (1948), which the boys watch without quite seeing it.
  Robert Surtees photographed the town as if it had been waiting for the
  camera to leave. McMurtry's sequel reached the screen as Texasville (1990),
  which is best forgotten.

  Reviewed by Saskia Ormerod
*/
module Takings {
  config const seats = 212;
  config const price = 4.50;
  config const nights = 3;

  // Tickets sold each night, from the box-office export.
  var attendance: [1..nights] int = [143, 187, 96];

  proc main() {
    const total = + reduce attendance;
    const occupancy = total: real / (seats * nights);
    writeln("Tickets sold: ", total);
    writeln("Takings: ", total * price);
    writeln("Occupancy (percent): ", 100.0 * occupancy);
    forall night in 1..nights with (ref attendance) {
      if attendance[night] > seats then
        halt("night ", night, " sold more tickets than seats");
    }
  }
}
