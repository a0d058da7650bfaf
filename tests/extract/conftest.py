"""Shared helpers for the extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph.extract import extract_review
from filmgraph.reviews import read_text

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture
def extract():
    """Extract an inline review text, returning the kept facts and everything found."""

    def run(text: str):
        found = extract_review(read_text(text, source="inline.txt"))
        return found.kept(), found

    return run


@pytest.fixture
def shared() -> Path:
    """The shared data folder, or skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("the shared data folder is not available")
    return SHARED
