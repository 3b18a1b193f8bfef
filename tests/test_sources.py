"""Every fact links to its sources; the sources page lists each one in full."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, typeset

SOURCES = load_yaml(ROOT / "data" / "sources.yml")["sources"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sources_page_lists_every_source(soup, lang: str) -> None:
    page = soup("sources", lang)
    for source in SOURCES:
        anchor = page.find(id=source["id"].lower())
        assert anchor is not None, source["id"]
        item = anchor.find_parent("li")
        link = item.find("a", href=source["url"])
        assert link is not None and link.get_text() == typeset(source["title"], source["lang"])
        assert link.find("span")["lang"] == source["lang"]
        assert source["publisher"] in item.get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
# The changes page cites sources only for the entries that bring new facts.
@pytest.mark.parametrize("kind", [k for k in PAGE_FILES if k not in ("sources", "changes")])
def test_every_citation_points_to_a_listed_source(soup, kind: str, lang: str) -> None:
    ids = {s["id"].lower() for s in SOURCES}
    citations = soup(kind, lang).select(".cite a")
    assert citations, f"{kind} cites nothing"
    for link in citations:
        target = urlparse(link["href"])
        assert target.path.rstrip("/").endswith("sources"), link["href"]
        assert target.fragment in ids, link["href"]
