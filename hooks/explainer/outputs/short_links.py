"""Short addresses to put in a post (data/share.yml `redirects`), and the files a static host
reads at the site root: the forwarding pages, `_redirects` (Netlify, Cloudflare Pages) and
robots.txt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model.content import Content
from ..render.environment import render
from .cards import card_path
from .previews import link_preview
from .urls import absolute, from_root, page_addresses, page_path


@dataclass(frozen=True)
class ShortLink:
    path: str        # below the site root, no slashes: 'opt-out'
    lang: str
    title: str       # the target page's title, in its language
    target: str      # from the host's root, with the anchor: '/en/guide/#web-switch-off'
    canonical: str   # the target page's full address
    text: str        # "this page has moved to", in its language
    # The target page's link preview (outputs/previews.py): a post that shows the short address
    # gets the page's title, description and card even where the host does not read
    # _redirects (GitHub Pages) and a crawler reads this page instead.
    preview: dict[str, Any]


def short_links(content: Content, now: datetime, site_url: str,
                prefixes: Mapping[str, str]) -> list[ShortLink]:
    links = []
    for redirect in content.view(content.languages[0], now).data("share").redirects:
        view = content.view(redirect.lang, now)
        entry = view.registry[redirect.page]
        path = page_path(entry, prefixes[redirect.lang])
        anchor = f"#{redirect.anchor}" if redirect.anchor else ""
        links.append(ShortLink(
            path=redirect.path,
            lang=redirect.lang,
            title=view.page(redirect.page).plain["title"],
            target=from_root(site_url, path) + anchor,
            canonical=absolute(site_url, path),
            text=str(view.strings.redirect_text),
            preview=link_preview(redirect.page, view,
                                 page_addresses(entry, site_url, prefixes),
                                 absolute(site_url, card_path(redirect.page, redirect.lang))),
        ))
    return links


def forwarding_page(link: ShortLink) -> str:
    """A page that forwards at once (meta refresh, no script), shows where it leads and carries
    that page's link preview."""
    return render("html/redirect.html.j2", link=link)


def host_redirects(links: list[ShortLink]) -> str:
    """`_redirects` for Netlify and Cloudflare Pages: a real 301 (both hosts match the address
    with or without its final slash). Hosts that do not read it serve the forwarding page."""
    return "".join(f"/{link.path} {link.target} 301\n" for link in links)


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {absolute(site_url, 'sitemap.xml')}\n"


def write_site_files(site_dir: Path, content: Content, now: datetime, site_url: str,
                     prefixes: Mapping[str, str]) -> None:
    """Write the short addresses' pages, `_redirects` and robots.txt into the built site."""
    links = short_links(content, now, site_url, prefixes)
    for link in links:
        folder = site_dir / link.path
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(forwarding_page(link), encoding="utf-8")
    (site_dir / "_redirects").write_text(host_redirects(links), encoding="utf-8")
    (site_dir / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")
