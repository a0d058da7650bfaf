-- Review.hs: prints a film review; run with runghc Review.hs
-- Author: Daniel Ahn
-- Date: 2024-11-12
module Main (main) where

title :: String
title = "The Chaser (2008)"

reviewer :: String
reviewer = "Daniel Ahn"

paragraphs :: [String]
paragraphs =
  [ concat
      [ "The Chaser is a South Korean thriller of 2008 and the first "
      , "feature of Na Hong-jin, who directed it and co-wrote the "
      , "screenplay. Eom Joong-ho, a former detective who now runs call "
      , "girls, thinks one of his clients is selling his women, and goes "
      , "looking for the man."
      ]
  , concat
      [ "Kim Yoon-seok plays Eom Joong-ho, greedy and foul-mouthed, who "
      , "turns slowly into the only person who cares. Ha Jung-woo plays "
      , "Je Young-min, the quiet young killer who confesses at once and "
      , "is then released because the police cannot find a body. Seo "
      , "Young-hee is Kim Mi-jin, the woman Eom sent to him that night."
      ]
  , concat
      [ "Na borrows his clumsy, quarrelling police and his rain-soaked "
      , "hunt for a killer from Bong Joon-ho's Memories of Murder (2003). "
      , "Some have also set it beside Oldboy, and I am not sure that "
      , "holds; it has none of that film's games. Na went on to The "
      , "Yellow Sea and, much later, The Wailing, but this is still the "
      , "tightest of the three. The hillside streets of Seoul have rarely "
      , "looked so steep."
      ]
  ]

signoff :: String
signoff = "Daniel Ahn, Late Bus Cinema Club."

main :: IO ()
main = do
  putStrLn title
  putStrLn ""
  mapM_ (\p -> putStrLn p >> putStrLn "") paragraphs
  putStrLn signoff
