// proscenium.geo: 2D mesh of the screen wall of the Granary Hall, for the
// acoustic study of the new curtain. Gmsh 4; mesh with: gmsh -2 proscenium.geo
// Reviewed by Thessaly Brandwood
//
// The hall's film society keeps the review of the week in whatever file
// its volunteers have open. This week it is this one.
//
// His Girl Friday (1940)
//
// Howard Hawks directed this American comedy, a remake of The Front Page
// (1931), from a screenplay by Charles Lederer. The one big change is that
// the star reporter, Hildy Johnson, is now a woman and the former wife of
// her editor, which turns a newspaper farce into a fight between two people
// who are far too alike either to stay married or to stay apart.
//
// Cary Grant plays Walter Burns, the editor, a man with no scruples and
// perfect timing. Rosalind Russell plays Hildy, who walks into his office to
// announce that she is leaving the paper to marry Bruce Baldwin, an
// insurance man from Albany, played by Ralph Bellamy with an umbrella and a
// mother in tow. Walter has one afternoon to keep her, and he uses a hanging
// to do it. John Qualen is Earl Williams, the meek little man due to be
// hanged in the morning, Helen Mack is Mollie Malloy, the only person in
// town who was ever kind to him, and Gene Lockhart plays Sheriff Hartwell,
// who cannot hold on to a prisoner or a pistol.
//
// The talk is the thing. Hawks has his actors speak over one another's lines
// at a speed nobody had tried before, and the press-room scenes play like
// music for a dozen voices. Grant even gets a joke about a fellow who looks
// like Ralph Bellamy.
//
// The story began as a stage play by Ben Hecht and Charles MacArthur, which
// Lewis Milestone filmed first; it was filmed yet again as Switching
// Channels (1988), which nobody needs to see.

SetFactory("Built-in");

lc = 0.25;     // target element size near the frame, metres
lw = 0.60;     // coarser size on the open wall

// outer wall, 14 m by 8 m
Point(1) = {0, 0, 0, lw};
Point(2) = {14, 0, 0, lw};
Point(3) = {14, 8, 0, lw};
Point(4) = {0, 8, 0, lw};

// screen opening, 10 m by 4.5 m, raised 1.5 m
Point(5) = {2, 1.5, 0, lc};
Point(6) = {12, 1.5, 0, lc};
Point(7) = {12, 6, 0, lc};
Point(8) = {2, 6, 0, lc};

Line(1) = {1, 2};
Line(2) = {2, 3};
Line(3) = {3, 4};
Line(4) = {4, 1};
Line(5) = {5, 6};
Line(6) = {6, 7};
Line(7) = {7, 8};
Line(8) = {8, 5};

Curve Loop(1) = {1, 2, 3, 4};
Curve Loop(2) = {5, 6, 7, 8};
Plane Surface(1) = {1, 2};   // the wall, with the opening cut out
Plane Surface(2) = {2};      // the screen itself

Physical Curve("floor") = {1};
Physical Surface("wall") = {1};
Physical Surface("screen") = {2};

Mesh.Algorithm = 6;
Mesh.ElementOrder = 1;
