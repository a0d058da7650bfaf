"""The reviewed film's director or writer when no rule named one: the names the actor model
chooses among in, the likeliest person for the role (a :class:`PersonRef`, or ``None``) out, picked
by a learned model's probability.

The rules in :mod:`.film` read credits and the common phrasings ("directed by Ann Lee", "Ann
Lee's Grey Harbor", "from a script by Bo Ek"). Users name the makers in many other ways: "This Tim
Burton remake", "Director Simon West (Con Air) helms this updated version", "Jan de Bont made
this", "Yash Chopra's interpretation of ...", "Kaufman wrote the script with his co-director". The
candidates are the full names of :func:`~.actors.candidate_names` (the body's names that no cast
rule credited) with the features of :func:`~.actors.name_features` (the words around each mention,
the cue families of its sentences, another film named beside it), plus the word a possessive
leads to ("Burton's remake", "Chopra's interpretation", "Vaz's script"). One logistic model per
role (:class:`~.scorer.RelationModel` with the labels ``other`` and the role), trained by
``scripts/train_credits.py director`` and ``scripts/train_credits.py writer`` on the gold credits of annotated
reviews whose rules named none for the role and shipped as ``data/directors.json`` and
``data/writers.json``, scores them; the best above the learned threshold gets the credit. Without
a role's file nobody is added for it.
"""

from __future__ import annotations

import re

from ..model import Evidence, PersonRef, Span
from .doc import Doc
from .scorer import RelationModel, load_model

__all__ = ["ROLES", "CreditScorer", "credit_features"]

#: The film's credits a model can fill, by the role's name (its label and its model's file stem).
ROLES = ("director", "writer")
_POSSESSED = re.compile(r"['’]s\s+(?:\w+\s+){0,2}?(remake|version|film|movie|take|interpretation|update|adaptation|"
                        r"direction|work|debut|picture|effort|vision|attempt|redo|re-make|thriller|horror|comedy|"
                        r"script|screenplay|writing|dialogue|story|novel|book)\b")


def credit_features(doc: Doc, spans: list[Span], name_features: dict[str, float]) -> dict[str, float]:
    """The actor model's ``name_features`` of one name and what its possessives lead to:
    "Tim Burton's bloated remake" gives ``possesses:remake``."""
    features = dict(name_features)
    for span in spans:
        possessed = _POSSESSED.match(doc.lowered, span.end)
        if possessed:
            features[f"possesses:{possessed.group(1)}"] = 1.0
    return features


class CreditScorer:
    """Name the reviewed film's director or writer from the review's people, when the rules named none.

    Parameters
    ----------
    role
        ``"director"`` or ``"writer"``.
    model
        The role's model; the shipped one (``data/directors.json``, ``data/writers.json``) by
        default. ``None`` adds nobody.
    """

    def __init__(self, role: str, *, model: RelationModel | None = None) -> None:
        if role not in ROLES:
            raise ValueError(f"no credit model for the role {role!r}: one of {', '.join(ROLES)}")
        self.role = role
        self.model: RelationModel | None = model or load_model(f"{role}s.json")

    def __call__(self, doc: Doc, candidates: list[tuple[str, list[Span], dict[str, float]]]) -> PersonRef | None:
        """The person among ``candidates`` (name, mentions, actor-model features), or ``None``."""
        if self.model is None or not candidates:
            return None
        probabilities = self.model.pick_probabilities([credit_features(doc, spans, features) for _, spans, features in candidates])
        scored = [(probability, name, spans) for probability, (name, spans, _) in zip(probabilities, candidates)]
        probability, name, spans = max(scored, key=lambda row: row[0])
        if probability < self.model.thresholds.get(self.role, 0.5):
            return None
        mention = spans[0]
        return PersonRef(name, Evidence(sentence=doc.sentences.at(mention.start), mention=mention, confidence=round(probability, 4)))
