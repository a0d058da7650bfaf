;; Author: Lorenzo Pike
;; Written 16 March 2026 for weepies.example.org

(local title "The Champ (1979)")
(local reviewer "Lorenzo Pike")
(local signoff "Reviewed by Lorenzo Pike for weepies.example.org, 16 March 2026.")

(local paragraphs
  ["Franco Zeffirelli directed The Champ (1979), and Walter Newman wrote the screenplay. It is a remake of King Vidor's The Champ (1931), in which Wallace Beery and Jackie Cooper made a nation cry, and it keeps the Frances Marion story nearly intact while moving it to the racetracks of Florida."
   "Jon Voight plays Billy Flynn, a former boxer working as a groom and losing his pay at the tables. Ricky Schroder is his son, T.J., and Faye Dunaway plays Annie, the mother who left them and now wants the boy back. Jack Warden is Jackie, the trainer, and Arthur Hill plays Mike, Annie's husband."
   "It will be set beside Rocky (1976), and I cannot see why, since this is a weepie about a father, not a fight film. Zeffirelli drowns every scene in music, but the last reel in the dressing room is still hard to sit through dry-eyed."])

(print title)
(print)
(each [_ para (ipairs paragraphs)]
  (print para)
  (print))
(print signoff)
