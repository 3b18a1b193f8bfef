"""mkdocs.yml is refused when a key is written twice: YAML would silently drop the first."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from explainer.read.project_config import read_project_config


def test_a_key_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(text + "site_url: https://elsewhere.example.org/\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError) as caught:
        read_project_config(config)
    first = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("site_url:"))
    assert f"the key 'site_url' appears twice (first on line {first})" in str(caught.value)
    assert f"line {len(text.splitlines()) + 1}" in str(caught.value)

