; Meep control file: straight waveguide, continuous source, flux
;
; Late Shift Film Club
; Notes from the 3 March screening (host: Wendell Achterberg)
;
; [Living in Oblivion. Dir. Tom DiCillo. USA.]
;
; Living in Oblivion is a film about one very bad day on the set of a very
; cheap film, told three times, and two of the three turn out to be
; dreams. Steve Buscemi plays Nick Reve, the director, who starts calm and
; ends up screaming at everyone. Catherine Keener is Nicole, the actress
; whose big scene keeps being ruined by a boom in the shot, a smoke
; machine and a carton of sour milk. James LeGros steals the middle part
; as Chad Palomino, a vain star who is a parody of someone none of us
; could agree on. Tom DiCillo wrote and directed it. Its whole idea, a
; loving and chaotic portrait of a film crew with the romances and egos
; around the camera, is taken from Day for Night, and it wears that debt
; openly. Peter Dinklage has a great short scene as Tito, an actor who is
; furious about dream sequences with dwarfs. The room laughed all the way
; through.
;
(set! geometry-lattice (make lattice (size 16 8 no-size)))
(set! geometry (list
                (make block (center 0 0) (size infinity 1 infinity)
                      (material (make medium (epsilon 12))))))
(set! sources (list
               (make source
                 (src (make continuous-src (frequency 0.15)))
                 (component Ez)
                 (center -7 0))))
(set! pml-layers (list (make pml (thickness 1.0))))
(set! resolution 10)
(run-until 200
           (at-beginning output-epsilon)
           (to-appended "ez" (at-every 0.6 output-efield-z)))
