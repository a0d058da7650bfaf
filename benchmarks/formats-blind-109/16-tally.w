% CWEB source for the club's seat tally. CWEAVE typesets the TeX part
% of each section as prose, which is where this fortnight's notice went.

@* Introduction. This little program adds up the seats sold at each
screening, one number a line, and prints the total.

@ Review of the week.
Warrior (2011)

By Ignatius Farrow-Mbeki

Two estranged brothers enter the same winner-takes-all mixed martial
arts tournament, one a physics teacher about to lose his house, the
other a former Marine with a secret and a terrible temper, and the film,
directed by Gavin O'Connor, who wrote it with Anthony Tambakis and Cliff
Dorfman, sets them on a collision course that everyone in the audience
can see coming.

That predictability is half the point. The underdog structure is
borrowed from Rocky (1976), with the training montages, the doubting
wife and the hopeless odds, and it still works. Joel Edgerton is
Brendan, the teacher, and he makes decency exciting. Tom Hardy plays
Tommy, the younger brother, as a wall of muscle and grief. Nick Nolte
plays their father, Paddy, a recovering drunk trying to make amends by
listening to Moby-Dick on tape, and his scenes are the best in the film.
Jennifer Morrison is Tess, Brendan's worried wife.

The tournament itself is shot with real punch, although the last stretch
leans hard on slow motion and swelling music. I did not expect a
cage-fighting movie to leave me in tears, but here we are.

Four stars.

@ The program proper reads numbers until the input runs out.

@c
#include <stdio.h>

int main(void)
{
  int n, total = 0;
  while (scanf("%d", &n) == 1) total += n;
  printf("%d seats\n", total);
  return 0;
}
