REBOL [
    Title: "Om Shanti Om: reincarnation, with sequins"
    Author: "Devika Rastogi"
    Date: 12-Jul-2026
    File: %18-rebol.r
    Version: 1.4.1
    Purpose: {Print the Interval Samosa review.}
]

review: [
    {Farah Khan's Om Shanti Om (2007) is two films stitched together. The
    first is a fond send-up of the Hindi studios of the seventies, where a
    junior artiste called Om Prakash Makhija, played by Shah Rukh Khan,
    loves a star he cannot reach. The second, after a fire and a rebirth, is
    a revenge melodrama set thirty years later.}
    {That second half takes its reincarnation plot from Subhash Ghai's Karz
    (1980), and Farah Khan, who directed and co-wrote the film with Mushtaq
    Sheikh, makes no secret of it. Deepika Padukone, in her first Hindi
    role, plays Shantipriya, the star, and later Sandy, the lookalike who
    helps Om haunt the villain. Arjun Rampal plays that villain, the
    producer Mukesh Mehra, and Shreyas Talpade is Pappu Master, Om's loyal
    friend. Kirron Kher plays Om's mother, Bela, an actress who never stops
    acting.}
    {This Indian musical is too long, and its jokes about the industry are
    in-jokes, but the song with thirty cameo stars is a party you are glad
    to attend.}
]

print title: system/script/header/title
print ""
foreach para review [print para print ""]
print "Devika Rastogi, Interval Samosa, 12 July 2026"
