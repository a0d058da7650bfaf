; NONMEM control stream for the ticket-queue model. Semicolons open remarks in
; NONMEM, and the review is kept in them.
;
; Vasool Raja M.B.B.S. (2004)
;
; Credits: Kamal Haasan, Sneha, Prabhu, Prakash Raj
;
; Rajkumar Hirani's Hindi comedy was barely a year old when this Indian remake arrived
; in Tamil, and Saran's Vasool Raja M.B.B.S. is a remake of Munna Bhai M.B.B.S. (2003)
; so faithful that whole scenes play out beat for beat. The fun is in watching a
; different star fit himself into the same outline.
;
; Kamal Haasan takes the role of the good-hearted gangster who, to please his parents,
; forces his way into medical college and then turns the place upside down by treating
; patients as people rather than cases. He is older than the part really allows and
; plays it with a wink, which suits the material. Prakash Raj is the rigid dean who
; despises him, and he has a wonderful nervous laugh. Sneha plays the dean's daughter, a
; doctor who turns out to be an old acquaintance of the hero, and Prabhu is the loyal
; sidekick who handles the muscle.
;
; The set pieces are all here: the hug as a cure, the man in the coma, the exam answered
; by phone. Some of the jokes lose their snap in translation to Chennai, and the songs
; slow things badly. But the central idea, that kindness is a form of medicine, survives
; the move intact, and the ending still earns its tears.
;
; Reviewer: Anand Kowalczyk

$PROBLEM ticket queue
$INPUT ID TIME DV
$DATA queue.csv IGNORE=@
$PRED
  Y = THETA(1) + ETA(1) + ERR(1)
$THETA 10
$OMEGA 1
$SIGMA 1
$ESTIMATION METHOD=1 MAXEVAL=999
