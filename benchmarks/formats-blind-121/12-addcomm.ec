(* addcomm.ec  -- first exercise sheet, integer lemmas

   Gulumaal: The Escape (2009) is V. K. Prakash's Malayalam caper, and a
   remake of the Argentine con-artist film Nueve Reinas (Nine Queens),
   moved from Buenos Aires to Kerala and given songs. Kunchacko Boban and
   Jayasurya play two small-time tricksters who team up for a single day
   and find themselves inside a swindle that keeps changing shape. The
   pleasure, as in the original, lies in guessing who is conning whom,
   and the film keeps a couple of good twists up its sleeve, although
   anyone who has seen the Argentine version will be a step ahead. The
   two leads clearly enjoy each other's company, and so will you.
   Lightweight, quick and fun for a Friday night.

   V.R.
*)

require import AllCore.

lemma add_swap (a b : int) : a + b = b + a.
proof. by ring. qed.

lemma add_twice (a : int) : a + a = 2 * a.
proof. by ring. qed.
