# JumpStart profile for the booth workstation. The installer ignores
# anything after a hash sign; the club's notice is stored up here.
#
# Ramaiya Vastavaiya (2013)
#
# Prabhu Deva remakes his own Telugu hit Nuvvostanante Nenoddantana (2005)
# for a Hindi audience, and he changes almost nothing. The title borrows a
# line from an old Raj Kapoor song, which is about the only new thing in
# it. A spoilt rich boy falls for a village girl, her brother throws him
# out, and he agrees to prove himself by labouring for a season on the
# family's farm.
#
# Girish Kumar, in his first film, plays Ram, and he dances well and acts
# stiffly. Shruti Haasan plays Sona, the girl, and she is lively enough to
# make the romance believable. As Raghuveer, her fierce and loving
# brother, Sonu Sood is the best thing in the picture and the one actor
# who seems to take the story seriously. The comic uncles and the
# villain's henchmen are loud and forgettable.
#
# The songs are bright, the fields look lovely, and, running well past two
# hours, the picture sags badly in the middle. If you know the Telugu
# original, there is nothing new here; if you do not, this is a pleasant,
# old-fashioned family romance.
#
# Two and a half stars.
#
# -- Darius Fenwick-Obi
#

install_type    initial_install
system_type     standalone
partitioning    explicit
filesys         c0t0d0s0 6144 /
filesys         c0t0d0s1 1024 swap
filesys         c0t0d0s7 free /export/home
cluster         SUNWCuser
cluster         SUNWCxgl delete
package         SUNWman add
