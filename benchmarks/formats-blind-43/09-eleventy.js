// _data/featured.js - read by the site build (Eleventy global data file)
module.exports = {
  slug: "week-44",
  film: { title: "A Better Tomorrow", year: 1986, director: "John Woo" },
  author: { name: "Kwok Wing-sze Harlan", url: "https://hk.example.org/people/xfcnnk" },
  published: "2026-07-11",
  paragraphs: [
    "<p>John Woo's <cite>A Better Tomorrow</cite> (1986) is a Hong Kong gangster melodrama, and it is a remake of Patrick Lung Kong's <cite>The Story of a Discharged Prisoner</cite> (1967). Woo keeps the old frame, an ex-convict trying to go straight while his younger brother joins the police, and pours in gunfire.</p>",
    "<p>Ti Lung plays Ho, the counterfeiter who takes the fall in Taiwan, and Leslie Cheung is Kit, the brother who cannot forgive him. Chow Yun-fat is Mark, Ho's partner, lighting a cigarette with a burning banknote and limping after a bad ambush. Waise Lee plays Shing, the junior who takes over the gang.</p>",
    "<p>Tsui Hark produced it, and there are stories that the two men fought over the cut; I cannot vouch for them. <cite>A Better Tomorrow II</cite> followed a year later, and <cite>The Killer</cite> took the same style further.</p>"
  ],
  tags: ["hong kong", "heroic bloodshed", "remakes"],
};
