# Family Film Hour -- chart for the slide after the review
# Children of Heaven (1997)
#
# Majid Majidi wrote and directed this small Iranian film about a pair of
# shoes. Ali, a boy in south Tehran, loses his little sister's only pair on
# an errand, and the two agree to share his sneakers in shifts, she in the
# morning and he in the afternoon, racing through the alleys to swap them in
# time. Amir Farrokh Hashemian plays Ali and Bahare Seddiqi plays Zahra, the
# sister, and neither seems to know a camera is there. Mohammad Amir Naji
# plays their father, a proud man short of the rent.
#
# Then comes a city race whose third prize is a pair of shoes, and Ali has
# to come third, not first. Majidi shoots the race like an epic, and the
# last shot, of sore feet in a pond full of goldfish, is perfect.
#
# Reviewers like to call it Bicycle Thieves for children. That comparison
# falls apart on a second look: nothing is stolen, and Majidi takes nothing
# from De Sica. The Oscar nomination is the least of it.
#
# Farid Castellanos, Family Film Hour

set terminal pngcairo size 800,480 font 'Sans,10'
set output 'race-chart.png'
set title "Children of Heaven (1997): the race, lap by lap (made-up splits)"
set xlabel "lap"
set ylabel "seconds"
set key top left
set grid
set label 1 "notes: Farid Castellanos" at graph 0.60, graph 0.08

$race << EOD
# lap  third_place  leader
1 61.4 60.7
2 63.4 63.1
3 64.9 63.6
4 61.8 59.7
5 60.4 59.0
6 62.0 61.3
7 64.0 62.0
8 62.9 61.2
EOD

plot $race using 1:2 with linespoints lw 2 title 'third place', \
     $race using 1:3 with lines dashtype 2 title 'leader'
