// Yorick script for the seating plan (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Lady and the Tramp (2019)
//
// Disney's streaming service opened with this live-action remake of its own animated Lady and
// the Tramp (1955), and it is a gentle, pleasant, slightly pointless thing. Charlie Bean
// directed, and Andrew Bujalski and Kari Granlund wrote the screenplay, which adds a little
// plot and takes away the Siamese cats and their song.
//
// The dogs are real dogs, given moving mouths by computer, and they are better company than we
// might fear. Tessa Thompson voices Lady, the cocker spaniel who is spoilt and happy until her
// owners have a baby, and Justin Theroux voices Tramp, the mongrel from the wrong side of the
// tracks who shows her the town. Thomas Mann and Kiersey Clemons play Jim Dear and Darling,
// the young couple, and Yvette Nicole Brown is Aunt Sarah, who arrives with her cats and a
// muzzle. Sam Elliott voices Trusty, the old bloodhound who has lost his sense of smell, and
// Ashley Jensen is Jock, the Scottish terrier next door. F. Murray Abraham plays Tony, who
// serves the famous plate of spaghetti.
//
// The new scenes, a chase through the rail yard and a longer stay in the dog pound, add
// little. The famous kiss over the meatball is still there, and still sweet. The dogcatcher,
// Elliot, is now a proper villain, though nobody will remember who played him. Children will
// like it; adults may want to dig out the cartoon.
//
// Reviewed by Perpetua Gallwey

plan = array(0, 12, 20);
plan(3, 4:9) = 1;

func free_in_row(p, row)
{
  return numberof(where(p(row, ) == 0));
}

write, format="free seats in row 3: %d\n", free_in_row(plan, 3);
