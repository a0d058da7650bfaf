/*********************************************************************
 * Program : village_review.sas
 * Author  : Gideon Parr
 * Purpose : Film society review, kept with the village accident table
 * Written : 18 March 2024
 *********************************************************************/
options nodate nonumber linesize=100;
title1 "Film society review";
title2 "Reviewed by Gideon Parr";

data review;
  infile datalines4 truncover;
  input line $char100.;
datalines4;
Hot Fuzz (2007) is the British police comedy that Edgar Wright directed and
wrote with Simon Pegg after Shaun of the Dead, and it is even more carefully
built than that film. Pegg plays Nicholas Angel, a London officer so good at
his job that his superiors transfer him to the village of Sandford to stop
him showing them up.

Sandford has won Village of the Year many times and has no crime, only a
remarkable number of accidents. Nick Frost plays Danny Butterman, the
inspector's son and Angel's new partner, a sweet, dim constable whose idea
of police work comes from action DVDs; Jim Broadbent is his father,
Inspector Frank Butterman, all friendly menace. Timothy Dalton plays Simon
Skinner, the supermarket manager who might as well twirl a moustache, and
Paddy Considine and Rafe Spall are the two detectives both called Andy.
Olivia Colman has a few scenes as PC Doris Thatcher.

The film takes its secret village society, and Edward Woodward, from Robin
Hardy's The Wicker Man (1973); Woodward plays Tom Weaver here, one of the
village elders, and the casting is the joke. The finale turns into the
shoot-out Danny has dreamed of, and the pair watch Point Break and Bad Boys
II on the sofa beforehand, but those are films the characters watch, not the
frame of this one.

Every planted detail pays off. Watch it twice.

Gideon Parr
;;;;
run;

data accidents;
  input year accidents crimes;
datalines;
1998 6 0
1999 4 0
2000 5 0
2001 10 0
2002 4 0
2003 3 0
2004 4 0
2005 4 0
2006 6 0
;
run;

proc print data=review noobs;
run;

proc means data=accidents sum mean maxdec=1;
  var accidents crimes;
run;
