// Film club bulletin board, world code.
// The posted review is kept in the block comment below.

/*
Posted by Linus Okafor-Brandt

North by Northwest (1959)

An advertising man raises his hand to send a telegram at the wrong
moment in a hotel bar, and is taken for a government agent who does not
exist. From there Alfred Hitchcock sends him across America by train, by
car and on foot, with the police on one side and a gang of spies on the
other, and never lets the pace drop.

Cary Grant is at his most elegant as the hunted man, losing his dignity
but never his suit. Eva Marie Saint plays the cool blonde on the train
who may be helping him or setting him up, and their flirting in the
dining car is wonderfully sly. James Mason makes a very civilised
villain, and Martin Landau, as his devoted assistant, is quietly
menacing.

Ernest Lehman's script is full of jokes, and Jessie Royce Landis, as the
hero's sceptical mother, gets several of the best. The crop-duster
attack in an empty field and the scramble across the stone faces of
Mount Rushmore are as thrilling now as they were in 1959.

Cast: Cary Grant (Roger Thornhill), Eva Marie Saint (Eve Kendall), James
Mason (Phillip Vandamm), Martin Landau (Leonard), Jessie Royce Landis
(Clara Thornhill)

Rating: four and a half stars
*/

world
	name = "Film Club Board"
	mob = /mob/member

/mob/member
	verb/read_review()
		set category = "Club"
		usr << browse('review.html')

	Login()
		..()
		usr << "Welcome to the club board."
