"""Who runs the site: the About page and the footer of every page say who publishes it and how
to reach them (data/site.yml `publisher`); until a publisher is named, a placeholder marked as
such stands in its place, never an invented name."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, page_path, run_build
from yaml_edit import set_value

PUBLISHER = load_yaml(ROOT / "data" / "site.yml")["publisher"]
STRINGS = load_yaml(ROOT / "data" / "ui.yml")["strings"]


def _says_who(place, lang: str, name: str | None) -> None:
    text = " ".join(place.get_text(" ", strip=True).split())
    contact = place.find("a", href=PUBLISHER["contact"]["url"])
    assert contact is not None and contact.get_text(strip=True) == \
        PUBLISHER["contact"]["label"][lang]
    assert "noopener" in contact["rel"]
    placeholder = place.select_one(".placeholder")
    if name:
        assert name in text and placeholder is None
    else:
        assert placeholder is not None
        assert placeholder.get_text(strip=True) == STRINGS["publisher_unset"][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_page_says_who_publishes_the_site(soup, lang: str) -> None:
    page = soup("about", lang)
    section = page.find(id="publisher")
    assert section is not None and section.name == "h2"
    _says_who(page.select_one("article .publisher"), lang, PUBLISHER["name"])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGE_FILES))
def test_every_footer_says_who_publishes_the_site(soup, kind: str, lang: str) -> None:
    _says_who(soup(kind, lang).select_one("footer .md-copyright__publisher"), lang,
              PUBLISHER["name"])


def test_a_named_publisher_replaces_the_placeholder(project: Path, tmp_path: Path) -> None:
    name = "Association Exemple pour les tests"
    set_value(project, "data/site.yml", ("publisher", "name"), name)
    out = tmp_path / "out"
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr
    for lang in LANGUAGES:
        about = BeautifulSoup(page_path(out, "about", lang).read_text("utf-8"), "html.parser")
        _says_who(about.select_one("article .publisher"), lang, name)
        _says_who(about.select_one("footer .md-copyright__publisher"), lang, name)
