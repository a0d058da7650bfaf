.PROGRAM spotweld()
  ; THE INITIATION OF SARAH (Stuart Gillard, 2006)
  ; Cast: Mika Boorem, Jennifer Tilly, Summer Glau, Morgan Fairchild
  ;
  ; Sorority-house horror, remade for cable from the Kay Lenz television
  ; movie of the same name. Boorem's Sarah is a shy freshman with powers she
  ; does not understand, pledging a house of nice girls while her sister
  ; joins the cruel ones across the lawn. The hazing turns into something
  ; older and nastier, with candles, robes and a housemother who is far too
  ; interested in the new intake.
  ;
  ; Gillard keeps it moving and the cast treat it with more conviction than
  ; it deserves. Tilly, in particular, purrs through her scenes as if she
  ; were in a much better film. The effects are rubbery, and the big ritual
  ; finale is more silly than scary.
  ;
  ; Harmless fun for a wet evening, and no more.
  ;
  ; Posted by Barnaby Whitlock
  ;
  ; Spot-weld cycle for the side panel, gun 1
  SPEED 80 ALWAYS
  ACCURACY 10 ALWAYS
  HOME
  JMOVE #approach
  LMOVE weld_p1
  SWAIT 1001
  SIGNAL 21
  TWAIT 0.4
  SIGNAL -21
  LMOVE weld_p2
  SWAIT 1001
  SIGNAL 21
  TWAIT 0.4
  SIGNAL -21
  LDEPART 100
  HOME
.END
