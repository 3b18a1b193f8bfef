"""Where each page lives (its path below the site root, its address), and the key date: its
words, and whether it has passed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from . import dates
from .content import Content
from .placeholders import fill
from .render import PAGES

__all__ = ["absolute", "fill", "from_root", "has_started", "key_date", "page_addresses",
           "page_path", "timed"]


def page_path(kind: str, prefix: str) -> str:
    """The page's folder below the site root, with directory URLs: '', 'guide/', 'en/guide/'."""
    folder = PAGES[kind].removesuffix(".md")
    path = "" if folder == "index" else f"{folder}/"
    return f"{prefix}/{path}" if prefix else path


def absolute(site_url: str, path: str) -> str:
    """The full address of a path below the site root: what a link preview needs."""
    return urljoin(site_url if site_url.endswith("/") else f"{site_url}/", path)


def from_root(site_url: str, path: str) -> str:
    """The address from the host's root ('/en/guide/'), right at any depth and on any host."""
    return absolute(urlsplit(site_url).path or "/", path)


def page_addresses(kind: str, site_url: str, prefixes: Mapping[str, str]) -> dict[str, str]:
    """The full address of a page in each language, in the order of `prefixes`."""
    return {lang: absolute(site_url, page_path(kind, prefix)) for lang, prefix in prefixes.items()}


def key_date(content: Content, lang: str) -> str:
    """The start of training written out ('3 novembre 2025', '3 November 2025'): the date every
    preview shows, in the language's territory form (data/site.yml `locale`)."""
    event = content.event(content.site["countdown"]["event"])
    return dates.long_date(event["date"], content.locale(lang))


def has_started(content: Content, current: datetime | None = None) -> bool:
    """Whether training had started at `current` (the build's clock by default)."""
    event = content.event(content.site["countdown"]["event"])
    return dates.span(dates.instant(event), current or dates.now()).past


def timed(text: dict[str, Any], started: bool) -> dict[str, str]:
    """A text in every language, in its `after` or `before` form when it has two."""
    if "before" in text:
        return text["after" if started else "before"]
    return text
