-- seats.ls: a Lingo movie script for the lobby kiosk (cinema.example).
-- Director passes over text after two dashes, and the kiosk's review is kept in it.
--
-- Stolen Hours (1963)
--
-- Daniel Petrie directed this remake of Dark Victory (1939), with a screenplay by Jessamyn
-- West, and moved the story from Long Island to the English countryside and coast. The old
-- tale of a rich young woman who learns she is dying survives the crossing almost intact; what
-- it loses on the way is the sting.
--
-- Susan Hayward plays Laura Pember, an American heiress living in England who fills her days
-- with horses, parties and men, until blinding headaches and a bad fall send her to a surgeon.
-- Michael Craig plays Dr. John Carmody, who operates, finds that the tumour cannot all be
-- taken out, and falls in love with the patient he is lying to. Diane Baker plays Ellen
-- Pember, Laura's younger sister, who is told the truth first, and Edward Judd plays Mike
-- Bancroft, a racing driver and old flame who is wounded when she drops him.
--
-- Hayward is better in the fury than in the calm: when Laura learns what has been kept from
-- her and turns on everyone who kept it, the film comes alive for ten minutes. The later
-- scenes, in a house by the sea where Carmody takes up a country practice, are lovely to look
-- at and slow to sit through. Bette Davis owned this part once, and the comparison is never
-- far away. The colour photography is handsome, the music swells on cue, and the ending is
-- exactly the one you expect, staged with taste and very little surprise.
--
-- Written by Halvard Eikeland

global gSeatsLeft

on startMovie
  set gSeatsLeft = 140
  put "Matinee seats:" && gSeatsLeft into field "status"
end

on sellSeat
  if gSeatsLeft > 0 then
    set gSeatsLeft = gSeatsLeft - 1
    put "Matinee seats:" && gSeatsLeft into field "status"
  else
    alert "The matinee is sold out."
  end if
end

on mouseUp
  sellSeat
  go to frame "counter"
end
