/-
Copyright (c) 2024 Benedikt Sorrell. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
Authors: Benedikt Sorrell
-/

/-!
# The Thomas Crown Affair (1999)

John McTiernan directed this remake of Norman Jewison's The Thomas Crown
Affair (1968), from a screenplay by Leslie Dixon and Kurt Wimmer. In the
first film Steve McQueen robbed banks for fun; here Thomas Crown, played by
Pierce Brosnan, is a bored billionaire who lifts a Monet from a New York
museum in broad daylight, using a gang of hired thieves hidden inside a
wooden horse as his cover.

Rene Russo plays Catherine Banning, the insurance investigator who guesses
almost at once who took the painting and decides that the best way to prove
it is to get very close to him. Denis Leary is Detective Michael McCann, the
weary policeman who does not care for her methods, and Ben Gazzara plays
Andrew Wallace, a businessman Crown is trying to buy out. Faye Dunaway, who
was the investigator in 1968, turns up as Crown's psychiatrist, and her few
scenes are a pleasure.

The finale, in which the museum fills with men in bowler hats straight out
of a Magritte painting, is a lovely piece of clockwork. Russo and Brosnan
play grown-ups who enjoy each other, which is rarer in films than it ought
to be. It is lighter than the first film, and I think better.

## Main definitions

The film club's puzzle night works through the heist below in Lean, so the
review of the film opens the file.

* `Heist.Wall`: two frames on a gallery wall and the paintings in them.
* `Heist.Wall.swap`: exchange the two paintings.
* `Heist.Wall.swap_swap`: swapping twice puts everything back.
-/

namespace Heist

/-- Two frames on a gallery wall, holding paintings numbered by catalogue. -/
structure Wall where
  left : Nat
  right : Nat
  deriving Repr, DecidableEq

/-- Exchange the two paintings, as a thief with a good forger would. -/
def Wall.swap (w : Wall) : Wall :=
  ⟨w.right, w.left⟩

@[simp] theorem Wall.swap_left (w : Wall) : w.swap.left = w.right := rfl

@[simp] theorem Wall.swap_right (w : Wall) : w.swap.right = w.left := rfl

/-- Swapping twice leaves the wall as it was: nobody notices a thing. -/
theorem Wall.swap_swap (w : Wall) : w.swap.swap = w := by
  cases w
  rfl

example : (Wall.mk 7 12).swap = Wall.mk 12 7 := by decide

end Heist
