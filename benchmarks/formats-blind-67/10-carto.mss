/* venues.mss -- walking map of the festival's screening venues
 *
 * The festival prints this stylesheet's opening comment on the back of the
 * map; this year it carries the family-screening note.
 *
 * My Neighbor Totoro (1988)
 *
 * Hayao Miyazaki wrote and directed this Japanese animated film, and very
 * little happens in it, which is its great achievement. In the 1950s a
 * university lecturer, Tatsuo Kusakabe, moves with his two daughters to an
 * old house in the country to be near the hospital where their mother,
 * Yasuko, is recovering from a long illness. Satsuki, who is about ten, keeps
 * house and goes to the village school; Mei, who is four, explores the garden
 * and finds the creatures who live in the great camphor tree.
 *
 * In the original Japanese version Noriko Hidaka voices Satsuki, Chika
 * Sakamoto voices Mei, Shigesato Itoi plays the father and Sumi Shimamoto the
 * mother. The largest of the creatures is Totoro, a huge grey furry thing
 * voiced, in roars and yawns, by Hitoshi Takagi. The best scene is a rainy
 * night at a bus stop, when the girls lend him an umbrella and he is
 * enchanted by the sound of the drops on it. Tanie Kitabayashi plays Granny,
 * the neighbour who looks after the girls, and then there is the Catbus.
 *
 * There is no villain, no danger beyond a lost child and a telegram from the
 * hospital, and the film trusts both its children and its audience. It first
 * played on a double bill with Isao Takahata's Grave of the Fireflies (1988),
 * which must have made for a hard evening. Joe Hisaishi's music has been in
 * my head for a week.
 *
 * Oriane Whitcombe
 */

Map {
  background-color: #f4f1ea;
}

#roads {
  line-color: #d6d0c4;
  line-width: 1;
  [highway = 'primary'] { line-width: 2.5; line-color: #c9bfae; }
  [zoom >= 16] { line-width: 2; }
}

#venues[zoom >= 13] {
  marker-width: 9;
  marker-fill: #b3472d;
  marker-line-color: #ffffff;
  marker-line-width: 1.5;
  marker-allow-overlap: true;
  text-name: [name];
  text-face-name: 'DejaVu Sans Bold';
  text-size: 11;
  text-dy: -12;
  text-halo-fill: #ffffff;
  text-halo-radius: 1.5;
}
