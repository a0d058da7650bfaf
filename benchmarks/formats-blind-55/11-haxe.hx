// Author: Sol Bramwell
// Review printer, 2026-11-27
class Main {
    static inline var TITLE = "Cure (1997)";
    static inline var REVIEWER = "Sol Bramwell";
    static inline var SIGNOFF = "Sol Bramwell";
    static var paragraphs = [
        "Kiyoshi Kurosawa wrote and directed Cure (1997), a Japanese " +
        "thriller in which ordinary people commit savage murders and " +
        "then cannot say why. Each victim has a cross cut into the " +
        "neck.",
        "Koji Yakusho plays Detective Kenichi Takabe, a tired man with " +
        "a sick wife at home, and Anna Nakagawa plays that wife, Fumie. " +
        "Masato Hagiwara is Mamiya, the drifting young man with no " +
        "memory who asks everyone he meets who they are. Tsuyoshi Ujiki " +
        "plays Sakuma, the psychologist who helps Takabe and slowly " +
        "comes apart.",
        "Kurosawa borrows his worn-out detective and the trail of " +
        "copied killings from Seven (1995), then drains out all the " +
        "rain and the music. Some call it a cousin of The Silence of " +
        "the Lambs; I am not sure it is. He went on to make Pulse, " +
        "which is scarier but not as good."
    ];

    static function main() {
        Sys.println(TITLE);
        for (p in paragraphs) {
            Sys.println("");
            Sys.println(p);
        }
        Sys.println("");
        Sys.println(SIGNOFF);
    }
}
