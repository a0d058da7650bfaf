# Ruairi Mbeki -- mail rules; the away message carries this week's review
require ["fileinto", "vacation", "envelope"];

# club mail goes to its own folder and gets no reply
if header :contains "list-id" "club.example.net" {
    fileinto "Lists.Club";
    stop;
}

if envelope :domain :is "from" "notes.example.org" {
    fileinto "Notes";
}

vacation
  :days 7
  :subject "Away: notes on Ghost Dog: The Way of the Samurai (1999)"
  :from "ruairi@notes.example.org"
  text:
Ghost Dog: The Way of the Samurai (1999)

Jim Jarmusch wrote and directed this deadpan crime film, and he
borrows its hit man from Jean-Pierre Melville's Le Samourai (1967):
the silent killer, the bare room, the bird, the stolen cars, the code
he keeps after his employers have forgotten theirs. Forest Whitaker
plays Ghost Dog, a big, quiet assassin who keeps pigeons on a rooftop,
reads the Hagakure and owes his life to a small-time mobster. John
Tormey is Louie, that mobster; Henry Silva is Ray Vargo, the ageing
boss who orders Ghost Dog dead; Cliff Gorman is Sonny Valerio, who
raps along to Public Enemy. Isaach de Bankole is Raymond, the
ice-cream man, who speaks only French and understands Ghost Dog
perfectly; Camille Winbush is Pearline, a girl in the park with whom
he trades books, Rashomon among them (the stories, not the film).

Some see Seijun Suzuki's Branded to Kill in one shot up a drainpipe; I
cannot vouch for it. The RZA's score sets the pace. It is a funny film
about dying properly.

Signed, Ruairi Mbeki
.
;
