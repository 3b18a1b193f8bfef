"""Served as site/_headers says (the `server` fixture, as Netlify or Cloudflare Pages would):
a page is checked with the host at every visit, and every script and stylesheet it loads is
named by a fingerprint of its content and kept for a year. The nginx snippet says the same."""

from __future__ import annotations

import re

import pytest
from conftest import LANGUAGES, PROJECT, page_url
from explainer.outputs.headers import cache_policy, nginx_snippet

CACHE = cache_policy(PROJECT.cache_control)
YEAR = 365 * 24 * 3600


def _max_age(value: str) -> int:
    match = re.search(r"max-age=(\d+)", value)
    return int(match.group(1)) if match else 0


def test_the_declared_lifetimes_are_long_and_short() -> None:
    assert _max_age(CACHE.fingerprinted) >= YEAR and "immutable" in CACHE.fingerprinted
    assert CACHE.pages == "no-cache"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide"])
def test_pages_are_checked_and_their_files_kept(server, new_page, kind: str,
                                                lang: str) -> None:
    page = new_page(390, 844)
    responses = []
    page.on("response", lambda response: responses.append(response))
    main = page.goto(server + page_url(kind, lang), wait_until="networkidle")
    assert main.headers["cache-control"] == CACHE.pages
    assets = [r for r in responses if r.request.resource_type in ("script", "stylesheet")]
    assert len(assets) >= 5
    for response in assets:
        name = response.url.rsplit("/", 1)[1]
        assert re.search(r"\.[0-9a-f]{8}\.min\.(js|css)$", name), name
        assert response.headers["cache-control"] == CACHE.fingerprinted, name
        # Every file keeps the site's other headers.
        assert "default-src 'self'" in response.headers["content-security-policy"], name


def test_nginx_keeps_fingerprinted_files_and_checks_the_rest() -> None:
    snippet = nginx_snippet({"X-Content-Type-Options": "nosniff"}, CACHE)
    server_level, location = snippet.split("location ", 1)
    assert f'add_header Cache-Control "{CACHE.pages}" always;' in server_level
    assert f'add_header Cache-Control "{CACHE.fingerprinted}" always;' in location
    # nginx forgets the server's add_header inside a location with its own: repeated.
    assert 'add_header X-Content-Type-Options "nosniff" always;' in location
    pattern = re.search(r'~ "(.+)"', location).group(1)
    assert re.search(pattern, "assets/javascripts/bundle.a5f9d56c.min.js")
    assert not re.search(pattern, "assets/images/favicon.png")
    assert not re.search(pattern, "search/search_index.json")
