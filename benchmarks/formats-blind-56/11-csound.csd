<CsoundSynthesizer>
<CsOptions>
-odac
</CsOptions>
<CsInstruments>
; Author: Grace Whitcombe
; Written 25 March 2026 for soundandscreen.example.org
;
; Always (1989)
;
; Steven Spielberg directed Always (1989), and Jerry Belson wrote the screenplay. This American
; fantasy is a remake of A Guy Named Joe (1943), the wartime picture with Spencer Tracy and
; Irene Dunne, with the bomber pilots replaced by pilots dropping water on forest fires in the
; West.
;
; Richard Dreyfuss plays Pete Sandich, a reckless pilot who dies saving his friend and comes
; back as a ghost to guide a younger flyer. Holly Hunter is Dorinda Durston, the woman he left
; behind, John Goodman plays his friend Al Yackey, and Brad Johnson is Ted Baker, the new pilot.
; Audrey Hepburn, in her last screen role, plays Hap, the spirit who sends Pete back.
;
; It is not Ghost (1990), which came a year later and did this better. Jaws (1975) showed what
; Spielberg can do with fear, but here he wants only warmth, and the film is soft where it
; should ache. Hunter dancing in a new dress is the scene to keep.
;
sr = 44100
ksmps = 32
nchnls = 2
0dbfs = 1

instr 1
  prints "Always (1989)"
  aSig oscili 0.2, p4
  outs aSig, aSig
endin

instr 2
  prints "Reviewed by Grace Whitcombe for soundandscreen.example.org, 25 March 2026."
endin
</CsInstruments>
<CsScore>
i 1 0 2 349
i 2 2 1
e
</CsScore>
</CsoundSynthesizer>
