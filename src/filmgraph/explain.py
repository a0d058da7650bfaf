"""Explain an extraction: every fact found in a review beside the sentence it came from.

Used by ``filmgraph extract FILE --explain`` so a user can audit why the graph says what it
says. Facts that :meth:`~filmgraph.model.Extraction.kept` leaves out (hedged, negated,
questioned, or below the confidence threshold) are shown too, marked with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator

from .model import DEFAULT_MIN_CONFIDENCE, Evidence, Extraction
from .relations import relation as relation_info

__all__ = ["iter_facts", "explain_extraction"]


def iter_facts(extraction: Extraction) -> Iterator[tuple[str, str, Evidence | None]]:
    """``(relation, value, evidence)`` for every fact of an extraction, kept or not."""
    film = extraction.film
    if film is not None:
        if film.title is not None:
            yield "film", f"{film.title} ({film.year or '?'})", film.evidence
        for person in film.directors:
            yield "director", person.name, person.evidence
        for person in film.writers:
            yield "writer", person.name, person.evidence
    for claim in extraction.claims:
        ref = claim.film
        yield relation_info(claim.relation).fact, f"{ref.title} ({ref.year or '?'})", ref.evidence
    for credit in extraction.cast:
        yield "cast", credit.actor + (f" as {credit.character}" if credit.character else ""), credit.evidence
    if extraction.reviewer is not None:
        yield "reviewer", extraction.reviewer.name, extraction.reviewer.evidence


def _verdict(evidence: Evidence | None, min_confidence: float) -> str:
    if evidence is None:
        return "kept"
    if evidence.flag:
        return f"left out: {evidence.flag}"
    if evidence.confidence < min_confidence:
        return f"left out: confidence {evidence.confidence:.2f} < {min_confidence:.2f}"
    return "kept"


def explain_extraction(extraction: Extraction, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """A plain-text report of every fact, its verdict, confidence and evidence sentence.

    >>> from filmgraph.model import ReviewedFilm
    >>> from filmgraph.reviews import read_text
    >>> print(explain_extraction(Extraction(read_text("Heat.", source="r.txt"), ReviewedFilm("Heat", 1995))))
    r.txt
    film           Heat (1995)  [kept]
    """
    text = extraction.review.text
    lines = [extraction.review.source]
    for relation, value, evidence in iter_facts(extraction):
        confidence = f" confidence {evidence.confidence:.2f}" if evidence else ""
        lines.append(f"{relation:<14} {value}  [{_verdict(evidence, min_confidence)}]{confidence}")
        if evidence is not None:
            sentence = " ".join(evidence.sentence.of(text).split())
            lines.append(f"{'':<14} chars {evidence.sentence.start}-{evidence.sentence.end}: \"{sentence}\"")
    for warning in extraction.warnings:
        lines.append(f"warning        {warning}")
    return "\n".join(lines)
