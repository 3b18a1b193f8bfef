"""A reader who opens the guide on an iPhone, an iPad or an Android phone sees that platform's
tab first, without touching the address; a link to a step, or a tab chosen before, still wins;
a computer keeps the first tab (the web)."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

GUIDE = load_yaml(ROOT / "data" / "guide.yml")
# Each tab's name by id, and the anchor of its first step.
TABS = {tab["id"]: (tab["name"], f"{tab['id']}-{path['steps'][0]['id']}")
        for path in GUIDE["paths"] for tab in path["tabs"]}
AGENTS = {
    "ios": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
           "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like "
               "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "web": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36",
}
# The label of the platform tab shown (the set holding the web's first step).
SHOWN = """(id) => {
  const step = document.getElementById(id);
  const set = step.closest(".tabbed-block").parentElement.closest(".tabbed-set");
  const input = set.querySelector(":scope > input:checked");
  return set.querySelector(`:scope > .tabbed-labels > label[for="${input.id}"]`).innerText.trim();
}"""


def _shown(page) -> str:
    return page.evaluate(SHOWN, TABS["web"][1])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("platform", sorted(AGENTS))
def test_the_readers_platform_opens_first(server, new_page, lang: str, platform: str) -> None:
    page = new_page(390, 844, user_agent=AGENTS[platform], has_touch=platform != "web")
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    assert _shown(page) == TABS[platform][0][lang]
    assert page.evaluate("location.hash") == ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_link_to_a_step_wins_over_the_platform(server, new_page, lang: str) -> None:
    page = new_page(390, 844, user_agent=AGENTS["ios"], has_touch=True)
    page.goto(server + page_url("guide", lang) + f"#{TABS['android'][1]}",
              wait_until="networkidle")
    assert _shown(page) == TABS["android"][0][lang]


def test_a_tab_chosen_before_wins_over_the_platform(server, new_page) -> None:
    lang = LANGUAGES[0]
    page = new_page(390, 844, user_agent=AGENTS["android"], has_touch=True)
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    set_ = page.locator(".tabbed-set", has=page.locator(f'[id="{TABS["web"][1]}"]')).last
    set_.locator(":scope > .tabbed-labels > label", has_text=TABS["web"][0][lang]).click()
    page.goto(server + page_url("home", lang))
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    assert _shown(page) == TABS["web"][0][lang]
