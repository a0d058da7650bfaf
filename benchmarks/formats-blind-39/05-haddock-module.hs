{-|
Module      : Reviews.ScentOfAWoman
Description : Review notes, with a tiny data model of the credits
Copyright   : (c) Bertil Achterberg, 2021
Maintainer  : bertil@reviews.example.org
Stability   : experimental

= Scent of a Woman (1992)

Review by Bertil Achterberg.

Directed by Martin Brest from a screenplay by Bo Goldman, this is a
remake of Dino Risi's Italian comedy /Profumo di donna/ (1974). The
American version is longer, softer and a good deal louder.

__Al Pacino__ plays Frank Slade, a blind retired lieutenant colonel who
spends a Thanksgiving weekend in New York with the student hired to look
after him. __Chris O'Donnell__ is that student, Charlie Simms. The tango
scene deserves its fame; the school-hearing speech at the end is far too
long.

Pacino won the Oscar for it, which many people think was really for the
earlier films. Vittorio Gassman played the part in the 1974 film.
-}
module Reviews.ScentOfAWoman
  ( Credit (..)
  , credits
  , verdict
  ) where

-- | One line of the credits as the review gives it.
data Credit = Credit
  { actor     :: String  -- ^ the actor
  , character :: String  -- ^ the part
  } deriving (Show, Eq)

-- | The two leads.
credits :: [Credit]
credits =
  [ Credit "Al Pacino" "Frank Slade"
  , Credit "Chris O'Donnell" "Charlie Simms"
  ]

-- | Out of five.
--
-- >>> verdict
-- 3
verdict :: Int
verdict = 3
