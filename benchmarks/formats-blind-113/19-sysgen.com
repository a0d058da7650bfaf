.ENABLE SUBSTITUTION
.;  Chef (2017)
.;  reviewed by Fitzgerald Osei-Marchetti
.;
.;  Raja Krishna Menon directs this Indian remake of Jon Favreau's
.;  Chef (2014), and he changes more than the food. The father is
.;  still a chef who walks out of a famous restaurant, but the heart
.;  of the film is now the road trip with his son from Kochi through
.;  the hills, and the truck is a double-decker bus.
.;
.;  Saif Ali Khan plays Roshan Kalra, a head chef in New York who
.;  has missed most of his son's childhood. Padmapriya plays Radha,
.;  his former wife, a dancer in Kerala, and Svar Kamble plays
.;  Armaan, the boy, who is better with a phone than his father is
.;  with a knife.
.;
.;  Khan is relaxed and likeable, and the scenes of cooking in
.;  Kerala are lovely to look at. But the quarrel that drives the
.;  story is thin, and the film is in no hurry. Three stars.
.IFT $NOSAV .GOTO END
RUN SYSGEN
.END:
