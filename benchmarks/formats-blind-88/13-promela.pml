/*
  turnstile.pml: Promela model of the two lobby turnstiles (cinema.example).
  The week's programme note is kept in this comment.

  Brian's Song (2001)

  John Gray directed this television remake of Brian's Song (1971), the film that made a
  generation of American men cry in front of their sets, and it tells the same true story
  again: the friendship of two Chicago Bears running backs in the late sixties, one black
  and one white, and the cancer that killed one of them at twenty-six.

  Sean Maher plays Brian Piccolo, a cocky, joking halfback from Florida who was never
  supposed to make the team, and Mekhi Phifer plays Gale Sayers, the shy, brilliant star
  who becomes his roommate when the club decides it is time for black and white players to
  share rooms on the road. Ben Gazzara plays George Halas, the team's gruff old owner and
  coach. Paula Cale is Joy, Brian's wife, and Elise Neal plays Linda, Gale's wife.

  Maher has an easy charm that suits Piccolo, and Phifer catches Sayers's reserve. Gazzara
  is solid. But the film is too respectful of its model: scene after scene is laid out as
  it was before, and the new version adds nothing but a little more football.

  Anyone who has seen James Caan and Billy Dee Williams in the first version will keep
  comparing, and this one loses. Those who have not may well be moved, and ought to bring
  handkerchiefs.

  Review by Thaddeus Brackenbury
*/

#define SEATS 3

byte inside = 0;

active [2] proctype Turnstile()
{
    do
    :: atomic { inside < SEATS -> inside++ }
    :: atomic { inside > 0 -> inside-- }
    od
}

active proctype Monitor()
{
    assert(inside <= SEATS)
}
