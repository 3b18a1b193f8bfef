"""The law page for readers who are not lawyers: it opens on their rights in a few points and
how to complain in three steps, with the authority of each place; the complaint part starts
within the first three phone screens; the legal analysis follows."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

LAW = load_yaml(ROOT / "data" / "law.yml")
PHONE = (390, 844)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rights_then_three_steps_then_the_analysis(soup, lang: str) -> None:
    page = soup("law", lang).select_one(".md-content")
    headings = [h.get("id") for h in page.select("h2")]
    assert headings[:3] == ["your-rights", "complain", "analysis"]
    steps = page.select_one("#complain").find_next_sibling("ol").find_all("li", recursive=False)
    assert len(steps) == 3
    # Every authority with a complaint page is one tap from step 2, by place.
    links = {a["href"] for a in steps[1].select("ul a")}
    expected = {a["complaint_url"] for a in LAW["authorities"]["items"] if "complaint_url" in a}
    assert links == expected and all(h.startswith("https://") for h in links)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_complaint_part_starts_within_three_phone_screens(server, new_page,
                                                              lang: str) -> None:
    page = new_page(*PHONE)
    page.goto(server + page_url("law", lang))
    top = page.evaluate("document.getElementById('complain').getBoundingClientRect().top"
                        " + window.scrollY")
    assert top < 3 * PHONE[1], f"{top / PHONE[1]:.2f} screens"
    # Old anchors of the analysis still land.
    for anchor in ("legitimate-interest", "right-to-object", "complaints", "outside-eu"):
        assert page.locator(f"[id='{anchor}']").count() == 1
