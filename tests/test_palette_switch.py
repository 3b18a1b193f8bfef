"""The colour scheme switch in the header (palette-switch.js, in place of the theme's own): with no
choice made the page follows the phone, even when the phone changes, and the switch shown leads
to the other scheme; a choice, by tap or by keyboard, is applied at once, kept on every page,
and passed on to the browser's own parts (address bar colour, scroll bars). Nothing is stored
before the reader chooses."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

THEME_WORDS = load_yaml(ROOT / "data" / "ui.yml")["theme"]
SWITCH = "form[data-palette-switch] label:visible"
# The page's background as the reader sees it: 0 (black) to 255 (white), the mean of R, G, B.
BACKGROUND = """() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
  return (r + g + b) / 3;
}"""
STORED = "() => Object.keys(localStorage).filter(key => key.endsWith('__palette')).length"
META = "name => document.querySelector(`meta[name=${name}]`).content"


def _dark(page) -> bool:
    return page.evaluate(BACKGROUND) < 80


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("scheme", "shown"), [("light", "default"), ("dark", "slate")])
def test_the_switch_shown_leads_to_the_other_scheme(server, new_page, lang: str, scheme: str,
                                                    shown: str) -> None:
    page = new_page(390, 844, color_scheme=scheme)
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    switch = page.locator(SWITCH)
    assert switch.count() == 1
    # Each scheme's switch is named for what it does: "switch to dark mode" in the light one.
    assert switch.get_attribute("title") == THEME_WORDS[f"palette.{shown}"][lang]
    assert _dark(page) is (scheme == "dark")
    assert page.evaluate(STORED) == 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_with_no_choice_the_page_follows_the_phone_when_it_changes(server, new_page,
                                                                   lang: str) -> None:
    page = new_page(390, 844, color_scheme="light")
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    assert not _dark(page)
    page.emulate_media(color_scheme="dark")
    page.wait_for_function(f"({BACKGROUND})() < 80")
    assert page.locator(SWITCH).get_attribute("title") == THEME_WORDS["palette.slate"][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_choice_is_applied_kept_and_told_to_the_browser(server, new_page, lang: str) -> None:
    page = new_page(390, 844, color_scheme="light")
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    # From the first paint, the browser knows both schemes and the header's colour.
    assert page.evaluate(META, "color-scheme") == "light dark"
    colour = page.evaluate(META, "theme-color")
    assert colour.startswith("#")
    page.locator(SWITCH).click()
    page.wait_for_function(f"({BACKGROUND})() < 80")
    assert page.evaluate(META, "color-scheme") == "dark"
    assert page.evaluate(META, "theme-color").startswith("rgb(")
    assert page.evaluate(STORED) == 1
    # The phone stays light; the reader's choice holds on the next page, and even when the
    # phone changes.
    page.goto(server + page_url("home", lang), wait_until="networkidle")
    assert _dark(page)
    assert page.locator(SWITCH).get_attribute("title") == THEME_WORDS["palette.slate"][lang]
    page.emulate_media(color_scheme="dark")
    page.emulate_media(color_scheme="light")
    assert _dark(page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_enter_on_the_focused_switch_changes_the_scheme(server, new_page, lang: str) -> None:
    page = new_page(1280, 800, color_scheme="dark")
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    assert _dark(page)
    # The option in use (the radio button before the switch shown) takes the keyboard's focus.
    page.locator("form[data-palette-switch] input:has(+ label:not([hidden]))").focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"({BACKGROUND})() > 200")
    page.keyboard.press("Enter")
    page.wait_for_function(f"({BACKGROUND})() < 80")
    assert page.locator(SWITCH).get_attribute("title") == THEME_WORDS["palette.slate"][lang]
