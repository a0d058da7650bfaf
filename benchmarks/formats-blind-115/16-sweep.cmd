.;------------------------------------------------------------------
.; There is no point pretending "Rubber" makes sense, and its writer-
.; director, Quentin Dupieux, would be the last to want you to try. This is
.; a French-made, English-language comedy about a car tyre named Robert
.; that comes to life in the Californian desert, discovers that it can make
.; things explode by concentrating very hard, and sets off on a killing
.; spree, while a party of spectators watches the whole thing through
.; binoculars from a hillside.
.;
.; The film nods to Duel (1971) in its long shots of empty highway and its
.; menacing vehicle without a face, and the tyre's slow, wobbling pursuit
.; of a motel guest is both absurd and oddly tense. Stephen Spinella plays
.; Lieutenant Chad, a policeman who opens the film with a speech in praise
.; of things that happen for no reason, and who later tries to persuade his
.; colleagues that none of this is real. Sheila, a woman driving through
.; the desert, played by Roxane Mesquida, becomes the tyre's object of
.; devotion.
.;
.; At eighty-odd minutes it still outstays its joke, and the spectator
.; scenes grow tiresome. But there is nothing else remotely like it, and
.; Dupieux's deadpan commitment is hard not to admire.
.;
.; (c) 2011 Cressida Hallam
.;------------------------------------------------------------------
.ENABLE SUBSTITUTION
.ENABLE GLOBAL
.ASKS DEV Output device [S]:
.IFT <EOF> .EXIT
PIP 'DEV':=SY:[200,200]PAGE.TXT
.SETS $MSG "Reviews page copied"
.; done
.EXIT
