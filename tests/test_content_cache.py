"""Data is read and validated once per content: again only when a data file changes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT
from explainer.model.content import ContentCache
from explainer.read.problems import DataError


def test_same_files_are_not_read_twice_and_an_edit_is_read_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    cache = ContentCache()
    first = cache.get(data, LANGUAGES)
    assert cache.get(data, LANGUAGES) is first

    site_file = data / "site.yml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace(
        f'updated: "{first.data["site"]["updated"]}"', 'updated: "2030-01-01"'), encoding="utf-8")
    stat = site_file.stat()
    os.utime(site_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    second = cache.get(data, LANGUAGES)
    assert second is not first
    assert second.data["site"]["updated"] == "2030-01-01"


def test_other_languages_are_validated_anew() -> None:
    cache = ContentCache()
    cache.get(ROOT / "data", LANGUAGES)
    with pytest.raises(DataError) as caught:
        cache.get(ROOT / "data", LANGUAGES[:1])
    dropped = LANGUAGES[-1]
    assert f'"{dropped}" is not a language of this site' in str(caught.value)
