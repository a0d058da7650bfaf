"""Fixtures for every test and doctest in the checkout: the package's doctests find the sample
store (``sample_store``, ``sample_graph`` from ``tests/sample.py``) in their namespace, so the
test fixture stays out of the installed package."""

from __future__ import annotations

import pytest

from tests.sample import sample_graph, sample_store


@pytest.fixture(autouse=True)
def _sample_for_doctests(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace.update(sample_store=sample_store, sample_graph=sample_graph)
