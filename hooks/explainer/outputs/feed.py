"""The changelog as an Atom feed (RFC 4287), one per language, built with ElementTree.

ElementTree escapes every text and attribute, so that a "&" or "<" in the data cannot break
the XML. Ids and links are absolute, derived from the site's address.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

import markdown
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


def _entry_html(entry: Record, view: View) -> str:
    """The entry's text as HTML, followed by links to its sources (absolute, as in the data)."""
    html = markdown.markdown(entry.text)
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
        _add(item, "content", _entry_html(entry, view), type="html")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def feed_addresses(site_url: str, prefix: str, page: PageKind,
                   feed_file: str) -> tuple[str, str]:
    """Absolute addresses of the changes page and of its feed, in a language's folder."""
    root = site_url.rstrip("/") + "/" + (f"{prefix}/" if prefix else "")
    return root + page.folder, root + feed_file
