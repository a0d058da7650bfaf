-- seats.m2: a Macaulay2 exercise from the cinema.example staff maths club.
-- Macaulay2 reads nothing after a double dash, and this programme note went there.
--
-- The Burning (1981)
--
-- Tony Maylam directed this summer-camp horror film, written by Peter Lawrence and Bob
-- Weinstein, and it follows the formula of Friday the 13th (1980) so closely that it might have
-- been traced: teenagers in the woods, a legend told by the campfire, and a killer who picks
-- them off one at a time.
--
-- Lou David plays Cropsy, a camp caretaker who is horribly burned when a prank by his young
-- charges goes wrong. Years later he comes out of hospital with a pair of garden shears and a
-- grudge, and heads for another camp. Brian Matthews plays Todd, the counsellor with a secret,
-- and Leah Ayres plays Michelle, his fellow counsellor. Brian Backer plays Alfred, the lonely
-- boy nobody believes, and the campers include Jason Alexander as Dave, a cheerful loudmouth,
-- Fisher Stevens as Woodstock and Holly Hunter as Sophie, all of them years away from fame.
--
-- The film is better made than most of its kind. The camp feels lived in, the young actors are
-- natural, and a massacre on a raft in broad daylight is genuinely shocking, thanks to makeup
-- effects that do not flinch. The characters are thin and the final confrontation is hurried,
-- but there are worse ways to spend a rainy night.
--
-- It came through the staff door unsigned; whoever wrote it has kept quiet since.

R = QQ[x, y, z]
I = ideal(x^2 - y*z, y^3 - x*z)
G = gb I
print gens G
print dim I
