(* Seats.thy -- the reading group's exercise for Thursday.
   The text blocks below are the week's programme note, unsigned as the
   group's notes always are; the rest is the exercise. *)

theory Seats
  imports Main
begin

section ‹Baby Driver (2017)›

text ‹Edgar Wright wrote and directed this heist film, built from the ground up
  around its songs. Baby, played by Ansel Elgort, is a young getaway driver
  in Atlanta who has had a ringing in his ears since the car crash that
  killed his parents when he was small, and drowns it out with an iPod and a
  head full of music. He drives for Doc, a planner of robberies played by
  Kevin Spacey, to pay off an old debt, and Doc never uses the same crew
  twice.›

text ‹The crews are the trouble. Jon Hamm plays Buddy, a banker who has gone bad
  in style, and Eiza González is Darling, his wife and partner in crime;
  Jamie Foxx plays Bats, who is unstable and proud of it; Jon Bernthal turns
  up early as Griff. At a diner Baby meets Debora, a waitress played by Lily
  James, who wants to drive west and never stop, and CJ Jones plays Joseph,
  the deaf old foster father Baby looks after.›

text ‹Wright has never hidden that his silent hero at the wheel comes from
  Walter Hill's The Driver (1978). The chases are cut to the beat, so
  exactly that the gunfire lands on the drums. The last act tips into
  ordinary violence, which is a pity, but the opening chase, to the Jon
  Spencer Blues Explosion, is as good as anything of its kind. People
  compare it with Drive (2011), but apart from a quiet young man behind the
  wheel the two have nothing in common.›

section ‹Seat arithmetic›

definition capacity :: nat where
  "capacity = 120"

fun sold :: "nat list ⇒ nat" where
  "sold [] = 0"
| "sold (x # xs) = x + sold xs"

lemma sold_append: "sold (xs @ ys) = sold xs + sold ys"
  by (induct xs) simp_all

end
