-- Seat arithmetic for the late show, checked by Agda.
-- The programme note of the week is kept in these comments.
--
-- Wet Hot American Summer (2001)
--
-- David Wain directed this camp comedy from a script he wrote with Michael Showalter, and it
-- takes its shape, and many of its jokes, from Ivan Reitman's Meatballs (1979): the last day
-- of summer at a lakeside camp, a talent show, a game against the rich camp across the water,
-- and counsellors with more on their minds than the children.
--
-- Janeane Garofalo plays Beth, the camp director, who is falling for Henry (David Hyde
-- Pierce), an astrophysics professor renting a cabin nearby. Showalter himself is Coop, a
-- gentle counsellor in love with Katie (Marguerite Moreau), who prefers Andy (Paul Rudd), a
-- sulking lout. Christopher Meloni plays Gene, the cook, who takes advice from a can of
-- vegetables, and Molly Shannon is Gail, an arts teacher in the middle of a divorce. Amy
-- Poehler and Bradley Cooper play Susie and Ben, who are putting on the show, and Michael Ian
-- Black is McKinley.
--
-- The cast, several of them from The State, play teenagers although they are plainly ten years
-- too old, and the film knows it. Jokes are stretched past breaking point and then a little
-- further; a trip into town turns into a montage of ruin in a few seconds, and it is funny
-- because nobody blinks.
--
-- There may be a touch of Friday the 13th (1980) in the lake and the cabins, though nobody is
-- murdered. The film flopped when it opened and has become a favourite since. Some of it falls
-- flat, most of it still lands, and Meloni is unforgettable.
--
-- Signed, Philippa Strand

module 07-agda where

data Nat : Set where
  zero : Nat
  suc  : Nat -> Nat

_+_ : Nat -> Nat -> Nat
zero  + n = n
suc m + n = suc (m + n)

data _==_ {A : Set} (x : A) : A -> Set where
  refl : x == x

cong-suc : {m n : Nat} -> m == n -> suc m == suc n
cong-suc refl = refl

plus-zero : (n : Nat) -> (n + zero) == n
plus-zero zero    = refl
plus-zero (suc n) = cong-suc (plus-zero n)
