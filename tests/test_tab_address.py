"""Choosing a platform tab gives the address the anchor of that tab's first step, never the
theme's own (#__tabbed_1_3): the address bar, the language switcher and "Copy link" all carry a
link that opens the same tab; links shared with the theme's anchor still work."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

SITE_URL = load_yaml(ROOT / "mkdocs.yml")["site_url"]
GUIDE = load_yaml(ROOT / "data" / "guide.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
# Each tab of the guide with the anchor of its first step, in the order shown.
TABS = [(tab["id"], f"{tab['id']}-{path['steps'][0]['id']}")
        for path in GUIDE["paths"] for tab in path["tabs"]]
OTHER = {lang: next(o for o in LANGUAGES if o != lang) for lang in LANGUAGES}


def _platform_tabs(page):
    """The tab set of the platforms: the one holding the first platform's first step."""
    return page.locator(".tabbed-set", has=page.locator(f'[id="{TABS[0][1]}"]')).last


@pytest.mark.parametrize("lang", LANGUAGES)
def test_choosing_a_tab_gives_the_address_its_first_step(server, new_page, lang: str) -> None:
    page = new_page(390, 844, permissions=["clipboard-read", "clipboard-write"])
    page.goto(server + page_url("guide", lang))
    labels = _platform_tabs(page).locator(":scope > .tabbed-labels > label")
    assert labels.count() == len(TABS)
    for index, (_, step) in reversed(list(enumerate(TABS))):
        labels.nth(index).click()
        page.wait_for_function(f"location.hash === '#{step}'")
        assert page.locator(f'[id="{step}"] >> xpath=..').is_visible()
        address = f"{urljoin(SITE_URL, page_url('guide', lang))}#{step}"
        assert page.locator(".share__url").input_value() == address
        switcher = page.locator(f'a.md-select__link[hreflang="{OTHER[lang]}"]')
        assert switcher.get_attribute("href").endswith(f"#{step}")
        page.get_by_role("button", name=UI["strings"]["share_copy"][lang]).click()
        page.get_by_role("status").filter(has_text=UI["strings"]["share_copied"][lang]).wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == address


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_link_with_the_themes_anchor_opens_its_tab_under_the_steps_address(
        server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    index = len(TABS) - 1
    page.goto(server + page_url("guide", lang))
    theirs = _platform_tabs(page).locator(":scope > input").nth(index).get_attribute("id")
    assert theirs.startswith("__tabbed_")
    page.goto(f"{server}{page_url('guide', lang)}#{theirs}")
    page.reload()
    page.wait_for_function(f"location.hash === '#{TABS[index][1]}'")
    assert page.locator(f'[id="{TABS[index][1]}"] >> xpath=..').is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_link_to_a_later_step_keeps_its_own_anchor(server, new_page, lang: str) -> None:
    tab = TABS[-1][0]
    path = next(p for p in GUIDE["paths"] if any(t["id"] == tab for t in p["tabs"]))
    step = f"{tab}-{path['steps'][-1]['id']}"
    page = new_page(390, 844)
    page.goto(f"{server}{page_url('guide', lang)}#{step}")
    page.locator(f'[id="{step}"] >> xpath=..').wait_for(state="visible")
    page.wait_for_timeout(200)
    assert page.evaluate("location.hash") == f"#{step}"
