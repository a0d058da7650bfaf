# Author: Fenna Kosters
# Written: 2023-11-04
# Run against an update endpoint, e.g. POST to /update with this body.

PREFIX schema: <https://schema.org/>
PREFIX ex: <https://films.example.org/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA {
  ex:review-battle a schema:Review ;
    schema:itemReviewed ex:film-battle ;
    schema:author [ a schema:Person ; schema:name "Fenna Kosters" ] ;
    schema:dateCreated "2023-11-04"^^xsd:date ;
    schema:reviewBody """
Kinji Fukasaku directed Battle Royale (2000) when he was seventy, from a screenplay by
his son Kenta Fukasaku, and this Japanese film has more anger in it than most first
films. A ninth-grade class is drugged, taken to an island and told to kill one another
within three days.

Tatsuya Fujiwara plays Shuya Nanahara, who tries to keep his promise to look after
Noriko Nakagawa, played by Aki Maeda. Taro Yamamoto is Shogo Kawada, a transfer student
who has survived this game once before, and Masanobu Ando is Kazuo Kiriyama, who
volunteered for it. Takeshi Kitano, billed as Beat Takeshi, plays their old teacher,
Kitano, with a dead face and a sad hobby of painting. Chiaki Kuriyama has a short,
vicious scene as Takako Chigusa.

It takes its children turning on one another on an island from Peter Brook's Lord of the
Flies (1963), though Koushun Takami's novel is the direct source. The Hunger Games came
later and is often said to have borrowed from this one; that argument is not mine to
settle. Kuriyama went on to Kill Bill.

Fenna Kosters""" .

  ex:film-battle a schema:Movie ;
    schema:name "Battle Royale" ;
    schema:dateCreated "2000"^^xsd:gYear .
}
