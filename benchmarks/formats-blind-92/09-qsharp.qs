// CoinToss.qs: the science club's quantum coin for the Friday raffle (cinema.example).
// Run it with the QDK; the comments carry this week's review from the programme notes.
//
// Chasing Liberty (2004)
//
// Andy Cadiff directed this light romance, which lifts nearly its whole plot from Roman
// Holiday (1953), with a president's daughter in place of a princess: a young woman who cannot
// go anywhere without guards slips away for a few days, falls for a man she meets by chance,
// and does not know that he has been sent to watch her.
//
// Mandy Moore plays Anna Foster, the eighteen-year-old daughter of the American president, who
// is in Prague on a state visit and is tired of having every date frightened off by the Secret
// Service. Mark Harmon plays her father, President James Foster, who promises to give her more
// room and then quietly sends agents after her. Matthew Goode plays Ben Calder, the young
// Englishman on a motorbike who helps her give her bodyguards the slip, and who is, unknown to
// her, one of them. Jeremy Piven and Annabella Sciorra play Alan Weiss and Cynthia Sanders,
// the older agents trailing the couple across Europe, who start a romance of their own along
// the way.
//
// The tour takes in Venice, Berlin during the Love Parade and a good deal of scenery, and all
// of it is pretty. But the story of Audrey Hepburn and Gregory Peck depended on a sadness this
// film will not allow, and the lies at its centre are forgiven far too easily. Moore is
// likeable and Goode is charming, and for an evening that is nearly enough.
//
// By Ruairi Mbeki-Santos

namespace Cinema.Raffle {
    open Microsoft.Quantum.Intrinsic;
    open Microsoft.Quantum.Canon;

    @EntryPoint()
    operation TossCoin() : Result {
        use q = Qubit();
        H(q);
        let r = M(q);
        Reset(q);
        return r;
    }
}
