"""Every fact links to its sources; the sources page lists each one in full."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, typeset
from explainer.read.source_kinds import PRIMARY, is_primary

SOURCES = load_yaml(ROOT / "data" / "sources.yml")["sources"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sources_page_lists_every_source(soup, lang: str) -> None:
    page = soup("sources", lang)
    for source in SOURCES:
        anchor = page.find(id=source["id"].lower())
        assert anchor is not None, source["id"]
        item = anchor.find_parent("li")
        title = typeset(source["title"], source["lang"])
        if "url" in source:
            link = item.find("a", href=source["url"])
            assert link is not None and link.get_text() == title
            assert link.find("span")["lang"] == source["lang"]
        else:
            # Only a copy was read: cited by title, with no link to the copy.
            cited = item.find("cite")
            assert cited.get_text() == title and cited["lang"] == source["lang"]
            assert item.find("a", href=lambda h: h and not h.startswith("#")) is None
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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sources_page_groups_by_kind_and_marks_primary_sources(soup, lang: str) -> None:
    page = soup("sources", lang)
    for source in SOURCES:
        item = page.find(id=source["id"].lower()).find_parent("li")
        heading = item.find_previous("h2")
        assert heading["id"] == source["kind"], source["id"]
        badge = item.find(class_="badge--primary")
        assert (badge is not None) == is_primary(source["kind"]), source["id"]


def test_primary_kinds_are_kinds_of_the_schema_and_come_first() -> None:
    schema = json.loads((ROOT / "data" / "schemas" / "sources.schema.json").read_text("utf-8"))
    kinds = schema["properties"]["sources"]["items"]["properties"]["kind"]["enum"]
    assert set(kinds[:len(PRIMARY)]) == PRIMARY
