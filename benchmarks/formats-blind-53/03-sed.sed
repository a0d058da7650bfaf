# The Long Goodbye (1973): a review
# Author: Priya Venkataraman
# Date: 2024-03-09
# Usage: echo | sed -f 03-sed.sed
1i\
The Long Goodbye (1973)\
\
The Long Goodbye (1973) was directed by Robert Altman from a\
screenplay by Leigh Brackett, and it turns Raymond Chandler's\
detective into a man who mutters to his cat and lights matches on\
everything.\
\
Elliott Gould plays Philip Marlowe, Nina van Pallandt is Eileen\
Wade, and Sterling Hayden is Roger Wade, her drunk novelist\
husband, roaring around a Malibu beach house. Mark Rydell is Marty\
Augustine, a gangster who smashes a bottle into the face of\
someone he loves, Henry Gibson is Dr. Verringer, and the baseball\
pitcher Jim Bouton plays Terry Lennox, the friend whose alibi\
starts everything.\
\
The film borrows its wisecracking detective drifting among the\
rich from The Big Sleep (1946), which Brackett also helped to\
write for Howard Hawks, and then lets the air out of him. People\
sometimes set it beside Chinatown, which came a year later; I\
would not. Vilmos Zsigmond's hazy colour is the real star.\
\
-- Priya Venkataraman
d
