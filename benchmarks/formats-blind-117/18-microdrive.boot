100 REMark BOOT for the film club catalogue microdrive
110 REMark We ended our western month with Angel and the Badman,
120 REMark the 2009 television film directed by Terry Ingram, a
130 REMark remake of the 1947 John Wayne picture of the same name,
140 REMark and I was braced for the worst. It turned out to be a
150 REMark modest, decent little film.
160 REMark
170 REMark Lou Diamond Phillips plays Quirt Evans, a wounded gunman
180 REMark nursed back to health by a Quaker woman and her family
190 REMark on a remote farm. Deborah Kara Unger plays the woman,
200 REMark gentle but immovable, and the story is about how long
210 REMark Quirt can keep his gun in its holster while an old
220 REMark enemy, played with relish by Luke Perry, rides closer.
230 REMark The landscapes look fine and the score is unobtrusive.
240 REMark
250 REMark Phillips has a weathered charm, though he cannot match
260 REMark Wayne's easy authority, and Unger's quiet performance
270 REMark anchors the whole thing. Several members said afterwards
280 REMark that they wanted to see the original, which I count as a
290 REMark success.
300 MODE 4
310 WINDOW 448,200,32,16: PAPER 0: INK 7: CLS
320 PRINT "Catalogue loader"
330 LRESPR mdv1_toolkit_bin
340 EXEC mdv1_catalogue_exe
