// Author: Tomasz Rell
// Written: 2024-05-03
// Compile: tsc --strict 03-typescript.ts && node 03-typescript.js

interface Review {
  film: string;
  year: number;
  reviewer: string;
  paragraphs: string[];
  signoff: string;
}

const review: Review = {
  film: "Thief",
  year: 1981,
  reviewer: "Tomasz Rell",
  paragraphs: [
    "Michael Mann wrote and directed Thief (1981), his first feature for cinemas, and "
    + "he already knew exactly what he wanted: wet Chicago streets at night, a "
    + "Tangerine Dream score, and long, nearly silent scenes of men working on steel.",
    "James Caan is Frank, a safecracker who has spent most of his adult life inside "
    + "and now wants everything at once: a house, a wife, a child. Tuesday Weld plays "
    + "Jessie, the woman he courts in a diner with a speech that is half proposal and "
    + "half parole report. Willie Nelson has a few fine scenes as Okla, Frank's old "
    + "mentor, still in prison and dying. Robert Prosky is Leo, the soft-spoken fence "
    + "who turns out to own Frank outright, and James Belushi plays Barry, Frank's "
    + "partner.",
    "The long break-in near the end borrows its wordless, methodical patience from Le "
    + "Cercle Rouge (1970), down to the heavy tools and the sweat; Mann has never "
    + "hidden his regard for Melville. Anyone who comes to it after Heat (1995) will "
    + "find the later film's code of detachment already in place.",
  ],
  signoff: "Tomasz Rell, late-show notes",
};

function render(r: Review): string {
  const head: string = r.film + " (" + String(r.year) + ")";
  return [head, ...r.paragraphs, "- " + r.signoff].join("\n\n");
}

console.log(render(review));
