// matinee.move -- Move module for the family matinee's loyalty stamps.
// Reviewed by Maud Ellerbeck
//
// Enchanted (2007)
//
// Disney makes fun of itself here, gently, and it works because the joke is
// told with love. Kevin Lima directed, from a screenplay by Bill Kelly, and
// the first ten minutes are a hand-drawn cartoon of the old kind, set in the
// kingdom of Andalasia, where Giselle, a young woman who talks to animals, is
// to marry Prince Edward after one song and one rescue.
//
// Edward's stepmother, Queen Narissa, has other plans and pushes the bride
// down a well, and Giselle climbs out of a manhole in Times Square, in the
// flesh and still in her wedding dress. Amy Adams plays her without a wink:
// sunny, literal and unbreakable, she is the best thing in the picture.
// Patrick Dempsey is Robert Philip, a divorce lawyer and single father who
// takes her in against his better judgement, and Rachel Covey is his
// daughter, Morgan, who is delighted. Idina Menzel plays Nancy Tremaine,
// Robert's sensible girlfriend, and James Marsden, as Edward, follows Giselle
// into the city with his sword out and his chest puffed, a prince who has
// never met a problem he could not sing at. Susan Sarandon is Narissa, and
// Timothy Spall is Nathaniel, her unhappy servant.
//
// Giselle's cleaning song, sung to the city's rats, pigeons and cockroaches,
// is lifted from Snow White and the Seven Dwarfs (1937), and a dozen other
// cartoons are winked at along the way. The songs are good, the big number in
// Central Park is a joy, and the ending, with a dragon on a skyscraper, is
// only a little too long.

module 0x42::matinee {
    const E_CARD_FULL: u64 = 1;
    const STAMPS_PER_CARD: u64 = 10;

    struct Card has key, store {
        stamps: u64,
    }

    public fun new_card(): Card {
        Card { stamps: 0 }
    }

    public fun stamp(card: &mut Card) {
        assert!(card.stamps < STAMPS_PER_CARD, E_CARD_FULL);
        card.stamps = card.stamps + 1;
    }

    public fun free_ticket_due(card: &Card): bool {
        card.stamps == STAMPS_PER_CARD
    }
}
