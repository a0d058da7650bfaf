#lang scribble/base

@title{Cold storage: notes on a 1982 creature feature}
@author{Tobias Ekwueme-Hart}

@section{What it is}

@italic{The Thing} (1982) is John Carpenter's remake of @italic{The Thing from Another World}
(1951). Bill Lancaster's screenplay goes back to John W. Campbell's novella @italic{Who Goes
There?}, which the older film had mostly thrown away, and keeps its shape-shifter that can be
anyone at the table.

@section{The men}

@itemlist[
  @item{Kurt Russell as R.J. MacReady, the helicopter pilot who ends up in charge}
  @item{Wilford Brimley as Blair, the biologist who does the arithmetic first}
  @item{Keith David as Childs, the mechanic who trusts nobody}
]

@section{Kinship}

A crew of tired workers at a remote station, an organism in the vents, a cat-and-mouse game in
corridors: in all this it recalls @italic{Alien} (1979), though here there is no heroine and the
blood test scene is its own invention. Carpenter had already shown a clip of the 1951 film
playing on a television in @italic{Halloween}, his earlier picture.

Some say Howard Hawks, the producer, really directed the 1951 film; the credit says Christian
Nyby, and I leave it there. Rob Bottin's effects still hold up. See
@url{https://reels.example.net/thing-notes} for stills.
