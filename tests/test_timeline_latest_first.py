"""The timeline opens on the latest developments, newest first, with a link to each year."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

EVENTS = load_yaml(ROOT / "data" / "timeline.yml")["events"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_newest_first(soup, lang: str) -> None:
    dates = [t["datetime"] for t in soup("timeline", lang).select(".md-content h3 time")]
    assert dates == sorted((e["date"] for e in EVENTS), reverse=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_latest_event_is_on_the_first_phone_screen(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("timeline", lang))
    latest = max(EVENTS, key=lambda e: e["date"])
    box = page.locator(f"[id='{latest['id']}']").bounding_box()
    assert box is not None and box["y"] < 844


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_link_jumps_to_each_year(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("timeline", lang))
    years = sorted({e["date"][:4] for e in EVENTS}, reverse=True)
    links = page.locator(".year-jump a")
    assert links.all_inner_texts() == years
    links.last.click()
    page.wait_for_url(f"**#year-{years[-1]}")
    box = page.locator(f"[id='year-{years[-1]}']").bounding_box()
    assert box is not None and 0 <= box["y"] < 844
