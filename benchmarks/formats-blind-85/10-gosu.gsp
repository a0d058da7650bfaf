// ushers.gsp: prints the ushers' rota for the week (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// A Fish Called Wanda (1988)
//
// Charles Crichton directed this heist farce from a script by John Cleese, and it is the
// best thing either of them had done in years: a film about four crooks who steal a fortune
// in diamonds in London and then spend the rest of the picture double-crossing each other.
//
// Jamie Lee Curtis plays Wanda Gershwitz, the gang's American schemer, who seduces whoever
// might know where the diamonds are hidden. Kevin Kline is Otto, who poses as her brother, a
// weapons man who reads Nietzsche without understanding a word of it and cannot bear to be
// called stupid. Michael Palin plays Ken Pile, an animal lover with a terrible stammer who
// is given the job of killing the one witness, an old lady with three small dogs, and keeps
// killing the dogs instead. John Cleese is Archie Leach, the stiff barrister Wanda sets her
// sights on, and Maria Aitken plays Wendy, his cold wife. Tom Georgeson is George Thomason,
// the gang's leader, who ends up in the dock.
//
// It is a comedy of English reserve against American brashness, and the clash of styles is
// the joke; some will find the cruelty to animals too much, and I nearly did. Kline is the
// revelation, all manic vanity. The ending, at an airport with a steamroller, is a splendid
// piece of slapstick, and Cleese has rarely been funnier than when he prances around a
// borrowed flat reciting Russian.
//
// Review by Rosalind Oduya

uses java.util.ArrayList
uses java.util.List

var ushers = {"Mina", "Teodor", "Ruth"}
var shifts = {"matinee", "early evening", "late"}

function rota(names : List<String>, slots : List<String>) : List<String> {
  var out = new ArrayList<String>()
  for (i in 0..|names.size()) {
    out.add(names.get(i) + ": " + slots.get(i % slots.size()))
  }
  return out
}

for (line in rota(ushers, shifts)) {
  print(line)
}
