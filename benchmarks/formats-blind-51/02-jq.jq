# review.jq -- builds a film review as plain text
# Author: Tomasz Brenner <tb@filmnotes.example.net>
# Written: 2023-11-19
# Run: jq -n -r -f review.jq

def film: {title: "Ugetsu", year: 1953, reviewer: "Tomasz Brenner"};

def paragraphs: [
  "Ugetsu (Ugetsu Monogatari), directed by Kenji Mizoguchi in 1953 " +
    "from a screenplay by Yoshikata Yoda and Matsutaro Kawaguchi, is " +
    "a Japanese ghost story told inside a civil war. Two village men " +
    "chase profit and glory while armies burn the countryside: " +
    "Genjuro, a potter played by Masayuki Mori, and his " +
    "brother-in-law Tobei (Sakae Ozawa), who wants to be a samurai. " +
    "Kinuyo Tanaka is Miyagi, Genjuro's patient wife, and Mitsuko " +
    "Mito is Ohama, Tobei's wife, who pays for his ambition. Machiko " +
    "Kyo is Lady Wakasa, the noblewoman who buys Genjuro's pots and " +
    "then keeps him.",
  "The tales behind it come from Ueda Akinari's eighteenth-century " +
    "collection, with a Maupassant story folded in; none of that " +
    "reading is needed. What you do need is patience for the long " +
    "camera movements over the lake in fog, which are the best thing " +
    "in it.",
  "Mori and Kyo had both been in Rashomon (1950), and people like " +
    "to say Mizoguchi took his ghosts from Kurosawa's film. I do not " +
    "see it; the two could hardly be further apart. It won a Silver " +
    "Lion at Venice, which for once was deserved."
];

def signoff: "-- Tomasz Brenner";

(film | "\(.title) (\(.year))"),
"",
(paragraphs[] | ., ""),
signoff
