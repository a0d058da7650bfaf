"""Query stage: SPARQL over the store, with values bound safely, and typed results."""

from __future__ import annotations

from .bindings import as_term, bind_values

__all__ = ["as_term", "bind_values"]
