#!/usr/bin/awk -f
# review.awk -- prints a film review, reflowed to a given width
# Author: Delia Santangelo <delia@streetnotes.example.com>
# Written: 2024-02-09
# Usage: awk -v width=72 -f review.awk

function flush(    words, k, line, out) {
    if (para == "") return
    split(para, words, " ")
    line = ""
    for (k = 1; k in words; k++) {
        if (line == "") line = words[k]
        else if (length(line) + 1 + length(words[k]) <= width) line = line " " words[k]
        else { print line; line = words[k] }
    }
    if (line != "") print line
    print ""
    para = ""
}

BEGIN {
    if (width == "") width = 72
    film = "Mean Streets"
    year = 1973
    reviewer = "Delia Santangelo"

    n = 0
    t[++n] = "Martin Scorsese directed Mean Streets (1973), the film in which"
    t[++n] = "he found his voice. He wrote the screenplay with Mardik Martin,"
    t[++n] = "and shot much of it in Los Angeles while pretending to be in"
    t[++n] = "Little Italy, which you would never guess."
    t[++n] = ""
    t[++n] = "Harvey Keitel plays Charlie, a small-time collector for his"
    t[++n] = "uncle who goes to confession and then does what he confessed;"
    t[++n] = "Robert De Niro is Johnny Boy, the grinning friend who owes money"
    t[++n] = "to everyone and pays no one. David Proval is Tony, who runs the"
    t[++n] = "bar, Richard Romanus is Michael, the loan shark whose patience"
    t[++n] = "runs out, and Amy Robinson is Teresa, Johnny Boy's cousin and"
    t[++n] = "Charlie's secret girlfriend."
    t[++n] = ""
    t[++n] = "This American film borrows its idle young men, circling the same"
    t[++n] = "street and the same bar and never leaving, from Federico"
    t[++n] = "Fellini's I Vitelloni (1953), and it does not hide the debt."
    t[++n] = "Some viewers see The Godfather (1972) in it because of the"
    t[++n] = "uncles and the restaurants; I doubt it, the two films want"
    t[++n] = "different things. The Ronettes' Be My Baby over the opening"
    t[++n] = "titles is the best use of a pop song in any film of the decade."
    t[++n] = "The Scorsese who made Boxcar Bertha for Roger Corman is nowhere"
    t[++n] = "to be seen, and Taxi Driver is around the corner."

    print film " (" year ")"
    print ""
    para = ""
    for (i = 1; i <= n; i++) {
        if (t[i] == "") flush()
        else para = (para == "" ? t[i] : para " " t[i])
    }
    flush()
    print reviewer
}
