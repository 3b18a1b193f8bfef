"""In a real browser: the guide's platform tabs switch; search answers in the page's language."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

GUIDE = load_yaml(ROOT / "data" / "guide.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
TABS = [tab for path in GUIDE["paths"] for tab in path["tabs"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_platform_tabs_show_their_own_steps(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("guide", lang))
    first_web_step = f"{TABS[0]['id']}-{GUIDE['paths'][0]['steps'][0]['id']}"
    web_step = page.locator(f'[id="{first_web_step}"] >> xpath=..')
    last = TABS[-1]
    path = next(path for path in GUIDE["paths"] if last in path["tabs"])
    last_step = page.locator(f"[id=\"{last['id']}-{path['steps'][0]['id']}\"] >> xpath=..")
    assert web_step.is_visible() and not last_step.is_visible()
    page.get_by_text(last["name"][lang], exact=True).click()
    assert last_step.is_visible() and not web_step.is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_returns_pages_in_the_page_language(server, new_page, lang: str) -> None:
    page = new_page()
    home = server + page_url("home", lang)
    page.goto(server + page_url("guide", lang))
    page.locator("input.md-search__input").click()
    page.keyboard.type("LinkedIn", delay=20)
    page.locator(".md-search-result__link").first.wait_for()
    hrefs = page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.href)")
    assert hrefs
    others = [server + page_url("home", other) for other in LANGUAGES if other != lang]
    for href in hrefs:
        assert href.startswith(home)
        assert not any(href.startswith(o) and o != home and len(o) > len(home) for o in others)
