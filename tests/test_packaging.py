"""The wheel carries what the installed package reads: the library queries, the ontology, py.typed.

``src/filmgraph/queries`` and ``src/filmgraph/ontology`` link to the top-level folders (the one
copy of each); this builds a wheel with ``pip wheel --no-deps`` and looks inside it. The build
runs on a copy of the sources in a temporary folder, so a stale ``build/`` in the checkout cannot
supply files the sources no longer give, and nothing is written into the checkout. It takes a few
seconds (no dependencies are built; no build isolation when setuptools is new enough here):
deselect it with ``-m "not packaging"``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The package's own folders: links to the top-level ones in a checkout, real ones in an sdist.
PACKAGE = ROOT / "src" / "filmgraph"

pytestmark = pytest.mark.packaging


def _setuptools_can_build_here() -> bool:
    """Whether this interpreter's setuptools meets pyproject's build requirement (>=77)."""
    try:
        import setuptools
    except ImportError:
        return False
    major = setuptools.__version__.split(".", 1)[0]
    return major.isdigit() and int(major) >= 77


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    tmp_path = tmp_path_factory.mktemp("packaging")
    tree = tmp_path / "tree"
    tree.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    junk = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for name in ("src", "queries", "ontology"):  # symlinks copied as symlinks, as a checkout has them
        if (ROOT / name).is_dir():  # an unpacked sdist has no top-level queries/ or ontology/
            shutil.copytree(ROOT / name, tree / name, symlinks=True, ignore=junk)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
               "-w", str(tmp_path / "dist"), str(tree)]
    if _setuptools_can_build_here():
        command.insert(-1, "--no-build-isolation")
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = (tmp_path / "dist").glob("filmgraph-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def _names(archive: zipfile.ZipFile, folder: str, suffix: str) -> set[str]:
    prefix = f"filmgraph/{folder}/"
    return {name.removeprefix(prefix) for name in archive.namelist()
            if name.startswith(prefix) and name.endswith(suffix)}


def test_wheel_has_every_library_query(wheel: zipfile.ZipFile) -> None:
    expected = {path.name for path in (PACKAGE / "queries").glob("*.rq")}
    assert "remakes_of.rq" in expected
    assert _names(wheel, "queries", ".rq") == expected
    for name in expected:
        assert wheel.read(f"filmgraph/queries/{name}") == (PACKAGE / "queries" / name).read_bytes()


def test_wheel_has_the_ontology_and_shapes(wheel: zipfile.ZipFile) -> None:
    expected = {path.name for path in (PACKAGE / "ontology").glob("*.ttl")}
    assert {"filmgraph.ttl", "shapes.ttl"} <= expected
    assert _names(wheel, "ontology", ".ttl") == expected
    for name in expected:
        assert wheel.read(f"filmgraph/ontology/{name}") == (PACKAGE / "ontology" / name).read_bytes()


def test_wheel_is_typed(wheel: zipfile.ZipFile) -> None:
    assert "filmgraph/py.typed" in wheel.namelist()


def test_wheel_has_the_extractor_data(wheel: zipfile.ZipFile) -> None:
    """The title gazetteer and the relation model's weights, byte for byte."""
    data = ROOT / "src" / "filmgraph" / "extract" / "data"
    for name in ("gazetteer.tsv.gz", "relations.json"):
        assert wheel.read(f"filmgraph/extract/data/{name}") == (data / name).read_bytes()


def test_wheel_has_the_explorer_page_and_queries(wheel: zipfile.ZipFile) -> None:
    """What ``filmgraph serve`` sends the browser, and the explorer's own queries, byte for byte."""
    explorer = ROOT / "src" / "filmgraph" / "explorer"
    files = [path.relative_to(explorer) for folder in ("static", "queries") for path in (explorer / folder).iterdir()]
    assert {"static/index.html", "static/explorer.js", "queries/edges.rq"} <= {str(f) for f in files}
    for name in files:
        assert wheel.read(f"filmgraph/explorer/{name}") == (explorer / name).read_bytes()


def test_package_folders_are_the_top_level_folders() -> None:
    """The package reads the top-level queries/ and ontology/ themselves, not copies of them."""
    for name in ("queries", "ontology"):
        inside = PACKAGE / name
        if not inside.is_symlink():
            pytest.skip("not a checkout (an unpacked sdist holds real folders)")
        assert inside.resolve() == (ROOT / name).resolve()
