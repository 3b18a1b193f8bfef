"""Each page, loaded and scrolled to the end: no request leaves the site, none fails, no cookie."""

from __future__ import annotations

from urllib.parse import urlsplit

from conftest import LANGUAGES, PAGE_FILES, page_url


def test_pages_stay_on_the_site_and_set_no_cookie(server, new_page) -> None:
    site = urlsplit(server).netloc
    page = new_page(390, 844)
    requests: list[str] = []
    failures: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    # A request the browser drops because the test moves on to the next page (the icon, when
    # it comes late on a busy machine) did not fail: it was abandoned.
    page.on("requestfailed", lambda request: request.failure != "net::ERR_ABORTED"
            and failures.append(f"{request.url} (failed: {request.failure})"))
    page.on("response", lambda response: response.status >= 400
            and failures.append(f"{response.url} ({response.status})"))
    for lang in LANGUAGES:
        for kind in PAGE_FILES:
            page.goto(server + page_url(kind, lang), wait_until="networkidle")
            page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            assert page.evaluate("() => document.cookie") == "", page_url(kind, lang)
    # The browser may fetch inline images (the theme's icons) as data: addresses.
    fetched = [url for url in requests if not url.startswith("data:")]
    assert len(fetched) > len(PAGE_FILES) * len(LANGUAGES)
    elsewhere = sorted({url for url in fetched if urlsplit(url).netloc != site})
    assert not elsewhere
    assert not failures
    assert page.context.cookies() == []
