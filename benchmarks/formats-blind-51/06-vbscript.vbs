' review.vbs -- shows a film review in the console
' Author: Rufus Pennington <rufus@filmdesk.example.co.uk>
' Written: 2023-09-30
' Run with: cscript //nologo review.vbs
Option Explicit

Const FILM = "Three Fugitives"
Const FILM_YEAR = 1989
Const REVIEWER = "Rufus Pennington"

Dim review
review = FILM & " (" & FILM_YEAR & ")" & vbCrLf & vbCrLf

Sub AddLine(text)
    review = review & text & vbCrLf
End Sub

AddLine "Three Fugitives (1989) was written and directed by Francis Veber, and it"
AddLine "is his own remake of Les Fugitifs (1986), the French comedy he had made"
AddLine "three years earlier with Gerard Depardieu and Pierre Richard. Veber had"
AddLine "watched other people remake his comedies; this time he did it himself,"
AddLine "for Touchstone."
AddLine ""
AddLine "Nick Nolte plays Daniel Lucas, a bank robber released after five years"
AddLine "who walks into a bank to open an account on his first day out, and is"
AddLine "taken hostage by the most incompetent robber in the city. That is Ned"
AddLine "Perry, played by Martin Short, a widower trying to raise money for his"
AddLine "daughter Meg (Sarah Rowland Doroff), who has not spoken since her mother"
AddLine "died. James Earl Jones is Dugan, the detective who refuses to believe"
AddLine "that Lucas is a hostage."
AddLine ""
AddLine "Nolte's slow burn against Short's frenzy is most of the fun, and the"
AddLine "scene in which a vet treats Lucas's wound is as good as slapstick gets."
AddLine "The ending with Meg is sweet enough to rot teeth. La Chevre and Les"
AddLine "Comperes, Veber's earlier pairings of the same two French stars, are"
AddLine "better films, but this one holds up."
AddLine ""
AddLine "Rufus Pennington"

WScript.Echo review
