// seats.d: counts the free seats in the small screen (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Review by Casimir Oyelaran
//
// Tower of London (1962)
//
// Roger Corman directed this black-and-white remake of Tower of London (1939), the Universal
// chiller in which Basil Rathbone played Richard and Boris Karloff his executioner. Vincent
// Price, who had a small part as the Duke of Clarence in that earlier picture, now takes the
// crown himself.
//
// Price plays Richard of Gloucester, later Richard III, who murders his way to the throne
// and is haunted at every step by the ghosts of the people he has killed. Michael Pate is
// Sir Ratcliffe, his loyal and unsqueamish henchman, and Joan Freeman plays Lady Margaret, a
// young noblewoman caught in the middle of the plotting. Robert Brown is Sir Justin, the
// honest knight who stands against Richard and pays for it.
//
// The budget is small, and it shows in the thin crowds and the painted battlements, and the
// history is nonsense from start to finish. Corman knows it and leans on the ghosts, the
// torture chamber and the fog, and Price gives him exactly the ripe, sardonic villain the
// material needs. The rack scene is nasty without being gruelling, and the ending on
// Bosworth field, a handful of extras in a studio mist, is unexpectedly eerie. It is no
// rival for Shakespeare, and it never means to be, but it is good fun on a wet night, and
// Price clearly enjoys every minute of his wickedness.

import std.stdio;
import std.algorithm : count;

enum rowsInScreen = 6;

void main()
{
    // true = sold, false = free
    bool[] taken = [true, false, false, true, true, false,
                    false, false, true, false, true, true];
    auto free = taken.count(false);
    writefln("%s of %s seats free", free, taken.length);
}
