// IDC helper for the capture rig's firmware notes. IDA skips whatever
// follows two slashes, so the review went into these remarks.
//
// walk hard: the dewey cox story (2007)
//
// by Leocadia Brennan
//
// I put "Walk Hard" on as background noise while sorting laundry and ended
// up on the floor. Jake Kasdan directed, and he co-wrote it with Judd
// Apatow, and the two of them have made what is basically Walk the Line
// (2005) run through a wood chipper: the brother who dies young, the father
// who tells the wrong son he should have died, the pills, the comeback
// special, all of it, scene for scene, only stupider and somehow truer.
//
// John C. Reilly plays Dewey Cox from the age of fourteen to seventy, and he
// never once winks at the camera, which is the whole trick. He can really
// sing, too, and the fake songs are so good I have two of them on my running
// playlist. Kristen Wiig plays Edith, the first wife, stuck at home with an
// impossible number of kids. Jenna Fischer is Darlene, the backing singer
// who becomes wife number two, and Tim Meadows plays Sam, the drummer who
// keeps warning Dewey not to try whatever drug he is trying.
//
// Not every gag lands and the last half hour sags. Still, this is the music
// biopic to end all music biopics.
//
// 8/10

#include <idc.idc>

static main()
{
    auto ea;
    ea = ScreenEA();
    Message("Starting at %a\n", ea);
    MakeComm(ea, "entry point checked");
}
