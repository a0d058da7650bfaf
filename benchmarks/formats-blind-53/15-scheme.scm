;;; The Wailing (2016): a review
;;; Author: Bae Ji-won
;;; Date: 2024-04-19

(define film "The Wailing")
(define year 2016)
(define reviewer "Bae Ji-won")

(define paragraphs
  (list
   (string-append
    "The Wailing (2016), Gokseong in Korean, is the South Korean "
    "film that Na Hong-jin wrote and directed after The Chaser "
    "and The Yellow Sea.")
   (string-append
    "Kwak Do-won plays Jong-goo, a clumsy village policeman, and "
    "Hwang Jung-min plays Il-gwang, the shaman he hires when his "
    "daughter falls sick. Jun Kunimura plays a Japanese stranger "
    "living in the woods, Chun Woo-hee is Moo-myeong, a woman in "
    "white who may be a ghost, and Kim Hwan-hee is Hyo-jin, the "
    "daughter.")
   (string-append
    "The film takes its possessed little girl and her helpless "
    "father from The Exorcist (1973), then refuses to say who is "
    "the priest and who is the devil. People have called it "
    "Korea's answer to Memories of Murder; I do not think so, "
    "because it is not about the police at all. Two hours and a "
    "half, and not a minute slack.")))

(define (show-review)
  (display film) (display " (") (display year) (display ")")
  (newline) (newline)
  (for-each (lambda (p) (display p) (newline) (newline)) paragraphs)
  (display "-- ") (display reviewer) (newline))

(show-review)
