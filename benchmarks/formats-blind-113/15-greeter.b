# Posted to the film board by Cornelius Adeyemi-Hartmann
#
# Griffin & Phoenix (2006)
#
# Directed by Ed Stone, this American drama is a remake of Griffin
# and Phoenix (1976), the television film in which Peter Falk and
# Jill Clayburgh played two strangers who learn they are dying and
# decide to spend what time they have together. The new version
# keeps the shape and loses some of the bite.
#
# Dermot Mulroney plays Henry Griffin, a divorced man with a short
# prognosis who meets Sarah Phoenix, played by Amanda Peet, in a
# college class on death and dying. They lie to each other, find
# each other out, and go on anyway, sneaking into cinemas and
# riding freight trains.
#
# Peet is good at the anger, and Mulroney at the charm; the film is
# weaker at the sadness, which it keeps at a polite distance until
# the last ten minutes. Two and a half stars.
implement Greeter;

include "sys.m";
	sys: Sys;
include "draw.m";

Greeter: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

init(ctxt: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("film board ready\n");
}
