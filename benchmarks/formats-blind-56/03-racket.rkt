#lang racket
;; Author: Annick Fauvel
;; Written 7 March 2026 for cinematheque.example.org

(define title "Le Trou (1960)")
(define reviewer "Annick Fauvel")
(define signoff "Reviewed by Annick Fauvel for cinematheque.example.org, 7 March 2026.")

(define paragraphs
  (list "Jacques Becker directed Le Trou (1960), known in English as The Hole, and wrote it with Jose Giovanni and Jean Aurel, from Giovanni's own novel about a real escape attempt. It was Becker's last film. This French prison drama runs on patience, not on speeches."
        "Four men in a cell at La Sante are joined by a fifth. Marc Michel plays the newcomer, Claude Gaspard. Jean Keraudy plays Roland Darbant, who knows how to cut through anything, Michel Constantin is Geo Cassine, Philippe Leroy plays Manu Borelli, and Raymond Meunier is Vossellin, whom the others call Monseigneur."
        "Critics like to set it beside A Man Escaped (1956). I would not, since Bresson wanted grace and Becker wants only the work of hands on stone. Touchez pas au grisbi (1954) showed his patience too, but nothing he made is as tense as the long scene in which the floor gives way."))

(displayln title)
(newline)
(for ([p (in-list paragraphs)])
  (displayln p)
  (newline))
(displayln signoff)
