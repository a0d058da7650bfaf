"""Train the director or the writer model the extractor ships with: one deterministic command each.

Usage: python scripts/train_credits.py {director,writer} [--out FILE] [--cv] [GOLD_DIR ...]
(default: ``../shared/eval/dev`` and every annotated corpus under ``benchmarks/``, written to
``src/filmgraph/extract/data/directors.json`` or ``writers.json``; weights rounded, keys sorted:
the same gold always gives the same file)

See :func:`filmgraph.extract.training.train_credit_model` for the rows, their labels and ``--cv``.
"""

import sys
from pathlib import Path

from filmgraph.extract.credits import ROLES
from filmgraph.extract.training import train_credit_model

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ROLES:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(ROLES)}}} [--out FILE] [--cv] [GOLD_DIR ...]")
    sys.exit(train_credit_model([sys.argv[0], *sys.argv[2:]], sys.argv[1], Path(__file__).resolve().parents[1]))
