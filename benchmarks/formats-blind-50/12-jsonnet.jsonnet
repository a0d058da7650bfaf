// review.jsonnet -- renders the club's review page data
// Author: Severin Lacasse, 2019-12-05

local reviewer = 'Severin Lacasse';
local body = |||
    Pedro Almodovar wrote and directed All About My Mother (Todo sobre mi madre,
    1999), a Spanish film that takes its title, its dressing rooms and its devotion to
    actresses from All About Eve (1950). Manuela and her son are watching Mankiewicz's
    film on television in an early scene, so the borrowing is out in the open.

    Cecilia Roth plays Manuela, a transplant nurse in Madrid whose son Esteban (Eloy
    Azorin) is killed running after an actress for her autograph. Marisa Paredes is
    Huma Rojo, that actress; Candela Pena plays Nina Cruz, her co-star and lover.
    Antonia San Juan is Agrado, who gives the film's funniest speech from an empty
    stage. Penelope Cruz plays Sister Rosa, a young nun who is pregnant, and Toni
    Canto is Lola, the father of both Estebans.

    Huma is playing A Streetcar Named Desire in Barcelona, the play and not Kazan's
    film, and its lines keep slipping into the women's lives. Some also see
    Cassavetes' Opening Night (1977) in it; I cannot say I do. It won the Oscar for
    foreign language film and deserved it.
|||;

{
  film: { title: 'All About My Mother', year: 1999 },
  reviewer: reviewer,
  body: body,
  signoff: '-- Severin Lacasse',
  wordCount: std.length(std.split(body, ' ')),
}
