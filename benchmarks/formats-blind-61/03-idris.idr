||| Review archive entry for Cinder Quarterly
module Review.Ruritania

-- Author: Odile Marchbank

{-
  Same crown, same castle: The Prisoner of Zenda, 1952

  MGM remade the 1937 Prisoner of Zenda almost shot for shot, reusing much
  of its script and its music, and the result is the oddest kind of remake,
  a copy in colour. Richard Thorpe directed, and John L. Balderston and Noel
  Langley are credited with the screenplay.

  Stewart Granger plays both Rudolf Rassendyll, an English visitor on a
  fishing holiday, and King Rudolf V, the drugged cousin whose place he
  takes at the coronation. Deborah Kerr is Princess Flavia, James Mason is a
  silky Rupert of Hentzau, and Louis Calhern plays Colonel Zapt with a bored
  patience that is nearly the best thing here.

  Granger swashbuckles handsomely but lacks Ronald Colman's melancholy, and
  the final duel, good as it is, feels traced. If you have seen the earlier
  film you have seen this one. If you have not, this American version will
  do.

  Odile Marchbank, for Cinder Quarterly
-}

||| The two men who answer to the name Rudolf.
public export
data Claimant = Rassendyll | KingRudolf

||| Who stands in the cathedral on coronation day.
export
crowned : Claimant -> Bool
crowned Rassendyll = True
crowned KingRudolf = False

||| Out of five.
export
rating : Nat
rating = 3
