//// Programme note for Saturday's screening. The booking page prints this
//// module's documentation above the seat counter.
////
//// Amadeus (1984)
////
//// Miloš Forman directed this film of Peter Shaffer's play, and Shaffer
//// wrote the screenplay himself. An old man in a Vienna asylum tells a young
//// priest how he murdered Mozart, or believes he did. He is Antonio Salieri,
//// court composer to the Emperor, played by F. Murray Abraham, who prayed as
//// a boy for fame and got it, only to meet a giggling young man whose music
//// was plainly better than his and seemed to arrive without effort.
////
//// Tom Hulce plays Wolfgang Amadeus Mozart with a laugh like a donkey's and
//// no manners at all, and Elizabeth Berridge is his wife, Constanze, who
//// takes his scores to Salieri behind his back. Jeffrey Jones is the Emperor
//// Joseph II, a pleasant man who finds some of the music has too many notes,
//// and Roy Dotrice plays Mozart's father, Leopold, whose shadow falls across
//// Don Giovanni. Simon Callow is Emanuel Schikaneder, the showman who puts
//// on The Magic Flute in a suburban theatre.
////
//// It is not a biography in any sober sense, and none the worse for that: it
//// is a story about envy, told by the envious man. Forman, who had made One
//// Flew Over the Cuckoo's Nest (1975) in America, shot it in Prague, whose
//// streets stand in for Vienna. The scene in which the dying Mozart dictates
//// the Requiem to Salieri, who can barely keep up, is the best thing in it,
//// and the music, conducted by Neville Marriner, does the rest.
////
//// Tobias Wrenfield

import gleam/int
import gleam/list

/// Seats in the main house.
pub const capacity = 240

/// Seats still free after the given bookings.
pub fn seats_left(bookings: List(Int)) -> Int {
  capacity - list.fold(bookings, 0, fn(acc, n) { acc + n })
}

/// The line shown under the note, e.g. "12 seats left".
pub fn label(bookings: List(Int)) -> String {
  case seats_left(bookings) {
    0 -> "Sold out"
    1 -> "1 seat left"
    n -> int.to_string(n) <> " seats left"
  }
}
