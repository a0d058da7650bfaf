<!---
  ColdFusion page for the cinema.example late-night strand
  The engine strips triple-dash remarks before output; this review never reaches a browser.

  Tintorera (1977)

  Rene Cardona Jr. directed this Mexican shark picture, released in some markets as
  Tintorera: Killer Shark, and it is a shameless bid to ride the wave of Jaws (1975), with
  a tiger shark patrolling the waters off a holiday resort on the Yucatan coast. Where
  Steven Spielberg kept his shark out of sight for half the film, Cardona fills the gaps
  with sunbathing, nightclubs and bedroom scenes.

  Hugo Stiglitz plays a wealthy tourist who drifts from one affair to another, and Andres
  Garcia plays a local fisherman and womaniser who becomes his friend and rival. Susan
  George arrives as a free-spirited visitor who moves in with both of them, and the film
  spends more time on this arrangement than on anything in the water. The shark, when it
  finally gets going, takes a few swimmers and a good deal of stock footage.

  The underwater photography is genuinely good, and some of the real sharks on view are
  more alarming than anything made of rubber, but the film's treatment of animals, with
  real sharks killed on camera, is hard to sit through. As a thriller it barely functions,
  and as a sex comedy it is glum.

  Reviewed for cinema.example by Torvald Mbatha-Lindqvist
--->
<cfset pageTitle = "Late-night strand">
<cfoutput><h1>#pageTitle#</h1></cfoutput>
