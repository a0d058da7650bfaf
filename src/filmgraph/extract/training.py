"""Training the relation model: gold-annotated reviews in, a :class:`~.scorer.RelationModel` out.

A gold file (the schema of ``../shared/eval/GUIDELINES.md``) names its review and the films that
review's film remakes and draws on. :func:`labelled_candidates` runs the extractor up to the
relation decision and labels each candidate by the gold; :func:`fit` fits a multinomial logistic
regression with an L2 penalty by full-batch gradient descent, from the rule prior, for a fixed number of
steps, so that the same data always give the same weights. Only numpy is needed.

>>> rows = [({"cue": 1.0}, 1), ({"cue": 1.0}, 1), ({"x": 1.0}, 0), ({"x": 1.0}, 0)]
>>> model = fit(rows, labels=("other", "remake_of"), min_count=1, l2=0.001, steps=300)
>>> model.probabilities({"cue": 1.0})[1] > 0.8
True
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..errors import ReviewError
from ..model import Review
from ..reviews import read_review
from ..titlekeys import title_key
from .filmtitle import overrules
from .scorer import LABELS, RelationModel, features_vocabulary

__all__ = ["GoldReview", "PickReview", "fit", "fit_with_thresholds", "labelled_candidates", "matches_film", "read_gold", "real_review_corpora",
           "save_model", "train_and_save", "train_credit_model", "train_pick_model", "training_arguments"]

#: Decision thresholds tried for each relation; the one with the best out-of-fold F1 is kept.
#: How far below the best out-of-fold F1 a threshold may score and still be taken (see fit_with_thresholds).
NEAR_TIE = 0.01
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


@dataclass(frozen=True)
class GoldReview:
    """One gold file: the review it annotates (read) and the films it says are remade and drawn on."""

    gold_path: Path
    review_path: Path
    remake_of: tuple[dict, ...]
    influences: tuple[dict, ...]
    raw: dict
    review: Review


def read_gold(folders: Iterable[Path]) -> list[GoldReview]:
    """The gold files in ``folders`` (not recursive), sorted by path, with their reviews read. A
    gold whose review is missing or refused by the readers is left out: there is nothing to learn
    from it (the scorer counts it as an empty extraction)."""
    found = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.gold.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            review_path = (path.parent / data["review"]).resolve()
            try:
                review = read_review(review_path)
            except (OSError, ReviewError):
                continue
            found.append(GoldReview(path, review_path, tuple(data.get("remake_of", ())), tuple(data.get("influences", ())), data, review))
    return found


#: A benchmark folder holding a file of this name is no training data: a blind set kept out of
#: sample, so that a later change can still be measured on reviews no model has learned from.
HELD_OUT = "HELD_OUT"


def training_folders(benchmarks: Path, pattern: str = "*") -> list[Path]:
    """The annotated folders under ``benchmarks`` matching ``pattern`` that models may learn from
    (none marked :data:`HELD_OUT`), sorted."""
    return sorted(p for p in Path(benchmarks).glob(pattern) if p.is_dir() and not (p / HELD_OUT).exists())


def real_review_corpora(benchmarks: Path) -> list[Path]:
    """The folders under ``benchmarks`` of real reviews annotated blind (``real-*``) that models may
    learn from, sorted: more gold for the relation model beside the dev set."""
    return training_folders(benchmarks, "real-*")


def matches_film(gold: dict, title: str, year: int | None) -> bool:
    """Whether a gold film (its title a string or a list of accepted ones) is ``title``, of
    ``year`` when both give one."""
    titles = gold.get("title")
    options = titles if isinstance(titles, list) else [titles]
    if title_key(title) not in {title_key(t) for t in options if t}:
        return False
    return gold.get("year") is None or year is None or int(gold["year"]) == year


Row = tuple[dict[str, float], int]


def labelled_candidates(golds: Sequence[GoldReview], extractor) -> list[Row]:
    """(features, label index) for every candidate of every gold review."""
    rows = []
    for gold in golds:
        for candidate, features, _ in extractor.relation_candidates(gold.review):
            label = 0
            if any(matches_film(g, candidate.title, candidate.year) for g in gold.remake_of):
                label = LABELS.index("remake_of")
            elif any(matches_film(g, candidate.title, candidate.year) for g in gold.influences):
                label = LABELS.index("influence")
            rows.append((features, label))
    return rows


#: What the weights are drawn towards: the hand-written cue rules' verdicts. With a few dozen
#: labelled remakes the data alone cannot learn what "a remake of" means; starting from (and
#: penalising distance to) the rules lets the data correct them where it has evidence. A remake
#: rule starts at 4.5: held-out figures are the same from 3 to 5 (leave-one-corpus-out remake_of
#: F1 0.46 at 4 and at 4.5), and lower a plainly stated remake in a short review fell below the
#: threshold ("X is a remake of the Danish film Y." at 3, "As an updated version of the far
#: better-realized Y, it fails." at 4 once untitled same-title originals joined the candidates).
RULE_PRIOR: dict[str, tuple[float, ...]] = {
    "rule:remake": (0.0, 4.5, 0.0),
    "rule:resemblance": (0.0, 0.0, 2.0),
    "rule:influence": (0.0, 0.0, 2.0),
}


def fit(rows: Sequence[tuple[dict[str, float], int]], *, labels: Sequence[str] = LABELS, min_count: int = 2,
        l2: float = 0.01, steps: int = 600, learning_rate: float = 0.5,
        prior: dict[str, tuple[float, ...]] | None = None) -> RelationModel:
    """Fit the weights of a :class:`RelationModel` to labelled feature rows.

    Features seen in fewer than ``min_count`` rows are dropped; the loss is the mean negative
    log-likelihood plus ``l2`` times the squared distance of the weights from ``prior``
    (:data:`RULE_PRIOR` unless given; the bias is not penalised).
    """
    anchors = RULE_PRIOR if prior is None else prior
    column, (row_of, column_of, value_of) = _sparse_rows([features for features, _ in rows], min_count)
    y = np.zeros((len(rows), len(labels)))
    for r, (_, label) in enumerate(rows):
        y[r, label] = 1.0
    anchor = np.zeros((len(column), len(labels)))
    for name, row in anchors.items():
        if name in column and len(row) == len(labels):
            anchor[column[name]] = row
    weights = anchor.copy()
    bias = np.zeros(len(labels))
    adam = _Adam(learning_rate, (weights, bias))
    for _ in range(steps):
        scores = _sparse_product(row_of, column_of, value_of, weights, len(rows)) + bias
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        error = (probabilities - y) / len(rows)
        adam.step((_sparse_product(column_of, row_of, value_of, error, len(column)) + 2 * l2 * (weights - anchor),
                   error.sum(axis=0)))
    return _model(labels, column, weights, bias)


def fit_choice(reviews: Sequence[Sequence[tuple[dict[str, float], int]]], *, labels: Sequence[str], min_count: int = 2,
               l2: float = 0.01, steps: int = 600, learning_rate: float = 0.5, **_fit_only: object) -> RelationModel:
    """Fit a model that names at most one candidate per review (a conditional logit): each review's
    candidates and "none of them" compete in one softmax, so a candidate is judged against the
    others the same review offers rather than on its own. The loss is the mean over reviews of the
    negative log-probability of the right candidates (of "none" where no row is labelled) plus
    ``l2`` times the squared weights. Returned as a two-label :class:`RelationModel` whose ``other``
    scores are zero and whose bias is minus the "none" score, so that a candidate's odds in it are
    its weight in the choice (:meth:`~.scorer.RelationModel.pick_probabilities` reads them so).
    Settings only :func:`fit` reads (its ``prior``) are ignored.

    >>> reviews = [[({"quoted": 1.0}, 1), ({"name": 1.0}, 0)]] * 4 + [[({"name": 1.0}, 0)]] * 4
    >>> model = fit_choice(reviews, labels=("other", "title"), min_count=1, l2=0.001, steps=300)
    >>> [round(p, 2) for p in model.pick_probabilities([{"quoted": 1.0}, {"name": 1.0}])]
    [0.98, 0.0]
    >>> [round(p, 2) for p in model.pick_probabilities([{"name": 1.0}])]  # alone, still no title
    [0.02]
    """
    reviews = [rows for rows in reviews if rows]
    column, (row_of, column_of, value_of) = _sparse_rows([features for rows in reviews for features, _ in rows], min_count)
    sizes = np.array([len(rows) for rows in reviews])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    review_of = np.repeat(np.arange(len(reviews)), sizes)
    right = np.array([float(label > 0) for rows in reviews for _, label in rows])
    unnamed = np.array([float(not any(label for _, label in rows)) for rows in reviews])
    weights, none = np.zeros((len(column), 1)), np.zeros(1)
    adam = _Adam(learning_rate, (weights, none))
    for _ in range(steps):
        scores = _sparse_product(row_of, column_of, value_of, weights, len(right))[:, 0]
        top = np.maximum(np.maximum.reduceat(scores, starts), none[0])
        exps, none_exp = np.exp(scores - top[review_of]), np.exp(none[0] - top)
        totals = np.add.reduceat(exps, starts) + none_exp
        chosen = exps / totals[review_of]
        right_exps = exps * right
        right_total = np.add.reduceat(right_exps, starts)[review_of]
        wanted = np.divide(right_exps, right_total, out=np.zeros_like(right_exps), where=right_total > 0)
        error = ((chosen - wanted) / len(reviews))[:, None]
        adam.step((_sparse_product(column_of, row_of, value_of, error, len(column)) + 2 * l2 * weights,
                   np.array([(none_exp / totals - unnamed).sum() / len(reviews)])))
    return replace(_model(labels, column, np.hstack([np.zeros_like(weights), weights]), np.array([0.0, -none[0]])), choice=True)


def _sparse_rows(rows: Sequence[dict[str, float]], min_count: int) -> tuple[dict[str, int], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The features seen in at least ``min_count`` rows (name to column) and the rows as a sparse
    matrix: the row, column and value of each non-zero entry."""
    vocabulary = features_vocabulary(rows, min_count)
    column = {name: i for i, name in enumerate(vocabulary)}
    # A few of thousands of features are set in each row, and a dense matrix made training the author
    # and actor models take minutes. (sorted: the sums then run in one order whatever order each row's
    # features came in, and the same data give the same weights to the last bit)
    entries = sorted((r, column[name], value) for r, features in enumerate(rows) for name, value in features.items() if name in column)
    return column, (np.array([e[0] for e in entries], dtype=np.int64), np.array([e[1] for e in entries], dtype=np.int64),
                    np.array([e[2] for e in entries], dtype=float))


class _Adam:
    """Adam steps on ``params`` in place: plain gradient descent needs far more of them on features this sparse."""

    def __init__(self, learning_rate: float, params: tuple[np.ndarray, ...]) -> None:
        self.learning_rate, self.params, self.count = learning_rate, params, 0
        self.moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]

    def step(self, gradients: tuple[np.ndarray, ...]) -> None:
        self.count += 1
        for param, gradient, (first, second) in zip(self.params, gradients, self.moments):
            first *= 0.9
            first += 0.1 * gradient
            second *= 0.999
            second += 0.001 * gradient**2
            param -= self.learning_rate * 0.1 * (first / (1 - 0.9**self.count)) / (np.sqrt(second / (1 - 0.999**self.count)) + 1e-8)


def _model(labels: Sequence[str], column: dict[str, int], weights: np.ndarray, bias: np.ndarray) -> RelationModel:
    kept = {name: tuple(float(w) for w in weights[i]) for name, i in column.items() if np.abs(weights[i]).max() > 1e-4}
    return RelationModel(labels=tuple(labels), bias=tuple(float(b) for b in bias), weights=kept)


def _sparse_product(row_of: np.ndarray, column_of: np.ndarray, value_of: np.ndarray, matrix: np.ndarray, rows: int) -> np.ndarray:
    """X @ ``matrix`` for the sparse X whose non-zero entries are (``row_of``, ``column_of``,
    ``value_of``) and that has ``rows`` rows; swap the index arrays for X.T @ ``matrix``."""
    weighted = matrix[column_of] * value_of[:, None]
    return np.stack([np.bincount(row_of, weights=weighted[:, k], minlength=rows) for k in range(matrix.shape[1])], axis=1)


def _best_row(rows: Sequence[tuple[list[float], int]], index: int) -> tuple[list[float], int]:
    return max(rows, key=lambda row: row[0][index])


def fit_with_thresholds(reviews: Sequence[Sequence[Row]], *, inner_folds: int = 5,
                        tried: Sequence[float] = THRESHOLDS, pick_one: bool = False, choice: bool = False,
                        near_tie: float = NEAR_TIE, **settings) -> RelationModel:
    """Fit on all ``reviews`` (each a review's rows) and learn each relation's decision threshold.

    The thresholds come from an inner cross-validation over the same reviews: the model is fitted
    on all but one inner fold, scores the fold left out, and each relation takes the threshold of
    ``tried`` whose F1 over those out-of-fold scores is highest. With ``pick_one`` the F1 is the one
    of a model that names at most one candidate per review: each review's best-scored row, counted
    when it clears the threshold, against the reviews that have a right row at all; with ``choice``
    as well, that model is a :func:`fit_choice` one and a row's probability its
    :meth:`~.scorer.RelationModel.pick_probabilities`. Of thresholds within ``near_tie`` of the
    best, the highest is taken.
    """
    def fitted(part: Sequence[Sequence[Row]]) -> RelationModel:
        return fit_choice(part, **settings) if choice else fit([row for rows in part for row in rows], **settings)

    def probabilities(model: RelationModel, rows: Sequence[Row]) -> list[list[float]]:
        if choice:
            return [[1.0 - p, p] for p in model.pick_probabilities([features for features, _ in rows])]
        return [model.probabilities(features) for features, _ in rows]

    scored: list[list[tuple[list[float], int]]] = []  # out-of-fold, one list per review
    for k in range(inner_folds):
        model = fitted([rows for i, rows in enumerate(reviews) if i % inner_folds != k])
        scored.extend(list(zip(probabilities(model, rows), (label for _, label in rows)))
                      for i, rows in enumerate(reviews) if i % inner_folds == k)
    model = fitted(reviews)
    thresholds = {}
    for index, label in enumerate(model.labels):
        if label == "other":
            continue
        if pick_one:
            judged = [_best_row(rows, index) for rows in scored if rows]
            positives = sum(1 for rows in scored if any(truth == index for _, truth in rows))
        else:
            judged = [row for rows in scored for row in rows]
            positives = sum(1 for _, truth in judged if truth == index)

        def f1(threshold: float, index: int = index, positives: int = positives, judged: list = judged) -> float:
            chosen = [truth for probabilities, truth in judged if probabilities[index] >= threshold]
            right = sum(1 for truth in chosen if truth == index)
            return 2 * right / (len(chosen) + positives) if chosen or positives else 0.0

        # Each threshold is judged with its neighbours: out-of-fold F1 over a few hundred
        # candidates is jagged, and a lone peak is more likely luck than a better threshold.
        smoothed = {t: sum(f1(n) for n in tried[max(i - 1, 0):i + 2]) / len(tried[max(i - 1, 0):i + 2])
                    for i, t in enumerate(tried)}
        # Of thresholds about as good, the highest: the gold reviews name related films far more
        # densely than reviews at large, where a low threshold mostly admits films merely named.
        best = max(smoothed.values())
        thresholds[label] = max(t for t in tried if smoothed[t] >= best - near_tie)
    return replace(model, thresholds=thresholds)


def training_arguments(argv: Sequence[str], description: str, model_path: Path, root: Path) -> tuple[argparse.Namespace, list[Path]]:
    """The command line every model's training script takes (gold folders, ``--out``, ``--cv``) and
    the gold folders to read: those given, else ``../shared/eval/dev`` and every folder under
    ``benchmarks/`` of the project at ``root`` not held out."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold_dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=model_path)
    parser.add_argument("--cv", action="store_true", help="print a leave-one-corpus-out cross-validation first")
    args = parser.parse_args(list(argv[1:]))
    folders = args.gold_dirs or [root / ".." / "shared" / "eval" / "dev", *training_folders(root / "benchmarks")]
    return args, folders


def save_model(model: RelationModel, out: Path) -> None:
    """Write ``model`` as the package ships it: JSON, weights rounded, keys sorted (the same data
    always give the same file)."""
    out.write_text(json.dumps(model.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")


def train_and_save(reviews: Sequence[Sequence[Row]], out: Path, rows_are: str, **settings) -> RelationModel:
    """:func:`fit_with_thresholds` on ``reviews``, written to ``out`` by :func:`save_model`, with a
    line that says what was learned from how much (``rows_are`` names what a row is)."""
    model = fit_with_thresholds(reviews, **settings)
    save_model(model, out)
    print(f"{len(reviews)} reviews, {sum(len(rows) for rows in reviews)} {rows_are}, {len(model.weights)} features, "
          f"thresholds {model.thresholds} -> {out}")
    return model


# Most reviews the rules leave without a director or writer name none the model could find (a
# surname alone, or nobody at all), so the probabilities stay low, but no threshold under 0.35 is
# tried: a wrong credit is a false fact in the graph, a missing one only a gap (for directors, in
# the leave-one-corpus-out runs, 66 right and 34 wrong at 0.2; 35 right and 7 wrong from 0.35).
_CREDIT_THRESHOLDS = (0.35, 0.4, 0.5)
# A third of the relation model's penalty: a credit's evidence is spread over many rare word
# features, which the stronger penalty held near zero (leave-one-corpus-out, directors 61 right and
# 13 wrong at 0.01, 96 and 25 at 0.003; writers 59 and 7, 108 and 25).
_CREDIT_L2 = 0.003


def train_credit_model(argv: Sequence[str], role: str, root: Path) -> int:
    """The command line of ``scripts/train_credits.py director`` and ``scripts/train_credits.py writer``: every
    gold review in which the film rules name nobody for ``role`` gives one row per name the
    credit model would choose among (see :mod:`.credits`), labelled with the role when the gold
    film credits that name (a review with no gold credit makes every row ``other``); the model is
    fitted, its threshold learned, and written to ``data/<role>s.json``. With ``--cv`` it first
    prints a leave-one-corpus-out cross-validation: in each folder's reviews without a rule
    credit, the people the model names right and wrong."""
    from . import Extractor
    from .actors import name_key

    field = f"{role}s"
    model_path = root / "src" / "filmgraph" / "extract" / "data" / f"{field}.json"
    args, folders = training_arguments(argv, f"Train the {role} model the extractor ships with.", model_path, root)
    settings: dict = {"labels": ("other", role), "prior": {}, "tried": _CREDIT_THRESHOLDS, "l2": _CREDIT_L2}
    extractor = Extractor()
    reviews = []  # (folder, rows, whether the gold credits anyone)
    for gold in read_gold(folders):
        if {"film", field} & set(gold.raw.get("unannotated", ())):
            continue
        film, names = extractor.credit_candidates(gold.review)
        if film is not None and getattr(film, field):
            continue  # the model only speaks where the rules named nobody: it learns from those reviews
        keys = {name_key(name) for person in (gold.raw.get("film") or {}).get(field, [])
                for name in (person if isinstance(person, list) else [person]) if name}
        reviews.append((gold.gold_path.parent.name, [(features, int(name_key(name) in keys), name) for name, features in names], bool(keys)))
    return train_pick_model(args, reviews, settings, f"no gold files in {', '.join(map(str, folders))}")


#: One review's rows for a model that names one of its candidates (the author, the director, the
#: writer) or every one it likes (the countries): its corpus folder, (features, label, name) for
#: each candidate, and how many its gold names (for one pick, whether it names anyone).
PickReview = tuple[str, list[tuple[dict[str, float], int, str]], int]


def train_pick_model(args: argparse.Namespace, reviews: Sequence[PickReview], settings: dict, empty: str, *,
                     every: bool = False, rows_are: str = "names") -> int:
    """Fit a model that names one candidate per review (``settings["labels"]``: ``other`` and what
    it names), or with ``every`` each candidate above its threshold, and write it to ``args.out``
    (``rows_are`` says what a candidate is in the line printed);
    with ``args.cv``, first print a leave-one-corpus-out cross-validation: in each folder, its
    reviews, the gold items among them and the names the model gives right and wrong. With no
    reviews, print ``empty`` and return 1."""
    if not reviews:
        print(empty)
        return 1
    if args.cv:
        _cross_validate_picks(reviews, settings, every=every)
    train_and_save(_pick_rows(reviews), args.out, rows_are, pick_one=not every, **settings)
    return 0


def add_override_threshold(out: Path, ruled: Sequence[tuple[str, bool, list[tuple[dict[str, float], int, str]]]],
                           tried: Sequence[float]) -> float | None:
    """Learn how sure the pick model at ``out`` must be of another candidate than a rule's pick to
    overrule it, and write that ``override`` threshold into the model (none when overruling never
    helps). ``ruled`` holds, for each review a rule picked in, the rule's pick, whether it is right and
    the model's rows (features, label, name); the model never learnt from them. Of the ``tried``
    thresholds the one with the most picks set right less picks made wrong wins, the higher on a tie."""
    model = RelationModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    # each review's best candidate, where it is another than the rules' pick: its probability and what
    # taking it instead would gain (+1, 0 or -1)
    contenders = []
    for rule_pick, rule_right, rows in ruled:
        probabilities = model.pick_probabilities([features for features, _, _ in rows])
        scored = [(probability, -index, label, name, "has_year" in features)
                  for index, (probability, (features, label, name)) in enumerate(zip(probabilities, rows))]
        probability, _, right, name, dated = max(scored, default=(0.0, 0, 0, "", False))
        if overrules(name, rule_pick, dated=dated):
            contenders.append((probability, bool(right) - rule_right))
    best: tuple[int, float] | None = None
    for threshold in sorted(tried):
        gained = sum(gain for probability, gain in contenders if probability >= threshold)
        if gained > 0 and (best is None or gained >= best[0]):
            best = (gained, threshold)
    if best is not None:
        model.thresholds["override"] = best[1]
        save_model(model, out)
    print(f"{len(ruled)} reviews with a rule pick, override threshold {best[1] if best else None}"
          f" ({best[0] if best else 0} picks set right, net) -> {out}")
    return best[1] if best else None


def _pick_rows(reviews: Sequence[PickReview]) -> list[list[Row]]:
    return [[(features, label) for features, label, _ in rows] for _, rows, _ in reviews]


def _cross_validate_picks(reviews: Sequence[PickReview], settings: dict, *, every: bool) -> None:
    named_label = settings["labels"][1]
    print(f"{'held-out folder':20} {'reviews':>8} {'gold':>5} {'named right/wrong':>18}")
    totals = [0] * 4
    for held in sorted({folder for folder, *_ in reviews}):
        model = fit_with_thresholds(_pick_rows([r for r in reviews if r[0] != held]), pick_one=not every, **settings)
        threshold = model.thresholds.get(named_label, 0.5)
        counts = [0] * 4
        for folder, rows, named in reviews:
            if folder != held:
                continue
            probabilities = model.pick_probabilities([features for features, _, _ in rows])
            scored = [(probability, name, label) for probability, (_, label, name) in zip(probabilities, rows)]
            chosen = [label for probability, _, label in (scored if every else [max(scored, default=(0.0, "", 0))])
                      if probability >= threshold]
            counts = [counts[0] + 1, counts[1] + named, counts[2] + sum(chosen), counts[3] + len(chosen) - sum(chosen)]
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{held:20} {counts[0]:>8} {counts[1]:>5} {counts[2]:>12}/{counts[3]:<5}")
    print(f"{'all':20} {totals[0]:>8} {totals[1]:>5} {totals[2]:>12}/{totals[3]:<5}")
