# frozen_string_literal: true

# Review record loaded by the club site.
REVIEW = {
  id: "e0a8beed07d7",
  film: { title: "The Fly", year: 1986, director: "David Cronenberg" },
  author: "Gus Ellery",
  rating: 5,
  tags: %w[horror remake body-horror],
  published_on: "2024-02-02",
  body: <<~TEXT
    David Cronenberg's The Fly (1986) is a remake of the 1958 The Fly, the one with Vincent
    Price and the tiny white-headed fly in the web, but it keeps little beyond the teleporter.
    Charles Edward Pogue and Cronenberg wrote the screenplay.

    Jeff Goldblum plays Seth Brundle, a scientist who tests his teleport pods on himself after
    a drunken evening, not knowing a housefly is in the pod with him. Geena Davis is Veronica
    Quaife, the journalist who falls for him and then watches him come apart, and John Getz
    plays Stathis Borans, her editor and former lover.

    The make-up by Chris Walas won an Oscar, and it is horrible in the best sense. Some
    critics read the film as being about AIDS; Cronenberg has said it is about ageing and
    illness in general, and I think he is right. Skip The Fly II (1989).
  TEXT
}.freeze
