-- Author: Ben Halvorsen
-- A Bittersweet Life (2005)
-- Review record, 2026-11-30
let Review = { film : Text, year : Natural, reviewer : Text, paragraphs : List Text, signoff : Text }

let review
    : Review
    = { film = "A Bittersweet Life"
      , year = 2005
      , reviewer = "Ben Halvorsen"
      , paragraphs =
        [ "Kim Jee-woon wrote and directed A Bittersweet Life (2005), " ++
          "a South Korean gangster film that is beautiful to look at " ++
          "and brutal to sit through."
        , "Lee Byung-hun plays Sun-woo, the cool enforcer who runs a " ++
          "hotel bar for his boss, President Kang, played by Kim " ++
          "Yeong-cheol. Kang asks him to watch his young girlfriend, " ++
          "Hee-soo, played by Shin Min-a, and to kill her if she is " ++
          "cheating. Sun-woo hesitates once, and that moment of mercy " ++
          "sets the rest of the film on fire. Hwang Jung-min plays " ++
          "Baek, a rival boss who would like to see him buried."
        , "Kim takes his loyal killer who breaks with his master from " ++
          "John Woo's The Killer (1989), with the doves traded for " ++
          "rain on glass. A colleague calls it a cousin of Oldboy; I " ++
          "would not, since the two films want very different things. " ++
          "Lee and Kim met again on I Saw the Devil."
        ]
      , signoff = "Ben Halvorsen"
      }

in  review
