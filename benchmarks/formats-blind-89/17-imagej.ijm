// poster_resize.ijm: ImageJ macro for the lobby posters (cinema.example).
// The week's programme note is kept in these comment lines.
//
// Note by Ingrid Vasquez-Hale
//
// 2001 Maniacs (2005)
//
// Tim Sullivan directed this comic splatter film, a remake of Two Thousand Maniacs! (1964),
// and he wrote it with Chris Kobin. The story is the old one: a Southern town, wiped out in
// the Civil War, comes back to life every so often to hold a jubilee, and the guests of honour
// are Northern visitors who are lured in and killed in ever more elaborate ways.
//
// Here the visitors are college students on their way to spring break in Florida, who follow a
// detour sign into the town. Robert Englund plays Mayor Buckman, the town's grinning host, who
// welcomes them with pies and banners, and Lin Shaye plays Granny Boone, who runs the boarding
// house and cannot stop flirting. The students are mostly pretty and stupid, as the genre
// requires, and they are split up and picked off one by one.
//
// Englund is clearly having a wonderful time, and Shaye is very funny. The killings are
// gruesome, but the film has a cheerful, cartoonish tone, and the townspeople's songs and
// banjo music are the best of it. The Southern jokes wear thin, though, and a good many of the
// jokes about sex are merely crude.
//
// Herschell Gordon Lewis made the first film for almost nothing, and it shows a certain nerve
// to remake it. This version is glossier and not much smarter, but fans of the original will
// probably have fun.

macro "Resize Lobby Poster" {
    title = getTitle();
    run("Size...", "width=1080 height=1920 constrain average interpolation=Bilinear");
    run("Enhance Contrast", "saturated=0.35");
    saveAs("PNG", "/srv/posters/" + title + "-lobby.png");
}
