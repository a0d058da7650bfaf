; mIRC remote script for the film channel. mIRC treats a leading semicolon as a
; remark, so this week's notice is stored that way.
;
; Sukiyaki Western Django (2007)
;
; Cast: Hideaki Ito, Koichi Sato, Yusuke Iseya, Quentin Tarantino
;
; Takashi Miike's gleefully overloaded Japanese western is, as the title announces, a
; tribute to Django (1966), and it restages that film's coffin, its muddy town and its
; hidden machine gun with a grin. The story moves the rival clans of medieval Japan,
; the red Heike and the white Genji, into a Nevada mining town, and a nameless gunman
; rides in to sell his services to both.
;
; Hideaki Ito plays the gunman with deadpan cool, and Koichi Sato is Kiyomori, leader
; of the Heike, who insists on being called Henry after reading Shakespeare. Yusuke
; Iseya plays Yoshitsune, the languid, silver-haired head of the Genji. Quentin
; Tarantino turns up in the prologue as a grizzled gunslinger, cooking in front of a
; painted backdrop and delivering his lines in a mangled drawl.
;
; Everyone speaks English, learned phonetically, which gives the dialogue a weird,
; halting music. The gunfights are inventive and the production design is lavish, but
; the film is more pastiche than story, and it runs long. It is best seen as a joke
; told by someone who loves the genre too much to take it seriously.
;
; Signed: Philippa Drummond-Ike

on *:TEXT:!review:#films:{
  msg $chan This week's review is in the remote file.
}
