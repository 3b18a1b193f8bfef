"""Python-Markdown extension: every link to another site gets rel="noopener noreferrer".

noopener keeps the other site from reaching back into this page's window; noreferrer (with the
Referrer-Policy header) keeps it from learning which page the reader came from. Listed in
mkdocs.yml under `markdown_extensions` as `explainer.external_links`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

REL = "noopener noreferrer"


def is_external(href: str) -> bool:
    parts = urlsplit(href.strip())
    return bool(parts.scheme or parts.netloc)


class _ExternalLinks(Treeprocessor):
    def run(self, root: Element) -> None:
        for link in root.iter("a"):
            if is_external(link.get("href", "")):
                link.set("rel", REL)


class ExternalLinksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API)
        # Below every other tree processor (attr_list is 8), so nothing can take rel away.
        md.treeprocessors.register(_ExternalLinks(md), "explainer_external_links", -100)


def makeExtension(**kwargs: Any) -> ExternalLinksExtension:  # noqa: N802 (Python-Markdown's API)
    return ExternalLinksExtension(**kwargs)
