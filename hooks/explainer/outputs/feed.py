"""The changelog as an Atom feed (RFC 4287), one per language, built with ElementTree.

ElementTree escapes every text and attribute, so that a "&" or "<" in the data cannot break
the XML. Ids and links are absolute, derived from the site's address: a text's link to a page
of the site (`guide.md#web`) becomes that page's address in the feed's language, since a feed
reader has no page to resolve it from.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree as ET

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import escape

from ..model.content import View
from ..model.typography import typeset_html, typeset_text
from ..model.view import Record
from ..pages import PageKind

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _timestamp(day: str) -> str:
    """Atom wants an instant; an entry is dated by its day, at midnight UTC."""
    return f"{day}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


class _AbsoluteLinks(Treeprocessor):
    """Turns `guide.md#web` into the address of that page in the feed's language folder."""

    def __init__(self, md: markdown.Markdown, base: str, folders: Mapping[str, str],
                 own: str) -> None:
        super().__init__(md)
        self.base, self.folders, self.own = base, folders, own

    def run(self, root: ET.Element) -> None:
        for link in root.iter("a"):
            parts = urlsplit(link.get("href", ""))
            if parts.scheme or parts.netloc:
                continue
            # A link to an anchor alone is one on the changes page.
            folder = self.folders.get(parts.path, parts.path) if parts.path else self.own
            fragment = f"#{parts.fragment}" if parts.fragment else ""
            link.set("href", self.base + folder + fragment)


def _text_html(text: str, view: View, feed_url: str) -> str:
    md = markdown.Markdown()
    folders = {entry.file: entry.folder for entry in view.registry}
    md.treeprocessors.register(
        _AbsoluteLinks(md, urljoin(feed_url, "./"), folders, view.registry["changes"].folder),
        "absolute_links", 0)
    return md.convert(text)


def _entry_html(entry: Record, view: View, feed_url: str) -> str:
    """The entry's text as HTML, followed by links to its sources (absolute, as in the data)."""
    html = _text_html(str(entry.text), view, feed_url)
    if entry.sources:
        links = ", ".join(
            f'<a href="{escape(view.sources[i].url)}">'
            f'{escape(view.sources[i].short or view.sources[i].publisher)}</a>'
            for i in entry.sources
        )
        html += f"\n<p>{escape(view.strings.sources)} {links}</p>"
    return typeset_html(html, view.typography, view.lang)


def atom_feed(view: View, *, page_url: str, feed_url: str) -> bytes:
    """The feed of the view's language. `page_url` is the changes page, `feed_url` the feed."""
    ET.register_namespace("", ATOM)
    entries = view.data("changelog").entries
    page = view.page("changes")
    rule = view.typography_rule
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: view.lang})
    _add(feed, "id", feed_url)
    _add(feed, "title", typeset_text(f"{view.site.name} · {page.title}", rule))
    _add(feed, "subtitle", typeset_text(page.description, rule))
    _add(feed, "updated", _timestamp(max(entry.date for entry in entries)))
    _add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _add(feed, "link", rel="alternate", type="text/html", href=page_url)
    author = _add(feed, "author")
    _add(author, "name", typeset_text(view.site.name, rule))
    for entry in entries:
        item = _add(feed, "entry")
        link = f"{page_url}#{entry.id}"
        _add(item, "id", link)
        _add(item, "title", typeset_text(entry.title, rule))
        _add(item, "updated", _timestamp(entry.date))
        _add(item, "published", _timestamp(entry.date))
        _add(item, "link", rel="alternate", type="text/html", href=link)
        _add(item, "content", _entry_html(entry, view, feed_url), type="html")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def feed_addresses(site_url: str, prefix: str, page: PageKind,
                   feed_file: str) -> tuple[str, str]:
    """Absolute addresses of the changes page and of its feed, in a language's folder."""
    root = site_url.rstrip("/") + "/" + (f"{prefix}/" if prefix else "")
    return root + page.folder, root + feed_file
