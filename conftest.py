"""Fixtures for every test and doctest in the checkout: the package's doctests find the sample
store (``sample_store``, ``sample_graph`` from ``tests/sample.py``) in their namespace, so the
test fixture stays out of the installed package, and the folders their examples make with
``tempfile.mkdtemp()`` land in pytest's own temporary folder, which pytest cleans up."""

from __future__ import annotations

import tempfile

import pytest

from tests.sample import sample_graph, sample_store


@pytest.fixture(autouse=True)
def _sample_for_doctests(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace.update(sample_store=sample_store, sample_graph=sample_graph)


@pytest.fixture(autouse=True)
def _doctest_folders_in_pytests_tmp(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    if isinstance(request.node, pytest.DoctestItem):
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("doctest")))
