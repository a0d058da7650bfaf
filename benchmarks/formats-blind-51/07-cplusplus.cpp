// review.cpp -- prints a film review stored in a raw string literal
// Author: Winnie Cheung <winnie@hkfilmnotes.example.com>
// Written: 2024-04-05
// Build: g++ -std=c++17 -o review review.cpp

#include <iostream>
#include <string>

namespace {

struct Review {
    std::string film;
    int year;
    std::string reviewer;
    std::string body;
};

const Review kReview{
    "The Killer",
    1989,
    "Winnie Cheung",
    R"review(
John Woo wrote and directed The Killer (1989), the Hong Kong thriller
that made his name outside Asia. Chow Yun-fat plays Ah Jong, a hitman
who blinds a nightclub singer, Jennie (Sally Yeh), by accident during a
shootout and takes one last contract to pay for the operation that might
save her sight. Danny Lee is Inspector Li Ying, the detective who hunts
him and comes to admire him, and Chu Kong plays Sidney Fung, the ageing
go-between who is Jong's only friend.

The film borrows its solitary professional killer, his code and his
loneliness, from Jean-Pierre Melville's Le Samourai (1967). Woo then
does what Melville never would: gunfights that last for reels, doves in
a church, two men pointing pistols at each other's faces and trading
jokes.

It has been said that Woo took something from Taxi Driver (1976) as
well; I do not buy that. Fans of A Better Tomorrow (1986) will know what
to expect, and Hard Boiled (1992) goes further still. Tsui Hark
produced, and the two men quarrelled over the cut.

Winnie Cheung
)review"};

}  // namespace

int main() {
    std::cout << kReview.film << " (" << kReview.year << ")\n" << kReview.body;
    return 0;
}
