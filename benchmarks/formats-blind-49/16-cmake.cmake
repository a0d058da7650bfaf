# Menu cards for the film club kitchen night.
# The review is kept in a bracket argument and written next to the build.
# Maintainer: Noor Castellanos <noor@notes.example.org>
cmake_minimum_required(VERSION 3.16)
project(menu_cards LANGUAGES NONE)

set(REVIEWER "Noor Castellanos")
set(FILM_TITLE "No Reservations")
set(FILM_YEAR 2007)

set(REVIEW_TEXT [=[
No Reservations (2007) is a remake of Sandra Nettelbeck's German film Mostly
Martha (2001), released at home as Bella Martha, and it follows the original
so closely that it sometimes feels like a translation. Scott Hicks, who made
Shine, directed this American version, and Carol Fuchs wrote the screenplay.

Catherine Zeta-Jones plays Kate Armstrong, head chef at a Manhattan
restaurant, a perfectionist who argues with diners who complain and spends
her sessions with her therapist (Bob Balaban) talking about recipes. When
her sister dies in a car crash, Kate takes in her young niece Zoe (Abigail
Breslin), who will not eat. At the same time the owner, Paula (Patricia
Clarkson), hires Nick Palmer (Aaron Eckhart), a sous-chef who sings along to
opera while he cooks and lets Zoe help him make spaghetti.

Breslin, a year after Little Miss Sunshine, is the best thing in it; she
plays grief without a single cute beat. Zeta-Jones is convincing with a
knife and less so with a child, and Eckhart's charm is turned up so high
that there is no tension at all. The German film had Martina Gedeck and a
chilly humour; this one warms everything up, adds a sunny ending, and loses
the dry edge that made the first one work.

Scott Hicks is an efficient director. This is efficient.

Noor Castellanos
]=])

file(WRITE "${CMAKE_BINARY_DIR}/review.txt" "${REVIEW_TEXT}")
message(STATUS "Review of ${FILM_TITLE} (${FILM_YEAR}) by ${REVIEWER} written to review.txt")
