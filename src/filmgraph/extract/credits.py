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
from .gazetteer import load_gazetteer
from .scorer import RelationModel, load_model

__all__ = ["ROLES", "CreditScorer", "cataloged_directors", "credit_features"]

#: The film's credits a model can fill, by the role's name (its label and its model's file stem).
ROLES = ("director", "writer")
_POSSESSED = re.compile(r"['’]s\s+(?:\w+\s+){0,2}?(remake|version|film|movie|take|interpretation|update|adaptation|"
                        r"direction|work|debut|picture|effort|vision|attempt|redo|re-make|thriller|horror|comedy|"
                        r"script|screenplay|writing|dialogue|story|novel|book)\b")


_INITIALS = re.compile(r"(?:[A-Z]\.\s*)+")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’.-]*")


def cataloged_directors(doc: Doc, title: str, year: int | None) -> tuple[PersonRef, ...]:
    """The directors a catalog gives the reviewed film (``title`` from ``year``) that the review
    names: whole ("Jan de Bont made this", as the review writes it unless in lower case), without
    the catalog's initials, or by the surname alone where no other capitalised word runs into it
    ("Scott's Alien", not "Tony Scott" or "Scott Renshaw"; then by the catalog's whole name). A
    catalog's word is taken only where the review backs it."""
    found = []
    for name in load_gazetteer().directors(title, year):
        span = _named_whole(doc, name) or _named_whole(doc, _INITIALS.sub("", name).strip())
        written = doc.text[span.start:span.end] if span is not None else ""
        if span is None and (span := _named_by_surname(doc, name.split()[-1])) is None:
            continue
        evidence = Evidence(sentence=doc.sentences.at(span.start), mention=span, confidence=0.7)
        found.append(PersonRef(written if written != written.lower() else name, evidence))
    return tuple(found)


def _named_whole(doc: Doc, name: str) -> Span | None:
    at = doc.lowered.find(name.lower()) if " " in name else -1
    while at >= 0:
        end = at + len(name)
        if not doc.text[at - 1:at].isalnum() and not doc.text[end:end + 1].isalnum():
            return Span(at, end)
        at = doc.lowered.find(name.lower(), end)
    return None


def _named_by_surname(doc: Doc, surname: str) -> Span | None:
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", doc.text[doc.header_end:]):
        start, end = doc.header_end + match.start(), doc.header_end + match.end()
        before = doc.text[max(0, start - 30):start].split(" ")
        if len(before) > 1 and before[-1] == "" and _CAPITALISED_WORD.fullmatch(before[-2]):
            continue  # "Tony Scott", "Ann Scott": another person of the surname
        if re.match(r" [A-Z]", doc.text[end:end + 2]):
            continue  # "Scott Renshaw": a first name
        return Span(start, end)
    return None


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
