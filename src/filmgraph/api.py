"""The Python API: what the CLI calls."""

from __future__ import annotations

import os
from typing import Any

from .extract import extract_review
from .jsonshape import extraction_to_json
from .model import DEFAULT_MIN_CONFIDENCE
from .reviews import read_review


def extract_json(path: str | os.PathLike[str], *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict[str, Any]:
    """The JSON object of the ``extract`` contract for one review file (kept facts only)."""
    return extraction_to_json(extract_review(read_review(path)).kept(min_confidence))
