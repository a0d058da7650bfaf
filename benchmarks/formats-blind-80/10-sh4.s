! SH-4 routine for the scoreboard of the lobby's basketball machine
! (cinema.example).
! The programme note of the week is kept in these comment lines.
!
! Hoosiers (1986)
!
! David Anspaugh directed Hoosiers from an original screenplay by Angelo Pizzo, and it
! follows the small-town sports formula so faithfully that its strength lies entirely in
! the people, and in the squeak of sneakers on old gym floors.
!
! In the early fifties, Norman Dale (Gene Hackman), a college coach with a past he prefers
! not to discuss, arrives in the farming village of Hickory, Indiana, to take over the
! high-school basketball team. He has barely enough boys to field a side, and his methods,
! endless passing drills and no shot before four passes, enrage the town. The best player
! in the school, Jimmy Chitwood (Maris Valainis), refuses to play at all, and the teacher
! Myra Fleener (Barbara Hershey) suspects Dale of being one more man who will use the boy
! and leave.
!
! Dale's one bold move is to hire as his assistant Shooter Flatch (Dennis Hopper), the
! town drunk, whose son Everett (David Neidorf) is on the team. Hopper, all nerves and
! shame, was nominated for an Oscar, and his scenes with Hackman are the best in the film.
! Sheb Wooley plays Cletus, the principal who hired Dale.
!
! The final game is loosely based on the Milan High School championship of 1954, and Jerry
! Goldsmith's synthesiser score sounds odd at first and right by the end. It is
! sentimental and proud of it.
!
! Signed, Rosalind Fairweather-Nkemelu

	.text
	.align	2
	.global	score_add
! r4: address of the score, r5: points to add; returns the new score in r0
score_add:
	mov.l	@r4,r0
	add	r5,r0
	rts
	mov.l	r0,@r4

	.global	score_reset
score_reset:
	mov	#0,r0
	rts
	mov.l	r0,@r4
