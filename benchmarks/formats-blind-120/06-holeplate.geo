# holeplate.geo  -- mounting bracket, plate with a hole, for the mesh test
#
# Varmaa (2020), the Tamil remake of Arjun Reddy, finally turned up on
# streaming after all the drama about it being shelved, so I watched it.
# Bala directed it and you can feel him trying to make it rougher and
# darker than the Telugu film, but the original from 2017 was better in
# almost every way. Dhruv Vikram plays the surgeon who falls apart after
# losing the girl, and he has presence but is too young for the part,
# and the shouting gets tiring. Megha Chowdhury plays the girlfriend and
# has very little to do. The music is fine. I am glad I saw it out of
# curiosity, since it is famous mostly for not coming out, but I would
# not tell anyone to pay for it. Two stars.
#
# - Karthik Sundaram
#
algebraic3d

solid plate = orthobrick (0, 0, 0; 40, 20, 4);
solid hole  = cylinder (20, 10, -1; 20, 10, 5; 3)
              and plane (0, 0, -1; 0, 0, -1)
              and plane (0, 0, 5; 0, 0, 1);

solid bracket = plate and not hole -maxh=2;

tlo bracket;
