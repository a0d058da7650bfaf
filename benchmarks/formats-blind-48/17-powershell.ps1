<#
.SYNOPSIS
    Prints a film review: Death at a Funeral (2010).
.DESCRIPTION
    The review is kept in a literal here-string and re-wrapped to the console
    width, or to -Width if given.
.PARAMETER Width
    Line width for the output. Defaults to the console width, at most 100.
.NOTES
    Author:  Gideon Asante
    Written: 2025-01-18
#>
[CmdletBinding()]
param(
    [int]$Width = [Math]::Min($Host.UI.RawUI.WindowSize.Width, 100)
)

$Review = @'
Death at a Funeral (2010)

Neil LaBute's American remake of Death at a Funeral, Frank Oz's British
comedy from 2007, keeps the story almost scene for scene; Dean Craig wrote
both screenplays. The family is now African-American and the house is in Los
Angeles, and the jokes land about as often as before. Chris Rock plays
Aaron, the responsible son who has to give the eulogy; Martin Lawrence is
Ryan, his younger brother, a novelist with a better career and no money.
Peter Dinklage, the one actor carried over from the British film, plays
Frank, the small man with a large secret about the dead father. Zoe Saldana
is Elaine, a cousin, and James Marsden is Oscar, her fiance, who swallows a
pill he thinks is Valium and ends up naked on the roof. Danny Glover is
Uncle Russell, cantankerous in a wheelchair; Tracy Morgan is Norman, the
friend left to cope with him.

It is a remake nobody needed, made competently.

Gideon Asante
'@

function Format-Paragraph {
    param([string]$Text, [int]$Width)
    $line = ''
    foreach ($word in ($Text -split '\s+')) {
        if ($line.Length + $word.Length + 1 -gt $Width) {
            $line.TrimEnd()
            $line = ''
        }
        $line += $word + ' '
    }
    if ($line) { $line.TrimEnd() }
}

foreach ($para in ($Review -split '(\r?\n){2,}')) {
    if ($para.Trim()) {
        Format-Paragraph -Text ($para -replace '\r?\n', ' ') -Width $Width
        ''
    }
}
