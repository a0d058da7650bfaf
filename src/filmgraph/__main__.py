"""``python -m filmgraph`` runs the command line."""

from .cli import main

main()
