"""The guide prints on at most two A4 pages, with outside links' addresses and no navigation."""

from __future__ import annotations

import io

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

GUIDE = load_yaml(ROOT / "data" / "guide.yml")


def printed(step: dict, lang: str) -> str:
    """The words of a step that print as written (its label is filled in where it says
    {label})."""
    return max(step["text"][lang].split("{label}"), key=len).strip(" ,.")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_prints_on_two_a4_pages(server, new_page, lang: str) -> None:
    from pypdf import PdfReader

    page = new_page()
    page.goto(server + page_url("guide", lang))
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert 1 <= len(pdf.pages) <= 2
    text = " ".join(p.extract_text() for p in pdf.pages).replace("\n", "")
    # The two addresses a reader types in from paper.
    for url in (GUIDE["settings_link"]["url"], GUIDE["form"]["url"]):
        assert f"({url})" in text
    # The chosen platform's steps (the web's, by default), and not the other platforms'.
    web, app = GUIDE["paths"][0], GUIDE["paths"][1]
    assert printed(web["steps"][0], lang) in text
    assert printed(app["steps"][0], lang) not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_prints_the_platform_the_reader_chose(server, new_page, lang: str) -> None:
    from pypdf import PdfReader

    page = new_page()
    page.goto(server + page_url("guide", lang))
    web, app = GUIDE["paths"][0], GUIDE["paths"][1]
    page.get_by_text(app["tabs"][0]["name"][lang], exact=True).click()
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(pdf.pages) <= 2
    text = " ".join(p.extract_text() for p in pdf.pages).replace("\n", "")
    assert printed(app["steps"][0], lang) in text
    assert printed(web["steps"][0], lang) not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_hides_navigation(server, new_page, lang: str) -> None:
    page = new_page()
    page.goto(server + page_url("guide", lang))
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        assert not page.locator(selector).first.is_visible(), selector
    link = page.locator(f'a[href="{GUIDE["form"]["url"]}"]')
    after = link.evaluate("el => getComputedStyle(el, '::after').content")
    assert GUIDE["form"]["url"] in after
