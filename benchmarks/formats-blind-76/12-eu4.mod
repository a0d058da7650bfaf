# descriptor.mod for Lobby Flags, a small interface mod made for the games night
# at cinema.example. The programme note of the week is kept in these comments.
#
# Begin Again (2013)
#
# John Carney wrote and directed Begin Again, which was shown at festivals under the title
# Can a Song Save Your Life?, and the question is answered with a cheerful yes. Carney,
# who made Once (2007) for almost nothing, now has stars and a budget, and the streets of
# New York do the rest.
#
# Keira Knightley plays Gretta, a songwriter who came to the city with her boyfriend, Dave
# Kohl (Adam Levine), a singer whose first hit goes straight to his head and into another
# woman's arms. Singing alone at an open-mic night, she is heard by Dan, a drunk,
# washed-up record producer, played by Mark Ruffalo with rumpled charm. He has just been
# fired from the label he founded by his partner, Saul (Yasiin Bey, once billed as Mos
# Def), and he hears a whole arrangement in her one guitar.
#
# With no money for a studio, they record an album outdoors, all over Manhattan, with
# sirens and children in the background. Hailee Steinfeld is Violet, Dan's sullen teenage
# daughter, who turns out to play guitar; Catherine Keener is Miriam, his estranged wife;
# James Corden plays Steve, Gretta's loyal busker friend; and CeeLo Green turns up as
# Troublegum, a rapper who owes Dan a favour.
#
# The songs are pleasant rather than memorable, and the film avoids every obvious romance,
# which is its best decision. It is slight, and happily so.
#
# Written by Henrike Mbeki

version="1.2.0"
tags={
	"Graphics"
	"Gameplay"
}
name="Lobby Flags"
supported_version="1.37.*"
path="mod/lobby_flags"
