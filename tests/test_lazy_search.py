"""Search costs a reader nothing until they open it: the search worker, the index and the
language's stemmers load when search opens, and then search works."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, page_url

SEARCH_FILES = ("search_index.json", "/workers/search.", "/lunr/")


def _search_requests(fetched: list[str]) -> list[str]:
    return [url for url in fetched if any(part in url for part in SEARCH_FILES)]


def _watch(page) -> list[str]:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    return fetched


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_of_search_loads_with_the_page(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    fetched = _watch(page)
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    # Reading the page, scrolling and choosing a tab do not open search.
    page.mouse.wheel(0, 3000)
    page.locator(".tabbed-labels label").last.click()
    page.wait_for_load_state("networkidle")
    assert _search_requests(fetched) == []
    assert page.locator("[data-md-component='search']").count() == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_search_box_loads_search_and_finds(server, new_page, lang: str) -> None:
    page = new_page(1280, 800)
    fetched = _watch(page)
    page.goto(server + page_url("guide", lang), wait_until="networkidle")
    with page.expect_request(lambda request: "/workers/search." in request.url), \
            page.expect_request(lambda request: request.url.endswith("search_index.json")):
        page.locator("input.md-search__input").click()
    page.keyboard.type("LinkedIn", delay=20)
    page.locator(".md-search-result__link").first.wait_for()
    index = [url for url in fetched if url.endswith("search_index.json")]
    # The index of the page's language, fetched once.
    assert index == [server + page_url("home", lang) + "search/search_index.json"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_magnifier_on_a_phone_loads_search(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("home", lang), wait_until="networkidle")
    with page.expect_request(lambda request: request.url.endswith("search_index.json")):
        page.locator("label.md-header__button[for='__search']").click()
    page.keyboard.type("LinkedIn", delay=20)
    page.locator(".md-search-result__link").first.wait_for()


def test_the_keyboard_shortcut_loads_search(server, new_page) -> None:
    page = new_page(1280, 800)
    page.goto(server + page_url("faq", LANGUAGES[0]), wait_until="networkidle")
    with page.expect_request(lambda request: request.url.endswith("search_index.json")):
        page.keyboard.press("/")
    page.keyboard.type("LinkedIn", delay=20)
    page.locator(".md-search-result__link").first.wait_for()
