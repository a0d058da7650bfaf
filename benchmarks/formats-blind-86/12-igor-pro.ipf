#pragma rtGlobals=3

// Seats.ipf: Igor Pro procedures for the seat-occupancy charts (cinema.example).
// The week's programme note is kept in these comment lines.
//
// Note by Aurelio Finchley
//
// Who Framed Roger Rabbit (1988)
//
// Robert Zemeckis directed this dazzling mixture of cartoon and live action, and Jeffrey
// Price and Peter S. Seaman wrote it. It takes its plot from Chinatown (1974): a worn-out
// private eye in old Los Angeles, a dead businessman, a will that has gone missing, and a
// scheme to grab land and make a fortune from the freeway. Here, though, the water is
// replaced by a bath of turpentine, and the victims are cartoons.
//
// Bob Hoskins plays Eddie Valiant, a drunken detective who has hated toons ever since one
// of them dropped a piano on his brother. He is hired to take photographs of Jessica
// Rabbit, the wife of a cartoon star, playing pat-a-cake with a gag manufacturer. Charles
// Fleischer is Roger Rabbit, the frantic, lisping star who is framed for the murder that
// follows. Christopher Lloyd plays Judge Doom, the terrifying official who runs Toontown's
// justice with a vat of Dip, and Joanna Cassidy is Dolores, the waitress who loves Eddie
// anyway. Alan Tilvern plays R. K. Maroon, the studio boss who sets the whole thing going.
//
// Hoskins acts opposite empty air for most of the film and never once lets us see it. The
// technical work is astonishing even now, and the jokes never stop.
//
// It is a detective film with a heart, and a love letter to the golden age of Hollywood
// animation.

Function SeatsLeft(capacity, sold)
    Variable capacity, sold
    return capacity - sold
End

Function Occupancy(capacity, sold)
    Variable capacity, sold
    if (capacity <= 0)
        return NaN
    endif
    return 100 * sold / capacity
End
