"""A phone set to dark shows the dark scheme from the first paint: the stylesheet follows the
phone's preference (engine/theme_palette.py: follow_system) until the reader chooses a scheme,
which the deferred scripts then apply on every page (theme-palette.js, palette-switch.js)."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, page_url

# The page's background, as the reader sees it: 0 (black) to 255 (white), the mean of R, G, B.
BACKGROUND = """() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
  return (r + g + b) / 3;
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("scheme", "dark"), [("dark", True), ("light", False)])
def test_before_any_script_the_page_follows_the_phone(server, new_page, lang: str, scheme: str,
                                                       dark: bool) -> None:
    # Without JavaScript, the page stays as it is before the deferred scripts run.
    page = new_page(390, 844, color_scheme=scheme, java_script_enabled=False)
    page.goto(server + page_url("guide", lang))
    # page.evaluate runs even with the page's scripts disabled (it is the test's, not the page's).
    background = page.evaluate(BACKGROUND)
    assert (background < 80) is dark, background


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reader_who_chose_light_on_a_dark_phone_keeps_light(server, new_page,
                                                              lang: str) -> None:
    page = new_page(390, 844, color_scheme="dark")
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    assert page.evaluate(BACKGROUND) < 80
    page.locator("form[data-palette-switch] label:visible").first.click()
    page.wait_for_function(f"({BACKGROUND})() > 200")
    page.goto(server + page_url("home", lang), wait_until="networkidle")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    assert page.evaluate(BACKGROUND) > 200
