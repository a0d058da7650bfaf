// main.pony: screen status printer for cinema.example.
// ponyc discards // comments, and the programmer left a film note in them.
//
// Splendor in the Grass (1981)
//
// Elia Kazan's Splendor in the Grass (1961), with Natalie Wood and Warren Beatty, was a fevered
// story of young love wrecked by parents, money and the sexual rules of a Kansas town in the
// twenties. This television remake, directed by Richard C. Sarafian, keeps the story and the
// shape of William Inge's script, and shows how much of the first film's power came from its
// stars and its director.
//
// Melissa Gilbert plays Deanie Loomis, the good girl whose mother tells her that nice girls
// never feel what she is feeling, and Cyril O'Reilly plays Bud Stamper, the rich boy whose
// father has his whole life mapped out for him. Gilbert works hard and has some affecting
// moments, especially in the scenes after Deanie's breakdown, but she is too gentle for the
// desperation the part demands. O'Reilly is handsome and rather stiff.
//
// The period detail is careful and the photography is soft and pretty, which is part of the
// problem: everything looks like an advertisement for the past. The crash of the stock market
// and the family's ruin come and go without much force. Viewers who have never seen the
// original will find a decent, sincere drama; anyone who has will keep seeing the faces that
// are missing.
//
// Note by Aurelio Fenn
//

actor Main
  new create(env: Env) =>
    let screens: Array[String] = ["One"; "Two"; "Studio"]
    for s in screens.values() do
      env.out.print("Screen " + s + " is open")
    end
