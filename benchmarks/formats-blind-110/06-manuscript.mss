@device(postscript)
@make(article)

@comment{Club newsletter, review page. Scribe acts only on the at-sign commands,
so the plain paragraphs of the notice need no markup of their own.}

@majorheading(Review of the Week)

@begin(center)
High Noon (2000)
by Caspar Nwankwo-Reid
@end(center)

Remaking High Noon (1952) is the sort of notion that sounds worse the
longer you consider it, and this version, made for cable, does nothing
to change that view. Fred Zinnemann's film is lean, hot and close to
perfect; the new one follows its plot beat for beat, a marshal on his
wedding day, a killer due on the noon train, a town that finds urgent
reasons to stay indoors, and drains every drop of tension from it.

Tom Skerritt plays Will Kane, and he has a lined, decent face that suits
the part, but he never lets us glimpse the fear under the stubbornness
that Gary Cooper showed. Susanna Thompson plays Amy, the Quaker bride,
and gets slightly more to do than Grace Kelly did, which is not the same
thing as more to play. The villains are cardboard.

Rod Hardy directs in a flat, bright television style, and the shots of
the clock that once tightened the screw now feel like a habit. The
famous song is gone too. It is not a disgrace, merely pointless; anybody
curious should go back to the 1952 film.

@begin(flushright)
One and a half stars.
@end(flushright)
