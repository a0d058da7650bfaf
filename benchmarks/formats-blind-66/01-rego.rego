# Booking rules for the Tuesday film society, Hall B.
#
# The screening page is built from this package's annotation: `opa inspect -a`
# prints its title, description and authors, and the page shows the description
# as the week's programme note with the author's name underneath.

# METADATA
# title: The Awful Truth (1937)
# description: |
#   Leo McCarey directed this remake of The Awful Truth (1925), a silent film
#   of Arthur Richman's stage play, and Viña Delmar wrote the new screenplay.
#   Jerry Warriner, played by Cary Grant, comes home from a trip he says was
#   to Florida and finds that his wife has spent the night out with her
#   singing teacher. Lucy Warriner, played by Irene Dunne, says the car broke
#   down. Neither believes the other, and within a reel they are in court
#   arguing over who gets the dog, Mr. Smith.
#
#   Lucy soon takes up with a neighbour, Dan Leeson, an oilman from Oklahoma
#   played by Ralph Bellamy, who lives with his mother and sings Home on the
#   Range as if it were a hymn. Jerry keeps arriving at the worst moment.
#   Alexander D'Arcy plays Armand Duvalle, the singing teacher, and Cecil
#   Cunningham is Aunt Patsy, who has seen everything twice. Later Jerry gets
#   engaged to an heiress, Barbara Vance, played by Molly Lamont. Joyce
#   Compton, as the showgirl Dixie Belle Lee, sings a number about the wind
#   that Lucy later performs, far worse and far funnier, in the Vances'
#   drawing room while pretending to be Jerry's sister.
#
#   Much of it was made up on the set, and it shows: the timing is loose, and
#   everyone seems to be sharing a joke the script never wrote down. Grant,
#   who had not yet made Bringing Up Baby (1938), finds here the mix of
#   dignity and panic he would use for the rest of his career. The story was
#   made again as a musical, Let's Do It Again (1953), which nobody needs. The
#   last scene, with two beds, a draughty connecting door and a cuckoo clock,
#   is as neat an ending as Hollywood ever managed.
# authors:
# - Odalys Brennecke <obrennecke@example.org>
# custom:
#   screening: "2025-02-11T19:30:00Z"
#   hall: B
#   seats: 84
package filmsoc.booking

import rego.v1

default allow := false

max_per_booking := 4

seats_left := data.hall.capacity - count(data.bookings)

# A member in good standing may book up to four seats while seats remain.
allow if {
	input.action == "book"
	input.member.active
	input.seats >= 1
	input.seats <= max_per_booking
	input.seats <= seats_left
}

deny contains msg if {
	input.seats > max_per_booking
	msg := sprintf("at most %d seats per booking", [max_per_booking])
}

deny contains msg if {
	input.seats > seats_left
	msg := sprintf("only %d seats left", [seats_left])
}
