/* REXX: review of The Getaway (1994). Author: Errol Stanwick */

title = "The Getaway (1994)"
reviewer = "Errol Stanwick"
signoff = "Errol Stanwick"
p.1 = "Roger Donaldson's The Getaway (1994) is a remake of Sam" ,
      "Peckinpah's The Getaway (1972), and it follows the old film" ,
      "almost scene for scene. Walter Hill, who wrote the first" ,
      "version, shares the screenplay credit this time with Amy" ,
      "Holden Jones."
p.2 = "Alec Baldwin plays Doc McCoy, a robber sprung from a Mexican" ,
      "prison for one more job, and Kim Basinger is his wife, Carol" ,
      "McCoy, who bought his freedom in a way he cannot forgive." ,
      "Michael Madsen plays Rudy Travis, the partner who turns on" ,
      "them, and James Woods is Jack Benyon, the man pulling the" ,
      "strings. Jennifer Tilly plays Fran Carvey, the wife of a" ,
      "country vet whom Rudy drags along."
p.3 = "Steve McQueen and Ali MacGraw had a spark that the married" ,
      "leads here, oddly, never find. Jim Thompson's novel ended" ,
      "somewhere much darker than either film dares. I would not" ,
      "rank this with Peckinpah's picture; it is a handsome and" ,
      "sweaty copy, no more."
p.0 = 3

say title
do i = 1 to p.0
  say ''
  say p.i
end
say ''
say signoff
exit 0
