# Les Demoiselles de Rochefort: the sisters sing, the town dances
# Author: Corentin Lavalette
#
# Jacques Demy wrote and directed The Young Girls of Rochefort in 1967,
# three years after his umbrellas, and this time everyone is dancing.
# Catherine Deneuve and her real sister Francoise Dorleac play twins,
# Delphine and Solange Garnier, who teach ballet and music in a seaside town
# and wait for love during a weekend fair.
#
# Demy's film pays open tribute to the Hollywood musical, to Singin' in the
# Rain (1952) most of all, and hires Gene Kelly to prove it. Kelly plays
# Andy Miller, an American composer who falls for Solange. George Chakiris
# turns up as Etienne, a travelling showman, Danielle Darrieux plays the
# twins' mother, Yvonne, and Michel Piccoli is Simon Dame, the music shop
# owner she left years ago.
#
# Michel Legrand's score never stops, and the pastel town is almost too
# lovely to bear. Some will find this French confection thin. I found it
# hard to leave.
#
# Corentin Lavalette, Quai des Bobines, 22 April 2026

restart;
twins := [Delphine, Solange]:
fairdays := 2:
numsongs := add(k, k = 1 .. fairdays);
nops(twins) * fairdays;
printf("%d songs over %d days\n", numsongs, fairdays);
