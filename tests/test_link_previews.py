"""Every page, in every language, carries its link preview with full addresses: title and
description from data, Open Graph and X card, an existing 1200x630 image, the canonical address
and reciprocal hreflang alternates (plus x-default)."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from conftest import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    PAGE_FILES,
    PROJECT,
    ROOT,
    load_yaml,
    page_path,
    page_url,
    typeset,
)
from PIL import Image

SITE_URL = PROJECT.site_url
UI = load_yaml(ROOT / "data" / "ui.yml")
SITE = load_yaml(ROOT / "data" / "site.yml")
LOCALES = load_yaml(ROOT / "data" / "site.yml")["locale"]
PAGES = [(kind, lang) for kind in PAGE_FILES for lang in LANGUAGES]


def _address(kind: str, lang: str) -> str:
    return urljoin(SITE_URL, page_url(kind, lang))


def _meta(doc, key: str) -> list[str]:
    tags = doc.find_all("meta", attrs={"property": key}) or doc.find_all("meta",
                                                                          attrs={"name": key})
    return [tag["content"] for tag in tags]


def _one(doc, key: str) -> str:
    values = _meta(doc, key)
    assert len(values) == 1, f"{key}: {values}"
    return values[0]


def _alternates(doc) -> dict[str, str]:
    links = doc.find_all("link", rel="alternate", hreflang=True)
    hreflangs = [link["hreflang"] for link in links]
    assert len(hreflangs) == len(set(hreflangs)), f"an hreflang is repeated: {hreflangs}"
    return {link["hreflang"]: link["href"] for link in links}


@pytest.mark.parametrize(("kind", "lang"), PAGES)
def test_page_has_its_preview_in_its_language(soup, kind: str, lang: str) -> None:
    doc = soup(kind, lang)
    page = UI["pages"][kind]
    address = _address(kind, lang)
    assert doc.html["lang"] == lang
    assert doc.title.string.startswith(typeset(page["title"][lang], lang))
    assert _one(doc, "description") == typeset(page["description"][lang], lang)
    assert doc.find_all("link", rel="canonical") == [doc.find("link", rel="canonical")]
    assert doc.find("link", rel="canonical")["href"] == address
    assert _one(doc, "og:url") == address
    assert _one(doc, "og:title") == typeset(page["title"][lang], lang)
    assert _one(doc, "og:description") == typeset(page["description"][lang], lang)
    assert _one(doc, "og:site_name") == typeset(SITE["name"][lang], lang)
    assert _one(doc, "og:type") in ("website", "article")
    assert _one(doc, "og:locale") == LOCALES[lang]
    assert sorted(_meta(doc, "og:locale:alternate")) == sorted(
        LOCALES[other] for other in LANGUAGES if other != lang)
    assert _one(doc, "twitter:card") == "summary_large_image"
    assert _one(doc, "twitter:title") == typeset(page["title"][lang], lang)
    assert _one(doc, "twitter:image") == _one(doc, "og:image")
    assert typeset(page["title"][lang], lang) in _one(doc, "og:image:alt")
    assert _one(doc, "twitter:image:alt") == _one(doc, "og:image:alt")


@pytest.mark.parametrize(("kind", "lang"), PAGES)
def test_preview_image_is_in_the_site_at_1200_by_630(site, soup, kind: str, lang: str) -> None:
    doc = soup(kind, lang)
    image = _one(doc, "og:image")
    assert image.startswith(SITE_URL)
    assert (_one(doc, "og:image:width"), _one(doc, "og:image:height")) == ("1200", "630")
    with Image.open(site / image.removeprefix(SITE_URL)) as png:
        assert png.format == "PNG"
        assert png.size == (1200, 630)


@pytest.mark.parametrize(("kind", "lang"), PAGES)
def test_hreflang_alternates_are_full_and_reciprocal(site, soup, kind: str, lang: str) -> None:
    alternates = _alternates(soup(kind, lang))
    assert alternates == {**{other: _address(kind, other) for other in LANGUAGES},
                          "x-default": _address(kind, DEFAULT_LANGUAGE)}
    for other in LANGUAGES:
        # The page named for the other language exists and names this one back.
        assert page_path(site, kind, other).is_file()
        assert _alternates(soup(kind, other))[lang] == _address(kind, lang)


def test_each_page_and_language_has_its_own_image(soup) -> None:
    images = {_one(soup(kind, lang), "og:image") for kind, lang in PAGES}
    assert len(images) == len(PAGES)
