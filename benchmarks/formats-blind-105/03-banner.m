% Mercury module for the box-office banner. main/2 writes the review's headline; the
% review itself is kept in percent remarks, which the compiler skips.

:- module banner.
:- interface.
:- import_module io.
:- pred main(io::di, io::uo) is det.

:- implementation.

main(!IO) :-
    io.write_string("Jaws 3-D (1983)\n", !IO).

%
% Byline: Tobias Nakagawa-Flint
%
% Starring Dennis Quaid, Bess Armstrong and Louis Gossett Jr.
%
% Joe Alves, who had designed the mechanical sharks for the earlier films, directed
% this third instalment from a script by Richard Matheson and Carl Gottlieb, and it
% was sold almost entirely on its gimmick. The setting is a Florida marine park with
% underwater tunnels and a glass-walled lagoon, which a young great white slips into
% just before the grand opening. Its mother, naturally, is not far behind.
%
% Dennis Quaid plays Mike Brody, the grown-up son of the old police chief, now the
% park's chief engineer, and Bess Armstrong is Kathryn Morgan, the marine biologist he
% lives with. Louis Gossett Jr. is Calvin Bouchard, the park's blustering owner, Simon
% MacCorkindale plays Philip FitzRoyce, a British adventurer who wants to film the
% capture, and Lea Thompson is Kelly Ann Bukowski, a water-ski performer.
%
% The stereo effects are clumsy: a severed arm, a fish skeleton and a few harpoons
% float toward the lens, and the shark itself often looks like a cut-out drifting past
% the glass. Steven Spielberg's name is absent, and so is his sense of timing. Nor
% does it borrow anything from Creature from the Black Lagoon, the other famous
% underwater picture shot for glasses. Still, the tunnel sequence works.
