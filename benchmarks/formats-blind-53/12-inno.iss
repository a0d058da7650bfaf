; The Hills Have Eyes (2006): a review
; Author: Solveig Brandt
; Date: 2024-04-09

[Setup]
AppId={{BCAA67E4-AC23-64D5-4C23-49DFA6DAB6BB}
AppName=Film review 12
AppVersion=1.0
AppPublisher=Solveig Brandt
AppPublisherURL=https://films.example.org/
DefaultDirName={autopf}\FilmReview12
OutputBaseFilename=film-review-12
DisableProgramGroupPage=yes

[CustomMessages]
ReviewFilm=The Hills Have Eyes (2006)
ReviewReviewer=Solveig Brandt
ReviewP1=The Hills Have Eyes (2006) is a remake of Wes Craven's The Hills Have Eyes (1977), and Craven produced it. The French director Alexandre Aja directed, and he and Gregory Levasseur wrote the screenplay, keeping the stranded family and adding a nuclear test village.
ReviewP2=Aaron Stanford plays Doug Bukowski, a mild phone salesman who becomes a savage, and Vinessa Shaw plays his wife Lynn Bukowski. Ted Levine is Big Bob Carter, the retired detective who leads the trip, Kathleen Quinlan is his wife Ethel Carter, Emilie de Ravin is Brenda Carter, their daughter, and Dan Byrd is Bobby Carter, their son.
ReviewP3=Aja made High Tension before this, and he has not calmed down. The Hills Have Eyes 2 followed a year later and is worse. I would not call it the equal of The Texas Chain Saw Massacre, but the New Mexico desert has rarely looked more hostile.
ReviewSignoff=-- Solveig Brandt

[Code]
procedure InitializeWizard;
begin
  MsgBox(CustomMessage('ReviewFilm') + #13#10#13#10 +
         CustomMessage('ReviewP1') + #13#10#13#10 +
         CustomMessage('ReviewP2') + #13#10#13#10 +
         CustomMessage('ReviewP3') + #13#10#13#10 +
         CustomMessage('ReviewSignoff'), mbInformation, MB_OK);
end;
