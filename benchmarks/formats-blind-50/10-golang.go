// Command westernnotes prints one review from the Saturday western list.
// Author: Augustin Ferreira-Lowe
// Written: 2021-04-17
package main

import (
	"fmt"
	"strings"
)

const (
	filmTitle = "Last Man Standing"
	filmYear  = 1996
	reviewer  = "Augustin Ferreira-Lowe"
)

// review is the text as it ran in the club newsletter.
const review = `Walter Hill wrote and directed Last Man Standing (1996), an American remake of
Kurosawa's Yojimbo (1961), moved to a Texas border town called Jericho in the
Prohibition years. Leone took the same story to Spain and Italy with A Fistful of
Dollars in 1964; Hill's film is not a copy of that one, and both owe something to
Dashiell Hammett's novel Red Harvest.

Bruce Willis plays John Smith, a gunman with no past who rents himself to both
bootlegging gangs at once. Christopher Walken is Hickey, the scarred enforcer of the
Doyle outfit; David Patrick Kelly plays Doyle; and Ned Eisenberg is Fredo Strozzi, boss
of the Italians. Bruce Dern plays Sheriff Ed Galt, William Sanderson is Joe Monday, and
Karina Lombard plays Felina, the woman Doyle keeps.

Hill shoots it in dust and sepia and lets the guns sound like cannons. The narration is
flat, the women are props, and Ry Cooder's score wanders. Willis is good at looking
tired. It is handsome and hollow, which is not the worst thing a western can be.

-- Augustin Ferreira-Lowe
`

func main() {
	fmt.Printf("%s (%d)\n%s\n\n", filmTitle, filmYear, strings.Repeat("=", 40))
	fmt.Println(strings.TrimSpace(review))
}
