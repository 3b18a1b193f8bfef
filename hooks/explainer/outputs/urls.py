"""Where each page lives: its folder below the site root and its full address."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from ..pages import PageKind


def page_path(page: PageKind, prefix: str) -> str:
    """The page's folder below the site root, with directory URLs: '', 'guide/', 'en/guide/'."""
    return f"{prefix}/{page.folder}" if prefix else page.folder


def absolute(site_url: str, path: str) -> str:
    """The full address of a path below the site root: what a link preview needs."""
    return urljoin(site_url if site_url.endswith("/") else f"{site_url}/", path)


def from_root(site_url: str, path: str) -> str:
    """The address from the host's root ('/en/guide/'), right at any depth and on any host."""
    return absolute(urlsplit(site_url).path or "/", path)


def page_addresses(page: PageKind, site_url: str,
                   prefixes: Mapping[str, str]) -> dict[str, str]:
    """The full address of a page in each language, in the order of `prefixes`."""
    return {lang: absolute(site_url, page_path(page, prefix)) for lang, prefix in prefixes.items()}


def language_root(prefix: str) -> str:
    """A language's folder below the site root, as MkDocs' `url` filter takes it: '' or 'en/'."""
    return f"{prefix}/" if prefix else ""
