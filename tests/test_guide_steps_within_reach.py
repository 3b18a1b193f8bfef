"""On a phone, the step that switches the setting off starts within one and a half screens of
the top of the guide once its platform's tab is chosen, in every language; the links already
shared to it still open its tab and show it."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

GUIDE = load_yaml(ROOT / "data" / "guide.yml")
TABS = [(i, tab["id"]) for i, tab in enumerate(t for p in GUIDE["paths"] for t in p["tabs"])]
PHONE = (390, 844)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("index", "tab"), TABS)
def test_switch_off_step_within_one_and_a_half_screens(server, new_page, index: int, tab: str,
                                                        lang: str) -> None:
    page = new_page(*PHONE)
    page.goto(server + page_url("guide", lang))
    page.locator(".tabbed-labels label").nth(index).click()
    page.evaluate("window.scrollTo(0, 0)")
    step = page.locator(f"[id='{tab}-switch-off']").locator("xpath=ancestor::li[1]")
    assert step.is_visible()
    top = page.evaluate(f"document.getElementById('{tab}-switch-off')"
                        ".getBoundingClientRect().top + window.scrollY")
    assert top <= 1.5 * PHONE[1], f"{tab} ({lang}): {top / PHONE[1]:.2f} screens"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("index", "tab"), TABS)
def test_a_shared_link_to_the_step_opens_its_tab(server, new_page, index: int, tab: str,
                                                 lang: str) -> None:
    page = new_page(*PHONE)
    page.goto(server + page_url("guide", lang) + f"#{tab}-switch-off")
    assert page.locator(".tabbed-set > input").nth(index).is_checked()
    step = page.locator(f"[id='{tab}-switch-off']").locator("xpath=ancestor::li[1]")
    box = step.bounding_box()
    assert box is not None and 0 <= box["y"] < PHONE[1]
