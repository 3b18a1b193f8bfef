"""What a link to a page shows and offers: its preview (Open Graph, X card, language
alternates) and, on the pages that have a share message, its share links.

Plain values for the theme's templates (overrides/partials/), except the share block's words
that stand as text: those come as HTML, so that one a language in progress shows untranslated
keeps its own `lang` (render/interface.py: text_html).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from babel.numbers import format_percent

from ..model.content import View
from ..model.typography import typeset_text
from ..read.placeholders import fill
from ..render.interface import text_html
from .cards import HEIGHT, WIDTH, date_line


def link_preview(kind: str, view: View, addresses: Mapping[str, str],
                 image_url: str) -> dict[str, Any]:
    """The preview of a page in the view's language. `addresses` has the page's full address
    in every language, the default language first (it is also the page for readers of any
    other)."""
    page = view.page(kind).plain
    site_name = str(view.site.name)
    alt = fill(view.data("share").card.alt, title=page["title"], site=site_name,
               date_line=date_line(view))
    locales = {lang: view.content.view(lang, view.now).locale for lang in addresses}
    return {
        "title": page["title"],
        "description": page["description"],
        "url": addresses[view.lang],
        "type": "website" if kind == "home" else "article",
        "site_name": site_name,
        "locale": view.locale,
        "locale_alternates": [locales[other] for other in addresses if other != view.lang],
        "image": {"url": image_url, "width": WIDTH, "height": HEIGHT, "alt": alt},
        "alternates": [{"lang": other, "url": url} for other, url in addresses.items()],
        "x_default": next(iter(addresses.values())),
    }


def language_switcher(view: View, alternates: list[dict[str, Any]],
                      progress: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The language switcher's entries (the i18n plugin's `extra.alternate`), a language in
    progress named with how far it is, in the page's language: 'Nederlands (52% vertaald)'."""
    entries = []
    for entry in alternates:
        how_far = progress.get(entry.get("lang", ""))
        if how_far is not None and how_far.in_progress:
            percent = format_percent(how_far.share, locale=view.locale)
            entry = {**entry, "name": fill(str(view.strings.language_progress),
                                           language=entry["name"], percent=percent)}
        entries.append(entry)
    return entries


def share_block(kind: str, view: View, url: str) -> dict[str, Any] | None:
    """The share links of a page (None when data/share.yml has no message for it)."""
    share = view.data("share")
    if kind not in share.messages:
        return None
    strings = view.strings
    # Set here: once encoded into the links, the page's typography pass cannot see them.
    rule = view.typography_rule
    text = typeset_text(fill(view.timed(share.messages[kind]), date=view.key_date), rule)
    title = typeset_text(view.page(kind).plain["title"], rule)
    encoded = {"url": quote(url, safe=""), "text": quote(text, safe=""),
               "title": quote(title, safe="")}
    links = []
    for service in share.services:
        name = str(service.name)
        href = fill(service.url, **encoded)
        links.append({"id": service.id, "name": text_html(view, service.name), "href": href,
                      "label": str(service.label) if service.label
                      else fill(strings.share_on, service=name),
                      "external": href.startswith("https://")})
    return {
        "title": text_html(view, strings.share_title),
        "links": links,
        "url": url,
        "url_label": text_html(view, strings.share_link),
        # Not "copy": templates read these as attributes, and a dict has a copy() method.
        "copy_label": text_html(view, strings.share_copy),
        # An attribute, which share.js writes into the button: plain text.
        "copied_label": str(strings.share_copied),
    }
