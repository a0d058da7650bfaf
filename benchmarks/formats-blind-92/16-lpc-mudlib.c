// /domains/cinema/room/foyer.c: the foyer of the lobby MUD (cinema.example).
// The wizards let the programme desk keep a film review in this file's comments.
//
// Heyy Babyy (2007)
//
// Sajid Khan wrote and directed this comedy, his debut behind the camera, and its plot is
// borrowed from Three Men and a Baby (1987), which had in turn remade Trois hommes et un
// couffin (1985), a hit in France: three carefree bachelors sharing a flat find a baby on
// their doorstep and have to learn, very noisily, how to look after her.
//
// The flat is in Sydney, and the three are womanisers who spend their nights at parties and
// their mornings avoiding phone calls. Akshay Kumar plays Aarush, the leader of the pack,
// Riteish Deshmukh plays Al, and Fardeen Khan plays Tanmay. When the baby arrives with a note,
// they first try to give her away, then fall helplessly in love with her, and their battles
// with nappies, bottles and a baby who will not stop crying are the liveliest scenes in the
// film. Vidya Balan plays Isha, the baby's mother, who has a good reason to keep away from one
// of the three, and Boman Irani plays her father, Bharat Malhotra, a gruff man who trusts none
// of them.
//
// The jokes are broad and some are crude, particularly those at the expense of the women the
// bachelors have dumped, and the second half, in which the men compete to win Isha's
// forgiveness, drags badly. But Kumar's timing is sharp, the baby is adorable, and the three
// leads clearly enjoy playing the fool together. Balan, who has little to do, does it with
// grace.
//
// Signed, Leopold Nakashima-Reyes

inherit "/std/room";

void create() {
    ::create();
    set_short("The cinema foyer");
    set_long("A carpeted foyer that smells of popcorn. Old posters line the walls, "
             "and a door to the north leads into screen one.\n");
    add_item("posters", "Faded posters for films that ran years ago.\n");
    add_exit("north", "/domains/cinema/room/screen1");
    add_exit("south", "/domains/cinema/room/street");
}
