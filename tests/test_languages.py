"""The languages come from mkdocs.yml: adding one without its translations lists what is missing."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import run_build


def test_new_language_without_translations_lists_every_missing_text(project: Path,
                                                                      tmp_path: Path) -> None:
    config_path = project / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    i18n["languages"].append({"locale": "de", "name": "Deutsch", "build": True})
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")

    result = run_build(project, tmp_path / "out")

    assert result.returncode == 1
    missing = [line for line in result.stderr.splitlines()
               if 'the "de" translation is missing' in line]
    assert any(line.startswith("data/ui.yml:") and "pages.home.title" in line for line in missing)
    assert any(line.startswith("data/guide.yml:") for line in missing)
    assert any(line.startswith("data/faq.yml:") for line in missing)
    assert len(missing) > 100
    assert "problems in data/: nothing was built." in result.stderr
