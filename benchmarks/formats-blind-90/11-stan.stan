// audience.stan: the science club's model of weekly audiences (cinema.example).
// The week's programme note is kept in these comment lines.
//
// Sphere (1998)
//
// Barry Levinson directed this underwater mystery from Michael Crichton's novel. A
// psychologist, a biochemist, a mathematician and an astrophysicist are flown to the middle of
// the Pacific, where the navy has found an enormous spacecraft lying on the sea floor. It has
// been there for three hundred years, and yet it seems to come from the future. Inside is a
// perfect golden sphere whose surface reflects everything except the people looking at it.
//
// Dustin Hoffman plays Norman Goodman, the psychologist, who once wrote a report on meeting
// aliens for the money and never expected to be called. Sharon Stone plays Beth Halperin, the
// biochemist and his former lover, Samuel L. Jackson plays Harry Adams, the mathematician, and
// Liev Schreiber plays Ted Fielding, the astrophysicist, eager and vain. Peter Coyote plays
// Barnes, the navy captain in charge, and Queen Latifah has a few scenes as Fletcher.
//
// Once Harry has been inside the sphere, squid, sea snakes and jellyfish begin to attack the
// habitat, and the scientists work out that the monsters come from their own minds. That idea
// is borrowed from Forbidden Planet (1956) and its creature from the unconscious, and anyone
// who remembers that film will see the solution coming. It is a good idea, but the picture
// stops moving once it has been explained, and the last half hour is four actors talking in
// wet corridors. The cast is better than the material, and Jackson is the liveliest of them.
//
// Reviewed by Casimir Oduya

data {
  int<lower=0> N;
  array[N] int<lower=0> tickets;
}
parameters {
  real<lower=0> rate;
}
model {
  rate ~ gamma(2, 0.01);
  tickets ~ poisson(rate);
}
