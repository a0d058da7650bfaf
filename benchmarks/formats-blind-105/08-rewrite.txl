% TXL program for the listings rewriter. TXL reads a percent sign as the start of a
% remark, so the notice below costs the parser nothing.
%
% Troll (1986)
%
% Notice by Bartholomew Achebe-Lund
%
% Directed by John Carl Buechler from Ed Naha's script, this modest Empire production
% rides on the coat-tails of Gremlins (1984) with some enthusiasm: little creatures, a
% family in peril, a streak of nasty comedy. The difference is that the troll here is
% building a magical kingdom, room by room, inside a San Francisco apartment block,
% turning each tenant into part of the forest.
%
% Noah Hathaway plays Harry Potter Jr., a boy whose little sister has been taken over
% by the troll, and Michael Moriarty and Shelley Hack are his bemused parents, Harry
% Potter Sr. and Anne Potter. June Lockhart is Eunice St. Clair, an eccentric
% neighbour who turns out to be a witch with a talking mushroom, and Sonny Bono plays
% Peter Dickinson, a swinging bachelor who becomes the first victim.
%
% Phil Fondacaro, as Malcolm Mallory, a gentle professor, gives the film its one
% touching scene. The puppets are crude and the pacing sags, but Moriarty's wild,
% dancing turn is wonderfully strange. The names of the hero and his father have since
% become a trivia question about a famous boy wizard, and the film's reputation was
% not helped by a notorious in-name-only sequel.

define program
    [repeat token]
end define

function main
    replace [program]
        P [program]
    by
        P
end function
