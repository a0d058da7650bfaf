# seats.golo -- prints the seats left for the late show.
# The week's programme note is kept in the header, as in every booth file.
#
# Hunt for the Wilderpeople (2016)
#
# Taika Waititi wrote and directed this New Zealand comedy, adapting Barry Crump's book Wild
# Pork and Watercress, and it is the sweetest film about a manhunt I can remember.
#
# Julian Dennison plays Ricky Baker, a chubby city boy who has been through every foster
# home going and arrives, in a hoodie, at a farm on the edge of the bush. Bella (Rima Te
# Wiata) greets him as if he were a long-lost nephew. Her husband Hec, played by Sam Neill,
# barely greets him at all. When Bella dies suddenly, the welfare people write to say they
# will take Ricky back, so he runs into the bush, Hec goes after him, and a misunderstanding
# turns the two of them into fugitives.
#
# Rachel House is Paula, the child welfare officer, who pursues them with the zeal of a
# bounty hunter and says 'no child left behind' as if it were a threat. Rhys Darby turns up
# as Psycho Sam, a conspiracy theorist who lives in the forest dressed as a bush.
#
# Waititi, who made Boy (2010), has perfect timing, the landscapes are enormous, and the
# chapter titles and Ricky's haiku keep the tone light even when the story turns sad. Neill
# has never been so funny, and Dennison, who was about thirteen, holds the screen with him.
# The ending is sentimental and entirely deserved.
#
# -- Evander Lowry-Nakamura

module cinema.Seats

function left = |capacity, sold| {
  let n = capacity - sold
  if n < 0 {
    return 0
  }
  return n
}

function main = |args| {
  let capacity = 90
  let sold = 64
  println("Seats left: " + left(capacity, sold))
}
