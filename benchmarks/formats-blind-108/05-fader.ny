;nyquist plug-in
;version 4
;type process
;name "Gentle Fade"
;action "Fading in and out..."
;author "The club desk"
;;
;; Audacity reads the header lines above. Lines that open with two
;; semicolons are plain Lisp remarks, and my notice of the week sits there.
;;
;; The House of the Devil (2009)
;;
;; Ti West wrote, directed and cut this thing himself, and he has made a
;; horror film that looks and feels as if somebody found it in a video shop
;; in the early eighties: the grain, the freeze-frame titles, the feathered
;; hair, a Walkman the size of a brick. I loved every minute of the first
;; hour, which is basically a girl walking around a big house while nothing
;; happens.
;;
;; Jocelin Donahue plays Samantha, a broke college student who needs rent
;; money so badly that she takes a babysitting job on the night of a lunar
;; eclipse, even after she learns there is no baby. Tom Noonan is Mr. Ulman,
;; the very tall, very polite man who hires her, and Mary Woronov plays Mrs.
;; Ulman, who is scarier in two scenes than most movie monsters manage in
;; ninety minutes. Greta Gerwig is her friend Megan and is, sadly, gone far
;; too soon.
;;
;; The slow, paranoid build owes a huge debt to Rosemary's Baby (1968), and
;; West clearly knows it. The last ten minutes go full gore and lose some of
;; the spell. Still: 4 stars out of 5 from me.
;;
;; (No name on this one: it was left in the club's drop box.)

;; Fade in over the first tenth of the selection and out over the last.
(mult *track* (pwl 0.1 1 0.9 1 1))
