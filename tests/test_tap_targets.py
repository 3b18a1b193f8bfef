"""Every control a finger has to hit outside running text is at least 24 by 24 CSS pixels
(WCAG 2.5.8): the sources disclosures and the links in them, the links to steps, buttons, tabs
and the timeline's years, on a phone."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, page_url

TARGETS = ("details.cite > summary, details.cite a, .step-link, .md-button, "
           ".tabbed-labels > label, .year-jump a, .see-also a, #complain + ol li li a")
SIZES = """(selector) => Array.from(document.querySelectorAll(
    ".md-content " + selector.split(", ").join(", .md-content "))).flatMap(el => {
  if (!el.checkVisibility()) return [];
  return Array.from(el.getClientRects()).map(r => ({
    what: el.outerHTML.slice(0, 80), width: r.width, height: r.height}));
})"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide", "faq", "law", "timeline"])
def test_tap_targets_are_at_least_24_pixels(server, new_page, kind: str, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url(kind, lang))
    # Open every disclosure, so that the links in them are measured too.
    page.evaluate("document.querySelectorAll('details.cite').forEach(d => d.open = true)")
    sizes = page.evaluate(SIZES, TARGETS)
    assert sizes
    small = [s for s in sizes if s["width"] < 24 or s["height"] < 24]
    assert not small, small[:5]
