(*
   seats.v: a small proof about the balcony seat count (cinema.example).
   The programme note of the week is kept in this comment.

   Reviewed by Mirela Castellanos

   Field of Dreams (1989)

   Phil Alden Robinson wrote and directed this adaptation of W. P. Kinsella's novel
   Shoeless Joe, and it is a film that either carries you off or leaves you cold; it
   carried me most of the way.

   Kevin Costner plays Ray Kinsella, an Iowa farmer who hears a voice in his cornfield
   telling him that if he builds it, he will come, and who ploughs under part of his crop
   to build a baseball diamond. Amy Madigan is Annie Kinsella, his wife, who backs him
   against her family and the bank, and Gaby Hoffmann plays Karin, their small daughter,
   who sees the players first. Ray Liotta is Shoeless Joe Jackson, the banished star of the
   Black Sox scandal, who walks out of the corn to play again. James Earl Jones plays
   Terence Mann, a reclusive writer of the sixties whom Ray more or less kidnaps in Boston,
   and Burt Lancaster, in one of his last roles, is Dr. Archibald Graham, known as
   Moonlight, an old small-town doctor who once played a single inning in the big leagues.
   Timothy Busfield plays Mark, Annie's brother, who wants to buy the farm.

   The film is soft at the centre, and the mystical business could have been unbearable. It
   is saved by its actors, Jones above all, whose speech about the game is delivered with
   such conviction that you forget to laugh. The last scene, a game of catch at dusk, is
   plain and devastating.
*)

Require Import Arith Lia.

Definition balcony_rows : nat := 6.
Definition seats_per_row : nat := 14.
Definition balcony_seats : nat := balcony_rows * seats_per_row.

Lemma balcony_seats_value : balcony_seats = 84.
Proof. reflexivity. Qed.

Lemma free_plus_booked : forall b, b <= balcony_seats -> balcony_seats - b + b = balcony_seats.
Proof. intros b H. lia. Qed.
