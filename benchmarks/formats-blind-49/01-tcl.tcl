#!/usr/bin/env tclsh
# Review card for the Wednesday film circle, printed at the start of the evening.
# Author: Marguerite Vallance <m.vallance@club.example.net>
# Written: 6 March 2024
package require Tcl 8.6

set film     "Ikiru"
set year     1952
set reviewer "Marguerite Vallance"

# The review is kept in one braced string so that no character needs escaping.
set review {
Ikiru (1952) is the Akira Kurosawa picture that people forget to mention
between Rashomon and Seven Samurai, and it may be the one that lasts
longest. Kurosawa wrote the script with Shinobu Hashimoto and Hideo
Oguni, and the premise of this Japanese film is blunt: Kanji Watanabe, a
Tokyo section chief who has stamped papers for thirty years without
doing anything, learns that he has stomach cancer and a few months to
live. Takashi Shimura plays him hunched, hat in hand, his voice barely
above a cough, and it is one of the great performances of the decade.

The first half follows Watanabe through a night of drinking with a
novelist and then through afternoons with Toyo (Miki Odagiri), a young
clerk who has quit to make toy rabbits in a factory and whose appetite
for life baffles him. His son Mitsuo (Nobuo Kaneko) assumes the worst
and worries about the savings. The second half jumps ahead to the wake,
where colleagues argue drunkenly over who really got a small playground
built, and the film turns into a comedy of bureaucrats taking credit.

Some viewers pair it with Ozu's Tokyo Story, made a year later; nothing
passes between the two beyond a shared chill in the family. The story
owes something to Tolstoy's The Death of Ivan Ilyich, which is a
novella, not a film. The English version, Living, with Bill Nighy, came
seventy years afterwards and is a separate matter.

The swing in the snow, with Shimura softly singing Gondola no Uta, is as
good as anything Kurosawa shot.

Marguerite Vallance
}

proc rule {width} {
    return [string repeat - $width]
}

puts "$film ($year)"
puts [rule 40]
foreach para [split [string trim $review] "\n"] {
    puts $para
}
puts [rule 40]
