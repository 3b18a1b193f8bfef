"""The README's layout table matches the tree: every path it names exists, and every folder of
the project and every part of the package is in it, with each module the table says a stage
holds."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## How it is laid out", 1)[1].split("\n## ", 1)[0]
ROWS = {match.group(1): match.group(2)
        for match in re.finditer(r"^\| `([^`]+)` \| (.*) \|$", SECTION, re.M)}
PACKAGE = ROOT / "hooks" / "explainer"
# What the table need not name: tool caches, the virtual environment, the built site.
IGNORED = {".venv", ".cache", ".git", ".hypothesis", ".ruff_cache", ".pytest_cache", "site",
           ".vscode", ".ci", "Makefile", "pyproject.toml", "README.md", "LICENSE",
           ".gitignore"}


def test_every_path_in_the_table_exists() -> None:
    assert ROWS
    for path in ROWS:
        assert list(ROOT.glob(path.rstrip("/"))), f"README names {path}, which is not there"


def test_every_folder_and_package_part_is_in_the_table() -> None:
    named = {path.rstrip("/") for path in ROWS}
    tops = {p.name for p in ROOT.iterdir()} - IGNORED
    tops = {name for name in tops if not name.endswith(".egg-info")}
    missing = [name for name in sorted(tops)
               if not any(n == name or n.startswith(f"{name}/") for n in named)]
    assert not missing, f"not in the README's layout table: {missing}"
    parts = {p.relative_to(ROOT).as_posix() for p in PACKAGE.iterdir()
             if p.name != "__init__.py" and not p.name.startswith((".", "__"))
             and not p.name.endswith(".egg-info")}
    assert parts - named == set(), f"package parts not in the table: {sorted(parts - named)}"


def test_each_stage_lists_its_modules() -> None:
    for stage in ("read", "model", "render", "outputs", "engine"):
        row = ROWS[f"hooks/explainer/{stage}/"]
        modules = {p.stem for p in (PACKAGE / stage).glob("*.py") if p.stem != "__init__"}
        listed = set(re.findall(r"`([a-z_]+)`", row))
        assert modules <= listed, f"{stage}/: {sorted(modules - listed)} not in the README"
