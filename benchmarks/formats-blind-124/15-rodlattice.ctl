; MPB control file: square lattice of dielectric rods, TM and TE bands
;
; FILM 330: Australian Cult Cinema
; Response paper, week 9
; Student: Callum Ferreira-Wynn
;
; Bad Boy Bubby is the most uncomfortable film I have seen for this
; course. Bubby, played by Nicholas Hope, is a man in his thirties who has
; never left the one-room flat where his mother keeps him, telling him the
; air outside is poison. When his father returns and Bubby finally walks
; out, the film follows him through a city he does not understand, copying
; the words and gestures of everyone he meets. Some of it is cruel, and
; some of it, especially the scenes with a church organist and with a rock
; band that puts him on stage, is oddly tender. Claire Benito plays Mom,
; and those first scenes are very hard to watch. Rolf de Heer wrote and
; directed it, and he used dozens of different cinematographers, so the
; look keeps shifting as Bubby's world widens. I cannot say I enjoyed it,
; but I keep thinking about it.
;
; Works cited: Bad Boy Bubby. Dir. Rolf de Heer. Australia.
;
(set! num-bands 8)
(set! geometry-lattice (make lattice (size 1 1 no-size)))
(set! geometry (list (make cylinder
                       (center 0 0 0) (radius 0.2) (height infinity)
                       (material (make dielectric (epsilon 12))))))
(set! k-points (list (vector3 0 0 0)
                     (vector3 0.5 0 0)
                     (vector3 0.5 0.5 0)
                     (vector3 0 0 0)))
(set! k-points (interpolate 4 k-points))
(set-param! resolution 32)
(run-tm)
(run-te)
