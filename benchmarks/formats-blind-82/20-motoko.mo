// Motoko canister for the lobby's seat bookings (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Review by Anselm Delacroix
//
// The Good German (2006)
//
// Steven Soderbergh shot this Berlin thriller in black and white, with the lenses, lighting
// and back projection of a studio picture of the forties, and it takes Casablanca (1942) as
// its model right down to a farewell on an airfield. Paul Attanasio wrote the screenplay
// from Joseph Kanon's novel, and it is set in the ruined city during the Potsdam Conference.
//
// George Clooney plays Jake Geismer, a war correspondent who has come back to Berlin to
// cover the conference and to look for Lena Brandt, a woman he loved before the war. Cate
// Blanchett plays Lena, who has survived by doing things she will not talk about, and she is
// the best thing in the film, with a voice and a face that seem to belong to another decade.
// Tobey Maguire is Tully, Jake's driver, a cheerful corporal who sells anything he can find
// on the black market and who is also Lena's lover; he is dead before the first act is over,
// and his death sets the plot going.
//
// For all its craft the film is curiously inert. The old movies it copies had stars who were
// having fun, and this one has actors doing an exercise. The plot, about a rocket scientist
// whom the Americans and the Russians both want, is confusing. Comparisons with The Third
// Man miss the mark; Reed's film had a sense of humour. As an American production it is a
// brave experiment, and a cold one.

import Nat "mo:base/Nat";

actor SeatBookings {
  stable var seats : Nat = 212;
  stable var sold : Nat = 0;

  public func book(n : Nat) : async Bool {
    if (sold + n > seats) { return false };
    sold += n;
    true
  };

  public query func remaining() : async Nat {
    seats - sold
  };
}
