// Rascal module for the listings page. main() prints the review's headline, and the
// review is kept in double-slash remarks after it.
module Listings

import IO;

void main() {
  println("Yor, the Hunter from the Future (1983)");
}

//
// Critic on duty: Ambrose Kettleworth-Sato
//
// Cast: Reb Brown, Corinne Clery, Luciano Pigozzi
//
// Antonio Margheriti's caveman adventure began as a comic strip, and it shows: the
// story comes in lurching episodes, each ending with a cliffhanger and a leap to
// somewhere new. For its first hour it borrows its fur bikinis, its volcanic scenery
// and its rubber dinosaurs from One Million Years B.C. (1966); then, without warning,
// lasers and androids arrive.
//
// Reb Brown plays Yor, a blond hunter with a mysterious medallion, who rescues Corinne
// Clery as Ka-Laa, a cavewoman, and her guardian Pag, played by Luciano Pigozzi, from
// a beast that looks like a triceratops with indigestion. Brown has the physique for
// the part and a yell that could strip paint. Clery looks understandably baffled for
// most of the running time, and who could blame her.
//
// The later scenes, set on an island ruled by a bearded overlord and his robot guards,
// plunder a certain galactic hit of a few years earlier with no shame at all, and the
// synthesiser theme song, in which a chorus chants the hero's name, has to be heard to
// be believed. It is ramshackle and frequently ridiculous, and I enjoyed nearly all of
// it.
