#!/usr/bin/env bash
# flatmates.sh -- prints this week's review for the flat's notice board
# Author: Morwenna Quist
# Date:   2018-10-09

set -euo pipefail

FILM="Shallow Grave"
YEAR=1994
REVIEWER="Morwenna Quist"

print_header() {
  printf "%s (%s), reviewed by %s\n\n" "$FILM" "$YEAR" "$REVIEWER"
}

print_review() {
  cat <<'REVIEW'
Shallow Grave (1994) is a British thriller directed by Danny Boyle from a screenplay by
John Hodge, and it borrows its greed-and-corpse machinery from the Coen brothers' Blood
Simple (1984): a body that will not stay buried, money nobody earned, and friends who
stop trusting each other by the hour.

Kerry Fox plays Juliet Miller, a doctor; Christopher Eccleston is David Stephens, an
accountant; and Ewan McGregor plays Alex Law, a journalist. They share a large Edinburgh
flat and interview applicants for the spare room with real cruelty. Keith Allen plays
Hugo, the tenant they finally choose, who is dead within a day and leaves a suitcase of
cash under his bed. Ken Stott is Detective Inspector McCall.

The first half is a comedy of bad manners and the second a horror film in an attic.
Eccleston has the hardest turn, from the dullest of the three to the most frightening.
Boyle, Hodge and McGregor went on to Trainspotting. Someone will call the suitcase a
modern Treasure of the Sierra Madre (1948); I would not go that far.

-- Morwenna Quist
REVIEW
}

# The spare room is still free; interviews on Sunday.
print_header
print_review
