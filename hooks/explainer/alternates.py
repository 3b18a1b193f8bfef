"""The addresses of a page's versions in each language, for `<link rel="alternate" hreflang>`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import urljoin


def absolute_alternates(site_url: str,
                        alternates: Iterable[Mapping[str, str]]) -> list[dict[str, str]]:
    """Each language version with its full address: search engines ignore a relative hreflang.

    `alternates` is the i18n plugin's language switcher for one page: `link` is either a path
    from the site's host ("/en/") or from the site root ("en/guide/").
    """
    return [{"lang": alt["lang"], "href": urljoin(site_url, alt["link"])} for alt in alternates]
