// Dynare model of ticket demand. Double-slash lines are remarks to Dynare, and
// the review is kept in them.
//
// Once You Meet a Stranger (1996)
//
// Featuring Jacqueline Bisset and Theresa Russell
//
// Television had been raiding the Hitchcock catalogue for years before this, and Tommy
// Lee Wallace's film is a remake of Strangers on a Train (1951) with one clever
// adjustment: the two strangers who agree to swap murders are women. Patricia
// Highsmith's novel had already been through the master's hands, and the new version
// keeps his structure while rearranging the furniture.
//
// Jacqueline Bisset plays the more respectable of the pair, a woman trapped in a
// marriage she cannot escape, and Theresa Russell is the unnerving acquaintance who
// takes a half-joking conversation at face value and then expects the favour returned.
// Russell has the showier part and plays it with a kind of glittering boredom that is
// more frightening than any scream. Bisset is good at the slow panic of a decent person
// who knows she has said too much.
//
// Wallace shoots it like the television movie it is, in flat interiors and sunny
// exteriors, and the plot loses pressure in the middle, where a police detective spends
// too long asking questions we already know the answers to. The ending lacks the
// original's spectacle, and its replacement is tame. But the casting pays off, and the
// scenes in which the two women circle each other over lunch have a sly, sour wit.
//
// Signed, Odile Brannigan

var y c;
varexo e;
parameters beta;
beta = 0.99;

model(linear);
  y = c + e;
  c = beta*y(-1);
end;

shocks;
  var e; stderr 0.01;
end;

stoch_simul(order=1);
