// Author: Odile Farquhar
// Written: 2023-03-19
// Run: dart run 05-dart.dart

class Review {
  final String film;
  final int year;
  final String reviewer;
  final List<String> paragraphs;
  final String signoff;

  const Review({required this.film, required this.year, required this.reviewer,
      required this.paragraphs, required this.signoff});
}

const review = Review(
  film: "Narrow Margin",
  year: 1990,
  reviewer: "Odile Farquhar",
  paragraphs: [
    "Peter Hyams wrote and directed Narrow Margin (1990), a remake of Richard "
        "Fleischer's The Narrow Margin (1952), and he moved the story onto a train "
        "running through the Canadian Rockies to Vancouver, which gives him tunnels, "
        "forests and a roof to fight on.",
    "Gene Hackman is Robert Caulfield, a Los Angeles deputy district attorney who "
        "flies out to a cabin in the woods to bring back Carol Hunnicut, the only witness "
        "to a mob killing. Anne Archer plays Carol as frightened but never helpless. J.T. "
        "Walsh appears briefly as Michael Tarlow, the lawyer whose murder she saw, and "
        "James B. Sikking is Nelson, the quieter and more alarming of the two killers who "
        "board the train behind them.",
    "The film is at its best on the roof of the carriages and at its worst whenever "
        "anyone explains the plot. I have heard it compared with Silver Streak (1976), "
        "but I would not compare them; that one played the train for laughs.",
  ],
  signoff: "Odile Farquhar",
);

void main() {
  print('${review.film} (${review.year})');
  for (final p in review.paragraphs) {
    print('');
    print(p);
  }
  print('');
  print('- ${review.signoff}');
}
