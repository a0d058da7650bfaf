// Whiley module for the seat counter (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Lure of the Wilderness (1952)
//
// Jean Negulesco directed this Technicolor drama for Fox, and it is a remake of Swamp Water
// (1941), the picture Jean Renoir made for the same studio during his years in America. The
// story is much the same, but colour changes everything: the Okefenokee swamp is now lush and
// green rather than grey and threatening, and some of the dread goes with the shadows.
//
// Jeffrey Hunter plays Ben Tyler, a young trapper who follows his lost dog deep into the swamp
// and finds a fugitive living there with his daughter. Walter Brennan, who played the same
// hunted man in the earlier version under another name, plays Jim Harper, accused years ago of
// a murder he did not commit. Jean Peters is Laurie Harper, his daughter, raised wild in the
// swamp, and she is the most interesting thing in the picture, fierce and wary. Constance
// Smith plays Noreen, the town girl Ben is supposed to marry.
//
// Hunter is earnest and a little stiff, and the town scenes are flat. The swamp scenes are
// better: the long night sequences and the sense of a place that swallows people are done with
// care. Brennan, as ever, is worth watching; he plays a frightened man without asking for
// pity. It is a solid studio drama, but not the equal of the earlier film, and those who know
// Renoir's version will miss its rougher edges.
//
// Written by Cuthbert Amankwah

function seatsLeft(int capacity, int sold) -> (int left)
requires 0 <= sold && sold <= capacity
ensures left == capacity - sold:
    return capacity - sold

method main():
    int left = seatsLeft(180, 112)
    assert left == 68
