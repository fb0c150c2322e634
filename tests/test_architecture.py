"""The package's layers: a module imports only from layers below its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "advrate"

#: Lowest first. A module may import from any earlier layer, never from its own
#: or a later one, so that the tree reads from the ground up: units know nothing
#: of parsing, parsing nothing of articles, tables nothing of charts.
LAYERS: list[set[str]] = [
    {"exceptions"},
    {"checks"},
    {"files", "units", "resources"},
    {"scan"},
    {"parse"},
    {"periods", "data", "maps"},
    {"extract", "history", "territory", "front", "compare"},
    {"evaluation", "plot", "update"},
    {"report"},
    {"cli"},
    {"__main__", "__init__"},
]
LAYER = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def _imports(path: Path) -> set[str]:
    """Sibling modules a module imports, at its top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:  # "from . import x"
                found.update(alias.name for alias in node.names if alias.name != "__version__")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("advrate."):
            found.add(node.module.split(".")[1])
    return found - {"__init__"}


def test_every_module_has_a_layer():
    assert {p.stem for p in PACKAGE.glob("*.py")} == set(LAYER)


@pytest.mark.parametrize("module", sorted(p.stem for p in PACKAGE.glob("*.py")))
def test_modules_import_only_from_lower_layers(module):
    upward = sorted(
        name for name in _imports(PACKAGE / f"{module}.py")
        if name in LAYER and LAYER[name] >= LAYER[module]
    )  # fmt: skip
    assert not upward, f"advrate.{module} imports from its own or a higher layer: {upward}"


def test_modules_share_no_private_names():
    """Modules share code through public names (the scanner lives in advrate.scan)."""
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                private = [a.name for a in node.names if a.name.startswith("_")
                           and a.name != "__version__"]  # fmt: skip
                assert not private, f"{path.name} imports private names {private}"


@pytest.mark.parametrize("module", sorted(p.stem for p in PACKAGE.glob("*.py")))
def test_no_module_level_name_is_defined_twice(module):
    """A second definition silently replaces the first for every use after it."""
    seen: dict[str, int] = {}
    twice = []
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    assert not twice, f"advrate.{module} defines {twice}"
