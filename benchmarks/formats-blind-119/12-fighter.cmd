; Holy Spider
;
; Set in the Iranian holy city of Mashhad in 2001 but shot in Jordan,
; Ali Abbasi's Holy Spider is a Danish-led co-production about the real
; case of a construction worker who murdered sixteen women working the
; streets and claimed to be cleansing the city. Mehdi Bajestani plays
; the killer, Saeed Hanaei, a devout family man and war veteran who
; strangles his victims at home while his wife and children are away;
; Zar Amir Ebrahimi plays Rahimi, a journalist from Tehran who comes to
; cover the story, meets contempt from police and clerics alike, and
; ends up using herself as bait. Abbasi, whose previous film was Border,
; and his co-writer Afshin Kamran Bahrami show the murders in unsparing
; detail, which some will find exploitative; the point is that a city
; made them possible. Amir Ebrahimi won the actress prize at Cannes and
; deserves it. The last minutes, in which Saeed's young son calmly re-
; enacts his father's methods for a camera, are chilling.
;
;-| Super Motions |------------------------------------------------------
[Command]
name = "TripleKFPalm"
command = ~D, DF, F, x
time = 20

[Command]
name = "a"
command = a
time = 1

;-| Hold Dir |-----------------------------------------------------------
[Command]
name = "holdfwd"
command = /$F
time = 1

[Statedef -1]

[State -1, Palm]
type = ChangeState
value = 1000
triggerall = command = "TripleKFPalm"
trigger1 = statetype = S
trigger1 = ctrl
