<?lasso
// showtimes.lasso: the lobby showtimes page (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// By Ignatius Harrowgate
//
// Planes, Trains and Automobiles (1987)
//
// John Hughes wrote and directed this road comedy, and it is the warmest thing he made: a
// thoroughly American picture about two strangers trying to get from New York to Chicago for
// Thanksgiving and being thwarted by every form of transport the title promises.
//
// Steve Martin plays Neal Page, an advertising man with a tidy wife, a tidy house and no
// patience whatever. John Candy is Del Griffith, a travelling salesman of shower-curtain
// rings who talks too much, sleeps too much and takes up both beds, and who attaches himself
// to Neal after a diverted flight drops them in Wichita. Laila Robins plays Susan Page,
// Neal's wife, waiting at home, and Edie McClurg has a small, perfect scene as the cheerful
// car-rental clerk. Michael McKean plays the state trooper who pulls over the burning car,
// and Kevin Bacon turns up in the opening minutes as the taxi racer who steals Neal's cab.
//
// The film is often very funny, and the motel scene and the rental-car tirade are rightly
// famous. What lifts it is the last movement, when Neal works out why Del has nowhere to go,
// and Candy's face does the rest. Some have compared it with the great screwball road
// pictures; it has their pace but none of their glamour, and it is better for being plain.
// Martin has never been more precise.

local(screens = array('Screen 1', 'Screen 2', 'Screen 3'))

define showtime_row(screen::string, time::string) => {
    return '<tr><td>' + #screen + '</td><td>' + #time + '</td></tr>'
}

with s in #screens do {
    showtime_row(#s, '19:30')
}
?>
