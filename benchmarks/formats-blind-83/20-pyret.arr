# Pyret program for the seat counter (cinema.example).
# The programme note of the week is kept in these comment lines.
#
# Review by Marguerite Osei-Lindholm
#
# Aladdin (2019)
#
# Guy Ritchie directed this live-action remake of Disney's Aladdin (1992), which he wrote with
# John August, and it does more or less what these remakes do: it plays the old cartoon's
# songs again, stages the old cartoon's scenes again, and adds half an hour. It is more fun
# than it has any right to be, and most of the credit belongs to one man in blue.
#
# Will Smith plays the Genie, and he wisely makes no attempt to copy Robin Williams; he plays
# the part as a fast-talking older brother who likes to dance, and the big numbers come alive
# when he is in them. Mena Massoud is Aladdin, the street thief with a monkey and a good
# heart, and he is likeable and nimble, if a little bland. Naomi Scott is Jasmine, the
# princess who wants to rule Agrabah rather than marry into it, and she is given a new song of
# her own, which she belts splendidly. Marwan Kenzari is Jafar, the vizier, who is handsome
# and rather dull. Navid Negahban is the Sultan, Nasim Pedrad is Dalia, Jasmine's handmaiden,
# who is the Genie's love interest, and Billy Magnussen is Prince Anders, a suitor who is not
# very bright.
#
# Alan Menken's music is as catchy as ever. The parrot Iago and the monkey Abu are computer
# animals, and good ones. It is not the cartoon, and it could never be.

fun seats-left(capacity :: Number, sold :: Number) -> Number:
  capacity - sold
where:
  seats-left(120, 95) is 25
end
