; auditorium.geo   hall model, main floor and balcony front
;
; Kisi Ka Bhai Kisi Ki Jaan (2023) -- dad's pick
;
; The Hindi remake of Veeram (2014), the Ajith film, directed this time by
; Farhad Samji. Salman Khan is Bhaijaan, a Delhi strongman whose three
; younger brothers have sworn off marriage because of him, until he falls
; for Bhagya (Pooja Hegde) and has to win over her family in Hyderabad.
; Venkatesh turns up as her brother and Jagapathi Babu is the villain. The
; fights are loud and the songs are fine, but it is nearly three hours
; long and every joke is said twice. Salman looked like he was having fun,
; at least. Dad loved it. I did not.
;
ABS audience = <60 74 88 96 93 85>
ABS plaster = <13 15 2 3 4 5>
ABS wood = <28 22 17 9 10 11>

CORNERS
 1   0.0   0.0  0.0
 2  24.0   0.0  0.0
 3  24.0  18.0  0.0
 4   0.0  18.0  0.0
 5   0.0   0.0  9.0
 6  24.0   0.0  9.0
 7  24.0  18.0  9.0
 8   0.0  18.0  9.0

PLANES
[1 floor / 1 2 3 4 / audience]
[2 ceiling / 8 7 6 5 / plaster]
[3 stage wall / 1 5 6 2 / wood]
[4 rear wall / 3 7 8 4 / plaster]
[5 side left / 4 8 5 1 / plaster]
[6 side right / 2 6 7 3 / plaster]
