"""Every page works under the site's Content-Security-Policy: served with the headers of
site/_headers (the `server` fixture), no page and no interaction triggers a violation."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, page_url

# Registered before any script of the page runs.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} ` +
                           `(${e.sourceFile}:${e.lineNumber})`);
});
"""


def _watch(page) -> list[str]:
    """Violations the page reports, and the console errors Chromium writes about them."""
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text) if "Content Security Policy" in m.text
            or "Refused to" in m.text else None)
    page.add_init_script(LISTEN)
    return seen


def _violations(page, console: list[str]) -> list[str]:
    return page.evaluate("window.__violations") + console


def test_every_page_loads_without_violation(site, server, new_page) -> None:
    page = new_page()
    console = _watch(page)
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) >= 16
    found = {}
    for path in pages:
        address = server + path.removesuffix("index.html")
        page.goto(address)
        # A short address forwards to its page: wait for the forward, so that it neither cuts
        # the next visit short nor destroys the page being checked. Read from the file, not the
        # page, which may already be gone.
        if 'http-equiv="refresh"' in (site / path).read_text(encoding="utf-8"):
            page.wait_for_url(lambda url, start=address: url != start)
        page.wait_for_load_state("load")
        problems = _violations(page, console)
        if problems:
            found[path] = list(problems)
        console.clear()
    assert found == {}


def test_headers_are_sent(server, new_page) -> None:
    page = new_page()
    response = page.goto(server)
    headers = response.headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in headers["permissions-policy"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_palette_and_tabs_work_under_the_policy(server, new_page, lang: str) -> None:
    page = new_page()
    console = _watch(page)
    page.goto(server + page_url("guide", lang))
    # The theme's scripts ran (they are files now): the palette toggle switches the scheme.
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme
    labels = page.locator(".tabbed-labels label")
    labels.last.click()
    assert page.locator(".tabbed-set input").last.is_checked()
    page.locator("input.md-search__input").click()
    page.keyboard.type("LinkedIn", delay=20)
    page.locator(".md-search-result__link").first.wait_for()
    assert _violations(page, console) == []
