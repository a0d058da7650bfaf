"""The reviewed film's director when no rule named one: the names the actor model chooses among
in, the likeliest director (a :class:`PersonRef`, or ``None``) out, picked by a learned model's
probability.

The rules in :mod:`.film` read credits and the common phrasings ("directed by Ann Lee", "Ann
Lee's Grey Harbor"). Users name a director in many other ways: "This Tim Burton remake", "Director
Simon West (Con Air) helms this updated version", "Jan de Bont made this", "Yash Chopra's
interpretation of ...", "Kevin Tenney delivers his best movie ever". The candidates are the full
names of :func:`~.actors.candidate_names` (the body's names that no cast rule credited) with the
features of :func:`~.actors.name_features` (the words around each mention, the cue families of
its sentences, another film named beside it), plus the word a possessive leads to ("Burton's
remake", "Chopra's interpretation"). A logistic model (:class:`~.scorer.RelationModel` with the
labels ``other`` and ``director``), trained by ``scripts/train_directors.py`` on the gold directors
of annotated reviews whose rules found none and shipped as ``data/directors.json``, scores them;
the best above the learned threshold directs the film. Without that file nothing is added.
"""

from __future__ import annotations

import re

from ..model import Evidence, PersonRef, Span
from .doc import Doc
from .scorer import RelationModel, load_model

__all__ = ["LABELS", "DirectorScorer", "director_features"]

LABELS = ("other", "director")
_POSSESSED = re.compile(r"['’]s\s+(?:\w+\s+){0,2}?(remake|version|film|movie|take|interpretation|update|adaptation|"
                        r"direction|work|debut|picture|effort|vision|attempt|redo|re-make|thriller|horror|comedy)\b")


def director_features(doc: Doc, spans: list[Span], name_features: dict[str, float]) -> dict[str, float]:
    """The actor model's ``name_features`` of one name and what its possessives lead to:
    "Tim Burton's bloated remake" gives ``possesses:remake``."""
    features = dict(name_features)
    for span in spans:
        possessed = _POSSESSED.match(doc.lowered, span.end)
        if possessed:
            features[f"possesses:{possessed.group(1)}"] = 1.0
    return features


class DirectorScorer:
    """Name the reviewed film's director from the review's people, when the rules named none.

    Parameters
    ----------
    model
        The director model; the shipped one (``data/directors.json``) by default. ``None`` adds nobody.
    """

    def __init__(self, *, model: RelationModel | None = None) -> None:
        self.model: RelationModel | None = model or load_model("directors.json")

    def __call__(self, doc: Doc, candidates: list[tuple[str, list[Span], dict[str, float]]]) -> PersonRef | None:
        """The director among ``candidates`` (name, mentions, actor-model features), or ``None``."""
        if self.model is None or not candidates:
            return None
        scored = [(self.model.probabilities(director_features(doc, spans, features))[1], name, spans)
                  for name, spans, features in candidates]
        probability, name, spans = max(scored, key=lambda row: row[0])
        if probability < self.model.thresholds.get("director", 0.5):
            return None
        mention = spans[0]
        return PersonRef(name, Evidence(sentence=doc.sentences.at(mention.start), mention=mention, confidence=round(probability, 4)))
