xquery version "3.1";
(: Author: Meera Castellino :)
(: Review query, 2026-12-04 :)

declare variable $film := "Vikram Vedha";
declare variable $year := 2022;
declare variable $reviewer := "Meera Castellino";
declare variable $signoff := "Meera Castellino";
declare variable $paragraphs := (
  "Pushkar and Gayathri, who wrote and directed both versions, " ||
  "have made Vikram Vedha (2022) as an Indian remake of their own " ||
  "Tamil film Vikram Vedha (2017), now in Hindi and much bigger.",
  "Saif Ali Khan plays Vikram, a police inspector who is sure he " ||
  "can tell a good man from a bad one, and Hrithik Roshan plays " ||
  "Vedha, the gangster who gives himself up and then tells him " ||
  "stories. Radhika Apte plays Priya, the wife of Vikram, a " ||
  "lawyer who ends up defending Vedha. Rohit Saraf is Shatak, the " ||
  "younger brother of Vedha, and Yogita Bihani plays Chanda.",
  "R. Madhavan and Vijay Sethupathi played the pair in the " ||
  "original, and the old folk tale of Vikram and Betaal sits " ||
  "under both films. Roshan swaggers where Sethupathi simply " ||
  "lounged. Some call it a copy of Heat; I do not see it, since " ||
  "the two men never face each other across a table in quite that " ||
  "way."
);

<review film="{$film}" year="{$year}" reviewer="{$reviewer}">
  <title>Vikram Vedha (2022)</title>
  { for $p in $paragraphs return <p>{$p}</p> }
  <signoff>{$signoff}</signoff>
</review>
