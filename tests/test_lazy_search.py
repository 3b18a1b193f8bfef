"""The search index loads when the reader opens search, not with the page."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, page_url
from explainer.engine.theme_patch import EAGER_INDEX, ThemeChanged, defer_search_index


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_waits_for_the_search_dialog(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    assert not [url for url in fetched if url.endswith("search_index.json")]
    with page.expect_request(lambda request: request.url.endswith("search_index.json")):
        page.locator("input.md-search__input").focus()


def test_a_changed_theme_bundle_stops_the_build() -> None:
    assert EAGER_INDEX not in defer_search_index(f"a;{EAGER_INDEX};b")
    with pytest.raises(ThemeChanged):
        defer_search_index("a bundle without the expression")


def test_the_patch_keeps_the_source_map_aligned() -> None:
    bundle = f"a;{EAGER_INDEX};b"
    assert len(defer_search_index(bundle)) == len(bundle)
