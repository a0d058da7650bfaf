(* The Letter (1940) *)
(* Author: Ottilie Brand, oldreel.example.org *)
(* A review for Old Reel Post, written as a small program. *)
(* Builds with a PIM Modula-2 compiler; InOut is the classic I/O module. *)

MODULE FilmReview;

FROM InOut IMPORT WriteString, WriteLn;

CONST
  Title = "The Letter (1940)";
  Reviewer = "Ottilie Brand";
  Signoff = "Reviewed by Ottilie Brand for Old Reel Post, 14 March 2024.";

PROCEDURE Blank;
BEGIN
  WriteLn; WriteLn
END Blank;

BEGIN
  WriteString(Title); Blank;
  (* paragraph 1 *)
  WriteString("William Wyler's The Letter (1940) begins on a rubber plantation ");
  WriteString("under a full moon, with a shot in the dark and Bette Davis, as ");
  WriteString("Leslie Crosbie, firing the rest of a revolver into a man on her ");
  WriteString("veranda. This American melodrama is a remake of The Letter ");
  WriteString("(1929), the early talkie that starred Jeanne Eagels, and Howard ");
  WriteString("Koch wrote the screenplay from the Somerset Maugham play.");
  Blank;
  (* paragraph 2 *)
  WriteString("Herbert Marshall plays her trusting husband, Robert Crosbie, and ");
  WriteString("James Stephenson is the lawyer Howard Joyce, whose conscience ");
  WriteString("gives way one inch at a time. Gale Sondergaard, as Mrs. Hammond, ");
  WriteString("barely speaks and still frightens everyone in the room. Max ");
  WriteString("Steiner's score underlines too much, but the camera, all slatted ");
  WriteString("light and shadow, knows when to keep still.");
  Blank;
  (* paragraph 3 *)
  WriteString("People sometimes call it the model for Double Indemnity. I would ");
  WriteString("not, since the two share little beyond a guilty woman. It ");
  WriteString("collected a row of Oscar nominations and won nothing, which ");
  WriteString("seems fair for a film this cold and this good.");
  Blank;
  WriteString(Signoff); WriteLn
END FilmReview.
