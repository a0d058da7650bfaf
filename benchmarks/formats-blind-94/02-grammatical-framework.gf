-- Tickets.gf: abstract syntax for the box office's ticket phrases (cinema.example).
-- GF ignores the rest of a line after two dashes, so the week's review is kept up here.
--
-- Smoke (1995)
--
-- Wayne Wang directed this and Paul Auster wrote it, and the film feels like a bundle of
-- stories told across a shop counter. Nearly everything happens in or near a cigar store on a
-- Brooklyn corner.
--
-- Harvey Keitel plays Auggie Wren, who runs the store and who has photographed the same corner
-- at the same hour every morning for years; the scene in which he turns the pages of his
-- albums for a friend is where the film finds its heart. That friend is Paul Benjamin, played
-- by William Hurt, a novelist who has not written a word since his wife was killed by a stray
-- bullet. Harold Perrineau plays Rashid, a teenager who pulls Paul out of the path of a truck
-- and then lies about everything, including his name, which turns out to be Thomas Cole.
-- Forest Whitaker plays Cyrus Cole, the father who left him, now running a garage outside the
-- city with a hook in place of one hand. Stockard Channing plays Ruby, an old flame of
-- Auggie's who arrives with news of a daughter, and Ashley Judd plays Felicity, that daughter,
-- furious and pregnant.
--
-- Nothing much happens and a great deal is said. The pleasure lies in the talk, in Keitel's
-- patience, in Hurt's shy generosity, and in the way the lies told here keep turning into
-- kindnesses. The closing Christmas story, told by Auggie over lunch and then played out in
-- black and white, is as good as any short film of its day. A companion piece, Blue in the
-- Face, followed soon after.
--
-- Written by Ilse Brandvold

abstract Tickets = {

  flags startcat = Request ;

  cat
    Request ; Show ; Seat ; Count ;

  fun
    Book     : Count -> Show -> Request ;
    BookSeat : Count -> Show -> Seat -> Request ;
    Cancel   : Show -> Request ;
    Matinee  : Show ;
    Evening  : Show ;
    Late     : Show ;
    One      : Count ;
    Two      : Count ;
    Many     : Int -> Count ;
    Aisle    : Seat ;
    Centre   : Seat ;
}
