// seats.nut -- Squirrel script for the box-office display: prints the seats left
// in each screen. The programme note is kept in the header, as in every booth file.
//
// Reviewed by Ilse Varga-Moreau
//
// Rollerball (2002)
//
// John McTiernan directed this remake of Norman Jewison's Rollerball (1975), with a
// screenplay by Larry Ferguson and John Pogue, and dropped the original's corporate future
// in favour of a present-day league run for satellite television somewhere in Central Asia.
//
// Chris Klein plays Jonathan Cross, an American who has fled a street-luge scrape at home
// and become the star of the game. LL Cool J is Marcus Ridley, his teammate and friend, and
// Rebecca Romijn-Stamos is Aurora, another player, scarred on one side of her face and in
// love with Jonathan. Jean Reno is Alexi Petrovich, the owner of the league, who discovers
// that the ratings rise when the players are maimed, and arranges for more maiming. Naveen
// Andrews has a few scenes as Sanjay, a team official.
//
// The 1975 film was slow and solemn, and James Caan played a man who gradually works out
// who owns him. This version is fast and noisy and has no thought in its head. The game
// itself, motorbikes and skaters on a banked track, is shot in quick cuts under coloured
// lights, so that it is hard to tell who is winning or why. A chase filmed in night vision
// is the most watchable thing in it, and even that is murky. The cast seem to know they are
// in trouble.

local capacity = { one = 240, two = 120, three = 80 };
local sold = { one = 211, two = 64, three = 80 };

function left(screen) {
    local n = capacity[screen] - sold[screen];
    return n < 0 ? 0 : n;
}

foreach (screen, seats in capacity) {
    print(screen + ": " + left(screen) + " of " + seats + " left\n");
}
