// review.mjs: Halloween (1978), a film review as an ES module; run with node review.mjs
// Author: Priya Venkataraman
// Date: 2024-10-30

export const review = {
  film: "Halloween",
  year: 1978,
  reviewer: "Priya Venkataraman",
  paragraphs: [
    "John Carpenter directed Halloween in 1978 on a tiny budget, and " +
      "he wrote the screenplay with Debra Hill. In a quiet town in " +
      "Illinois a boy kills his sister on Halloween night; fifteen " +
      "years later he escapes from the asylum and comes home.",
    "Jamie Lee Curtis plays Laurie Strode, a bookish babysitter, in " +
      "her first film role. Donald Pleasence is Dr. Sam Loomis, the " +
      "psychiatrist who has spent years watching his patient and calls " +
      "him evil without apology. Nancy Loomis plays Annie Brackett, " +
      "whose father, Sheriff Leigh Brackett, is played by Charles " +
      "Cyphers, and P.J. Soles is Lynda, who says totally more often " +
      "than anyone should.",
    "Carpenter borrows his prowling first-person camera, the " +
      "breathing on the soundtrack and the holiday setting from Bob " +
      "Clark's Black Christmas (1974). The doctor shares his name with " +
      "a character in Psycho, and Curtis is Janet Leigh's daughter, but " +
      "the film is no copy of Psycho, whatever people say. Rob Zombie's " +
      "version of 2007 is best forgotten.",
  ],
  signoff: "Priya Venkataraman",
};

console.log(`${review.film} (${review.year})\n`);
for (const p of review.paragraphs) console.log(p + "\n");
console.log(review.signoff);
