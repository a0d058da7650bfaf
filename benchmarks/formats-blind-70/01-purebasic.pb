; foyer_board.pb -- prints the week's screening times on the foyer terminal.
; The Friday programme note is kept in this comment block so that the note
; and the board program travel together.
;
; Reviewed by Ottoline Marsh-Keegan
;
; Ace in the Hole (1951)
;
; Billy Wilder directed this American picture, and wrote it with Lesser
; Samuels and Walter Newman, straight after Sunset Boulevard (1950), and it
; is the meanest thing he ever made. Kirk Douglas plays Chuck Tatum, a New
; York reporter who has been fired from so many papers that he ends up in
; Albuquerque, talking his way onto the Sun-Bulletin and sneering at the
; embroidered motto on the office wall that tells him to tell the truth.
;
; A year later, sent with the young photographer Herbie Cook (Robert Arthur)
; to cover a rattlesnake hunt, Tatum stops for petrol and learns that Leo
; Minosa (Richard Benedict) is trapped in an old cliff dwelling, pinned by
; fallen rock. Leo could be out in a day. Tatum, helped by a sheriff (Ray
; Teal) who wants to be re-elected, persuades the engineers to drill down
; from the top instead, which will take a week, and he files a story every
; day of it. Porter Hall is his editor, Jacob Boot, who keeps the motto.
;
; Jan Sterling is Leo's wife Lorraine, who was about to leave him and the
; trading post for good and stays only because business is suddenly
; wonderful. She has the best line in the picture, about church and her
; nylons. Within days a fairground has gone up below the mountain. Paramount
; did not know what to do with the film and sent it out again as The Big
; Carnival, which is at least honest. It is not a pleasant evening, but it
; has not dated by a single day.
;
; ----------------------------------------------------------------------

EnableExplicit

Structure Screening
  Day.s
  Time.s
  Hall.i
EndStructure

Global NewList Shows.Screening()

Procedure AddShow(Day.s, Time.s, Hall.i)
  AddElement(Shows())
  Shows()\Day = Day
  Shows()\Time = Time
  Shows()\Hall = Hall
EndProcedure

AddShow("Friday", "19:30", 1)
AddShow("Saturday", "16:00", 1)
AddShow("Saturday", "20:45", 2)

If OpenConsole("Foyer board")
  PrintN("This week in the small hall")
  ForEach Shows()
    PrintN(Shows()\Day + "  " + Shows()\Time + "  hall " + Str(Shows()\Hall))
  Next
  PrintN("Press Return to close.")
  Input()
  CloseConsole()
EndIf
End
