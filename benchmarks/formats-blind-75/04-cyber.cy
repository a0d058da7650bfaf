-- Ticket counter for screen one, in Cyber.
-- The programme note of the week is kept in these comments.
--
-- The Rocketeer (1991)
--
-- Joe Johnston directed this adventure from a screenplay by Danny Bilson and Paul De Meo,
-- based on Dave Stevens's comic books, and it owes its spirit, its villains and its
-- cliffhangers to Steven Spielberg's Raiders of the Lost Ark (1981). Like that film it looks
-- back fondly at the Saturday serials, and like that film it puts Nazis behind the trouble.
--
-- The year is 1938. Billy Campbell plays Cliff Secord, a young stunt pilot in Los Angeles who
-- finds a stolen rocket pack hidden in a plane at his airfield. With his mechanic and friend
-- Peevy (Alan Arkin), he straps it on and becomes a sensation at an air show. Jennifer
-- Connelly is Jenny Blake, his girlfriend, an actress with small parts and large hopes, and
-- Timothy Dalton plays Neville Sinclair, a swashbuckling film star who wants the rocket for
-- reasons of his own. Paul Sorvino is Eddie Valentine, a gangster who turns out to have
-- principles, and Terry O'Quinn appears as Howard Hughes, who built the thing.
--
-- Campbell is earnest and slightly dull, but Connelly and Dalton are a pleasure, and Dalton
-- plainly enjoys mocking the kind of hero he was hired to play elsewhere. Tiny Ron, under
-- heavy makeup, is Lothar, Sinclair's giant henchman.
--
-- The flying scenes are done with old-fashioned care, and the colours glow. It is a film for
-- children that adults will enjoy, and it ends on a burning zeppelin, which is where such
-- films ought to end.
--
-- Reviewed by Lucas Abernethy-Sousa

var seats = 180
var sold = 0

func sell(n int) int:
    sold += n
    return seats - sold

print(sell(2))
