#lang pollen

◊define-meta[title]{The Man Who Knew Too Much}
◊define-meta[author]{Rufus Adeyemi-Clarke}
◊define-meta[published]{2020-07-12}

◊h1{The Man Who Knew Too Much (1956)}

◊byline{Rufus Adeyemi-Clarke}

◊credits{Directed by Alfred Hitchcock. Screenplay by John Michael Hayes. USA.}

Hitchcock is the only director I know of who made a remake of his own film and told people which one he preferred. This is that remake, of his British ◊i{The Man Who Knew Too Much} (1934), and he said the first was the work of a talented amateur and this of a professional.

James Stewart plays Ben McKenna, an American doctor on holiday in Morocco, and Doris Day plays his wife Jo, a retired singer. Their son is taken to keep them quiet about an assassination.

◊section{Why it works}

The twelve minutes at the Albert Hall have no dialogue, just the cantata, the cymbals and Day's face. And ◊q{Que Sera, Sera} turns out to be a plot device.

◊aside{Peter Lorre was in the 1934 version, not this one.}
