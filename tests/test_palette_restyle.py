"""No rule of the page depends on the theme's colour-switching mark. The theme's own switch
marked <body> with `data-md-color-switching` and unmarked it each time it applied a colour
scheme, on every load; a rule under that mark (`[data-md-color-switching] *`) made each mark
restyle every element. Our switch (palette-switch.js) sets no mark, and engine/theme_palette.py
still leaves the rule out of the palette it keeps, should the theme's switch come back."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, page_url
from explainer.engine.theme_palette import reduce_palette

COLOURS = {"primary": {"indigo"}, "accent": {"indigo"}}

# Every selector of every stylesheet the page applies, as the browser read them.
SELECTORS = """() => [...document.styleSheets].flatMap(sheet => {
  const walk = rules => [...rules].flatMap(rule =>
    rule.selectorText ? [rule.selectorText] : (rule.cssRules ? walk(rule.cssRules) : []));
  return walk(sheet.cssRules);
})"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_rule_in_the_page_depends_on_the_switching_mark(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("guide", lang), wait_until="load")
    selectors = page.evaluate(SELECTORS)
    assert any("data-md-color-scheme" in selector for selector in selectors)  # the palette is in
    assert not [s for s in selectors if "data-md-color-switching" in s]


def test_the_reduced_palette_leaves_the_rule_out() -> None:
    css = ("[data-md-color-switching] *,[data-md-color-switching] :after{transition:none}"
           "[data-md-color-primary=indigo]{--c:1}")
    assert reduce_palette(css, COLOURS) == "[data-md-color-primary=indigo]{--c:1}"
