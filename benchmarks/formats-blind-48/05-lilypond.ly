\version "2.24.0"
% Kino Rosa programme insert: a short tune for the interval, then the note.
% Engrave with: lilypond 05-lilypond.ly

\header {
  title = "Lola (1981)"
  subtitle = "Kino Rosa, programme note"
  copyright = "Notes: Ingrid Vasquez-Holm"
  tagline = ##f
}

interval = \relative c' {
  \key f \major
  \time 3/4
  \tempo "Langsam" 4 = 84
  c4 f a | c2 a4 | bes4 a g | f2. |
  d4 g bes | d2 c4 | bes4 a g | c2. \bar "|."
}

\score {
  \new Staff \with { instrumentName = "Piano" } \interval
  \layout { }
}

\markup \wordwrap-string #"The middle film of Rainer Werner Fassbinder's trilogy about post-war
  West German life, released between The Marriage of Maria Braun and
  Veronika Voss, takes its skeleton from Josef von Sternberg's The Blue
  Angel (1930): an upright man falls for a singer and is made a fool of.
  Fassbinder wrote the script with Peter Marthesheimer and Pea Frohlich,
  and set it in a small town in the boom years of the fifties, where
  everyone is on the take."

\markup \wordwrap-string #"Barbara Sukowa plays Lola, who sings in the town brothel, with a hard
  cheer that never asks for pity. Armin Mueller-Stahl is von Bohm, the new
  building commissioner, honest until he meets her; Mario Adorf is
  Schuckert, the builder who owns the town and, as it happens, Lola. The
  colour is candy pink and acid green, lit like a shop window, and Peer
  Raben's score keeps circling the same sweet tune."

\markup \wordwrap-string #"Marlene Dietrich is nowhere in it, and that is the point."

\markup \wordwrap-string #"Notes for the Kino Rosa series by Ingrid Vasquez-Holm."
