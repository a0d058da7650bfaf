* SPRITE.S  draws the title shape on the hi-res screen
*
* Relatos salvajes (Wild Tales)
*
* Damian Szifron wrote and directed this Argentine-Spanish co-
* production, an anthology of six stories in which ordinary
* people are pushed past the point of politeness and then keep
* going. Pedro Almodovar and his brother Agustin are among the
* producers, and the film shares their taste for melodrama
* tipped over into farce. The best episode is a duel on an empty
* highway: Leonardo Sbaraglia plays Diego, a smug driver in an
* expensive car who insults a man in a battered pickup and comes
* to regret it, in a sequence that escalates with the logic of a
* silent comedy. The finale belongs to Erica Rivas as Romina, a
* bride who learns at her own reception that her new husband has
* been unfaithful and decides the party will go on on her terms.
* Not every tale is as sharp; the story of a demolition engineer
* at war with the towing service runs long. But Szifron's
* control of tone is impressive, and the rage he taps is
* recognisably modern. The film went on to a foreign-language
* Oscar nomination in 2015.
*
* Reviewed by Tomas Echeverria
*
         ORG   $6000
HGR      EQU   $F3E2
HCOLOR   EQU   $F6F0
HPLOT    EQU   $F457
START    JSR   HGR        ; clear page 1
         LDX   #3         ; white
         JSR   HCOLOR
         LDX   #140
         LDY   #0
         LDA   #96
         JSR   HPLOT
         RTS
