# notes.janet -- prints the programme note for the lobby screen.
#
# `note-author` is the person who wrote the note; the script prints the
# name under the text, with the screening time.

(def note-author "Mirela Cosgrove")
(def screening "2025-06-12 20:00")

(def note
  ``
  Moonrise Kingdom (2012)

  Wes Anderson directed Moonrise Kingdom and wrote it with Roman Coppola. On
  the island of New Penzance, off the coast of New England, in September 1965,
  two twelve-year-olds run away together. Sam Shakusky, played by Jared
  Gilman, is an orphan and an unpopular Khaki Scout who resigns by letter;
  Suzy Bishop, played by Kara Hayward, is a furious girl with binoculars, a
  suitcase of stolen library books and a kitten in a basket.

  The grown-ups set off after them. Edward Norton is Scout Master Ward, who
  takes the loss of a scout personally; Bruce Willis plays Captain Sharp, the
  island's lonely policeman; and Bill Murray plays Walt Bishop, Suzy's father,
  a lawyer whose marriage is going quietly wrong. Tilda Swinton is known only
  as Social Services, Jason Schwartzman turns up as Cousin Ben, who offers to
  marry the runaways, and Bob Balaban is the Narrator, who keeps us informed
  about the weather.

  Anderson has said that the runaway pair come from Melody (1971), the British
  film about two schoolchildren who want to marry, and the debt is plain in
  the children's grave faces. The rest is pure Anderson: the dolls'-house
  sets, the camera gliding sideways, the storm that floods everything, a
  church performance of Benjamin Britten's Noye's Fludde. Gilman and Hayward,
  neither of whom had acted in a film before, play it with complete
  seriousness, which is why it works.
  ``)

(defn- rule [width] (string/repeat "-" width))

(defn main [& args]
  (def width (if (> (length args) 1) (scan-number (get args 1)) 72))
  (print (rule width))
  (print note)
  (print)
  (print "  -- " note-author)
  (print "  Screening: " screening)
  (print (rule width)))
