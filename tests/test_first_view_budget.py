"""The first view of the guide fits a phone on a weak connection: at most 75 KB compressed and
12 requests, everything the browser fetches until the page is loaded and idle counted (the
page, the theme, our files, the icon, pictures). Bytes are those a host sends gzip-compressed
(level 9, as bench/lighthouse.py serves them): a fixed figure for a given build, not a timing."""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import LANGUAGES, page_url

BUDGET_BYTES = 75 * 1024
BUDGET_REQUESTS = 12
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


def sent_bytes(site: Path, address: str) -> int:
    path = site / urlsplit(address).path.lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=9)) if path.suffix in COMPRESSIBLE else len(data)


def first_view(server: str, new_page, address: str) -> list[str]:
    """Every address the browser requests while the page loads, on a phone, until idle."""
    page = new_page(390, 844)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(server + address, wait_until="networkidle")
    return [url for url in fetched if url.startswith(("http:", "https:"))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_first_view_fits_the_budget(site, server, new_page, lang: str) -> None:
    fetched = first_view(server, new_page, page_url("guide", lang))
    assert all(url.startswith(server) for url in fetched)
    sizes = {urlsplit(url).path: sent_bytes(site, url) for url in fetched}
    report = "\n".join(f"{size:>7} {path}" for path, size in sizes.items())
    assert len(fetched) <= BUDGET_REQUESTS, report
    assert sum(sizes.values()) <= BUDGET_BYTES, report
