#!/usr/bin/env python3
"""Print the summer-of-cameras review for the club mailing list.

Author: Cornelius Abernethy-Diaz
Written: 2020-09-01
"""

import textwrap

FILM = "Super 8"
YEAR = 2011
REVIEWER = "Cornelius Abernethy-Diaz"
FRAMES_PER_SECOND = 18  # Super 8 film runs at 18 or 24 frames a second

REVIEW = """\
J. J. Abrams wrote and directed Super 8 (2011), an American film set in a small Ohio
steel town in 1979, and it borrows its children on bicycles, its absent parent and its
homesick creature from E.T. the Extra-Terrestrial (1982). Steven Spielberg produced it,
which makes the borrowing a family matter.

Joel Courtney plays Joe Lamb, whose mother has died in an accident at the mill. Kyle
Chandler is his father, Deputy Jackson Lamb, who does not know how to talk to him. Elle
Fanning plays Alice Dainard, and Ron Eldard is her father Louis, who blames himself.
Riley Griffiths plays Charles Kaznyk, the bossy director of the boys' zombie movie, and
Ryan Lee is Cary, who loves fireworks too much. Noah Emmerich plays Nelec, the Air Force
officer.

The train crash is enormous and the creature is a letdown, but the kids are real. Stay
for the credits, where The Case, the zombie film they were making, plays in full. The
Goonies (1985) comes up in every notice; I would not count it.

-- Cornelius Abernethy-Diaz
"""


def main():
    print(f"{FILM} ({YEAR})")
    print("-" * 40)
    for para in REVIEW.split("\n\n"):
        print(textwrap.fill(" ".join(para.split()), 72))
        print()


if __name__ == "__main__":
    main()
