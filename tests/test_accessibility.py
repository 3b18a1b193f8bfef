"""axe-core finds no accessibility violation on any page: phone and laptop, light and dark."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, PAGE_FILES, page_url

# The palette follows the reader's system setting (mkdocs.yml: palette `media`), so emulating
# the setting is what a reader in dark mode gets; the page's background proves it took effect.
SCHEMES = {"light": False, "dark": True}
DARK = """() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3)
  .map(Number).reduce((sum, part) => sum + part, 0) / 3 < 80"""
VIEWPORTS = {"phone": (390, 844), "laptop": (1280, 800)}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_axe_violation_on_any_page(server, new_page, scheme: str, viewport: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = new_page(*VIEWPORTS[viewport], color_scheme=scheme)
    found = []
    for lang in LANGUAGES:
        for kind in PAGE_FILES:
            page.goto(server + page_url(kind, lang))
            assert page.evaluate(DARK) is SCHEMES[scheme]
            for violation in axe.run(page).response["violations"]:
                targets = [node["target"] for node in violation["nodes"]][:3]
                found.append(f"{page_url(kind, lang) or '/'}: {violation['id']} {targets}")
    assert not found, "\n".join(found)
