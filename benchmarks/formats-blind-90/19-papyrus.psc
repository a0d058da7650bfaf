; LobbyPoster.psc: Papyrus script for the lobby game's poster (cinema.example).
; The week's programme note is kept in these comment lines.
;
; Welcome to Collinwood (2002)
;
; Anthony and Joe Russo, brothers from Cleveland, wrote and directed this American remake of
; Big Deal on Madonna Street (1958), Mario Monicelli's Italian comedy about a gang of hopeless
; thieves. The action has moved to Collinwood, a worn-out corner of Cleveland. Cosimo, a
; small-time crook in prison, hears of a perfect job, a Bellini: a safe full of money that can
; be reached through the wall of an empty flat next door. To get out and do it he needs
; someone to confess to his crime, and word of the job spreads.
;
; William H. Macy plays Riley, whose wife is in jail and who has to bring their baby along.
; Sam Rockwell plays Pero, a boxer who agrees to take the blame and takes the plan instead.
; Isaiah Washington is Leon, who guards his sister from every man, Michael Jeter is Toto, a
; gentle old burglar, and Luis Guzman plays Cosimo. Patricia Clarkson and Jennifer Esposito
; have small parts, and George Clooney, who produced the film, turns up for two scenes as
; Jerzy, a safecracker in a wheelchair who teaches the gang their craft.
;
; The film follows the Italian one closely, from the lessons in safecracking to the last scene
; in a kitchen, and it is fond of its losers. The jokes are gentle rather than sharp. The cast
; is a pleasure, Jeter above all, and the grey streets look lived in. It is slight, but I
; liked it.
;
; Review by Seraphina Coldwell

Scriptname LobbyPoster extends ObjectReference

Message Property ShowtimesMessage Auto

Event OnActivate(ObjectReference akActionRef)
	ShowtimesMessage.Show()
EndEvent
