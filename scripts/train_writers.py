"""Train the writer model the extractor ships with: one deterministic command.

Usage: python scripts/train_writers.py [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/``, written to
``src/filmgraph/extract/data/writers.json``; weights rounded, keys sorted: the same gold always
gives the same file)

See :func:`filmgraph.extract.training.train_credit_model` for the rows, their labels and ``--cv``.
"""

import sys
from pathlib import Path

from filmgraph.extract.training import train_credit_model

if __name__ == "__main__":
    sys.exit(train_credit_model(sys.argv, "writer", Path(__file__).resolve().parents[1]))
