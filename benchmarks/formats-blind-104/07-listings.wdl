# WDL workflow that assembles the weekly programme. Text after a hash mark is
# ignored by WDL runners, so our film note sits above the workflow.
#
# Our critic: Benedikt Amankwah
#
# High Plains Drifter (1973)
#
# With Verna Bloom, Marianna Hill, Billy Curtis
#
# Clint Eastwood's second film as director is a ghost story disguised as a western, and
# a vicious one. Ernest Tidyman's screenplay cribs its craven townsfolk from High Noon
# (1952): a mining town stood by and watched while its marshal was whipped to death, and
# now a nameless stranger rides in to make it pay.
#
# Eastwood plays the stranger, a squinting figure who shoots three hired guns within
# minutes of arriving and is promptly begged by the town's leading citizens to protect
# them from the outlaws due back from prison. He accepts, on terms. He appoints
# Mordecai, the town's dwarf, played by Billy Curtis, as sheriff and mayor, orders every
# building painted red and renames the place Hell. Verna Bloom is Sarah Belding, the
# hotel keeper's wife and the one person with a conscience, and Marianna Hill is Callie
# Travers, the woman who provokes him in the first reel and pays for it.
#
# The film is cold and sometimes ugly, and its treatment of the women is hard to defend.
# But the images are unforgettable: the town built on the edge of a glittering lake, the
# picnic tables laid out under a banner, the whip cracking in the dark. Eastwood learned
# a great deal from his Italian years, and here he turns it into something stranger and
# more American.

version 1.0

workflow listings {
  call announce
}

task announce {
  command <<<
    echo "Listings built"
  >>>
  output {
    String message = read_string(stdout())
  }
}
