"""Extract stage: a :class:`~filmgraph.model.Review` in, an :class:`~filmgraph.model.Extraction` out."""

from __future__ import annotations

from ..model import Extraction, Review

__all__ = ["extract_review"]


def extract_review(review: Review) -> Extraction:
    """All the facts one review states, each with its evidence (placeholder: finds nothing yet)."""
    return Extraction(review=review)
