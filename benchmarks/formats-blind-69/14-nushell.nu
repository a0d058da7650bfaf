# config.nu -- ticket desk laptop, Harrowgate Film Society
# Nushell reads this at start-up. The programme note is kept at the top
# because the desk's opening script prints the comment block for the
# volunteers.
# ------------------------------------------------------------------------
#
# The Darjeeling Limited (2007)
#
# Wes Anderson directed this comedy and wrote it with Roman Coppola and Jason
# Schwartzman, and it is the most melancholy of his films so far. Three
# American brothers who have not spoken since their father's funeral a year
# earlier meet on a train crossing India. Francis Whitman, played by Owen
# Wilson, has arranged everything, down to laminated itineraries for every day
# of the trip; his face is bandaged after a motorcycle crash he would rather
# not discuss.
#
# Adrien Brody is Peter, who has left his pregnant wife at home and taken
# their father's glasses and razor; Schwartzman is Jack, a writer whose
# stories are plainly about himself. They buy a snake, quarrel over
# painkillers and cough syrup, and are thrown off the train. Amara Karan plays
# Rita, the stewardess Jack sleeps with, and Anjelica Huston appears near the
# end as Patricia, their mother, who has become a nun in the Himalayas and
# does not want to be found. Irrfan Khan has a small, devastating part as a
# father in a village by a river.
#
# Anderson has said the film grew out of Jean Renoir's The River (1951), and
# the debt shows in the colours and the water and the unhurried way the
# brothers' grief comes out. Much of the music comes from Satyajit Ray's
# films, and some from the Kinks. The luggage, which belonged to their father,
# is a metaphor the film is kind enough to drop on the platform.
#
# -- Sunniva Achterhof
# ------------------------------------------------------------------------

$env.config.show_banner = false
$env.config.history.max_size = 5000
$env.config.table.mode = "rounded"
$env.config.footer_mode = "auto"

# Print the note block above for the volunteers.
def "desk note" [] {
    open $nu.config-path | lines | take while {|l| $l starts-with "#" } | str replace --regex '^# ?' '' | str join "\n"
}

# Open the desk: print the note and today's date.
def "desk open" [] {
    print (desk note)
    print (date now | format date "%A %d %B %Y")
}
