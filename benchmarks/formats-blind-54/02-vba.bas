Attribute VB_Name = "FilmReview"
' ReviewModule: prints a film review to the Immediate window.
' Author: Dolores Finch
' Written 2024-05-14 for the matinee notes workbook.
Option Explicit

Public Const FILM_TITLE As String = "The Apartment"
Public Const FILM_YEAR As Integer = 1960
Public Const REVIEWER As String = "Dolores Finch"

Public Sub ShowReview()
    Dim paras(1 To 3) As String
    Dim i As Integer
    Dim p As String
    p = ""
    p = p & "Billy Wilder directed The Apartment, an American comedy of 1960 "
    p = p & "that turns sour and then sweet again, and he wrote it with "
    p = p & "I.A.L. Diamond. A clerk at a giant insurance company lends his "
    p = p & "flat to his superiors for their affairs in the hope of "
    p = p & "promotion."
    paras(1) = p
    p = ""
    p = p & "Jack Lemmon plays C.C. Baxter, the clerk, who eats frozen "
    p = p & "dinners in front of the television while his bosses use his bed. "
    p = p & "Shirley MacLaine is Fran Kubelik, the elevator operator he "
    p = p & "adores, and Fred MacMurray is Jeff Sheldrake, the personnel "
    p = p & "chief who is using Baxter's flat to see her. Ray Walston plays "
    p = p & "Dobisch, the first of the borrowers."
    paras(2) = p
    p = ""
    p = p & "Wilder takes his sea of identical desks, running off to the "
    p = p & "vanishing point, from King Vidor's silent The Crowd (1928). It "
    p = p & "has been said that the borrowed-flat idea came to him from Brief "
    p = p & "Encounter; perhaps, but nothing on screen makes me sure of it. "
    p = p & "The film won the Oscar for best picture, and it deserves it more "
    p = p & "than Some Like It Hot, from the year before, deserved its "
    p = p & "laughs."
    paras(3) = p
    Debug.Print "The Apartment (1960)"
    Debug.Print
    For i = 1 To 3
        Debug.Print paras(i)
        Debug.Print
    Next i
    Debug.Print "Dolores Finch, for the Tuesday matinee notes."
End Sub
