"""Reflow (WCAG 1.4.10) and text resize (WCAG 1.4.4): on every page, in every language, nothing
scrolls sideways on a 320 px screen, nor on a 390 px phone with text at 200 % (the browser's
font-size setting doubled); the header's buttons stay on screen, and every platform tab of the
guide is whole, on screen and can be tapped."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import DEFAULT_LANGUAGE, LANGUAGES, PAGE_FILES, page_url

SETTINGS = {
    "320 px": {"width": 320, "height": 640, "text": 1},
    "200 % text": {"width": 390, "height": 844, "text": 2},
}
PAGES = [*PAGE_FILES, "404"]

# The page's width, and everything that reaches past the right edge of the screen, unless a box
# of its own clips it (a closed drawer, a box that scrolls: the tabs are checked on their own).
SIDEWAYS = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = el => {
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== "visible") return true;
    }
    return false;
  };
  return {
    width: document.documentElement.scrollWidth,
    outside: [...document.querySelectorAll("body *")].filter(el => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 0.5 && !clipped(el);
    }).map(el => el.tagName.toLowerCase() + "." + [...el.classList].join(".")).slice(0, 10),
  };
}"""
# Whether an element is whole on screen and the one a tap at its centre reaches.
TAPPABLE = """el => {
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return box.left >= 0 && box.right <= document.documentElement.clientWidth
    && box.width > 0 && hit !== null && (el === hit || el.contains(hit));
}"""


def _open(new_page: Any, server: str, kind: str, lang: str, setting: dict) -> Any:
    page = new_page(setting["width"], setting["height"], is_mobile=True, has_touch=True)
    if setting["text"] != 1:
        # The browser's own text-size setting (Chromium's default font sizes), not a zoom.
        cdp = page.context.new_cdp_session(page)
        cdp.send("Page.enable")
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 16 * setting["text"],
                                                     "fixed": 13 * setting["text"]}})
    if kind == "404":
        address = "404.html" if lang == DEFAULT_LANGUAGE else f"{lang}/404.html"
    else:
        address = page_url(kind, lang)
    page.goto(server + address)
    return page


@pytest.mark.parametrize("setting", list(SETTINGS))
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", PAGES)
def test_nothing_scrolls_sideways(server, new_page, kind: str, lang: str, setting: str) -> None:
    page = _open(new_page, server, kind, lang, SETTINGS[setting])
    if SETTINGS[setting]["text"] != 1:
        root = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        assert root >= 2 * 16, "the text-size setting did not apply"
    found = page.evaluate(SIDEWAYS)
    assert found["width"] <= SETTINGS[setting]["width"], found
    assert not found["outside"], found
    for button in ("label[for='__drawer']", "label[for='__search']", ".md-select",
                   "form[data-palette-switch] label:not([hidden])"):
        control = page.locator(f".md-header {button}").first
        assert control.evaluate(TAPPABLE), f"{button} is off screen or covered"


@pytest.mark.parametrize("setting", list(SETTINGS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tab_is_whole_and_can_be_chosen(server, new_page, lang: str, setting: str) -> None:
    page = _open(new_page, server, "guide", lang, SETTINGS[setting])
    for tab_set in page.locator("article .tabbed-set").all():
        labels = tab_set.locator(":scope > .tabbed-labels > label")
        inputs = tab_set.locator(":scope > input")
        for index in range(labels.count()):
            label = labels.nth(index)
            label.scroll_into_view_if_needed()
            assert label.evaluate(TAPPABLE), label.inner_text()
            # Whole: its words are not cut by the edge of a box that scrolls sideways.
            assert label.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
            label.tap()
            assert inputs.nth(index).is_checked()
