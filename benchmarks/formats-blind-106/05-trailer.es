#!/usr/local/bin/es
# es script that prints the trailer reel order. es skips a hash and the rest of
# its line, so the week's review travels in remarks.
#
# Aguirre, the Wrath of God (1972)
#
# Werner Herzog wrote and directed this fever dream of a conquest, known at home
# as Aguirre, der Zorn Gottes, and filmed it in the Peruvian jungle with a crew
# that was nearly as lost as its characters. A West German production made for
# very little money, it follows a Spanish expedition that breaks away from
# Pizarro's army in search of El Dorado and drifts downriver on rafts toward
# madness.
#
# Klaus Kinski plays Don Lope de Aguirre, the second-in-command who seizes the
# expedition, and he is terrifying: hunched, sidelong, speaking in a hiss. Ruy
# Guerra is Pedro de Ursua, the nobleman he deposes, Del Negro plays Brother
# Gaspar de Carvajal, the friar whose chronicle frames the story, and Cecilia
# Rivera is Flores, Aguirre's daughter.
#
# The famous opening, a column of soldiers and slaves winding down a mist-wrapped
# mountain, has few equals in the cinema of that decade. The rest is quieter and
# stranger, arrows flying out of silence, a horse left standing on the bank. The
# final circling shot, Aguirre alone on a raft swarming with monkeys, is
# unforgettable.
#
# (This note reached the desk without a name and runs unsigned.)

fn reel n { echo reel $n }

for (i = 1 2 3) { reel $i }
