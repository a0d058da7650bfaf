dnl newsletter.m4: macros for the Wattle Street Film Society newsletter.
dnl Run as: m4 newsletter.m4 issue.txt
dnl
dnl Picnic at Hanging Rock (1975)
dnl
dnl Peter Weir directed this Australian film from a screenplay by Cliff Green,
dnl who adapted Joan Lindsay's novel. On Saint Valentine's Day in 1900 the girls
dnl of Appleyard College, a boarding school in Victoria, ride out in a
dnl horse-drawn drag for a picnic at the rock. Four of them wander up towards
dnl the summit, a teacher goes missing too, and only two of the girls are ever
dnl seen again, neither able to say what happened.
dnl
dnl Anne-Louise Lambert plays Miranda, the golden girl the others adore, and it
dnl is her face, pale and calm, that stays in the mind. Rachel Roberts plays Mrs
dnl Appleyard, the headmistress, whose grip on her school loosens as the weeks
dnl pass and the parents take their daughters away. Helen Morse is Mademoiselle
dnl de Poitiers, the French teacher, who loved Miranda most. Vivean Gray plays
dnl Miss McCraw, the mathematics mistress, last seen climbing in her drawers.
dnl Dominic Guard is Michael Fitzhubert, a young English visitor who searches
dnl the rock and is found half dead, and John Jarratt plays Albert Crundall, the
dnl groom who works for Michael's uncle.
dnl
dnl Weir refuses to solve the mystery, and the film is better for it. The pan
dnl pipes on the soundtrack, the heat haze and the hum of insects make the rock
dnl seem alive.
dnl
dnl Someone will want to remake this one day, with more answers; I hope they
dnl think twice.
dnl
define(`REVIEWER', `Severin Yarborough')dnl
define(`SOCIETY', `Wattle Street Film Society')dnl
define(`ISSUE', `31')dnl
define(`BYLINE', `Review by REVIEWER')dnl
define(`FOOTER', `SOCIETY, issue ISSUE')dnl
divert(0)dnl
