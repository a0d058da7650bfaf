"""The package's dependency rules, checked on the source: every module under src/filmgraph is
parsed (ast) and each import, lazy or at the top, counts as a dependency of its part.

A part is a subpackage (``store``, ``query``, ...) or a top-level module (``api``, ``errors``, ...).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "filmgraph"

# --- The rules ----------------------------------------------------------------------------

#: (importer, imported, why): parts that must never import the other, lazily or not.
FORBIDDEN = [
    ("query", "store", "the store runs queries and builds their results; a query never needs a store"),
    ("rdf", "resolve", "resolve mints IRIs from rdf's vocabulary; rdf writes what resolve decided"),
    ("rdf", "store", "the writer's triples go into any store; rdf knows none of them"),
    ("analysis", "store", "analyses work on the networkx graph only, as it is or read back from a file"),
    ("analysis", "export", "analyses take a graph; building it is export's job"),
    ("export", "analysis", "exporters write formats; none needs an analysis"),
]

#: The backend modules: outside store/ a backend is reached through filmgraph.store
#: (open_store, Backend and its capabilities), never through its own module.
BACKEND_MODULES = ("filmgraph.store.oxigraph", "filmgraph.store.memory", "filmgraph.store.sparql")

#: Who may use pyoxigraph's Store, the Oxigraph backend's internals (its terms and RdfFormat are
#: fine anywhere): part -> why.
OXIGRAPH_STORE_USERS = {
    "store": "the backends themselves",
    "query_workers": "serve's SPARQL worker processes open the Oxigraph store on their own",
}

#: Rules broken by work another engineer has in hand: (importer, imported) -> what is pending.
#: Each is a strict xfail, so the entry must go when the work lands.
PENDING: dict[tuple[str, str], str] = {}

# --- Reading the imports --------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _part(module: str) -> str:
    """``filmgraph.store.base`` -> ``store``; ``filmgraph`` itself -> ``filmgraph``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _existing(name: str) -> str:
    """The longest prefix of ``name`` that is a module (``from . import __version__`` imports a
    name of the package, not a module)."""
    while name not in MODULES and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _imports(module: str) -> list[tuple[str, ast.AST]]:
    """Every filmgraph module ``module`` imports, with the statement that does."""
    path = MODULES[module]
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
            names = [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [(_existing(name), node) for name in names if name.split(".")[0] == "filmgraph"]
    return found


def _dependencies() -> dict[tuple[str, str], list[str]]:
    """(importer part, imported part) -> the modules where the importer does it."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for module in MODULES:
        for imported, _ in _imports(module):
            if _part(module) != _part(imported):
                edges[_part(module), _part(imported)].append(module)
    return edges


DEPENDENCIES = _dependencies()

# --- The tests ------------------------------------------------------------------------------


def _pending(importer: str, imported: str) -> list[pytest.MarkDecorator]:
    reason = PENDING.get((importer, imported))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def test_no_import_cycle_between_parts() -> None:
    graph = nx.DiGraph(edge for edge in DEPENDENCIES if edge not in PENDING)
    assert sorted(nx.simple_cycles(graph)) == []


@pytest.mark.parametrize("importer, imported, why", [
    pytest.param(importer, imported, why, id=f"{importer}-never-imports-{imported}", marks=_pending(importer, imported))
    for importer, imported, why in FORBIDDEN])
def test_forbidden_import(importer: str, imported: str, why: str) -> None:
    assert DEPENDENCIES.get((importer, imported), []) == [], why


@pytest.mark.parametrize("importer, imported", [
    pytest.param(importer, imported, id=f"{importer}-{imported}", marks=_pending(importer, imported))
    for importer, imported in PENDING])
def test_pending_cycle_is_gone(importer: str, imported: str) -> None:
    """The edges left out of the cycle check above, each until its pending work lands."""
    graph = nx.DiGraph(list(DEPENDENCIES))
    assert not any(importer in cycle and imported in cycle for cycle in nx.simple_cycles(graph))


@pytest.mark.parametrize("part", [pytest.param(part, marks=_pending(part, "store"))
                                  for part in sorted({_part(module) for module in MODULES} - {"store"})])
def test_backends_are_reached_through_the_store_package(part: str) -> None:
    reaching = sorted(f"{module} imports {imported}" for module in MODULES if _part(module) == part
                      for imported, _ in _imports(module) if imported in BACKEND_MODULES)
    assert reaching == []


def _uses_oxigraph_store(path: Path) -> bool:
    """Whether the module names ``pyoxigraph.Store``: ``from pyoxigraph import Store`` or
    ``<alias>.Store`` where the alias is bound by ``import pyoxigraph [as alias]``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases |= {alias.asname or alias.name for alias in node.names if alias.name == "pyoxigraph"}
        elif isinstance(node, ast.ImportFrom) and node.module == "pyoxigraph":
            if any(alias.name == "Store" for alias in node.names):
                return True
    return any(isinstance(node, ast.Attribute) and node.attr == "Store" and isinstance(node.value, ast.Name)
               and node.value.id in aliases for node in ast.walk(tree))


def test_only_the_store_uses_oxigraph_internals() -> None:
    users = sorted(module for module, path in MODULES.items() if _uses_oxigraph_store(path))
    assert users, "the check found no user of pyoxigraph.Store at all: it no longer sees them"
    assert [module for module in users if _part(module) not in OXIGRAPH_STORE_USERS] == []


def test_the_rules_name_real_parts() -> None:
    parts = {_part(module) for module in MODULES}
    named = {p for rule in FORBIDDEN for p in rule[:2]} | set(OXIGRAPH_STORE_USERS) | {p for edge in PENDING for p in edge}
    assert named <= parts
    assert {_part(module) for module in BACKEND_MODULES} == {"store"} and set(BACKEND_MODULES) <= set(MODULES)
