% Prints the night's greeting on the booth terminal. MMIXAL treats a
% line that starts with a percent sign as a remark, so the club's notice
% of the week is kept in these lines.
%
% Submitted by Clementine Abara
%
% Freaky Friday (2018)
%
% The Disney Channel's remake of Freaky Friday (1976) is the latest
% version of Mary Rodgers's story, and the first built around songs, since
% it comes by way of a stage musical. Gary Nelson's original had Jodie
% Foster and Barbara Harris trading bodies. Mark Waters made a separate
% remake with Lindsay Lohan in 2003, and this one takes nothing from it
% that it could not have found in the book.
%
% Cozi Zuehlsdorff plays Ellie Blake, a sulky teenager, and Heidi
% Blickenstaff plays her mother, Katherine, a caterer who is about to
% remarry; a magic hourglass makes them swap places on the eve of the
% wedding. Blickenstaff is a delight as a teenager trapped in a grown
% woman's body, all slouches and rolled eyes, and Zuehlsdorff does a neat
% job as a mother stranded in a high school corridor.
%
% Steve Carr directs briskly, the songs are bouncy if forgettable, and the
% message about listening to each other is laid on with a trowel. Young
% viewers will enjoy it; their parents will want the Foster version.
%
% Two and a half stars.
%

        LOC     Data_Segment
        GREG    @
Text    BYTE    "Doors open at eight. Take your seats.",#a,0

        LOC     #100
Main    LDA     $255,Text
        TRAP    0,Fputs,StdOut
        TRAP    0,Halt,0
