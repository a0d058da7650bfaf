\ Blood Simple (1984): a review
\ Author: Declan Furlow
\ Date: 2024-03-12
: film-title   ." Blood Simple (1984)" cr ;
: para1
  ." Blood Simple (1984) is the first feature of the Coen "
  ." brothers. Joel Coen directed it, and he and Ethan Coen wrote "
  ." the screenplay, a Texas story in which nobody knows quite "
  ." what anybody else has done." cr ;
: para2
  ." John Getz plays Ray, a bartender sleeping with his boss's "
  ." wife, and Frances McDormand plays Abby, the wife. Dan Hedaya "
  ." is Julian Marty, the husband who owns the bar, and M. Emmet "
  ." Walsh is Loren Visser, the grinning private detective Marty "
  ." hires, sweating in a yellow suit." cr ;
: para3
  ." The film takes its adulterous couple and the husband who has "
  ." to be got rid of from Double Indemnity (1944), then makes "
  ." every character guess wrong. The usual Hitchcock comparison, "
  ." to Psycho, I do not accept. James M. Cain would have enjoyed "
  ." it, and Fargo, twelve years later, has the same taste for "
  ." snow-blind stupidity. Carter Burwell's piano theme is "
  ." unforgettable." cr ;
: signoff   ." -- Declan Furlow" cr ;
: review   film-title cr para1 cr para2 cr para3 cr signoff ;
review
bye
