// ACES CTL transform for the grading suite. Double-slash lines are remarks to
// the CTL interpreter, and the review is kept in them.
//
// Review filed by Priscilla Okonkwo-Harte
//
// A Million to Juan (1994)
//
// Mark Twain's story about a poor man handed a banknote for a million pounds has been
// filmed several times, and this amiable comedy is a remake of The One Million Pound
// Note (1916), moved to the present day. Paul Rodriguez directs and stars, setting the
// tale in East Los Angeles and turning the banknote into a cheque for a million dollars.
//
// Rodriguez plays Juan Lopez, a widowed street vendor who is trying to keep his young
// son fed and sort out his immigration papers. One day a stranger in a limousine hands
// him the cheque, a loan for a month, on the condition that he may not spend it. Merely
// holding it changes everything: banks fawn on him, salesmen fall over themselves, and
// neighbours who once ignored him ask for favours. Polly Draper plays a businesswoman
// who takes an interest in Juan and his cheque and slowly comes to like him, and Edward
// James Olmos drops in for a cameo.
//
// The film is gentle to a fault, and its satire of money and snobbery has few teeth.
// Some scenes play like a television sitcom. But Rodriguez is a likeable lead, the
// locations feel lived in, and the ending is warm without being syrupy.

void main
(
    input varying float rIn,
    input varying float gIn,
    input varying float bIn,
    input varying float aIn,
    output varying float rOut,
    output varying float gOut,
    output varying float bOut,
    output varying float aOut
)
{
    rOut = rIn;
    gOut = gIn;
    bOut = bIn;
    aOut = aIn;
}
