;; countdown.ik -- the countdown shown on the foyer screen before the late
;; show. The programme note below goes up beside it.
;;
;; Fright Night (1985)
;;
;; Tom Holland wrote and directed this horror comedy, his first time behind
;; the camera, and it begins with a teenager at his bedroom window. Charley
;; Brewster (William Ragsdale) ought to be paying attention to his girlfriend,
;; Amy Peterson (Amanda Bearse), but he is watching two men carry a coffin
;; into the empty house next door. Charley's nights with the binoculars, sure
;; of a murder that no grown-up will believe, are lifted from Hitchcock's Rear
;; Window (1954), with a vampire in place of the salesman.
;;
;; The neighbour is Jerry Dandrige, and Chris Sarandon plays him as the most
;; charming man on the street, eating apples, whistling, and flirting with
;; Charley's mother (Dorothy Fielding). Jonathan Stark is Billy Cole, who
;; minds the house by day. Charley goes for help to Peter Vincent, a washed-up
;; actor who hosts the late-night horror show on local television and has just
;; been fired from it. Roddy McDowall, in the best part he had in years, makes
;; Vincent a coward who slowly discovers that he is brave. Stephen Geoffreys,
;; as Charley's cackling friend Evil Ed, gets the most unsettling scene, alone
;; with Jerry in an alley.
;;
;; The effects, from Richard Edlund's shop, are wet and inventive, and the
;; climax runs a little long. But Holland loves the old vampire pictures
;; without sneering at them, which is more than the 2011 remake managed, and
;; the picture still plays like a good night out.
;;
;; -- Carys Penhallow

;; minutes left until each screening starts
Countdown = Origin mimic do(
  starts = [1290, 1335, 1410]
  minutesLeft = method(now,
    starts map(s, s - now) select(m, m > 0))
  display = method(now,
    minutesLeft(now) each(m,
      "#{m} minutes to the next screening" println))
)

Countdown display(1260)
