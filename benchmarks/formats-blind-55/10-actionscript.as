// Author: June Okafor
// Review card for the Sunday Matinee Club page, 2026-11-26
package {
    import flash.display.Sprite;

    public class ReviewCard extends Sprite {
        public static const TITLE:String = "Fathers' Day (1997)";
        public static const REVIEWER:String = "June Okafor";
        public static const SIGNOFF:String = "June Okafor, Sunday Matinee Club";
        public static const PARAGRAPHS:Array = [
            "Ivan Reitman's Fathers' Day (1997) is an American remake of " +
            "the French comedy Les Comperes (1983), and it is a good deal " +
            "louder. Lowell Ganz and Babaloo Mandel wrote the screenplay.",
            "Billy Crystal plays Jack Lawrence, a sharp-tongued lawyer, and " +
            "Robin Williams plays Dale Putley, a failed writer who has been " +
            "thinking about ending it all. A former girlfriend, Collette, " +
            "played by Nastassja Kinski, tells each of them in secret that " +
            "he is the father of her runaway son, Scott, played by Charlie " +
            "Hofheimer. Julia Louis-Dreyfus is Carrie, the wife of Jack, in " +
            "a part much too small for her.",
            "Francis Veber's original had Gerard Depardieu and Pierre " +
            "Richard, and their quarrels had a rhythm this pair never " +
            "finds. Reitman made Ghostbusters and Twins, and neither is any " +
            "help here. I doubt anyone will remember it beside Three Men " +
            "and a Baby, which did the French remake trick better."
        ];

        public function ReviewCard() {
            trace(TITLE);
            for each (var p:String in PARAGRAPHS) {
                trace("");
                trace(p);
            }
            trace("");
            trace(SIGNOFF);
        }
    }
}
