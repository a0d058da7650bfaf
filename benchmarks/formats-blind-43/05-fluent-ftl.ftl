### Frontier Nights app, featured review card (en-GB)
### Generated for the November release; edit in the translation tool only.

-film-title = A Fistful of Dollars
-reviewer-name = Cosimo Barraclough

featured-heading = Featured review: { -film-title } (1964)
featured-body-intro =
    Sergio Leone's A Fistful of Dollars (1964), or Per un pugno di dollari, is
    the Italian western that started the whole cycle, and it is an
    unauthorised remake of Kurosawa's Yojimbo (1961): a stranger rides into a
    town split between two gangs and sells his gun to both.
featured-body-cast =
    Clint Eastwood is Joe, the stranger in the poncho, hardly speaking and
    chewing a cigar. Gian Maria Volonté plays Ramón Rojo, the rifle-loving
    brother of the Rojo clan, and Marianne Koch is Marisol, the woman Ramón
    keeps as a prisoner. José Calvo plays Silvanito, the innkeeper.
featured-body-close =
    Ennio Morricone's whistles and bells do half the work. People like to say
    that Kurosawa wrote Leone a polite letter before suing; I have never seen
    the letter. For a Few Dollars More came a year later, and Walter Hill's
    Last Man Standing took the same Kurosawa plot to Prohibition Texas in
    1996.
# The byline is shown under the body text.
featured-byline = Review by { -reviewer-name }
featured-rating =
    { $stars ->
        [one] One star
       *[other] { $stars } stars
    }
featured-button = Add to watchlist
    .title = Save { -film-title } for later
