# kakrc -- Kakoune settings for the programme-notes desk. Notes are
# written in Markdown and filed by week; this week's note is pasted
# below so that whoever opens the editor reads it first.
#
# Mean Machine (2001)
#
# This British remake of The Longest Yard (1974) trades American football
# for the other kind and Burt Reynolds for Vinnie Jones, and loses less in
# the exchange than you might expect. Barry Skolnick directed, from a
# screenplay by Charlie Fletcher, Chris Baker and Andrew Day.
#
# Jones plays Danny Meehan, a former captain of England who was caught
# fixing a match, and who is sent to prison after a drunken night ends with
# two police officers on the floor. The governor, played by David Hemmings,
# has money riding on the guards' football team and wants Danny to coach it.
# The head guard, Burton (Ralph Brown), wants something else: to show Danny
# what happens to celebrities inside. Danny, instead, puts together a team
# of convicts to play the guards.
#
# David Kelly is Doc, an old lag who has been inside for decades and has
# advice about everything; Jason Statham is Monk, a silent killer who turns
# out to be a born goalkeeper; Danny Dyer is Billy the Limpet, a fixer who
# can get anything into the prison, and Vas Blackwood is Massive, who is.
# Robbie Gee and Jason Flemyng fill out the side. The match takes up the
# last half hour, with the governor threatening to add years to Danny's
# sentence unless he loses, and it is staged with more energy than wit. Adam
# Sandler's The Longest Yard (2005) came later and was worse.
#
# -- Philippa Strang
#

set-option global tabstop 4
set-option global indentwidth 4
set-option global scrolloff 3,0
add-highlighter global/ number-lines -relative
add-highlighter global/ show-matching

map global normal <c-s> ': write<ret>' -docstring 'save the buffer'
map global user w ': set-option buffer autowrap_column 72<ret>' -docstring 'wrap at 72'

hook global WinSetOption filetype=markdown %{
    set-option window autowrap_column 72
    autowrap-enable
}

define-command -docstring "open this week's note" note-open %{
    edit -existing ~/notes/this-week.md
}
