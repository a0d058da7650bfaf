// ==UserScript==
// @name         Film notes: inline review
// @namespace    https://notes.example.org/userscripts/07955ce4
// @version      1.2.0
// @description  Adds a short review of Andhadhun (2018) under the film page's main heading.
// @author       Rohan Mirchandani
// @match        https://films.example.org/title/*
// @grant        none
// @run-at       document-end
// ==/UserScript==

(function () {
  "use strict";

  const REVIEW = {
    film: "Andhadhun",
    year: 2018,
    reviewer: "Rohan Mirchandani",
    paragraphs: [
      "Andhadhun (2018), directed by Sriram Raghavan, is the best Indian " +
        "thriller in years, and it begins with a joke that is also a trap. " +
        "Ayushmann Khurrana plays Akash, a pianist in Pune who pretends to be " +
        "blind because he thinks it will make him a better musician. Radhika " +
        "Apte is Sophie, who falls for him after knocking him over with her " +
        "scooter, and Anil Dhawan plays Pramod, a faded film star of the " +
        "seventies who hires Akash to play at a private anniversary. When Akash " +
        "arrives, Pramod is dead on the floor, and his wife Simi (Tabu) and her " +
        "lover are still in the flat, sure that the blind man sees nothing.",
      "The film takes its opening premise, a pianist faking blindness who " +
        "walks in on a murder, from Olivier Treiner's French short L'Accordeur " +
        "(2010), and credits it; everything after the first act is Raghavan's " +
        "own. Tabu is terrific, ruthless and funny at once. Manav Vij plays " +
        "Manohar, the police inspector who turns out to be the lover.",
      "People keep calling it the Hindi Fargo (1996); I would not, the Coens " +
        "never had this much fun with a plot. Badlapur and Johnny Gaddaar show " +
        "where the director's taste for bad luck comes from.",
    ],
    signoff: "Rohan Mirchandani",
  };

  function render(review) {
    const box = document.createElement("section");
    box.className = "fn-review";
    const h = document.createElement("h2");
    h.textContent = review.film + " (" + review.year + ")";
    box.appendChild(h);
    for (const text of review.paragraphs) {
      const p = document.createElement("p");
      p.textContent = text;
      box.appendChild(p);
    }
    const sig = document.createElement("p");
    sig.className = "fn-signoff";
    sig.textContent = review.signoff;
    box.appendChild(sig);
    return box;
  }

  if (typeof document !== "undefined") {
    const heading = document.querySelector("h1");
    if (heading) heading.insertAdjacentElement("afterend", render(REVIEW));
  }
})();
