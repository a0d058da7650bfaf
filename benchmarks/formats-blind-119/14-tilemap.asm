; RRR
;
; S. S. Rajamouli's Indian epic, made in Telugu and released around the
; world in several languages, imagines a friendship between two real
; revolutionaries of the 1920s who in fact never met. N. T. Rama Rao Jr.
; plays Bheem, a tribal guardian who comes to Delhi to rescue a girl
; taken by the British governor's wife; Ram Charan plays Raju, a police
; officer in the colonial service who is ordered to find him and who has
; a hidden purpose of his own. The two become friends without knowing
; who the other is, and the film's three hours are spent bringing them
; to blows and back together. Rajamouli, who also wrote the screenplay,
; stages every action sequence as if physics were optional: a rescue
; from a burning river, a fight with a motorbike swung like a club, an
; attack on a palace with a truck full of wild animals. The dance number
; Naatu Naatu, a contest between the heroes and snobbish British
; officers, became a global hit. Alia Bhatt has little screen time as
; Sita, and Ray Stevenson makes the governor, Scott Buxton, a cartoon
; villain. The politics are crude; the exhilaration is not.
;
; By Ravi Subramanyam
;
INCLUDE "hardware.inc"

SECTION "Header", ROM0[$100]
    jp EntryPoint
    ds $150 - @, 0

SECTION "Main", ROM0
EntryPoint:
    ld a, 0
    ld [rNR52], a          ; sound off
WaitVBlank:
    ld a, [rLY]
    cp 144
    jp c, WaitVBlank
    ld a, 0
    ld [rLCDC], a          ; screen off while the tiles load
Done:
    jp Done
