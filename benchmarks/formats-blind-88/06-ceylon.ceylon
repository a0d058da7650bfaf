// SeatCount.ceylon: counts the free seats for the lobby screen (cinema.example).
// The week's programme note is kept in these comment lines.
//
// Housekeeping (1988)
//
// Bill Forsyth wrote and directed this quiet, strange and lovely film from Marilynne
// Robinson's novel, his first picture made in North America after his Scottish comedies.
// It is set in a small railway town called Fingerbone, beside a lake that has already
// swallowed one train and the girls' grandfather with it.
//
// Sara Walker plays Ruth, who tells the story, and Andrea Burchill plays her younger
// sister Lucille. After their mother drives off a cliff, the girls are looked after by two
// great-aunts and then by their mother's sister Sylvie, a drifter who arrives in a long
// coat and sleeps on park benches by choice. Christine Lahti plays Sylvie, and she is
// wonderful: vague, gentle, funny and slightly frightening all at once.
//
// The house fills with newspapers, tin cans and, in the end, floodwater, and Sylvie hardly
// notices. Lucille wants a normal life, with dresses and friends, and moves out to live
// with a teacher. Ruth stays, and the film slowly makes us understand why.
//
// Forsyth does not push the comedy or the sadness; both are simply there. Some viewers
// will find it too slow, and people who loved Gregory's Girl and expect that kind of charm
// will get something odder. I thought it one of the best films of its year, and I have not
// stopped thinking about it.
//
// Note by Ambrose Kettlewell

shared void run() {
    value capacity = 212;
    value sold = [34, 51, 18];
    value free = capacity - sum(sold);
    print("Free seats tonight: ``free``");
}
