"""Short addresses to put in a post (data/share.yml `redirects`), and the files a static host
reads at the site root: the forwarding pages, `_redirects` (Netlify, Cloudflare Pages) and
robots.txt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .addresses import absolute, from_root, page_addresses, page_path
from .cards import card_path
from .content import Content
from .render import TEMPLATES, page_meta
from .social import link_preview

_HTML = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                    autoescape=select_autoescape(["html.j2"]), keep_trailing_newline=True,
                    trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class ShortLink:
    path: str        # below the site root, no slashes: 'opt-out'
    lang: str
    title: str       # the target page's title, in its language
    target: str      # from the host's root, with the anchor: '/en/guide/#web-switch-off'
    canonical: str   # the target page's full address
    # The target page's link preview (explainer.social.link_preview): a post that shows the
    # short address gets the page's title, description and card even where the host does not
    # read _redirects (GitHub Pages) and the crawler reads this page instead.
    preview: dict[str, Any]


def short_links(content: Content, site_url: str, prefixes: Mapping[str, str]) -> list[ShortLink]:
    links = []
    for redirect in content.share["redirects"]:
        lang = redirect["lang"]
        path = page_path(redirect["page"], prefixes[lang])
        anchor = f"#{redirect['anchor']}" if "anchor" in redirect else ""
        kind = redirect["page"]
        links.append(ShortLink(
            path=redirect["path"],
            lang=lang,
            title=page_meta(kind, content, lang)["title"],
            target=from_root(site_url, path) + anchor,
            canonical=absolute(site_url, path),
            preview=link_preview(kind, content, lang, page_addresses(kind, site_url, prefixes),
                                 absolute(site_url, card_path(kind, lang))),
        ))
    return links


def forwarding_page(link: ShortLink, content: Content) -> str:
    """A page that forwards at once (meta refresh, no script), shows where it leads and carries
    that page's link preview."""
    return _HTML.get_template("redirect.html.j2").render(
        link=link, text=content.ui["strings"]["redirect_text"][link.lang])


def host_redirects(links: list[ShortLink]) -> str:
    """`_redirects` for Netlify and Cloudflare Pages: a real 301 (both hosts match the address
    with or without its final slash). Hosts that do not read it serve the forwarding page."""
    return "".join(f"/{link.path} {link.target} 301\n" for link in links)


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {absolute(site_url, 'sitemap.xml')}\n"


def write_site_files(site_dir: Path, content: Content, site_url: str,
                     prefixes: Mapping[str, str]) -> None:
    """Write the short addresses' pages, `_redirects` and robots.txt into the built site."""
    links = short_links(content, site_url, prefixes)
    for link in links:
        folder = site_dir / link.path
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(forwarding_page(link, content), encoding="utf-8")
    (site_dir / "_redirects").write_text(host_redirects(links), encoding="utf-8")
    (site_dir / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")
