# Second Reel Review: a review as a Cap'n Proto constant.
# Author: Benedetta Corwin
# Filed 27 January 2024.

@0xc7ef71a859f1f176;

struct Review {
  headline @0 :Text;
  film @1 :Text;
  year @2 :UInt16;
  reviewer @3 :Text;
  outlet @4 :Text;
  paragraphs @5 :List(Text);
  signoff @6 :Text;
}

const review :Review = (
  headline = "La vita e bella (1997)",
  film = "Life Is Beautiful",
  year = 1997,
  reviewer = "Benedetta Corwin",
  outlet = "Second Reel Review",
  paragraphs = [
    "For its first hour Life Is Beautiful is a romantic farce in a Tuscan town in 1939. Roberto Benigni, who directed it and wrote it with Vincenzo Cerami, plays Guido Orefice, a Jewish waiter who woos a schoolteacher with a run of staged coincidences, keys dropping from the sky and a hat that keeps changing heads. Nicoletta Braschi, Benigni's wife, plays Dora, the teacher he carries off from her own engagement party on a horse painted green.",
    "In the second hour the family is deported, and Guido persuades their small son Giosue, played by Giorgio Cantarini, that the camp is an elaborate game with a real tank as the prize. Horst Buchholz turns up as Dr. Lessing, a German doctor obsessed with riddles, and Giustino Durano is Eliseo, Guido's gentle uncle.",
    "Benigni's clowning, the flat-footed walk and the pratfalls in the face of uniforms, is borrowed from Chaplin's The Great Dictator (1940), and he never pretends otherwise. Whether comedy belongs anywhere near the camps is a fair argument, and the film does not settle it. This Italian film won three Oscars, one of them for Benigni himself, who climbed over the seats to collect it."
  ],
  signoff = "Reviewed by Benedetta Corwin for Second Reel Review, 27 January 2024."
);
