"""MkDocs adapter: the full address of each language version of a page, for the page's head.

Events:
- on_page_context, priority 0: after the i18n plugin (50) has pointed the language switcher
  (config.extra.alternate) at this page's translations; overrides/main.html writes the
  `absolute_alternates` it adds to the context as `<link rel="alternate" hreflang>`.
"""

from __future__ import annotations

from typing import Any

from explainer.alternates import absolute_alternates
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig,
                    nav: Navigation) -> dict[str, Any]:
    context["absolute_alternates"] = absolute_alternates(
        config.site_url or "", _switcher(config))
    return context


def _switcher(config: MkDocsConfig) -> list[dict[str, str]]:
    # The i18n plugin sets this page's links as an attribute of config.extra; its item keeps the
    # links to each language's home.
    return getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []
