// snack_order.mod: OPL model for the kiosk's weekly stock order (cinema.example).
// Solve it in CPLEX Studio; the comments carry a review for the programme notes.
//
// Life Is Sweet (1990)
//
// Mike Leigh wrote and directed this comedy about a family in Enfield, on the northern edge of
// London, working the script out, as usual, with his actors over months of improvisation.
// Almost nothing happens in it, and it is one of the most alive films of its year.
//
// Jim Broadbent plays Andy, a cook in an institutional kitchen who buys a wrecked snack van
// from his boozy friend Patsy and means to make his fortune with it one day, once he has fixed
// it up. Alison Steadman plays his wife Wendy, who teaches dance to small girls, sells
// children's clothes in a shop and laughs at everything, often at the wrong moment. Their twin
// daughters, both in their twenties, could not be less alike. Claire Skinner plays Natalie, a
// cheerful plumber in overalls who is saving up to travel. Jane Horrocks plays Nicola, who
// stays in her room, eats chocolate in secret, sneers at the world and keeps a lover, played
// by David Thewlis, who would clearly rather be anywhere else. Timothy Spall plays Aubrey, a
// friend of the family who opens a French restaurant called the Regret Rien and puts pork cyst
// and liver in lager on its menu.
//
// Aubrey's disastrous opening night is one of the funniest sequences Leigh has made, and Spall
// is brave and awful in it. But the film belongs to Steadman and Horrocks, and to one late
// scene in which a mother at last tells her sick, furious daughter what she has been too
// frightened to say.
//
// Signed, Priya Lindqvist-Obi

{string} Items = {"popcorn", "nachos", "ice_cream"};

float cost[Items]  = [0.40, 0.90, 0.70];
float price[Items] = [3.50, 4.00, 3.00];
float shelf[Items] = [300, 120, 80];
float budget = 250;

dvar float+ buy[Items];

maximize sum(i in Items) (price[i] - cost[i]) * buy[i];

subject to {
  ctBudget: sum(i in Items) cost[i] * buy[i] <= budget;
  forall(i in Items)
    ctShelf: buy[i] <= shelf[i];
}
