"""The package's stages import one way only, and only engine/ knows MkDocs, so that the
content survives a change of site engine and a backward edge shows up here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "hooks" / "explainer"
# In the order data flows; a module may import from its own stage or the ones before it.
STAGES = ("read", "pages", "model", "render", "outputs", "engine", "cli")
ENGINES = ("mkdocs", "material", "mkdocs_static_i18n")


def _stage(path: Path) -> str:
    part = path.relative_to(PACKAGE).parts[0]
    return part.removesuffix(".py")


def _imports(path: Path) -> list[tuple[str, int]]:
    """(absolute module name, line) of everything a module imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["explainer", *path.relative_to(PACKAGE).parent.parts]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((name, node.lineno))
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if _stage(p) != "__init__")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_flow_one_way(path: Path) -> None:
    own = STAGES.index(_stage(path))
    for name, line in _imports(path):
        parts = name.split(".")
        if parts[0] == "explainer" and len(parts) > 1:
            assert STAGES.index(parts[1]) <= own, \
                f"{path.relative_to(ROOT)}:{line}: {_stage(path)} imports {name}, a later stage"
        if parts[0] in ENGINES:
            assert _stage(path) == "engine", \
                f"{path.relative_to(ROOT)}:{line}: only engine/ may import {parts[0]}"


def test_every_module_belongs_to_a_stage() -> None:
    assert {_stage(p) for p in MODULES} <= set(STAGES)


def test_one_hook_file_handles_every_event() -> None:
    listed = [p.name for p in (ROOT / "hooks").glob("*.py")]
    assert listed == ["site.py"]
    assert "  - hooks/site.py\n" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
