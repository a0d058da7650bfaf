/**
 * AAS 301: Black Women Filmmakers
 * Response paper, week 6
 * Name: Adaeze Nwankwo
 * Prof. L. Whitcombe
 *
 * Daughters of the Dust, written and directed by Julie Dash, follows the
 * Peazant family on the Sea Islands on the day before most of them leave
 * for the mainland. Nothing much happens in the usual sense. People argue,
 * cook, pose for a photograph and remember. What holds it together is Nana
 * Peazant, played by Cora Lee Day, who wants the family to carry their
 * ancestors with them, and Eula (Alva Rogers), pregnant and afraid the
 * child is not her husband's. Barbara-O is striking as Yellow Mary, who
 * comes back from the city in a fine dress and is judged for it. The
 * narration by the unborn child took me a while to accept, but by the end
 * it felt right. The images, the white dresses on the beach and the indigo
 * stained hands, are the reason to see it. I did not always follow who was
 * related to whom, and I think the film does not mind.
 *
 * Works Cited: Daughters of the Dust. Dir. Julie Dash. Geechee Girls
 * Productions.
 */

#include "navier-stokes/centered.h"
#include "tracer.h"

scalar f[];
scalar * tracers = {f};

int main() {
  L0 = 1.;
  N = 128;
  DT = 1e-3;
  run();
}

u.n[left] = dirichlet(1.);
p[left] = neumann(0.);
u.n[right] = neumann(0.);
p[right] = dirichlet(0.);

event init (t = 0) {
  foreach()
    f[] = (y > 0.45 && y < 0.55);
}

event movie (t += 0.01; t <= 2.) {
  output_ppm (f, file = "f.mp4", min = 0, max = 1, linear = true);
}
