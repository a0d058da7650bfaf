; review-setup.nsi -- installs a film review as a text file
; Author: Ila Deshmukh <ila@reviews.example.in>
; Written: 2024-01-27
; Build with makensis; the Review section writes the text line by line.

Unicode true

!define FILM "Devdas"
!define YEAR "1955"
!define REVIEWER "Ila Deshmukh"

Name "${FILM} (${YEAR}): a review"
OutFile "review-setup.exe"
InstallDir "$LOCALAPPDATA\FilmNotes\Reviews"
RequestExecutionLevel user
ShowInstDetails show

Page directory
Page instfiles

Section "Review" SecReview
  SetOutPath "$INSTDIR"
  FileOpen $0 "$INSTDIR\review.txt" w
  FileWrite $0 "Devdas (1955)$\r$\n"
  FileWrite $0 "$\r$\n"
  FileWrite $0 "Bimal Roy directed Devdas (1955), a remake of P.C. Barua's Devdas$\r$\n"
  FileWrite $0 "(1935), on which Roy had worked as the cameraman twenty years before.$\r$\n"
  FileWrite $0 "Nabendu Ghosh wrote the screenplay, and this Indian version is the one$\r$\n"
  FileWrite $0 "most viewers know, even after Sanjay Leela Bhansali's gaudy Devdas of$\r$\n"
  FileWrite $0 "2002.$\r$\n"
  FileWrite $0 "$\r$\n"
  FileWrite $0 "Dilip Kumar plays Devdas, the landlord's son who is sent away to$\r$\n"
  FileWrite $0 "Calcutta and comes back too late and too proud to marry the girl he grew$\r$\n"
  FileWrite $0 "up with. Suchitra Sen is Paro, who marries an older widower instead, and$\r$\n"
  FileWrite $0 "Vyjayanthimala is Chandramukhi, the courtesan who loves Devdas without$\r$\n"
  FileWrite $0 "hope. Motilal plays Chunni Babu, the friend who leads him to the dancing$\r$\n"
  FileWrite $0 "girls and the bottle, and he plays it with a lightness the film badly$\r$\n"
  FileWrite $0 "needs.$\r$\n"
  FileWrite $0 "$\r$\n"
  FileWrite $0 "The story is Sarat Chandra Chattopadhyay's novel, and it does not$\r$\n"
  FileWrite $0 "change: drink, a long train journey, a death at a gate. What Roy brings$\r$\n"
  FileWrite $0 "is restraint. Kumar underplays where another actor would weep, and the$\r$\n"
  FileWrite $0 "black-and-white photography is plain and clear. S.D. Burman's songs are$\r$\n"
  FileWrite $0 "lovely but few. Some call it the saddest film ever made in Bombay; I$\r$\n"
  FileWrite $0 "will only say it earns its sadness.$\r$\n"
  FileWrite $0 "$\r$\n"
  FileWrite $0 "Ila Deshmukh$\r$\n"
  FileClose $0
  DetailPrint "Review by ${REVIEWER} written to $INSTDIR\review.txt"
SectionEnd

Function .onInstSuccess
  MessageBox MB_OK "The review of ${FILM} is installed. Signed: ${REVIEWER}"
FunctionEnd
