"""A short address pasted in a post keeps its preview where the host does not read _redirects
(GitHub Pages): its forwarding page carries the target page's title, description, image and
canonical address, tag for tag as the page itself does."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, load_yaml, page_path

REDIRECTS = load_yaml(ROOT / "data" / "share.yml")["redirects"]
PREVIEW = ("description", "og:type", "og:site_name", "og:title", "og:description", "og:url",
           "og:locale", "og:locale:alternate", "og:image", "og:image:type", "og:image:width",
           "og:image:height", "og:image:alt", "twitter:card", "twitter:title",
           "twitter:description", "twitter:image", "twitter:image:alt")


def _read(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _preview(doc: BeautifulSoup) -> dict[str, list[str]]:
    tags = {key: [m["content"] for m in doc.find_all("meta", attrs={"property": key})
                  + doc.find_all("meta", attrs={"name": key})] for key in PREVIEW}
    tags["canonical"] = [link["href"] for link in doc.find_all("link", rel="canonical")]
    tags["alternates"] = sorted((link["hreflang"], link["href"])
                                for link in doc.find_all("link", rel="alternate", hreflang=True))
    return tags


@pytest.mark.parametrize("redirect", REDIRECTS, ids=lambda r: r["path"])
def test_short_address_shows_its_targets_preview(site: Path, redirect: dict) -> None:
    forwarding = _read(site / redirect["path"] / "index.html")
    target = _read(page_path(site, redirect["page"], redirect["lang"]))
    preview = _preview(forwarding)
    assert preview == _preview(target)
    assert all(preview[key] for key in ("og:title", "og:description", "og:image", "canonical"))
    image = preview["og:image"][0].split("/", 3)[3]
    assert (site / image).is_file()
    assert forwarding.title.get_text() == preview["og:title"][0]
