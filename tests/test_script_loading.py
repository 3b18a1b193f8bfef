"""No script holds up the first paint: every script a page loads is deferred (or async), none
sits in the page's head without one, the theme's inline scripts and ours arrive as few files,
and what those scripts do still happens (checked in test_content_security_policy, test_keyboard,
test_deep_links, test_countdown_browser, test_lazy_search)."""

from __future__ import annotations

import re

import pytest
from conftest import LANGUAGES, PAGE_FILES, page_url

# As the browser reads the page: each external script, where it sits, and how it loads.
SCRIPTS = """() => [...document.querySelectorAll("script")].map(s => ({
  src: s.src, type: s.type, defer: s.defer, async: s.async,
  inHead: !!s.closest("head"), text: s.src ? "" : s.textContent.trim().slice(0, 60)}))"""
DATA_TYPES = {"application/json"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_script_waits_for_the_page(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    for kind in PAGE_FILES:
        page.goto(server + page_url(kind, lang))
        scripts = page.evaluate(SCRIPTS)
        external = [s for s in scripts if s["src"]]
        assert external, kind
        assert [s["src"] for s in external if not (s["defer"] or s["async"])] == [], kind
        # The theme file (the reader's colours, tabs) is fetched from the head, with the
        # stylesheets the first paint waits for: it is there and run before that paint.
        theme = [s for s in external if "/theme." in s["src"]]
        assert len(theme) == 1 and theme[0]["inHead"], kind
        # Inline blocks are data only (the Content-Security-Policy would refuse any code).
        assert [s["text"] for s in scripts
                if not s["src"] and s["type"] not in DATA_TYPES] == [], kind


@pytest.mark.parametrize("lang", LANGUAGES)
def test_scripts_arrive_as_three_files(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url) if r.resource_type == "script" else None)
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    names = sorted(re.sub(r"\.[0-9a-f]{8}\.min\.js$", "", url.rsplit("/", 1)[1])
                   for url in fetched)
    # The theme's inline scripts with our adapters to it, the theme's bundle, and ours.
    assert names == ["bundle", "site", "theme"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_first_paint_waits_for_no_script(server, new_page, lang: str) -> None:
    """Chromium marks each request that blocks rendering: no script, and two stylesheets."""
    page = new_page(390, 844)
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    blocking = page.evaluate("""() => performance.getEntriesByType("resource")
        .filter(entry => entry.renderBlockingStatus === "blocking")
        .map(entry => entry.name)""")
    # Only two stylesheets: the theme's, and ours with the theme's palette reduced to our
    # colours (the theme's full palette file is not loaded).
    names = sorted(re.sub(r"\.[0-9a-f]{8}\.min\.css$", "", url.rsplit("/", 1)[1])
                   for url in blocking)
    assert names == ["main", "site"]
