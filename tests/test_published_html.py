"""What the built site publishes: no inline script or event handler, no style attribute, every
link to another site with rel="noopener noreferrer" (theme links included), and its headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import PROJECT, ROOT
from explainer.outputs.headers import (
    cache_policy,
    netlify_headers,
    nginx_snippet,
    normalise,
    published_files,
)
from explainer.read.text_policy import link_problem
from explainer.render.external_links import REL, is_external


def _pages(site: Path) -> list[tuple[str, BeautifulSoup]]:
    return [(p.relative_to(site).as_posix(), BeautifulSoup(p.read_text("utf-8"), "html.parser"))
            for p in sorted(site.rglob("*.html"))]


@pytest.fixture(scope="module")
def pages(site: Path) -> list[tuple[str, BeautifulSoup]]:
    return _pages(site)


def test_no_inline_script(pages) -> None:
    inline = [(name, str(s)[:80]) for name, soup in pages for s in soup.find_all("script")
              if not s.get("src") and s.get("type") != "application/json"]
    assert inline == []


def test_no_inline_event_handler_or_style(pages) -> None:
    found = [(name, el.name, attr) for name, soup in pages for el in soup.find_all(True)
             for attr in el.attrs if attr.startswith("on") or attr == "style"]
    assert found == []
    assert [name for name, soup in pages if soup.find("style")] == []


def test_external_links_carry_noopener_noreferrer(pages) -> None:
    links = [(name, a["href"], a.get("rel")) for name, soup in pages
             for a in soup.find_all("a", href=True) if is_external(a["href"])]
    assert len(links) > 100
    assert [link for link in links if not set(REL.split()) <= set(link[2] or [])] == []


def test_every_link_is_https_or_on_this_site(pages) -> None:
    # The one exception: the share block's e-mail link, which names no recipient (mailto:?...).
    bad = [(name, a["href"]) for name, soup in pages for a in soup.find_all("a", href=True)
           if link_problem(a["href"]) and not a["href"].startswith("mailto:?")]
    assert bad == []


def test_headers_file_and_readme_say_what_mkdocs_yml_declares(site: Path) -> None:
    declared = normalise(PROJECT.security_headers)
    assert "unsafe-inline" not in declared["Content-Security-Policy"]
    cache = cache_policy(PROJECT.cache_control)
    expected = netlify_headers(declared, cache, published_files(site))
    assert (site / "_headers").read_text("utf-8") == expected
    snippet = nginx_snippet(declared, cache)
    assert f"```nginx\n{snippet}```" in (ROOT / "README.md").read_text("utf-8")
