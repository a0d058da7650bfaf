// magnet.cpp  -- sparselizard: magnetostatics of a C-core with an air gap
//
// Thread: animated Bible films for a Sunday school, any good?
//
// op, vestry_volunteer:
//
// Need something for ten-year-olds, under ninety minutes. Ideas?
//
// reply from chariot_wheel_chuck:
//
// We used Ben Hur (2003), the animated one, last year and it went over
// fine. It's a cartoon remake of the 1925 silent epic Ben-Hur: A Tale of
// the Christ, directed by Bill Kowalchuk, and the selling point is that
// Charlton Heston himself voices Judah Ben-Hur, the prince who is
// betrayed by his boyhood friend, sent to the galleys and comes back for
// the chariot race. The animation is cheap TV quality and the race is
// short, but the story is clear and it runs about eighty minutes. The
// kids liked it; the adults wished for better drawing.
//
// Chuck Abernathy, St. Anne's youth group
//
// reply from vestry_volunteer:
//
// Perfect length. Ordering it.
//
#include "sparselizard.h"

using namespace sl;

int main(void)
{
    int core = 1, gap = 2, coil = 3, air = 4, boundary = 5;
    mesh mymesh("ccore.msh");
    int all = selectall();

    field az("h1");
    az.setconstraint(boundary);

    parameter mu, js;
    mu|all = 4e-7*getpi();
    mu|core = 1000*4e-7*getpi();
    js|all = 0;
    js|coil = 1e6;

    formulation magnetostatics;
    magnetostatics += integral(all, -1/mu*grad(dof(az))*grad(tf(az)));
    magnetostatics += integral(coil, js*tf(az));
    solve(magnetostatics);
    az.write(all, "az.vtk", 2);
    return 0;
}
