#!/usr/bin/env fish
# review.fish: prints a film review; source it or run it with fish.
# Author: Marisol Quintero
# Date: 2024-06-02

set -l film "Badlands (1973)"
set -l reviewer "Marisol Quintero"

function show_review --argument-names film
    echo $film
    echo
    echo "Terrence Malick wrote and directed Badlands, his first feature, \
in 1973. Kit, a garbage collector who looks like James Dean, \
meets Holly, a girl of fifteen, and after he shoots her father \
the two drive off across the plains."
    echo
    echo "Martin Sheen plays Kit Carruthers with a strange politeness that \
makes each killing worse. Sissy Spacek plays Holly Sargis and \
also narrates, in a flat voice borrowed from the romance \
magazines she reads. Warren Oates has only a few scenes as her \
father, a sign painter, but they are enough."
    echo
    echo "Malick takes his young lovers on the run from Joseph H. Lewis's \
Gun Crazy (1950), though he drains away the thrills. Most \
reviews set it next to Bonnie and Clyde; I do not think the two \
have much in common beyond the guns. The story is loosely drawn \
from the Starkweather killings of 1958, and the film ends in \
Montana with Kit handing out his belongings to the soldiers. \
Days of Heaven would come five years later."
    echo
    echo "Marisol Quintero, Plains and Pictures."
end

show_review $film
