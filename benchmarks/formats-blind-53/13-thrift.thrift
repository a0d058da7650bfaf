// Zodiac (2007): a review
// Author: Marcus Teague
// Date: 2024-04-12

namespace py films.reviews.r13
namespace java org.example.films.r13

struct Review {
  1: required string film
  2: required i16 year
  3: required string reviewer
  4: required list<string> paragraphs
  5: optional string signoff
}

const Review REVIEW = {
  "film": "Zodiac",
  "year": 2007,
  "reviewer": "Marcus Teague",
  "paragraphs": [
    "Zodiac (2007) was directed by David Fincher from a screenplay by James Vanderbilt, drawn from Robert Graysmith's books about the killer who wrote to San Francisco newspapers.",
    "Jake Gyllenhaal plays Robert Graysmith, the cartoonist who cannot stop solving, and Mark Ruffalo plays Inspector Dave Toschi, the detective with the animal crackers. Robert Downey Jr. is Paul Avery, the crime reporter who drinks himself out of the story, Anthony Edwards is Bill Armstrong, Toschi's partner, and Chloe Sevigny is Melanie, Graysmith's patient wife.",
    "The film borrows its newsroom and its patience with paperwork from All the President's Men (1976). Toschi sits in a cinema watching Dirty Harry, a film made from his own case, and walks out. Se7en made Fincher's name, but this is the better film, and Harris Savides's photography is flawless."
  ],
  "signoff": "-- Marcus Teague"
}

service ReviewService {
  Review getReview()
}
