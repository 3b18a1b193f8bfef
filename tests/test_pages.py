"""Every page exists in every language, with its language, its title and facts from data/."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, page_url, typeset

UI = load_yaml(ROOT / "data" / "ui.yml")
SITE = load_yaml(ROOT / "data" / "site.yml")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGE_FILES))
def test_page_has_language_title_and_heading(soup, kind: str, lang: str) -> None:
    page = soup(kind, lang)
    assert page.html["lang"] == lang
    title = typeset(UI["pages"][kind]["title"][lang], lang)
    heading = page.find("h1")
    for mark in heading.select("a.headerlink"):  # the link mark, hidden on the page title
        mark.decompose()
    assert heading.get_text(strip=True) == title
    assert page.title.get_text().startswith(title)
    assert page.find("meta", attrs={"name": "description"})["content"] == \
        typeset(UI["pages"][kind]["description"][lang], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_uses_the_short_labels(soup, lang: str) -> None:
    nav = soup("home", lang).find("nav", class_="md-nav--primary").get_text(" ", strip=True)
    for kind in PAGE_FILES:
        assert UI["pages"][kind]["nav"][lang] in nav


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_tells_what_is_happening_and_links_to_the_guide(soup, lang: str) -> None:
    page = soup("home", lang)
    cta = page.find("a", class_="cta")
    assert cta.get_text(strip=True) == UI["strings"]["cta"][lang]
    assert cta["href"].rstrip("/").endswith("guide")
    text = page.get_text(" ", strip=True)
    assert typeset(SITE["regions"]["title"][lang], lang) in text
    for fact in SITE["key_facts"]:
        assert fact["label"][lang].replace("**", "") in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_lands_on_the_same_page(soup, lang: str) -> None:
    page = soup("guide", lang)
    links = {a["hreflang"]: a["href"] for a in page.select("a[hreflang]")
             if a.find_parent(class_="md-select")}
    assert set(links) == set(LANGUAGES)
    here = "http://site/" + page_url("guide", lang)
    for other, href in links.items():
        assert urljoin(here, href) == "http://site/" + page_url("guide", other), (other, href)


def test_no_page_loads_fonts_or_scripts_from_another_host(site) -> None:
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, html
