# The Crazies (2010): a review
# Author: Delphine Aubry
# Date: 2024-04-16

review =
  film: "The Crazies"
  year: 2010
  reviewer: "Delphine Aubry"
  paragraphs: [
    "The Crazies (2010) is a remake of George A. Romero's The
     Crazies (1973), and Romero is among its producers. Breck
     Eisner directed it, and Scott Kosar and Ray Wright wrote the
     screenplay."
    "Timothy Olyphant plays Sheriff David Dutton, whose small
     Iowa town, Ogden Marsh, starts killing itself after a plane
     crashes into the water supply, and Radha Mitchell plays Judy
     Dutton, his wife, the town doctor. Joe Anderson is Russell
     Clank, the deputy who enjoys the chaos a little too much,
     and Danielle Panabaker is Becca Darling, Judy's assistant."
    "Night of the Living Dead made Romero's name; this is only
     one of his smaller ideas, done with a bigger budget.
     Eisner's earlier Sahara did not prepare me for how tight
     this is. The car wash scene is superb."
  ]
  signoff: "-- Delphine Aubry"

console.log "#{review.film} (#{review.year})"
for p in review.paragraphs
  console.log ''
  console.log p
console.log ''
console.log review.signoff
