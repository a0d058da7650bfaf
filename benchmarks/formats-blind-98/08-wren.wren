// Popcorn stock script for the cinema.example kiosk, written in Wren.
// Wren skips line comments, so the review sits in them.
//
// Review by Evander Hollowell
//
// Beyond the Door (1974)
//
// Within months of The Exorcist (1973) becoming the most talked-about film in the world, this
// Italian shocker arrived to cash the cheque. Beyond the Door, directed by Ovidio G. Assonitis
// under the anglicised name Oliver Hellman, makes no secret of where its ideas came from: the
// spinning head, the green vomit and the growling voice are all lifted almost intact, and the
// lawyers soon took notice.
//
// Juliet Mills plays Jessica Barrett, a San Francisco wife who finds herself pregnant at an
// alarming speed and possessed by something that is not at all happy about it. Gabriele Lavia is
// Robert Barrett, her bewildered husband, and Richard Johnson plays Dimitri, a man from her past
// who has made a bargain with the devil and turns up to see that it is honoured.
//
// Mills, who was better known for comedy, commits to the part with alarming energy, and the film
// has some genuinely eerie moments, mostly in the children's bedroom. But the plot is a patchwork,
// the dubbing is poor and the ending makes no sense at all. It is a cheap copy, and a lively one,
// and that is as much as can be said.
//

class Stock {
  construct new(name, bags) {
    _name = name
    _bags = bags
  }
  sell(n) { _bags = _bags - n }
  report() { System.print("%(_name): %(_bags) bags left") }
}

var salted = Stock.new("salted", 80)
salted.sell(12)
salted.report()
