; engraving.nc  nameplate, 40 x 20, 0.3 deep
;
; tonight: Miracle in Cell No. 7 ('19), the Turkish one
;
; This is the Turkish version of the Korean Miracle in Cell No. 7, and it
; wrecked me all over again even though I knew exactly where it was going.
; Mehmet Ada Oztekin moves the story to the Turkish countryside and plays
; it even more like a fable. Aras Bulut Iynemli plays Memo, a shepherd
; with the mind of a child who is locked up for a death he had nothing to
; do with, and Nisa Sofiya Aksongur as his daughter Ova is unreal, she
; carries half the film. Iynemli could have gone far too big and mostly
; does not. The cellmates are a great bunch. Bring tissues. Several.
;
; @nilufer.watches
;
G21 G90 G94
G0 Z5.000
G0 X0.000 Y0.000
M3 S12000
G4 P2
G1 Z-0.300 F150
G1 X40.000 F600
G1 Y20.000
G1 X0.000
G1 Y0.000
G0 Z5.000
M5
G0 X0.000 Y0.000
M2
