"""Characters that mean something in HTML or Markdown reach every output as the text the
contributor wrote: page titles, meta tags, the header, source lists, quoted labels. A successful
`explainer build` replaces the previous site/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import FIXED_EPOCH, LANGUAGES, page_path
from yaml_edit import set_value

LANG = LANGUAGES[-1]
SITE_NAME = 'Tom & "Jerry" <3'
DESCRIPTION = "Say \"no\" & 'then' > 2 *now*"
PUBLISHER = "*Evil* <script>alert(1)</script> [x](javascript:y) {onclick} `c`"
TITLE = '"><img src=x onerror=alert(1)>'
LABEL = "Settings <b>&</b> _Privacy_"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("escaping") / "project")
    set_value(project, "data/site.yml", ("name", LANG), SITE_NAME)
    set_value(project, "data/ui.yml", ("pages", "faq", "description", LANG), DESCRIPTION)
    set_value(project, "data/sources.yml", ("sources", 0, "publisher"), PUBLISHER)
    set_value(project, "data/sources.yml", ("sources", 0, "title"), TITLE)
    set_value(project, "data/guide.yml", ("labels", "settings-privacy", "en", 0, "text"), LABEL)
    site = project / "site"
    site.mkdir()
    (site / "stale.html").write_text("the previous build", encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": FIXED_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "explainer.cli", "--root", str(project), "build", "site"],
        capture_output=True, text=True, env=env, cwd=project, check=False)
    assert result.returncode == 0, result.stderr
    return site


def _soup(site: Path, kind: str) -> BeautifulSoup:
    return BeautifulSoup(page_path(site, kind, LANG).read_text("utf-8"), "html.parser")


def test_successful_build_replaces_the_site(built: Path) -> None:
    assert not (built / "stale.html").exists()
    assert (built / "index.html").is_file() and (built / "_headers").is_file()
    assert sorted(p.name for p in built.parent.iterdir() if p.name.startswith(".site")) == []


def test_site_name_and_description_in_title_header_and_meta(built: Path) -> None:
    faq = _soup(built, "faq")
    assert faq.title.string.endswith(f" - {SITE_NAME}")
    assert faq.find("meta", attrs={"name": "description"})["content"] == \
        DESCRIPTION.replace("*", "")
    assert SITE_NAME in faq.select_one(".md-header__topic").get_text()
    assert faq.select_one(".md-header__button.md-logo")["title"] == SITE_NAME


def test_plain_strings_are_shown_as_written(built: Path) -> None:
    sources = _soup(built, "sources")
    article = sources.find("article")
    assert PUBLISHER in article.get_text()
    assert TITLE in article.get_text()
    assert LABEL in _soup(built, "guide").find("article").get_text()
    for soup in (sources, _soup(built, "guide")):
        content = soup.find("article")
        assert content.find(["script", "img", "b"]) is None
        assert [a for a in content.find_all("a") if a["href"].startswith("javascript")] == []
        assert [el for el in soup.find_all(True) if any(k.startswith("on") for k in el.attrs)] \
            == []


def test_nothing_is_escaped_twice(built: Path) -> None:
    doubled = [p.relative_to(built).as_posix() for p in built.rglob("*")
               if p.suffix in (".html", ".json", ".xml") and "&amp;amp;" in p.read_text("utf-8")]
    assert doubled == []
