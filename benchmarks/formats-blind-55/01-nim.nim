# Author: Maude Ellery
# Review for the Night Reel column, filed 2026-11-20

const
  title = "The Third Man (1949)"
  reviewer = "Maude Ellery"
  paragraphs = [
    "Carol Reed's The Third Man (1949) is a British film that still " &
    "feels cold to the touch. Graham Greene wrote the screenplay, and " &
    "his hand is in every sour joke. Joseph Cotten plays Holly " &
    "Martins, a writer of cheap westerns who arrives in a divided " &
    "Vienna to find that his old friend Harry Lime has just been " &
    "buried.",
    "Orson Welles, as Harry Lime, is barely in it, yet the whole " &
    "picture bends around him; his first appearance in a dark doorway " &
    "is still the best entrance in the genre. Alida Valli plays Anna, " &
    "who will not stop loving a man who does not deserve it, and " &
    "Trevor Howard is the patient Major Calloway. Bernard Lee turns " &
    "up as a kindly sergeant.",
    "People like to say the film owes its tilted angles to Citizen " &
    "Kane; I would not go that far, since Reed had been shooting " &
    "cities this way since Odd Man Out. Greene later published his " &
    "story as a novella, but the film came first. The zither tune " &
    "still nags at me days later."
  ]
  signoff = "Maude Ellery, for the Night Reel column"

echo title
for p in paragraphs:
  echo ""
  echo p
echo ""
echo signoff
