; MIDNIGHT SCREENINGS -- this week at the Lyceum
;
; BLUE HOUR MOTEL (Dir. Tamsin Ruddock; 1987; 91 min.) Neon noir, all mood
; and no plot. **
;
; DRUGSTORE COWBOY (Dir. Gus Van Sant; 1989; 102 min.) ***1/2 Matt Dillon
; is Bob, the leader of a little gang of junkies who rob pharmacies across
; Oregon in the early seventies, and he has never been better:
; superstitious, funny, tender with his crew and doomed. Kelly Lynch plays
; Dianne, his wife, who is tired of his rules about hats on beds, and
; James LeGros and Heather Graham complete the family. William S.
; Burroughs has a wry cameo as a defrocked priest. Van Sant keeps the
; drugs neither glamorous nor preachy. My Own Private Idaho is the better
; film; this one is tighter, with no dull minute.
;
; HARBOUR LIGHTS (Dir. Jurgen Vasquez-Holm; 1985; 110 min.) Overlong
; dockside melodrama. *
;
; THE COPPER KETTLE (Dir. Nell Abernathy-Quist; 1992; 84 min.) Small-town
; whodunit, cosy and clever. ***

(raytrace:set-analysis-units "mm")
(define lens-radius 12.5)
(define lens-thick 4.0)
(insert:primitive-cylinder lens-radius lens-thick)
(edit:set-name "Lens1")
(property:apply-material "Lens1" "Schott Glass Catalog" "N-BK7")
(insert:grid-source "Src1" 0 0 -20 0 0 1 0 1 0)
(raytrace:set-source-rays "Src1" 441)
(raytrace:set-source-wavelength "Src1" 0.5876)
(insert:primitive-block 30 30 0.1)
(edit:set-name "Detector")
(edit:move "Detector" 0 0 60)
(raytrace:trace-rays)
(analysis:irradiance-save "irr_detector.txt")
