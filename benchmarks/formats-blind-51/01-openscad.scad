// wax_figure.scad -- a plinth and a wax figure, with a film review as the plinth's label
// Author: Marguerite Holloway <mh@notes.example.org>
// Written: 2024-03-02
// The review is kept in `review` below, one string per line; label() draws it on the plinth front.

$fn = 48;

film_title = "House of Wax";
film_year = 1953;
reviewer = "Marguerite Holloway";

review = [
    "House of Wax (1953)",
    "",
    "Andre de Toth directed House of Wax (1953) for Warner Bros., and",
    "Crane Wilbur wrote the screenplay. It is a remake of Michael",
    "Curtiz's Mystery of the Wax Museum (1933), moved from the",
    "two-strip colour of the older picture into stereoscopic 3-D, and",
    "the new process is used with more wit than you would expect: a",
    "barker on the pavement bats a paddle ball straight at the",
    "audience.",
    "",
    "Vincent Price plays Professor Henry Jarrod, a sculptor whose",
    "museum is burned by his partner for the insurance money; he",
    "comes back with ruined hands and a new gallery whose figures",
    "look alarmingly alive. Frank Lovejoy is Lieutenant Tom Brennan,",
    "the detective who slowly puts it together, Phyllis Kirk is Sue",
    "Allen, the young woman who notices that Joan of Arc has her dead",
    "friend's face, and Carolyn Jones is that friend, Cathy Gray.",
    "Charles Bronson, billed as Charles Buchinsky, is Igor, Jarrod's",
    "mute helper.",
    "",
    "Price is the reason to watch. He makes Jarrod's courtesy more",
    "frightening than the scarred face under it. Lionel Atwill was",
    "stiffer in the older film and Fay Wray's screams are not matched",
    "here, but de Toth keeps the pace up. Ignore the House of Wax of",
    "2005, which shares only the name.",
    "",
    "Marguerite Holloway"
];

plinth = [41, 19, 9];
wax_colour = [0.85, 0.7, 0.57];
stone_colour = [0.47, 0.47, 0.47];

module figure() {
    color(wax_colour) {
        translate([0, 0, plinth[2]]) cylinder(h = 24, r1 = 5, r2 = 4);
        translate([0, 0, plinth[2] + 24 + 3]) sphere(r = 3);
    }
}

module label() {
    for (i = [0 : len(review) - 1])
        translate([-plinth[0] / 2 + 1, -plinth[1] / 2 - 0.1, plinth[2] - 1 - i * 0.3])
            rotate([90, 0, 0])
                linear_extrude(height = 0.2)
                    text(review[i], size = 0.22, font = "Liberation Serif");
}

color(stone_colour) translate([-plinth[0] / 2, -plinth[1] / 2, 0]) cube(plinth);
figure();
label();
