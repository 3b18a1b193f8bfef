"""UPGRADING.md names every file that overrides or patches the theme, and every test it points
to exists: whoever upgrades Material or the i18n plugin starts from a complete list."""

from __future__ import annotations

import re

from conftest import ROOT

GUIDE = (ROOT / "UPGRADING.md").read_text(encoding="utf-8")
# Our scripts that copy, patch or undo the theme's own (the others are the site's features).
THEME_SCRIPTS = ("theme-*.js", "alternate-sitemap.js", "language-search.js", "lazy-search.js",
                 "tab-platform.js", "palette-switch.js")


def test_every_theme_override_and_patch_is_listed() -> None:
    files = [p.relative_to(ROOT / "overrides").as_posix()
             for p in (ROOT / "overrides").rglob("*") if p.is_file()]
    files += [p.name for pattern in THEME_SCRIPTS
              for p in (ROOT / "docs" / "assets" / "javascripts").glob(pattern)]
    files += ["theme_scripts.py", "theme_palette.py", "theme_main.py", "theme_markup.py",
              "search_index.py", "hooks/site.py"]
    missing = [name for name in files if name not in GUIDE]
    assert not missing, f"UPGRADING.md does not say why these exist: {missing}"


def test_every_guard_it_names_exists() -> None:
    named = set(re.findall(r"`(test_[a-z_]+\.py)(?:::([a-z_0-9]+))?`", GUIDE))
    assert named
    for file, test in named:
        path = ROOT / "tests" / file
        assert path.is_file(), f"UPGRADING.md names {file}, which does not exist"
        if test:
            assert f"def {test}(" in path.read_text(encoding="utf-8"), f"{file}::{test}"
