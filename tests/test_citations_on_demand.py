"""Sources on demand: the reader's text is not interrupted by lists of publishers, yet every
fact reaches its sources in one tap, first-hand sources (LinkedIn, an authority, a law text)
first and marked as such."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, page_url

SOURCES = {s["id"].lower(): s for s in load_yaml(ROOT / "data" / "sources.yml")["sources"]}
PRIMARY_KINDS = {"linkedin", "authority", "law"}
PHONE = (390, 844)
# Citation text a reader sees without tapping anything: the "Sources" disclosures' labels and
# any publisher name linked to the sources page outside them.
VISIBLE_CITATION_TEXT = """(limit) => {
  const seen = [];
  const add = (el, text) => {
    const box = el.getBoundingClientRect();
    if (!el.checkVisibility() || box.height === 0 || box.top + window.scrollY >= limit) return;
    seen.push(text.replace(/\\s+/g, " ").trim());
  };
  for (const d of document.querySelectorAll(".md-content details.cite")) {
    add(d.querySelector("summary"), d.querySelector("summary").innerText);
  }
  for (const a of document.querySelectorAll('.md-content a[href*="sources/#"]')) {
    if (!a.closest("details:not([open])")) add(a, a.innerText);
  }
  return seen;
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide"])
def test_at_most_80_characters_of_citation_in_the_first_two_phone_screens(
        server, new_page, kind: str, lang: str) -> None:
    page = new_page(*PHONE)
    page.goto(server + page_url(kind, lang))
    seen = page.evaluate(VISIBLE_CITATION_TEXT, 2 * PHONE[1])
    assert sum(len(text) for text in seen) <= 80, seen
    # And none of it is a publisher's name: only the word that opens the sources.
    assert not [text for text in seen if text.lower() in
                {s.get("short", s["publisher"]).lower() for s in SOURCES.values()}]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide"])
def test_one_tap_shows_a_facts_sources(server, new_page, kind: str, lang: str) -> None:
    page = new_page(*PHONE, has_touch=True)
    page.goto(server + page_url(kind, lang))
    disclosure = page.locator(".md-content details.cite").first
    links = disclosure.locator('a[href*="sources/#"]')
    assert not links.first.is_visible()
    disclosure.locator("summary").tap()
    assert links.first.is_visible()
    anchor = links.first.get_attribute("href").split("#")[1]
    links.first.tap()
    page.wait_for_url(f"**/sources/#{anchor}")
    assert page.locator(f"[id='{anchor}']").count() == 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", [k for k in PAGE_FILES if k != "sources"])
def test_first_hand_sources_come_first_and_are_marked(soup, kind: str, lang: str) -> None:
    for disclosure in soup(kind, lang).select(".md-content details.cite"):
        for line in disclosure.select(":scope > p, :scope > ul > li"):
            links = line.find_all("a", href=lambda h: h and "sources/#" in h)
            first_hand = [SOURCES[a["href"].split("#")[1]]["kind"] in PRIMARY_KINDS
                          for a in links]
            assert first_hand == sorted(first_hand, reverse=True), line.get_text()
            marker = line.select_one(".cite__primary")
            if any(first_hand):
                # The marker comes right before the first first-hand source.
                assert marker is not None, line.get_text()
                assert marker.find_next("a") is links[0], line.get_text()
            else:
                assert marker is None, line.get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", [k for k in PAGE_FILES if k not in ("sources", "changes")])
def test_no_publisher_list_in_the_reading_text(soup, kind: str, lang: str) -> None:
    """Outside the disclosures, no link leads to the sources page: the text reads on."""
    page = soup(kind, lang).select_one(".md-content")
    for link in page.find_all("a", href=lambda h: h and "sources/#" in h):
        assert link.find_parent("details", class_="cite") is not None, link
