# IRAF CL procedure for the observatory film club's flat-field run. The
# CL skips anything after a hash sign, so the review sits in here.
#
# Jai Ho (2014)
# remake of Stalin (2006)
#
# posted by Zeynep Ashworth
#
# Cast: Salman Khan (Jai), Tabu, Daisy Shah, Danny Denzongpa
#
# So the Telugu original starred Chiranjeevi and was directed by A. R.
# Murugadoss, and this Hindi version is directed by Sohail Khan, starring
# his big brother, and that is really all you need to know going in. I went
# in hoping for a fun masala night out. I came out with a headache.
#
# Salman plays Jai, a former army officer who has a simple idea for fixing
# the country: whenever somebody helps you, you go and help three other
# people, and they each help three more. It is a nice idea, and the movie
# repeats it about forty times in case you missed it. Tabu plays his sister
# and is wasted, Daisy Shah is the neighbour who falls for him for no reason
# I could see, and Danny Denzongpa plays the corrupt minister who ends up on
# the wrong end of Jai's fists.
#
# The fights are fine if you like watching stuntmen fly backwards through
# walls. Everything in between is speeches, slow motion and shirtlessness.
# Fans only.
#
# **

procedure flatrun (images)

string images {prompt="Input images"}
real   level  {1.0, prompt="Normalisation level"}

begin
    string img

    img = images
    imarith (img, "/", level, img // "_n")
    imstat (img // "_n")
end
