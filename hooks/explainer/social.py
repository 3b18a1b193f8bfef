"""What a link to a page shows and offers: its preview (Open Graph, X card, language
alternates) and, on the pages that have a share message, its share links.

Plain values for the theme's templates (overrides/partials/); no HTML is built here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

from .addresses import fill, has_started, key_date, timed
from .cards import HEIGHT, WIDTH, date_line
from .content import Content
from .render import page_meta
from .typography import typeset_text


def link_preview(kind: str, content: Content, lang: str, addresses: Mapping[str, str],
                 image_url: str, current: datetime | None = None) -> dict[str, Any]:
    """The preview of a page in a language. `addresses` has the page's full address in every
    language, the default language first (it is also the page for readers of any other)."""
    meta = page_meta(kind, content, lang)
    site_name = content.site["name"][lang]
    locales = content.site["locale"]
    alt = fill(content.share["card"]["alt"][lang], title=meta["title"], site=site_name,
               date_line=date_line(content, lang, current))
    return {
        "title": meta["title"],
        "description": meta["description"],
        "url": addresses[lang],
        "type": "website" if kind == "home" else "article",
        "site_name": site_name,
        "locale": locales[lang],
        "locale_alternates": [locales[other] for other in addresses if other != lang],
        "image": {"url": image_url, "width": WIDTH, "height": HEIGHT, "alt": alt},
        "alternates": [{"lang": other, "url": url} for other, url in addresses.items()],
        "x_default": next(iter(addresses.values())),
    }


def share_block(kind: str, content: Content, lang: str, url: str,
                current: datetime | None = None) -> dict[str, Any] | None:
    """The share links of a page (None when data/share.yml has no message for it)."""
    messages = content.share["messages"]
    if kind not in messages:
        return None
    strings = {key: text[lang] for key, text in content.ui["strings"].items()}
    message = timed(messages[kind], has_started(content, current))[lang]
    # Set here: once encoded into the links, the page's typography pass cannot see them.
    rule = content.typography()[lang]
    text = typeset_text(fill(message, date=key_date(content, lang)), rule)
    title = typeset_text(page_meta(kind, content, lang)["title"], rule)
    encoded = {"url": quote(url, safe=""), "text": quote(text, safe=""),
               "title": quote(title, safe="")}
    links = []
    for service in content.share["services"]:
        name = service["name"] if isinstance(service["name"], str) else service["name"][lang]
        href = fill(service["url"], **encoded)
        links.append({"id": service["id"], "name": name, "href": href,
                      "label": fill(strings["share_on"], service=name),
                      "external": href.startswith("https://")})
    return {
        "title": strings["share_title"],
        "links": links,
        "url": url,
        "url_label": strings["share_link"],
        # Not "copy": templates read these as attributes, and a dict has a copy() method.
        "copy_label": strings["share_copy"],
        "copied_label": strings["share_copied"],
    }
