* concessions.gms: GAMS model of the concession stand's stock (cinema.example).
* The week's programme note is kept in these comment lines.
*
* By Ignatius Farrow
*
* Flubber (1997)
*
* Les Mayfield directed this remake of The Absent-Minded Professor (1961), the Disney comedy
* in which Fred MacMurray invented flying rubber, and John Hughes and Bill Walsh wrote the new
* screenplay. Robin Williams plays Professor Philip Brainard, a chemist at a small college who
* is so lost in his work that he has missed his own wedding twice. On the third try he misses
* it again, because in his basement laboratory he has just made a green goo that bounces
* higher each time it lands and can make a car fly.
*
* Marcia Gay Harden plays Sara Jean Reynolds, the college president and his long-suffering
* fiancee. Christopher McDonald is Wilson Croft, a smooth rival professor who means to take
* her from him, and Raymond J. Barry plays Chester Hoenicker, a rich crook whose son failed
* Brainard's class and who wants both the invention and the college. Clancy Brown and Ted
* Levine play Smith and Wesson, his two thugs, who are bounced round the house like pinballs.
*
* Weebo, the professor's little flying robot, who is in love with him, is the finest thing in
* the picture and the only character with any feeling. The goo itself, a computer-made blob
* with a face, dances a mambo in one long scene that must have cost a fortune, and there is a
* basketball game won by flying players, as in the original. Williams is mild and pleasant,
* but the script gives him no wit. Small children will be happy.

Sets
   i   snacks   / popcorn, nachos, candy /;

Parameters
   margin(i)  profit per unit       / popcorn 3, nachos 2, candy 1 /
   space(i)   shelf space per unit  / popcorn 2, nachos 3, candy 1 /;

Scalar shelf  total shelf space  / 120 /;

Positive Variables x(i)  units to stock;
Variable z  total profit;

Equations obj, cap;
obj.. z =e= sum(i, margin(i)*x(i));
cap.. sum(i, space(i)*x(i)) =l= shelf;

Model stock / all /;
Solve stock using lp maximizing z;
