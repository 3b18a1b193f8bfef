"""What search engines and static hosts read at the site root: sitemap.xml with every page in
every language and its alternates, robots.txt, a 404 page in each language, and the short
addresses to put in a post (a forwarding page each, and `_redirects`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from conftest import DEFAULT_LANGUAGE, LANGUAGES, PAGE_FILES, ROOT, load_yaml, page_url, typeset

SITE_URL = load_yaml(ROOT / "mkdocs.yml")["site_url"]
SHARE = load_yaml(ROOT / "data" / "share.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
REDIRECTS = SHARE["redirects"]


def _read(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def _target(redirect: dict) -> str:
    anchor = f"#{redirect['anchor']}" if "anchor" in redirect else ""
    return "/" + page_url(redirect["page"], redirect["lang"]) + anchor


def test_sitemap_lists_every_page_with_its_alternates(site) -> None:
    root = ET.parse(site / "sitemap.xml").getroot()
    entries = {url.findtext("s:loc", namespaces=NS): url for url in root.findall("s:url", NS)}
    expected = {urljoin(SITE_URL, page_url(kind, lang)) for kind in PAGE_FILES
                for lang in LANGUAGES}
    assert set(entries) == expected
    for kind in PAGE_FILES:
        for lang in LANGUAGES:
            links = entries[urljoin(SITE_URL, page_url(kind, lang))].findall("x:link", NS)
            assert {link.get("hreflang"): link.get("href") for link in links} == {
                other: urljoin(SITE_URL, page_url(kind, other)) for other in LANGUAGES}


def test_robots_txt_points_to_the_sitemap(site) -> None:
    lines = (site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {urljoin(SITE_URL, 'sitemap.xml')}" in lines
    assert "Disallow: /" not in lines


@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_speaks_the_language_of_its_folder_first(site, lang: str) -> None:
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    doc = _read(site, f"{prefix}404.html")
    assert doc.html["lang"] == lang
    sections = doc.find_all("section", class_="not-found")
    assert [s["lang"] for s in sections][0] == lang
    assert sorted(s["lang"] for s in sections) == sorted(LANGUAGES)
    for section in sections:
        words = section.get_text(" ", strip=True)
        assert UI["strings"]["not_found_title"][section["lang"]] in words
        hrefs = {a["href"] for a in section.find_all("a")}
        # Root-relative: a 404 page is served at any depth.
        assert hrefs == {"/" + page_url(kind, section["lang"]) for kind in ("home", "guide")}
    switcher = {a["hreflang"]: a["href"] for a in doc.select("a.md-select__link")}
    assert switcher == {other: "/" + page_url("home", other) for other in LANGUAGES}


@pytest.mark.parametrize("redirect", REDIRECTS, ids=lambda r: r["path"])
def test_short_address_page_forwards_without_script(site, redirect: dict) -> None:
    doc = _read(site, f"{redirect['path']}/index.html")
    target = _target(redirect)
    assert doc.html["lang"] == redirect["lang"]
    assert doc.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url={target}"
    assert doc.find("link", rel="canonical")["href"] == urljoin(SITE_URL, target.split("#")[0])
    assert doc.find("a", href=target).get_text() == typeset(
        UI["pages"][redirect["page"]]["title"][redirect["lang"]], redirect["lang"])
    assert doc.find("script") is None
    assert (site / target.lstrip("/").split("#")[0] / "index.html").is_file()


def test_short_addresses_include_the_guide_in_each_language() -> None:
    assert {r["lang"] for r in REDIRECTS if r["page"] == "guide"} == set(LANGUAGES)


def test_redirects_file_for_static_hosts(site) -> None:
    rules = [line.split() for line in (site / "_redirects").read_text().splitlines()]
    assert rules == [[f"/{r['path']}", _target(r), "301"] for r in REDIRECTS]


@pytest.mark.parametrize("redirect", REDIRECTS, ids=lambda r: r["path"])
def test_short_address_lands_on_its_page(server, new_page, redirect: dict) -> None:
    page = new_page(390, 844)
    page.goto(f"{server}{redirect['path']}/")
    page.wait_for_url(server + _target(redirect).lstrip("/"))
    assert page.locator("html").get_attribute("lang") == redirect["lang"]
    assert page.locator("h1").first.inner_text().startswith(
        typeset(UI["pages"][redirect["page"]]["title"][redirect["lang"]], redirect["lang"]))
