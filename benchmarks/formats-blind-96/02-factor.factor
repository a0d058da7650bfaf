! usherette.factor: prints tonight's free seats on the usher's tablet (cinema.example).
! Factor skips a line after an exclamation mark, so the programme note lives up here.
!
! The Unfaithful (1947)
!
! Vincent Sherman directed this American melodrama, a remake of The Letter (1940) that trades
! the rubber plantation for a Los Angeles bungalow and the colonial fever for the jittery mood
! of the first years after the war. David Goodis and James Gunn wrote the screenplay, and
! Somerset Maugham's story can still be heard underneath, though it has been thoroughly rewired.
!
! Ann Sheridan plays Chris Hunter, who is attacked one night in her home while her husband is
! away on business and kills the intruder with a kitchen knife. Zachary Scott plays Bob Hunter,
! the husband who comes back to find a dead stranger in the house and a wife who swears she
! never saw the man before. Lew Ayres plays Larry Hannaford, the family lawyer and an old
! friend, who believes her until a sculpted head of Chris surfaces in a dealer's back room and
! somebody names a price for it. Eve Arden plays Paula, a sharp-tongued friend of the family,
! and supplies most of the wisecracks.
!
! Where Bette Davis played the original as a cold, glittering riddle, Sheridan gives us a
! frightened, likeable woman who made one mistake during a lonely war, and the film cares more
! about forgiveness than about doom. That makes it kinder and, in the end, a little flat. Still,
! the courtroom scenes are crisp, Arden is a tonic, and the night photography of empty streets
! and wet lawns carries real menace.
!
! Written by Tobias Wrenfield

USING: io kernel math math.parser sequences ;
IN: cinema.usherette

: seats-left ( capacity sold -- left ) - ;

: report ( -- )
    212 148 seats-left number>string
    "Seats left tonight: " prepend print ;

MAIN: report
