"""The changelog as an Atom feed (RFC 4287), one per language, built with ElementTree.

ElementTree escapes every text and attribute, so that a "&" or "<" in the data cannot break
the XML. Ids and links are absolute, derived from the site's address.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

import markdown
from markupsafe import escape

from .content import Content
from .typography import typeset_html, typeset_text

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _timestamp(day: str) -> str:
    """Atom wants an instant; an entry is dated by its day, at midnight UTC."""
    return f"{day}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def _entry_html(entry: dict[str, Any], content: Content, lang: str) -> str:
    """The entry's text as HTML, followed by links to its sources (absolute, as in the data)."""
    html = markdown.markdown(entry["text"][lang])
    if entry.get("sources"):
        label = content.ui["strings"]["sources"][lang]
        links = ", ".join(
            f'<a href="{escape(content.sources[i]["url"])}">'
            f'{escape(content.sources[i].get("short", content.sources[i]["publisher"]))}</a>'
            for i in entry["sources"]
        )
        html += f"\n<p>{escape(label)} {links}</p>"
    return typeset_html(html, content.typography(), lang)


def atom_feed(content: Content, lang: str, *, page_url: str, feed_url: str) -> bytes:
    """The feed of one language. `page_url` is the changes page, `feed_url` the feed itself."""
    ET.register_namespace("", ATOM)
    entries = content.changelog["entries"]
    page = content.ui["pages"]["changes"]
    rule = content.typography()[lang]
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})
    _add(feed, "id", feed_url)
    _add(feed, "title", typeset_text(f'{content.site["name"][lang]} · {page["title"][lang]}',
                                     rule))
    _add(feed, "subtitle", typeset_text(page["description"][lang], rule))
    _add(feed, "updated", _timestamp(max(entry["date"] for entry in entries)))
    _add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _add(feed, "link", rel="alternate", type="text/html", href=page_url)
    author = _add(feed, "author")
    _add(author, "name", typeset_text(content.site["name"][lang], rule))
    for entry in entries:
        item = _add(feed, "entry")
        link = f"{page_url}#{entry['id']}"
        _add(item, "id", link)
        _add(item, "title", typeset_text(entry["title"][lang], rule))
        _add(item, "updated", _timestamp(entry["date"]))
        _add(item, "published", _timestamp(entry["date"]))
        _add(item, "link", rel="alternate", type="text/html", href=link)
        _add(item, "content", _entry_html(entry, content, lang), type="html")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def feed_addresses(site_url: str, prefix: str, page_file: str,
                   feed_file: str) -> tuple[str, str]:
    """Absolute addresses of the changes page and of its feed, in a language's folder."""
    root = site_url.rstrip("/") + "/" + (f"{prefix}/" if prefix else "")
    return root + page_file.removesuffix(".md") + "/", root + feed_file
