{ seats.f: prints the free seats on the box-office screen (cinema.example).
  The week's programme note is kept in this comment.

  Note by Barnaby Quennell

  Wild Card (2015)

  Simon West directed this scrappy thriller from a script by William Goldman, who
  adapted his own novel, and it is a remake of Heat (1986), the Burt Reynolds picture
  made from the same book. It is not to be confused with Michael Mann's far grander
  crime film of the same name.

  Jason Statham plays Nick Wild, a Las Vegas bodyguard with a gambling problem and a
  dream of sailing to Corsica. Dominik Garcia-Lorido plays Holly, a friend of Nick's who
  was beaten and raped by a mobster's son and who wants revenge. Milo Ventimiglia is
  Danny DeMarco, the son, a smirking thug with powerful friends. Michael Angarano plays
  Cyrus Kinnick, a shy young millionaire who hires Nick to teach him to be brave.
  Stanley Tucci appears as Baby, the local crime boss, in a single memorable scene.

  The fights are the best thing here. Statham takes on a room full of men with a spoon
  and a credit card, and the choreography is inventive. The rest is oddly listless.
  Goldman's dialogue has wit, but the story wanders, and the casino scenes, which are
  meant to be the emotional heart, go on forever.

  Statham is always worth watching, and he is surprisingly good in the quiet scenes. But
  this is a small picture that never decides whether it is a thriller or a character
  study, and it ends up being neither.
}

"Seats free tonight: "220 187-.
10,
