"""filmgraph: a knowledge graph of films, remakes and influences, read from film reviews."""

__version__ = "0.1.0"
